/**
 * Bench child: single-thread throughput of the whole pipeline on one or more corpora, in
 * one process (same JIT, same machine state), so the scaling ratio compares like with like.
 *
 * node --import tsx --expose-gc bench/throughput.ts --dirs A,B,C --runs 15,7,5 [--budget 30]
 * runs each corpus up to its number of runs (at least 3), stopping early once a corpus has
 * used `--budget` seconds; prints one JSON line: [{dir, documents, bytes, seconds: [...], median}, …]
 */
import {readCorpus} from "../loaders/io/corpus.ts";
import {argOf, fullPipeline} from "./pipeline.ts";
import {median} from "./util.ts";

const dirs = argOf("dirs").split(",");
const runs = argOf("runs").split(",").map(Number);
const budget = Number(argOf("budget", "30"));
const gc = (globalThis as {gc?: () => void}).gc ?? (() => {});

// Warm the JIT on the first (smallest) corpus before anything is timed: the regular
// expressions and hot functions reach their optimised tiers only after many runs. (A cold,
// one-shot run is what "export, cold process" measures.)
const warm = readCorpus(dirs[0]);
const warmStart = performance.now();
for (let i = 0; i < 100 && (i < 20 || performance.now() - warmStart < 1500); i++) fullPipeline(warm);

const out = dirs.map((dir, k) => {
  const sources = readCorpus(dir);
  const bytes = sources.reduce((n, s) => n + s.bytes.length, 0);
  const seconds: number[] = [];
  let spent = 0;
  for (let i = 0; i < runs[k] && (i < 3 || spent + median(seconds) < budget); i++) {
    gc();
    const start = performance.now();
    fullPipeline(sources);
    seconds.push((performance.now() - start) / 1000);
    spent += seconds.at(-1)!;
  }
  return {dir, documents: sources.length, bytes, seconds, median: median(seconds)};
});
process.stdout.write(JSON.stringify(out) + "\n");
