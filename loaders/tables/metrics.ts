/**
 * The metrics registry: each metric is one declarative entry — name, description, unit, a
 * chart hint and an arquero pipeline over the extracted tables. The export writes one CSV
 * per metric (`metric-<name>.csv`) and the Metrics page draws every entry, so adding a
 * metric is one entry here plus a test; no page changes.
 */
import * as aq from "arquero";
import type {Row} from "../types.ts";
import {columnsOf, SCHEMAS, type Column} from "./schema.ts";

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
  /**
   * Type and meaning of the columns this metric adds to those {@link METRIC_COLUMNS} already
   * describes (`document`, `decade`, `interventions`, …): every column needs a description.
   */
  columns?: Readonly<Record<string, Omit<Column, "name">>>;
}

/** Columns that metrics share, described once: a metric's own `columns` add to these. */
export const METRIC_COLUMNS: Readonly<Record<string, Omit<Column, "name">>> = {
  document: {type: "string", description: "Slug of the source document (its file name without extension)"},
  decade: {type: "integer", unit: "year", description: "First year of the decade (1920 for the 1920s; BCE decades negative)"},
  period: {type: "string", description: "Text of the enclosing level-2 heading (the article's own periodisation)"},
  method: {type: "string", description: "Method label: invasion, coup, annexation, election, military_aid or covert"},
  region: {type: "string", description: "UN subregion of a target's today's country"},
  interventions: {type: "integer", unit: "interventions", description: "Number of intervention rows (dated sections and dated list items)"},
  episodes: {type: "integer", unit: "interventions", description: "Number of episodes the value is computed over"},
  figures: {type: "integer", unit: "figures", description: "Number of figures the value is computed over"},
};

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
    // Dots, not bars: medians of two documents do not add up, and bars would stack them.
    chart: {mark: "dot", x: "median_years", y: "period", color: "document"},
    compute: ({interventions}) =>
      interventions
        .filter((d: {end_year: number | null}) => d.end_year != null)
        .derive({years: (d: {start_year: number; end_year: number}) => d.end_year - d.start_year + 1})
        .groupby("document", "period")
        .rollup({median_years: (d: {years: number}) => op.median(d.years), episodes: op.count()}),
    columns: {median_years: {type: "number", unit: "years", description: "Median of end year − start year + 1 over the period's closed episodes"}},
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
    columns: {troops: {type: "number", unit: "persons", description: "Largest high end of a military-personnel figure stated in the period's sections"}},
  },
  {
    name: "targets-per-document",
    title: "Distinct targets per document",
    description: "Number of distinct target names across a document's dated sections.",
    unit: "targets",
    chart: {mark: "barX", x: "targets", y: "document", color: "document"},
    compute: ({interventions}) =>
      unrollList(interventions, "targets").groupby("document").rollup({targets: (d: {item: string}) => op.distinct(d.item)}),
    columns: {targets: {type: "integer", unit: "targets", description: "Number of distinct target names across the document's intervention rows"}},
  },
];

/** A computed metric, ready for CSV and the page. */
export interface MetricResult {
  metric: Metric;
  rows: Row[];
  /** Column names in output order, known even when there are no rows. */
  columns: string[];
  /** Set when the computation failed (a column it needs is missing); rows are then empty. */
  error?: string;
}

/**
 * An arquero table of a pipeline table's rows. An empty table keeps the columns its schema
 * names, so that a metric over a corpus with no intervention rows still finds every column
 * it reads and writes its header.
 * @example tableOf("interventions", []).columnNames().includes("start_year") // true
 */
export function tableOf(name: string, rows: readonly Row[]): Table {
  if (rows.length || !SCHEMAS[name]) return aq.from(rows as Row[]);
  return aq.table(Object.fromEntries(columnsOf(name).map((c) => [c, []])));
}

/**
 * Runs every registered metric over the pipeline's tables. A metric that fails records its
 * error instead of stopping the others.
 * @example computeMetrics(runPipeline(readCorpus("data")).tables)[0].rows[0] // {document: "soviet-…", decade: 1920, interventions: 3}
 */
export function computeMetrics(tables: Record<string, readonly Row[]>, metrics: readonly Metric[] = METRICS): MetricResult[] {
  // Each table is made (and its rows read) when a metric first asks for it: most metrics read
  // two or three of the tables, and the others (events, method cues) are the largest ones.
  const input: Record<string, Table> = {};
  for (const name of Object.keys(tables)) {
    let table: Table | undefined;
    Object.defineProperty(input, name, {enumerable: true, get: () => (table ??= tableOf(name, tables[name]))});
  }
  return metrics.map((metric) => {
    try {
      const table = metric.compute(input);
      return {metric, rows: table.objects() as Row[], columns: table.columnNames()};
    } catch (error) {
      return {metric, rows: [], columns: [], error: (error as Error).message};
    }
  });
}

/**
 * The Table Schema field of a metric's column: its own description, else the shared one.
 * Undefined for a column nobody described (a test holds that none is).
 * @example describeMetricColumn(METRICS[0], "decade")?.type // "integer"
 */
export function describeMetricColumn(metric: Metric, column: string): Omit<Column, "name"> | undefined {
  return metric.columns?.[column] ?? METRIC_COLUMNS[column];
}
