/**
 * Interventions per decade, one colour per document, on a continuous time axis (a corpus can
 * reach from 3100 BCE to today: one band per decade would not fit).
 */
import * as Plot from "@observablehq/plot";
import {documentScale, titleOf, type DocumentRow} from "./documents.js";
import {decadeAxis, formatDecade, integerTicks} from "./format.js";
import {emptyChart, plot} from "./plot.js";

/** A row of decades.csv. */
export interface DecadeRow {
  document: string;
  decade: number;
  started: number;
  active: number;
}

/** A decade's bar of one document, stacked on the documents before it. */
export interface StackedDecade {
  document: string;
  title: string;
  decade: number;
  /** The decade's end (decade + 10), for the bar's right edge. */
  next: number;
  count: number;
  y1: number;
  y2: number;
}

/**
 * Stacks each decade's counts by document, in the order of `documents` (zero counts dropped).
 * @example stackDecades([{document: "a", decade: 1920, started: 2, active: 2}, {document: "b", decade: 1920, started: 1, active: 3}], "started", [{document: "a"}, {document: "b"}])
 * // [{document: "a", title: "a", decade: 1920, next: 1930, count: 2, y1: 0, y2: 2}, {document: "b", title: "b", decade: 1920, next: 1930, count: 1, y1: 2, y2: 3}]
 */
export function stackDecades(data: DecadeRow[], measure: "started" | "active", documents: DocumentRow[]): StackedDecade[] {
  const order = new Map(documents.map((d, i) => [d.document, i]));
  const title = titleOf(documents);
  const rows = data.filter((d) => d[measure] > 0).sort((a, b) => a.decade - b.decade || (order.get(a.document) ?? 1e9) - (order.get(b.document) ?? 1e9));
  const tops = new Map<number, number>();
  return rows.map((d) => {
    const y1 = tops.get(d.decade) ?? 0;
    tops.set(d.decade, y1 + d[measure]);
    return {document: d.document, title: title(d.document), decade: d.decade, next: d.decade + 10, count: d[measure], y1, y2: y1 + d[measure]};
  });
}

/**
 * Bars of interventions per decade, stacked by document (each in its corpus colour).
 * @param data rows of decades.csv
 * @param options.width chart width in pixels
 * @param options.measure `"started"` (by start year) or `"active"` (every decade an episode spans)
 * @param options.documents documents.csv rows: the titles and colours
 * @example decadeChart(decades, {width: 640, measure: "active", documents})
 */
export function decadeChart(
  data: DecadeRow[],
  {width = 640, measure = "started", documents = [...new Set(data.map((d) => d.document))].map((document) => ({document})), ...options}:
    {width?: number; measure?: "started" | "active"; documents?: DocumentRow[]} & Plot.PlotOptions = {},
) {
  const rows = stackDecades(data, measure, documents);
  if (!rows.length) return emptyChart();
  const label = measure === "started" ? "Interventions started" : "Interventions active";
  const max = Math.max(...rows.map((d) => d.y2));
  const shown = documents.map((d) => d.document).filter((slug) => rows.some((r) => r.document === slug));
  return plot({
    width,
    height: 280,
    marginLeft: 44,
    marginRight: 20,
    x: decadeAxis(width),
    y: {label, grid: true, ticks: integerTicks(max), tickFormat: "d"},
    color: documentScale(documents, shown),
    ariaLabel: `${label} per decade, by document`,
    ariaDescription: rows.map((d) => `${formatDecade(d.decade)}: ${d.count} (${d.title})`).join("; "),
    marks: [
      Plot.rect(rows, {x1: "decade", x2: "next", y1: "y1", y2: "y2", fill: "document", insetLeft: 0.5, insetRight: 0.5, channels: {Decade: (d: StackedDecade) => formatDecade(d.decade), Document: "title", [label]: "count"}, tip: {format: {x1: false, x2: false, y1: false, y2: false, fill: false}}}),
      Plot.ruleY([0]),
    ],
    ...options,
  });
}
