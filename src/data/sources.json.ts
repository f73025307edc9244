// sources.json: every document as text blocks with its figures, method cues and citations marked,
// for the Sources page.
// Rendered by loaders/io/outputs.ts (renderOutputs), the same code behind `npm run export`.
import {loaderOutput} from "../../loaders/io/loader.ts";

process.stdout.write(await loaderOutput("sources.json"));
