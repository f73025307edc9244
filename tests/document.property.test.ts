// Property tests: parseDocument and splitSentences never throw, whatever the text, and
// every offset they report points into it.
import fc from "fast-check";
import {describe, expect, test} from "vitest";
import {parseDocument} from "../loaders/parse/document.ts";
import {splitSentences} from "../loaders/parse/sentences.ts";
import {extractInterventions} from "../loaders/extract/interventions.ts";

/** Text built from the pieces that matter to the parser, in any order. */
const articleish = fc
  .array(
    fc.oneof(
      fc.constantFrom("=", "==", "====", "= ", " =", "\n", "\r\n", "\r", "^{[", "]}", "^{[4] [5]}", "[12]", "1944–1947: ", "1929:", "–", "-",
        ". ", "U.S.", "... more", "\uFEFF", "\u0000", "\uD800", "😀", "GNU Free Documentation License", "- ", "\t"),
      fc.string({maxLength: 12}),
      fc.stringMatching(/^[A-Z][a-z]{1,8} [0-9,]{1,9}$/),
    ),
    {maxLength: 80},
  )
  .map((parts) => parts.join(""));

/** Checks the structural invariants of a parsed document. */
function checkDocument(text: string) {
  const doc = parseDocument(text, "prop.txt");
  const n = doc.text.length;
  expect(doc.prose.length).toBe(n);
  for (const h of doc.headings) {
    expect(0 <= h.start && h.start <= h.end && h.end <= n).toBe(true);
    expect(doc.text.slice(h.start, h.end).startsWith("=")).toBe(true);
    // Well-formed tree: a parent comes earlier and has a lower level.
    if (h.parent !== -1) {
      expect(h.parent).toBeLessThan(h.index);
      expect(doc.headings[h.parent].level).toBeLessThan(h.level);
    }
    expect(doc.lineStarts[h.line - 1]).toBe(h.start);
  }
  for (const b of doc.blocks) expect(0 <= b.start && b.start < b.end && b.end <= n).toBe(true);
  for (const c of doc.citations) expect(doc.text.slice(c.start, c.end)).toMatch(/^(?:\^\{[^]*\}|\[[^]*\])$/);
  for (const s of splitSentences(doc)) {
    expect(0 <= s.start && s.start < s.end && s.end <= n).toBe(true);
    expect(s.text.length).toBeGreaterThan(0);
  }
  for (const i of extractInterventions(doc)) expect(0 <= i.start && i.start <= i.end && i.end <= n).toBe(true);
}

describe("parseDocument (property)", () => {
  test("never throws; offsets, lines and the heading tree hold (article-like text)", () => {
    fc.assert(fc.property(articleish, (text) => checkDocument(text)), {numRuns: 400});
  });

  test("never throws on arbitrary unicode", () => {
    fc.assert(fc.property(fc.string({unit: "grapheme", maxLength: 300}), (text) => checkDocument(text)), {numRuns: 300});
  });

  test.each([
    ["a million equals signs", "=".repeat(1_000_000)],
    ["unmatched citation openers", "Text ^{[ and more ^{[ and ^{".repeat(2000)],
    ["a 1 MB run of digits", "1".repeat(1_000_000)],
    ["dash runs", "–".repeat(100_000)],
    ["only newlines", "\n".repeat(100_000)],
  ])("handles %s", (_name, text) => {
    checkDocument(text);
  });
});
