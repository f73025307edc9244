/**
 * runPipelineParallel: runPipeline with the documents spread over worker threads.
 *
 * Documents are independent, so each worker runs `analyzeDocument` (the function
 * runPipeline runs) on batches of them while the main thread works through batches too;
 * the tables are then built in the main thread by the same TABLE_BUILDERS, from the
 * analyses in corpus order, so the output is byte-identical to runPipeline's.
 *
 * When workers pay: a worker costs a few hundred milliseconds of start-up (it loads the
 * library through tsx, on another core while the main thread keeps working) and its
 * analyses cost time to receive. So the main thread analyses the first batch alone, and
 * starts workers only if the rest is expected to take longer than
 * {@link PARALLEL_MIN_SECONDS} on one thread. A byte threshold would go stale as passes
 * are added to the pipeline; this one measures the pipeline as it is.
 */
import {availableParallelism} from "node:os";
import {createRequire} from "node:module";
import {pathToFileURL} from "node:url";
import {Worker} from "node:worker_threads";
import type {Row, SourceFile} from "./types.ts";
import {decodeSource, type DecodedSource} from "./io/corpus.ts";
import {analyzeDocument, runPipeline, TABLE_BUILDERS, type DocumentAnalysis} from "./pipeline.ts";
import type {BatchReply, BatchRequest} from "./worker.ts";

type Source = SourceFile | DecodedSource;
export type PipelineOutput = ReturnType<typeof runPipeline>;

/**
 * Expected single-thread time (seconds) of the rest of a corpus from which workers are
 * started: about twice a worker's start-up under tsx (0.3–0.4 s on the bench machine).
 */
export const PARALLEL_MIN_SECONDS = 0.75;

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

/** Assembles the pipeline's result from the analyses, exactly as runPipeline does. */
function assemble(analyses: DocumentAnalysis[]): PipelineOutput {
  const tables: Record<string, Row[]> = {};
  for (const [name, build] of Object.entries(TABLE_BUILDERS)) tables[name] = build(analyses);
  return {
    analyses,
    documents: analyses.map((a) => a.doc),
    sentences: new Map(analyses.map((a) => [a.doc.slug, a.sentences])),
    interventions: analyses.flatMap((a) => a.interventions),
    warnings: analyses.flatMap((a) => a.doc.warnings),
    tables,
  };
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
 * Worker bootstrap: registers tsx in the worker, then loads worker.ts. (Node 20 applies
 * neither an inherited nor an explicit `--import tsx` to a worker's entry module.)
 */
function bootstrap(): string {
  const entry = new URL("./worker.ts", import.meta.url).href;
  return `import(${JSON.stringify(tsxApi())}).then(({register}) => { register(); return import(${JSON.stringify(entry)}); });`;
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
    results[batch] = analyses;
    remaining--;
    doneDocuments += work[batch].length;
    for (const s of work[batch]) doneBytes += sizeOf(s);
    options.onProgress?.({documents: doneDocuments, totalDocuments, bytes: doneBytes, totalBytes, thread});
  };
  const DBG: string[] = []; const T0 = performance.now();
  const analyse = (batch: number) => { const t = performance.now(); finish(batch, work[batch].map((s) => analyzeDocument("text" in s ? s : decodeSource(s)))); DBG.push(`main b${batch} ${(t - T0).toFixed(0)} +${(performance.now() - t).toFixed(0)}`); };

  // The first batch, on the main thread, measures the pipeline.
  const started = performance.now();
  analyse(queue.shift()!);
  const seconds = (performance.now() - started) / 1000;
  const expected = doneBytes ? (seconds * (totalBytes - doneBytes)) / doneBytes : 0;
  if (!queue.length || (minSeconds > 0 && expected < minSeconds)) {
    while (queue.length) analyse(queue.shift()!);
    return assemble(results.flatMap((r) => r!));
  }

  // Batches a worker could not analyse or send back: only the main thread takes these.
  const mainOnly: number[] = [];
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };

  const code = bootstrap();
  const workers = Array.from({length: threads - 1}, (_, k) => {
    const worker = new Worker(code, {eval: true, execArgv: []});
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
      // Hand its batches back: the main thread analyses them itself.
      queue.unshift(...[...inHand].sort((a, b) => a - b));
      inHand.clear();
      void worker.terminate();
      notify();
    };
    worker.on("message", (message: BatchReply | {ready: true}) => {
      if ("ready" in message) { DBG.push(`ready ${(performance.now() - T0).toFixed(0)}`); return feed(); }
      DBG.push(`worker b${message.batch} ${(performance.now() - T0).toFixed(0)}`);
      inHand.delete(message.batch);
      // A batch the worker could not analyse or send back goes to the main thread, which
      // fails (or not) exactly as runPipeline would.
      if ("error" in message) mainOnly.push(message.batch);
      else finish(message.batch, message.analyses, k + 1);
      feed();
      notify();
    });
    worker.on("error", (error) => {
      // Never fatal (the main thread takes its batches over), but never silent either.
      process.emitWarning(`a pipeline worker failed; its documents are analysed on the main thread: ${error.message}`, "AtlasWorkerWarning");
      stop();
    });
    worker.on("exit", stop);
    return {stop, isAlive: () => alive};
  });

  try {
    // The main thread works through the queue too, one batch at a time.
    const mainThread = options.mainThread ?? true;
    while (remaining > 0) {
      await yieldToEvents();
      // (Without workers left, the main thread takes every batch, whatever the option says.)
      const batch = mainOnly.shift() ?? (mainThread || workers.every((w) => !w.isAlive()) ? queue.shift() : undefined);
      if (batch !== undefined) analyse(batch);
      // Everything is handed out: wait for a reply (or for a failed worker's batches).
      else if (remaining > 0) await new Promise<void>((done) => (wake = done));
    }
  } finally {
    for (const w of workers) w.stop();
    if (process.env.PDEBUG) console.error(DBG.join("\n"));
  }
  return assemble(results.flatMap((r) => r!));
}
