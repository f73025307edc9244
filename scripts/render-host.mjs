/**
 * The dev server's render worker (scripts/dev.ts): a worker thread that loads one version of
 * the library after another, each from its own bundle folder (loaders/io/render-worker.mjs in
 * it), and renders with the newest. Plain JavaScript: the worker runs without tsx.
 *
 * It starts ahead of the first save, and loads and warms the packages the library imports (the
 * vendor half of the bundle, which a save in loaders/ does not change): the gazetteer's data
 * parsed, arquero's expression parser run. A save in loaders/ then costs the library's own
 * modules, and the dev server keeps this worker for the next versions too, rather than start a
 * new one per save: a new isolate compiled every rule pattern again, and compiling patterns
 * (~1,900 made with `new RegExp` when the library loads, many `/iu` with `\p{L}` classes) was
 * most of a cold render. While a version's modules load, `new RegExp(source, flags)` hands
 * back the pattern an earlier version made with the same arguments — the same, n-th, call —
 * with its compiled code, and `lastIndex` set to 0: nothing else of a RegExp object changes
 * as it is used, so it is the pattern a new one would be, and no two calls of one version
 * share one. (A version saved back — an edit undone — is its loaded modules again, sharing
 * patterns with the versions between: what those left in `lastIndex` is like what a version's
 * own last render leaves there before a new document is rendered, which the dev server has
 * always reused; only `exec`/`test` of a global or sticky pattern read it. The served files
 * were compared with a fresh export after an edit undone.) V8's own cache of compiled patterns
 * does not last between saves (its entries go after two full garbage collections). Each
 * version's modules stay in memory (ES modules are never unloaded): once the heap is large,
 * the dev server has a new worker warmed up on the current version to take over.
 *
 * Messages in: `{load: url}` (a version's render-worker.mjs), then `{id, data}` requests.
 * Out: `{loaded: url, ms, cpu}` or `{loaded: url, error}`; the renderer's replies
 * (RenderReply), `done` with `heap`, the bytes of the heap in use after the render, and `cpu`,
 * the thread's CPU milliseconds from the lock to the end (the pipeline's modules load in a
 * version's first render, after the lock: see render-worker.ts).
 */
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {pathToFileURL} from "node:url";
import {getHeapStatistics} from "node:v8";
import {parentPort, workerData} from "node:worker_threads";

const port = parentPort;

/** Imports and warms the vendor bundle's packages (none when the library is not bundled). */
async function warmVendor(vendor) {
  if (!vendor) return;
  const {packages} = JSON.parse(readFileSync(join(vendor, "manifest.json"), "utf8"));
  const url = (name) => pathToFileURL(join(vendor, name.replace(/[^\w.@-]+/g, "__") + ".mjs")).href;
  for (const name of packages) if (name !== "d3") await import(url(name));
  if (packages.includes("arquero")) {
    // Often enough for V8 to compile the parser's hot functions, not only to load them.
    const aq = await import(url("arquero"));
    for (let i = 0; i < 25; i++) {
      aq.table({document: ["a", "a", "b"], start: [1921, 1944, 1979], end: [1924, 1947, 1989], methods: ["coup", "", "invasion;coup"]})
        .derive({decade: (d) => aq.op.sequence(aq.op.floor(d.start / 10) * 10, aq.op.floor(d.end / 10) * 10 + 1, 10)})
        .derive({item: aq.escape((d) => String(d.methods).split(";"))})
        .unroll("decade")
        .groupby("document", "decade")
        .count({as: "active"})
        .join_left(aq.table({document: ["a"], k: [1]}))
        .impute({k: () => 0})
        .orderby("document", aq.desc("decade"))
        .filter((d) => d.active != null && d.decade !== 0)
        .rollup({n: (d) => aq.op.max(d.active), m: aq.op.count(), x: (d) => aq.op.median(d.decade), y: (d) => aq.op.distinct(d.document)})
        .objects();
    }
  }
}

const RealRegExp = globalThis.RegExp;
/** Patterns made by the versions loaded so far, by `flags/source`, in the order they were made. */
const made = new Map();

/**
 * Runs `load` with `new RegExp(source, flags)` handing back the patterns of earlier versions
 * (see above), and returns what it returns. Only a string source is looked up; anything else
 * (a RegExp to copy, a subclass) makes a new pattern.
 */
async function keepingPatterns(load) {
  const nth = new Map();
  const Keeping = new Proxy(RealRegExp, {
    construct(target, args, newTarget) {
      if (newTarget !== Keeping || typeof args[0] !== "string" || (args[1] !== undefined && typeof args[1] !== "string")) return Reflect.construct(target, args, newTarget === Keeping ? target : newTarget);
      const key = `${args[1] ?? ""}/${args[0]}`;
      const n = nth.get(key) ?? 0;
      nth.set(key, n + 1);
      let list = made.get(key);
      if (!list) made.set(key, (list = []));
      if (n < list.length) {
        list[n].lastIndex = 0;
        return list[n];
      }
      const re = Reflect.construct(target, args, target);
      list.push(re);
      return re;
    },
  });
  globalThis.RegExp = Keeping;
  try {
    return await load();
  } finally {
    globalThis.RegExp = RealRegExp;
  }
}

/**
 * Milliseconds of CPU this thread has used (Linux; 0 elsewhere): the dev server's debug log
 * (ATLAS_DEBUG) shows it beside the elapsed times, which other processes stretch.
 */
function threadCpu() {
  try {
    return Number(readFileSync("/proc/thread-self/schedstat", "utf8").split(" ")[0]) / 1e6;
  } catch {
    return 0;
  }
}

const warm = warmVendor(workerData?.vendor).catch(() => {});
/** The newest version's renderer (a promise: it may still be loading). */
let renderer = Promise.resolve(null);

port.on("message", (message) => {
  if (message.load) {
    const started = performance.now();
    const cpu = threadCpu();
    const next = warm.then(async () => {
      const {startRenderer} = await import(message.load);
      let lockedAt = 0;
      // The pipeline's modules load at the first render, after the lock (see render-worker.ts).
      return startRenderer((reply) => {
        if ("locked" in reply) lockedAt = threadCpu();
        port.postMessage("done" in reply ? {...reply, heap: getHeapStatistics().used_heap_size, cpu: threadCpu() - lockedAt} : reply);
      }, keepingPatterns);
    });
    renderer = next.catch(() => null);
    next.then(
      () => port.postMessage({loaded: message.load, ms: performance.now() - started, cpu: threadCpu() - cpu}),
      (error) => port.postMessage({loaded: message.load, error: String(error?.stack ?? error)}),
    );
    return;
  }
  void renderer.then((render) => (render ? render(message) : port.postMessage({id: message.id, error: "no library loaded"})));
});
