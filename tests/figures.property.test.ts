// Property tests of the figures engine: whatever the text, it never throws, every quote is
// the text between its offsets, and every value is a finite range with low ≤ high.
import {describe, expect, test} from "vitest";
import fc from "fast-check";
import {parseDocument} from "../loaders/parse/document.ts";
import {splitSentences} from "../loaders/parse/sentences.ts";
import {extractInterventions} from "../loaders/extract/interventions.ts";
import {extractFigures, maybeNumber} from "../loaders/extract/figures.ts";
import type {Figure} from "../loaders/types.ts";

const BOUNDS = new Set(["exact", "lower", "upper"]);

/** Runs the passes the pipeline runs, and checks every invariant of the figures. */
function checkFigures(text: string): Figure[] {
  const doc = parseDocument(text, "prop.txt");
  const figures = extractFigures(doc, splitSentences(doc), extractInterventions(doc));
  const ids = new Set<string>();
  for (const f of figures) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(doc.text.length);
    expect(doc.text.slice(f.start, f.end)).toBe(f.quote);
    expect(Number.isFinite(f.low) && Number.isFinite(f.high)).toBe(true);
    expect(f.low).toBeLessThanOrEqual(f.high);
    expect(Number.isInteger(f.order) && f.order >= 0).toBe(true);
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(BOUNDS.has(f.bound)).toBe(true);
    expect(typeof f.approx).toBe("boolean");
    expect(f.unit).not.toBe("");
    expect(f.rule).not.toBe("");
    expect(ids.has(f.id)).toBe(false);
    ids.add(f.id);
  }
  return figures;
}

/** Pieces that stress the scanner: numbers, separators, hedges, units, markers, headings. */
const PIECES = [
  "1", "2,000", "3,5", "1,2,3,4", "13.5", "999999999999999999999", "0", "–", "—", "-", "−", ":", "1:0", "5–6:1", "%", "$", "£", "~", "+",
  " ", "  ", "\n", "\n\n", "\r\n", ".", ",", ";", "(", ")", "^{[", "]}", "[", "]", "^{[47]}", "{", "}", "'", "’",
  "about ", "some ", "more than ", "fewer than ", "up to ", "at least ", "an estimated ", "between ", " and ", " to ", " or ", " of ",
  "million", " million ", "billion", "thousand", "hundred", "tens of thousands of ", "hundreds", "millions of ", "several ", "a few ",
  "one", "two", "three", "twenty-five", "half", "a third", "one-third", "quarter", "dozen", " in ", "one in five ",
  "troops", "soldiers", "tanks", "refugees", "killed", "wounded", "were killed", "fled", "of them", "aircraft", "days", "km", "°C",
  "Soviet ", "Article ", "January ", "1945", "1939–40", "36th", "T-34", "the ", "was ", "is estimated to have died",
  "== 1921–1940: Interwar ==", "==== 1929: Tuva ====", "= Title =", "é", "😀", "\u0000", "\uFEFF", "\u00a0",
];

describe("extractFigures (properties)", () => {
  test("never throws on arbitrary text; offsets, ranges and ids hold", () => {
    fc.assert(
      fc.property(fc.string({unit: "binary", maxLength: 400}), (text) => {
        checkFigures(text);
      }),
      {numRuns: 1000},
    );
  });

  test("never throws on number-dense text built from tricky pieces; offsets, ranges and ids hold", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), {maxLength: 120}), (pieces) => {
        checkFigures(pieces.join(""));
      }),
      {numRuns: 1500},
    );
  });

  test("maybeNumber never throws and returns a finite range or null", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({maxLength: 60}), fc.array(fc.constantFrom(...PIECES), {maxLength: 12}).map((p) => p.join(""))), (text) => {
        const n = maybeNumber(text);
        if (n) expect(Number.isFinite(n.low) && Number.isFinite(n.high) && n.low <= n.high).toBe(true);
      }),
      {numRuns: 500},
    );
  });

  test.each<[string, string]>([
    ["huge numbers", `${"9".repeat(400)} troops and ${"9,999".repeat(100)} tanks and 10,000,000,000,000,000,000 soldiers.`],
    ["digit lists", "1,2,3,4,5,6,7,8,9 tanks and 1,2 soldiers, 1, 2, 3 and 4 refugees.\n".repeat(50)],
    ["dash runs", `${"–".repeat(2000)} 5${"–".repeat(50)}6 troops ${"-–—−".repeat(500)}.`],
    ["unmatched citation markers", "About 7,000 troops^{[4 crossed ^{[ the ]} border ^{[47]}] 500 tanks ^{.\n^{[".repeat(20)],
    ["1 MB of digits", "1".repeat(1_000_000)],
    ["1 MB of digits in a sentence", `About ${"7".repeat(1_000_000)} troops crossed.`],
    ["100 KB of small figures", "About 1, 2, 3 and 4 tanks, 5–6 soldiers and 7 refugees. ".repeat(2000)],
    ["ranges at the edges", "2,000–"],
    ["a lone hedge", "about"],
    ["empty", ""],
  ])(
    "never throws on %s; offsets hold",
    (_name, text) => {
      checkFigures(text);
    },
    // A hang guard against runaway backtracking, not a speed target (that is npm run bench's).
    10_000,
  );

  test("the huge-number case keeps the finite figure and drops the infinite ones", () => {
    const figures = checkFigures(`${"9".repeat(400)} troops and 10,000,000,000,000,000,000 soldiers.`);
    expect(figures.map((f) => f.low)).toEqual([1e19]);
  });
});
