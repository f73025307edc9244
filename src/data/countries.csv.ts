// countries.csv: see loaders/tables/schema.ts (SCHEMAS.countries) for the columns.
// Thin entry point: the work is in loaders/ (runPipeline → renderOutputs), shared with `npm run export`.
import {loaderOutput} from "../../loaders/io/loader.ts";

process.stdout.write(await loaderOutput("countries.csv"));
