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

/**
 * What a row is called in a chart or a link: its place, else its title (a list item names no place).
 * @example rowName({place: "", title: "The Bay of Pigs."}) // "The Bay of Pigs."
 */
export function rowName(row: {place?: string | null; title?: string | null}, max = 40): string {
  const name = String(row.place || row.title || "");
  return name.length > max ? `${name.slice(0, max - 1).trimEnd()}…` : name;
}

/** A row of interventions.csv (the columns the dashboard reads). */
export interface InterventionRow {
  id: string;
  document: string;
  order: number;
  period: string;
  start_year: number;
  end_year: number | null;
  /** The heading's text, or a list item's first sentence. */
  title?: string;
  place: string;
  targets?: string | null;
  target_iso3?: string | null;
  region?: string | null;
  methods?: string | null;
  line: number;
}
