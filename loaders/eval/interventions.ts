/**
 * Scoring of the interventions table against a gold table: per-label precision, recall and F1
 * of the method labels (and their micro average), ISO 3166-1 alpha-3 accuracy of the targets,
 * and the list of every miss. Pure: rows in, numbers and text out.
 */
import {csvParse} from "d3";
import {METHODS} from "../rules/methods.ts";

/** A row of interventions.csv, predicted or gold: lists as `;`-joined strings or arrays. */
export interface InterventionRowLike {
  document: string;
  order: number | string;
  /** The heading's or item's line; where the gold gives it, rows are matched by line, not order. */
  line?: number | string | null;
  start_year?: number | string | null;
  end_year?: number | string | null;
  place?: string | null;
  /** The targets as written (`;`-separated in the gold); shown where a row has no place. */
  targets?: string | readonly string[] | null;
  methods: string | readonly string[] | null;
  target_iso3: string | readonly string[] | null;
}

/** Precision, recall and F1 of one label (or of all labels, micro-averaged). */
export interface LabelScore {
  label: string;
  tp: number;
  fp: number;
  fn: number;
  /** tp / (tp + fp); 1 when nothing was predicted. */
  precision: number;
  /** tp / (tp + fn); 1 when the gold has none. */
  recall: number;
  f1: number;
}

/** One disagreement with the gold. */
export interface InterventionMiss {
  document: string;
  order: number;
  /** The row's line, where the gold keys rows by line (the development corpus). */
  line?: number;
  place: string;
  /** `method-fp` (predicted, not in gold), `method-fn` (in gold, not predicted), `iso` (codes differ), `missing` (gold row not predicted), `extra` (predicted row not in gold). */
  kind: "method-fp" | "method-fn" | "iso" | "missing" | "extra";
  predicted: string;
  expected: string;
}

/** Everything {@link scoreInterventions} finds. */
export interface InterventionScore {
  labels: LabelScore[];
  micro: LabelScore;
  iso: {correct: number; total: number; accuracy: number};
  /** Matched rows whose start and end years both agree (where the gold gives years). */
  years: {correct: number; total: number; accuracy: number};
  /** Predicted rows of the gold's documents that the gold does not have. */
  extra: number;
  /** Gold rows matched by a predicted row (same document and order). */
  matched: number;
  misses: InterventionMiss[];
}

/** Gold document slugs that name a document of ours differently. */
export const GOLD_DOCUMENT_ALIASES: Readonly<Record<string, string>> = {
  "soviet-regime-change": "soviet-involvement-in-regime-change",
};

/** Options for {@link scoreInterventions}. */
export interface ScoreOptions {
  /** Gold slug → predicted slug (default {@link GOLD_DOCUMENT_ALIASES}). */
  documentAlias?: Readonly<Record<string, string>>;
  /** Labels to score, in report order (default: every method label). */
  labels?: readonly string[];
}

const list = (v: string | readonly string[] | null | undefined): string[] =>
  (Array.isArray(v) ? [...v] : String(v ?? "").split(";")).map((s) => s.trim()).filter(Boolean);

function score(label: string, tp: number, fp: number, fn: number): LabelScore {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {label, tp, fp, fn, precision, recall, f1};
}

/**
 * Scores predicted intervention rows against gold rows, matched by document (gold slugs
 * mapped through `documentAlias`) and order. Method labels are scored as sets per row; the
 * ISO codes as a set per row (order ignored), exact or wrong. Gold rows with no predicted
 * row count as misses of every label and code.
 * @example
 * const s = scoreInterventions(result.tables.interventions, readGoldInterventions(csv));
 * s.micro.f1 // 1
 * s.iso // {correct: 25, total: 25, accuracy: 1}
 */
export function scoreInterventions(predicted: readonly InterventionRowLike[], gold: readonly InterventionRowLike[], options: ScoreOptions = {}): InterventionScore {
  const alias = options.documentAlias ?? GOLD_DOCUMENT_ALIASES;
  const labels = options.labels ?? METHODS;
  // Rows are matched by line where the gold keys them by line, else by order.
  const byLine = gold.some((g) => g.line != null && g.line !== "");
  const key = (row: InterventionRowLike) => `${alias[row.document] ?? row.document}\u0000${byLine ? +row.line! : +row.order}`;
  const byKey = new Map(predicted.map((p) => [key(p), p]));
  const yearOf = (v: unknown) => (v === null || v === undefined || v === "" ? null : Number(v));
  let yearsCorrect = 0;
  let yearsTotal = 0;
  const counts = new Map(labels.map((l) => [l, {tp: 0, fp: 0, fn: 0}]));
  const misses: InterventionMiss[] = [];
  const used = new Set<string>();
  let isoCorrect = 0;
  let matched = 0;
  for (const g of gold) {
    const document = alias[g.document] ?? g.document;
    const k = key(g);
    const p = byKey.get(k);
    const line = byLine ? +g.line! : undefined;
    // A list item's gold has no place: its targets say which row it is.
    const place = String(g.place || list(g.targets ?? null).join(";"));
    const expected = new Set(list(g.methods));
    const got = new Set(p ? list(p.methods) : []);
    if (!p) misses.push({document, order: +g.order, line, place, kind: "missing", predicted: "", expected: list(g.methods).join(";")});
    else {
      used.add(k);
      matched++;
      if (g.start_year !== undefined && g.start_year !== null && g.start_year !== "") {
        yearsTotal++;
        if (yearOf(p.start_year) === yearOf(g.start_year) && yearOf(p.end_year) === yearOf(g.end_year)) yearsCorrect++;
      }
    }
    for (const label of labels) {
      const c = counts.get(label)!;
      if (expected.has(label) && got.has(label)) c.tp++;
      else if (got.has(label)) {
        c.fp++;
        misses.push({document, order: +g.order, line, place, kind: "method-fp", predicted: label, expected: [...expected].join(";")});
      } else if (expected.has(label)) {
        c.fn++;
        if (p) misses.push({document, order: +g.order, line, place, kind: "method-fn", predicted: [...got].join(";"), expected: label});
      }
    }
    const isoExpected = list(g.target_iso3).sort().join(";");
    const isoGot = p ? list(p.target_iso3).sort().join(";") : "";
    if (p && isoGot === isoExpected) isoCorrect++;
    else if (p) misses.push({document, order: +g.order, line, place, kind: "iso", predicted: list(p.target_iso3).join(";"), expected: list(g.target_iso3).join(";")});
  }
  // Predicted rows of gold documents that the gold does not have.
  const goldDocuments = new Set(gold.map((g) => alias[g.document] ?? g.document));
  // Their labels are false positives: a row the gold does not have cannot carry a right label.
  let extra = 0;
  for (const p of predicted) {
    const k = key(p);
    if (!goldDocuments.has(alias[p.document] ?? p.document) || used.has(k)) continue;
    extra++;
    misses.push({document: p.document, order: +p.order, line: byLine ? +p.line! : undefined, place: String(p.place ?? ""), kind: "extra", predicted: list(p.methods).join(";"), expected: ""});
    for (const label of list(p.methods)) {
      const c = counts.get(label as (typeof labels)[number]);
      if (c) c.fp++;
    }
  }
  const perLabel = labels.map((l) => {
    const c = counts.get(l)!;
    return score(l, c.tp, c.fp, c.fn);
  });
  const sum = (f: "tp" | "fp" | "fn") => perLabel.reduce((n, s) => n + s[f], 0);
  return {
    labels: perLabel,
    micro: score("micro", sum("tp"), sum("fp"), sum("fn")),
    iso: {correct: isoCorrect, total: gold.length, accuracy: gold.length ? isoCorrect / gold.length : 1},
    years: {correct: yearsCorrect, total: yearsTotal, accuracy: yearsTotal ? yearsCorrect / yearsTotal : 1},
    extra,
    matched,
    misses,
  };
}

/**
 * Reads a gold interventions.csv: the seed's (document, order, place, …) or a development
 * article's (line, kind, start_year, …; its document given by `document`).
 * @example readGoldInterventions(readFileSync("gold/seed/interventions.csv", "utf8")).length // 25
 */
export function readGoldInterventions(csv: string, document = ""): InterventionRowLike[] {
  return csvParse(csv).map((r) => ({
    document: r.document ?? document,
    order: +(r.order ?? 0),
    ...(r.line ? {line: +r.line} : {}),
    start_year: r.start_year ?? null,
    end_year: r.end_year ?? null,
    place: r.place ?? "",
    methods: r.methods ?? "",
    target_iso3: r.target_iso3 ?? "",
  }));
}

const pct = (x: number) => x.toFixed(3);

/**
 * The score as a plain-text report: a per-label table (P, R, F1, tp/fp/fn), the micro
 * average, ISO accuracy, and one line per miss.
 * @example console.log(formatInterventionReport(scoreInterventions(predicted, gold)))
 */
export function formatInterventionReport(s: InterventionScore): string {
  const width = Math.max(12, ...s.labels.map((l) => l.label.length));
  const line = (l: LabelScore) =>
    `${l.label.padEnd(width)}  ${pct(l.precision)}  ${pct(l.recall)}  ${pct(l.f1)}  ${String(l.tp).padStart(3)} ${String(l.fp).padStart(3)} ${String(l.fn).padStart(3)}`;
  const out = [
    "Method labels",
    `${"label".padEnd(width)}  P      R      F1      tp  fp  fn`,
    ...s.labels.map(line),
    line(s.micro),
    "",
    `ISO 3166-1 alpha-3 targets: ${s.iso.correct}/${s.iso.total} rows exact (${pct(s.iso.accuracy)})`,
    `Rows matched: ${s.matched}/${s.iso.total}`,
  ];
  if (s.misses.length) {
    out.push("", "Misses");
    for (const m of s.misses) out.push(`  ${m.document}${m.line === undefined ? `:${m.order}` : ` line ${m.line}`} ${m.place} — ${m.kind}: predicted "${m.predicted}", expected "${m.expected}"`);
  } else out.push("", "No misses.");
  return out.join("\n") + "\n";
}
