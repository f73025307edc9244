/**
 * Draws any registered metric from its chart hint (loaders/tables/metrics.ts): documents named
 * by title and coloured as everywhere else, decades written as decades, counts on whole-number
 * ticks, each unit said once.
 */
import * as Plot from "@observablehq/plot";
import {documentScale, titleOf, type DocumentRow} from "./documents.js";
import {axisLabel, decadeAxis, formatDecade, formatYear, humanize, integerTicks} from "./format.js";
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
  const s = d == null || d === "" ? "(none)" : String(d);
  return s.length > 48 ? `${s.slice(0, 47)}…` : s;
};

/** Whether a column holds years or decades, which must not be drawn as 1,920. */
const yearish = (column: string) => /(?:^|_)(?:year|decade)s?$/.test(column);
/** Whether a column holds decades (their first year). */
const decadeColumn = (column: string) => /(?:^|_)decades?$/.test(column);

/**
 * How a metric's cell reads: decades as `1920s`, years as `1921` or `2500 BCE`, documents by
 * title, everything else as is.
 * @example metricFormat("decade", [])(1920) // "1920s"
 * @example metricFormat("first_year", [])(-2500) // "2500 BCE"
 */
export function metricFormat(column: string, documents: DocumentRow[]): ((value: unknown) => string) | undefined {
  if (decadeColumn(column)) return (v) => formatDecade(v as number);
  if (yearish(column)) return (v) => formatYear(v as number);
  if (column === "document") return titleOf(documents);
  return undefined;
}

/** Whether every value of a column is a whole number (then its axis ticks are whole numbers). */
const integral = (rows: Record<string, unknown>[], column: string) => rows.every((d) => d[column] == null || Number.isInteger(d[column]));

/**
 * A Plot figure for a metric: bars (stacked by the colour column), lines, or dots (never
 * stacked: for values that do not add up, such as medians); decades on a
 * continuous axis (a decade is a bar from its first year to the next); counts on whole-number
 * ticks; documents in their corpus colours, named by title.
 * @param metric one entry of metrics.json
 * @param options.width chart width in pixels
 * @param options.documents documents.csv rows: titles and colours
 * @example metricChart(metrics[0], {width: 640, documents})
 */
export function metricChart(metric: MetricData, {width = 640, documents = [], ...options}: {width?: number; documents?: DocumentRow[]} & Plot.PlotOptions = {}) {
  if (!metric.rows.length) return emptyChart(`Nothing to show: ${metric.title.toLowerCase()} needs rows these documents do not have. ${NO_EPISODES}`);
  const {mark, x, y, color} = metric.chart;
  // Bars along x, or dots whose x is the value (categories down the side): one row per category.
  const horizontal = mark === "barX" || (mark === "dot" && metric.rows.every((d) => d[x] == null || typeof d[x] === "number") && metric.rows.some((d) => typeof d[y] === "string"));
  const category = horizontal ? y : x;
  const value = horizontal ? x : y;
  const title = titleOf(documents);
  const slugs = [...new Set(metric.rows.map((d) => String(d.document ?? "")))];
  const colorScale = color === "document" ? documentScale(documents, documents.map((d) => d.document).filter((s) => slugs.includes(s)).concat(slugs.filter((s) => !documents.some((d) => d.document === s)))) : color ? {legend: true, label: humanize(color)} : undefined;
  // The largest bar: stacked values add up per category.
  const totals = new Map<unknown, number>();
  for (const d of metric.rows) totals.set(d[category], (totals.get(d[category]) ?? 0) + (Number(d[value]) || 0));
  const max = mark.startsWith("bar") ? Math.max(0, ...totals.values()) : Math.max(0, ...metric.rows.map((d) => Number(d[value]) || 0));
  const valueAxis = {label: axisLabel(value, metric.unit), grid: true, ...(integral(metric.rows, value) ? {ticks: integerTicks(max), tickFormat: "d"} : {})};
  const categoryFormat = category === "document" ? (d: unknown) => truncate(title(d)) : metricFormat(category, documents) ?? truncate;
  const tip = {channels: {...(color === "document" ? {Document: (d: Record<string, unknown>) => title(d.document)} : {})}, format: {fill: color !== "document", stroke: false, x: horizontal ? true : (d: unknown) => categoryFormat(d)}};
  const rows = metric.rows.map((d) => ({...d}));

  // Decades along x (a continuous axis).
  if (!horizontal && decadeColumn(x) && mark === "barY") {
    return plot({
      width,
      height: 260,
      marginLeft: 48,
      marginRight: 16,
      x: decadeAxis(width),
      y: valueAxis,
      color: colorScale,
      ariaLabel: metric.title,
      ariaDescription: metric.description,
      marks: [
        Plot.rectY(rows, Plot.stackY({x1: x, x2: (d: Record<string, number>) => d[x] + 10, y: value, ...(color ? {fill: color} : {}), insetLeft: 0.5, insetRight: 0.5, channels: {Decade: (d: Record<string, number>) => formatDecade(d[x]), ...tip.channels}, tip: {format: {x1: false, x2: false, fill: color !== "document"}}} as any)),
        Plot.ruleY([0]),
      ],
      ...options,
    });
  }
  const channels = {x, y, ...(color ? {fill: color, stroke: color} : {}), channels: tip.channels, tip: {format: tip.format}};
  const marks = {
    barY: () => Plot.barY(rows, {...channels, stroke: undefined}),
    barX: () => Plot.barX(rows, {...channels, stroke: undefined}),
    lineY: () => Plot.lineY(rows, {...channels, fill: undefined, marker: true}),
    dot: () => Plot.dot(rows, {...channels, r: 5}),
  };
  const labels = [...new Set(metric.rows.map((d) => categoryFormat(d[category])))];
  return plot({
    width,
    height: horizontal ? Math.max(100, labels.length * 28 + 60) : 260,
    marginLeft: horizontal ? Math.min(Math.round(width * 0.45), 6.5 * Math.max(6, ...labels.map((l) => l.length)) + 10) : 48,
    marginRight: 16,
    x: horizontal ? valueAxis : {label: axisLabel(x), tickFormat: categoryFormat, ...(mark === "barY" ? {type: "band"} : {})},
    y: horizontal ? {label: null, tickFormat: categoryFormat} : valueAxis,
    color: colorScale,
    ariaLabel: metric.title,
    ariaDescription: metric.description,
    marks: [marks[mark](), horizontal ? Plot.ruleX([0]) : Plot.ruleY([0])],
    ...options,
  });
}

/** True for columns holding years or decades. */
export const isYearColumn = yearish;
