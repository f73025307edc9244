import {describe, expect, test} from "vitest";
import {parseDocument} from "../loaders/parse/document.ts";
import {extractInterventions, interventionAt, maybeDatedHeading, splitTargets} from "../loaders/extract/interventions.ts";
import {DATED_HEADINGS} from "../loaders/rules/headings.ts";

describe("maybeDatedHeading", () => {
  test.each([
    ["1944–1947: Romania", {start: 1944, end: 1947, ongoing: false, place: "Romania", rule: "heading:year-range"}],
    ["1944-1947: Romania", {start: 1944, end: 1947, ongoing: false, place: "Romania", rule: "heading:year-range"}],
    ["1929: Tannu Tuva", {start: 1929, end: 1929, ongoing: false, place: "Tannu Tuva", rule: "heading:single-year"}],
    ["1945–present: Kuril Islands", {start: 1945, end: null, ongoing: true, place: "Kuril Islands", rule: "heading:open-range"}],
    ["1944–47: Romania", {start: 1944, end: 1947, ongoing: false, place: "Romania", rule: "heading:year-range"}],
    ["1998–02: Somewhere", {start: 1998, end: 2002, ongoing: false, place: "Somewhere", rule: "heading:year-range"}],
    ["Romania (1944–1947)", {start: 1944, end: 1947, ongoing: false, place: "Romania", rule: "heading:place-then-years"}],
    ["1950:", {start: 1950, end: 1950, ongoing: false, place: "", rule: "heading:single-year"}],
  ])("maybeDatedHeading(%j)", (text, expected) => {
    expect(maybeDatedHeading(text)).toEqual(expected);
  });

  test.each([["1980s"], ["See also"], ["1921 Revolution"], ["Interwar period"], ["References"]])("maybeDatedHeading(%j) → null", (text) => {
    expect(maybeDatedHeading(text)).toBeNull();
  });

  test.each(DATED_HEADINGS.map(([, label, example]) => [label, example]))("rule %s matches its own example %j", (label, example) => {
    expect(maybeDatedHeading(example)?.rule).toBe(label);
  });
});

describe("splitTargets", () => {
  test.each([
    ["Estonia, Latvia, Lithuania", ["Estonia", "Latvia", "Lithuania"], []],
    ["Burma and China", ["Burma", "China"], []],
    ["British Guiana (Guyana)", ["British Guiana"], ["Guyana"]],
    ["Cuba, Puerto Rico and the Philippines", ["Cuba", "Puerto Rico", "the Philippines"], []],
    ["Bosnia and Herzegovina", ["Bosnia and Herzegovina"], []],
    ["Trinidad and Tobago, Grenada", ["Trinidad and Tobago", "Grenada"], []],
    ["Congo-Leopoldville", ["Congo-Leopoldville"], []],
    ["", [], []],
  ])("splitTargets(%j)", (place, targets, notes) => {
    expect(splitTargets(place)).toEqual({targets, notes});
  });
});

describe("extractInterventions", () => {
  const text = [
    "= T =", "", "Intro.", "", "== 1921–1940: Interwar period ==", "=== 1920s ===", "==== 1929: Tannu Tuva ====", "Coup.", "",
    "==== 1933–1934: Xinjiang ====", "Troops.", "=== 1930s ===", "==== 1939–1940: Finland ====", "War.",
    "== 1952–1991: Rest of the Cold War ==", "=== 1980s ===", "==== 1979–1989: Afghanistan ====", "Invasion.",
    "==== 1968: Czechoslovakia ====", "Tanks.", "== See also ==", "- X",
  ].join("\n");
  const doc = parseDocument(text, "t.txt");
  const rows = extractInterventions(doc);

  test("one row per dated episode heading, in document order, period from the level-2 heading", () => {
    expect(rows.map((r) => [r.order, r.period, r.start_year, r.end_year, r.place, r.line])).toEqual([
      [1, "1921–1940: Interwar period", 1929, 1929, "Tannu Tuva", 7],
      [2, "1921–1940: Interwar period", 1933, 1934, "Xinjiang", 10],
      [3, "1921–1940: Interwar period", 1939, 1940, "Finland", 13],
      [4, "1952–1991: Rest of the Cold War", 1979, 1989, "Afghanistan", 17],
      [5, "1952–1991: Rest of the Cold War", 1968, 1968, "Czechoslovakia", 19],
    ]);
    expect(rows.map((r) => r.id)).toEqual(["t:1", "t:2", "t:3", "t:4", "t:5"]);
  });

  test("section bodies stop at the next heading of the same or higher rank", () => {
    expect(doc.text.slice(rows[1].start, rows[1].end).trim()).toBe("Troops.");
    expect(doc.text.slice(rows[4].start, rows[4].end).trim()).toBe("Tanks.");
    expect(interventionAt(rows, doc.text.indexOf("Invasion."))?.order).toBe(4);
    expect(interventionAt(rows, doc.text.indexOf("Intro."))).toBeUndefined();
  });

  test.each([
    ["==== 1950–1940: Backwards ====", "reversed-years", 3],
    ["==== 2999: Future ====", "future-year", 3],
    ["==== 1950: ====", "no-place", 3],
  ])("warns on %j with %s at line %i", (heading, code, line) => {
    const d = parseDocument(`= T =\n\n${heading}\nText.\n`, "bad.txt");
    extractInterventions(d, {maxYear: 2026});
    expect(d.warnings).toEqual([expect.objectContaining({code, line, file: "bad.txt"})]);
  });

  test("reads a reversed range in order and keeps a heading with no place", () => {
    const d = parseDocument("==== 1950–1940: Backwards ====\n==== 1950: ====\n", "bad.txt");
    expect(extractInterventions(d).map((r) => [r.start_year, r.end_year, r.targets])).toEqual([[1940, 1950, ["Backwards"]], [1950, 1950, []]]);
  });

  test("flags duplicated sections but keeps both", () => {
    const d = parseDocument("==== 1929: Tuva ====\nA.\n==== 1929: Tuva ====\nB.\n", "dup.txt");
    expect(extractInterventions(d)).toHaveLength(2);
    expect(d.warnings).toEqual([expect.objectContaining({code: "duplicate-section", line: 3})]);
  });

  test("a document with no dated heading yields no rows and a warning", () => {
    const d = parseDocument("Title\n\nSome prose.\n", "plain.txt");
    expect(extractInterventions(d)).toEqual([]);
    expect(d.warnings.map((w) => w.code)).toEqual(["no-dated-headings"]);
  });
});
