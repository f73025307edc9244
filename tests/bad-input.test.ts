// The bad-input matrix: each case gets a clear message naming file and line, the other
// documents are exported as usual, and no half-written file is left behind.
import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {readCorpus} from "../loaders/io/corpus.ts";
import {writeOutputs} from "../loaders/io/export.ts";
import {runPipeline} from "../loaders/pipeline.ts";
import {DATA, FIXTURES} from "./helpers.ts";

const GOOD = "= Good =\n\n== 1950–1960: P ==\n\n==== 1956: Hungary ====\n\nSoviet troops entered Budapest.\n";

/** The matrix: file name, bytes, and the warnings (code, line) it must produce. */
const CASES: [string, string | Uint8Array, [string, number][]][] = [
  ["empty.txt", "", [["empty", 0]]],
  ["whitespace.txt", "  \n\t\n   \n", [["empty", 0]]],
  ["binary.txt", new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x0a, 0x02, 0x00, 0x00, 0x01]), [["binary", 2]]],
  ["latin1.txt", Buffer.concat([Buffer.from("= Caf"), Buffer.from([0xe9]), Buffer.from(" =\n\n==== 1956: Hungary ====\nNa"), Buffer.from([0xef]), Buffer.from("ve.\n")]), [["not-utf8", 1]]],
  ["bom.txt", "\uFEFF" + GOOD, []],
  ["crlf.txt", GOOD.replace(/\n/g, "\r\n"), []],
  ["unbalanced.txt", "= T =\n\n=== 1956: Hungary ==\nText.\n==== 1957: Poland\nText.\n", [["unbalanced-heading", 3], ["unbalanced-heading", 5]]],
  ["reversed.txt", "= T =\n\n==== 1960–1950: Hungary ====\nText.\n", [["reversed-years", 3]]],
  ["future.txt", "= T =\n\n==== 2950: Mars ====\nText.\n", [["future-year", 3]]],
  ["no-place.txt", "= T =\n\n==== 1956: ====\nText.\n", [["no-place", 3]]],
  ["duplicated.txt", "= T =\n\n==== 1956: Hungary ====\nA.\n\n==== 1956: Hungary ====\nB.\n", [["duplicate-section", 6]]],
  ["undated.txt", "A Title\n\nSome prose without dated headings.\n", [["no-dated-headings", 0]]],
];

describe("bad-input matrix → runPipeline + writeOutputs", () => {
  const data = mkdtempSync(join(tmpdir(), "atlas-bad-"));
  const out = mkdtempSync(join(tmpdir(), "atlas-bad-out-"));
  writeFileSync(join(data, "good.txt"), GOOD);
  for (const [file, bytes] of CASES) writeFileSync(join(data, file), bytes);
  writeFileSync(join(data, "hostile-markup.txt"), readFileSync(join(FIXTURES, "hostile", "hostile-markup.txt")));
  const result = runPipeline(readCorpus(data));
  const written = writeOutputs(result, out);

  test.each(CASES)("%s → its warnings, by code and line", (file, _bytes, expected) => {
    const got = result.warnings.filter((w) => w.file === file).map((w) => [w.code, w.line]);
    // Every expected warning is there; an unreadable file adds nothing else.
    for (const e of expected) expect(got).toContainEqual(e);
    if (expected.some(([code]) => code === "empty" || code === "binary")) expect(got).toEqual(expected);
    for (const w of result.warnings.filter((w) => w.file === file)) expect(w.message.length).toBeGreaterThan(10);
  });

  test("the good documents are exported as usual", () => {
    const rows = result.tables.interventions;
    for (const doc of ["good", "bom", "crlf", "latin1"]) expect(rows.filter((r) => r.document === doc).map((r) => r.place)).toEqual(["Hungary"]);
    expect(rows.filter((r) => r.document === "reversed").map((r) => [r.start_year, r.end_year])).toEqual([[1950, 1960]]);
    expect(result.tables.documents).toHaveLength(CASES.length + 2);
  });

  test("BOM and CRLF documents give the same rows as the clean one", () => {
    const strip = (doc: string) => result.tables.interventions.filter((r) => r.document === doc).map(({id, document, ...rest}) => rest);
    expect(strip("bom")).toEqual(strip("good"));
    expect(strip("crlf")).toEqual(strip("good"));
  });

  test("the Latin-1 document is read as Windows-1252", () => {
    expect(result.tables.documents.find((d) => d.document === "latin1")?.title).toBe("Café");
  });

  test("no half-written or temporary file is left behind", () => {
    expect(readdirSync(out).sort()).toEqual(written.map((w) => w.file).sort());
    expect(readdirSync(out).some((f) => f.includes(".tmp-"))).toBe(false);
  });

  test("markup and script text stay text; formula-looking cells are made inert", () => {
    const csv = readFileSync(join(out, "interventions.csv"), "utf8");
    expect(csv).toContain("<script>window.pwned = true</script>Hungary");
    expect(csv).toMatch(/,"'=HYPERLINK\(""http:\/\/example\.invalid"",""click""\)",/);
    for (const line of csv.split("\n")) for (const cell of line.split(",")) expect(cell).not.toMatch(/^[=+@]/);
  });
});

describe("a 20 MB document", () => {
  test("is read in full and yields every section", () => {
    const seed = readFileSync(join(DATA, "soviet-involvement-in-regime-change.txt"), "utf8");
    const copies = Math.ceil((20 * 1024 * 1024) / Buffer.byteLength(seed));
    const big = Array.from({length: copies}, () => seed).join("\n");
    const dir = mkdtempSync(join(tmpdir(), "atlas-big-"));
    writeFileSync(join(dir, "big.txt"), big);
    const result = runPipeline(readCorpus(dir));
    expect(Buffer.byteLength(big)).toBeGreaterThan(20 * 1024 * 1024);
    expect(result.tables.interventions).toHaveLength(25 * copies);
    // Repeated sections are flagged, not dropped.
    expect(result.warnings.filter((w) => w.code === "duplicate-section")).toHaveLength(25 * (copies - 1));
  });
});
