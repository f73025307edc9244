// Interventions: one row per dated section of every document in data/.
// Thin entry point: the work is in loaders/ (runPipeline), shared with `npm run export`.
import {tableCSV} from "../../loaders/io/loader.ts";

process.stdout.write(tableCSV("interventions"));
