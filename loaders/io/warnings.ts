/**
 * How a warning reads in a terminal: `file:line: message [code]`, like a compiler.
 */
import type {Warning} from "../types.ts";

/**
 * @example formatWarning({file: "a.txt", line: 3, code: "no-place", message: "…", document: "a"}) // "warning: a.txt:3: … [no-place]"
 */
export function formatWarning(w: Warning): string {
  return `warning: ${w.file}${w.line ? `:${w.line}` : ""}: ${w.message} [${w.code}]`;
}
