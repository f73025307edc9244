/**
 * Shared test helpers: paths, the gold tables, fixture corpora.
 */
import {copyFileSync, existsSync, mkdirSync, readFileSync, rmSync} from "node:fs";
import {basename, resolve} from "node:path";
import {csvParse} from "d3-dsv";
import {ROOT} from "../loaders/io/paths.ts";

export {ROOT};
export const DATA = resolve(ROOT, "data");
export const FIXTURES = resolve(ROOT, "tests/fixtures");
/** The seed's answer keys, inside the project (gold/README.md says how they were made). */
export const GOLD = resolve(ROOT, "gold/seed");

/** The seed article's slug here, and the slug the gold tables use for it. */
export const SEED = "soviet-involvement-in-regime-change";
export const GOLD_SLUG = "soviet-regime-change";

/** Reads one of the seed's gold tables; fails loudly, naming the file, when it is missing. */
export function readGold(name: "interventions" | "figures"): Record<string, string>[] {
  const path = resolve(GOLD, `${name}.csv`);
  if (!existsSync(path)) throw new Error(`gold table missing: ${path}`);
  return csvParse(readFileSync(path, "utf8"));
}

/** Reads a document from data/. */
export function readData(file: string): string {
  return readFileSync(resolve(DATA, file), "utf8");
}

/**
 * A fixture corpus listed in `tests/fixtures/<name>.manifest` (one project-relative path per
 * line), assembled into a folder of its own from files the project already holds, each with its
 * `<slug>.meta.json` sidecar where there is one. Returns the folder.
 * @example readCorpus(assembleFixture("many-documents")).length // 6
 */
export function assembleFixture(name: string): string {
  const out = resolve(ROOT, "node_modules/.cache/intervention-atlas-fixtures", name);
  rmSync(out, {recursive: true, force: true});
  mkdirSync(out, {recursive: true});
  const paths = readFileSync(resolve(FIXTURES, `${name}.manifest`), "utf8").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
  for (const path of paths) {
    const file = resolve(ROOT, path);
    copyFileSync(file, resolve(out, basename(file)));
    const sidecar = file.replace(/\.[^./]+$/, ".meta.json");
    if (existsSync(sidecar)) copyFileSync(sidecar, resolve(out, basename(sidecar)));
  }
  return out;
}
