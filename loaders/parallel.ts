/**
 * runPipelineParallel: runPipeline with the documents spread over worker threads.
 *
 * Documents are independent, so each worker runs `analyzeDocument` (the function
 * runPipeline runs) on batches of them while the main thread works through batches too;
 * the tables are then built in the main thread by the same TABLE_BUILDERS, from the
 * analyses in corpus order, so the output is byte-identical to runPipeline's.
 *
 * When workers pay: a worker costs start-up and warm-up time (on another core, while the
 * main thread keeps working) and its analyses cost time to receive. So the main thread
 * analyses the first batch alone, and starts workers only if the rest is expected to take
 * longer than {@link PARALLEL_MIN_SECONDS} on one thread. A byte threshold would go stale
 * as passes are added to the pipeline (its speed changed several-fold while this was
 * written); this one measures the pipeline as it is.
 */
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync} from "node:fs";
import {createRequire} from "node:module";
import {availableParallelism} from "node:os";
import {join, relative} from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";
import {Worker} from "node:worker_threads";
import type {SourceFile} from "./types.ts";
import {decodeSource, type DecodedSource} from "./io/corpus.ts";
import {analyzeDocument, runPipeline, assembleResult, type DocumentAnalysis} from "./pipeline.ts";
import type {BatchReply, BatchRequest, WorkerData} from "./worker.ts";

type Source = SourceFile | DecodedSource;
export type PipelineOutput = ReturnType<typeof runPipeline>;

/**
 * Expected single-thread time (seconds) of the rest of a corpus from which workers are
 * started. A worker costs ~0.1 s to start (its one-file build) and, mostly, ~0.4 s of CPU
 * to warm up (a fresh V8 isolate compiles every regular expression and hot function
 * again), and the main thread then spends ~5 % of the analysis time receiving its results.
 * Below ~1 s of work that overhead eats the gain; measured by `npm run bench`.
 */
export const PARALLEL_MIN_SECONDS = 1;

/** Options for {@link runPipelineParallel}. */
export interface ParallelOptions {
  /** Threads in all, the main thread included (default: available cores). 1 = no workers. */
  threads?: number;
  /**
   * Start workers only when the rest of the corpus is expected to take at least this long
   * on one thread, judged from the first batch (default {@link PARALLEL_MIN_SECONDS};
   * 0 = whenever there are two documents or more).
   */
  minSeconds?: number;
  /**
   * Whether the main thread analyses batches too (default true). With false it only hands
   * batches out and receives analyses, so the workers do all the work once they are up.
   */
  mainThread?: boolean;
  /**
   * Run workers from a one-file build of the library (default true, ~0.1 s to start); false
   * loads it through tsx in each worker (~0.5 s), as when esbuild is not installed.
   */
  bundle?: boolean;
  /**
   * Called after every batch: documents and bytes analysed so far, out of the totals, and
   * the thread that analysed the batch (0 = the main thread, 1… = a worker).
   */
  onProgress?: (progress: {documents: number; totalDocuments: number; bytes: number; totalBytes: number; thread: number}) => void;
}

/** Size of a source in bytes (on disk). */
function sizeOf(s: Source): number {
  return "text" in s ? s.bytes : s.bytes.length;
}

/** The number of threads to use by default: the cores available to this process. */
export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

/** Splits the corpus into batches of whole documents, about `target` bytes each, in order. */
function batches(sources: readonly Source[], target: number): Source[][] {
  const out: Source[][] = [];
  let current: Source[] = [];
  let bytes = 0;
  for (const s of sources) {
    current.push(s);
    bytes += sizeOf(s);
    if (bytes >= target) {
      out.push(current);
      current = [];
      bytes = 0;
    }
  }
  if (current.length) out.push(current);
  return out;
}

/** URL of tsx's ESM API (its `register` makes a worker load .ts files). */
function tsxApi(): string {
  try {
    if (typeof import.meta.resolve === "function") return import.meta.resolve("tsx/esm/api");
  } catch {
    // Not resolvable this way (a test runner's module shim): use the package's own files.
  }
  return pathToFileURL(createRequire(import.meta.url).resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs")).href;
}

/**
 * Worker code that loads worker.ts through tsx (registered in the worker: Node 20 applies
 * neither an inherited nor an explicit `--import tsx` to a worker's entry module). Slow to
 * start (~0.4–0.6 s: every module goes through tsx's hooks), so only a fallback.
 */
function tsxBootstrap(): string {
  const entry = new URL("./worker.ts", import.meta.url).href;
  return `import(${JSON.stringify(tsxApi())}).then(({register}) => { register(); return import(${JSON.stringify(entry)}); });`;
}

const LIBRARY = fileURLToPath(new URL(".", import.meta.url));
const BUNDLES = join(LIBRARY, "../node_modules/.cache/intervention-atlas-worker");

/**
 * worker.ts and the library it imports as one plain-JS file (esbuild), so that a worker
 * starts in ~0.1 s instead of loading dozens of modules through tsx. Built once per version
 * of the library (named by a hash of `loaders/` and the lock file) into
 * node_modules/.cache/; every module keeps its own `import.meta.url`. Null when esbuild is
 * not available or the build fails: the caller falls back to tsx.
 * @example await workerBundle() // "/…/node_modules/.cache/intervention-atlas-worker/worker-3f2a….mjs"
 */
export async function workerBundle(): Promise<string | null> {
  try {
    const hash = createHash("sha256");
    const files = readdirSync(LIBRARY, {recursive: true, withFileTypes: true})
      .filter((e) => e.isFile() && /\.ts$/.test(e.name))
      .map((e) => join(e.parentPath, e.name))
      .sort();
    for (const f of [...files, join(LIBRARY, "../package-lock.json")]) {
      if (existsSync(f)) hash.update(`${relative(LIBRARY, f)}\0`).update(readFileSync(f)).update("\0");
    }
    const file = join(BUNDLES, `worker-${hash.digest("hex").slice(0, 16)}.mjs`);
    if (existsSync(file)) return file;
    const require = createRequire(import.meta.url);
    const esbuild = require("esbuild") as typeof import("esbuild");
    const built = await esbuild.build({
      entryPoints: [join(LIBRARY, "worker.ts")],
      bundle: true,
      platform: "node",
      format: "esm",
      target: `node${process.versions.node.split(".")[0]}`,
      write: false,
      logLevel: "silent",
      // CommonJS packages inside an ES module need `require`.
      banner: {js: "import {createRequire as __atlasRequire} from 'node:module'; const require = __atlasRequire(import.meta.url);"},
      plugins: [
        {
          // `import.meta.url` of each library module, not of the bundle (paths.ts finds ROOT with it).
          name: "keep-import-meta-url",
          setup(build) {
            build.onLoad({filter: /\.ts$/}, (args) => ({
              contents: readFileSync(args.path, "utf8").replace(/\bimport\.meta\.url\b/g, JSON.stringify(pathToFileURL(args.path).href)),
              loader: "ts",
            }));
          },
        },
      ],
    });
    mkdirSync(BUNDLES, {recursive: true});
    const tmp = `${file}.tmp-${process.pid}`;
    writeFileSync(tmp, built.outputFiles[0].contents);
    renameSync(tmp, file);
    // Keep the last few bundles only.
    const old = readdirSync(BUNDLES)
      .filter((f) => /^worker-[0-9a-f]+\.mjs$/.test(f))
      .map((f) => ({f, t: statSync(join(BUNDLES, f)).mtimeMs}))
      .sort((a, b) => b.t - a.t)
      .slice(3);
    for (const {f} of old) rmSync(join(BUNDLES, f), {force: true});
    return file;
  } catch {
    return null;
  }
}

/** Lets worker replies be received, and workers fed, between two batches of main-thread work. */
const yieldToEvents = () => new Promise<void>((done) => setImmediate(done));

/** Batches a worker holds at once, so that it never waits for the busy main thread. */
const IN_HAND = 2;

/**
 * Runs the pipeline like {@link runPipeline}, spreading the documents over `threads`
 * threads (workers plus the main thread) when that pays; the result — every table, every
 * analysis, in corpus order — is the same as runPipeline's.
 *
 * A document that breaks a pass costs nothing else (analyzeDocument reports it as a
 * warning); a worker that fails or dies hands its batches back to the main thread.
 * @example const {tables} = await runPipelineParallel(readCorpus("data"), {threads: 2});
 */
export async function runPipelineParallel(sources: readonly Source[], options: ParallelOptions = {}): Promise<PipelineOutput> {
  const threads = Math.max(1, Math.floor(options.threads ?? defaultThreads()));
  const minSeconds = options.minSeconds ?? PARALLEL_MIN_SECONDS;
  const totalDocuments = sources.length;
  let totalBytes = 0;
  for (const s of sources) totalBytes += sizeOf(s);
  if (threads < 2 || totalDocuments < 2) {
    const result = runPipeline(sources);
    options.onProgress?.({documents: totalDocuments, totalDocuments, bytes: totalBytes, totalBytes, thread: 0});
    return result;
  }

  // Small batches keep every thread busy to the end: ~32 per thread, 16–256 kB each.
  const work = batches(sources, Math.min(256 << 10, Math.max(16 << 10, totalBytes / (threads * 32))));
  const results: (DocumentAnalysis[] | undefined)[] = new Array(work.length);
  const queue = work.map((_, i) => i);
  let doneDocuments = 0;
  let doneBytes = 0;
  let remaining = work.length;
  const finish = (batch: number, analyses: DocumentAnalysis[], thread = 0) => {
    if (results[batch]) return; // analysed twice (the main thread took a worker's batch over): keep the first
    results[batch] = analyses;
    remaining--;
    doneDocuments += work[batch].length;
    for (const s of work[batch]) doneBytes += sizeOf(s);
    options.onProgress?.({documents: doneDocuments, totalDocuments, bytes: doneBytes, totalBytes, thread});
  };
  const analyse = (batch: number) => finish(batch, work[batch].map((s) => analyzeDocument("text" in s ? s : decodeSource(s))));

  // The main thread analyses the first two batches: the second (the code a little warmer
  // than for the first) measures the pipeline.
  analyse(queue.shift()!);
  let expected = Infinity;
  if (queue.length && minSeconds > 0) {
    const before = doneBytes;
    const started = performance.now();
    analyse(queue.shift()!);
    const seconds = (performance.now() - started) / 1000;
    expected = doneBytes > before ? (seconds * (totalBytes - doneBytes)) / (doneBytes - before) : 0;
  }
  if (!queue.length || expected < minSeconds) {
    while (queue.length) analyse(queue.shift()!);
    return assembleResult(results.flatMap((r) => r!));
  }

  // One flag per batch, shared with the workers: whoever sets it first analyses the batch.
  const taken = new Int32Array(new SharedArrayBuffer(4 * work.length));
  // Batches only the main thread may take: a worker failed on them, or died holding them.
  const mainOnly: number[] = [];
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };

  const bundle = options.bundle === false ? null : await workerBundle();
  const workers = Array.from({length: threads - 1}, (_, k) => {
    const workerData: WorkerData = {taken: taken.buffer as SharedArrayBuffer};
    // No inherited flags: tsx's own (`--import tsx`) would only slow a worker down.
    const worker = bundle ? new Worker(bundle, {execArgv: [], workerData}) : new Worker(tsxBootstrap(), {eval: true, execArgv: [], workerData});
    const inHand = new Set<number>();
    let alive = true;
    const feed = () => {
      while (alive && inHand.size < IN_HAND && queue.length) {
        const batch = queue.shift()!;
        inHand.add(batch);
        worker.postMessage({batch, sources: work[batch]} satisfies BatchRequest);
      }
    };
    const stop = () => {
      if (!alive) return;
      alive = false;
      for (const batch of inHand) if (!results[batch]) mainOnly.push(batch);
      inHand.clear();
      void worker.terminate();
      notify();
    };
    worker.on("message", (message: BatchReply | {ready: true}) => {
      if ("ready" in message) return feed();
      inHand.delete(message.batch);
      if ("analyses" in message) finish(message.batch, message.analyses, k + 1);
      // Not analysed here: the worker failed on it (the main thread then fails, or not, exactly
      // as runPipeline would), or skipped it because the main thread had taken it over (and,
      // running synchronously, has finished it by now).
      else if (!results[message.batch]) mainOnly.push(message.batch);
      feed();
      notify();
    });
    worker.on("error", (error) => {
      // Never fatal (the main thread takes its batches over), but never silent either.
      process.emitWarning(`a pipeline worker failed; its documents are analysed on the main thread: ${error.message}`, "AtlasWorkerWarning");
      stop();
    });
    worker.on("exit", stop);
    return {stop, inHand, isAlive: () => alive};
  });

  /**
   * Work for the idle main thread once the queue is empty: a batch a worker holds but has
   * not started (claimed, so the worker skips it); else a batch a worker is analysing, done
   * again here — a worker's first batches run cold and slowly, and whichever copy finishes
   * first is kept.
   */
  const steal = (): number | undefined => {
    for (const w of workers) {
      for (const batch of [...w.inHand].reverse()) {
        if (!results[batch] && Atomics.compareExchange(taken, batch, 0, 1) === 0) return batch;
      }
    }
    for (const w of workers) for (const batch of w.inHand) if (!results[batch]) return batch;
    return undefined;
  };

  try {
    const mainThread = options.mainThread ?? true;
    while (remaining > 0) {
      // Let worker replies in, and workers be fed, between two batches of main-thread work.
      await yieldToEvents();
      let batch = mainOnly.shift();
      // (Without workers left, the main thread takes every batch, whatever the option says.)
      if (batch === undefined && (mainThread || workers.every((w) => !w.isAlive()))) {
        batch = queue.shift() ?? (mainThread ? steal() : undefined);
      }
      if (batch !== undefined) {
        if (!results[batch]) analyse(batch);
      } else if (remaining > 0) {
        // Everything is handed out: wait for a reply (or for a failed worker's batches).
        await new Promise<void>((done) => (wake = done));
      }
    }
  } finally {
    for (const w of workers) w.stop();
  }
  return assembleResult(results.flatMap((r) => r!));
}
