/**
 * `npm run dev`: Framework's preview server plus a watcher that makes the tweak loop work.
 *
 * Framework re-runs a data loader only when the loader file's own modification time is
 * newer than its cached output (upstream issues #204, #990): editing `loaders/figures.ts`
 * or adding a document to `data/` would leave stale numbers on the page. So when anything
 * under `loaders/` or `data/` changes, this touches every entry point in `src/data/`;
 * the preview then re-runs them and pushes the new tables to open pages.
 */
import {spawn} from "node:child_process";
import {readdirSync, utimesSync, watch} from "node:fs";
import {resolve} from "node:path";
import {ROOT} from "../loaders/io/paths.ts";

const entryDir = resolve(ROOT, "src/data");
// gold/ and corpus/ feed the Accuracy page's loader (accuracy.json) only.
const watched = [resolve(ROOT, "loaders"), resolve(process.env.ATLAS_DATA || resolve(ROOT, "data")), resolve(ROOT, "gold"), resolve(ROOT, "corpus")];

/** Marks every loader entry point as changed, so Framework re-runs it on the next request. */
function touchEntryPoints(): number {
  const now = new Date();
  const entries = readdirSync(entryDir).filter((f) => /\.(?:ts|js)$/.test(f));
  for (const f of entries) utimesSync(resolve(entryDir, f), now, now);
  return entries.length;
}

let timer: NodeJS.Timeout | undefined;
for (const dir of watched) {
  watch(dir, {recursive: true}, (_event, file) => {
    if (file && /(?:^|[\\/])\.|~$|\.tmp-\d+$/.test(String(file))) return; // editor swap files, atomic-write temporaries
    clearTimeout(timer);
    timer = setTimeout(() => {
      const n = touchEntryPoints();
      process.stderr.write(`atlas: ${file ?? dir} changed; ${n} data loaders will re-run\n`);
    }, 30);
  });
}

// Start from the current library and documents, whatever the cache holds.
touchEntryPoints();
const preview = spawn(resolve(ROOT, "node_modules/.bin/observable"), ["preview", "--no-open", ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: "inherit",
  env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true"},
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => preview.kill(signal));
preview.on("exit", (code) => process.exit(code ?? 0));
