/**
 * Draws any registered metric from its chart hint (loaders/tables/metrics.ts).
 */
import * as Plot from "@observablehq/plot";
import {emptyChart, NO_EPISODES, plot} from "./plot.js";

/** A metric as src/data/metrics.json carries it. */
export interface MetricData {
  name: string;
  title: string;
  description: string;
  unit: string;
  chart: {mark: "barY" | "barX" | "lineY" | "dot"; x: string; y: string; color?: string};
  columns: string[];
  rows: Record<string, unknown>[];
  error: string | null;
}

/** Shortens a long category label for an axis (the full text stays in the tip). */
const truncate = (d: unknown) => {
  const s = String(d);
  return s.length > 48 ? `${s.slice(0, 47)}…` : s;
};

/** Whether a column holds years or decades, which must not be drawn as 1,920. */
const yearish = (column: string) => /(?:^|_)(?:year|decade)s?$/.test(column);

/**
 * A Plot figure for a metric: bars (stacked by the colour column) or lines/dots, labelled with
 * the metric's unit.
 * @param metric one entry of metrics.json
 * @param options.width chart width in pixels
 * @example metricChart(metrics[0], {width: 640})
 */
export function metricChart(metric: MetricData, {width = 640, ...options}: {width?: number} & Plot.PlotOptions = {}) {
  if (!metric.rows.length) return emptyChart(`Nothing to show: ${metric.title.toLowerCase()} needs rows these documents do not have. ${NO_EPISODES}`);
  const {mark, x, y, color} = metric.chart;
  const horizontal = mark === "barX";
  const category = horizontal ? y : x;
  const categories = new Set(metric.rows.map((d) => d[category])).size;
  const channels = {x, y, ...(color ? {fill: color, stroke: color} : {}), tip: true};
  const marks = {
    barY: () => Plot.barY(metric.rows, {...channels, stroke: undefined}),
    barX: () => Plot.barX(metric.rows, {...channels, stroke: undefined}),
    lineY: () => Plot.lineY(metric.rows, {...channels, fill: undefined, marker: true}),
    dot: () => Plot.dot(metric.rows, channels),
  };
  return plot({
    width,
    height: horizontal ? Math.max(100, categories * 28 + 50) : 260,
    marginLeft: horizontal ? Math.min(300, 6 * Math.max(6, ...metric.rows.map((d) => truncate(d[y]).length))) : 44,
    x: {label: horizontal ? `${x} (${metric.unit})` : x, ...(yearish(x) ? {tickFormat: "d"} : {}), ...(mark === "barY" ? {type: "band"} : {grid: true})},
    y: {label: horizontal ? null : `${y} (${metric.unit})`, ...(yearish(y) ? {tickFormat: "d"} : horizontal ? {tickFormat: truncate} : {}), ...(horizontal ? {} : {grid: true})},
    color: color ? {legend: true} : undefined,
    ariaLabel: metric.title,
    ariaDescription: metric.description,
    marks: [marks[mark](), horizontal ? Plot.ruleX([0]) : Plot.ruleY([0])],
    ...options,
  });
}

/** True for columns holding years or decades. */
export const isYearColumn = yearish;
