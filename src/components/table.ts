/**
 * Inputs.table for the dashboard pages: no selection column, and a table that scrolls
 * inside its card.
 */
import * as Inputs from "@observablehq/inputs";

/**
 * `Inputs.table` with `select: false` (its checkboxes have no labels) that scrolls within
 * its own box (rows past the first batch load on the form's scroll event), and is a
 * labelled, keyboard-focusable region, as axe requires of scrollable content.
 * @param data the rows
 * @param options.label the table's accessible name (it is a keyboard-scrollable region)
 * @param options Inputs.table options (`columns`, `format`, `header`, `width`, `rows` …)
 * @example scrollingTable(countries, {label: "Countries", columns: ["iso3", "name"], rows: 12})
 */
export function scrollingTable(data: unknown[], {label = "Table", ...options}: {label?: string} & Record<string, unknown> = {}): HTMLElement {
  const table = Inputs.table(data, {select: false, ...options});
  // A scrollable region must be reachable by keyboard (axe: scrollable-region-focusable).
  table.tabIndex = 0;
  table.setAttribute("role", "region");
  table.setAttribute("aria-label", label);
  table.style.overflow = "auto";
  table.style.maxWidth = "100%";
  table.style.fontSize = "13px";
  const inner = table.querySelector("table");
  if (inner) inner.style.minWidth = "100%";
  // The (empty) selection column: as narrow as Inputs' own stylesheet makes it.
  const first = table.querySelector<HTMLElement>("thead th");
  if (first) first.style.width = "4px";
  for (const th of table.querySelectorAll<HTMLElement>("thead th")) {
    Object.assign(th.style, {position: "sticky", top: "0", background: "var(--theme-background-alt, #f5f5f5)", verticalAlign: "bottom", zIndex: "1"});
  }
  return table;
}
