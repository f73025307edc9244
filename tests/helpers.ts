/**
 * Shared test helpers: paths, the gold tables, fixture corpora.
 */
import {existsSync, readFileSync} from "node:fs";
import {resolve} from "node:path";
import {csvParse} from "d3-dsv";
import {ROOT} from "../loaders/io/paths.ts";

export {ROOT};
export const DATA = resolve(ROOT, "data");
export const FIXTURES = resolve(ROOT, "tests/fixtures");
export const GOLD = resolve(ROOT, "gold/seed");

/** The seed article's slug here, and the slug the gold tables use for it. */
export const SEED = "soviet-involvement-in-regime-change";
export const GOLD_SLUG = "soviet-regime-change";

/** Reads a gold table; fails loudly when it is missing. */
export function readGold(name: "interventions" | "figures"): Record<string, string>[] {
  const path = resolve(GOLD, `${name}.csv`);
  if (!existsSync(path)) throw new Error(`gold table missing: ${path} (the seed's answer keys live in gold/seed)`);
  return csvParse(readFileSync(path, "utf8"));
}

/** Reads a document from data/. */
export function readData(file: string): string {
  return readFileSync(resolve(DATA, file), "utf8");
}
