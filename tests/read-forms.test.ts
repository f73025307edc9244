// Every form of the seed (plain text, wikitext, desktop and mobile HTML) gives the same rows
// through runPipeline; dispatch by extension; readers load their parsers only when needed.
import {execFileSync} from "node:child_process";
import {copyFileSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {describe, expect, test} from "vitest";
import {decodeSource, readCorpus} from "../loaders/io/corpus.ts";
import {runPipeline} from "../loaders/pipeline.ts";
import {DOCUMENT_FILE, FORMATS, formatOf, readForm} from "../loaders/read/index.ts";
import {humanizeSlug, readText, renderBlocks, tableRowItem} from "../loaders/read/text.ts";
import {TABLE_DATE_CELL} from "../loaders/rules/structure.ts";
import {SCHEMAS} from "../loaders/tables/schema.ts";
import {DATA, FIXTURES, ROOT, SEED, readGold} from "./helpers.ts";

const FORMS = resolve(FIXTURES, "forms");
const sourceOf = (path: string) => ({file: path.split("/").pop()!, slug: SEED, bytes: new Uint8Array(readFileSync(path))});
const forms: [string, string][] = [
  ["text", resolve(DATA, `${SEED}.txt`)],
  ["wikitext", resolve(FORMS, `${SEED}.wiki`)],
  ["html", resolve(FORMS, `${SEED}.html`)],
  ["html (mobile)", resolve(FORMS, `${SEED}.mobile.html`)],
];
const results = new Map(forms.map(([name, path]) => [name, runPipeline([sourceOf(path)])]));
const FIGURE_FIELDS = ["order", "quote", "low", "high", "approx", "bound", "unit", "category"] as const;
const figuresOf = (name: string) => results.get(name)!.tables.figures.map((f) => FIGURE_FIELDS.map((k) => f[k]));
const interventionsOf = (name: string) => results.get(name)!.tables.interventions.map(({line: _line, ...rest}) => rest);

describe("the seed in every form → the same rows", () => {
  test.each(forms)("%s: 25 interventions and 61 figures, no warnings", (name) => {
    const result = results.get(name)!;
    expect(result.tables.interventions).toHaveLength(25);
    expect(result.tables.figures).toHaveLength(61);
    expect(result.warnings).toEqual([]);
  });
  test.each(forms.slice(1))("%s: the same interventions as the plain text (all fields but line)", (name) => {
    expect(interventionsOf(name)).toEqual(interventionsOf("text"));
  });
  test.each(forms.slice(1))("%s: the same figures as the plain text (quote, low, high, approx, bound, unit, category, order)", (name) => {
    expect(figuresOf(name)).toEqual(figuresOf("text"));
  });
  test.each(forms)("%s: the same figures as the seed's answer key where the text form matches it", (name) => {
    const gold = readGold("figures").map((g) => `${g.order}|${g.quote}`);
    const got = new Set(figuresOf(name).map(([order, quote]) => `${order}|${quote}`));
    const textGot = new Set(figuresOf("text").map(([order, quote]) => `${order}|${quote}`));
    expect(gold.filter((g) => got.has(g))).toEqual(gold.filter((g) => textGot.has(g)));
  });
  test.each(forms)("%s: every figure's quote is text.slice(start, end), and every line points into the text", (name) => {
    const result = results.get(name)!;
    const doc = result.documents[0];
    const figures = result.analyses[0].figures;
    expect(figures).toHaveLength(61);
    for (const f of figures) {
      expect(doc.text.slice(f.start, f.end)).toBe(f.quote);
      expect(doc.text.split("\n")[f.line - 1]).toContain(f.quote);
    }
    for (const i of result.interventions) expect(doc.text.split("\n")[i.line - 1]).toMatch(/^====/);
  });
  test.each(forms)("%s: the document's format is recorded", (name) => {
    expect(results.get(name)!.tables.documents[0].format).toBe(name.replace(" (mobile)", ""));
  });
});

describe("dispatch by extension", () => {
  test.each<[string, string]>([
    ["a.txt", "text"],
    ["a.TEXT", "text"],
    ["a.wiki", "wikitext"],
    ["a.wikitext", "wikitext"],
    ["a.mediawiki", "wikitext"],
    ["a.html", "html"],
    ["a.HTM", "html"],
    ["a.md", "text"],
  ])("formatOf(%s) → %s", (file, format) => {
    expect(formatOf(file)).toBe(format);
  });
  test.each(FORMATS.map(([p, f]) => [p.source, f] as const))("DOCUMENT_FILE takes %s (%s)", (pattern) => {
    expect(DOCUMENT_FILE.test(`x.${pattern.replace(/^\\\.\(\?:([a-z]+).*$/, "$1")}`)).toBe(true);
  });
  test("readForm never throws: a failing reader leaves a warning and no text", () => {
    expect(readForm("x.html", "x", "<main><p>Fine.</p></main>").text).toBe("= X =\n\nFine.\n");
    expect(readForm("x.txt", "x", "= T =").format).toBe("text");
  });
});

describe("readText and the shared writers", () => {
  test.each<[string, string]>([
    ["= T =\n\nBody.", "= T =\n\nBody."],
    ["no title\r\n", "no title\r\n"],
  ])("readText(%j) is the text as it is", (input, expected) => {
    expect(readText(input)).toEqual({text: expected, warnings: []});
  });
  test.each<[string, string]>([
    ["soviet-involvement-in-regime-change", "Soviet involvement in regime change"],
    ["Toronto_Star", "Toronto Star"],
    ["x", "X"],
  ])("humanizeSlug(%s) → %s", (slug, title) => {
    expect(humanizeSlug(slug)).toBe(title);
  });
  test.each<[string[], string | null]>([
    [["Guatemala", "1954", "CIA-backed coup"], "1954 – Guatemala – CIA-backed coup"],
    [["c. 1820", "Khiva"], "c. 1820 – Khiva"],
    [["31 March 1964", "Brazil", ""], "31 March 1964 – Brazil"],
    [["1945–present", "Kuril Islands"], "1945–present – Kuril Islands"],
    [["1956", "31,550"], null],
    [["Notes"], null],
    [["Iran", "The 1953 coup"], null],
  ])("tableRowItem(%j) → %j", (cells, item) => {
    expect(tableRowItem(cells)).toBe(item);
  });
  test("TABLE_DATE_CELL matches its own example", () => {
    expect(TABLE_DATE_CELL[0].test(TABLE_DATE_CELL[2])).toBe(true);
  });
  test("renderBlocks: headings, paragraphs, consecutive list items, empty blocks dropped", () => {
    expect(
      renderBlocks("T", [
        {kind: "paragraph", text: " Lead  text. "},
        {kind: "heading", text: "H", level: 3},
        {kind: "list-item", text: "a"},
        {kind: "list-item", text: "b"},
        {kind: "paragraph", text: " "},
        {kind: "paragraph", text: "After."},
      ]),
    ).toBe("= T =\n\nLead text.\n\n=== H ===\n\n- a\n- b\n\nAfter.\n");
  });
});

describe("readCorpus and decodeSource with every form", () => {
  test("reads every supported extension, sorted; two files with one slug are both read, distinguishable, with a warning", () => {
    const dir = mkdtempSync(join(tmpdir(), "atlas-forms-"));
    copyFileSync(resolve(DATA, `${SEED}.txt`), join(dir, `${SEED}.txt`));
    copyFileSync(resolve(FORMS, `${SEED}.wiki`), join(dir, `${SEED}.wiki`));
    copyFileSync(resolve(DATA, `${SEED}.meta.json`), join(dir, `${SEED}.meta.json`));
    writeFileSync(join(dir, "page.html"), "<main><p>A page.</p></main>");
    writeFileSync(join(dir, "notes.md"), "# not a document");
    const sources = readCorpus(dir);
    expect(sources.map((s) => [s.file, s.slug])).toEqual([
      ["page.html", "page"],
      [`${SEED}.txt`, `${SEED}-txt`],
      [`${SEED}.wiki`, `${SEED}-wiki`],
    ]);
    const result = runPipeline(sources);
    expect(result.tables.documents.map((d) => [d.document, d.format, d.licence])).toEqual([
      ["page", "html", "unknown"],
      [`${SEED}-txt`, "text", "CC-BY-SA-4.0"],
      [`${SEED}-wiki`, "wikitext", "CC-BY-SA-4.0"],
    ]);
    expect(result.warnings.filter((w) => w.code === "duplicate-slug").map((w) => [w.document, w.file, w.line])).toEqual([
      [`${SEED}-txt`, `${SEED}.txt`, 0],
      [`${SEED}-wiki`, `${SEED}.wiki`, 0],
    ]);
    const byDoc = (doc: string) => result.tables.interventions.filter((r) => r.document === doc).map(({id: _id, document: _d, line: _l, ...rest}) => rest);
    expect(byDoc(`${SEED}-wiki`)).toEqual(byDoc(`${SEED}-txt`));
  });
  test.each<[string, string, string, number]>([
    ["bad.wiki", "A {{cite\nB.", "unclosed-template", 1],
    ["bad.html", "<html>\n<body><p>No article.</p></body></html>", "no-article-body", 2],
  ])("decodeSource(%s): the reader's warning names file and line, and costs nothing else", (file, text, code, line) => {
    const decoded = decodeSource({file, slug: "bad", bytes: new TextEncoder().encode(text)});
    expect(decoded.warnings.map((w) => [w.code, w.line, w.file])).toEqual([[code, line, file]]);
    expect(() => runPipeline([decoded])).not.toThrow();
  });
  test("an empty .wiki file is reported as empty, and not read", () => {
    const decoded = decodeSource({file: "e.wiki", slug: "e", bytes: new Uint8Array()});
    expect([decoded.format, decoded.text, decoded.warnings.map((w) => w.code)]).toEqual(["wikitext", "", ["empty"]]);
  });
  test("documents.csv's format column is in the data dictionary", () => {
    expect(SCHEMAS.documents.columns.map((c) => c.name)).toContain("format");
  });
});

describe("readers load their parsers only when a file of that form is read", () => {
  const probe = (dir: string) =>
    execFileSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "-e",
        `import {createRequire} from "node:module";
         const {readCorpus} = await import(${JSON.stringify(resolve(ROOT, "loaders/io/corpus.ts"))});
         const {runPipeline} = await import(${JSON.stringify(resolve(ROOT, "loaders/pipeline.ts"))});
         runPipeline(readCorpus(${JSON.stringify(dir)}));
         const cache = Object.keys(createRequire(import.meta.url).cache);
         console.log(JSON.stringify(["wtf_wikipedia", "htmlparser2"].filter((p) => cache.some((k) => k.includes("/node_modules/" + p + "/")))));`,
      ],
      {cwd: ROOT, encoding: "utf8"},
    ).trim();
  test("a .txt corpus loads neither wtf_wikipedia nor htmlparser2", () => {
    expect(JSON.parse(probe(DATA))).toEqual([]);
  });
  test("a corpus with .wiki and .html loads both", () => {
    expect(JSON.parse(probe(FORMS))).toEqual(["wtf_wikipedia", "htmlparser2"]);
  });
});
