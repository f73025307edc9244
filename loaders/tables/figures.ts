/**
 * The figures tables: one row per figure (`figures`), and one row per intervention with
 * its largest stated troop count, killed, casualties and refugees (`intervention_figures`),
 * for the charts.
 */
import * as aq from "arquero";
import type {Figure, Intervention, Row} from "../types.ts";

/**
 * Figures as table rows, in the column order of the `figures` schema.
 * @example figureRows([figure])[0].quote // "about 7,000 Soviet GPU troops"
 */
export function figureRows(figures: readonly Figure[]): Row[] {
  return figures.map((f) => ({
    id: f.id,
    document: f.document,
    order: f.order,
    line: f.line,
    start: f.start,
    end: f.end,
    quote: f.quote,
    low: f.low,
    high: f.high,
    approx: f.approx,
    bound: f.bound,
    unit: f.unit,
    category: f.category,
    party: f.party,
    sentence: f.sentence,
    rule: f.rule,
  }));
}

/**
 * The measures of `intervention_figures`: column prefix → the category it summarises.
 * Only figures counted in persons are read.
 */
export const INTERVENTION_MEASURES: Readonly<Record<string, string>> = {
  troops: "military_personnel",
  killed: "killed",
  casualties: "casualties",
  refugees: "refugees",
};

/**
 * One row per intervention: for each measure, the low and high of its largest figure
 * (largest by `high`; the first in the text on a tie), empty when the section states none.
 * @example interventionFigureRows(interventions, figures).find((r) => r.order === 13)?.troops_high // 2500000
 */
export function interventionFigureRows(interventions: readonly Intervention[], figures: readonly Figure[]): Row[] {
  const categories = Object.values(INTERVENTION_MEASURES);
  const wanted = figures
    .filter((f) => f.unit === "persons" && f.order > 0 && categories.includes(f.category))
    .map((f) => ({document: f.document, order: f.order, category: f.category, low: f.low, high: f.high, start: f.start}));
  // Largest per (document, order, category): sort by high descending, keep the first row of each key.
  const largest = wanted.length
    ? (aq
        .from(wanted)
        .orderby("document", "order", "category", aq.desc("high"), "start")
        .dedupe("document", "order", "category")
        .objects() as {document: string; order: number; category: string; low: number; high: number}[])
    : [];
  const byKey = new Map(largest.map((r) => [`${r.document}\u0000${r.order}\u0000${r.category}`, r]));
  return interventions.map((i) => {
    const row: Row = {document: i.document, order: i.order, id: i.id, place: i.place, start_year: i.start_year};
    for (const [prefix, category] of Object.entries(INTERVENTION_MEASURES)) {
      const r = byKey.get(`${i.document}\u0000${i.order}\u0000${category}`);
      row[`${prefix}_low`] = r ? r.low : null;
      row[`${prefix}_high`] = r ? r.high : null;
    }
    return row;
  });
}
