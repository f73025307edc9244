/**
 * `npm run build`: a clean build. Framework re-runs a data loader only when the loader
 * file itself changes, not the library it imports (loaders/) nor the documents (data/),
 * so the loader cache is emptied first: every build reads the current library and data.
 * ATLAS_DATA (documents) and ATLAS_DIST (output folder) override the defaults.
 */
import {rmSync} from "node:fs";
import {spawnSync} from "node:child_process";
import {resolve} from "node:path";
import {ROOT} from "../loaders/io/paths.ts";

rmSync(resolve(ROOT, "src/.observablehq/cache"), {recursive: true, force: true});
rmSync(resolve(ROOT, process.env.ATLAS_DIST || "dist"), {recursive: true, force: true});
const bin = resolve(ROOT, "node_modules/.bin/observable");
const run = spawnSync(bin, ["build", ...process.argv.slice(2)], {cwd: ROOT, stdio: "inherit", env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true"}});
process.exit(run.status ?? 1);
