/**
 * Writes the seed article in the other forms a user may have it in, with the markup real pages
 * carry, into tests/fixtures/forms/: `<slug>.wiki` (wikitext as from "Edit source": short
 * description, hatnotes, infobox, files with captions, references with {{cite web}} / {{cite
 * book}} and named reuse, maintenance and text templates, a navbox, categories, {{Reflist}}),
 * `<slug>.html` (a page saved from the desktop site: head with style and script, TOC, infobox,
 * hatnotes, edit links, reference superscripts, thumbnails, references list, navbox, footer) and
 * `<slug>.mobile.html` (the mobile site's sections and collapsible headings).
 *
 * Run once: `npx tsx scripts/make-form-fixtures.ts`; the fixtures are committed. Every
 * rendering must read back to the seed's sentences, so the forms give the same rows.
 */
import {mkdirSync, readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {ROOT} from "../loaders/io/paths.ts";

const SLUG = "soviet-involvement-in-regime-change";
const seed = readFileSync(join(ROOT, "data", `${SLUG}.txt`), "utf8");
const OUT = join(ROOT, "tests/fixtures/forms");

/** The seed as blocks: headings with levels, paragraphs, list items (markers kept inline). */
type Block = {kind: "heading"; level: number; text: string} | {kind: "paragraph" | "item"; text: string};
const blocks: Block[] = [];
let title = "";
for (const para of seed.split(/\n/)) {
  const line = para.trimEnd();
  if (!line) continue;
  const h = /^(=+) (.*?) =+$/.exec(line);
  if (h && h[1].length === 1) title = h[2];
  else if (h) blocks.push({kind: "heading", level: h[1].length, text: h[2]});
  else if (line.startsWith("- ")) blocks.push({kind: "item", text: line.slice(2)});
  else blocks.push({kind: "paragraph", text: line});
}

/** Words linked on their first appearance in a paragraph: [text, article]. */
const LINKS: [string, string][] = [
  ["Mongolia", "Mongolia"],
  ["Cold War", "Cold War"],
  ["UN Charter", "Charter of the United Nations"],
  ["Tuva", "Tuvan People's Republic"],
  ["Xinjiang", "Xinjiang"],
  ["Red Army", "Red Army"],
  ["Warsaw Pact", "Warsaw Pact"],
];

/** Text templates that read back to the seed's own words: [seed text, wikitext]. */
const TEMPLATED: [string, string][] = [
  ['"Altayiiskii"', '"{{lang|ru-Latn|Altayiiskii}}"'],
  ["6.5–11.5%", "6.5{{ndash}}11.5%"],
  ["2,000–3,000", "{{nowrap|2,000–3,000}}"],
];

const MARKER = /\^\{([^{}]*)\}/g;
const labelsOf = (inner: string) => [...inner.matchAll(/\[?([^[\]]+)\]/g)].map((m) => m[1].trim());

// ---------- wikitext ----------
let refCount = 0;
const refSeen = new Set<string>();
/** One seed citation label → wikitext: a reference (cite web / cite book, named) or a maintenance template. */
function wikiRef(label: string): string {
  if (label === "who?") return "{{who?}}";
  if (label === "not in citation given") return "{{failed verification|date=March 2019}}";
  if (label === "citation needed") return "{{citation needed|date=May 2020}}";
  const group = /^([A-Z]) (\d+)$/.exec(label);
  if (group) return `<ref group="${group[1]}">Note ${group[2]}: figures vary between sources.</ref>`;
  const name = `seed-${label}`;
  if (refSeen.has(name)) return `<ref name="${name}" />`;
  refSeen.add(name);
  refCount++;
  return refCount % 2
    ? `<ref name="${name}">{{cite web |url=https://example.org/source-${label} |title=Source ${label} |website=Example |access-date=1 May 2020}}</ref>`
    : `<ref name="${name}">{{cite book |last=Author |first=A. |title=Book ${label} |publisher=Press |year=2001 |page=${label}}}</ref>`;
}
function wikiInline(text: string): string {
  let out = text;
  for (const [seedText, wiki] of TEMPLATED) out = out.replace(seedText, wiki);
  // The site shows "32 km (20 mi)"; wtf_wikipedia renders the first unit only ("32 km").
  out = out.replace("32 km (20 mi)", "{{convert|32|km|mi}}");
  for (const [word, article] of LINKS) {
    const at = out.search(new RegExp(`\\b${word}\\b(?![^[]*\\]\\])`));
    if (at !== -1 && !out.slice(0, at).includes("{{")) out = out.slice(0, at) + (word === article ? `[[${word}]]` : `[[${article}|${word}]]`) + out.slice(at + word.length);
  }
  return out.replace(MARKER, (_m, inner: string) => labelsOf(inner).map(wikiRef).join(""));
}
const wiki: string[] = [
  "{{Short description|Soviet Union's role in changing foreign governments}}",
  "{{About|the Soviet Union|the Russian Federation|Russian involvement in regime change}}",
  "{{Use dmy dates|date=May 2020}}",
  "{{Infobox military conflict",
  "| conflict    = Soviet involvement in regime change",
  "| partof      = the [[Cold War]]",
  "| image       = [[File:Flag of the Soviet Union.svg|200px]]",
  "| caption     = Flag of the Soviet Union, used from 1,000 buildings",
  "| date        = {{circa|1921}}–{{End date|1991|12|26}}",
  "| place       = Europe, Asia, Africa",
  "| casualties1 = 1,000,000 killed<ref name=\"infobox\">{{cite book |title=Casualties |year=1999}}</ref>",
  "}}",
  "{{Soviet Union sidebar}}",
];
let first = true;
let lastLevel = 0;
for (const block of blocks) {
  if (block.kind === "heading") {
    const marks = "=".repeat(block.level);
    const anchor = block.level === 2 && block.text.startsWith("1921") ? '<span class="anchor" id="Interwar"></span>' : "";
    wiki.push("", `${marks}${anchor} ${block.text} ${marks}`);
    if (block.text === "1921–1924: Mongolia") wiki.push("{{Main|Mongolian Revolution of 1921}}");
    if (block.text === "1968: Czechoslovakia") wiki.push("{{See also|Warsaw Pact invasion of Czechoslovakia}}", "[[File:Soviet tanks Prague 1968.jpg|thumb|upright=1.2|Soviet tanks in Prague, 1968; some 250,000 troops took part]]");
    if (block.text === "1945: Germany") wiki.push("{{Further|Battle of Berlin}}");
    lastLevel = block.level;
    continue;
  }
  if (block.kind === "item") {
    wiki.push(`* [[${block.text}]]`);
    continue;
  }
  let text = wikiInline(block.text);
  if (first) {
    text = text.replace(title, `'''${title}'''`);
    first = false;
  }
  if (lastLevel === 4 && block.text.startsWith("In 1934, two brigades")) wiki.push("[[File:Sheng Shicai.jpg|thumb|left|Sheng Shicai, whose 10,000 troops the Soviets backed]]");
  wiki.push("", text);
}
wiki.push(
  "",
  "== References ==",
  "{{Reflist}}",
  "",
  "=== Notes ===",
  '<references group="F" />',
  "",
  "== Further reading ==",
  "* {{cite book |last=Westad |first=Odd Arne |title=The Global Cold War |publisher=Cambridge University Press |year=2005}}",
  "",
  "== External links ==",
  "* [https://example.org/archive Archive of documents on 36 interventions]",
  "",
  "{{Soviet Union topics}}",
  "{{Cold War}}",
  "",
  "[[Category:Foreign relations of the Soviet Union]]",
  "[[Category:Regime change]]",
  "",
);

// ---------- HTML ----------
const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
let htmlRefs = 0;
function htmlInline(text: string): string {
  let out = "";
  let at = 0;
  for (const m of text.matchAll(MARKER)) {
    out += linkHtml(escape(text.slice(at, m.index)));
    for (const label of labelsOf(m[1])) {
      if (label === "who?" || label === "not in citation given" || label === "citation needed")
        out += `<sup class="noprint Inline-Template Template-Fact" style="white-space:nowrap;">[<i><a href="/wiki/Wikipedia:Citation_needed" title="Wikipedia:Citation needed"><span title="This claim needs references (May 2020)">${label}</span></a></i>]</sup>`;
      else out += `<sup id="cite_ref-${++htmlRefs}" class="reference"><a href="#cite_note-${htmlRefs}"><span class="cite-bracket">&#91;</span>${label}<span class="cite-bracket">&#93;</span></a></sup>`;
    }
    at = m.index! + m[0].length;
  }
  // An en dash as an entity, as some saved pages carry them.
  return (out + linkHtml(escape(text.slice(at)))).replace("1944–1946", "1944&#8211;1946");
}
function linkHtml(text: string): string {
  let out = text;
  for (const [word, article] of LINKS) {
    const at = out.search(new RegExp(`\\b${word}\\b`));
    if (at !== -1 && !out.slice(0, at).includes("<a ")) out = out.slice(0, at) + `<a href="/wiki/${article.replace(/ /g, "_")}" title="${article}">${word}</a>` + out.slice(at + word.length);
  }
  return out;
}
const anchorOf = (text: string) => text.replace(/ /g, "_").replace(/[^\w–-]/g, "");
const editLink = (text: string) => `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Soviet_involvement_in_regime_change&amp;action=edit&amp;section=1" title="Edit section: ${escape(text)}"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span>`;

function desktopBody(): string {
  const parts: string[] = [
    '<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">Soviet Union\'s role in changing foreign governments</div>',
    '<div role="note" class="hatnote navigation-not-searchable">This article is about the Soviet Union. For the Russian Federation, see <a href="/wiki/Russian_involvement_in_regime_change">Russian involvement in regime change</a>.</div>',
    '<table class="infobox vevent"><tbody><tr><th colspan="2" class="infobox-above">Soviet involvement in regime change</th></tr><tr><th scope="row">Date</th><td>c. 1921 – 26 December 1991</td></tr><tr><th scope="row">Casualties</th><td>1,000,000 killed<sup class="reference"><a href="#cite_note-0">[1]</a></sup></td></tr></tbody></table>',
    '<table class="sidebar nomobile nowraplinks"><tbody><tr><th class="sidebar-title">History of the Soviet Union</th></tr><tr><td>1,000 days of revolution</td></tr></tbody></table>',
  ];
  let inList = false;
  let first = true;
  for (const block of blocks) {
    if (block.kind !== "item" && inList) {
      parts.push("</ul>");
      inList = false;
    }
    if (block.kind === "heading") {
      const id = anchorOf(block.text);
      // Both heading markups: the older span.mw-headline, and the 2024+ div.mw-heading.
      if (block.level === 3) parts.push(`<h3><span class="mw-headline" id="${id}">${escape(block.text)}</span>${editLink(block.text)}</h3>`);
      else parts.push(`<div class="mw-heading mw-heading${block.level}"><h${block.level} id="${id}">${escape(block.text)}</h${block.level}>${editLink(block.text)}</div>`);
      if (block.text === "1921–1924: Mongolia") parts.push('<div role="note" class="hatnote navigation-not-searchable">Main article: <a href="/wiki/Mongolian_Revolution_of_1921">Mongolian Revolution of 1921</a></div>');
      if (block.text === "1968: Czechoslovakia") {
        parts.push('<div role="note" class="hatnote navigation-not-searchable">See also: <a href="/wiki/Warsaw_Pact_invasion_of_Czechoslovakia">Warsaw Pact invasion of Czechoslovakia</a></div>');
        parts.push('<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Soviet_tanks_Prague_1968.jpg" class="mw-file-description"><img src="//upload.example.org/tanks.jpg" decoding="async" width="220" height="147" class="mw-file-element"></a><figcaption>Soviet tanks in Prague, 1968; some 250,000 troops took part</figcaption></figure>');
      }
      if (first && block.level === 2) {
        parts.splice(parts.length - 1, 0, '<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox" class="toctogglecheckbox" style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2></div><ul><li class="toclevel-1 tocsection-1"><a href="#1921–1940:_Interwar_period"><span class="tocnumber">1</span> <span class="toctext">1921–1940: Interwar period</span></a></li></ul></div>');
        first = false;
      }
      continue;
    }
    if (block.kind === "item") {
      if (!inList) parts.push("<ul>");
      inList = true;
      parts.push(`<li><a href="/wiki/${anchorOf(block.text)}" title="${escape(block.text)}">${escape(block.text)}</a></li>`);
      continue;
    }
    if (block.text.startsWith("In 1934, two brigades")) parts.push('<div class="thumb tleft"><div class="thumbinner" style="width:172px;"><a href="/wiki/File:Sheng_Shicai.jpg" class="image"><img alt="" src="//upload.example.org/sheng.jpg" width="170" height="220" class="thumbimage"></a><div class="thumbcaption">Sheng Shicai, whose 10,000 troops the Soviets backed</div></div></div>');
    parts.push(`<p>${htmlInline(block.text).replace(title, `<b>${title}</b>`)}\n</p>`);
  }
  if (inList) parts.push("</ul>");
  parts.push(
    `<div class="mw-heading mw-heading2"><h2 id="References">References</h2>${editLink("References")}</div>`,
    '<div class="reflist"><div class="mw-references-wrap mw-references-columns"><ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink"><b><a href="#cite_ref-1">^</a></b></span> <span class="reference-text"><cite class="citation web">"Source 4". <i>Example</i>. Retrieved 1 May 2020. 36 interventions in 1946.</cite></span></li></ol></div></div>',
    '<div role="navigation" class="navbox" aria-labelledby="Soviet_Union_topics"><table class="nowraplinks"><tbody><tr><th>Soviet Union topics</th></tr><tr><td><ul><li>1,000 tanks</li><li>Red Army</li></ul></td></tr></tbody></table></div>',
  );
  return parts.join("\n");
}

const desktop = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled" lang="en" dir="ltr">
<head>
<meta charset="UTF-8">
<title>${title} - Wikipedia</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Soviet_involvement_in_regime_change","wgTroops":"5,000,000 troops"};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=site.styles&amp;only=styles&amp;skin=vector-2022">
<style>.mw-parser-output .hatnote{font-style:italic} body::after{content:"3,000 tanks"}</style>
<meta name="description" content="Overview of 99 Soviet interventions">
</head>
<body class="skin-vector skin--responsive mediawiki ltr sitedir-ltr" onload="track(&quot;10,000 soldiers&quot;)">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="mw-page-container">
<header class="vector-header mw-header"><nav>Main menu Contents Current events</nav></header>
<main id="content" class="mw-body" role="main">
<header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${title}</span></h1></header>
<div id="bodyContent" class="vector-body">
<div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div>
<div id="contentSub"></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr"><style data-mw-deduplicate="TemplateStyles:r1">.mw-parser-output .navbox{box-sizing:border-box}</style>
${desktopBody()}
<noscript><img src="https://login.example.org/wiki/Special:CentralAutoLogin/start?type=1x1" alt="" width="1" height="1" style="border: none; position: absolute;"></noscript>
</div></div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" href="https://en.wikipedia.org/w/index.php?title=Soviet_involvement_in_regime_change">https://en.wikipedia.org/w/index.php?title=Soviet_involvement_in_regime_change</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Help:Category" title="Help:Category">Categories</a>: <ul><li><a href="/wiki/Category:Regime_change">Regime change</a></li></ul></div></div>
</div>
</main>
</div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul><li id="footer-info-lastmod"> This page was last edited on 1 May 2020, at 10:00 (UTC).</li><li id="footer-info-copyright">Text is available under the <a rel="nofollow" href="//en.wikipedia.org/wiki/Wikipedia:Text_of_the_Creative_Commons_Attribution-ShareAlike_4.0_International_License">Creative Commons Attribution-ShareAlike 4.0 License</a>.</li></ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":"120 tanks"});});</script>
</body>
</html>
`;

// The mobile site: the lead in section 0, every level-2 heading opens a collapsible section.
function mobileBody(): string {
  const parts: string[] = ['<section class="mf-section-0" id="mf-section-0">', '<div class="hatnote navigation-not-searchable" role="note">This article is about the Soviet Union.</div>'];
  let section = 0;
  let inList = false;
  for (const block of blocks) {
    if (block.kind !== "item" && inList) {
      parts.push("</ul>");
      inList = false;
    }
    if (block.kind === "heading") {
      if (block.level === 2) {
        section++;
        parts.push("</section>", `<div class="mw-heading mw-heading2 section-heading collapsible-heading" onclick="mfTempOpenSection(${section})"><span class="indicator mf-icon mf-icon-expand mf-icon--small"></span><h2 id="${anchorOf(block.text)}">${escape(block.text)}</h2>${editLink(block.text)}</div>`, `<section class="mf-section-${section} collapsible-block" id="mf-section-${section}">`);
      } else parts.push(`<div class="mw-heading mw-heading${block.level}"><h${block.level} id="${anchorOf(block.text)}">${escape(block.text)}</h${block.level}>${editLink(block.text)}</div>`);
      continue;
    }
    if (block.kind === "item") {
      if (!inList) parts.push("<ul>");
      inList = true;
      parts.push(`<li><a href="/wiki/${anchorOf(block.text)}">${escape(block.text)}</a></li>`);
      continue;
    }
    parts.push(`<p>${htmlInline(block.text)}</p>`);
  }
  if (inList) parts.push("</ul>");
  parts.push("</section>");
  return parts.join("\n");
}
const mobile = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${title} - Wikipedia</title>
<script>document.documentElement.className="client-js";</script>
<style>.collapsible-heading{cursor:pointer}</style></head>
<body class="mediawiki ltr skin-minerva">
<div id="mw-mf-viewport"><div id="mw-mf-page-center">
<header class="header-container header-chrome"><form class="minerva-header"><input type="search" name="search" placeholder="Search Wikipedia"></form></header>
<main id="content" class="mw-body">
<div class="pre-content heading-holder"><div class="page-heading"><h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${title}</span></h1></div>
<nav class="page-actions-menu"><ul id="p-views" class="page-actions-menu__list"><li>Language</li><li>Watch</li><li>Edit</li></ul></nav></div>
<div id="bodyContent" class="content"><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
${mobileBody()}
</div></div></div>
</main>
<footer class="mw-footer minerva-footer" role="contentinfo"><div class="last-modified-bar">Last edited on 1 May 2020</div></footer>
</div></div>
</body>
</html>
`;

mkdirSync(OUT, {recursive: true});
writeFileSync(join(OUT, `${SLUG}.wiki`), wiki.join("\n"));
writeFileSync(join(OUT, `${SLUG}.html`), desktop);
writeFileSync(join(OUT, `${SLUG}.mobile.html`), mobile);
process.stdout.write(`wrote ${SLUG}.wiki, ${SLUG}.html and ${SLUG}.mobile.html into tests/fixtures/forms/\n`);
