/**
 * Bench child: single-thread throughput of the export in one process — read every document,
 * build every table and metric, write every file (streamOutputs, what `npm run export` runs) —
 * on one or more corpora, in the same process (same JIT, same machine state), so that the
 * scaling ratio compares like with like.
 *
 * node --import tsx --expose-gc bench/throughput.ts --dirs A,B --runs 5,3 [--budget 30]
 * runs each corpus up to its number of runs (at least 3), stopping early once a corpus has
 * used `--budget` seconds; prints one JSON line: [{dir, documents, bytes, seconds: [...], median}, …]
 */
import {mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {listCorpus} from "../loaders/io/corpus.ts";
import {streamOutputs} from "../loaders/stream.ts";
import {argOf} from "./pipeline.ts";
import {DATA, median} from "./util.ts";

const dirs = argOf("dirs").split(",");
const runs = argOf("runs").split(",").map(Number);
const budget = Number(argOf("budget", "30"));
const gc = (globalThis as {gc?: () => void}).gc ?? (() => {});
const out = mkdtempSync(join(tmpdir(), "atlas-bench-throughput-"));

try {
  // Warm the JIT on the seed corpus before anything is timed: the regular expressions and hot
  // functions reach their optimised tiers only after many runs. (A cold, one-shot run is what
  // the whole-process rows measure.)
  const warm = listCorpus(DATA);
  const warmStart = performance.now();
  for (let i = 0; i < 60 && (i < 15 || performance.now() - warmStart < 1500); i++) await streamOutputs(warm, out, {threads: 1});

  const results = [];
  for (const [k, dir] of dirs.entries()) {
    const entries = listCorpus(dir);
    const bytes = entries.reduce((n, e) => n + e.size, 0);
    const seconds: number[] = [];
    const tablesShare: number[] = [];
    let spent = 0;
    for (let i = 0; i < runs[k] && (i < 3 || spent + median(seconds) < budget); i++) {
      gc();
      const start = performance.now();
      // Listed again each run: listing and reading the files is part of the work.
      const {milliseconds} = await streamOutputs(listCorpus(dir), out, {threads: 1});
      seconds.push((performance.now() - start) / 1000);
      tablesShare.push(milliseconds.tables / (milliseconds.documents + milliseconds.tables));
      spent += seconds.at(-1)!;
    }
    results.push({dir, documents: entries.length, bytes, seconds, median: median(seconds), tablesShare: median(tablesShare)});
  }
  process.stdout.write(JSON.stringify(results) + "\n");
} finally {
  rmSync(out, {recursive: true, force: true});
}
