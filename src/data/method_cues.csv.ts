// method_cues.csv: see loaders/tables/schema.ts (SCHEMAS.method_cues) for the columns.
// Thin entry point: the work is in loaders/ (runPipeline → renderOutputs), shared with `npm run export`.
import {loaderOutput} from "../../loaders/io/loader.ts";

process.stdout.write(await loaderOutput("method_cues.csv"));
