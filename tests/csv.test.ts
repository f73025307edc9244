import {mkdtempSync, readdirSync, readFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {formatCell, formatCSV, formatNumber, writeFileAtomic} from "../loaders/io/csv.ts";

describe("formatCell", () => {
  test.each<[Parameters<typeof formatCell>[0], string]>([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["=SUM(A1:A9)", "'=SUM(A1:A9)"],
    ["+1", "'+1"],
    ["-cmd", "'-cmd"],
    ["@import", "'@import"],
    ["\tx", "'\tx"],
    ["\rx", "\"'\rx\""],
    ["=HYPERLINK(\"x\",\"y\")", "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""],
    [-3, "-3"],
    [1920, "1920"],
    [0.3333333333, "0.333333"],
    [1400000000, "1400000000"],
    [true, "true"],
    [null, ""],
    [undefined, ""],
    [["EST", "LVA"], "EST;LVA"],
  ])("formatCell(%j) → %j", (value, expected) => {
    expect(formatCell(value)).toBe(expected);
  });
});

describe("formatNumber", () => {
  test.each([[NaN, ""], [Infinity, ""], [2.5, "2.5"], [1e21, "1e+21"], [-0.1 - 0.2, "-0.3"]])("formatNumber(%d) → %j", (n, s) => {
    expect(formatNumber(n)).toBe(s);
  });
});

describe("formatCSV", () => {
  test("writes the header in the given column order and one line per row", () => {
    expect(formatCSV([{b: 2, a: "x"}, {a: "y,z", b: null}], ["a", "b"])).toBe('a,b\nx,2\n"y,z",\n');
  });
  test("an empty table still has its header", () => {
    expect(formatCSV([], ["a", "b"])).toBe("a,b\n");
  });
});

describe("writeFileAtomic", () => {
  test("leaves only the final file behind", () => {
    const dir = mkdtempSync(join(tmpdir(), "atlas-"));
    writeFileAtomic(join(dir, "sub", "t.csv"), "a\n1\n");
    expect(readdirSync(join(dir, "sub"))).toEqual(["t.csv"]);
    expect(readFileSync(join(dir, "sub", "t.csv"), "utf8")).toBe("a\n1\n");
  });
});
