/**
 * The output edge: rows → RFC 4180 CSV that no spreadsheet will execute, written atomically.
 */
import {mkdirSync, renameSync, rmSync, writeFileSync} from "node:fs";
import {dirname} from "node:path";
import type {Row} from "../types.ts";

/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Formats a number the same way on every machine: integers as is, others rounded to six
 * decimals without trailing zeros; NaN and infinities as empty cells.
 * @example formatNumber(1 / 3) // "0.333333"
 */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return "";
  if (Number.isInteger(n)) return String(n);
  return String(+n.toFixed(6));
}

/**
 * One CSV cell. Numbers and booleans are written raw; text that starts like a formula
 * (`=`, `+`, `-`, `@`, tab, CR) gets a leading `'`; text with a comma, quote or line
 * break is quoted with doubled quotes.
 * @example formatCell("=SUM(A1)") // "'=SUM(A1)"
 * @example formatCell(-3) // "-3"
 */
export function formatCell(value: Row[string] | readonly string[] | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  let text = Array.isArray(value) ? value.join(";") : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows → CSV text with a header line and `\n` line ends (RFC 4180 allows either; one
 * choice keeps output byte-identical).
 * @example formatCSV([{a: 1, b: "x,y"}], ["a", "b"]) // 'a,b\n1,"x,y"\n'
 */
export function formatCSV(rows: readonly Row[], columns: readonly string[] = Object.keys(rows[0] ?? {})): string {
  return formatCSVHeader(columns) + formatCSVRows(rows, columns);
}

/**
 * The header line of a CSV file, with its line end.
 * @example formatCSVHeader(["a", "b"]) // "a,b\n"
 */
export function formatCSVHeader(columns: readonly string[]): string {
  return columns.map((c) => formatCell(c)).join(",") + "\n";
}

/**
 * Rows → CSV lines, each with its line end, no header: a CSV file is its header followed by
 * the rows of every part, so a streaming export can write each document's rows as it goes.
 * @example formatCSVRows([{a: 1}, {a: 2}], ["a"]) // "1\n2\n"
 */
export function formatCSVRows(rows: readonly Row[], columns: readonly string[]): string {
  if (!rows.length) return "";
  const lines = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) lines[i] = columns.map((c) => formatCell(rows[i][c])).join(",");
  return lines.join("\n") + "\n";
}

/**
 * Writes a file so that readers see the old content or the new, never half of it:
 * write a temporary file beside it, then rename.
 * @example writeFileAtomic("out/interventions.csv", csv)
 */
export function writeFileAtomic(path: string, content: string): void {
  mkdirSync(dirname(path), {recursive: true});
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, {force: true});
    throw error;
  }
}
