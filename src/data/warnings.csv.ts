// warnings: see loaders/tables/schema.ts for the columns.
// Thin entry point: the work is in loaders/ (runPipeline), shared with `npm run export`.
import {tableCSV} from "../../loaders/io/loader.ts";

process.stdout.write(tableCSV("warnings"));
