/**
 * One card per registered metric: title, description, chart, downloads and table.
 */
import {html} from "htl";
import {chartDownloads} from "./download.js";
import {scrollingTable} from "./table.js";
import {isYearColumn, metricChart, type MetricData} from "./metricChart.js";

/**
 * @param metric one entry of metrics.json
 * @param resize Framework's `resize` (passed in: it lives in the page's runtime)
 * @example metricCard(metrics[0], resize)
 */
export function metricCard(metric: MetricData, resize: (render: (width: number) => Node) => Node) {
  const chart = metric.error ? null : resize((width) => metricChart(metric, {width}));
  const format = Object.fromEntries(metric.columns.filter(isYearColumn).map((c) => [c, String]));
  return html`<div class="card" id=${`metric-${metric.name}`}>
    <h2>${metric.title}</h2>
    <h3>${metric.description} Unit: ${metric.unit}.</h3>
    ${metric.error ? html`<p role="alert">This metric failed: ${metric.error}</p>` : chart}
    ${metric.error ? "" : chartDownloads(() => chart as Element, metric.rows, `metric-${metric.name}`)}
    <details><summary>Table (${metric.rows.length} rows)</summary>${scrollingTable(metric.rows, {label: metric.title, columns: metric.columns, rows: 10, format})}</details>
  </div>`;
}
