// runPipelineParallel (worker threads) gives exactly what runPipeline gives: every table,
// byte for byte as CSV, on the data/ corpus copied several times with bad documents mixed in.
import {copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, test} from "vitest";
import {DOCUMENT_FILE, readCorpus} from "../loaders/io/corpus.ts";
import {formatCSV} from "../loaders/io/csv.ts";
import {runPipelineParallel, workerBundle} from "../loaders/parallel.ts";
import {runPipeline} from "../loaders/pipeline.ts";
import {columnsOf} from "../loaders/tables/schema.ts";
import type {Row} from "../loaders/types.ts";
import {DATA} from "./helpers.ts";

/** data/ copied `copies` times under new names (sidecars too), plus the given extra files. */
function corpus(copies: number, extra: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "atlas-parallel-"));
  for (const file of readdirSync(DATA).filter((f) => DOCUMENT_FILE.test(f))) {
    const slug = file.replace(/\.[^.]*$/, "");
    for (let k = 1; k <= copies; k++) {
      copyFileSync(join(DATA, file), join(dir, `${slug}-${k}.txt`));
      if (existsSync(join(DATA, `${slug}.meta.json`))) copyFileSync(join(DATA, `${slug}.meta.json`), join(dir, `${slug}-${k}.meta.json`));
    }
  }
  for (const [file, content] of Object.entries(extra)) writeFileSync(join(dir, file), content);
  return dir;
}

/** Every table of a result as CSV text, by name. */
function csvOf(tables: Record<string, Row[]>): Record<string, string> {
  return Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, formatCSV(rows, columnsOf(name, rows))]));
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, {recursive: true, force: true});
});

describe("runPipelineParallel", () => {
  const bad = {
    "a-empty.txt": "",
    "b-binary.txt": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0a, 0x00, 0x01]),
    "c-latin1.txt": Buffer.concat([Buffer.from("== 1950-1960: P ==\n==== 1956: Hungary ====\nCaf"), Buffer.from([0xe9]), Buffer.from(".\n")]),
    "d-undated.txt": "Title\n\nJust prose here.\n",
    "zz-white-space.txt": " \n\t\n",
  };

  test.each([
    ["one-file build of the library", true],
    ["the library through tsx", false],
  ])("workers (%s): every table is byte-identical to runPipeline, bad documents included", async (_, bundle) => {
    const dir = corpus(3, bad);
    dirs.push(dir);
    const sources = readCorpus(dir);
    const serial = runPipeline(sources);
    const progress: {documents: number; thread: number}[] = [];
    // Two workers even on two cores, whatever the corpus size, doing all the work but the first batch.
    const parallel = await runPipelineParallel(sources, {threads: 3, minSeconds: 0, mainThread: false, bundle, onProgress: (p) => progress.push(p)});
    expect(Object.keys(parallel).sort()).toEqual(Object.keys(serial).sort());
    expect(Object.keys(parallel.tables)).toEqual(Object.keys(serial.tables));
    const a = csvOf(serial.tables);
    const b = csvOf(parallel.tables);
    for (const name of Object.keys(a)) expect(b[name], `${name}.csv`).toBe(a[name]);
    expect(parallel.analyses).toEqual(serial.analyses);
    expect(parallel.warnings).toEqual(serial.warnings);
    expect([...parallel.sentences.keys()]).toEqual([...serial.sentences.keys()]);
    expect(progress.at(-1)?.documents).toBe(sources.length);
    // The workers did take part (they started under vitest, through tsx).
    expect(progress.some((p) => p.thread > 0)).toBe(true);
    // The bad documents are reported, and the good ones are all there.
    expect(serial.tables.documents).toHaveLength(sources.length);
    expect(parallel.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(["empty", "binary", "not-utf8", "no-dated-headings"]));
    const good = new Set(parallel.interventions.map((i) => i.document));
    for (const k of [1, 2, 3]) expect(good.has(`soviet-involvement-in-regime-change-${k}`)).toBe(true);
    expect(good.has("c-latin1")).toBe(true);
  });

  test("the workers start from the library's bundle, cached by content", async () => {
    const file = await workerBundle();
    expect(file).toMatch(/[\\/][0-9a-f]{16}[\\/]worker\.mjs$/);
    expect(await workerBundle()).toBe(file);
  });

  test("one thread, one document, or a small corpus: runPipeline itself, same output", async () => {
    const dir = corpus(1);
    dirs.push(dir);
    const sources = readCorpus(dir);
    const expected = csvOf(runPipeline(sources).tables);
    expect(csvOf((await runPipelineParallel(sources, {threads: 1})).tables)).toEqual(expected);
    expect(csvOf((await runPipelineParallel(sources, {threads: 2, minSeconds: 1e9})).tables)).toEqual(expected);
    expect(csvOf((await runPipelineParallel(sources.slice(0, 1), {threads: 2, minSeconds: 0})).tables)).toEqual(csvOf(runPipeline(sources.slice(0, 1)).tables));
    expect((await runPipelineParallel([], {threads: 2, minSeconds: 0})).tables).toEqual(runPipeline([]).tables);
  });
});
