/**
 * Rule tables for document structure: which lines are headings, which blocks are
 * boilerplate or caption-like fragments, and what counts as a citation marker.
 * Data only; `parse/document.ts` runs them.
 */
import type {Rule} from "../types.ts";

/** A heading line: leading `=` run, text, optional trailing `=` run. */
export const HEADING = /^(=+)[ \t]*(.*?)[ \t]*(=*)[ \t]*$/;

/** A list item line: `- x`, `* x`, `• x`, `# x`. */
export const LIST_ITEM = /^[ \t]*(?:[-*•#]|\d{1,3}[.)])[ \t]+\S/;

/**
 * Citation markers, blanked out of the prose (offsets kept). Matches `^{[4] [5]}`,
 * `^{[citation needed]}`, `^{[44]not in citation given]}`, `^{who?]}`, and bare `[12]`.
 */
export const CITATIONS: Rule[] = [
  [/\^\{[^{}\n]{0,200}\}/g, "citation:caret-brace", "^{[4] [5]}"],
  [/\[(?:\d{1,4}|[a-z]\s?\d{1,4}|citation needed|clarification needed|who\?|when\?|by whom\?|according to whom\?)\](?!\()/gi, "citation:bracket", "[12]"],
];

/** Whole blocks that are site furniture, not article text. */
export const BOILERPLATE: Rule[] = [
  [/\b(?:this article is (?:copied|distributed|licensed)|GNU Free Documentation License|Creative Commons Attribution|CC BY-SA)\b/i, "boilerplate:licence", "This article is distributed under the terms of GNU Free Documentation License."],
  [/\bfrom Wikipedia, the free encyclopedia\b/i, "boilerplate:wikipedia-banner", "From Wikipedia, the free encyclopedia"],
  [/^\s*(?:retrieved from|categories?:|jump to (?:navigation|search))\b/i, "boilerplate:navigation", "Retrieved from https://…"],
];

/** Inline junk blanked out of a prose block (a truncated excerpt's "... more" link). */
export const INLINE_JUNK: Rule[] = [
  [/(?:\.{3}|…)[ \t]*(?:more|read more|continue reading)[ \t]*$/gim, "junk:more-link", "It was known at the Nuremberg trials... more"],
];

/**
 * A block is a fragment (caption, hatnote, title line) rather than prose when it is a
 * hatnote, or when no sentence ends anywhere in it (no `.`, `!`, `?` before a space or the end).
 */
export const FRAGMENT: Rule[] = [
  [/\bfor (?:additional|more|further) information,? see\b|^\s*(?:main article|see also|further information)\s*:/i, "fragment:hatnote", "For additional information, see Military history of the Soviet Union"],
  // (A block of five or more words ending in a colon is a sentence that introduces a list: "Altogether 410 were killed:".)
  [/^(?![\s\S]*[.!?…]["”’')\]]*(?:\s|$))(?!(?:\S+\s+){4,}\S*:\s*$)/, "fragment:no-sentence", "Soviet soldiers at Stalingrad during a short rest"],
];

/** Abbreviations whose trailing period never ends a sentence (lower-cased, without the period). */
export const ABBREVIATIONS: readonly string[] = [
  "mr", "mrs", "ms", "dr", "prof", "st", "mt", "ft", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "gov", "sen", "rep", "pres",
  "jr", "sr", "no", "nos", "vol", "vols", "pp", "p", "ch", "fig", "approx", "ca", "c", "cf", "e.g", "i.e", "etc", "vs", "viz", "al",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "u.s.s.r", "inc", "ltd", "co", "corp", "est",
];

/**
 * Sections after the article's prose whose bodies are lists of links, sources or notes: their
 * headings stay (the article's outline), their bodies are left out. The wikitext and HTML readers
 * run it (a plain-text document is read as written).
 */
export const TRAILING_SECTIONS: Rule[] = [
  [/^(?:see also|related articles)$/i, "trailing:see-also", "See also"],
  [/^(?:references|reference|notes|footnotes|citations|notes and references|references and notes|explanatory notes|endnotes|sources|works cited|bibliography|general references|specific references|inline citations)$/i, "trailing:references", "References"],
  [/^(?:further reading|additional reading)$/i, "trailing:further-reading", "Further reading"],
  [/^(?:external links|external link|links)$/i, "trailing:external-links", "External links"],
];

/**
 * A table cell that dates its row ("1953", "1961–1962", "c. 1820", "31 March 1964", "1945–present"):
 * the wikitext and HTML readers turn such a row of a data table into a dated list item, its date
 * first ("- 1954 – Guatemala – CIA-backed coup"); rows with no such cell are left out, as the
 * rest of a table is.
 */
export const TABLE_DATE_CELL: Rule = [
  /^(?:(?:c\.|ca\.|circa)\s*)?(?:\d{1,2}\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+)?(?:\d{1,2},?\s+)?\d{3,4}(?:\s*(?:BCE|BC|AD|CE))?(?:\s*[-–—]\s*(?:(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\.?\s+)?\d{2,4}(?:\s*(?:BCE|BC|AD|CE))?|present|ongoing|today))?$/,
  "table:date-cell",
  "1961–1962",
];

