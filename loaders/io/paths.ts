/**
 * Where things are: the project root and the documents directory.
 */
import {fileURLToPath} from "node:url";
import {resolve} from "node:path";

/** The project root (the folder that holds `loaders/`). */
export const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));

/**
 * The documents directory: `$ATLAS_DATA` if set, else `data/` in the project root.
 * @example dataDir() // "/home/me/atlas/data"
 */
export function dataDir(): string {
  return resolve(process.env.ATLAS_DATA || resolve(ROOT, "data"));
}
