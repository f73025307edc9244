// readHtml: a page saved from Wikipedia's desktop or mobile site → the seeds' normalized text.
import {readFileSync} from "node:fs";
import {resolve} from "node:path";
import {describe, expect, test} from "vitest";
import {readHtml} from "../loaders/read/html.ts";
import {MARKER_CLASSES, SKIP_CLASSES} from "../loaders/rules/html.ts";
import {FIXTURES} from "./helpers.ts";

/** A desktop page around `content` (the inside of .mw-parser-output). */
const page = (content: string) =>
  `<!DOCTYPE html><html><head><title>Soviet involvement in regime change - Wikipedia</title></head><body><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output">${content}</div></div></body></html>`;
/** The normalized text without its title line. */
const body = (content: string) => readHtml(page(content), "x.html", "x").text.replace(/^= Soviet involvement in regime change =\n\n?/, "");
const edit = '<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="?action=edit">edit</a><span class="mw-editsection-bracket">]</span></span>';

describe("readHtml: headings and blocks", () => {
  test.each<[string, string, string]>([
    ["older heading markup (span.mw-headline + edit link)", `<h2><span class="mw-headline" id="A">1921–1940: Interwar period</span>${edit}</h2><p>Text.</p>`, "== 1921–1940: Interwar period ==\n\nText.\n"],
    ["2024+ heading markup (div.mw-heading)", `<div class="mw-heading mw-heading3"><h3 id="B">1920s</h3>${edit}</div><p>Text.</p>`, "=== 1920s ===\n\nText.\n"],
    ["h2–h6 → == … ======", "<h2>A</h2><h3>B</h3><h4>C</h4><h5>D</h5><h6>E</h6>", "== A ==\n\n=== B ===\n\n==== C ====\n\n===== D =====\n\n====== E ======\n"],
    ["paragraphs, <br> as a space", "<p>One<br>two.</p><p>Three.</p>", "One two.\n\nThree.\n"],
    ["list items, nested lists flattened", "<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul><ol><li>d</li></ol><dl><dd>e</dd></dl>", "- a\n- b\n- c\n- d\n- e\n"],
    ["entities decoded, white space folded", "<p>1944&#8211;1946 &amp; \n  &quot;more&quot;&nbsp;here.</p>", '1944–1946 & "more" here.\n'],
    ["links, bold and italics read as their text", '<p><b>Bold</b> <i>it</i> <a href="/wiki/X" title="ignored title">shown</a>.</p>', "Bold it shown.\n"],
  ])("%s", (_name, input, expected) => {
    expect(body(input)).toBe(expected);
  });

  test.each<[string, string, string]>([
    ["#firstHeading", '<html><head><title>Other - Wikipedia</title></head><body><h1 id="firstHeading"><span class="mw-page-title-main">From the heading</span></h1><main><p>T.</p></main></body></html>', "= From the heading =\n\nT.\n"],
    ["<title> minus ' - Wikipedia'", "<html><head><title>From the title - Wikipedia</title></head><body><main><p>T.</p></main></body></html>", "= From the title =\n\nT.\n"],
    ["the slug, humanised", "<html><body><main><p>T.</p></main></body></html>", "= X =\n\nT.\n"],
  ])("title from %s", (_name, input, expected) => {
    expect(readHtml(input, "x.html", "x").text).toBe(expected);
  });

  test("the mobile site's sections and collapsible headings", () => {
    const mobile = `<section class="mf-section-0" id="mf-section-0"><p>Lead.</p></section><div class="mw-heading mw-heading2 section-heading collapsible-heading" onclick="mfTempOpenSection(1)"><span class="indicator mf-icon mf-icon-expand"></span><h2 id="A">1921–1940: Interwar period</h2>${edit}</div><section class="mf-section-1 collapsible-block" id="mf-section-1"><p>Body.</p></section>`;
    expect(body(mobile)).toBe("Lead.\n\n== 1921–1940: Interwar period ==\n\nBody.\n");
  });
});

describe("readHtml: citation markers", () => {
  const ref = (n: string) => `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">&#91;</span>${n}<span class="cite-bracket">&#93;</span></a></sup>`;
  const fact = '<sup class="noprint Inline-Template Template-Fact" style="white-space:nowrap;">[<i><a href="/wiki/Wikipedia:Citation_needed"><span title="This claim needs references">citation needed</span></a></i>]</sup>';
  test.each<[string, string, string]>([
    ["sup.reference → ^{[4]}", `<p>Troops came.${ref("4")}</p>`, "Troops came.^{[4]}\n"],
    ["adjacent references join", `<p>Troops came.${ref("4")}${ref("5")} Then.</p>`, "Troops came.^{[4] [5]} Then.\n"],
    ["[citation needed] → ^{[citation needed]}", `<p>A claim.${fact}</p>`, "A claim.^{[citation needed]}\n"],
    ["a reference then a maintenance marker", `<p>A claim.${ref("12")}${fact}</p>`, "A claim.^{[12] [citation needed]}\n"],
    ["group labels kept", `<p>Note.<sup class="reference"><a href="#cite_note-F8">[F 8]</a></sup></p>`, "Note.^{[F 8]}\n"],
  ])("%s", (_name, input, expected) => {
    expect(body(input)).toBe(expected);
  });
  test.each(MARKER_CLASSES)("marker rule %s (%s): its example gives a marker", (_pattern, _label, example) => {
    expect(body(`<p>A.${example}</p>`)).toMatch(/^A\.\^\{\[[a-z0-9 ?]+\]\}\n$/);
  });
});

describe("readHtml: what stays out of the prose", () => {
  test.each(SKIP_CLASSES)("class rule %s (%s): its example is left out", (_pattern, _label, example) => {
    expect(body(`<p>Kept.</p>${example}`)).toBe("Kept.\n");
  });
  test.each<[string, string]>([
    ["hatnote with role=note", '<div role="note" class="hatnote navigation-not-searchable">Main article: Cold War</div>'],
    ["table of contents", '<div id="toc" class="toc" role="navigation"><h2 id="mw-toc-heading">Contents</h2><ul><li>1 Interwar</li></ul></div>'],
    ["infobox table", '<table class="infobox"><tr><td>1,000,000 killed</td></tr></table>'],
    ["wikitable", '<table class="wikitable"><tr><td>31,550</td></tr></table>'],
    ["figure and caption", '<figure typeof="mw:File/Thumb"><a href="/wiki/File:T.jpg"><img src="t.jpg"></a><figcaption>Soviet tanks; 250,000 troops</figcaption></figure>'],
    ["references list", '<div class="reflist"><ol class="references"><li id="cite_note-1"><span class="reference-text">Smith, 36 interventions.</span></li></ol></div>'],
    ["navbox", '<div role="navigation" class="navbox"><table><tr><td>1,000 tanks</td></tr></table></div>'],
    ["empty and noprint elements", '<p class="mw-empty-elt"></p><div class="noprint">Print this</div>'],
    ["style, script, noscript", "<style>p::after{content:'9 tanks'}</style><script>var troops = 5;</script><noscript><img src=x></noscript>"],
  ])("%s", (_name, junk) => {
    expect(body(`${junk}<p>Kept.</p>`)).toBe("Kept.\n");
  });
  test("trailing sections keep their headings only", () => {
    expect(body("<p>Body.</p><h2>See also</h2><ul><li>Russian involvement</li></ul><h2>References</h2><p>Smith 2001.</p><h2>External links</h2><ul><li>Archive</li></ul>")).toBe("Body.\n\n== See also ==\n\n== References ==\n\n== External links ==\n");
  });
  test("only the article body is read", () => {
    const html = '<html><body><div id="mw-navigation">Main menu 5 tanks</div><div id="mw-content-text"><div class="mw-parser-output"><p>Kept.</p></div></div><div id="catlinks">Categories: 1956</div><footer>Last edited on 1 May 2020</footer></body></html>';
    expect(readHtml(html, "x.html", "x").text).toBe("= X =\n\nKept.\n");
  });
});

describe("readHtml: a wikitable's dated rows are a dated list", () => {
  test("rows a cell dates become items, date first, with their markers; rows of numbers only, undated rows and other tables stay out", () => {
    const table =
      '<table class="wikitable sortable"><tbody><tr><th>Year</th><th>Country</th><th>Description</th></tr>' +
      '<tr><td>1953</td><td><a href="/wiki/Iran">Iran</a></td><td>CIA-backed coup<sup class="reference"><a href="#cite_note-2">[2]</a></sup></td></tr>' +
      "<tr><td>Guatemala</td><td>1954</td><td>The CIA organised a coup.</td></tr>" +
      "<tr><td>1956</td><td>31,550</td></tr><tr><td colspan=\"3\">Notes</td></tr></tbody></table>" +
      '<table class="infobox"><tr><td>1999</td><td>Infobox row</td></tr></table>';
    expect(body(`<p>Listed below.</p>${table}`)).toBe("Listed below.\n\n- 1953 – Iran – CIA-backed coup^{[2]}\n- 1954 – Guatemala – The CIA organised a coup.\n");
  });
});

describe("readHtml: hostile markup never reaches the text", () => {
  const hostile = [
    '<p onclick="alert(\'SECRET-1\')" style="color:red" title="SECRET-2">Visible one.</p>',
    "<script>document.write('SECRET-3')</script>",
    "<style>body{background:url('SECRET-4')}</style>",
    '<img src="x" onerror="alert(\'SECRET-5\')">',
    '<p>Visible two.<a href="javascript:alert(\'SECRET-6\')" onmouseover="SECRET-7">link</a></p>',
    "<svg><script>SECRET-8</script><text>SECRET-9</text></svg>",
    "<noscript>SECRET-10</noscript>",
    "<iframe src=\"data:text/html,SECRET-11\">SECRET-12</iframe>",
    "<SCRIPT type=\"text/template\">SECRET-13</SCRIPT>",
    "<!-- SECRET-14 --><template>SECRET-15</template>",
    "<p>Visible three &lt;script&gt;not markup&lt;/script&gt;.</p>",
    '<form action="x"><input value="SECRET-16"><textarea>SECRET-17</textarea><button>SECRET-18</button></form>',
    '<object data="x">SECRET-19</object><math><mi>SECRET-20</mi></math>',
  ].join("\n");
  const text = body(hostile);
  test("the text is the visible prose only", () => {
    expect(text).not.toMatch(/SECRET/);
    expect(text).toContain("Visible one.");
    expect(text).toContain("Visible two.link");
    expect(text).toContain("Visible three <script>not markup</script>.");
  });
  test.each(["<script", "<style", "onerror", "onclick", "javascript:", "alert("])("no %j outside decoded prose", (junk) => {
    expect(text.replace("<script>not markup</script>", "")).not.toContain(junk);
  });
});

describe("readHtml: bad input", () => {
  test("a page with no article body: a warning with the line of <body>, and no text", () => {
    const read = readHtml("<!DOCTYPE html>\n<html>\n<head><title>Login</title></head>\n<body>\n<div>Sign in</div>\n</body>\n</html>", "login.html", "login");
    expect(read.text).toBe("");
    expect(read.warnings.map((w) => [w.code, w.line, w.file, w.document])).toEqual([["no-article-body", 4, "login.html", "login"]]);
  });
  test("no <body> at all → line 0", () => {
    expect(readHtml("just text", "x.html", "x").warnings.map((w) => [w.code, w.line])).toEqual([["no-article-body", 0]]);
  });
  test.each(["", "<", "<html", "<div><p>unclosed", "</p></div>", "<main><main><main>", "&#xFFFFFF;", "\u0000"])("never throws on %j", (input) => {
    expect(() => readHtml(input, "x.html", "x")).not.toThrow();
  });
  test("unclosed elements: what can be read is read", () => {
    expect(readHtml("<main><p>One.<p>Two.<ul><li>Item", "x.html", "x").text).toBe("= X =\n\nOne.\n\nTwo.\n\n- Item\n");
  });
});

describe("readHtml: the seed fixtures", () => {
  const desktop = readFileSync(resolve(FIXTURES, "forms/soviet-involvement-in-regime-change.html"), "utf8");
  const mobile = readFileSync(resolve(FIXTURES, "forms/soviet-involvement-in-regime-change.mobile.html"), "utf8");
  test("desktop and mobile give the same article (the desktop page adds only the trailing References heading)", () => {
    const a = readHtml(desktop, "s.html", "s").text.replace(/\n== References ==\n$/, "");
    expect(a).toBe(readHtml(mobile, "s.mobile.html", "s").text);
  });
  test("same input → byte-identical output", () => {
    expect(readHtml(desktop, "s.html", "s").text).toBe(readHtml(desktop, "s.html", "s").text);
  });
});
