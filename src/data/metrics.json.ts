// metrics.json: every registered metric (loaders/tables/metrics.ts) with its rows, for the Metrics
// page — a new registry entry shows up there with no other change.
// Rendered by loaders/io/outputs.ts (renderOutputs), the same code behind `npm run export`.
import {loaderOutput} from "../../loaders/io/loader.ts";

process.stdout.write(await loaderOutput("metrics.json"));
