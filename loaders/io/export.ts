/**
 * writeOutputs: every derived table, every metric and datapackage.json, into one folder.
 * Shared by `npm run export` and the tests.
 */
import {resolve} from "node:path";
import type {PipelineResult} from "../types.ts";
import {formatCSV, writeFileAtomic} from "./csv.ts";
import {buildDataPackage} from "./datapackage.ts";
import {columnsOf} from "../tables/schema.ts";
import {computeMetrics, metricColumns, METRICS, type Metric} from "../tables/metrics.ts";

/** What was written: file name and row count, in write order. */
export interface Written {
  file: string;
  rows: number;
}

/**
 * Writes `<table>.csv` for every pipeline table, `metric-<name>.csv` for every registered
 * metric, and `datapackage.json`, each atomically (temporary file, then rename).
 * @example writeOutputs(runPipeline(readCorpus("data")), "out").map((w) => w.file) // ["documents.csv", …, "datapackage.json"]
 */
export function writeOutputs(result: PipelineResult, out: string, metrics: readonly Metric[] = METRICS): Written[] {
  const written: Written[] = [];
  for (const [name, rows] of Object.entries(result.tables)) {
    writeFileAtomic(resolve(out, `${name}.csv`), formatCSV(rows, columnsOf(name, rows)));
    written.push({file: `${name}.csv`, rows: rows.length});
  }
  const computed = computeMetrics(result.tables, metrics);
  for (const {metric, rows, error} of computed) {
    if (error) throw new Error(`metric "${metric.name}" failed: ${error}`);
    writeFileAtomic(resolve(out, `metric-${metric.name}.csv`), formatCSV(rows, metricColumns(rows)));
    written.push({file: `metric-${metric.name}.csv`, rows: rows.length});
  }
  const pkg = buildDataPackage(result.tables, computed, result.documents);
  writeFileAtomic(resolve(out, "datapackage.json"), JSON.stringify(pkg, null, 2) + "\n");
  written.push({file: "datapackage.json", rows: pkg.resources.length});
  return written;
}
