import {describe, expect, test} from "vitest";
import {parseDocument} from "../loaders/parse/document.ts";
import {splitSentences} from "../loaders/parse/sentences.ts";
import {readData} from "./helpers.ts";

const split = (text: string) => splitSentences(parseDocument(text, "x.txt")).map((s) => s.text);

describe("splitSentences", () => {
  test.each([
    ["Troops entered. They stayed.", ["Troops entered.", "They stayed."]],
    ["The U.S. government objected. Nothing changed.", ["The U.S. government objected.", "Nothing changed."]],
    ["Gen. Zhukov ordered it. Budapest fell.", ["Gen. Zhukov ordered it.", "Budapest fell."]],
    ["expelled it from the organisation.The conflict began.", ["expelled it from the organisation.", "The conflict began."]],
    ["It cost 13.5 million lives. Then peace.", ["It cost 13.5 million lives.", "Then peace."]],
    ["He said \"Stop.\" Then he left.", ["He said \"Stop.\"", "Then he left."]],
    ["Prose.^{[4] [5]} He was sent back.", ["Prose.", "He was sent back."]],
    ["Troops entered Budapest.^{[47]} Attacks followed.^{[48]}", ["Troops entered Budapest.", "Attacks followed."]],
    ["About 7,000 troops (two brigades) crossed. Tanks too.", ["About 7,000 troops (two brigades) crossed.", "Tanks too."]],
  ])("splitSentences(%j)", (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  test("offsets point into the document text", () => {
    const doc = parseDocument(readData("soviet-involvement-in-regime-change.txt"), "x.txt");
    const sentences = splitSentences(doc);
    expect(sentences.length).toBeGreaterThan(300);
    for (const s of sentences) {
      expect(doc.text.slice(s.start, s.end).replace(/\^\{[^}]*\}/g, "").replace(/\s+/g, " ").trim()).toBe(s.text);
      expect(doc.text.slice(doc.lineStarts[s.line - 1]).startsWith(doc.text.slice(doc.lineStarts[s.line - 1], s.start))).toBe(true);
    }
  });

  test("skips fragments and boilerplate", () => {
    expect(split("A caption with no period\n\nReal prose here.\n\nThis article is distributed under the terms of GNU Free Documentation License.")).toEqual(["Real prose here."]);
  });
});
