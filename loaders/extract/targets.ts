/**
 * inferTargets: the targets of rows whose heading names no place (a list item, "2017",
 * "Surgical strikes"), read from what their text says was done and to whom.
 */
import type {Document, Event, Intervention} from "../types.ts";
import {castOf} from "./actors.ts";
import {findPlaces, locateTargets} from "./places.ts";

/**
 * Fills the targets of every row that has none: first the targets of the acts (events) told in
 * the row's text, in order of first telling; else the places its text names, the article's own
 * power left out. Codes and regions follow through the gazetteer. The row's `rule` records which
 * (`+targets:acts` or `+targets:text`); a row whose text names no place keeps no targets.
 * @example inferTargets(doc, rows, events); rows[0].targets // ["Gibraltar"] (from "- 1309 – … sent to capture Gibraltar")
 */
export function inferTargets(doc: Document, interventions: readonly Intervention[], events: readonly Event[]): void {
  const own = castOf(doc).title.power?.iso3 ?? [];
  const filled: Intervention[] = [];
  for (const row of interventions) {
    if (row.targets.length) continue;
    const names: string[] = [];
    for (const e of events) {
      if (e.start < row.start || e.start >= row.end) continue;
      for (const name of e.target.split(";")) if (name && !names.includes(name)) names.push(name);
    }
    let how = "+targets:acts";
    if (!names.length) {
      how = "+targets:text";
      for (const p of findPlaces(doc.prose.slice(row.start, row.end))) {
        if (p.iso3.length === 1 && own.includes(p.iso3[0])) continue;
        if (!names.includes(p.text)) names.push(p.text);
      }
    }
    if (!names.length) continue;
    row.targets = names;
    row.rule += how;
    filled.push(row);
  }
  locateTargets(doc, filled);
}
