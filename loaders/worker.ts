/**
 * The worker side of parallel.ts: receives batches of documents, runs a task on each — the
 * same function the main thread runs — and posts the results back.
 *
 * - `analyse`: `analyzeDocument`, for `runPipelineParallel` (the whole analyses come back);
 * - `digest`: read, analyse and digest (digest.ts), for the streaming export: the per-document
 *   CSV lines and the analysis without its text come back as strings, which are cheap to send.
 */
import {parentPort, workerData} from "node:worker_threads";
import {taskFunction, type DocumentDigest, type SourceItem, type Task} from "./digest.ts";

/** A batch of documents to process, from the main thread. */
export interface BatchRequest {
  batch: number;
  items: SourceItem[];
}

/**
 * The results of one batch; or `skipped` when the main thread took the batch over before
 * it was started; or why the worker could not produce them.
 */
export type BatchReply = {batch: number; results: unknown[]} | {batch: number; skipped: true} | {batch: number; error: string};

/** What the main thread gives a worker when it starts it. */
export interface WorkerData {
  /** One flag per batch (Int32Array over a SharedArrayBuffer): 1 once the batch is taken by another thread. */
  taken: SharedArrayBuffer;
  task: Task;
}

// Only in a worker started by parallel.ts (a test runner's own worker threads import nothing from here).
if (parentPort && (workerData as WorkerData | null)?.taken) {
  const port = parentPort;
  const {taken: flags, task} = workerData as WorkerData;
  const taken = new Int32Array(flags);
  const run = taskFunction(task);
  port.on("message", ({batch, items}: BatchRequest) => {
    let reply: BatchReply;
    // Claim the batch; if the main thread claimed it first, it is processing it already.
    if (Atomics.compareExchange(taken, batch, 0, 1) !== 0) {
      reply = {batch, skipped: true};
    } else {
      try {
        reply = {batch, results: items.map(run)};
      } catch (error) {
        // The main thread runs this batch itself, so it fails (or not) exactly as runPipeline would.
        reply = {batch, error: String((error as Error)?.stack ?? error)};
      }
    }
    try {
      // A digest's byte arrays are handed over, not copied (each has an ArrayBuffer of its own).
      const transfer = "results" in reply && task.kind === "digest" ? (reply.results as DocumentDigest[]).flatMap((d) => [d.events.buffer, d.methods.buffer] as ArrayBuffer[]) : [];
      port.postMessage(reply, transfer);
    } catch (error) {
      // A result that cannot be cloned (a function, say): the main thread runs the batch.
      port.postMessage({batch, error: `cannot send the results back: ${(error as Error).message}`} satisfies BatchReply);
    }
  });
  port.postMessage({ready: true});
}
