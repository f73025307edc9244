/**
 * What the thin Framework data loaders in `src/data/` call.
 *
 * Framework runs each loader in its own process, and every one of them needs the same
 * pipeline run. The first loader to run renders every output (renderOutputs) into a cache
 * folder named by a hash of everything the outputs depend on — the documents, the library's
 * source and the installed packages — and the others read their file from it. A changed
 * document or rule changes the hash, so a stale table is never served.
 */
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync} from "node:fs";
import {join, relative, resolve} from "node:path";
import {dataDir, ROOT} from "./paths.ts";
import type {DigestCache} from "../stream.ts";

/** Where rendered outputs are kept, one folder per input hash. */
const CACHE = resolve(ROOT, "node_modules/.cache/intervention-atlas");
/** How many recent cache folders to keep. */
const KEEP = 4;

/** Every file below `dir` (sorted), for hashing. */
function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * A hash of every input of the outputs: the documents folder, the library (`loaders/`) and
 * the lock file. Reading ~60 small files takes a few milliseconds.
 * @example inputHash("/home/me/atlas/data") // "3f2a…"
 */
export function inputHash(data: string = dataDir()): string {
  const hash = createHash("sha256");
  const add = (base: string, files: string[]) => {
    for (const file of files) hash.update(`${relative(base, file)}\0`).update(readFileSync(file)).update("\0");
  };
  hash.update(`data:${data}\0`);
  add(data, listFiles(data));
  add(ROOT, listFiles(resolve(ROOT, "loaders")).filter((f) => f.endsWith(".ts")));
  add(ROOT, [resolve(ROOT, "package-lock.json")].filter(existsSync));
  return hash.digest("hex").slice(0, 20);
}

/** Blocks the (loader) process for `ms` milliseconds. */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * The cache folder of the outputs for the documents in `data` (named by {@link inputHash}).
 * @example outputFolder() // "/…/node_modules/.cache/intervention-atlas/3f2a…"
 */
export function outputFolder(data: string = dataDir()): string {
  return join(CACHE, inputHash(data));
}

/**
 * Renders every output for the current inputs into the cache, atomically (temp folder, then
 * rename). Framework starts the loaders a page needs all at once; one of them takes a lock
 * and renders while the others wait for its folder, so two cores are not shared by a dozen
 * identical pipeline runs. The dev server (scripts/dev.ts) renders ahead of them the same way,
 * `onLocked` telling it when the lock is its own (and awaited: the dev server's renderer loads
 * the pipeline's modules there, once the loaders may start), and `reuse` keeping the digests of the
 * documents that did not change. The library is imported only here: a loader served from
 * the cache starts without it.
 * @example await renderOutputFolder(outputFolder(), dataDir())
 */
export async function renderOutputFolder(folder: string, data: string, onLocked?: () => void | Promise<void>, reuse?: DigestCache): Promise<void> {
  const lock = `${folder}.lock`;
  mkdirSync(CACHE, {recursive: true});
  try {
    mkdirSync(lock);
  } catch {
    // Another loader is rendering: wait for it (and take over from one that died).
    for (const until = Date.now() + 60_000; Date.now() < until && !existsSync(folder) && existsSync(lock); ) sleep(10);
    if (existsSync(folder)) return;
    rmSync(lock, {recursive: true, force: true});
    mkdirSync(lock, {recursive: true});
  }
  try {
    await onLocked?.();
    if (!existsSync(folder)) await renderUnlocked(folder, data, reuse);
  } finally {
    rmSync(lock, {recursive: true, force: true});
  }
}

async function renderUnlocked(folder: string, data: string, reuse?: DigestCache): Promise<void> {
  const [{listCorpus}, {streamOutputs}, {formatWarning}] = await Promise.all([import("./corpus.ts"), import("../stream.ts"), import("./warnings.ts")]);
  const tmp = `${folder}.tmp-${process.pid}`;
  rmSync(tmp, {recursive: true, force: true});
  const {result} = await streamOutputs(listCorpus(data), tmp, {pages: true, reuse});
  writeFileSync(join(tmp, "warnings.txt"), result.warnings.map((w) => formatWarning(w) + "\n").join(""));
  try {
    renameSync(tmp, folder);
  } catch {
    // Another loader got there first with the same content.
    rmSync(tmp, {recursive: true, force: true});
  }
  // Keep the cache small: drop all but the most recent folders.
  const folders = readdirSync(CACHE)
    .filter((f) => !f.includes(".tmp-") && !f.endsWith(".lock"))
    .map((f) => ({f, t: statSync(join(CACHE, f)).mtimeMs}))
    .sort((a, b) => b.t - a.t);
  for (const {f} of folders.slice(KEEP)) rmSync(join(CACHE, f), {recursive: true, force: true});
}

/**
 * The content of one output file (`interventions.csv`, `metrics.json`, …) for the documents
 * in the data folder, from the cache when the inputs have not changed.
 * @example (await loaderOutput("decades.csv")).split("\n")[0] // "document,decade,started,active"
 */
export async function loaderOutput(file: string): Promise<string> {
  const data = dataDir();
  const folder = outputFolder(data);
  if (!existsSync(join(folder, file))) await renderOutputFolder(folder, data);
  const path = join(folder, file);
  if (!existsSync(path)) throw new Error(`no output named ${file}`);
  return readFileSync(path, "utf8");
}

/**
 * The content of an output that has inputs of its own (the Accuracy page's `accuracy.json`
 * reads gold/ and corpus/dev/ as well), kept in the same cache under a hash of those folders,
 * the library and the lock file; `render` makes it when it is not there. Loaders started
 * together render it once, as {@link loaderOutput} does.
 * @example await cachedOutput("accuracy.json", [resolve(ROOT, "gold")], async () => "{}")
 */
export async function cachedOutput(file: string, inputs: readonly string[], render: () => Promise<string>): Promise<string> {
  const hash = createHash("sha256").update(`${file}\0`);
  for (const dir of inputs) hash.update(`${dir}\0${inputHash(dir)}\0`);
  const folder = join(CACHE, `${file}-${hash.digest("hex").slice(0, 20)}`);
  const path = join(folder, file);
  if (!existsSync(path)) {
    const lock = `${folder}.lock`;
    mkdirSync(CACHE, {recursive: true});
    let mine = true;
    try {
      mkdirSync(lock);
    } catch {
      for (const until = Date.now() + 120_000; Date.now() < until && !existsSync(folder) && existsSync(lock); ) sleep(10);
      mine = !existsSync(folder);
    }
    if (mine) {
      try {
        const tmp = `${folder}.tmp-${process.pid}`;
        rmSync(tmp, {recursive: true, force: true});
        mkdirSync(tmp, {recursive: true});
        writeFileSync(join(tmp, file), await render());
        try {
          renameSync(tmp, folder);
        } catch {
          rmSync(tmp, {recursive: true, force: true});
        }
      } finally {
        rmSync(lock, {recursive: true, force: true});
      }
    }
  }
  return readFileSync(path, "utf8");
}

/**
 * The warnings of the current run, one `warning: file:line: message [code]` line each.
 * @example process.stderr.write(await loaderWarnings())
 */
export function loaderWarnings(): Promise<string> {
  return loaderOutput("warnings.txt");
}
