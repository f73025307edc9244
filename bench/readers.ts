/**
 * Bench child: how long each reader takes to turn one article into the document model, warm,
 * in this process — the seed in every form a user has it in (the plain-text rendering, its
 * wikitext, the page saved from the desktop and the mobile site), and the longest development
 * article. The first call of a form also loads its parser (wtf_wikipedia, htmlparser2): timed
 * apart, as `firstMs`.
 *
 * node --import tsx bench/readers.ts
 * prints one JSON line: [{file, format, bytes, firstMs, ms: [..]}]
 */
import {readFileSync, statSync} from "node:fs";
import {basename, join} from "node:path";
import {readForm} from "../loaders/read/index.ts";
import {ROOT} from "./util.ts";

const FILES = [
  "data/soviet-involvement-in-regime-change.txt",
  "tests/fixtures/forms/soviet-involvement-in-regime-change.wiki",
  "tests/fixtures/forms/soviet-involvement-in-regime-change.html",
  "tests/fixtures/forms/soviet-involvement-in-regime-change.mobile.html",
  "corpus/dev/timeline-of-the-history-of-gibraltar.txt",
];
const RUNS = 15;

const results = FILES.map((relative) => {
  const file = join(ROOT, relative);
  const source = readFileSync(file, "utf8");
  const read = () => {
    const start = performance.now();
    const result = readForm(basename(file), "bench", source);
    if (!result.text) throw new Error(`${relative}: nothing read (${result.warnings.map((w) => w.message).join("; ")})`);
    return {ms: performance.now() - start, format: result.format};
  };
  const first = read();
  const ms = Array.from({length: RUNS}, () => read().ms);
  return {file: relative, format: first.format, bytes: statSync(file).size, firstMs: first.ms, ms};
});
process.stdout.write(JSON.stringify(results) + "\n");
