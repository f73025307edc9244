/**
 * Method tables: interventions per method label, per period and decade, and the cue behind
 * every label (for the Sources page).
 */
import type {Intervention, MethodCue, Row} from "../types.ts";
import {METHODS} from "../rules/methods.ts";

/**
 * One row per document and method label, zeros kept so every document has the same rows:
 * `interventions` counts the document's interventions labelled with the method.
 * @example countMethods(["d"], rows) // [{document: "d", method: "invasion", interventions: 15}, {document: "d", method: "coup", interventions: 7}, …]
 */
export function countMethods(documents: readonly string[], interventions: readonly Intervention[]): Row[] {
  // One pass over the interventions (a filter per document × method grows with the square of the corpus).
  const counts = new Map<string, Map<string, number>>();
  for (const i of interventions) {
    let byMethod = counts.get(i.document);
    if (!byMethod) counts.set(i.document, (byMethod = new Map()));
    for (const method of new Set(i.methods)) byMethod.set(method, (byMethod.get(method) ?? 0) + 1);
  }
  return documents.flatMap((document) => METHODS.map((method) => ({document, method, interventions: counts.get(document)?.get(method) ?? 0})));
}

/**
 * Method counts for stacked bars, in one tidy table: one row per document, period (level-2
 * heading), decade (of the start year) and method with at least one intervention. Each
 * intervention counts once per label, in its own period and start decade, so summing over
 * `decade` gives per-period counts and summing over `period` per-decade counts. Rows follow
 * the order periods first appear, then decade, then the method order.
 * @example countMethodPeriods(rows)[0] // {document: "d", period: "1921–1940: Interwar period", decade: 1920, method: "invasion", interventions: 2}
 */
export function countMethodPeriods(interventions: readonly Intervention[]): Row[] {
  const counts = new Map<string, {row: Row; rank: [number, number, number, number]}>();
  const periodRank = new Map<string, number>();
  const documentRank = new Map<string, number>();
  for (const i of interventions) {
    if (!documentRank.has(i.document)) documentRank.set(i.document, documentRank.size);
    const pk = `${i.document}\u0000${i.period}`;
    if (!periodRank.has(pk)) periodRank.set(pk, periodRank.size);
    const decade = Math.floor(i.start_year / 10) * 10;
    for (const method of i.methods) {
      const key = `${pk}\u0000${decade}\u0000${method}`;
      const entry = counts.get(key) ?? {
        row: {document: i.document, period: i.period, decade, method, interventions: 0},
        rank: [documentRank.get(i.document)!, periodRank.get(pk)!, decade, METHODS.indexOf(method as (typeof METHODS)[number])],
      };
      (entry.row.interventions as number)++;
      counts.set(key, entry);
    }
  }
  return [...counts.values()]
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.rank[2] - b.rank[2] || a.rank[3] - b.rank[3])
    .map((e) => e.row);
}

/**
 * The cue behind every method label, in document order: where it is (line, offsets into the
 * document text), the quoted words, the sentence and the rules that fired.
 * @example methodCueRows(cues)[0] // {document: "d", order: 1, method: "invasion", line: 19, start: 2150, end: 2157, quote: "invaded", sentence: "…", rule: "method:invasion#1+actor:subject"}
 */
export function methodCueRows(cues: readonly MethodCue[]): Row[] {
  return cues.map((c) => ({document: c.document, order: c.order, method: c.method, line: c.line, start: c.start, end: c.end, quote: c.quote, sentence: c.sentence, rule: c.rule}));
}
