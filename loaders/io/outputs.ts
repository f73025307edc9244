/**
 * renderOutputs: every file the pipeline produces, as text — the CSVs and datapackage.json
 * that `npm run export` writes, and the JSON the dashboard pages read. One function, so the
 * downloads and the dashboard cannot disagree.
 */
import type {PipelineResult} from "../types.ts";
import type {DocumentAnalysis} from "../pipeline.ts";
import {formatCSV} from "./csv.ts";
import {buildDataPackage} from "./datapackage.ts";
import {columnsOf} from "../tables/schema.ts";
import {computeMetrics, METRICS, type Metric} from "../tables/metrics.ts";
import {buildSourceView} from "../tables/sources.ts";

/** One rendered file. */
export interface Output {
  /** File name, e.g. `interventions.csv`. */
  file: string;
  content: string;
  /** Data rows (CSV), resources (datapackage.json) or items (page JSON). */
  rows: number;
  /** `download`: written by the export and offered on the Data page; `page`: read by a page only. */
  kind: "download" | "page";
  /** Set when the file could not be computed (a metric whose pipeline failed); content is then empty. */
  error?: string;
}

/**
 * Renders every output of a pipeline run: `<table>.csv` for each table, `metric-<name>.csv`
 * for each registered metric, `datapackage.json`, and the pages' `metrics.json` and
 * `sources.json`. Deterministic: the same result gives the same bytes.
 * @example renderOutputs(runPipeline(readCorpus("data"))).map((o) => o.file) // ["documents.csv", …, "sources.json"]
 */
export function renderOutputs(result: PipelineResult & {analyses: DocumentAnalysis[]}, metrics: readonly Metric[] = METRICS): Output[] {
  const outputs: Output[] = [];
  for (const [name, rows] of Object.entries(result.tables)) {
    outputs.push({file: `${name}.csv`, content: formatCSV(rows, columnsOf(name, rows)), rows: rows.length, kind: "download"});
  }
  const computed = computeMetrics(result.tables, metrics);
  for (const {metric, rows, columns, error} of computed) {
    outputs.push({file: `metric-${metric.name}.csv`, content: error ? "" : formatCSV(rows, columns), rows: rows.length, kind: "download", ...(error ? {error} : {})});
  }
  const pkg = buildDataPackage(result.tables, computed.filter((m) => !m.error), result.documents);
  outputs.push({file: "datapackage.json", content: JSON.stringify(pkg, null, 2) + "\n", rows: pkg.resources.length, kind: "download"});
  const metricsJson = computed.map(({metric: {name, title, description, unit, chart}, rows, columns, error}) => ({
    name, title, description, unit, chart, columns, rows, error: error ?? null,
  }));
  outputs.push({file: "metrics.json", content: JSON.stringify(metricsJson), rows: metricsJson.length, kind: "page"});
  const sources = result.analyses.map((a) => buildSourceView(a.doc, a.figures, a.methods));
  outputs.push({file: "sources.json", content: JSON.stringify(sources), rows: sources.length, kind: "page"});
  return outputs;
}
