/**
 * Scoring of extracted figures against a hand-made gold table: detection precision,
 * recall and F1, per-field agreement on the matches, and the lists of misses, false hits
 * and disagreements, so a person can see what a rule change did. Pure functions: the
 * caller reads the files (the loaders never read the gold).
 */

/** A gold figure, as in `gold/seed/figures.csv` (keyed by order) or `gold/dev/<slug>.figures.csv` (keyed by line). */
export interface GoldFigure {
  document: string;
  order: number;
  /** The line the figure stands on, where the key gives it: then figures are matched by line, not order. */
  line?: number;
  quote: string;
  low: number;
  high: number;
  approx: boolean;
  bound: string;
  unit: string;
  category: string;
}

/** A predicted figure: a `figures` table row or a `Figure` (the gold's fields, plus where it came from). */
export interface PredictedFigure extends GoldFigure {
  rule?: string;
}

/** The fields compared on every match. */
export const SCORED_FIELDS = ["unit", "category", "approx", "bound"] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

/**
 * The gold README's units. A predicted figure in another unit (a duration, a distance)
 * is left out of the gold by design: it is neither a hit nor a false hit.
 */
export const GOLD_UNITS: readonly string[] = ["persons", "tanks", "aircraft", "artillery", "vehicles", "items", "usd", "tonnes", "percent", "share", "ratio", "events"];

/**
 * Whether a unit is scored: one of {@link GOLD_UNITS}, or money in another currency, which
 * the development corpus's rules key by its ISO 4217 code in lower case (`gbp`, `inr`). A
 * measure (`days`, `km`, `celsius`) is neither.
 * @example isScoredUnit("gbp") // true
 * @example isScoredUnit("days") // false
 */
export function isScoredUnit(unit: string): boolean {
  return GOLD_UNITS.includes(unit) || ISO_CURRENCY.test(unit);
}
/** A lower-case ISO 4217 code; no measure unit is three lower-case letters. */
const ISO_CURRENCY = /^[a-z]{3}$/;

/** One disagreement on a matched figure. */
export interface Disagreement {
  field: ScoredField;
  gold: GoldFigure;
  predicted: PredictedFigure;
}

/** The result of {@link scoreFigures}. */
export interface FigureScore {
  /** Predicted figures scored (in a gold unit). */
  predicted: number;
  /** Predicted figures outside the gold's units, not scored. */
  ignored: number;
  gold: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  /** Per field: agreeing matches / matches. */
  agreement: Record<ScoredField, number>;
  misses: GoldFigure[];
  falseHits: PredictedFigure[];
  disagreements: Disagreement[];
  /** Matched pairs, in gold order. */
  matches: {gold: GoldFigure; predicted: PredictedFigure}[];
}

/** Two values are equal when they agree to 1e-6 (relative), so "0.333333" matches 1/3. */
function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Reads gold CSV rows (strings, as from d3's csvParse) into gold figures, renaming
 * documents through `slugs` (gold slug → document slug).
 * @example readGoldFigures([{order: "3", quote: "1,000 troops", low: "1000", high: "1000", approx: "false", bound: "exact", unit: "persons", category: "military_personnel"}], "seed")[0].low // 1000
 */
export function readGoldFigures(rows: readonly Record<string, string | undefined>[], document: string): GoldFigure[] {
  return rows.map((r) => ({
    document: r.document ?? document,
    order: Number(r.order ?? 0),
    ...(r.line ? {line: Number(r.line)} : {}),
    quote: r.quote ?? "",
    low: Number(r.low),
    high: Number(r.high),
    approx: r.approx === "true",
    bound: r.bound ?? "exact",
    unit: r.unit ?? "",
    category: r.category ?? "",
  }));
}

/**
 * Scores predicted figures against gold ones. A prediction matches a gold figure when
 * both are in the same document and order (or, where the gold gives it, on the same line)
 * with equal low and high; each is used once,
 * and among several candidates the one agreeing on the most fields (then sharing the
 * most quote text) wins. Predictions in units that are not scored ({@link isScoredUnit}) are ignored.
 * @example scoreFigures([{document: "d", order: 1, quote: "5 tanks", low: 5, high: 5, approx: false, bound: "exact", unit: "tanks", category: "equipment"}], gold).precision // 1
 */
export function scoreFigures(predicted: readonly PredictedFigure[], gold: readonly GoldFigure[]): FigureScore {
  const scored = predicted.filter((p) => isScoredUnit(p.unit));
  const used = new Set<number>();
  const matches: FigureScore["matches"] = [];
  const misses: GoldFigure[] = [];
  for (const g of gold) {
    let best = -1;
    let bestScore = -1;
    scored.forEach((p, i) => {
      if (used.has(i) || p.document !== g.document || (g.line === undefined ? p.order !== g.order : p.line !== g.line) || !same(p.low, g.low) || !same(p.high, g.high)) return;
      const agree = SCORED_FIELDS.filter((f) => p[f] === g[f]).length;
      const overlap = g.quote && p.quote ? commonWords(g.quote, p.quote) : 0;
      const score = agree * 100 + overlap;
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    });
    if (best === -1) misses.push(g);
    else {
      used.add(best);
      matches.push({gold: g, predicted: scored[best]});
    }
  }
  const falseHits = scored.filter((_, i) => !used.has(i));
  const agreement = {} as Record<ScoredField, number>;
  const disagreements: Disagreement[] = [];
  for (const field of SCORED_FIELDS) {
    let agree = 0;
    for (const m of matches) {
      if (m.predicted[field] === m.gold[field]) agree++;
      else disagreements.push({field, gold: m.gold, predicted: m.predicted});
    }
    agreement[field] = matches.length ? agree / matches.length : 0;
  }
  // Nothing claimed is no false claim, and nothing to find is nothing missed (as events score).
  const precision = scored.length ? matches.length / scored.length : 1;
  const recall = gold.length ? matches.length / gold.length : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    predicted: scored.length,
    ignored: predicted.length - scored.length,
    gold: gold.length,
    matched: matches.length,
    precision,
    recall,
    f1,
    agreement,
    misses,
    falseHits,
    disagreements,
    matches,
  };
}

/** Number of words two quotes share (to pick among candidates with equal values). */
function commonWords(a: string, b: string): number {
  const words = new Set(a.toLowerCase().split(/\W+/).filter(Boolean));
  return b.toLowerCase().split(/\W+/).filter((w) => words.has(w)).length;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/**
 * The report printed by `npm run eval`: a summary table, then every miss, false hit and
 * disagreement on a line of its own.
 * @example formatFigureReport(scoreFigures(predicted, gold)).split("\n")[0] // "Figures vs gold"
 */
export function formatFigureReport(score: FigureScore, thresholds: Partial<Record<"precision" | "recall" | ScoredField, number>> = {}): string {
  const lines: string[] = ["Figures vs gold", ""];
  const row = (name: string, value: string, target?: number, x?: number) =>
    `  ${name.padEnd(22)}${value.padStart(10)}${target === undefined ? "" : `   target ≥ ${pct(target)}  ${x! >= target ? "ok" : "BELOW"}`}`;
  lines.push(row("gold figures", String(score.gold)));
  lines.push(row("predicted (scored)", String(score.predicted)));
  lines.push(row("predicted (ignored)", String(score.ignored)) + "   units outside the gold's list (durations, distances): not counted as false hits");
  lines.push(row("matched", String(score.matched)));
  lines.push(row("precision", pct(score.precision), thresholds.precision, score.precision));
  lines.push(row("recall", pct(score.recall), thresholds.recall, score.recall));
  lines.push(row("F1", pct(score.f1)));
  for (const field of SCORED_FIELDS) lines.push(row(`${field} agreement`, pct(score.agreement[field]), thresholds[field], score.agreement[field]));
  const show = (f: {order: number; line?: number; quote: string; low: number; high: number; unit: string; category: string; approx: boolean; bound: string}) =>
    `${f.line === undefined ? `order ${f.order}` : `line ${f.line}`}: "${f.quote}" ${f.low === f.high ? f.low : `${f.low}–${f.high}`} ${f.unit}/${f.category} approx=${f.approx} bound=${f.bound}`;
  lines.push("", `Misses (${score.misses.length}): gold figures with no prediction`);
  for (const g of score.misses) lines.push(`  MISS  ${show(g)}`);
  lines.push("", `False hits (${score.falseHits.length}): predictions with no gold figure`);
  for (const p of score.falseHits) lines.push(`  FALSE ${show(p)}${p.rule ? ` [${p.rule}]` : ""}`);
  lines.push("", `Disagreements (${score.disagreements.length}): matched figures whose fields differ`);
  for (const d of score.disagreements) {
    lines.push(`  ${d.field.toUpperCase().padEnd(8)} ${d.gold.line === undefined ? `order ${d.gold.order}` : `line ${d.gold.line}`}: "${d.gold.quote}" gold=${String(d.gold[d.field])} predicted=${String(d.predicted[d.field])} ("${d.predicted.quote}")${d.predicted.rule ? ` [${d.predicted.rule}]` : ""}`);
  }
  return lines.join("\n") + "\n";
}
