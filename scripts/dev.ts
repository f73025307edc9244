/**
 * `npm run dev`: Framework's preview server plus a watcher that makes the tweak loop work,
 * and fast.
 *
 * Framework re-runs a data loader only when the loader file's own modification time is
 * newer than its cached output (upstream issues #204, #990): editing `loaders/figures.ts`
 * or adding a document to `data/` would leave stale numbers on the page. So when anything
 * under `loaders/`, `data/`, `gold/` or `corpus/` changes, this
 *
 *  1. rebuilds the library's bundle (loaders/bundle.mjs: esbuild, incremental, tens of ms),
 *     which is what the loaders run from — no loader compiles TypeScript;
 *  2. has a render worker running that bundle render every output into the loaders' cache
 *     (the one render every loader then reads; loaders/io/render-worker.ts). The worker is
 *     kept while the library is unchanged, so a new document is rendered by a warm pipeline;
 *  3. touches every entry point in `src/data/` as soon as that render holds the cache's lock:
 *     the preview re-runs the loaders, which wait for the render and serve its files.
 */
import {spawn} from "node:child_process";
import {readdirSync, readFileSync, utimesSync, watch} from "node:fs";
import {join, resolve} from "node:path";
import {pathToFileURL} from "node:url";
import {Worker} from "node:worker_threads";
import {bundleBuilder} from "../loaders/bundle.mjs";
import {dataDir, ROOT} from "../loaders/io/paths.ts";
import type {RenderReply} from "../loaders/io/render-worker.ts";

const entryDir = resolve(ROOT, "src/data");
const data = dataDir();
// gold/ and corpus/ feed the Accuracy page's loader (accuracy.json) only.
const watched = [resolve(ROOT, "loaders"), data, resolve(ROOT, "gold"), resolve(ROOT, "corpus")];
const log = (message: string) => process.stderr.write(`atlas: ${message}\n`);

/** Marks every loader entry point as changed, so Framework re-runs it on the next request. */
function touchEntryPoints(): number {
  const now = new Date();
  const entries = readdirSync(entryDir).filter((f) => /\.(?:ts|js)$/.test(f));
  for (const f of entries) utimesSync(resolve(entryDir, f), now, now);
  return entries.length;
}

/**
 * A worker thread started ahead of the next save, with the packages the library imports (the
 * vendor half of the bundle, which a save in loaders/ does not change) loaded and warmed: the
 * gazetteer's data parsed, arquero's expression parser run. It loads a render worker's module
 * when told which, so that a save pays for the library's own code only.
 */
function spareWorker(vendor?: string): Worker {
  const boot = `
    const {parentPort, workerData} = require("node:worker_threads");
    const {readFileSync} = require("node:fs");
    const {join} = require("node:path");
    const {pathToFileURL} = require("node:url");
    const warm = (async () => {
      if (!workerData.vendor) return;
      const {packages} = JSON.parse(readFileSync(join(workerData.vendor, "manifest.json"), "utf8"));
      const url = (name) => pathToFileURL(join(workerData.vendor, name.replace(/[^\\w.@-]+/g, "__") + ".mjs")).href;
      for (const name of packages) if (name !== "d3") await import(url(name));
      if (packages.includes("arquero")) {
        // Often enough for V8 to compile the parser's hot functions, not only to load them.
        const aq = await import(url("arquero"));
        for (let i = 0; i < 25; i++) {
          aq.table({document: ["a", "a", "b"], start: [1921, 1944, 1979], end: [1924, 1947, 1989], methods: ["coup", "", "invasion;coup"]})
            .derive({decade: (d) => aq.op.sequence(aq.op.floor(d.start / 10) * 10, aq.op.floor(d.end / 10) * 10 + 1, 10)})
            .derive({item: aq.escape((d) => String(d.methods).split(";"))})
            .unroll("decade").groupby("document", "decade").count({as: "active"})
            .join_left(aq.table({document: ["a"], k: [1]})).impute({k: () => 0}).orderby("document", aq.desc("decade"))
            .filter((d) => d.active != null && d.decade !== 0)
            .rollup({n: (d) => aq.op.max(d.active), m: aq.op.count(), x: (d) => aq.op.median(d.decade), y: (d) => aq.op.distinct(d.document)}).objects();
        }
      }
    })().catch(() => {});
    parentPort.once("message", ({load}) => warm.then(() => import(load)));`;
  return new Worker(boot, {eval: true, execArgv: [], workerData: {atlasRenderWorker: true, vendor}});
}

/** A render worker running one version of the library's bundle. */
interface Renderer {
  hash: string;
  render(onLocked: () => void): Promise<{ms: number}>;
  stop(): void;
}

let spare = spareWorker();
let spareVendor: string | undefined;

/** The vendor bundle a library bundle imports (bundle.mjs writes it into the manifest). */
function vendorOf(dir: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as {vendor?: string}).vendor;
  } catch {
    return undefined;
  }
}

/** Starts a renderer from the bundle in `dir` (taking the spare worker, and making the next spare). */
function startRenderer(dir: string, hash: string): Renderer {
  const vendor = vendorOf(dir);
  // A spare warmed with another vendor bundle (the lock file changed) would load two arqueros.
  const worker = spareVendor === vendor ? spare : (void spare.terminate(), spareWorker(vendor));
  spare = spareWorker(vendor);
  spareVendor = vendor;
  const waiting = new Map<number, {locked: () => void; done: (r: {ms: number}) => void; fail: (e: Error) => void}>();
  let id = 0;
  const ready = new Promise<void>((done, fail) => {
    worker.on("message", (message: RenderReply | {ready: true}) => {
      if ("ready" in message) return done();
      const w = waiting.get(message.id);
      if (!w) return;
      if ("locked" in message) w.locked();
      else {
        waiting.delete(message.id);
        if ("done" in message) w.done({ms: message.ms});
        else w.fail(new Error(message.error));
      }
    });
    worker.on("error", (error) => {
      fail(error);
      for (const w of waiting.values()) w.fail(error);
      waiting.clear();
    });
  });
  worker.postMessage({load: pathToFileURL(join(dir, "io/render-worker.mjs")).href});
  return {
    hash,
    async render(onLocked) {
      await ready;
      const request = ++id;
      return new Promise((done, fail) => {
        waiting.set(request, {locked: onLocked, done, fail});
        worker.postMessage({id: request, data});
      });
    },
    stop: () => void worker.terminate(),
  };
}

// Without esbuild, the loaders run through tsx and render for themselves: only mark them changed.
const builder = await bundleBuilder().catch(() => null);
let renderer: Renderer | undefined;
let running = false;
let again = false;

/**
 * Brings the cache up to date with the library and the documents, then marks the loaders
 * changed (as soon as the render holds the lock). Changes during a run start one more run.
 */
async function refresh(reason: string): Promise<void> {
  if (running) {
    again = true;
    return;
  }
  running = true;
  const started = performance.now();
  let touched = false;
  const touch = () => {
    if (touched) return;
    touched = true;
    const n = touchEntryPoints();
    log(`${reason}; ${n} data loaders will re-run`);
  };
  try {
    if (!builder) return touch();
    const {dir, hash} = await builder.rebuild();
    if (renderer?.hash !== hash) {
      renderer?.stop();
      renderer = startRenderer(dir, hash);
    }
    const {ms} = await renderer.render(touch);
    touch();
    if (process.env.ATLAS_DEBUG) log(`rendered in ${ms.toFixed(0)} ms (${(performance.now() - started).toFixed(0)} ms after the change)`);
  } catch (error) {
    // The loaders render for themselves (and show the error on the page): mark them changed anyway.
    log(`could not render ahead of the loaders: ${(error as Error).message.split("\n")[0]}`);
    renderer?.stop();
    renderer = undefined;
    touch();
  } finally {
    running = false;
    if (again) {
      again = false;
      void refresh("more changes");
    }
  }
}

let timer: NodeJS.Timeout | undefined;
for (const dir of watched) {
  watch(dir, {recursive: true}, (_event, file) => {
    if (file && /(?:^|[\\/])\.|~$|\.tmp-\d+$/.test(String(file))) return; // editor swap files, atomic-write temporaries
    clearTimeout(timer);
    // Editors save in bursts (a temporary file, a rename): one refresh for the burst.
    timer = setTimeout(() => void refresh(`${file ?? dir} changed`), 15);
  });
}

// Start from the current library and documents, whatever the cache holds.
void refresh("starting");
const preview = spawn(resolve(ROOT, "node_modules/.bin/observable"), ["preview", "--no-open", ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: "inherit",
  env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true"},
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => preview.kill(signal));
preview.on("exit", (code) => process.exit(code ?? 0));
