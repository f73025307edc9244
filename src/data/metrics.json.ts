// Every registered metric (loaders/tables/metrics.ts) with its rows, for the Metrics page.
// A new entry in the registry shows up here and on the page with no other change.
import {readCorpus} from "../../loaders/io/corpus.ts";
import {dataDir} from "../../loaders/io/paths.ts";
import {runPipeline} from "../../loaders/pipeline.ts";
import {computeMetrics, metricColumns} from "../../loaders/tables/metrics.ts";

const {tables} = runPipeline(readCorpus(dataDir()));
const metrics = computeMetrics(tables).map(({metric: {name, title, description, unit, chart}, rows, error}) => ({
  name, title, description, unit, chart, columns: metricColumns(rows), rows, error: error ?? null,
}));
process.stdout.write(JSON.stringify(metrics));
