/**
 * What the bench times as "the whole pipeline": runPipeline (parse → interventions →
 * figures → methods → places → events → tables) and then the metrics over its tables —
 * whatever those passes are at run time.
 */
import type {SourceFile} from "../loaders/types.ts";
import {runPipeline} from "../loaders/pipeline.ts";
import {computeMetrics} from "../loaders/tables/metrics.ts";

/** Runs every pass and every metric over the documents; returns the pipeline's result. */
export function fullPipeline(sources: readonly SourceFile[]) {
  const result = runPipeline(sources);
  computeMetrics(result.tables);
  return result;
}

/** Reads `--name value` options from a child's argv. */
export function argOf(name: string, fallback?: string): string {
  const i = process.argv.indexOf(`--${name}`);
  const value = i === -1 ? fallback : process.argv[i + 1];
  if (value === undefined) throw new Error(`missing --${name}`);
  return value;
}
