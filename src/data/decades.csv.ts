// decades.csv: see loaders/tables/schema.ts (SCHEMAS.decades) for the columns.
// Thin entry point: the work is in loaders/ (runPipeline → renderOutputs), shared with `npm run export`.
import {loaderOutput} from "../../loaders/io/loader.ts";

process.stdout.write(await loaderOutput("decades.csv"));
