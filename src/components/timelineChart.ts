/**
 * Every episode as a bar from its start year to its end year, coloured by period.
 */
import * as Plot from "@observablehq/plot";
import {emptyChart, plot} from "./plot.js";
import {rowName, type InterventionRow} from "./data.js";

/** A row of interventions.csv (the columns the timeline reads). */
export type TimelineRow = Pick<InterventionRow, "id" | "document" | "order" | "period" | "start_year" | "end_year" | "place" | "title">;

/**
 * A timeline of intervention episodes: one row per episode, labelled by its place,
 * in document order, coloured by period. A single-year episode spans that whole year.
 * @param data rows of interventions.csv
 * @param options.width chart width in pixels
 * @example timelineChart(interventions, {width: 800})
 */
export function timelineChart(data: TimelineRow[], {width = 640, ...options}: {width?: number} & Plot.PlotOptions = {}) {
  if (!data.length) return emptyChart();
  const rows = data.map((d) => ({...d, end: (d.end_year ?? d.start_year) + 1, label: `${rowName(d, 28)} ${d.start_year}${d.end_year !== d.start_year ? `–${d.end_year ?? "present"}` : ""}`}));
  return plot({
    width,
    height: Math.max(120, rows.length * 18 + 60),
    marginLeft: Math.min(260, 7 * Math.max(8, ...rows.map((d) => d.label.length))),
    x: {label: "Year", tickFormat: "d", grid: true},
    y: {label: null, domain: rows.map((d) => d.id), tickFormat: (id: string) => rows.find((d) => d.id === id)?.label ?? id},
    color: {legend: true, label: "Period"},
    ariaLabel: "Timeline of intervention episodes",
    ariaDescription: rows.map((d) => d.label).join("; "),
    marks: [
      Plot.barX(rows, {y: "id", x1: "start_year", x2: "end", fill: "period", tip: {channels: {Place: "place", Document: "document"}, format: {x1: "d", x2: false, y: false, fill: true}}}),
    ],
    ...options,
  });
}
