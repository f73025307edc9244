/**
 * `npm run export -- --data DIR --out DIR`: runs every loader on the documents in DIR and
 * writes the same CSVs the dashboard serves. Each file is written atomically.
 */
import {existsSync, statSync} from "node:fs";
import {resolve} from "node:path";
import {parseArgs} from "node:util";
import {readCorpus} from "../io/corpus.ts";
import {writeOutputs} from "../io/export.ts";
import {dataDir, ROOT} from "../io/paths.ts";
import {formatWarning} from "../io/warnings.ts";
import {defaultThreads, runPipelineParallel} from "../parallel.ts";

const USAGE = `Usage: npm run export -- [--data DIR] [--out DIR]

Runs the extraction pipeline on every document in DIR (.txt, .wiki, .html) and writes one CSV per
derived table (interventions.csv, decades.csv, documents.csv, …), one per registered
metric (metric-<name>.csv) and datapackage.json to the output folder.

Options:
  --data DIR   folder of documents (default: data/)
  --out DIR    folder for the CSVs (default: out/)
  --quiet      no warnings on stderr, only the summary
  --threads N  threads to analyse the documents on (default: ${defaultThreads()}, the cores available;
               1 = no worker threads); workers start only for a corpus large enough to
               gain from them, and the output is the same either way
  -h, --help   show this help

Example:
  npm run export -- --data data --out out
`;

/** Parses argv, or prints a clear error and exits 2. */
function options() {
  try {
    return parseArgs({
      args: process.argv.slice(2),
      options: {data: {type: "string"}, out: {type: "string"}, quiet: {type: "boolean"}, threads: {type: "string"}, help: {type: "boolean", short: "h"}},
      allowPositionals: false,
    }).values;
  } catch (error) {
    process.stderr.write(`export: ${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
}

const args = options();
if (args.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const data = args.data ? resolve(args.data) : dataDir();
const out = resolve(args.out ?? resolve(ROOT, "out"));
if (!existsSync(data) || !statSync(data).isDirectory()) {
  process.stderr.write(`export: no such directory: ${data} (--data)\n`);
  process.exit(2);
}

const threads = args.threads === undefined ? defaultThreads() : Number(args.threads);
if (!Number.isInteger(threads) || threads < 1) {
  process.stderr.write(`export: --threads must be a whole number ≥ 1, not "${args.threads}"\n`);
  process.exit(2);
}

const started = performance.now();
const sources = readCorpus(data);
// A progress line (documents done, MB/s) for a person at a terminal; nothing when piped.
let shown = 0;
const progress = !process.stderr.isTTY
  ? undefined
  : ({documents, totalDocuments, bytes}: {documents: number; totalDocuments: number; bytes: number}) => {
      const now = performance.now();
      if (now - shown < 100 && documents < totalDocuments) return;
      shown = now;
      const rate = bytes / 1e6 / Math.max(1e-3, (now - started) / 1000);
      process.stderr.write(`\rexport: ${documents}/${totalDocuments} documents, ${rate.toFixed(1)} MB/s\x1b[K`);
    };
const result = await runPipelineParallel(sources, {threads, onProgress: progress});
if (progress) process.stderr.write("\r\x1b[K");
if (!args.quiet) for (const w of result.warnings) process.stderr.write(formatWarning(w) + "\n");
const written = writeOutputs(result, out);
const failed = written.filter((w) => w.error);
for (const w of failed) process.stderr.write(`export: ${w.file} not written: ${w.error}\n`);
const tables = written
  .filter((w) => w.file.endsWith(".csv") && !w.file.startsWith("metric-"))
  .map((w) => `${w.file.replace(/\.csv$/, "")} ${w.rows}`);
const metrics = written.filter((w) => w.file.startsWith("metric-") && !w.error).length;
const seconds = (performance.now() - started) / 1000;
process.stderr.write(
  `export: ${sources.length} documents, ${result.warnings.length} warnings → ${out} (${tables.join(", ")}; ${metrics} metrics; datapackage.json) in ${seconds.toFixed(2)} s\n`,
);
// An empty interventions table is a result, not a failure: say what it means.
if (sources.length && !result.interventions.length) {
  process.stderr.write("export: no intervention rows: no document has dated sections or dated list items; every table and metric was written with its header, and events.csv holds the acts found in the prose\n");
}
// A metric that could not be computed is a failed export, though everything else was written.
if (failed.length) process.exitCode = 1;
