/**
 * countByPeriod: interventions per period (level-2 heading).
 */
import * as aq from "arquero";
import type {Intervention, Row} from "../types.ts";

const {op} = aq;

/**
 * One row per document and period, in the order the periods first appear.
 * @example countByPeriod(rows) // [{document: "d", period: "1921–1940: Interwar period", interventions: 7, first_year: 1921, last_year: 1940}, …]
 */
export function countByPeriod(interventions: readonly Intervention[]): Row[] {
  if (!interventions.length) return [];
  return aq
    .from(interventions.map((i, k) => ({document: i.document, period: i.period, start: i.start_year, end: i.end_year ?? i.start_year, k})))
    .groupby("document", "period")
    .rollup({
      interventions: op.count(),
      first_year: (d: {start: number}) => op.min(d.start),
      last_year: (d: {end: number}) => op.max(d.end),
      k: (d: {k: number}) => op.min(d.k),
    })
    .orderby("document", "k")
    .select("document", "period", "interventions", "first_year", "last_year")
    .objects() as Row[];
}
