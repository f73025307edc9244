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
  const {prose, lineStarts, blocks} = doc;
  const sentences: Sentence[] = [];
  for (let blockIndex = 0; blockIndex < blocks.length; blockIndex++) {
    const block = blocks[blockIndex];
    if (block.kind !== "paragraph" && block.kind !== "list-item") continue;
    const push = (start: number, end: number) => {
      // Trim white space (including blanked citations) from both ends.
      while (start < end && isSpace(prose.charCodeAt(start))) start++;
      while (end > start && isSpace(prose.charCodeAt(end - 1))) end--;
      if (end <= start) return;
      const raw = prose.slice(start, end);
      const text = FOLD_TEST.test(raw) ? raw.replace(SPACES, " ") : raw;
      if (!LETTER_OR_DIGIT.test(text)) return;
      sentences.push({index: sentences.length, start, end, line: lineAt(lineStarts, start), block: blockIndex, section: block.section, text});
    };
    let from = block.start;
    const body = prose.slice(block.start, block.end);
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(body); m; m = BOUNDARY.exec(body)) {
      const end = block.start + m.index + m[0].length;
      const dot = block.start + m.index;
      // "U.S. government", "Gen. Zhukov": an abbreviation's period does not end the sentence.
      if (m[0] === "." && isAbbreviation(prose, dot, block.start)) continue;
      push(from, end);
      from = end;
    }
    push(from, block.end);
  }
  return sentences;
}

/** White space that `\s+` would fold to one space: a run of two, or anything but a space. */
const FOLD_TEST = /\s\s|[^\S ]/;
const SPACES = /\s+/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whether a UTF-16 code unit is JavaScript white space (what `/\s/` matches).
 * @example isSpace(0x20) // true
 */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
