/**
 * Bench child: one export in a fresh process — list the corpus, stream every document through
 * the pipeline, write every CSV, metric and datapackage.json (to a temporary folder), as `npm
 * run export` does — and its peak resident memory. Used where /usr/bin/time is not there to
 * measure the real command, and by the CPU profile.
 *
 * node --import tsx bench/memory.ts --dir DIR
 * prints one JSON line: {documents, bytes, seconds, baseRss, peakRss}
 */
import {mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {listCorpus} from "../loaders/io/corpus.ts";
import {streamOutputs} from "../loaders/stream.ts";
import {argOf} from "./pipeline.ts";

// What the process holds before any document: Node, tsx, the library's modules.
const baseRss = process.memoryUsage().rss;
const out = mkdtempSync(join(tmpdir(), "atlas-bench-mem-"));
try {
  const start = performance.now();
  const entries = listCorpus(argOf("dir"));
  const {written} = await streamOutputs(entries, out, {threads: 1});
  const seconds = (performance.now() - start) / 1000;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const bytes = entries.reduce((n, e) => n + e.size, 0);
  process.stdout.write(JSON.stringify({documents: entries.length, bytes, files: written.length, seconds, baseRss, peakRss}) + "\n");
} finally {
  rmSync(out, {recursive: true, force: true});
}
