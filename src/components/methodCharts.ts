/**
 * The Methods page: method labels per period and per decade, which methods go together,
 * and the cue phrases behind each label.
 */
import * as Plot from "@observablehq/plot";
import {html} from "htl";
import {splitList} from "./data.js";
import {emptyChart, plot} from "./plot.js";
import {formatDecade, integerTicks} from "./format.js";
import type {MethodCue} from "../../loaders/types.ts";

/** A row of method_periods.csv. */
export interface MethodPeriodRow {
  document: string;
  period: string;
  decade: number;
  method: string;
  interventions: number;
}

/** A row of method_cues.csv. */
// method_cues.csv has exactly the columns of the loaders' MethodCue.
export type MethodCueRow = MethodCue;

/** A cell of the co-occurrence matrix: interventions labelled with both methods. */
export interface CooccurrenceCell {
  a: string;
  b: string;
  interventions: number;
}

/** The cue a `#<document>:<order>:<method>:<start>` hash names (or, without the start, an intervention's cues of one method). */
export interface CueTarget {
  document: string;
  order: number;
  method: string;
  /** The cue's offset in the text: with it, the hash names exactly one cue. */
  start?: number;
}

/**
 * Shortens a label to `max` characters with an ellipsis (long period headings as ticks).
 * @example shortLabel("1941–1949: World War II, formation of East Bloc", 20) // "1941–1949: World Wa…"
 */
export function shortLabel(text: unknown, max = 32): string {
  const s = String(text ?? "");
  return s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s;
}

/**
 * How many ticks an axis of counts from 0 to `max` should ask for, so that every tick is a
 * whole number (a count of 3 gets 0, 1, 2, 3, not 0, 0.5, 1 …).
 * @example countTicks(3) // 3
 * @example countTicks(40) // 8
 */
export function countTicks(max: number): number {
  return Math.max(1, Math.min(8, Math.ceil(Number.isFinite(max) ? max : 1)));
}

/**
 * Sums `interventions` over rows that share the given keys (method_periods.csv has one row
 * per period, decade and method; a chart per period sums the decades).
 * @example sumBy([{period: "p", method: "coup", interventions: 1}, {period: "p", method: "coup", interventions: 2}], ["period", "method"]) // [{period: "p", method: "coup", interventions: 3}]
 */
export function sumBy<K extends string>(rows: ({[key in K]: unknown} & {interventions: number})[], keys: K[]): ({[key in K]: unknown} & {interventions: number})[] {
  const sums = new Map<string, {[key in K]: unknown} & {interventions: number}>();
  for (const row of rows) {
    const id = JSON.stringify(keys.map((k) => row[k]));
    const sum = sums.get(id) ?? (Object.fromEntries([...keys.map((k) => [k, row[k]]), ["interventions", 0]]) as {[key in K]: unknown} & {interventions: number});
    sum.interventions += Number(row.interventions) || 0;
    sums.set(id, sum);
  }
  return [...sums.values()];
}

/**
 * How many interventions carry each pair of methods (the diagonal: each method alone),
 * every pair of `methods` included, zeros too.
 * @param interventions rows with a `;`-separated `methods` column
 * @param methods the methods, in display order
 * @example cooccurrence([{methods: "invasion;coup"}, {methods: "invasion"}], ["invasion", "coup"]) // [{a: "invasion", b: "invasion", interventions: 2}, {a: "invasion", b: "coup", interventions: 1}, {a: "coup", b: "invasion", interventions: 1}, {a: "coup", b: "coup", interventions: 1}]
 */
export function cooccurrence(interventions: {methods?: string | null}[], methods: string[]): CooccurrenceCell[] {
  const labels = interventions.map((d) => new Set(splitList(d.methods)));
  return methods.flatMap((a) => methods.map((b) => ({a, b, interventions: labels.filter((s) => s.has(a) && s.has(b)).length})));
}

/**
 * Reads a method-cue link's hash, `#<document>:<order>:<method>:<start>` (the Sources page
 * links each highlighted cue so: see cueId) or `#<document>:<order>:<method>`; null for any
 * other hash.
 * @example parseCueHash("#soviet-involvement-in-regime-change:4:covert:5120") // {document: "soviet-involvement-in-regime-change", order: 4, method: "covert", start: 5120}
 * @example parseCueHash("#soviet-involvement-in-regime-change:4:covert") // {document: "soviet-involvement-in-regime-change", order: 4, method: "covert"}
 * @example parseCueHash("#cues") // null
 */
export function parseCueHash(hash: string): CueTarget | null {
  let text: string;
  try {
    text = decodeURIComponent(hash.replace(/^#/, ""));
  } catch {
    return null;
  }
  const full = /^(.+):(\d+):([^:]+):(\d+)$/.exec(text);
  if (full) return {document: full[1], order: Number(full[2]), method: full[3], start: Number(full[4])};
  const match = /^(.+):(\d+):([^:]+)$/.exec(text);
  return match ? {document: match[1], order: Number(match[2]), method: match[3]} : null;
}

/**
 * The cues of a document, optionally of one method and one intervention.
 * @example filterCues(cues, {document: "soviet-involvement-in-regime-change", method: "coup", order: 2})
 */
export function filterCues(cues: MethodCueRow[], {document, method, order}: {document: string; method?: string | null; order?: number | null}): MethodCueRow[] {
  return cues.filter((c) => c.document === document && (method == null || c.method === method) && (order == null || c.order === order));
}

/**
 * A cue's sentence with its quote highlighted (text only, never parsed as HTML).
 * @example highlightQuote("They invaded Mongolia.", "invaded") // <span>They <mark>invaded</mark> Mongolia.</span>
 */
export function highlightQuote(sentence: unknown, quote: unknown) {
  const s = String(sentence ?? "");
  const q = String(quote ?? "");
  const at = q ? s.indexOf(q) : -1;
  if (at < 0) return html`<span class="cue-sentence">${s}</span>`;
  return html`<span class="cue-sentence">${s.slice(0, at)}<mark class="evidence method">${q}</mark>${s.slice(at + q.length)}</span>`;
}

/** Colour and order of methods shared by every chart of a page. */
function methodColor(methods: string[]) {
  return {legend: true, label: "Method", domain: methods, scheme: "tableau10"} as const;
}

/**
 * Method labels per period, stacked by method (an intervention with two methods counts
 * under both). Long period headings are shortened; the tooltip gives them whole.
 * @param data rows of method_periods.csv (one document)
 * @param options.methods the methods, in legend order
 * @example methodPeriodChart(methodPeriods, {width: 800, methods: ["invasion", "coup"]})
 */
export function methodPeriodChart(data: MethodPeriodRow[], {width = 640, methods = [...new Set(data.map((d) => d.method))], ...options}: {width?: number; methods?: string[]} & Plot.PlotOptions = {}) {
  if (!data.length) return emptyChart();
  const rows = sumBy(data, ["period", "method"]) as {period: string; method: string; interventions: number}[];
  const periods = [...new Set(data.map((d) => d.period))];
  const max = Math.max(0, ...(sumBy(data, ["period"]) as {interventions: number}[]).map((d) => d.interventions));
  const label = Math.max(16, Math.min(48, Math.round(width / 22)));
  return plot({
    width,
    height: Math.max(110, periods.length * 44 + 70),
    marginLeft: Math.min(Math.round(width * 0.4), 7 * Math.max(8, ...periods.map((p) => shortLabel(p, label).length))),
    x: {label: "Interventions labelled", grid: true, tickFormat: "d", ticks: integerTicks(max)},
    y: {label: null, domain: periods, tickFormat: (p: string) => shortLabel(p, label)},
    color: methodColor(methods),
    ariaLabel: "Method labels per period, stacked by method",
    ariaDescription: rows.map((d) => `${d.period}: ${d.method} ${d.interventions}`).join("; "),
    marks: [
      Plot.barX(rows, {y: "period", x: "interventions", fill: "method", order: methods, tip: {format: {y: true, x: "d", fill: true}}}),
      Plot.ruleX([0]),
    ],
    ...options,
  });
}

/**
 * Method labels per decade (of each intervention's start year), stacked by method, on a
 * continuous time axis (a document may span centuries).
 * @param data rows of method_periods.csv (one document)
 * @example methodDecadeChart(methodPeriods, {width: 800, methods: ["invasion", "coup"]})
 */
export function methodDecadeChart(data: MethodPeriodRow[], {width = 640, methods = [...new Set(data.map((d) => d.method))], ...options}: {width?: number; methods?: string[]} & Plot.PlotOptions = {}) {
  if (!data.length) return emptyChart();
  const sums = sumBy(data, ["decade", "method"]) as {decade: number; method: string; interventions: number}[];
  const rank = new Map(methods.map((m, i) => [m, i]));
  const tops = new Map<number, number>();
  const rows = sums
    .filter((d) => d.interventions > 0)
    .sort((a, b) => a.decade - b.decade || (rank.get(a.method) ?? 1e9) - (rank.get(b.method) ?? 1e9))
    .map((d) => {
      const y1 = tops.get(d.decade) ?? 0;
      tops.set(d.decade, y1 + d.interventions);
      return {...d, next: d.decade + 10, y1, y2: y1 + d.interventions, Decade: formatDecade(d.decade)};
    });
  const max = Math.max(1, ...tops.values());
  const decades = rows.map((d) => d.decade);
  return plot({
    width,
    height: 280,
    marginLeft: 44,
    marginRight: 16,
    x: {label: "Decade", domain: [Math.min(...decades), Math.max(...decades) + 10], tickFormat: formatDecade, ticks: Math.max(2, Math.floor(width / 110))},
    y: {label: "Interventions labelled", grid: true, tickFormat: "d", ticks: integerTicks(max)},
    color: methodColor(methods),
    ariaLabel: "Method labels per decade, stacked by method",
    ariaDescription: rows.map((d) => `${d.Decade}: ${d.method} ${d.interventions}`).join("; "),
    marks: [
      Plot.rect(rows, {x1: "decade", x2: "next", y1: "y1", y2: "y2", fill: "method", insetLeft: 0.5, insetRight: 0.5, channels: {Decade: "Decade", Interventions: "interventions"}, tip: {format: {x1: false, x2: false, y1: false, y2: false, fill: true}}}),
      Plot.ruleY([0]),
    ],
    ...options,
  });
}

/**
 * The method co-occurrence matrix: one cell per pair of methods, shaded and labelled with
 * how many interventions carry both (the diagonal: all interventions with that method).
 * @param cells see {@link cooccurrence}
 * @example cooccurrenceChart(cooccurrence(interventions, methods), {width: 480})
 */
export function cooccurrenceChart(cells: CooccurrenceCell[], {width = 480, ...options}: {width?: number} & Plot.PlotOptions = {}) {
  const methods = [...new Set(cells.map((d) => d.a))];
  const max = Math.max(1, ...cells.map((d) => d.interventions));
  const marginLeft = 7 * Math.max(6, ...methods.map((m) => m.length)) + 10;
  const size = Math.max(260, Math.min(width, 560));
  return plot({
    width: size,
    height: size - marginLeft + 100,
    marginLeft,
    marginBottom: 80,
    x: {label: null, domain: methods, tickRotate: -35},
    y: {label: null, domain: methods},
    color: {type: "linear", scheme: "oranges", domain: [0, max], legend: true, label: "Interventions with both methods", tickFormat: "d", ticks: integerTicks(max)},
    ariaLabel: "Method co-occurrence matrix",
    ariaDescription: cells.filter((d) => d.interventions > 0).map((d) => `${d.a} and ${d.b}: ${d.interventions}`).join("; ") || "No intervention carries a method label.",
    marks: [
      Plot.cell(cells, {x: "a", y: "b", fill: "interventions", inset: 0.5, tip: {format: {x: true, y: true, fill: "d"}}, className: "cooccurrence"} as any),
      // Dark text on light cells, white on dark ones.
      Plot.text(cells, {x: "a", y: "b", text: (d: CooccurrenceCell) => String(d.interventions), filter: (d: CooccurrenceCell) => d.interventions <= max * 0.55, fill: "black", pointerEvents: "none"} as any),
      Plot.text(cells, {x: "a", y: "b", text: (d: CooccurrenceCell) => String(d.interventions), filter: (d: CooccurrenceCell) => d.interventions > max * 0.55, fill: "white", pointerEvents: "none"} as any),
    ],
    ...options,
  });
}
