/**
 * The dev server's renderer (scripts/dev.ts), run in a worker thread from the library's
 * bundle: on each `{data}` message it renders the loaders' outputs for the documents in `data`
 * into the cache (renderOutputFolder), the way the first loader of a page would, and says
 * `{locked}` as soon as the cache's lock is its own — the server then marks the loaders
 * changed, and the loaders Framework starts wait for this render instead of doing their own —
 * then `{done, folder, ms}`. Kept alive between saves in data/, so that only a new or changed
 * document is analysed, by a warm pipeline, the others' digests kept from the last render; a
 * change in loaders/ starts a new worker from the new bundle.
 */
import {parentPort, workerData} from "node:worker_threads";
import {outputFolder, renderOutputFolder} from "./loader.ts";
import type {DigestCache} from "../stream.ts";

/** A render request from the dev server. */
export interface RenderRequest {
  id: number;
  data: string;
}

/** What the renderer says about a request. */
export type RenderReply = {id: number; locked: true} | {id: number; done: true; folder: string; ms: number} | {id: number; error: string};

// Only in a worker the dev server started (`workerData: {atlasRenderWorker: true}`).
if (parentPort && (workerData as {atlasRenderWorker?: boolean} | null)?.atlasRenderWorker) {
  const port = parentPort;
  // The digests of the last render: a saved document is analysed again, the others are not.
  const reuse: DigestCache = new Map();
  port.on("message", async ({id, data}: RenderRequest) => {
    const started = performance.now();
    try {
      const folder = outputFolder(data);
      await renderOutputFolder(folder, data, () => port.postMessage({id, locked: true} satisfies RenderReply), reuse);
      port.postMessage({id, done: true, folder, ms: performance.now() - started} satisfies RenderReply);
    } catch (error) {
      port.postMessage({id, error: String((error as Error)?.stack ?? error)} satisfies RenderReply);
    }
  });
  port.postMessage({ready: true});
}
