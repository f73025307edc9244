/**
 * `npm run export`: the command itself (loaders/cli/run-export.ts). `npm run export` starts it
 * through loaders/launch.mjs, from the library's bundle; `tsx loaders/cli/export.ts` runs the
 * TypeScript as it is.
 */
import {runExport} from "./run-export.ts";

process.exitCode = await runExport(process.argv.slice(2));
