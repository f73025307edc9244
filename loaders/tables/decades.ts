/**
 * countByDecade: interventions per decade, by start year and by every decade spanned.
 */
import * as aq from "arquero";
import type {Intervention, Row} from "../types.ts";

const {op} = aq;

/** The last year an episode is counted in: its end year, or its start for `–present`. */
function lastYear(i: Intervention): number {
  return i.end_year ?? i.start_year;
}

/**
 * One row per document and decade from its first to its last active decade (zeros kept,
 * so bars line up): `started` counts episodes beginning in the decade, `active` every
 * decade an episode spans. Decades come from the years, never from decade sub-headings.
 * @example countByDecade([{document: "d", start_year: 1979, end_year: 1989, …}])
 * // [{document: "d", decade: 1970, started: 1, active: 1}, {document: "d", decade: 1980, started: 0, active: 1}]
 */
export function countByDecade(interventions: readonly Intervention[]): Row[] {
  if (!interventions.length) return [];
  const episodes = aq.from(interventions.map((i) => ({document: i.document, start: i.start_year, end: lastYear(i)})));
  const active = episodes
    .derive({decade: (d: {start: number; end: number}) => op.sequence(op.floor(d.start / 10) * 10, op.floor(d.end / 10) * 10 + 1, 10)})
    .unroll("decade")
    .groupby("document", "decade")
    .count({as: "active"});
  const started = episodes
    .derive({decade: (d: {start: number}) => op.floor(d.start / 10) * 10})
    .groupby("document", "decade")
    .count({as: "started"});
  // Fill the gaps between a document's first and last decade with zero rows.
  const spans = episodes
    .groupby("document")
    .rollup({first: (d: {start: number}) => op.floor(op.min(d.start) / 10) * 10, last: (d: {end: number}) => op.floor(op.max(d.end) / 10) * 10})
    .derive({decade: (d: {first: number; last: number}) => op.sequence(d.first, d.last + 1, 10)})
    .select("document", "decade")
    .unroll("decade");
  return spans
    .join_left(started)
    .join_left(active)
    .impute({started: () => 0, active: () => 0})
    .select("document", "decade", "started", "active")
    .orderby("document", "decade")
    .objects() as Row[];
}
