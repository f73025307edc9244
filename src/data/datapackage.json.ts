// datapackage.json: the Frictionless Data Package (Table Schemas, sources, licences).
// Rendered by loaders/io/outputs.ts (renderOutputs), the same code behind `npm run export`.
import {loaderOutput} from "../../loaders/io/loader.ts";

process.stdout.write(await loaderOutput("datapackage.json"));
