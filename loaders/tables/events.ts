/**
 * eventRows: events → the rows of events.csv.
 */
import type {Event, Row} from "../types.ts";

/**
 * One row per event, in document order; `target_iso3` joined by ";", an unknown year empty.
 * @example eventRows(events)[0] // {document: "w", date: "1939-09-01", year: 1939, actor: "Germany", method: "invasion", target: "Poland", target_iso3: "POL", line: 9, sentence: "…", rule: "…"}
 */
export function eventRows(events: readonly Event[]): Row[] {
  return events.map((e) => ({
    document: e.document,
    date: e.date,
    year: e.year,
    actor: e.actor,
    actor_iso3: e.actor_iso3.join(";"),
    method: e.method,
    target: e.target,
    target_iso3: e.target_iso3.join(";"),
    line: e.line,
    sentence: e.sentence,
    rule: e.rule,
  }));
}
