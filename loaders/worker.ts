/**
 * The worker side of `runPipelineParallel` (see parallel.ts): receives batches of
 * documents, runs `analyzeDocument` on each — the same function `runPipeline` runs — and
 * posts the analyses back. Tables are built in the main thread.
 */
import {parentPort} from "node:worker_threads";
import type {SourceFile} from "./types.ts";
import {decodeSource, type DecodedSource} from "./io/corpus.ts";
import {analyzeDocument} from "./pipeline.ts";

/** A batch of documents to analyse, from the main thread. */
export interface BatchRequest {
  batch: number;
  sources: (SourceFile | DecodedSource)[];
}

/** The analyses of one batch, or why the worker could not produce them. */
export type BatchReply = {batch: number; analyses: ReturnType<typeof analyzeDocument>[]} | {batch: number; error: string};

if (parentPort) {
  const port = parentPort;
  port.on("message", ({batch, sources}: BatchRequest) => {
    let reply: BatchReply;
    try {
      reply = {batch, analyses: sources.map((s) => analyzeDocument("text" in s ? s : decodeSource(s)))};
    } catch (error) {
      // The main thread runs this batch itself, so it fails (or not) exactly as runPipeline would.
      reply = {batch, error: String((error as Error)?.stack ?? error)};
    }
    try {
      port.postMessage(reply);
    } catch (error) {
      // An analysis that cannot be cloned (a function, a class instance): same fallback.
      port.postMessage({batch, error: `cannot send the analyses back: ${(error as Error).message}`});
    }
  });
  port.postMessage({ready: true});
}
