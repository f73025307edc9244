/**
 * renderOutputs: every file the pipeline produces, as text — the CSVs and datapackage.json
 * that `npm run export` writes, and the JSON the dashboard pages read. One function, so the
 * downloads and the dashboard cannot disagree; the streaming export (loaders/stream.ts) renders
 * the same files with the same helpers, a document at a time.
 */
import type {PipelineResult, Row} from "../types.ts";
import type {DocumentAnalysis} from "../pipeline.ts";
import {formatCSV} from "./csv.ts";
import {buildDataPackage, shapeOf, type TableShape} from "./datapackage.ts";
import {computeMetrics, METRICS, type Metric, type MetricResult} from "../tables/metrics.ts";
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

/** An analysis whose Sources-page view may have been rendered already (a streamed document's). */
type Viewed = DocumentAnalysis & {sourceView?: string};

/** Options for {@link eachOutput}. */
export interface RenderOptions {
  /** Render the pages' files too (`metrics.json`, `sources.json`); default true. The export does not need them. */
  pages?: boolean;
}

/**
 * The files of the registered metrics, `metric-<name>.csv`, in registry order.
 * @example metricOutputs(computeMetrics(tables))[0].file // "metric-interventions-per-decade.csv"
 */
export function metricOutputs(computed: readonly MetricResult[]): Output[] {
  return computed.map(({metric, rows, columns, error}) => ({file: `metric-${metric.name}.csv`, content: error ? "" : formatCSV(rows, columns), rows: rows.length, kind: "download", ...(error ? {error} : {})}));
}

/**
 * datapackage.json, describing every table (by shape, in output order) and every metric computed without error.
 * @example dataPackageOutput(shapes, computed, documents).rows // 20 (resources)
 */
export function dataPackageOutput(shapes: Record<string, TableShape>, computed: readonly MetricResult[], documents: Parameters<typeof buildDataPackage>[2]): Output {
  const pkg = buildDataPackage(shapes, computed.filter((m) => !m.error), documents);
  return {file: "datapackage.json", content: JSON.stringify(pkg, null, 2) + "\n", rows: pkg.resources.length, kind: "download"};
}

/**
 * metrics.json, for the Metrics page: every metric with its description, chart hint and rows.
 * @example JSON.parse(metricsPageOutput(computed).content)[0].name // "interventions-per-decade"
 */
export function metricsPageOutput(computed: readonly MetricResult[]): Output {
  const metricsJson = computed.map(({metric: {name, title, description, unit, chart}, rows, columns, error}) => ({
    name, title, description, unit, chart, columns, rows, error: error ?? null,
  }));
  return {file: "metrics.json", content: JSON.stringify(metricsJson), rows: metricsJson.length, kind: "page"};
}

/**
 * The Sources page's view of one document, as JSON: `sources.json` is these, in corpus order,
 * as one array.
 * @example JSON.parse(sourceViewJSON(analysis)).document // "soviet-involvement-in-regime-change"
 */
export function sourceViewJSON(a: Viewed): string {
  return a.sourceView ?? JSON.stringify(buildSourceView(a.doc, a.figures, a.methods));
}

/**
 * Renders the outputs of a pipeline run one at a time, in the order of {@link renderOutputs},
 * so that a caller can write each file and let it go before the next is rendered.
 * @example for (const o of eachOutput(result, METRICS, {pages: false})) writeFileAtomic(`out/${o.file}`, o.content);
 */
export function* eachOutput(result: PipelineResult & {analyses: Viewed[]}, metrics: readonly Metric[] = METRICS, {pages = true}: RenderOptions = {}): Generator<Output> {
  const shapes: Record<string, TableShape> = {};
  for (const [name, rows] of Object.entries(result.tables) as [string, Row[]][]) {
    shapes[name] = shapeOf(name, rows);
    yield {file: `${name}.csv`, content: formatCSV(rows, shapes[name].columns), rows: rows.length, kind: "download"};
  }
  const computed = computeMetrics(result.tables, metrics);
  yield* metricOutputs(computed);
  yield dataPackageOutput(shapes, computed, result.documents);
  if (!pages) return;
  yield metricsPageOutput(computed);
  yield {file: "sources.json", content: `[${result.analyses.map(sourceViewJSON).join(",")}]`, rows: result.analyses.length, kind: "page"};
}

/**
 * Renders every output of a pipeline run: `<table>.csv` for each table, `metric-<name>.csv`
 * for each registered metric, `datapackage.json`, and the pages' `metrics.json` and
 * `sources.json`. Deterministic: the same result gives the same bytes.
 * @example renderOutputs(runPipeline(readCorpus("data"))).map((o) => o.file) // ["documents.csv", …, "sources.json"]
 */
export function renderOutputs(result: PipelineResult & {analyses: Viewed[]}, metrics: readonly Metric[] = METRICS): Output[] {
  return [...eachOutput(result, metrics)];
}
