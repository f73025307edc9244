/**
 * `npm run eval`: the command itself (loaders/cli/run-eval.ts). `npm run eval` starts it
 * through loaders/launch.mjs, from the library's bundle; `tsx loaders/cli/eval.ts` runs the
 * TypeScript as it is.
 */
import {runEval} from "./run-eval.ts";

process.exitCode = runEval(process.argv.slice(2));
