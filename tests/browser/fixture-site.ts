/**
 * A second site, built from a fixture folder of documents (ATLAS_DATA) into `dist-<name>/`
 * (ATLAS_DIST), shared by every test file that asks for it: it is rebuilt only when its inputs
 * changed (the documents, src/, loaders/, the config, the lock file), so two test files on the
 * same fixture cost one build.
 */
import {spawnSync} from "node:child_process";
import {createHash} from "node:crypto";
import {existsSync, readdirSync, readFileSync, writeFileSync} from "node:fs";
import {join, relative, resolve} from "node:path";
import {beforeAll} from "vitest";
import {ROOT} from "../../loaders/io/paths.ts";
import {useSite} from "./use-site.ts";
import {assembleFixture} from "../helpers.ts";

/** Every file below `dir`, sorted, skipping Framework's loader cache. */
function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((e) => e.isFile() && !join(e.parentPath, e.name).includes(".observablehq"))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** A hash of everything a build of `data` reads. */
function inputHash(data: string): string {
  const hash = createHash("sha256");
  for (const file of [...files(data), ...files(resolve(ROOT, "src")), ...files(resolve(ROOT, "loaders")), resolve(ROOT, "observablehq.config.ts"), resolve(ROOT, "package-lock.json")]) {
    hash.update(`${relative(ROOT, file)}\0`).update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

/** Where the site of fixture `name` is built: `dist-<name>/`. @example fixtureDist("many-documents") */
export function fixtureDist(name: string): string {
  return resolve(ROOT, `dist-${name}`);
}

/**
 * Builds `tests/fixtures/<name>` (a folder, or `<name>.manifest`) into `dist-<name>/` unless that build is current, then serves it
 * with a browser for the file's tests.
 * @example const site = useFixtureSite("many-documents");
 */
export function useFixtureSite(name: string): {browser: import("playwright-core").Browser; origin: string} {
  const out = fixtureDist(name);
  const stamp = join(out, ".inputs");
  beforeAll(() => {
    // A fixture is a folder of documents, or a manifest of documents the project already holds.
    const data = existsSync(resolve(ROOT, "tests/fixtures", `${name}.manifest`)) ? assembleFixture(name) : resolve(ROOT, "tests/fixtures", name);
    const hash = inputHash(data);
    if (existsSync(stamp) && readFileSync(stamp, "utf8") === hash) return;
    const build = spawnSync(resolve(ROOT, "node_modules/.bin/tsx"), ["scripts/build.ts"], {
      cwd: ROOT,
      encoding: "utf8",
      env: {...process.env, ATLAS_DATA: data, ATLAS_DIST: `dist-${name}`},
    });
    if (build.status !== 0) throw new Error(`build of ${name} failed:\n${build.stdout}\n${build.stderr}`);
    writeFileSync(stamp, hash);
  }, 300_000);
  return useSite(() => out);
}
