/**
 * countByCountry: interventions per document and today's country (ISO 3166-1 alpha-3).
 */
import type {Intervention, Row} from "../types.ts";
import {MODERN_COUNTRIES} from "../rules/places.ts";
import {compareStrings} from "../order.ts";

const NAMES = new Map(MODERN_COUNTRIES.map((c) => [c.iso3, c.name]));

/**
 * One row per document and ISO code among the interventions' `target_iso3`: the country's
 * name (from `world-countries`), how many interventions targeted it, and the first start year
 * and last end year among them (an ongoing intervention counts to its start year). Ordered by
 * document, then first year, then code.
 * @example countByCountry(rows).find((r) => r.iso3 === "AFG") // {document: "d", iso3: "AFG", name: "Afghanistan", interventions: 2, first_year: 1929, last_year: 1989}
 */
export function countByCountry(interventions: readonly Intervention[]): Row[] {
  const rows = new Map<string, {document: string; iso3: string; name: string; interventions: number; first_year: number; last_year: number}>();
  for (const i of interventions) {
    for (const iso3 of new Set(i.target_iso3)) {
      const key = `${i.document}\u0000${iso3}`;
      const last = i.end_year ?? i.start_year;
      const row = rows.get(key);
      if (row) {
        row.interventions++;
        row.first_year = Math.min(row.first_year, i.start_year);
        row.last_year = Math.max(row.last_year, last);
      } else {
        rows.set(key, {document: i.document, iso3, name: NAMES.get(iso3) ?? iso3, interventions: 1, first_year: i.start_year, last_year: last});
      }
    }
  }
  return [...rows.values()].sort((a, b) => compareStrings(a.document, b.document) || a.first_year - b.first_year || compareStrings(a.iso3, b.iso3));
}
