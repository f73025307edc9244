/**
 * The Data page's cards: one per derived CSV, with row count, download link, a preview and
 * its data dictionary (from datapackage.json's Table Schema).
 */
import {html} from "htl";
import {parseTable} from "./data.js";

/** A datapackage.json resource (the fields the page reads). */
export interface Resource {
  name: string;
  path: string;
  title: string;
  description: string;
  rows: number;
  schema: {fields: {name: string; type: string; unit?: string; description?: string}[]};
}

/**
 * A compact, text-only table (cells are interpolated by htl, so they are never parsed as HTML):
 * every column at least as wide as its header and 40 px, numbers right-aligned, long text
 * clipped with the whole text on hover, the table scrolling sideways when wide.
 * @example previewTable([{a: 1}], ["a"])
 */
export function previewTable(rows: Record<string, unknown>[], columns: string[]) {
  const cell = (v: unknown) => (v == null ? "" : String(v));
  const numeric = new Set(columns.filter((c) => rows.some((r) => typeof r[c] === "number") && rows.every((r) => r[c] == null || typeof r[c] === "number")));
  const align = (c: string) => (numeric.has(c) ? "num" : null);
  return html`<div class="preview" tabindex="0" role="region" aria-label="Table preview"><table>
    <thead><tr>${columns.map((c) => html`<th scope="col" class=${align(c)}>${c}</th>`)}</tr></thead>
    <tbody>${rows.map((r) => html`<tr>${columns.map((c) => html`<td class=${align(c)} title=${cell(r[c])}>${cell(r[c])}</td>`)}</tr>`)}</tbody>
  </table></div>`;
}

/**
 * A card for one CSV: title, rows, download link (the file ships in dist/ through
 * FileAttachment), the first rows, and each column's meaning, type and unit.
 * @param href the file's `FileAttachment(...).href`, or undefined for files only the export writes
 * @example await tableCard(pkg.resources[0], FileAttachment("data/documents.csv").href)
 */
export async function tableCard(resource: Resource, href?: string) {
  const preview = href ? parseTable(await (await fetch(href)).text()).slice(0, 5) : [];
  const fields = resource.schema.fields.map((f) => ({column: f.name, type: f.type, unit: f.unit ?? "", meaning: f.description ?? ""}));
  return html`<div class="card" id=${`table-${resource.name}`}>
    <h2>${resource.path}</h2>
    <h3>${resource.title}: ${resource.description} ${resource.rows.toLocaleString("en-US")} rows.</h3>
    ${href ? html`<p><a href=${href} download=${resource.path}>Download ${resource.path}</a></p>` : html`<p class="muted">Written by <code>npm run export</code>; also on the <a href="./metrics">Metrics</a> page.</p>`}
    ${preview.length ? previewTable(preview, fields.map((f) => f.column)) : ""}
    <details><summary>Data dictionary (${fields.length} columns)</summary>${previewTable(fields, ["column", "type", "unit", "meaning"])}</details>
  </div>`;
}
