// readWikitext: an article's wikitext (or a Special:Export dump) → the seeds' normalized text.
import {readFileSync} from "node:fs";
import {resolve} from "node:path";
import {describe, expect, test} from "vitest";
import {maybeExport, readWikitext} from "../loaders/read/wikitext.ts";
import {FOOTNOTE_TEMPLATES, MAINTENANCE_TEMPLATES, TEXT_TEMPLATES} from "../loaders/rules/wikitext.ts";
import {runPipeline} from "../loaders/pipeline.ts";
import {FIXTURES} from "./helpers.ts";

/** The normalized text without its title line. */
const body = (wikitext: string) => readWikitext(wikitext, "x.wiki", "x").text.replace(/^= X =\n\n?/, "");
const warningsOf = (wikitext: string) => readWikitext(wikitext, "x.wiki", "x").warnings.map((w) => [w.code, w.line, w.file]);

describe("readWikitext: headings and blocks", () => {
  test.each<[string, string, string]>([
    ["levels by number of =", "== A ==\nx.\n=== B ===\ny.\n==== C ====\nz.", "== A ==\n\nx.\n\n=== B ===\n\ny.\n\n==== C ====\n\nz.\n"],
    ["anchor markup is not part of the heading", '== <span class="anchor" id="Interwar"></span> 1921–1940: Interwar period ==\nText.', "== 1921–1940: Interwar period ==\n\nText.\n"],
    ["paragraphs split on blank lines, lines joined", "One\nline.\n\nTwo.", "One line.\n\nTwo.\n"],
    ["list items, nested lists flattened", "Intro:\n* a\n** b\n# c\n#* d", "Intro:\n\n- a\n- b\n- c\n- d\n"],
    ["bold, italics and links read as their text", "'''Bold''' and ''it'' [[Target|shown]] [[Plain]]s [https://e.org ext].", "Bold and it shown Plains ext.\n"],
    ["HTML entities decoded", "1895&nbsp;&ndash;&nbsp;1969 &amp; more.", "1895 – 1969 & more.\n"],
  ])("%s", (_name, input, expected) => {
    expect(body(input)).toBe(expected);
  });

  test("the title comes from the slug, humanised", () => {
    expect(readWikitext("Text.", "soviet-involvement-in-regime-change.wiki", "soviet-involvement-in-regime-change").text).toBe("= Soviet involvement in regime change =\n\nText.\n");
  });
});

describe("readWikitext: references as markers", () => {
  test.each<[string, string, string]>([
    ["numbered by first appearance", "A.<ref>x</ref> B.<ref>y</ref>", "A.^{[1]} B.^{[2]}\n"],
    ["a named reference reuses its number", 'A.<ref name="s">x</ref> B.<ref>y</ref> C.<ref name="s" /> D.<ref name=s/>', "A.^{[1]} B.^{[2]} C.^{[1]} D.^{[1]}\n"],
    ["adjacent references join", "A.<ref>x</ref><ref>y</ref> <ref>z</ref> B.", "A.^{[1] [2] [3]} B.\n"],
    ["a reference with templates, links and markup inside", "A.<ref>{{cite web|url=https://e.org|title=T [[L]] ''i''}}</ref> B.", "A.^{[1]} B.\n"],
    ["group references count apart", 'A.<ref group="F">n</ref> B.<ref>x</ref> C.<ref group="F">m</ref>', "A.^{[F 1]} B.^{[1]} C.^{[F 2]}\n"],
    ["{{efn}} notes are lettered", "A.{{efn|Note.}} B.{{efn|Other.}}", "A.^{[a]} B.^{[b]}\n"],
    ["{{#tag:ref}}, {{r}} and {{sfn}}", '{{#tag:ref|Note with <ref name="s">x</ref>.|group=nb}} A.<ref name="s"/> B.{{r|s}} C.{{sfn|Smith|2001|p=4}} D.{{sfn|Smith|2001|p=4}}', "^{[nb 1]} A.^{[1]} B.^{[1]} C.^{[2]} D.^{[2]}\n"],
    ["reference lists are not text", "A.<ref>x</ref>\n\n<references />\n\n{{Reflist}}\n\n<references>\n<ref name=a>y</ref>\n</references>", "A.^{[1]}\n"],
    ["a reference in a left-out infobox takes no number", "{{Infobox country|name=X<ref>i</ref>}}\nA.<ref>x</ref>", "A.^{[1]}\n"],
  ])("%s", (_name, input, expected) => {
    expect(body(input)).toBe(expected);
  });
});

describe("readWikitext: templates", () => {
  test.each<[string, string, string]>([
    ["{{citation needed}}", "Claim.{{citation needed|date=May 2020}}", "Claim.^{[citation needed]}\n"],
    ["{{cn}} after a reference joins it", "Claim.<ref>x</ref>{{cn}}", "Claim.^{[1] [citation needed]}\n"],
    ["{{when?}}, {{who?}}, {{clarify}}, {{dubious}}, {{failed verification}}", "A{{when?}} b{{who?}} c{{clarify|date=2020}} d{{dubious}} e{{failed verification}}.", "A^{[when?]} b^{[who?]} c^{[clarification needed]} d^{[dubious – discuss]} e^{[failed verification]}.\n"],
    ["{{convert}} gives its first unit", "A {{convert|5|km|mi}} walk.", "A 5 km walk.\n"],
    ["{{circa}} and {{c.}}", "In {{circa|1950}} and {{c.|1951}}.", "In c. 1950 and c. 1951.\n"],
    ["{{lang}}, {{langx}}, {{nowrap}}", 'The "{{lang|fr|Deuxième Bureau}}", {{langx|ru|Москва}}, {{nowrap|5 000 men}}.', 'The "Deuxième Bureau", Москва, 5 000 men.\n'],
    ["date templates", "On {{Start date|1944|8|23}} until {{End date|1945|5|9}}.", "On August 23, 1944 until May 9, 1945.\n"],
    ["{{US$}}", "Aid of {{US$|5 million}}.", "Aid of US$5 million.\n"],
    ["dashes", "1944{{ndash}}1946, a{{snd}}b, c{{spaced ndash}}d, e{{emdash}}f, g{{mdash}}h.", "1944–1946, a – b, c – d, e—f, g—h.\n"],
    ["clock templates give nothing (same input, same output)", "It is {{CURRENTYEAR}}; aged {{age|1950|1|1}}.", "It is ; aged.\n"],
    ["{{citation needed span}} keeps its text", "{{citation needed span|text=A claim.|date=May 2020}} Next.", "A claim.^{[citation needed]} Next.\n"],
    // As Wikipedia shows them: the name beside the flag image (no emoji, no lower case); an icon alone shows no text.
    ["flags", "{{flag|Iran}}, {{flagcountry|Cuba}}, {{flagu|Dominican Republic}} and{{flagicon|USA}} Khiva.", "Iran, Cuba, Dominican Republic and Khiva.\n"],
  ])("%s", (_name, input, expected) => {
    expect(body(input)).toBe(expected);
  });

  test.each(MAINTENANCE_TEMPLATES)("maintenance rule %s: its example gives ^{[%s]}", (_pattern, label, example) => {
    expect(body(`Claim${example}.`)).toBe(`Claim^{[${label}]}.\n`);
  });
  test.each(FOOTNOTE_TEMPLATES)("footnote rule %s (%s): its example gives a marker", (_pattern, _kind, example) => {
    expect(body(`A.${example} B.`)).toMatch(/^A\.\^\{\[[a-z0-9 ]+\]\} B\.\n$/);
  });
  test.each(TEXT_TEMPLATES)("text rule %s: its example is read without braces", (_pattern, _render, example) => {
    expect(body(`A ${example} b.`).replace(/\^\{\[[^{}]*\]\}/g, "")).not.toMatch(/[{}]/);
  });
});

describe("readWikitext: what stays out of the prose", () => {
  const page = [
    "{{Short description|Soviet Union's role}}",
    "{{About|the Soviet Union|Russia|Russian involvement}}",
    "{{Infobox military conflict\n| conflict = X\n| casualties1 = 1,000,000 killed\n}}",
    "{{Soviet Union sidebar}}",
    "Lead 1.",
    "== History ==",
    "{{Main|Cold War}}",
    "{{See also|Warsaw Pact}}",
    "{{Further|Berlin}}",
    "[[File:Tanks.jpg|thumb|Soviet tanks; some 250,000 troops]]",
    "[[Image:Map.png|left|upright|A map of 36 countries]]",
    "Body 2.",
    "<gallery>\nFile:A.jpg|Caption of 5,000 soldiers\n</gallery>",
    '{| class="wikitable"\n! Year !! Troops\n|-\n| 1956 || 31,550\n|}',
    "<!-- 7,000 hidden troops -->Body 3.",
    "== See also ==",
    "* [[Russian involvement in regime change]]",
    "== References ==",
    "{{Reflist}}",
    "== External links ==",
    "* [https://e.org Archive of 36 interventions]",
    "{{Soviet Union topics}}",
    "[[Category:Regime change]]",
    "{{DEFAULTSORT:Soviet}}",
  ].join("\n\n");
  const text = body(page);

  test("headings and prose are kept, trailing sections keep their headings only", () => {
    expect(text).toBe("Lead 1.\n\n== History ==\n\nBody 2.\n\nBody 3.\n\n== See also ==\n\n== References ==\n\n== External links ==\n");
  });
  test.each(["Soviet Union's role", "Russian involvement", "1,000,000", "sidebar", "Cold War", "Warsaw Pact", "Berlin", "250,000", "36 countries", "5,000", "31,550", "7,000", "Archive", "Category", "DEFAULTSORT", "topics", "{{", "}}", "[[", "<"])("no %j", (junk) => {
    expect(text).not.toContain(junk);
  });
});

describe("readWikitext: a table of dated rows is a dated list", () => {
  const table = [
    "Lead.",
    "== Operations ==",
    "Listed below.",
    '{| class="wikitable sortable"\n! Year !! Country !! Description\n|-\n| 1953 || [[Iran]] || [[Central Intelligence Agency|CIA]]-backed coup<ref>Gasiorowski</ref>\n|-\n| [[Guatemala]] || 1954 || The CIA organised a coup.\n|-\n| 1956 || 31,550 ||\n|-\n| colspan=3 | Notes\n|}',
  ].join("\n\n");
  test("rows a cell dates become items, date first; rows of numbers only and undated rows stay out", () => {
    expect(body(table)).toBe("Lead.\n\n== Operations ==\n\nListed below.\n\n- 1953 – Iran – CIA-backed coup^{[1]}\n- 1954 – Guatemala – The CIA organised a coup.\n");
  });
  test("the rows are read as a power's dated list: one intervention per row", () => {
    const text = readWikitext(table, "united-states-involvement-in-regime-change.wiki", "united-states-involvement-in-regime-change").text;
    const rows = runPipeline([{file: "us.txt", slug: "us", text, bytes: text.length, warnings: []}]).interventions;
    expect(rows.map((r) => [r.start_year, r.target_iso3.join(";"), r.methods.join(";")])).toEqual([
      [1953, "IRN", "coup;covert"],
      [1954, "GTM", "coup;covert"],
    ]);
  });
});

describe("readWikitext: Special:Export dumps", () => {
  const dump = [
    '<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" xml:lang="en">',
    "  <siteinfo><sitename>Wikipedia</sitename></siteinfo>",
    "  <page>",
    "    <title>Soviet involvement in regime change</title>",
    "    <ns>0</ns>",
    "    <revision>",
    "      <id>1</id>",
    '      <text bytes="99" xml:space="preserve">Lead &amp; more.&lt;ref name="a"&gt;x&lt;/ref&gt;',
    "",
    "== 1956: Hungary ==",
    "Troops {{unclosed",
    "entered.</text>",
    "    </revision>",
    "  </page>",
    "</mediawiki>",
  ].join("\n");

  test("title from <title>, entities decoded, references read", () => {
    expect(readWikitext(dump, "x.wiki", "x").text).toBe("= Soviet involvement in regime change =\n\nLead & more.^{[1]}\n\n== 1956: Hungary ==\n\nTroops entered.\n");
  });
  test("warnings name lines of the dump file", () => {
    expect(warningsOf(dump)).toEqual([["unclosed-template", 11, "x.wiki"]]);
  });
  test("maybeExport reads the first page; not a dump → null", () => {
    expect(maybeExport(dump)).toMatchObject({title: "Soviet involvement in regime change", line: 8, pages: 1});
    expect(maybeExport("== Heading ==\nText.")).toBeNull();
  });
  test("a dump with several pages reads the first and says so", () => {
    const two = dump.replace("</mediawiki>", "<page><title>Other</title><revision><text>Other text.</text></revision></page></mediawiki>");
    const read = readWikitext(two, "x.wiki", "x");
    expect(read.text).toContain("Troops entered.");
    expect(read.text).not.toContain("Other text");
    expect(read.warnings.map((w) => w.code)).toEqual(["export-pages", "unclosed-template"]);
  });
});

describe("readWikitext: bad input → a warning with file and line, and the rest is read", () => {
  test.each<[string, string, [string, number, string][], string]>([
    ["unclosed template", "Lead.\n\nA {{cite web|url=x\nB continues.\n\nC.", [["unclosed-template", 3, "x.wiki"]], "Lead.\n\nA B continues.\n\nC.\n"],
    ["unclosed <ref> does not leak", "A.<ref>{{cite web\n|title=Leak}} secret 9,000 words\n\nB.<ref>ok</ref>", [["unclosed-ref", 1, "x.wiki"]], "A.^{[1]}\n\nB.^{[2]}\n"],
    ["unclosed <ref> before the next <ref>", "A.<ref>leak one\nB.<ref>fine</ref>", [["unclosed-ref", 1, "x.wiki"]], "A.^{[1]} B.^{[2]}\n"],
    ["unclosed table", 'Lead.\n\n{| class="wikitable"\n| 31,550\n\nAfter the table.\n\n== H ==\nText.', [["unclosed-table", 3, "x.wiki"]], "Lead.\n\nAfter the table.\n\n== H ==\n\nText.\n"],
    ["unclosed comment", "A.\n\nB <!-- hidden\n\nC.", [["unclosed-comment", 3, "x.wiki"]], "A.\n\nB\n"],
  ])("%s", (_name, input, warnings, expected) => {
    const read = readWikitext(input, "x.wiki", "x");
    expect(read.warnings.map((w) => [w.code, w.line, w.file])).toEqual(warnings);
    expect(read.warnings.every((w) => w.document === "x" && w.message.length > 20)).toBe(true);
    expect(read.text.replace(/^= X =\n\n?/, "")).toBe(expected);
  });

  test.each(["", "{{", "}}", "<ref", "<ref>", "{|", "|}", "<!--", "[[", "'''", "<mediawiki>", "<mediawiki><page></page></mediawiki>", "{{{{{{", "⦑1⦒", "== ==", "\u0000"])("never throws on %j", (input) => {
    expect(() => readWikitext(input, "x.wiki", "x")).not.toThrow();
  });
});

describe("readWikitext: the seed fixture", () => {
  const source = readFileSync(resolve(FIXTURES, "forms/soviet-involvement-in-regime-change.wiki"), "utf8");
  test("same input → byte-identical output", () => {
    expect(readWikitext(source, "s.wiki", "s").text).toBe(readWikitext(source, "s.wiki", "s").text);
  });
});
