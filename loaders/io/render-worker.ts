/**
 * The dev server's renderer (scripts/dev.ts), run in a worker thread from the library's
 * bundle. The worker (scripts/render-host.mjs) loads one version of the library after another,
 * each from its own bundle folder, and asks the newest one to render: {@link startRenderer}
 * returns what renders a `{id, data}` request — the loaders' outputs for the documents in
 * `data`, into the cache (renderOutputFolder), the way the first loader of a page would. It
 * says `{locked}` as soon as the cache's lock is its own — the server then marks the loaders
 * changed, and the loaders Framework starts wait for this render instead of doing their own —
 * then `{done, folder, ms}`. The pipeline's modules load at the first render, once the lock is
 * taken, so that the loaders' processes start meanwhile. Between saves in data/, only a new or
 * changed document is analysed, the others' digests kept from the last render of this version.
 */
import {outputFolder, renderOutputFolder} from "./loader.ts";
import type {DigestCache} from "../stream.ts";

/** A render request from the dev server. */
export interface RenderRequest {
  id: number;
  data: string;
  /** Render into this folder instead of the cache's (the dev server warms a new worker up so). */
  folder?: string;
}

/** What the renderer says about a request. */
export type RenderReply = {id: number; locked: true} | {id: number; done: true; folder: string; ms: number} | {id: number; error: string};

/**
 * The function that renders a request with this version of the library, telling `post` how it
 * goes. The pipeline's modules are loaded at the first render, through `loading` (the worker
 * keeps earlier versions' patterns while they load, see scripts/render-host.mjs).
 * @example const render = startRenderer((reply) => port.postMessage(reply)); await render({id: 1, data: dataDir()});
 */
export function startRenderer(post: (reply: RenderReply) => void, loading: (load: () => Promise<unknown>) => Promise<unknown> = (load) => load()): (request: RenderRequest) => Promise<void> {
  // The modules renderOutputFolder imports when it renders, loaded once the lock is taken.
  let pipeline: Promise<unknown> | undefined;
  const loadPipeline = async () => void (await (pipeline ??= loading(() => Promise.all([import("./corpus.ts"), import("../stream.ts"), import("./warnings.ts")]))));
  // The digests of the last render: a saved document is analysed again, the others are not.
  const reuse: DigestCache = new Map();
  return async ({id, data, folder: into}) => {
    const started = performance.now();
    try {
      const folder = into ?? outputFolder(data);
      await renderOutputFolder(
        folder,
        data,
        () => {
          post({id, locked: true});
          return loadPipeline();
        },
        reuse,
      );
      post({id, done: true, folder, ms: performance.now() - started});
    } catch (error) {
      post({id, error: String((error as Error)?.stack ?? error)});
    }
  };
}
