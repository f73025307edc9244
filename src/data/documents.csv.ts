// Documents: one row per file in data/, with its warnings. The warnings are also
// printed on stderr, so a bad file is named in the terminal running the preview.
import {readCorpus} from "../../loaders/io/corpus.ts";
import {dataDir} from "../../loaders/io/paths.ts";
import {formatCSV} from "../../loaders/io/csv.ts";
import {columnsOf} from "../../loaders/tables/schema.ts";
import {runPipeline} from "../../loaders/pipeline.ts";
import {formatWarning} from "../../loaders/io/warnings.ts";

const result = runPipeline(readCorpus(dataDir()));
for (const warning of result.warnings) process.stderr.write(formatWarning(warning) + "\n");
process.stdout.write(formatCSV(result.tables.documents, columnsOf("documents")));
