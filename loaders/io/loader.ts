/**
 * Helpers for the thin Framework data loaders in `src/data/`.
 */
import {readCorpus} from "./corpus.ts";
import {dataDir} from "./paths.ts";
import {formatCSV} from "./csv.ts";
import {columnsOf} from "../tables/schema.ts";
import {runPipeline} from "../pipeline.ts";

/**
 * Runs the pipeline on the documents directory and returns one table as CSV text, with
 * the columns of its schema.
 * @example tableCSV("decades").split("\n")[0] // "document,decade,started,active"
 */
export function tableCSV(name: string): string {
  const rows = runPipeline(readCorpus(dataDir())).tables[name];
  return formatCSV(rows, columnsOf(name, rows));
}
