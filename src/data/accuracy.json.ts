// accuracy.json: the extraction scored against the answer keys in gold/ (seed, development
// tuning part, development blind part), for the Accuracy page. A yardstick, read here and in
// the tests only: no extraction loader reads gold/. Cached like the other outputs, under a hash
// of data/, corpus/dev/, gold/ and the library, so the build can render it beside them.
import {resolve} from "node:path";
import {cachedOutput} from "../../loaders/io/loader.ts";
import {ROOT} from "../../loaders/io/paths.ts";

const inputs = ["data", "corpus/dev", "gold"].map((dir) => resolve(ROOT, dir));
process.stdout.write(
  await cachedOutput("accuracy.json", inputs, async () => {
    const [{accuracyReport}, {runAccuracy}] = await Promise.all([import("../../loaders/eval/accuracy.ts"), import("../../loaders/eval/run.ts")]);
    return JSON.stringify(accuracyReport(runAccuracy()));
  }),
);
