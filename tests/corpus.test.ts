import {mkdtempSync, mkdirSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {decodeSource, readCorpus} from "../loaders/io/corpus.ts";

const source = (bytes: Uint8Array | string, file = "doc.txt") => ({file, slug: file.replace(/\.txt$/, ""), bytes: typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes});

describe("decodeSource", () => {
  test.each<[string, Uint8Array | string, string | null, number, string]>([
    ["UTF-8", "= T =\nBody.", null, 0, "= T =\nBody."],
    ["UTF-8 with a BOM (dropped)", "\uFEFF= T =", null, 0, "= T ="],
    ["empty", "", "empty", 0, ""],
    ["only white space", " \n\t\n", "empty", 0, " \n\t\n"],
    ["Latin-1", new Uint8Array([0x3d, 0x20, 0x54, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x2e]), "not-utf8", 2, "= T\ncafé."],
    ["binary", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), "binary", 3, ""],
  ])("decodeSource(%s)", (_name, bytes, code, line, text) => {
    const decoded = decodeSource(source(bytes));
    expect(decoded.text).toBe(text);
    expect(decoded.warnings.map((w) => [w.code, w.line, w.file])).toEqual(code ? [[code, line, "doc.txt"]] : []);
  });
});

describe("readCorpus", () => {
  test("reads .txt files sorted by name, skipping folders and other files", () => {
    const dir = mkdtempSync(join(tmpdir(), "atlas-corpus-"));
    writeFileSync(join(dir, "b.txt"), "B.");
    writeFileSync(join(dir, "a.txt"), "A.");
    writeFileSync(join(dir, "notes.md"), "#");
    writeFileSync(join(dir, ".hidden.txt"), "x");
    mkdirSync(join(dir, "sub.txt"));
    expect(readCorpus(dir).map((s) => [s.file, s.slug])).toEqual([["a.txt", "a"], ["b.txt", "b"]]);
  });
});
