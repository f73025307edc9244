/**
 * The Compare page: two documents side by side on the same scales — interventions per
 * decade, region and method, events per method, the metrics of compare.csv, and the
 * targets both documents name.
 */
import * as Plot from "@observablehq/plot";
import {html} from "htl";
import {rowName, splitList} from "./data.js";
import type {CountryRow, InterventionRow} from "./mapChart.js";
import {yearSpan} from "./mapChart.js";
import {countTicks} from "./methodCharts.js";
import {emptyChart, plot} from "./plot.js";
import {sourceHref} from "./sourceView.js";

/** A row of events.csv (the columns the page reads). */
export interface EventRow {
  document: string;
  date?: string | null;
  year: number | null;
  actor: string | null;
  method: string | null;
  target: string | null;
  target_iso3: string | null;
  line: number;
  sentence?: string;
}

/** How many rows of one document fall under one key (a decade, a region, a method). */
export interface CompareCount {
  document: string;
  key: string | number;
  count: number;
}

/** What a document says about a target: an intervention episode or an event, with its line. */
export interface Said {
  kind: "intervention" | "event";
  text: string;
  document: string;
  line: number;
}

/** A target (present-day country) both documents name. */
export interface SharedTarget {
  iso3: string;
  name: string;
  a: Said[];
  b: Said[];
}

/**
 * The decade of a year: 1944 → 1940.
 * @example decadeOf(1944) // 1940
 */
export function decadeOf(year: number): number {
  return Math.floor(year / 10) * 10;
}

/**
 * The two documents to compare, without repeating one compared with itself.
 * @example pair("a", "b") // ["a", "b"]
 * @example pair("a", "a") // ["a"]
 */
export function pair(a: string, b: string): string[] {
  return a === b ? [a] : [a, b];
}

/**
 * Counts rows per document and key, zero-filled so that both documents share the same keys.
 * A row may fall under several keys (a list column) or none (`missing` then, if given).
 * @param keyOf the keys of a row
 * @param options.sort `"key"` (ascending: decades) or `"count"` (descending total: regions, methods)
 * @param options.missing the key of a row without keys, e.g. `"(none)"`; such rows are skipped without it
 * @example compareCounts([{document: "a", start_year: 1944}, {document: "b", start_year: 1956}], ["a", "b"], (d) => [decadeOf(d.start_year)])
 * // [{document: "a", key: 1940, count: 1}, {document: "a", key: 1950, count: 0}, {document: "b", key: 1940, count: 0}, {document: "b", key: 1950, count: 1}]
 */
export function compareCounts<T extends {document: string}>(rows: T[], documents: string[], keyOf: (row: T) => (string | number)[], {sort = "key", missing}: {sort?: "key" | "count"; missing?: string} = {}): CompareCount[] {
  const counts = new Map<string, Map<string | number, number>>(documents.map((d) => [d, new Map()]));
  const totals = new Map<string | number, number>();
  for (const row of rows) {
    const byKey = counts.get(row.document);
    if (!byKey) continue;
    let keys = [...new Set(keyOf(row).filter((k) => k !== "" && k != null && !(typeof k === "number" && Number.isNaN(k))))];
    if (!keys.length && missing !== undefined) keys = [missing];
    for (const key of keys) {
      byKey.set(key, (byKey.get(key) ?? 0) + 1);
      totals.set(key, (totals.get(key) ?? 0) + 1);
    }
  }
  const keys = [...totals.keys()].sort((a, b) =>
    sort === "count" ? totals.get(b)! - totals.get(a)! || String(a).localeCompare(String(b)) : typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b)),
  );
  return documents.flatMap((document) => keys.map((key) => ({document, key, count: counts.get(document)!.get(key) ?? 0})));
}

/**
 * Bars of counts per key, one panel per document, on shared scales.
 * @param data see {@link compareCounts}
 * @param options.documents the panels, in order
 * @param options.label what is counted, e.g. `"Interventions"`
 * @param options.keyLabel the key axis label, e.g. `"Decade"`
 * @param options.orientation `"vertical"` (keys along x: decades) or `"horizontal"` (keys along y: regions, methods)
 * @param options.keyFormat how a key reads on the axis
 * @example compareChart(counts, {width: 900, documents: ["a", "b"], label: "Interventions", keyLabel: "Decade", keyFormat: (d) => `${d}s`})
 */
export function compareChart(
  data: CompareCount[],
  {width = 640, documents = [...new Set(data.map((d) => d.document))], label = "Count", keyLabel = "", orientation = "vertical", keyFormat = String, ...options}:
    {width?: number; documents?: string[]; label?: string; keyLabel?: string; orientation?: "vertical" | "horizontal"; keyFormat?: (key: any) => string} & Plot.PlotOptions = {},
) {
  if (!data.length) return emptyChart(`Nothing to compare: neither document has ${label.toLowerCase()} to count.`);
  const keys = [...new Set(data.map((d) => d.key))];
  const ticks = countTicks(Math.max(0, ...data.map((d) => d.count)));
  const fx = {domain: documents, label: null, axis: "top" as const, tickFormat: (d: string) => d};
  const description = data.map((d) => `${d.document}, ${keyFormat(d.key)}: ${d.count}`).join("; ") || "Nothing to count.";
  const ariaLabel = `${label} per ${(keyLabel || "key").toLowerCase()}, one panel per document`;
  if (orientation === "horizontal") {
    const marginLeft = Math.min(220, 7 * Math.max(6, ...keys.map((k) => keyFormat(k).length)) + 10);
    return plot({
      width,
      height: Math.max(120, keys.length * 22 + 70),
      marginLeft,
      marginTop: 30,
      fx,
      x: {label, grid: true, tickFormat: "d", ticks, insetRight: 8},
      y: {label: null, domain: keys, tickFormat: keyFormat},
      ariaLabel,
      ariaDescription: description,
      marks: [
        Plot.frame({strokeOpacity: 0.1}),
        Plot.barX(data, {fx: "document", y: "key", x: "count", fill: "document", tip: {format: {fx: false, fill: false, y: keyFormat, x: "d"}}}),
        Plot.ruleX([0]),
      ],
      color: {domain: documents, range: ["#4269d0", "#efb118"]},
      ...options,
    });
  }
  return plot({
    width,
    height: 260,
    marginLeft: 40,
    marginTop: 30,
    fx,
    x: {label: keyLabel || null, type: "band", domain: keys, tickFormat: keyFormat, tickRotate: keys.length * documents.length > 24 ? -45 : 0},
    y: {label, grid: true, tickFormat: "d", ticks},
    ariaLabel,
    ariaDescription: description,
    marks: [
      Plot.frame({strokeOpacity: 0.1}),
      Plot.barY(data, {fx: "document", x: "key", y: "count", fill: "document", tip: {format: {fx: false, fill: false, x: keyFormat, y: "d"}}}),
      Plot.ruleY([0]),
    ],
    color: {domain: documents, range: ["#4269d0", "#efb118"]},
    ...options,
  });
}

/**
 * compare.csv's rows with the two documents' columns as `a` and `b`.
 * @example compareRows([{metric: "interventions", description: "…", x: 25, y: 0}], "x", "y") // [{metric: "interventions", description: "…", a: 25, b: 0}]
 */
export function compareRows(compare: Record<string, unknown>[], a: string, b: string) {
  return compare.map((r) => ({metric: r.metric, description: r.description, a: r[a] ?? null, b: r[b] ?? null}));
}

/** Present-day country names: countries.csv, else the event's own target names when they line up with its codes. */
function countryNames(countries: CountryRow[], events: EventRow[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const c of countries) if (!names.has(c.iso3)) names.set(c.iso3, String(c.name));
  for (const e of events) {
    const codes = splitList(e.target_iso3);
    const targets = splitList(e.target);
    if (codes.length === targets.length) codes.forEach((code, i) => names.has(code) || names.set(code, targets[i]));
  }
  return names;
}

/** What one document says about each target it names: its episodes, then its events by method. */
function saidBy(document: string, interventions: InterventionRow[], events: EventRow[]): Map<string, Said[]> {
  const said = new Map<string, Said[]>();
  const add = (iso3: string, item: Said) => {
    if (!said.has(iso3)) said.set(iso3, []);
    said.get(iso3)!.push(item);
  };
  for (const d of interventions.filter((d) => d.document === document).sort((x, y) => x.order - y.order)) {
    const methods = splitList(d.methods).join(", ");
    const text = `${rowName(d)} ${yearSpan(d.start_year, d.end_year)}${methods ? ` (${methods})` : ""}`;
    for (const iso3 of new Set(splitList(d.target_iso3))) add(iso3, {kind: "intervention", text, document, line: d.line});
  }
  // Events are many: one item per target and line, with the methods and years it gives.
  const grouped = new Map<string, {iso3: string; line: number; methods: Set<string>; years: Set<number>}>();
  for (const e of events.filter((e) => e.document === document)) {
    for (const iso3 of new Set(splitList(e.target_iso3))) {
      const id = JSON.stringify([iso3, e.line]);
      if (!grouped.has(id)) grouped.set(id, {iso3, line: e.line, methods: new Set(), years: new Set()});
      const g = grouped.get(id)!;
      if (e.method) g.methods.add(e.method);
      if (e.year != null) g.years.add(e.year);
    }
  }
  for (const g of [...grouped.values()].sort((x, y) => x.line - y.line)) {
    const years = [...g.years].sort((x, y) => x - y).join(", ");
    add(g.iso3, {kind: "event", text: `${[...g.methods].join(", ") || "event"}${years ? ` (${years})` : ""}`, document, line: g.line});
  }
  return said;
}

/**
 * The targets (alpha-3) that both documents name, in an intervention or an event, with
 * what each document says about them. Empty when `a` and `b` are the same document.
 * @example sharedTargets(interventions, events, countries, "soviet-involvement-in-regime-change", "soviet-union-in-world-war-ii").find((d) => d.iso3 === "FIN") // {iso3: "FIN", name: "Finland", a: [{kind: "intervention", text: "Finland 1939–1940 (invasion, annexation)", …}, …], b: [{kind: "event", text: "annexation", line: 9, …}]}
 */
export function sharedTargets(interventions: InterventionRow[], events: EventRow[], countries: CountryRow[], a: string, b: string): SharedTarget[] {
  if (a === b) return [];
  const saidA = saidBy(a, interventions, events);
  const saidB = saidBy(b, interventions, events);
  const names = countryNames(countries, events);
  return [...saidA.keys()]
    .filter((iso3) => saidB.has(iso3))
    .map((iso3) => ({iso3, name: names.get(iso3) ?? iso3, a: saidA.get(iso3)!, b: saidB.get(iso3)!}))
    .sort((x, y) => x.name.localeCompare(y.name));
}

/**
 * What a document says, linked to the Sources page: its episodes, then its events as
 * `events: L9 invasion (1939) · L12 annexation`, every item linked to its line.
 * @example saidLinks(shared[0].a)
 */
export function saidLinks(items: Said[]) {
  const episodes = items.filter((s) => s.kind === "intervention");
  const events = items.filter((s) => s.kind === "event");
  return html`<span class="said-links">${episodes.flatMap((s, i) => [i ? "; " : "", html`<a href=${sourceHref(s.document, s.line)}>${s.text}</a>`])}${
    events.length ? html`${episodes.length ? html`<br>` : ""}<span class="muted">events:</span> ${events.flatMap((s, i) => [i ? " · " : "", html`<a href=${sourceHref(s.document, s.line)}>L${s.line}</a>`, " ", s.text])}` : ""
  }</span>`;
}
