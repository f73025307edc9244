/**
 * One card per registered metric: title, description, chart, downloads and table.
 */
import {html} from "htl";
import {chartDownloads} from "./download.js";
import {scrollingTable} from "./table.js";
import {metricChart, metricFormat, type MetricData} from "./metricChart.js";
import {humanize} from "./format.js";
import type {DocumentRow} from "./documents.js";

/**
 * @param metric one entry of metrics.json
 * @param resize Framework's `resize` (passed in: it lives in the page's runtime)
 * @param documents documents.csv rows: documents are named by title, in their colours
 * @example metricCard(metrics[0], resize, documents)
 */
export function metricCard(metric: MetricData, resize: (render: (width: number) => Node) => Node, documents: DocumentRow[] = []) {
  const chart = metric.error ? null : resize((width) => metricChart(metric, {width, documents}));
  const format = Object.fromEntries(metric.columns.flatMap((c) => {
    const f = metricFormat(c, documents);
    return f ? [[c, f]] : [];
  }));
  return html`<div class="card" id=${`metric-${metric.name}`}>
    <h2>${metric.title}</h2>
    <h3>${metric.description} Unit: ${metric.unit}.</h3>
    ${metric.error ? html`<p role="alert">This metric failed: ${metric.error}</p>` : chart}
    ${metric.error ? "" : chartDownloads(() => chart as Element, metric.rows, `metric-${metric.name}`)}
    <details><summary>Table (${metric.rows.length} rows)</summary>${scrollingTable(metric.rows, {label: metric.title, columns: metric.columns, header: Object.fromEntries(metric.columns.map((c) => [c, humanize(c)])), rows: 10, format})}</details>
  </div>`;
}
