/**
 * splitSentences: the prose blocks of a document → sentences, by offsets.
 */
import type {Document, Sentence} from "../types.ts";
import {ABBREVIATIONS} from "../rules/structure.ts";
import {lineAt} from "./document.ts";

const abbreviations = new Set(ABBREVIATIONS);

// A candidate boundary: terminal punctuation, closing quotes/brackets, then either
// white space or (for run-together text like "organisation.The") a capital letter.
const BOUNDARY = /[.!?…]+["”’')\]]*(?=\s+["“‘(]?[\p{Lu}\p{N}]|[\p{Lu}][\p{Ll}]|\s*$)/gu;

/**
 * Whether the period at `dot` closes an abbreviation or an initial ("U.S.", "Gen.", "J. Smith")
 * rather than a sentence.
 */
function isAbbreviation(prose: string, dot: number, blockStart: number): boolean {
  let i = dot;
  while (i > blockStart && /[\p{L}.]/u.test(prose[i - 1])) i--;
  const word = prose.slice(i, dot).toLowerCase();
  if (!word) return false;
  if (abbreviations.has(word)) return true;
  // A single capital letter ("J. Smith") or dotted initials ("U.S.S.R.").
  return /^\p{L}(?:\.\p{L})*$/u.test(prose.slice(i, dot)) && /\p{Lu}/u.test(prose[i]);
}

/**
 * Splits every paragraph and list item of a document into sentences. Citation markers
 * are already blanked in `doc.prose`, so they never end or start a sentence; offsets
 * point into `doc.text`. Fragments and boilerplate are skipped.
 *
 * @example
 * const doc = parseDocument("Soviet troops entered.^{[1]} About 7,000 troops.\n", "x.txt");
 * splitSentences(doc).map((s) => s.text) // ["Soviet troops entered.", "About 7,000 troops."]
 */
export function splitSentences(doc: Document): Sentence[] {
  const {prose, lineStarts} = doc;
  const sentences: Sentence[] = [];
  doc.blocks.forEach((block, blockIndex) => {
    if (block.kind !== "paragraph" && block.kind !== "list-item") return;
    const push = (start: number, end: number) => {
      // Trim white space (including blanked citations) from both ends.
      while (start < end && /\s/.test(prose[start])) start++;
      while (end > start && /\s/.test(prose[end - 1])) end--;
      if (end <= start) return;
      const text = prose.slice(start, end).replace(/\s+/g, " ");
      if (!/[\p{L}\p{N}]/u.test(text)) return;
      sentences.push({index: sentences.length, start, end, line: lineAt(lineStarts, start), block: blockIndex, section: block.section, text});
    };
    let from = block.start;
    const body = prose.slice(block.start, block.end);
    for (const m of body.matchAll(BOUNDARY)) {
      const end = block.start + m.index! + m[0].length;
      const dot = block.start + m.index!;
      // "U.S. government", "Gen. Zhukov": an abbreviation's period does not end the sentence.
      if (m[0] === "." && isAbbreviation(prose, dot, block.start)) continue;
      push(from, end);
      from = end;
    }
    push(from, block.end);
  });
  return sentences;
}
