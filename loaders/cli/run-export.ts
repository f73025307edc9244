/**
 * `npm run export -- --data DIR --out DIR`: runs every loader on the documents in DIR and
 * writes the same CSVs the dashboard serves. Each file is written atomically; the documents
 * stream through the pipeline (loaders/stream.ts), so memory does not grow with their text.
 */
import {existsSync, statSync} from "node:fs";
import {resolve} from "node:path";
import {parseArgs} from "node:util";
import {listCorpus} from "../io/corpus.ts";
import {dataDir, ROOT} from "../io/paths.ts";
import {formatWarning} from "../io/warnings.ts";
import {defaultThreads, type Progress} from "../parallel.ts";
import {streamOutputs} from "../stream.ts";

/** The usage text (`--help`). */
function usage(): string {
  return `Usage: npm run export -- [--data DIR] [--out DIR]

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
}

/**
 * Runs the export with command-line arguments (without `node` and the script); resolves to
 * the exit code: 0, 1 when a metric could not be computed (everything else is written), 2 for
 * bad arguments.
 * @example process.exitCode = await runExport(["--data", "data", "--out", "out", "--quiet"]);
 */
export async function runExport(argv: readonly string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: [...argv],
      options: {data: {type: "string"}, out: {type: "string"}, quiet: {type: "boolean"}, threads: {type: "string"}, help: {type: "boolean", short: "h"}},
      allowPositionals: false,
    }).values;
  } catch (error) {
    process.stderr.write(`export: ${(error as Error).message}\n\n${usage()}`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(usage());
    return 0;
  }
  const data = args.data ? resolve(args.data) : dataDir();
  const out = resolve(args.out ?? resolve(ROOT, "out"));
  if (!existsSync(data) || !statSync(data).isDirectory()) {
    process.stderr.write(`export: no such directory: ${data} (--data)\n`);
    return 2;
  }
  const threads = args.threads === undefined ? defaultThreads() : Number(args.threads);
  if (!Number.isInteger(threads) || threads < 1) {
    process.stderr.write(`export: --threads must be a whole number ≥ 1, not "${args.threads}"\n`);
    return 2;
  }

  const started = performance.now();
  const entries = listCorpus(data);
  // A progress line (documents done, MB/s) for a person at a terminal; nothing when piped.
  let shown = 0;
  const progress = !process.stderr.isTTY
    ? undefined
    : ({documents, totalDocuments, bytes}: Progress) => {
        const now = performance.now();
        if (now - shown < 100 && documents < totalDocuments) return;
        shown = now;
        const rate = bytes / 1e6 / Math.max(1e-3, (now - started) / 1000);
        process.stderr.write(`\rexport: ${documents}/${totalDocuments} documents, ${rate.toFixed(1)} MB/s\x1b[K`);
      };
  const {result, written} = await streamOutputs(entries, out, {threads, onProgress: progress});
  if (progress) process.stderr.write("\r\x1b[K");
  if (!args.quiet) process.stderr.write(result.warnings.map((w) => formatWarning(w) + "\n").join(""));
  const failed = written.filter((w) => w.error);
  for (const w of failed) process.stderr.write(`export: ${w.file} not written: ${w.error}\n`);
  const tables = written
    .filter((w) => w.file.endsWith(".csv") && !w.file.startsWith("metric-"))
    .map((w) => `${w.file.replace(/\.csv$/, "")} ${w.rows}`);
  const metrics = written.filter((w) => w.file.startsWith("metric-") && !w.error).length;
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(
    `export: ${entries.length} documents, ${result.warnings.length} warnings → ${out} (${tables.join(", ")}; ${metrics} metrics; datapackage.json) in ${seconds.toFixed(2)} s\n`,
  );
  // An empty interventions table is a result, not a failure: say what it means.
  if (entries.length && !result.interventions.length) {
    process.stderr.write("export: no intervention rows: no document has dated sections or dated list items; every table and metric was written with its header, and events.csv holds the acts found in the prose\n");
  }
  // A metric that could not be computed is a failed export, though everything else was written.
  return failed.length ? 1 : 0;
}
