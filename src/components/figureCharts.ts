/**
 * Figures: ranges per intervention, the biggest numbers, and sentences with the number marked.
 */
import * as Plot from "@observablehq/plot";
import {html} from "htl";
import {emptyChart, plot} from "./plot.js";
import type {Figure} from "../../loaders/types.ts";
import {sourceHref} from "./sourceView.js";
import {rowName, type InterventionRow} from "./data.js";

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
 * Low–high ranges of one group of figures (persons), one row per intervention, on a log
 * scale. Exact values are filled dots, hedged ones hollow; ranges are bars; bounds carry an
 * arrow pointing the way the true value may lie.
 * @param figures rows of figures.csv
 * @param interventions rows of interventions.csv, to label each row with its place and year
 * @param options.group a key of FIGURE_GROUPS
 * @example figureRangeChart(figures, interventions, {width: 800, group: "troops"})
 */
export function figureRangeChart(
  figures: FigureRow[],
  interventions: InterventionRow[],
  {width = 640, group = "troops", ...options}: {width?: number; group?: string} & Plot.PlotOptions = {},
) {
  const label = new Map(interventions.map((i) => [`${i.document}:${i.order}`, `${rowName(i)} ${i.start_year}`]));
  const rows = figures
    .filter((d) => d.unit === "persons" && FIGURE_GROUPS[group].includes(d.category) && d.high > 0)
    .map((d) => ({...d, row: d.order ? label.get(`${d.document}:${d.order}`) ?? `§${d.order}` : "introduction", certainty: certainty(d)}));
  if (!rows.length) return emptyChart(`No ${group} figure stated in persons in these documents.`);
  const domain = [...new Set(rows.map((d) => d.row))];
  const bounded = rows.filter((d) => d.bound !== "exact");
  return plot({
    width,
    height: Math.max(90, domain.length * 26 + 60),
    marginLeft: Math.min(200, 7 * Math.max(6, ...domain.map((d) => d.length))),
    x: {type: "log", label: "persons (log scale)", grid: true, ticks: 6, tickFormat: "~s"},
    y: {domain, label: null},
    color: {legend: true, domain: FIGURE_GROUPS[group], label: "Category"},
    symbol: {legend: true, domain: ["exact", "hedged (about, some…)", "at least (lower bound)", "at most (upper bound)"], range: ["circle", "diamond2", "triangle2", "triangle2"]},
    ariaLabel: `Stated ${group} figures per intervention`,
    ariaDescription: rows.map((d) => `${d.row}: ${formatRange(d)} ${d.category} (${d.certainty})`).join("; "),
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
      Plot.tip(rows, Plot.pointer({y: "row", x: "high", title: (d: FigureRow & {row: string; certainty: string}) => `${d.row}\n${formatRange(d)} ${d.category}\n${d.certainty}\n“${d.quote}”`})),
    ],
    ...options,
  });
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
 * A card for one big figure: the value, its quote and a link to its sentence.
 * @example figureCard(biggestFigures(figures)[0])
 */
export function figureCard({title, figure}: {title: string; figure: FigureRow}) {
  return html`<div class="card">
    <h2>${title}</h2>
    <span class="big-number">${figure.approx || figure.bound !== "exact" ? "~" : ""}${formatRange(figure)}</span>
    <p class="muted">“${figure.quote}” — ${figure.category.replace(/_/g, " ")}, <a href=${sourceHref(figure.document, figure.line, figure.id)}>line ${figure.line}</a></p>
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
