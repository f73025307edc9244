/**
 * Reading the derived CSVs in the browser (d3-dsv from node_modules, never a CDN).
 */
import {autoType, csvParse} from "d3-dsv";

/** Undo the export's spreadsheet-formula guard for display: `'=x` → `=x`. */
function unguard(value: unknown): unknown {
  return typeof value === "string" && /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

/**
 * Parses a derived CSV into typed rows: numbers and booleans typed by d3's autoType,
 * `;`-separated list columns left as text, formula-guarded text shown as written.
 * @example parseTable("a,b\n1,x\n") // [{a: 1, b: "x"}]
 */
export function parseTable<T = Record<string, any>>(text: string): T[] {
  return csvParse(text, (row) => {
    const typed = autoType(row) as Record<string, unknown>;
    for (const key in typed) typed[key] = unguard(typed[key]);
    return typed;
  }) as unknown as T[];
}

/**
 * Splits a `;`-separated list cell.
 * @example splitList("EST;LVA") // ["EST", "LVA"]
 */
export function splitList(value: unknown): string[] {
  return value == null || value === "" ? [] : String(value).split(";");
}

/** A row of interventions.csv (the columns the dashboard reads). */
export interface InterventionRow {
  id: string;
  document: string;
  order: number;
  period: string;
  start_year: number;
  end_year: number | null;
  place: string;
  targets?: string | null;
  target_iso3?: string | null;
  region?: string | null;
  methods?: string | null;
  line: number;
}
