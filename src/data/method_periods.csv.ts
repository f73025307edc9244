// method_periods.csv: see loaders/tables/schema.ts (SCHEMAS.method_periods) for the columns.
// Thin entry point: the work is in loaders/ (runPipeline → renderOutputs), shared with `npm run export`.
import {loaderOutput} from "../../loaders/io/loader.ts";

process.stdout.write(await loaderOutput("method_periods.csv"));
