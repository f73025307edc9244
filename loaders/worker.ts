/**
 * The worker side of `runPipelineParallel` (see parallel.ts): receives batches of
 * documents, runs `analyzeDocument` on each — the same function `runPipeline` runs — and
 * posts the analyses back. Tables are built in the main thread.
 */
import {parentPort, workerData} from "node:worker_threads";
import type {SourceFile} from "./types.ts";
import {decodeSource, type DecodedSource} from "./io/corpus.ts";
import {analyzeDocument} from "./pipeline.ts";

/** A batch of documents to analyse, from the main thread. */
export interface BatchRequest {
  batch: number;
  sources: (SourceFile | DecodedSource)[];
}

/**
 * The analyses of one batch; or `skipped` when the main thread took the batch over before
 * it was started; or why the worker could not produce them.
 */
export type BatchReply =
  | {batch: number; analyses: ReturnType<typeof analyzeDocument>[]}
  | {batch: number; skipped: true}
  | {batch: number; error: string};

/** What the main thread gives a worker when it starts it. */
export interface WorkerData {
  /** One flag per batch (Int32Array over a SharedArrayBuffer): 1 once the batch is taken by another thread. */
  taken: SharedArrayBuffer;
}

if (parentPort) {
  const port = parentPort;
  const taken = new Int32Array((workerData as WorkerData).taken);
  port.on("message", ({batch, sources}: BatchRequest) => {
    let reply: BatchReply;
    // Claim the batch; if the main thread claimed it first, it is analysing it already.
    if (Atomics.compareExchange(taken, batch, 0, 1) !== 0) {
      reply = {batch, skipped: true};
    } else {
      try {
        reply = {batch, analyses: sources.map((s) => analyzeDocument("text" in s ? s : decodeSource(s)))};
      } catch (error) {
        // The main thread runs this batch itself, so it fails (or not) exactly as runPipeline would.
        reply = {batch, error: String((error as Error)?.stack ?? error)};
      }
    }
    try {
      port.postMessage(reply);
    } catch (error) {
      // An analysis that cannot be cloned (a function, say): the main thread runs the batch.
      port.postMessage({batch, error: `cannot send the analyses back: ${(error as Error).message}`} satisfies BatchReply);
    }
  });
  port.postMessage({ready: true});
}
