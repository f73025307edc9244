/**
 * `npm run export -- --data DIR --out DIR`: runs every loader on the documents in DIR and
 * writes the same CSVs the dashboard serves. Each file is written atomically.
 */
import {existsSync, statSync} from "node:fs";
import {resolve} from "node:path";
import {parseArgs} from "node:util";
import {readCorpus} from "../io/corpus.ts";
import {formatCSV, writeFileAtomic} from "../io/csv.ts";
import {dataDir, ROOT} from "../io/paths.ts";
import {formatWarning} from "../io/warnings.ts";
import {columnsOf} from "../tables/schema.ts";
import {runPipeline} from "../pipeline.ts";

const USAGE = `Usage: npm run export -- [--data DIR] [--out DIR]

Runs the extraction pipeline on every .txt document in DIR and writes one CSV per
derived table (interventions.csv, decades.csv, documents.csv, …) to the output folder.

Options:
  --data DIR   folder of documents (default: data/)
  --out DIR    folder for the CSVs (default: out/)
  --quiet      no warnings on stderr, only the summary
  -h, --help   show this help

Example:
  npm run export -- --data data --out out
`;

/** Parses argv, or prints a clear error and exits 2. */
function options() {
  try {
    return parseArgs({
      args: process.argv.slice(2),
      options: {data: {type: "string"}, out: {type: "string"}, quiet: {type: "boolean"}, help: {type: "boolean", short: "h"}},
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

const started = performance.now();
const sources = readCorpus(data);
const result = runPipeline(sources);
if (!args.quiet) for (const w of result.warnings) process.stderr.write(formatWarning(w) + "\n");
const written: string[] = [];
for (const [name, rows] of Object.entries(result.tables)) {
  writeFileAtomic(resolve(out, `${name}.csv`), formatCSV(rows, columnsOf(name)));
  written.push(`${name} ${rows.length}`);
}
const seconds = (performance.now() - started) / 1000;
process.stderr.write(
  `export: ${sources.length} documents, ${result.warnings.length} warnings → ${out} (${written.join(", ")}) in ${seconds.toFixed(2)} s\n`,
);
