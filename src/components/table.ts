/**
 * Inputs.table for the dashboard pages: no selection column, every column at least as wide as
 * its header (and 40 px), long text clipped with the whole text on hover, numbers right-aligned,
 * and a table that scrolls — down and sideways — inside its card instead of crushing columns.
 */
import * as Inputs from "@observablehq/inputs";

/** The narrowest a column may be. */
export const MIN_COLUMN = 40;
/** The widest a column gets unless a page asks for more: longer text is clipped (full text on hover). */
export const MAX_COLUMN = 360;
/** Roughly the width of a character of the tables' 13 px type (for sizing columns to their text). */
const CHAR = 7;

let canvas: CanvasRenderingContext2D | null | undefined;
/** The width of `text` in the header's type (bold 13 px), measured where a canvas exists, else estimated. */
function textWidth(text: string, font = "600 13px system-ui, sans-serif"): number {
  if (canvas === undefined) canvas = typeof document === "undefined" ? null : document.createElement("canvas").getContext("2d");
  if (!canvas) return text.length * 7.5;
  canvas.font = font;
  return canvas.measureText(text).width;
}

/** The text a cell shows, for sizing (formatted when the page formats the column). */
function cellText(value: unknown, format: ((v: any, i: number, rows: any[]) => unknown) | undefined, i: number, rows: unknown[]): string {
  const shown = format ? format(value, i, rows) : value;
  if (shown == null) return "";
  if (typeof shown === "object" && "textContent" in (shown as object)) return (shown as Node).textContent ?? "";
  return typeof shown === "number" ? shown.toLocaleString("en-US") : String(shown);
}

/**
 * The width of each column: the header's width plus padding and sort arrow, or the width of
 * its longest text among the first rows if wider, at least MIN_COLUMN, at most MAX_COLUMN
 * (or what the page asks for, never under the header).
 * @example columnWidths([{line: 12}], ["line"], {}, {}, {}) // {line: 40}
 */
export function columnWidths(rows: any[], columns: string[], header: Record<string, unknown>, format: Record<string, any>, asked: Record<string, number>): Record<string, number> {
  const sample = rows.slice(0, 200);
  const widths: Record<string, number> = {};
  for (const column of columns) {
    const label = header[column] == null ? column : typeof header[column] === "string" ? (header[column] as string) : ((header[column] as Node).textContent ?? column);
    const head = Math.ceil(textWidth(label)) + 24;
    const content = Math.max(0, ...sample.map((row, i) => cellText(row?.[column], format[column], i, sample).length * CHAR + 16));
    widths[column] = Math.max(MIN_COLUMN, head, asked[column] ?? Math.min(MAX_COLUMN, content));
  }
  return widths;
}

/**
 * `Inputs.table` with `select: false` (its checkboxes have no labels, and the empty column is
 * hidden) that scrolls within its own box (rows past the first batch load on the form's scroll
 * event), is a labelled, keyboard-focusable region, as axe requires of scrollable content, and
 * sizes its columns with {@link columnWidths}.
 * @param data the rows
 * @param options.label the table's accessible name (it is a keyboard-scrollable region)
 * @param options.wrap columns whose text wraps within the column (lists of links) instead of being clipped
 * @param options Inputs.table options (`columns`, `format`, `header`, `width` per column, `rows` …)
 * @example scrollingTable(countries, {label: "Countries", columns: ["iso3", "name"], rows: 12})
 */
export function scrollingTable(data: unknown[], {label = "Table", wrap = [], ...options}: {label?: string; wrap?: string[]} & Record<string, any> = {}): HTMLElement {
  const rows = Array.from(data as any[]);
  const columns: string[] = options.columns ?? Object.keys(rows[0] ?? {});
  const widths = columnWidths(rows, columns, options.header ?? {}, options.format ?? {}, typeof options.width === "object" ? options.width : {});
  const table = Inputs.table(rows, {select: false, ...options, columns, width: widths, layout: "fixed"});
  table.classList.add("atlas-table");
  // A scrollable region must be reachable by keyboard (axe: scrollable-region-focusable).
  table.tabIndex = 0;
  table.setAttribute("role", "region");
  table.setAttribute("aria-label", label);
  Object.assign(table.style, {overflow: "auto", maxWidth: "100%", fontSize: "13px"});
  const inner = table.querySelector("table");
  if (inner) Object.assign(inner.style, {width: `${columns.reduce((sum, c) => sum + widths[c], 0)}px`, minWidth: "100%"});
  for (const th of table.querySelectorAll<HTMLElement>("thead th")) {
    Object.assign(th.style, {position: "sticky", top: "0", background: "var(--theme-background-alt)", verticalAlign: "bottom", zIndex: "1"});
  }
  if (wrap.length) {
    const style = document.createElement("style");
    style.textContent = wrap.map((c: string) => `#${table.id} tr > :nth-child(${columns.indexOf(c) + 2}) {white-space: normal; overflow-wrap: anywhere; vertical-align: top;}`).join("\n");
    table.append(style);
  }
  // Clipped text is shown whole on hover: every cell whose text is cut off gets a title (measured
  // once the table is laid out, and again for every batch of rows it draws as it scrolls).
  const titles = () => {
    if (!table.isConnected) return;
    for (const tr of table.querySelectorAll("tbody tr")) {
      const cells = tr.querySelectorAll<HTMLTableCellElement>("td");
      columns.forEach((c, i) => {
        const td = cells[i + 1];
        if (td && !td.title && !wrap.includes(c) && td.scrollWidth > td.clientWidth + 1) td.title = td.textContent ?? "";
      });
    }
  };
  const tbody = table.querySelector("tbody");
  if (tbody && typeof MutationObserver !== "undefined") new MutationObserver(titles).observe(tbody, {childList: true});
  if (typeof ResizeObserver !== "undefined") new ResizeObserver(titles).observe(table);
  return table;
}
