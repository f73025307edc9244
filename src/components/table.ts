/**
 * Inputs.table for the dashboard pages: no selection column, and a table that scrolls
 * inside its card.
 */
import * as Inputs from "@observablehq/inputs";

/**
 * `Inputs.table` with `select: false` (its checkboxes have no labels) that scrolls within
 * its own box. Inputs imported from node_modules come without Framework's inputs.css,
 * which is what makes the table's form scroll; without it, long tables spill over the card
 * and rows past the first batch never load (they load on the form's scroll event).
 * @param data the rows
 * @param options Inputs.table options (`columns`, `format`, `header`, `width`, `rows` …)
 * @example scrollingTable(countries, {columns: ["iso3", "name"], rows: 12})
 */
export function scrollingTable(data: unknown[], options: Record<string, unknown> = {}): HTMLElement {
  const table = Inputs.table(data, {select: false, ...options});
  table.style.overflow = "auto";
  table.style.maxWidth = "100%";
  table.style.fontSize = "13px";
  const inner = table.querySelector("table");
  if (inner) inner.style.minWidth = "100%";
  for (const th of table.querySelectorAll<HTMLElement>("thead th")) {
    Object.assign(th.style, {position: "sticky", top: "0", background: "var(--theme-background-alt, #f5f5f5)", verticalAlign: "bottom", textAlign: "left", zIndex: "1"});
  }
  return table;
}
