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
 *  2. has a render worker load that bundle and render every output into the loaders' cache
 *     (the one render every loader then reads; loaders/io/render-worker.ts). The worker
 *     (scripts/render-host.mjs) is kept: a new document is rendered by a warm pipeline, and
 *     a new version of the library is loaded beside the old ones, keeping their compiled
 *     patterns;
 *  3. touches every entry point in `src/data/` as soon as that render holds the cache's lock:
 *     the preview re-runs the loaders, which wait for the render and serve its files.
 */
import {spawn} from "node:child_process";
import {mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, watch} from "node:fs";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {pathToFileURL} from "node:url";
import {Worker} from "node:worker_threads";
import {bundleBuilder} from "../loaders/bundle.mjs";
import {dataDir, ROOT} from "../loaders/io/paths.ts";
import type {RenderReply, RenderRequest} from "../loaders/io/render-worker.ts";

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
 * A render worker (scripts/render-host.mjs) started ahead of the save that will need it, with
 * the packages the library imports (the vendor half of the bundle, which a save in loaders/
 * does not change) loaded and warmed, so that a save pays for the library's own code only.
 */
function spareWorker(vendor?: string): Worker {
  // No `--import tsx` in the worker (it runs plain JavaScript): V8's flags, --no-regexp-tier-up
  // among them, are the process's anyway.
  return new Worker(new URL("./render-host.mjs", import.meta.url), {execArgv: [], workerData: {vendor}});
}

/**
 * A render worker and the versions of the library it has loaded: a save in loaders/ loads the
 * new version into the same worker (see render-host.mjs for why), until its heap is large.
 */
interface Renderer {
  /** The version it renders with: the library's hash. */
  hash: string;
  /** The vendor bundle it has loaded (a version importing another one needs another worker). */
  vendor: string | undefined;
  /** Bytes of heap in use after its last render. */
  heap: number;
  /** Loads a version of the library (the bundle in `dir`) to render with from now on: milliseconds elapsed and of CPU. */
  load(dir: string, hash: string): Promise<{ms: number; cpu: number}>;
  /** Renders the outputs into the cache, or into `folder` (a warm-up whose files are thrown away). */
  render(onLocked: () => void, folder?: string): Promise<{ms: number; cpu: number}>;
  stop(): void;
}

/**
 * The heap above which a render worker is not given another version: each version's modules
 * stay (~10–20 MB each). A successor is then warmed on the current version (warmSuccessor), and
 * takes over at the next save in loaders/.
 */
const HEAP_LIMIT = 384 << 20;

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

/** Makes a renderer of the spare worker when it has `vendor` loaded (else of a new one), and starts the next spare. */
function takeRenderer(vendor: string | undefined): Renderer {
  // A spare warmed with another vendor bundle (the lock file changed) would load two arqueros.
  const worker = spareVendor === vendor ? spare : (void spare.terminate(), spareWorker(vendor));
  spare = spareWorker(vendor);
  spareVendor = vendor;
  type Times = {ms: number; cpu: number};
  type Waiting = {locked: () => void; done: (r: Times) => void; fail: (e: Error) => void};
  const waiting = new Map<number, Waiting>();
  const loading = new Map<string, {done: (r: Times) => void; fail: (e: Error) => void}>();
  let id = 0;
  const failAll = (error: Error) => {
    for (const w of waiting.values()) w.fail(error);
    for (const l of loading.values()) l.fail(error);
    waiting.clear();
    loading.clear();
  };
  worker.on("message", (message: RenderReply | {loaded: string; ms?: number; cpu?: number; error?: string}) => {
    if ("loaded" in message) {
      const l = loading.get(message.loaded);
      loading.delete(message.loaded);
      if (message.error !== undefined) l?.fail(new Error(message.error));
      else l?.done({ms: message.ms ?? 0, cpu: message.cpu ?? 0});
      return;
    }
    const w = waiting.get(message.id);
    if (!w) return;
    if ("locked" in message) w.locked();
    else {
      waiting.delete(message.id);
      if ("done" in message) {
        const {heap = 0, cpu = 0} = message as {heap?: number; cpu?: number};
        made.heap = heap;
        w.done({ms: message.ms, cpu});
      } else w.fail(new Error(message.error));
    }
  });
  worker.on("error", (error) => {
    failAll(error);
    if (renderer === made) renderer = undefined;
  });
  worker.on("exit", () => {
    failAll(new Error("the render worker stopped"));
    if (renderer === made) renderer = undefined;
  });
  const made: Renderer = {
    hash: "",
    vendor,
    heap: 0,
    load(dir, hash) {
      made.hash = hash;
      const url = pathToFileURL(join(dir, "io/render-worker.mjs")).href;
      return new Promise((done, fail) => {
        loading.set(url, {done, fail});
        worker.postMessage({load: url});
      });
    },
    render(onLocked, folder) {
      const request = ++id;
      return new Promise((done, fail) => {
        waiting.set(request, {locked: onLocked, done, fail});
        worker.postMessage({id: request, data, folder} satisfies RenderRequest);
      });
    },
    stop: () => void worker.terminate(),
  };
  return made;
}

// Without esbuild, the loaders run through tsx and render for themselves: only mark them changed.
const builder = await bundleBuilder().catch(() => null);
let renderer: Renderer | undefined;
let running = false;
let again = false;
/** The worker that takes over once the renderer's heap is large, when it is warm. */
let successor: {renderer: Renderer; ready: boolean} | undefined;

/**
 * Starts the worker that will take over from a renderer whose heap is large, and has it load
 * the current version (`dir`) and render once into a folder of its own, thrown away: the next
 * version then loads beside that one, its patterns compiled, and the switch costs no cold
 * render. Runs after a render, while nobody waits.
 */
async function warmSuccessor(dir: string, hash: string): Promise<void> {
  const next = takeRenderer(vendorOf(dir));
  const entry = {renderer: next, ready: false};
  successor = entry;
  const folder = mkdtempSync(join(tmpdir(), "atlas-warm-up-"));
  const started = performance.now();
  try {
    await next.load(dir, hash);
    await next.render(() => {}, join(folder, "out"));
    entry.ready = true;
    if (process.env.ATLAS_DEBUG) log(`a new render worker warmed up in ${(performance.now() - started).toFixed(0)} ms, for the next save in loaders/`);
  } catch {
    next.stop();
    if (successor === entry) successor = undefined;
  } finally {
    rmSync(folder, {recursive: true, force: true});
  }
}

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
    const rebuilt = performance.now();
    let loaded = {ms: 0, cpu: 0};
    if (renderer?.hash !== hash) {
      const vendor = vendorOf(dir);
      if (renderer && (renderer.vendor !== vendor || renderer.heap > HEAP_LIMIT)) {
        renderer.stop();
        renderer = undefined;
        // A successor still warming up, or for other packages, is no use: a fresh worker then.
        if (successor?.ready && successor.renderer.vendor === vendor) renderer = successor.renderer;
        if (process.env.ATLAS_DEBUG) log(renderer ? "the warmed-up render worker takes over" : "a fresh render worker takes over");
        else successor?.renderer.stop();
        successor = undefined;
      }
      renderer ??= takeRenderer(vendor);
      try {
        loaded = await renderer.load(dir, hash);
      } catch (error) {
        // A version that fails as it loads may leave the worker half-way: the next one gets a new worker.
        renderer.stop();
        renderer = undefined;
        throw error;
      }
    }
    const rendered = await renderer.render(touch);
    touch();
    const times = ({ms, cpu}: {ms: number; cpu: number}) => `${ms.toFixed(0)} ms${cpu ? ` (CPU ${cpu.toFixed(0)} ms)` : ""}`;
    if (renderer.heap > HEAP_LIMIT && !successor) void warmSuccessor(dir, hash);
    if (process.env.ATLAS_DEBUG) log(`rebuilt in ${(rebuilt - started).toFixed(0)} ms, library loaded in ${times(loaded)}, rendered in ${times(rendered)}; ${(performance.now() - started).toFixed(0)} ms after the change; worker heap ${(renderer.heap / 2 ** 20).toFixed(0)} MB`);
  } catch (error) {
    // The loaders render for themselves (and show the error on the page): mark them changed anyway.
    // A failed build or render leaves the worker as it was, warm for the fix.
    log(`could not render ahead of the loaders: ${(error as Error).message.split("\n")[0]}`);
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
