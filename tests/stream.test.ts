// The streaming export (loaders/stream.ts) writes, byte for byte, what writeOutputs writes from
// runPipeline's result — and, with the pages' files, what renderOutputs renders — on one thread
// and on several, from the library's bundle or through tsx, on every corpus the tests have (bad
// documents included). And the seed's export is pinned by the hash of every file, so that a
// change to any output is a decision (update the snapshot), never an accident.
import {createHash} from "node:crypto";
import {copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, test} from "vitest";
import {DOCUMENT_FILE, listCorpus, readCorpus} from "../loaders/io/corpus.ts";
import {writeOutputs} from "../loaders/io/export.ts";
import {renderOutputs} from "../loaders/io/outputs.ts";
import {DOCUMENT_ROWS, runPipeline, TABLE_BUILDERS} from "../loaders/pipeline.ts";
import {streamOutputs} from "../loaders/stream.ts";
import {DATA, FIXTURES, ROOT} from "./helpers.ts";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, {recursive: true, force: true});
});
const temp = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `atlas-stream-${name}-`));
  dirs.push(dir);
  return dir;
};

/** Every file in a folder, by name → bytes. */
function filesOf(dir: string): Map<string, Buffer> {
  return new Map(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f))]));
}

/** A corpus of every form and kind of document the tests have, with bad files mixed in. */
function mixedCorpus(): string {
  const dir = temp("mixed");
  for (const source of [DATA, join(FIXTURES, "corpus"), join(FIXTURES, "hostile"), join(FIXTURES, "shapes"), join(FIXTURES, "forms")]) {
    for (const f of readdirSync(source)) if (DOCUMENT_FILE.test(f) || f.endsWith(".meta.json")) copyFileSync(join(source, f), join(dir, f));
  }
  for (const f of ["falklands-war", "list-of-conflicts-in-the-near-east"]) {
    copyFileSync(join(ROOT, "corpus/dev", `${f}.txt`), join(dir, `${f}.txt`));
    copyFileSync(join(ROOT, "corpus/dev", `${f}.meta.json`), join(dir, `${f}.meta.json`));
  }
  writeFileSync(join(dir, "a-empty.txt"), "");
  writeFileSync(join(dir, "b-binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0a, 0x00, 0x01]));
  writeFileSync(join(dir, "c-latin1.txt"), Buffer.concat([Buffer.from("== 1950-1960: P ==\n==== 1956: Hungary ====\nCaf"), Buffer.from([0xe9]), Buffer.from(".\n")]));
  writeFileSync(join(dir, "d-undated.txt"), "Title\n\nJust prose here.\n");
  // Two files with one slug, and a formula-like cell.
  writeFileSync(join(dir, "twin.txt"), "= =SUM(A1) =\n\n==== 1956: Hungary ====\nSoviet troops entered Budapest.\n");
  writeFileSync(join(dir, "twin.wiki"), "== 1968: Czechoslovakia ==\nWarsaw Pact troops invaded.\n");
  return dir;
}

describe("streamOutputs writes what writeOutputs and renderOutputs give", () => {
  const corpora: [string, () => string][] = [
    ["data/ (the seed)", () => DATA],
    ["every fixture, form and bad file, and two development articles", mixedCorpus],
    ["an empty folder", () => temp("empty")],
  ];
  test.each(corpora)("%s: 1 thread, 2 threads (bundle, and tsx), pages", async (_, corpus) => {
    const dir = corpus();
    const expected = temp("expected");
    const result = runPipeline(readCorpus(dir));
    const written = writeOutputs(result, expected);
    const want = filesOf(expected);
    const rendered = new Map(renderOutputs(result).map((o) => [o.file, o.content]));

    const one = temp("one");
    const streamed = await streamOutputs(listCorpus(dir), one, {threads: 1});
    expect(streamed.written).toEqual(written);
    expect(filesOf(one)).toEqual(want);
    expect(streamed.result.warnings).toEqual(result.warnings);
    expect(streamed.result.interventions).toEqual(result.interventions);

    for (const bundle of [true, false]) {
      const two = temp("two");
      const progress: number[] = [];
      // Workers whatever the corpus size, doing all the work but the first batches.
      await streamOutputs(listCorpus(dir), two, {threads: 3, minSeconds: 0, mainThread: false, bundle, pages: true, onProgress: (p) => progress.push(p.thread)});
      const got = filesOf(two);
      for (const [file, bytes] of want) expect(got.get(file)?.equals(bytes), `${file} (bundle: ${bundle})`).toBe(true);
      for (const [file, content] of rendered) expect(got.get(file)?.toString("utf8"), `${file} (bundle: ${bundle})`).toBe(content);
      if (listCorpus(dir).length > 3) expect(progress.some((t) => t > 0), "workers took part").toBe(true);
    }
  });

  test("the per-document tables are each document's rows, in corpus order", () => {
    const result = runPipeline(readCorpus(mixedCorpus()));
    for (const name of Object.keys(DOCUMENT_ROWS)) {
      expect(TABLE_BUILDERS[name](result.analyses), name).toEqual(result.analyses.flatMap((a) => DOCUMENT_ROWS[name](a)));
    }
  });
});

describe("a run that reuses the digests of the last (the dev server's renderer)", () => {
  test("analyses only the new and changed documents, and writes what a fresh run writes", async () => {
    const dir = temp("reuse");
    cpSync(DATA, dir, {recursive: true});
    const reuse = new Map();
    await streamOutputs(listCorpus(dir), temp("reuse-1"), {threads: 1, pages: true, reuse});
    const before = new Map(reuse);
    expect(before.size).toBe(listCorpus(dir).length);
    writeFileSync(join(dir, "zz-new.txt"), "= New =\n\n== 1950–1960: P ==\n\n==== 1956: Hungary ====\n\nSoviet tanks entered Budapest.\n");
    const again = temp("reuse-2");
    await streamOutputs(listCorpus(dir), again, {threads: 1, pages: true, reuse});
    // The seed's digests are the ones of the first run; the new document's is new.
    expect([...before.values()].every((d) => [...reuse.values()].includes(d))).toBe(true);
    expect(reuse.size).toBe(before.size + 1);
    const fresh = temp("reuse-fresh");
    await streamOutputs(listCorpus(dir), fresh, {threads: 1, pages: true});
    expect(filesOf(again)).toEqual(filesOf(fresh));
    // A changed document is analysed again.
    writeFileSync(join(dir, "zz-new.txt"), "= New =\n\n== 1950–1960: P ==\n\n==== 1968: Czechoslovakia ====\n\nWarsaw Pact troops invaded.\n");
    const third = temp("reuse-3");
    await streamOutputs(listCorpus(dir), third, {threads: 1, pages: true, reuse});
    expect(readFileSync(join(third, "interventions.csv"), "utf8")).toMatch(/^zz-new:1,zz-new,1,1950–1960: P,1968,1968,1968: Czechoslovakia/m);
    expect(reuse.size).toBe(before.size + 1);
  });
});

describe("the seed's export", () => {
  test("every file, by its SHA-256 (update with `npx vitest run -u` when an output is meant to change)", async () => {
    const out = temp("seed");
    await streamOutputs(listCorpus(DATA), out, {threads: 1});
    const hashes = Object.fromEntries([...filesOf(out)].map(([f, bytes]) => [f, createHash("sha256").update(bytes).digest("hex")]));
    await expect(JSON.stringify(hashes, null, 2) + "\n").toMatchFileSnapshot("__snapshots__/seed-export.sha256.json");
  });

  test("keeps no document's text, only what the tables need (events read again when asked for)", async () => {
    // Many copies of the seed: the streamed export keeps what the tables need, not the texts.
    const dir = temp("copies");
    for (let k = 0; k < 6; k++) cpSync(join(DATA, "soviet-involvement-in-regime-change.txt"), join(dir, `copy-${k}.txt`));
    const {result} = await streamOutputs(listCorpus(dir), temp("copies-out"), {threads: 1});
    expect(result.documents.every((d) => d.text === "" && d.prose === "")).toBe(true);
    expect([...result.sentences.values()].every((s) => s.length === 0)).toBe(true);
    expect(result.interventions).toHaveLength(6 * 25);
    // Events and method cues are there when asked for, read again from their JSON.
    expect(result.analyses[0].events.length).toBeGreaterThan(0);
    expect(result.tables.events).toEqual(runPipeline(readCorpus(dir)).tables.events);
  });
});
