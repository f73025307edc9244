/**
 * The metrics registry: each metric is one declarative entry — name, description, unit, a
 * chart hint and an arquero pipeline over the extracted tables. The export writes one CSV
 * per metric (`metric-<name>.csv`) and the Metrics page draws every entry, so adding a
 * metric is one entry here plus a test; no page changes.
 */
import * as aq from "arquero";
import type {Row} from "../types.ts";

const {op} = aq;

/** An arquero table (the type arquero's `from` returns). */
export type Table = ReturnType<typeof aq.from>;

/** How the Metrics page draws a metric: a Plot mark with its x, y and colour columns. */
export interface ChartHint {
  mark: "barY" | "barX" | "lineY" | "dot";
  x: string;
  y: string;
  /** Column that colours (and stacks) the marks; usually `document`. */
  color?: string;
}

/** One registered metric. */
export interface Metric {
  /** File-safe identifier: `metric-<name>.csv`. */
  name: string;
  title: string;
  /** What it measures and how, for the page and the data dictionary. */
  description: string;
  /** Unit of the value column (`interventions`, `years`, `persons`). */
  unit: string;
  chart: ChartHint;
  /** The computation: derived tables in (every pipeline table, by name, as arquero tables), one table out. */
  compute: (tables: Record<string, Table>) => Table;
}

/** Every `;`-separated item of a list column, one row each (`EST;LVA` → two rows). */
function unrollList(table: Table, column: string): Table {
  return table
    .filter(aq.escape((d: Record<string, unknown>) => d[column] != null && d[column] !== ""))
    .derive({item: aq.escape((d: Record<string, unknown>) => String(d[column]).split(";"))})
    .unroll("item");
}

/** The registry, in page order. */
export const METRICS: Metric[] = [
  {
    name: "interventions-per-decade",
    title: "Interventions started per decade",
    description: "Dated sections per document, by the decade of their start year (from the heading years, never from decade sub-headings).",
    unit: "interventions",
    chart: {mark: "barY", x: "decade", y: "interventions", color: "document"},
    compute: ({interventions}) =>
      interventions
        .derive({decade: (d: {start_year: number}) => op.floor(d.start_year / 10) * 10})
        .groupby("document", "decade")
        .count({as: "interventions"})
        .orderby("document", "decade"),
  },
  {
    name: "interventions-per-period",
    title: "Interventions per period",
    description: "Dated sections per level-2 heading (the article's own periodisation).",
    unit: "interventions",
    chart: {mark: "barX", x: "interventions", y: "period", color: "document"},
    compute: ({periods}) => periods.select("document", "period", "interventions"),
  },
  {
    name: "episode-length",
    title: "Median episode length per period",
    description: "Median of (end year − start year + 1) over the episodes of each period; open-ended episodes are left out.",
    unit: "years",
    chart: {mark: "barX", x: "median_years", y: "period", color: "document"},
    compute: ({interventions}) =>
      interventions
        .filter((d: {end_year: number | null}) => d.end_year != null)
        .derive({years: (d: {start_year: number; end_year: number}) => d.end_year - d.start_year + 1})
        .groupby("document", "period")
        .rollup({median_years: (d: {years: number}) => op.median(d.years), episodes: op.count()}),
  },
  {
    name: "interventions-per-method",
    title: "Interventions per method",
    description: "Dated sections carrying each method label (invasion, coup, annexation, election, military_aid, covert); an episode with several methods counts once for each.",
    unit: "interventions",
    chart: {mark: "barX", x: "interventions", y: "method", color: "document"},
    compute: ({interventions}) =>
      unrollList(interventions, "methods")
        .rename({item: "method"})
        .groupby("document", "method")
        .count({as: "interventions"})
        .orderby("document", aq.desc("interventions"), "method"),
  },
  {
    name: "interventions-per-region",
    title: "Interventions per region",
    description: "Dated sections per region of today's target countries (UN subregions); an episode spanning several regions counts once in each.",
    unit: "interventions",
    chart: {mark: "barX", x: "interventions", y: "region", color: "document"},
    compute: ({interventions}) =>
      unrollList(interventions, "region")
        .rename({item: "region"})
        .groupby("document", "id", "region")
        .count()
        .groupby("document", "region")
        .count({as: "interventions"})
        .orderby("document", aq.desc("interventions"), "region"),
  },
  {
    name: "troops-per-period",
    title: "Largest stated troop figure per period",
    description: "For each period, the largest high end of a military-personnel figure (persons) stated in its sections.",
    unit: "persons",
    chart: {mark: "barX", x: "troops", y: "period", color: "document"},
    compute: ({figures, interventions}) =>
      figures
        .filter((d: {category: string; unit: string; order: number}) => d.category === "military_personnel" && d.unit === "persons" && d.order > 0)
        .join(interventions.select("document", "order", "period"), [["document", "order"], ["document", "order"]])
        .groupby("document", "period")
        .rollup({troops: (d: {high: number}) => op.max(d.high), figures: op.count()}),
  },
  {
    name: "targets-per-document",
    title: "Distinct targets per document",
    description: "Number of distinct target names across a document's dated sections.",
    unit: "targets",
    chart: {mark: "barX", x: "targets", y: "document", color: "document"},
    compute: ({interventions}) =>
      unrollList(interventions, "targets").groupby("document").rollup({targets: (d: {item: string}) => op.distinct(d.item)}),
  },
];

/** A computed metric, ready for CSV and the page. */
export interface MetricResult {
  metric: Metric;
  rows: Row[];
  /** Set when the computation failed (a column it needs is missing); rows are then empty. */
  error?: string;
}

/**
 * Runs every registered metric over the pipeline's tables. A metric that fails records its
 * error instead of stopping the others.
 * @example computeMetrics(runPipeline(readCorpus("data")).tables)[0].rows[0] // {document: "soviet-…", decade: 1920, interventions: 3}
 */
export function computeMetrics(tables: Record<string, Row[]>, metrics: readonly Metric[] = METRICS): MetricResult[] {
  const input: Record<string, Table> = {};
  for (const [name, rows] of Object.entries(tables)) input[name] = aq.from(rows);
  return metrics.map((metric) => {
    try {
      return {metric, rows: metric.compute(input).objects() as Row[]};
    } catch (error) {
      return {metric, rows: [], error: (error as Error).message};
    }
  });
}

/**
 * Column names of a metric's rows, in first-seen order.
 * @example metricColumns([{document: "a", decade: 1920}]) // ["document", "decade"]
 */
export function metricColumns(rows: readonly Row[]): string[] {
  const columns = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) columns.add(key);
  return [...columns];
}
