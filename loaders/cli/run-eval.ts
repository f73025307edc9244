/**
 * `npm run eval` (runEval): runs the pipeline on every document that has an answer key (the seed in
 * data/, the development corpus in corpus/dev/) and scores it against the keys in gold/:
 * a table per document, the pooled table per part (seed, tuning, blind), then every miss,
 * false hit and disagreement of the documents asked for, so a person can see what a rule
 * change did. The blind part's details stay hidden unless asked for by name (`--document`):
 * rules are written from the tuning part only. The keys are read here, never by a loader.
 */
import {parseArgs} from "node:util";
import {formatFigureReport} from "../eval/figures.ts";
import {formatInterventionReport} from "../eval/interventions.ts";
import type {Accuracy} from "../eval/accuracy.ts";
import {runAccuracy} from "../eval/run.ts";

const USAGE = `Usage: npm run eval -- [--document SLUG]... [--details] [--only figures|interventions|events]

Scores the extraction on every document with an answer key in gold/ (the seed in data/, the
development corpus in corpus/dev/): per document, then pooled per part (seed, tuning, blind).

Options:
  --document SLUG  print every miss, false hit and disagreement of this document (repeatable;
                   the only way to see a blind document's details)
  --details        print the details of every seed and tuning document
  --only KIND      details of one kind only: figures, interventions or events
  -h, --help       show this help
`;

/**
 * Runs `npm run eval` with command-line arguments (without `node` and the script); resolves to
 * the exit code. Bad arguments throw, as parseArgs does.
 * @example process.exitCode = runEval(["--document", "falklands-war"]);
 */
export function runEval(argv: readonly string[]): number {
  const {values: args} = parseArgs({
    args: [...argv],
    options: {document: {type: "string", multiple: true}, details: {type: "boolean"}, only: {type: "string"}, help: {type: "boolean", short: "h"}},
    allowPositionals: false,
    strict: true,
  });
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }

  const {keys, sources, seconds, documents, pooled} = runAccuracy();
  const wanted = new Set(keys.map((k) => k.document));

  const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
  const columns = [
    ["document", 44], ["part", 6], ["rows", 9], ["years", 5], ["ISO3", 5], ["meth P", 6], ["meth R", 6], ["meth F1", 7],
    ["fig P", 5], ["fig R", 5], ["unit", 5], ["categ", 5], ["approx", 6], ["bound", 5], ["evt P", 5], ["evt R", 5],
  ] as const;
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(columns[i][1]) : c.padStart(columns[i][1]))).join("  ");
  const row = (a: Accuracy) => {
    const i = a.interventions;
    const f = a.figures;
    const e = a.events;
    // Agreement is measured on matched figures: with none matched there is nothing to agree on.
    const agree = (x: number) => (f.matched ? pct(x) : "    –");
    return line([
      a.name, a.part, `${i.matched}/${i.iso.total}${i.extra ? `+${i.extra}` : ""}`, pct(i.years.accuracy), pct(i.iso.accuracy),
      pct(i.micro.precision), pct(i.micro.recall), pct(i.micro.f1), pct(f.precision), pct(f.recall), agree(f.agreement.unit), agree(f.agreement.category),
      agree(f.agreement.approx), agree(f.agreement.bound), e ? pct(e.precision) : "    –", e ? pct(e.recall) : "    –",
    ]);
  };
  const out: string[] = [
    `Answer keys: gold/ (${keys.length} documents). Pipeline: ${sources.length} documents in ${(seconds * 1000).toFixed(0)} ms.`,
    "rows = gold rows found (+ rows the keys do not have); methods scored per row over the six labels; figures matched by",
    "order (seed) or line (development corpus) and value; events as distinct (actor, method, target) triples outside rows.",
    "",
    line(columns.map(([name]) => name)),
    ...documents.map(row),
    "",
    "Pooled per part",
    line(columns.map(([name]) => (name === "document" ? "part" : name))),
    ...pooled.map(row),
    "",
    "Method labels, pooled per part (P / R / F1, tp fp fn)",
    ...pooled.flatMap((a) => [
      `  ${a.part}`,
      ...a.interventions.labels.map((l) => `    ${l.label.padEnd(14)} ${pct(l.precision)} ${pct(l.recall)} ${pct(l.f1)}   ${l.tp} ${l.fp} ${l.fn}`),
    ]),
  ];

  const detailed = keys.filter((k) => args.document?.includes(k.document) || (args.details && k.part !== "blind"));
  for (const unknown of (args.document ?? []).filter((d) => !wanted.has(d))) process.stderr.write(`eval: no answer key for "${unknown}"\n`);
  for (const key of detailed) {
    const a = documents.find((d) => d.name === key.document)!;
    out.push("", `=== ${key.document} (${key.part}) ===`);
    if (!args.only || args.only === "interventions") out.push(formatInterventionReport(a.interventions));
    if (!args.only || args.only === "figures") out.push(formatFigureReport(a.figures));
    if (a.events && (!args.only || args.only === "events")) {
      out.push(`Events: ${a.events.matched} of ${a.events.gold} gold triples found, ${a.events.falseHits.length} false`);
      for (const t of a.events.misses) out.push(`  MISS  ${t.actor} ${t.method} ${t.target} (line ${t.lines.join(",")})`);
      for (const t of a.events.falseHits) out.push(`  FALSE ${t.actor} ${t.method} ${t.target} (line ${t.lines.join(",")})`);
    }
  }
  process.stdout.write(out.join("\n") + "\n");
  return 0;
}
