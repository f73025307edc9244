/**
 * runAccuracy: the pipeline over every document that has an answer key (the seed in data/, the
 * development corpus in corpus/dev/), scored against gold/. Shared by `npm run eval`, the tests
 * and the Accuracy page's loader, so the three report the same numbers.
 */
import {resolve} from "node:path";
import {readCorpus} from "../io/corpus.ts";
import {ROOT} from "../io/paths.ts";
import {runPipeline} from "../pipeline.ts";
import {measureAccuracy} from "./accuracy.ts";
import {readAnswerKeys, type AnswerKey} from "./keys.ts";

/**
 * Reads the keys, runs the pipeline on their documents and scores it.
 * @example runAccuracy().pooled.map((a) => a.part) // ["seed", "tuning", "blind"]
 */
export function runAccuracy(root: string = ROOT) {
  const keys: AnswerKey[] = readAnswerKeys(root);
  const wanted = new Set(keys.map((k) => k.document));
  const sources = [...readCorpus(resolve(root, "data")), ...readCorpus(resolve(root, "corpus/dev"))].filter((s) => wanted.has(s.slug));
  const started = performance.now();
  const result = runPipeline(sources);
  const seconds = (performance.now() - started) / 1000;
  return {keys, sources, result, seconds, ...measureAccuracy(result, keys)};
}
