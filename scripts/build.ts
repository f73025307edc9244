/**
 * `npm run build`: a clean build. Framework re-runs a data loader only when the loader
 * file itself changes, not the library it imports (loaders/) nor the documents (data/),
 * so the loader cache is emptied first: every build reads the current library and data.
 * ATLAS_DATA (documents) and ATLAS_DIST (output folder) override the defaults.
 *
 * Framework runs the loaders one after another, and two of them do the work of all: the first
 * page loader renders every table (the shared cache, loaders/io/loader.ts) and accuracy.json
 * runs the pipeline on the development corpus. So both are started here, side by side on two
 * cores, while Framework bundles the pages; its loaders then find their outputs rendered (or
 * wait for them). Framework's own bundles of node_modules packages (`_node`) are kept: they
 * follow the installed packages, not the library or the documents.
 */
import {spawn, spawnSync} from "node:child_process";
import {existsSync, readdirSync, rmSync} from "node:fs";
import {resolve} from "node:path";
import {libraryBundle} from "../loaders/bundle.mjs";
import {ROOT} from "../loaders/io/paths.ts";

const cache = resolve(ROOT, "src/.observablehq/cache");
for (const entry of existsSync(cache) ? readdirSync(cache) : []) if (entry !== "_node") rmSync(resolve(cache, entry), {recursive: true, force: true});
rmSync(resolve(ROOT, process.env.ATLAS_DIST || "dist"), {recursive: true, force: true});

// The loaders run from the library's bundle: build it once here, not in two loaders at once.
await libraryBundle();
// Render ahead; failures are Framework's to report, when it runs the same loaders.
const ahead = ["documents.csv.ts", "accuracy.json.ts"].map((entry) =>
  spawn(process.execPath, [resolve(ROOT, "loaders/launch.mjs"), resolve(ROOT, "src/data", entry)], {cwd: ROOT, stdio: "ignore", env: process.env}),
);
const bin = resolve(ROOT, "node_modules/.bin/observable");
const run = spawnSync(bin, ["build", ...process.argv.slice(2)], {cwd: ROOT, stdio: "inherit", env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true"}});
for (const child of ahead) if (child.exitCode === null) child.kill();
process.exit(run.status ?? 1);
