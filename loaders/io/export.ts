/**
 * writeOutputs: every derived table, every metric and datapackage.json, into one folder.
 * Shared by `npm run export` and the tests.
 */
import {resolve} from "node:path";
import type {PipelineResult} from "../types.ts";
import type {DocumentAnalysis} from "../pipeline.ts";
import {writeFileAtomic} from "./csv.ts";
import {eachOutput, type Output} from "./outputs.ts";
import {METRICS, type Metric} from "../tables/metrics.ts";

/** What was written (or, with `error`, could not be computed): file name and row count. */
export type Written = Pick<Output, "file" | "rows" | "error">;

/**
 * Writes `<table>.csv` for every pipeline table, `metric-<name>.csv` for every registered
 * metric, and `datapackage.json`, each atomically (temporary file, then rename). A metric
 * that fails is reported with its error and not written; the other files still are.
 * @example writeOutputs(runPipeline(readCorpus("data")), "out").map((w) => w.file) // ["documents.csv", …, "datapackage.json"]
 */
export function writeOutputs(result: PipelineResult & {analyses: DocumentAnalysis[]}, out: string, metrics: readonly Metric[] = METRICS): Written[] {
  const written: Written[] = [];
  // One file at a time, and not the pages' files: the export does not serve them.
  for (const {file, content, rows, kind, error} of eachOutput(result, metrics, {pages: false})) {
    if (kind !== "download") continue;
    if (!error) writeFileAtomic(resolve(out, file), content);
    written.push({file, rows, ...(error ? {error} : {})});
  }
  return written;
}
