/**
 * Figures: ranges per intervention, the biggest numbers, and sentences with the number marked.
 */
import * as Plot from "@observablehq/plot";
import {html} from "htl";
import {emptyChart, plot} from "./plot.js";
import type {Figure} from "../../loaders/types.ts";
import {sourceHref} from "./sourceView.js";
import {rowName, type InterventionRow} from "./data.js";
import {titleOf, type DocumentRow} from "./documents.js";
import {yearSpan} from "./format.js";

/** A row of figures.csv. */
// The same shape as the loaders' Figure: figures.csv has exactly its columns.
export type FigureRow = Figure;


/** Figure categories drawn together on one chart. */
export const FIGURE_GROUPS: Record<string, string[]> = {
  troops: ["military_personnel"],
  casualties: ["casualties", "killed", "wounded", "missing", "prisoners"],
  displaced: ["refugees", "deported", "imprisoned", "executed", "tried"],
};

/** How sure the text is, for the legend: exact, hedged (about…), or a bound (more than…, fewer than…). */
export function certainty(d: Pick<FigureRow, "approx" | "bound">): string {
  if (d.bound === "lower") return "at least (lower bound)";
  if (d.bound === "upper") return "at most (upper bound)";
  return d.approx ? "hedged (about, some…)" : "exact";
}

/** Formats a count with thousands separators; ranges as `low–high`. */
export function formatRange(d: Pick<FigureRow, "low" | "high" | "unit">): string {
  const f = (n: number) => (d.unit === "usd" ? `$${n.toLocaleString("en-US")}` : n.toLocaleString("en-US"));
  const value = d.low === d.high ? f(d.low) : `${f(d.low)}–${f(d.high)}`;
  return d.unit === "percent" ? `${value}%` : d.unit === "usd" || d.unit === "persons" ? value : `${value} ${d.unit}`;
}

/**
 * The label of a figure's intervention: its place (or title) and years, or "Introduction" for
 * text before the first dated section. A long name is shortened to `max` characters; the years
 * are always whole.
 * @example interventionLabel({document: "a", order: 0}, new Map()) // "Introduction"
 */
export function interventionLabel(figure: Pick<FigureRow, "document" | "order">, byKey: Map<string, InterventionRow>, max = 40): string {
  if (!figure.order) return "Introduction";
  const i = byKey.get(`${figure.document}:${figure.order}`);
  return i ? `${rowName(i, max)} ${yearSpan(i.start_year, i.end_year)}` : `Section ${figure.order}`;
}

/**
 * Low–high ranges of one group of figures (persons), on a log scale: one line per intervention
 * (and one for each document's introduction), under a heading per document. Exact values are
 * filled dots, hedged ones hollow; ranges are bars; bounds carry an arrow pointing the way the
 * true value may lie. The tip names the document and the intervention.
 * @param figures rows of figures.csv
 * @param interventions rows of interventions.csv, to label each line with its place and years
 * @param options.group a key of FIGURE_GROUPS
 * @param options.documents documents.csv rows: the titles and the order of the headings
 * @example figureRangeChart(figures, interventions, {width: 800, group: "troops", documents})
 */
export function figureRangeChart(
  figures: FigureRow[],
  interventions: InterventionRow[],
  {width = 640, group = "troops", documents = [...new Set(figures.map((d) => d.document))].map((document) => ({document})), ...options}:
    {width?: number; group?: string; documents?: DocumentRow[]} & Plot.PlotOptions = {},
) {
  const byKey = new Map(interventions.map((i) => [`${i.document}:${i.order}`, i]));
  const title = titleOf(documents);
  const marginLeft = Math.min(Math.round(width * 0.42), 240);
  const chars = Math.floor(marginLeft / 6.5);
  const rows = figures
    .filter((d) => d.unit === "persons" && FIGURE_GROUPS[group].includes(d.category) && d.high > 0)
    .map((d) => ({...d, row: `${d.document}:${d.order}`, intervention: interventionLabel(d, byKey), short: interventionLabel(d, byKey, Math.max(8, chars - 12)), documentTitle: title(d.document), certainty: certainty(d)}));
  if (!rows.length) return emptyChart(`No ${group} figure stated in persons in these documents.`);
  // Lines: each document's heading, then its interventions in document order.
  const slugs = [...new Set([...documents.map((d) => d.document), ...rows.map((d) => d.document)])].filter((slug) => rows.some((d) => d.document === slug));
  const lines: {key: string; label: string; heading: boolean}[] = [];
  for (const slug of slugs) {
    lines.push({key: `doc:${slug}`, label: title(slug), heading: true});
    const mine = rows.filter((d) => d.document === slug).sort((a, b) => a.order - b.order);
    for (const key of new Set(mine.map((d) => d.row))) lines.push({key, label: mine.find((d) => d.row === key)!.short, heading: false});
  }
  const label = new Map(lines.map((l) => [l.key, l.label]));
  const bounded = rows.filter((d) => d.bound !== "exact");
  const chart = plot({
    width,
    height: Math.max(90, lines.length * 24 + 60),
    marginLeft,
    x: {type: "log", label: "persons (log scale)", grid: true, ticks: 6, tickFormat: "~s"},
    y: {domain: lines.map((l) => l.key), label: null, tickSize: 0, tickFormat: (key: string) => {
      const text = label.get(key) ?? key;
      return text.length > chars ? `${text.slice(0, chars - 1)}…` : text;
    }},
    color: {legend: true, domain: FIGURE_GROUPS[group], label: "Category"},
    symbol: {legend: true, domain: ["exact", "hedged (about, some…)", "at least (lower bound)", "at most (upper bound)"], range: ["circle", "diamond2", "triangle2", "triangle2"]},
    ariaLabel: `Stated ${group} figures per intervention, by document`,
    ariaDescription: rows.map((d) => `${d.documentTitle}, ${d.intervention}: ${formatRange(d)} ${d.category} (${d.certainty})`).join("; "),
    marks: [
      Plot.ruleY(rows.filter((d) => d.low !== d.high), {y: "row", x1: "low", x2: "high", stroke: "category", strokeWidth: 4, strokeOpacity: (d: FigureRow) => (d.approx ? 0.45 : 0.9)}),
      Plot.link(bounded, {
        y: "row",
        x1: "high",
        x2: (d: FigureRow) => (d.bound === "lower" ? d.high * 2.5 : d.high / 2.5),
        stroke: "category",
        strokeDasharray: "3,2",
        markerEnd: "arrow",
      }),
      // Exact values: filled dots. Hedged or bounded: hollow symbols (two marks, because a
      // mixed fill channel would drop the hollow ones).
      Plot.dot(rows.filter((d) => d.low === d.high && !d.approx && d.bound === "exact"), {y: "row", x: "high", fill: "category", symbol: "certainty", r: 5}),
      Plot.dot(rows.filter((d) => d.approx || d.bound !== "exact"), {y: "row", x: "high", stroke: "category", fill: "none", symbol: "certainty", r: 6, strokeWidth: 2}),
      Plot.tip(rows, Plot.pointer({y: "row", x: "high", title: (d: (typeof rows)[number]) => `${d.documentTitle}\n${d.intervention}\n${formatRange(d)} ${d.category.replace(/_/g, " ")}\n${d.certainty}\n“${d.quote}”`})),
    ],
    ...options,
  });
  const ticks = chart.querySelectorAll("g[aria-label='y-axis tick label'] text");
  lines.forEach((l, i) => l.heading && ticks[i]?.setAttribute("font-weight", "bold"));
  return chart;
}

/**
 * The largest stated figure of each kind, for the overview's cards: troops, killed or
 * casualties, refugees or deported, money. Compares by the high end of the range.
 * @example biggestFigures(figures).map((d) => d.title) // ["Largest troop figure", …]
 */
export function biggestFigures(figures: FigureRow[]) {
  const kinds: [string, (d: FigureRow) => boolean][] = [
    ["Largest troop figure", (d) => d.unit === "persons" && d.category === "military_personnel"],
    ["Largest casualty figure", (d) => d.unit === "persons" && ["casualties", "killed", "wounded", "missing"].includes(d.category)],
    ["Largest displacement figure", (d) => d.unit === "persons" && ["refugees", "deported"].includes(d.category)],
    ["Largest sum of money", (d) => d.unit === "usd"],
  ];
  return kinds.flatMap(([title, test]) => {
    const best = figures.filter(test).sort((a, b) => b.high - a.high || a.id.localeCompare(b.id))[0];
    return best ? [{title, figure: best}] : [];
  });
}

/**
 * A card for one big figure: the value, its quote, its document and a link to its sentence.
 * @param documentTitle the title of a document by slug (see titleOf)
 * @example figureCard(biggestFigures(figures)[0], titleOf(documents))
 */
export function figureCard({title, figure}: {title: string; figure: FigureRow}, documentTitle: (slug: string) => string = String) {
  return html`<div class="card">
    <h2>${title}</h2>
    <span class="big-number">${figure.approx || figure.bound !== "exact" ? "~" : ""}${formatRange(figure)}</span>
    <p class="muted">“${figure.quote}” — ${figure.category.replace(/_/g, " ")}, <cite>${documentTitle(figure.document)}</cite>, <a href=${sourceHref(figure.document, figure.line, figure.id)}>line ${figure.line}</a></p>
  </div>`;
}

/**
 * A figure's sentence with its quote marked (text stays text).
 * @example sentenceWithQuote({sentence: "It sent 1,000 troops.", quote: "1,000 troops"})
 */
export function sentenceWithQuote(d: Pick<FigureRow, "sentence" | "quote">) {
  const at = d.sentence.indexOf(d.quote);
  if (at === -1) return html`<span>${d.sentence}</span>`;
  return html`<span>${d.sentence.slice(0, at)}<mark class="evidence">${d.quote}</mark>${d.sentence.slice(at + d.quote.length)}</span>`;
}
