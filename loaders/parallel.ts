/**
 * runPipelineParallel: runPipeline with the documents spread over worker threads; and
 * `spread`, the scheduler under it, which the streaming export (stream.ts) shares.
 *
 * Documents are independent, so each worker runs a task (digest.ts: `analyse`, or read +
 * analyse + digest) on batches of them while the main thread works through batches too;
 * results are used in corpus order, so the output is byte-identical to a single thread's.
 *
 * When workers pay: a worker costs start-up and warm-up time (on another core, while the
 * main thread keeps working) and its results cost time to receive. So the main thread
 * processes the first batches alone, and starts workers only if the rest is expected to take
 * longer than {@link PARALLEL_MIN_SECONDS} on one thread. A byte threshold would go stale
 * as passes are added to the pipeline (its speed changed several-fold while this was
 * written); this one measures the pipeline as it is.
 */
import {createRequire} from "node:module";
import {existsSync} from "node:fs";
import {availableParallelism} from "node:os";
import {join} from "node:path";
import {pathToFileURL} from "node:url";
import type {SourceFile} from "./types.ts";
import type {DecodedSource} from "./io/corpus.ts";
import {libraryBundle} from "./bundle.mjs";
import {sizeOf, taskFunction, type SourceItem, type Task} from "./digest.ts";
import {runPipeline, assembleResult, type DocumentAnalysis} from "./pipeline.ts";
import type {BatchReply, BatchRequest, WorkerData} from "./worker.ts";

type Source = SourceFile | DecodedSource;
export type PipelineOutput = ReturnType<typeof runPipeline>;

/**
 * Expected single-thread time (seconds) of the rest of a corpus from which workers are
 * started. A worker costs ~0.1 s to start (from the cached one-file build of the library) and,
 * mostly, ~0.3 s of CPU to warm up (a fresh V8 isolate compiles every regular expression and
 * hot function again); below ~1 s of work that overhead eats the gain; measured by `npm run bench`.
 */
export const PARALLEL_MIN_SECONDS = 1;

/** Progress after a batch: documents and bytes done so far, and the thread that did the batch (0 = the main thread). */
export type Progress = {documents: number; totalDocuments: number; bytes: number; totalBytes: number; thread: number};

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
   * Whether the main thread processes batches too (default true). With false it only hands
   * batches out and receives results, so the workers do all the work once they are up.
   */
  mainThread?: boolean;
  /**
   * Run workers from the one-file build of the library (default true, ~0.1 s to start); false
   * loads it through tsx in each worker (~0.5 s), as when esbuild is not installed.
   */
  bundle?: boolean;
  /** Called after every batch, in the order batches finish. */
  onProgress?: (progress: Progress) => void;
}

/** The number of threads to use by default: the cores available to this process. */
export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

/** Splits the items into batches of whole documents, about `target` bytes each, in order. */
function batches<T extends SourceItem>(items: readonly T[], target: number): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const s of items) {
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

/**
 * The worker's entry in the library's bundle (bundle.mjs: plain JavaScript, built once per
 * version of the library and cached by its content hash), so that a worker starts in ~0.1 s
 * instead of loading dozens of modules through tsx. Null when esbuild is not available or the
 * build fails: the caller falls back to tsx. The launcher passes the bundle it runs from in
 * `ATLAS_BUNDLE`, which saves hashing the library again.
 * @example await workerBundle() // "/…/node_modules/.cache/intervention-atlas-bundle/5d41402abc4b2a76/worker.mjs"
 */
export async function workerBundle(): Promise<string | null> {
  const given = process.env.ATLAS_BUNDLE;
  if (given && existsSync(join(given, "worker.mjs"))) return join(given, "worker.mjs");
  const bundle = await libraryBundle();
  return bundle ? join(bundle.dir, "worker.mjs") : null;
}

/** Lets worker replies be received, and workers fed, between two batches of main-thread work. */
const yieldToEvents = () => new Promise<void>((done) => setImmediate(done));

/** Batches a worker holds at once, so that it never waits for the busy main thread. */
const IN_HAND = 2;

/**
 * Runs `task` on every item, spread over `threads` threads (workers plus the main thread)
 * when that pays, and hands the results to `use` in item order, a batch at a time, as soon as
 * every batch before has been handed over — so that a caller can write them and let them go.
 *
 * A document that breaks a pass costs nothing else (analyzeDocument reports it as a
 * warning); a worker that fails or dies hands its batches back to the main thread.
 * @example await spread(listCorpus("data"), {kind: "analyse"}, {threads: 2}, (results) => analyses.push(...results));
 */
export async function spread<T>(items: readonly SourceItem[], task: Task, options: ParallelOptions, use: (results: T[]) => void): Promise<void> {
  const run = taskFunction(task) as (item: SourceItem) => T;
  const threads = Math.max(1, Math.floor(options.threads ?? defaultThreads()));
  // ATLAS_PARALLEL_MIN_SECONDS: for the tests and the bench, which start workers on small corpora through the CLI.
  const minSeconds = options.minSeconds ?? Number(process.env.ATLAS_PARALLEL_MIN_SECONDS || PARALLEL_MIN_SECONDS);
  const totalDocuments = items.length;
  let totalBytes = 0;
  for (const s of items) totalBytes += sizeOf(s);

  // Small batches keep every thread busy to the end: ~32 per thread, 16–256 kB each.
  // One thread: batches of ~64 kB, only to report progress.
  const target = threads < 2 ? 64 << 10 : Math.min(256 << 10, Math.max(16 << 10, totalBytes / (threads * 32)));
  const work = batches(items, target);
  const done: boolean[] = new Array(work.length).fill(false);
  const results: (T[] | undefined)[] = new Array(work.length);
  const queue = work.map((_, i) => i);
  let next = 0;
  let doneDocuments = 0;
  let doneBytes = 0;
  let remaining = work.length;
  // What each thread did, for ATLAS_DEBUG: batches kept, batches done twice, main-thread milliseconds working and handing results over.
  const stats = {kept: new Map<number, number>(), twice: 0, mainMs: 0, useMs: 0, started: performance.now()};
  const finish = (batch: number, out: T[], thread = 0) => {
    stats.kept.set(thread, (stats.kept.get(thread) ?? 0) + (done[batch] ? 0 : 1));
    if (done[batch]) {
      stats.twice++;
      return; // processed twice (the main thread took a worker's batch over): keep the first
    }
    done[batch] = true;
    results[batch] = out;
    remaining--;
    doneDocuments += work[batch].length;
    for (const s of work[batch]) doneBytes += sizeOf(s);
    options.onProgress?.({documents: doneDocuments, totalDocuments, bytes: doneBytes, totalBytes, thread});
    while (next < work.length && done[next]) {
      const ready = results[next]!;
      results[next] = undefined;
      next++;
      const t = performance.now();
      use(ready);
      stats.useMs += performance.now() - t;
    }
  };
  const processBatch = (batch: number) => finish(batch, work[batch].map(run));

  if (threads < 2 || totalDocuments < 2) {
    while (queue.length) processBatch(queue.shift()!);
    return;
  }

  // The main thread processes the first two batches: the second (the code a little warmer
  // than for the first) measures the pipeline.
  processBatch(queue.shift()!);
  let expected = Infinity;
  if (queue.length && minSeconds > 0) {
    const before = doneBytes;
    const started = performance.now();
    processBatch(queue.shift()!);
    const seconds = (performance.now() - started) / 1000;
    expected = doneBytes > before ? (seconds * (totalBytes - doneBytes)) / (doneBytes - before) : 0;
  }
  if (!queue.length || expected < minSeconds) {
    while (queue.length) processBatch(queue.shift()!);
    return;
  }

  // One flag per batch, shared with the workers: whoever sets it first processes the batch.
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
  // Loaded here, not with this module: a process started from the library's startup snapshot
  // (bundle.mjs) must load worker_threads itself, or its workers start broken.
  const {Worker} = createRequire(import.meta.url)("node:worker_threads") as typeof import("node:worker_threads");
  const workers = Array.from({length: threads - 1}, (_, k) => {
    const workerData: WorkerData = {taken: taken.buffer as SharedArrayBuffer, task};
    // No inherited flags: tsx's own (`--import tsx`) would only slow a worker down.
    const worker = bundle ? new Worker(bundle, {execArgv: [], workerData}) : new Worker(tsxBootstrap(), {eval: true, execArgv: [], workerData});
    const inHand = new Set<number>();
    let alive = true;
    const feed = () => {
      while (alive && inHand.size < IN_HAND && queue.length) {
        const batch = queue.shift()!;
        inHand.add(batch);
        worker.postMessage({batch, items: work[batch]} satisfies BatchRequest);
      }
    };
    const stop = () => {
      if (!alive) return;
      alive = false;
      for (const batch of inHand) if (!done[batch]) mainOnly.push(batch);
      inHand.clear();
      void worker.terminate();
      notify();
    };
    worker.on("message", (message: BatchReply | {ready: true}) => {
      if ("ready" in message) return feed();
      inHand.delete(message.batch);
      if ("results" in message) finish(message.batch, message.results as T[], k + 1);
      // Not processed here: the worker failed on it (the main thread then fails, or not, exactly
      // as runPipeline would), or skipped it because the main thread had taken it over (and,
      // running synchronously, has finished it by now).
      else if (!done[message.batch]) mainOnly.push(message.batch);
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
   * not started (claimed, so the worker skips it); else a batch a worker is processing, done
   * again here — a worker's first batches run cold and slowly, and whichever copy finishes
   * first is kept.
   */
  const steal = (): number | undefined => {
    for (const w of workers) {
      for (const batch of [...w.inHand].reverse()) {
        if (!done[batch] && Atomics.compareExchange(taken, batch, 0, 1) === 0) return batch;
      }
    }
    for (const w of workers) for (const batch of w.inHand) if (!done[batch]) return batch;
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
        if (!done[batch]) {
          const t = performance.now();
          processBatch(batch);
          stats.mainMs += performance.now() - t;
        }
      } else if (remaining > 0) {
        // Everything is handed out: wait for a reply (or for a failed worker's batches).
        await new Promise<void>((done) => (wake = done));
      }
    }
  } finally {
    for (const w of workers) w.stop();
    if (process.env.ATLAS_DEBUG) {
      const kept = [...stats.kept].map(([t, n]) => `thread ${t}: ${n}`).join(", ");
      process.stderr.write(`atlas: ${work.length} batches (${kept}; ${stats.twice} done twice); main thread ${stats.mainMs.toFixed(0)} ms analysing, ${stats.useMs.toFixed(0)} ms using results, of ${(performance.now() - stats.started).toFixed(0)} ms\n`);
    }
  }
}

/**
 * Runs the pipeline like {@link runPipeline}, spreading the documents over `threads`
 * threads (workers plus the main thread) when that pays; the result — every table, every
 * analysis, in corpus order — is the same as runPipeline's.
 * @example const {tables} = await runPipelineParallel(readCorpus("data"), {threads: 2});
 */
export async function runPipelineParallel(sources: readonly Source[], options: ParallelOptions = {}): Promise<PipelineOutput> {
  const threads = Math.max(1, Math.floor(options.threads ?? defaultThreads()));
  if (threads < 2 || sources.length < 2) {
    const result = runPipeline(sources);
    let totalBytes = 0;
    for (const s of sources) totalBytes += sizeOf(s);
    options.onProgress?.({documents: sources.length, totalDocuments: sources.length, bytes: totalBytes, totalBytes, thread: 0});
    return result;
  }
  const analyses: DocumentAnalysis[] = [];
  await spread<DocumentAnalysis>(sources, {kind: "analyse"}, options, (results) => analyses.push(...results));
  return assembleResult(analyses);
}
