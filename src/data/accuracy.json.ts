// accuracy.json: the extraction scored against the answer keys in gold/ (seed, development
// tuning part, development blind part), for the Accuracy page. A yardstick, read here and in
// the tests only: no extraction loader reads gold/.
import {accuracyReport} from "../../loaders/eval/accuracy.ts";
import {runAccuracy} from "../../loaders/eval/run.ts";

process.stdout.write(JSON.stringify(accuracyReport(runAccuracy())));
