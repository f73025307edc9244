/**
 * `npm run eval`: runs the pipeline on the documents directory and scores its figures and
 * its interventions (method labels, today's countries) against the hand-made gold
 * (`../shared/gold/figures.csv` and `interventions.csv`, beside the project root).
 * Prints a summary table, then every miss, false hit and disagreement on its own line,
 * so a person can see what a rule change did. The gold is read here, never by a loader.
 */
import {existsSync, readFileSync} from "node:fs";
import {resolve} from "node:path";
import {parseArgs} from "node:util";
import {csvParse} from "d3-dsv";
import {readCorpus} from "../io/corpus.ts";
import {dataDir, ROOT} from "../io/paths.ts";
import {runPipeline} from "../pipeline.ts";
import {extractFigures} from "../extract/figures.ts";
import {formatFigureReport, readGoldFigures, scoreFigures, type PredictedFigure} from "../eval/figures.ts";
import {formatInterventionReport, readGoldInterventions, scoreInterventions} from "../eval/interventions.ts";

/** Gold slugs that name a document differently from its file name. */
export const GOLD_DOCUMENTS: Readonly<Record<string, string>> = {"soviet-regime-change": "soviet-involvement-in-regime-change"};

/** The accuracy targets, checked by tests/figures.accuracy.test.ts. */
export const THRESHOLDS = {precision: 0.95, recall: 0.95, unit: 0.9, category: 0.9, approx: 0.95, bound: 0.95};

const USAGE = `Usage: npm run eval -- [--data DIR] [--gold FILE]

Scores the figures extracted from the documents in DIR against the gold table.

Options:
  --data DIR    folder of documents (default: data/)
  --gold FILE   gold figures CSV (default: ../shared/gold/figures.csv beside the project)
  -h, --help    show this help
`;

const {values: args} = parseArgs({
  args: process.argv.slice(2),
  options: {data: {type: "string"}, gold: {type: "string"}, help: {type: "boolean", short: "h"}},
  allowPositionals: false,
  strict: false,
});
if (args.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const goldPath = resolve(typeof args.gold === "string" ? args.gold : resolve(ROOT, "../shared/gold/figures.csv"));
if (!existsSync(goldPath)) {
  process.stderr.write(`eval: gold table not found: ${goldPath} (../shared must sit beside the project)\n`);
  process.exit(1);
}
const data = typeof args.data === "string" ? resolve(args.data) : dataDir();

const sources = readCorpus(data);
const started = performance.now();
const result = runPipeline(sources);
const cold = (performance.now() - started) / 1000;
const bytes = result.documents.reduce((n, d) => n + d.text.length, 0);
/** Seconds per call of `fn`, warm: after 300 ms of untimed calls (so the JIT has compiled it), the mean over 500 ms. */
function warm(fn: () => void): number {
  for (const t = performance.now(); performance.now() - t < 300; ) fn();
  let n = 0;
  const t = performance.now();
  while (performance.now() - t < 500 || n < 2) {
    fn();
    n++;
  }
  return (performance.now() - t) / 1000 / n;
}
const pipelineSeconds = warm(() => runPipeline(sources));
const figureSeconds = warm(() => {
  for (const a of result.analyses) extractFigures(a.doc, a.sentences, a.interventions);
});
const mbs = (seconds: number) => `${(bytes / 1e6 / seconds).toFixed(1)} MB/s`;

// The gold names one document per table ("soviet-regime-change" for the seed); the
// document column is absent, so every gold row belongs to it.
const goldSlug = "soviet-regime-change";
const document = GOLD_DOCUMENTS[goldSlug] ?? goldSlug;
const gold = readGoldFigures(csvParse(readFileSync(goldPath, "utf8")), document).map((g) => ({...g, document: GOLD_DOCUMENTS[g.document] ?? g.document}));
const documents = new Set(gold.map((g) => g.document));
const predicted = result.tables.figures.filter((r) => documents.has(String(r.document))) as unknown as PredictedFigure[];
const score = scoreFigures(predicted, gold);

process.stdout.write(`Documents: ${[...documents].join(", ")} (gold: ${goldPath})\n`);
process.stdout.write(
  `Pipeline: ${result.documents.length} documents, ${(bytes / 1e6).toFixed(3)} MB, ${result.tables.figures.length} figures; ` +
    `whole pipeline ${(pipelineSeconds * 1000).toFixed(1)} ms warm (${mbs(pipelineSeconds)}; first run ${(cold * 1000).toFixed(0)} ms), ` +
    `figures pass alone ${(figureSeconds * 1000).toFixed(1)} ms (${mbs(figureSeconds)})\n\n`,
);
process.stdout.write(formatFigureReport(score, THRESHOLDS));

// Interventions: method labels (precision, recall, F1 per label) and today's countries.
const goldInterventionsPath = resolve(goldPath, "..", "interventions.csv");
if (existsSync(goldInterventionsPath)) {
  const goldInterventions = readGoldInterventions(readFileSync(goldInterventionsPath, "utf8"));
  const predictedInterventions = result.tables.interventions.map((r) => ({
    document: String(r.document), order: Number(r.order), place: String(r.place), methods: String(r.methods ?? ""), target_iso3: String(r.target_iso3 ?? ""),
  }));
  process.stdout.write(`\nInterventions (gold: ${goldInterventionsPath})\n`);
  process.stdout.write(formatInterventionReport(scoreInterventions(predictedInterventions, goldInterventions)));
}
