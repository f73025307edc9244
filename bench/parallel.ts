/**
 * Bench child: runPipeline (one thread) against runPipelineParallel (workers + the main
 * thread) on the same corpus, alternating, in one process. Every parallel run starts its
 * workers afresh, as `npm run export` does. Also checks that both give the same tables.
 *
 * node --import tsx --expose-gc bench/parallel.ts --dir DIR --runs 5 --threads 2
 * prints one JSON line: {documents, bytes, threads, serial: [...], parallel: [...], workerBatches: [...], identical}
 */
import {readCorpus} from "../loaders/io/corpus.ts";
import {formatCSV} from "../loaders/io/csv.ts";
import {runPipeline} from "../loaders/pipeline.ts";
import {runPipelineParallel} from "../loaders/parallel.ts";
import {columnsOf} from "../loaders/tables/schema.ts";
import {argOf} from "./pipeline.ts";

const sources = readCorpus(argOf("dir"));
const runs = Number(argOf("runs", "5"));
const threads = Number(argOf("threads", "2"));
const gc = (globalThis as {gc?: () => void}).gc ?? (() => {});
const csv = (tables: Record<string, Record<string, unknown>[]>) =>
  Object.entries(tables).map(([name, rows]) => `${name}\n${formatCSV(rows as never, columnsOf(name, rows))}`).join("\n");

const serial: number[] = [];
const parallel: number[] = [];
let identical = true;
const workerBatches: number[] = [];
runPipeline(sources); // warm the JIT
for (let i = 0; i < runs; i++) {
  gc();
  let start = performance.now();
  const a = runPipeline(sources);
  serial.push((performance.now() - start) / 1000);
  gc();
  start = performance.now();
  let byWorkers = 0;
  const b = await runPipelineParallel(sources, {threads, minSeconds: 0, onProgress: (p) => void (p.thread && byWorkers++)});
  workerBatches.push(byWorkers);
  parallel.push((performance.now() - start) / 1000);
  if (i === 0) identical = csv(a.tables) === csv(b.tables);
}
const bytes = sources.reduce((n, s) => n + s.bytes.length, 0);
process.stdout.write(JSON.stringify({documents: sources.length, bytes, threads, serial, parallel, workerBatches, identical}) + "\n");
