/**
 * The overview's headline counts.
 */
import {splitList} from "./data.js";
import {yearSpan} from "./format.js";

/**
 * Documents, interventions, distinct targets, and the span of years covered.
 * @example overviewCounts(documents, interventions) // {documents: 2, interventions: 25, targets: 24, years: "1921–1989"}
 */
export function overviewCounts(documents: unknown[], interventions: {targets?: unknown; start_year: number; end_year: number | null}[]) {
  const targets = new Set(interventions.flatMap((d) => splitList(d.targets)));
  const starts = interventions.map((d) => d.start_year);
  const ends = interventions.map((d) => d.end_year ?? d.start_year);
  return {
    documents: documents.length,
    interventions: interventions.length,
    targets: targets.size,
    years: starts.length ? yearSpan(Math.min(...starts), Math.max(...ends)) : "—",
  };
}
