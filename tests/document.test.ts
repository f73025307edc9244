import {describe, expect, test} from "vitest";
import {lineAt, normalizeText, parseDocument, slugify, slugOf} from "../loaders/parse/document.ts";
import {readData} from "./helpers.ts";

describe("parseDocument", () => {
  test.each([
    ["= Title =\n\nBody text.\n", "Title"],
    ["Mirror Title\n\nSome prose here. More prose.\n", "Mirror Title"],
    ["Just one long sentence of prose that ends with a period.\n", "x"],
    ["", "x"],
  ])("parseDocument(%j).title → %j", (text, title) => {
    expect(parseDocument(text, "x.txt").title).toBe(title);
  });

  test("builds the heading tree with levels, lines, offsets and parents", () => {
    const text = "= T =\n\n== 1921–1940: Interwar ==\n=== 1920s ===\n==== 1929: Tuva ====\nText.\n== See also ==\n";
    const doc = parseDocument(text, "x.txt");
    expect(doc.headings.map((h) => [h.level, h.text, h.line, h.parent])).toEqual([
      [1, "T", 1, -1],
      [2, "1921–1940: Interwar", 3, 0],
      [3, "1920s", 4, 1],
      [4, "1929: Tuva", 5, 2],
      [2, "See also", 7, 0],
    ]);
    for (const h of doc.headings) expect(doc.text.slice(h.start, h.end)).toMatch(/^=+ .* =+$/);
  });

  test.each([
    ["Prose.^{[12]} More.", ["12"]],
    ["Prose.^{[4] [5]} More.", ["4", "5"]],
    ["Prose.^{[citation needed]} More.", ["citation needed"]],
    ["Prose.^{[44]not in citation given]} More.", ["44", "not in citation given"]],
  ])("recognises citation markers in %j", (text, labels) => {
    const doc = parseDocument(text, "x.txt");
    expect(doc.citations.map((c) => c.labels)).toEqual([labels]);
    const c = doc.citations[0];
    expect(doc.text.slice(c.start, c.end)).toMatch(/^\^\{.*\}$/);
    // The prose keeps the same length, so offsets still point into the text.
    expect(doc.prose.length).toBe(doc.text.length);
    expect(doc.prose).not.toContain("^{");
  });

  test.each([
    ["Soviet soldiers at Stalingrad during a short rest Map of the front by year", "fragment"],
    ["Involvement of X For additional information, see Military history of X", "fragment"],
    ["This article is distributed under the terms of GNU Free Documentation License.", "boilerplate"],
    ["The army crossed the border. It met no resistance.", "paragraph"],
    ["- Foreign interventions by the Soviet Union", "list-item"],
  ])("classifies the block %j as %s", (text, kind) => {
    expect(parseDocument(`= T =\n\n${text}\n`, "x.txt").blocks.map((b) => b.kind)).toEqual([kind]);
  });

  test("blanks a trailing '... more' link out of the prose", () => {
    const doc = parseDocument("It began. It was known at the trials... more\n", "x.txt");
    expect(doc.prose.trimEnd()).toBe("It began. It was known at the trials");
  });

  test("warns about an unbalanced heading, naming its line", () => {
    const doc = parseDocument("= T =\n\n=== 1929: Tuva ==\n", "x.txt");
    expect(doc.warnings).toEqual([expect.objectContaining({line: 3, code: "unbalanced-heading", file: "x.txt"})]);
    expect(doc.headings[1]).toMatchObject({level: 3, text: "1929: Tuva"});
  });

  test("normalises CRLF and drops a BOM", () => {
    const doc = parseDocument("\uFEFF= T =\r\n\r\nBody.\r\n", "x.txt");
    expect(doc.text).toBe("= T =\n\nBody.\n");
    expect(doc.blocks).toHaveLength(1);
  });

  test("reads the WWII excerpt: no headings, captions and the licence footer kept out", () => {
    const doc = parseDocument(readData("soviet-union-in-world-war-ii.txt"), "soviet-union-in-world-war-ii.txt");
    expect(doc.title).toBe("Soviet Union in World War II");
    expect(doc.headings).toEqual([]);
    expect(doc.blocks.map((b) => b.kind)).toEqual(["fragment", "fragment", "fragment", "paragraph", "paragraph", "boilerplate"]);
  });

  test("reads the seed article: 37 headings below the title, citations out of the prose", () => {
    const doc = parseDocument(readData("soviet-involvement-in-regime-change.txt"), "soviet-involvement-in-regime-change.txt");
    expect(doc.title).toBe("Soviet involvement in regime change");
    expect(doc.headings.filter((h) => h.level > 1)).toHaveLength(37);
    expect(doc.citations.length).toBeGreaterThan(15);
    expect(doc.prose).not.toMatch(/\^\{/);
  });
});

describe("helpers", () => {
  test.each([
    ["a\r\nb", "a\nb"],
    ["\uFEFFa\rb", "a\nb"],
  ])("normalizeText(%j) → %j", (input, expected) => expect(normalizeText(input)).toBe(expected));
  test.each([
    [0, 1],
    [3, 1],
    [4, 2],
    [9, 3],
    [100, 3],
  ])("lineAt([0, 4, 9], %i) → %i", (offset, line) => expect(lineAt([0, 4, 9], offset)).toBe(line));
  test.each([
    ["1944–1947: Romania", "1944-1947-romania"],
    ["Ürümqi & Kulja", "urumqi-kulja"],
    ["<script>", "script"],
    ["!!!", "section"],
  ])("slugify(%j) → %j", (input, expected) => expect(slugify(input)).toBe(expected));
  test.each([
    ["data/soviet-union-in-world-war-ii.txt", "soviet-union-in-world-war-ii"],
    ["a.b.txt", "a.b"],
  ])("slugOf(%j) → %j", (input, expected) => expect(slugOf(input)).toBe(expected));
});
