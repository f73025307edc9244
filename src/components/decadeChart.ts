/**
 * Interventions per decade, one colour per document.
 */
import * as Plot from "@observablehq/plot";
import {emptyChart, plot} from "./plot.js";

/** A row of decades.csv. */
export interface DecadeRow {
  document: string;
  decade: number;
  started: number;
  active: number;
}

/**
 * Bars of interventions per decade, stacked by document.
 * @param data rows of decades.csv
 * @param options.width chart width in pixels
 * @param options.measure `"started"` (by start year) or `"active"` (every decade an episode spans)
 * @example decadeChart(decades, {width: 640, measure: "active"})
 */
export function decadeChart(data: DecadeRow[], {width = 640, measure = "started", ...options}: {width?: number; measure?: "started" | "active"} & Plot.PlotOptions = {}) {
  if (!data.length) return emptyChart();
  const label = measure === "started" ? "Interventions started" : "Interventions active";
  return plot({
    width,
    height: 280,
    marginLeft: 44,
    x: {label: "Decade", tickFormat: (d: number) => `${d}s`, type: "band"},
    y: {label, grid: true, tickFormat: "d"},
    color: {legend: true, label: "Document"},
    ariaLabel: `${label} per decade, by document`,
    ariaDescription: data.map((d) => `${d.decade}s: ${d[measure]} (${d.document})`).join("; "),
    marks: [
      Plot.barY(data, {x: "decade", y: measure, fill: "document", tip: {format: {x: (d: number) => `${d}s`}}}),
      Plot.ruleY([0]),
    ],
    ...options,
  });
}
