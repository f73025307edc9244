// datapackage.json: the Frictionless Data Package describing every CSV (Table Schemas,
// sources, licences) — the same file `npm run export` writes beside the CSVs.
import {readCorpus} from "../../loaders/io/corpus.ts";
import {dataDir} from "../../loaders/io/paths.ts";
import {buildDataPackage} from "../../loaders/io/datapackage.ts";
import {runPipeline} from "../../loaders/pipeline.ts";
import {computeMetrics} from "../../loaders/tables/metrics.ts";

const result = runPipeline(readCorpus(dataDir()));
process.stdout.write(JSON.stringify(buildDataPackage(result.tables, computeMetrics(result.tables), result.documents), null, 2) + "\n");
