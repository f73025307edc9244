/**
 * The Compare page: any number of documents on the same scales — interventions per decade,
 * region and method, events per method, the metrics of compare.csv, and the targets they
 * share with what each says about them.
 */
import * as Plot from "@observablehq/plot";
import {html} from "htl";
import {rowName, splitList} from "./data.js";
import type {CountryRow, InterventionRow} from "./mapChart.js";
import {documentScale, rankDocuments, titleOf, type DocumentRow} from "./documents.js";
import {formatYear, integerTicks, yearSpan} from "./format.js";
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
 * Counts per key of several documents on one scale. Decades (`orientation: "vertical"`): one
 * panel per document on a shared time axis (a decade is a bar from its first year to the
 * next). Regions, methods (`"horizontal"`): one group of bars per key, a bar per document side
 * by side, so that what each says about one key reads together. Documents in their corpus
 * colours, named by title.
 * @param data see {@link compareCounts}
 * @param options.documents the documents to draw (slugs), in order
 * @param options.corpus documents.csv rows: the titles and colours
 * @param options.label what is counted, e.g. `"Interventions"`
 * @param options.keyLabel the key axis label, e.g. `"Decade"`
 * @param options.orientation `"vertical"` (decades) or `"horizontal"` (regions, methods)
 * @param options.keyFormat how a key reads on the axis
 * @example compareChart(counts, {width: 900, documents: ["a", "b"], corpus: documents, label: "Interventions", keyLabel: "Decade", keyFormat: formatDecade})
 */
export function compareChart(
  data: CompareCount[],
  {width = 640, documents = [...new Set(data.map((d) => d.document))], corpus = documents.map((document) => ({document})), label = "Count", keyLabel = "", orientation = "vertical", keyFormat = String, ...options}:
    {width?: number; documents?: string[]; corpus?: DocumentRow[]; label?: string; keyLabel?: string; orientation?: "vertical" | "horizontal"; keyFormat?: (key: any) => string} & Plot.PlotOptions = {},
) {
  if (!data.some((d) => d.count > 0)) return emptyChart(`Nothing to compare: none of these documents has ${label.toLowerCase()} to count.`);
  const title = titleOf(corpus);
  const rows = data.map((d) => ({...d, title: title(d.document), shown: keyFormat(d.key)}));
  const max = Math.max(0, ...data.map((d) => d.count));
  const color = documentScale(corpus, documents);
  const description = rows.filter((d) => d.count).map((d) => `${d.title}, ${d.shown}: ${d.count}`).join("; ");
  const ariaLabel = `${label} per ${(keyLabel || "key").toLowerCase()}, by document`;
  if (orientation === "horizontal") {
    const keys = [...new Set(data.map((d) => d.key))];
    const marginLeft = Math.min(Math.round(width * 0.4), 7 * Math.max(6, ...keys.map((k) => keyFormat(k).length)) + 12);
    const bar = documents.length > 3 ? 9 : 13;
    return plot({
      width,
      height: keys.length * (documents.length * bar + 10) + 60,
      marginLeft,
      marginRight: 16,
      fy: {domain: keys, label: null, tickFormat: keyFormat, axis: "left", padding: 0.15},
      y: {domain: documents, axis: null, padding: 0.05},
      x: {label, grid: true, ticks: integerTicks(max), tickFormat: "d", insetRight: 8},
      color,
      ariaLabel,
      ariaDescription: description || "Nothing to count.",
      marks: [
        Plot.barX(rows, {fy: "key", y: "document", x: "count", fill: "document", channels: {Document: "title", [keyLabel || "Key"]: "shown"}, tip: {format: {fy: false, y: false, fill: false, x: "d"}}}),
        Plot.ruleX([0]),
      ],
      ...options,
    });
  }
  // Decades: a panel per document on one time axis.
  const decades = data.map((d) => Number(d.key));
  const domain = [Math.min(...decades), Math.max(...decades) + 10];
  return plot({
    width,
    height: documents.length * 80 + 50,
    marginLeft: 44,
    marginRight: 16,
    fy: {domain: documents, label: null, axis: null, padding: 0.25},
    x: {label: keyLabel || null, domain, tickFormat: keyFormat, ticks: Math.max(2, Math.floor(width / 110))},
    y: {label, grid: true, ticks: integerTicks(max, 3), tickFormat: "d"},
    color,
    ariaLabel,
    ariaDescription: description || "Nothing to count.",
    marks: [
      Plot.frame({strokeOpacity: 0.1}),
      Plot.rect(rows.filter((d) => d.count > 0), {fy: "document", x1: (d: CompareCount) => Number(d.key), x2: (d: CompareCount) => Number(d.key) + 10, y1: 0, y2: "count", fill: "document", insetLeft: 0.5, insetRight: 0.5, channels: {Document: "title", [keyLabel || "Key"]: "shown"}, tip: {format: {fy: false, x1: false, x2: false, y1: false, y2: false, fill: false}}}),
      // Each panel named by its document, in its colour.
      Plot.text(documents, {fy: (d: string) => d, text: (d: string) => title(d), frameAnchor: "top-left", dx: 4, dy: 2, fill: "currentColor", fontWeight: "bold"}),
      Plot.ruleY([0]),
    ],
    ...options,
  });
}

/**
 * The documents the Compare page opens on: those a hash names (`#a,b`: a link from the
 * Overview names one, and the page adds the document with the most intervention rows
 * besides), else the two with the most intervention rows.
 * @example defaultSelection([{document: "a", interventions: 0}, {document: "b", interventions: 3}, {document: "c", interventions: 9}], "") // ["c", "b"]
 * @example defaultSelection([{document: "a", interventions: 0}, {document: "b", interventions: 3}, {document: "c", interventions: 9}], "#a") // ["a", "c"]
 */
export function defaultSelection(documents: DocumentRow[], hash: string): string[] {
  const ranked = rankDocuments(documents).map((d) => d.document);
  let named: string[] = [];
  try {
    named = decodeURIComponent(hash.replace(/^#/, "")).split(",").filter((slug) => ranked.includes(slug));
  } catch {
    named = [];
  }
  const picked = [...new Set(named)];
  for (const slug of ranked) if (picked.length < 2 && !picked.includes(slug)) picked.push(slug);
  return picked;
}

/**
 * compare.csv's rows with the chosen documents' columns (years written as years).
 * @example compareTable([{metric: "first_year", description: "…", a: -2500, b: 1921, c: 3}], ["a", "b"]) // [{metric: "first_year", description: "…", a: "2500 BCE", b: "1921"}]
 */
export function compareTable(compare: Record<string, unknown>[], documents: string[]) {
  return compare.map((r) => {
    const year = /(^|_)year$/.test(String(r.metric));
    return Object.fromEntries([["metric", r.metric], ["description", r.description], ...documents.map((slug) => [slug, r[slug] == null ? null : year ? formatYear(Number(r[slug])) : r[slug]])]);
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
    const years = [...g.years].sort((x, y) => x - y).map(formatYear).join(", ");
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

/** A target (present-day country) that two or more of the chosen documents name. */
export interface TargetShared {
  iso3: string;
  name: string;
  /** How many of the chosen documents name it. */
  documents: number;
  /** What each document says about it (empty for one that does not name it). */
  said: Record<string, Said[]>;
}

/**
 * The targets (alpha-3) that at least two of the chosen documents name, in an intervention or
 * an event, with what each says about them: most widely shared first, then by name.
 * @example sharedAmong(interventions, events, countries, ["a", "b", "c"])[0] // {iso3: "FIN", name: "Finland", documents: 3, said: {a: […], b: […], c: […]}}
 */
export function sharedAmong(interventions: InterventionRow[], events: EventRow[], countries: CountryRow[], documents: string[]): TargetShared[] {
  const slugs = [...new Set(documents)];
  if (slugs.length < 2) return [];
  const said = new Map(slugs.map((slug) => [slug, saidBy(slug, interventions, events)]));
  const names = countryNames(countries, events);
  const codes = new Set(slugs.flatMap((slug) => [...said.get(slug)!.keys()]));
  return [...codes]
    .map((iso3) => ({iso3, name: names.get(iso3) ?? iso3, documents: slugs.filter((slug) => said.get(slug)!.has(iso3)).length, said: Object.fromEntries(slugs.map((slug) => [slug, said.get(slug)!.get(iso3) ?? []]))}))
    .filter((d) => d.documents >= 2)
    .sort((x, y) => y.documents - x.documents || x.name.localeCompare(y.name));
}

/**
 * What a document says, linked to the Sources page: its episodes, then its events as
 * `events: L9 invasion (1939) · L12 annexation`, every item linked to its line.
 * @example saidLinks(shared[0].a)
 */
export function saidLinks(items: Said[]) {
  const episodes = items.filter((s) => s.kind === "intervention");
  const events = items.filter((s) => s.kind === "event");
  return html`<span class="said-links">${episodes.flatMap((s, i) => [i ? "; " : "", html`<a class="episode-link" href=${sourceHref(s.document, s.line)}>${s.text}</a>`])}${
    events.length ? html`${episodes.length ? html`<br>` : ""}<span class="muted">events:</span> ${events.flatMap((s, i) => [i ? " · " : "", html`<a class="event-link" href=${sourceHref(s.document, s.line)}>L${s.line}</a>`, " ", s.text])}` : ""
  }</span>`;
}
