/**
 * Rule tables for reading a page saved from Wikipedia (desktop or mobile site): where the
 * article body is, which elements are not article prose, which superscripts are citation
 * markers. Data only; `read/html.ts` runs them. Patterns are tested against one tag name,
 * one class token, an `id` or a `role` at a time — never against markup.
 */
import type {Rule} from "../types.ts";

/**
 * Where the article body is, tried in order: `[id or class pattern, where, example]`. The first
 * element found wins; the `.mw-parser-output` inside `#mw-content-text` is Wikipedia's.
 */
export const BODY_CONTAINERS: Rule<"id" | "class" | "tag">[] = [
  [/^mw-parser-output$/, "class", '<div id="mw-content-text"><div class="mw-parser-output">'],
  [/^mw-content-text$/, "id", '<div id="mw-content-text">'],
  [/^main$/, "tag", "<main>"],
  [/^content$/, "id", '<div id="content">'],
];

/**
 * Tables of data, by class: their rows that a cell dates become dated list items
 * (read/text.ts tableRowItem); every other table is left out (SKIP_TAGS).
 */
export const DATA_TABLE_CLASSES: Rule[] = [[/^wikitable$/, "table:data", '<table class="wikitable sortable">']];

/** Elements left out by tag name, with everything inside them. */
export const SKIP_TAGS: Rule[] = [
  [/^(?:script|style|noscript|template|link|meta|head|title)$/, "junk:code", "<script>alert(1)</script>"],
  [/^(?:table|caption)$/, "junk:table", "<table class=\"wikitable\">…</table>"],
  [/^(?:figure|figcaption|img|picture|audio|video|svg|math|iframe|object|embed|map)$/, "junk:media", "<figure><img><figcaption>A caption</figcaption></figure>"],
  [/^(?:button|input|select|textarea|form|label|nav|footer|header|aside)$/, "junk:interface", "<button>Edit</button>"],
];

/** Elements left out by one of their classes. */
export const SKIP_CLASSES: Rule[] = [
  [/^(?:mw-editsection|mw-editsection-bracket|mw-editsection-like)$/, "junk:edit-link", '<span class="mw-editsection">[edit]</span>'],
  [/^(?:reflist|references|mw-references-wrap|refbegin|mw-references-columns|mw-cite-backlink|reference-text)$/, "junk:references", '<ol class="references"><li>Smith 2001</li></ol>'],
  [/^(?:navbox|navbox-styles|vertical-navbox|navbox-inner|navigation-not-searchable|portalbox|portal-bar|sistersitebox|side-box|authority-control)$/, "junk:navbox", '<div class="navbox">Soviet Union topics</div>'],
  [/^(?:infobox|infobox_v2|infobox-full-data|sidebar|sidebar-content)$/, "junk:infobox", '<table class="infobox">…</table>'],
  [/^(?:hatnote|dablink|rellink|shortdescription|mw-disambig|ambox|mbox-small|tmbox|ombox|metadata|noexcerpt|selfref)$/, "junk:hatnote", '<div class="hatnote">Main article: Cold War</div>'],
  [/^(?:toc|toclimit-2|toclimit-3|toccolours|vector-toc|mw-toc-heading)$/, "junk:toc", '<div id="toc" class="toc">Contents</div>'],
  [/^(?:thumb|thumbinner|thumbcaption|tmulti|gallery|gallerybox|gallerytext|mw-gallery-traditional|mw-file-description|mw-default-size|mw-halign-right|mw-halign-left|floatright|floatleft)$/, "junk:media", '<div class="thumb"><div class="thumbcaption">A caption</div></div>'],
  [/^(?:noprint|mw-empty-elt|catlinks|printfooter|mw-jump-link|mw-indicators|indicator|mf-icon|mw-ui-icon|cdx-button|page-actions-menu|mw-kartographer-map|mw-authority-control)$/, "junk:interface", '<span class="noprint">…</span>'],
];

/** Elements left out by their `id`. */
export const SKIP_IDS: Rule[] = [
  [/^(?:toc|catlinks|siteSub|contentSub|contentSub2|jump-to-nav|mw-navigation|footer|references|coordinates|page-actions|mw-head|mw-panel|p-lang|stickyHeader)$/, "junk:interface", '<div id="siteSub">From Wikipedia, the free encyclopedia</div>'],
];

/** Elements left out by their `role`. */
export const SKIP_ROLES: Rule[] = [
  [/^(?:note|navigation|banner|contentinfo|search|button|img|figure|complementary)$/, "junk:role", '<div role="note" class="hatnote">See also: Cold War</div>'],
];

/**
 * Superscripts that are citation markers, by class: `reference` (`[4]` → `^{[4]}`) and the inline
 * maintenance templates (`[citation needed]` → `^{[citation needed]}`). Tested before the skip
 * rules, since a maintenance superscript is also `noprint`.
 */
export const MARKER_CLASSES: Rule[] = [
  [/^reference$/, "marker:reference", '<sup class="reference"><a href="#cite_note-4">[4]</a></sup>'],
  [/^(?:Inline-Template|Template-Fact|noprint Inline-Template)$/, "marker:maintenance", '<sup class="noprint Inline-Template Template-Fact">[<i>citation needed</i>]</sup>'],
];

/** Suffixes a saved page's `<title>` carries after the article's title. */
export const TITLE_SUFFIX = /\s+[-–—]\s+Wikipedia(?:,? the free encyclopedia)?\s*$/i;
