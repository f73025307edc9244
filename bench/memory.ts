/**
 * Bench child: one export in a fresh process — read the corpus, run the pipeline, write
 * every CSV, metric and datapackage.json (to a temporary folder) — and its peak resident
 * memory.
 *
 * node --import tsx bench/memory.ts --dir DIR
 * prints one JSON line: {documents, bytes, seconds, baseRss, peakRss}
 */
import {mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {readCorpus} from "../loaders/io/corpus.ts";
import {writeOutputs} from "../loaders/io/export.ts";
import {runPipeline} from "../loaders/pipeline.ts";
import {argOf} from "./pipeline.ts";

// What the process holds before any document: Node, tsx, the library's modules.
const baseRss = process.memoryUsage().rss;
const out = mkdtempSync(join(tmpdir(), "atlas-bench-mem-"));
try {
  const start = performance.now();
  const sources = readCorpus(argOf("dir"));
  const written = writeOutputs(runPipeline(sources), out);
  const seconds = (performance.now() - start) / 1000;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const bytes = sources.reduce((n, s) => n + s.bytes.length, 0);
  process.stdout.write(JSON.stringify({documents: sources.length, bytes, files: written.length, seconds, baseRss, peakRss}) + "\n");
} finally {
  rmSync(out, {recursive: true, force: true});
}
