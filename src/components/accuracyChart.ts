/**
 * The Accuracy page's chart and table: how far each extracted column agrees with the answer
 * keys, per part (seed, development tuning, development blind).
 */
import * as Plot from "@observablehq/plot";
import {emptyChart, plot} from "./plot.js";
import type {AccuracyRow} from "../../loaders/eval/accuracy.ts";

/** The parts in reading order, with what each one says about trust. */
export const PARTS = [
  {part: "seed", label: "seed (rules written from it)"},
  {part: "tuning", label: "development, tuning part"},
  {part: "blind", label: "development, blind part"},
] as const;

/** One line of the accuracy table: a column and measure, with its value in each part. */
export interface AccuracyLine {
  what: string;
  measure: string;
  seed: number | null;
  tuning: number | null;
  blind: number | null;
  /** What each value is a share of, by part. */
  basis: Record<string, string>;
}

/**
 * The pooled rows pivoted to one line per column and measure, in the report's order.
 * @example accuracyLines([{part: "seed", column: "figures", measure: "recall", value: 1, basis: "61 of 61"}])[0].seed // 1
 */
export function accuracyLines(rows: AccuracyRow[]): AccuracyLine[] {
  const lines = new Map<string, AccuracyLine>();
  for (const r of rows) {
    const key = `${r.column}\u0000${r.measure}`;
    let line = lines.get(key);
    if (!line) lines.set(key, (line = {what: r.column, measure: r.measure, seed: null, tuning: null, blind: null, basis: {}}));
    line[r.part] = r.value;
    line.basis[r.part] = r.basis;
  }
  return [...lines.values()];
}

/**
 * Dots on a 0–100 % scale, one row per column and measure, one colour per part: the gap between
 * the seed and the development parts is how much the rules were fitted to the seed.
 * @param rows accuracy.json's `rows`
 * @example accuracyChart(report.rows, {width: 800})
 */
export function accuracyChart(rows: AccuracyRow[], {width = 640, ...options}: {width?: number} & Plot.PlotOptions = {}) {
  if (!rows.length) return emptyChart("No answer key was found in gold/.");
  const label = (r: AccuracyRow) => `${r.column} · ${r.measure}`;
  const domain = [...new Set(rows.map(label))];
  const data = rows.map((r) => ({...r, row: label(r), percent: r.value * 100}));
  return plot({
    width,
    height: domain.length * 20 + 70,
    marginLeft: Math.min(300, 7 * Math.max(...domain.map((d) => d.length))),
    x: {domain: [0, 100], label: "agreement with the answer keys (%)", grid: true},
    y: {domain, label: null},
    color: {domain: PARTS.map((p) => p.part), range: ["#8a8a8a", "#4269d0", "#e05a2b"], legend: true, label: "Part"},
    symbol: {domain: PARTS.map((p) => p.part), range: ["circle", "diamond2", "square2"]},
    ariaLabel: "Accuracy of each extracted column, per part",
    ariaDescription: data.map((d) => `${d.row}, ${d.part}: ${d.percent.toFixed(1)}% (${d.basis})`).join("; "),
    marks: [
      Plot.ruleY(domain, {stroke: "currentColor", strokeOpacity: 0.08}),
      Plot.dot(data, {x: "percent", y: "row", stroke: "part", fill: "part", symbol: "part", r: 4.5, tip: {format: {x: (d: number) => `${d.toFixed(1)}%`, y: true, stroke: true, fill: false, symbol: false}, channels: {basis: "basis"}}}),
    ],
    ...options,
  });
}
