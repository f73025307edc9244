/**
 * Rule tables for dated section headings and dated list items: `[pattern, label, "example phrase"]`.
 * Each pattern captures `start`, optional `end`, `open` (an open range: "–present") and `place`
 * as named groups, and `era`/`era2` for BCE/AD markers. `extract/interventions.ts` tries them in
 * order; the first that matches names the rule.
 */
import type {Rule} from "../types.ts";

const DASH = "[-–—−‐‑]";
const OPEN = "(?<open>present|today|now|ongoing)";
const ERA = (name: string) => `(?:\\s*(?<${name}>BCE|BC|B\\.C\\.E?\\.|AD|A\\.D\\.|CE|C\\.E\\.))`;
const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";
const SEASON = "(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter|[Ee]arly|[Ll]ate|[Mm]id)";
/** Nouns after a number that make it a count, not a year: "1000 men", "300 Spartans". */
const COUNT_NOUNS = "men|troops|soldiers|people|persons|killed|dead|casualties|ships|tanks|aircraft|planes|guns|prisoners|refugees|civilians|warriors|horsemen|cavalry|infantry|km|kilomet\\w*|miles?|metres?|meters?|feet|years?|days?|percent|%";
const NOT_A_YEAR_AFTER = `(?!\\s+(?:${COUNT_NOUNS}|of|to|and|or|per)(?![\\p{L}]))`;

/**
 * The text after a dated item's leading number that shows it was a count: "1000–2000 men
 * crossed" is no range of years, nor "1000 – 2000 men crossed".
 */
export const COUNT_AFTER_YEAR: Rule = [new RegExp(`^(?:[\\d,.]+\\s+)?(?:${COUNT_NOUNS})(?![\\p{L}])`, "iu"), "item:count-not-year", "- 1000–2000 men crossed the river"];
/** A four-digit year a heading names: 1000–2199, not a decade ("1980s") or part of a longer number. */
const YEAR4 = "(?<![\\d,.])(?:1\\d{3}|20\\d{2}|21\\d{2})(?![\\d,]\\d|s\\b|'s\\b)";

/**
 * Dated headings, most specific first. Years: three or four digits where a separator follows
 * (`711: …`), four digits anywhere else in the heading; a decade with a place after a separator
 * ("1980s: Nicaragua") is its ten years. A heading naming no year ("1980s" alone, "Israeli
 * attack: first day (9 June)") is not dated.
 */
export const DATED_HEADINGS: Rule[] = [
  // An era or "c." before the separator, as the dated list items have them: BCE years are negative.
  [new RegExp(`^(?:(?:c\\.|ca\\.|circa)\\s*)?(?<start>\\d{1,4})${ERA("era")}?(?:\\s*${DASH}\\s*(?:(?:c\\.|ca\\.)\\s*)?(?<end>\\d{1,4}))?${ERA("era2")}\\s*[:.–—-]\\s*(?<place>.*)$`, "i"), "heading:era", "1500–1450 BC: Egypt"],
  // An era written before the year, as Roman dates are: "AD 6: Judea", "AD 43–47: Britain".
  [new RegExp(`^(?<era>AD|A\\.D\\.)\\s*(?<start>\\d{1,4})(?:\\s*${DASH}\\s*(?:AD\\s*)?(?<end>\\d{1,4}))?\\s*[:.–—-]\\s*(?<place>.*)$`), "heading:era-first", "AD 6: Judea"],
  [new RegExp(`^(?:c\\.|ca\\.|circa)\\s*(?<start>\\d{3,4})(?:\\s*${DASH}\\s*(?<end>\\d{2,4}))?\\s*[:.–—-]\\s*(?<place>.*)$`, "i"), "heading:circa", "c. 1915: Mexico"],
  [new RegExp(`^(?<start>\\d{3,4})\\s*${DASH}\\s*${OPEN}\\s*[:.]\\s*(?<place>.*)$`, "i"), "heading:open-range", "1945–present: Kuril Islands"],
  [new RegExp(`^(?<start>\\d{3,4})\\s*${DASH}\\s*(?<end>\\d{2,4})\\s*[:.]\\s*(?<place>.*)$`), "heading:year-range", "1944–1947: Romania"],
  // Years of the first century, as a range with its place: "58–63: Armenia" (a lone two-digit number is no year).
  [new RegExp(`^(?<start>\\d{2})\\s*${DASH}\\s*(?<end>\\d{2})\\s*:\\s*(?<place>\\p{Lu}.*)$`, "u"), "heading:early-range", "58–63: Armenia"],
  [/^(?<start>\d{3,4})\s*[:.]\s*(?<place>.*)$/, "heading:single-year", "1929: Tannu Tuva"],
  // A decade with its place is the decade's years; a decade alone ("=== 1980s ===") groups rows.
  // "Late 1940s: Greece", "1950s–1960s: Laos": the whole decades.
  [new RegExp(`^(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[-\\s]+)?(?<decade>1\\d{2}|20\\d)0s(?:\\s*${DASH}\\s*(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[-\\s]+)?(?<decade2>1\\d{2}|20\\d)0s)?\\s*[:.–—-]\\s*(?<place>\\S.*)$`), "heading:decade", "1980s: Nicaragua"],
  [new RegExp(`^(?<start>${YEAR4})(?:\\s*${DASH}\\s*(?:(?<end>\\d{2,4})|${OPEN}))?\\s+[–—-]\\s+(?<place>.+)$`, "i"), "heading:years-dash-title", "2016 – Surgical strikes"],
  [new RegExp(`^(?<start>${YEAR4})(?:\\s*${DASH}\\s*(?:(?<end>\\d{2,4})|${OPEN}))?(?<place>)$`, "i"), "heading:years-only", "2017"],
  [new RegExp(`^(?<place>[^()]+?)\\s*\\(\\s*(?<start>\\d{3,4})\\s*(?:${DASH}\\s*(?:(?<end>\\d{2,4})|${OPEN}))?\\s*\\)$`, "i"), "heading:place-then-years", "Romania (1944–1947)"],
  [new RegExp(`^(?<place>[^()]+?)\\s*\\((?:[^()]*?\\b)?(?<start>${YEAR4})(?:\\s*${DASH}\\s*(?:[^()\\d]*?\\b)?(?<end>${YEAR4}))?\\s*\\)$`, "i"), "heading:title-then-dates", "War begins (November – December 1928)"],
  [new RegExp(`^(?<place>.+?)[,:]?\\s+(?<start>${YEAR4})\\s*(?:${DASH}\\s*(?:(?<end>\\d{2,4})|${OPEN}))?$`, "i"), "heading:title-then-years", "First Anglo-Afghan War, 1838–1842"],
  [new RegExp(`^(?<before>.*?)\\b(?<start>${YEAR4})(?:\\s*${DASH}\\s*(?<end>${YEAR4}))?(?<place>.*)$`, "i"), "heading:year-inside", "1921 Revolution in Mongolia"],
];

/**
 * Dated list items: an item whose text *starts* with a date (a year or a range, with `c.`, an
 * era, a day and month before or after the year). Plain years need four digits unless an era,
 * a range or a separator follows; an item whose only year stands later in its text
 * ("Battle of Chaldiran 1514") is not dated. `place` is the rest of the item.
 */
export const DATED_ITEMS: Rule[] = [
  [
    new RegExp(
      `^(?:(?:c\\.|ca\\.|circa)\\s*)?(?:(?:${MONTH}\\s+)?\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:${MONTH}\\s+)?)?(?<start>\\d{1,4})(?:/\\d{1,4})?${ERA("era")}?(?:\\s+(?:\\d{1,2}\\s+)?${MONTH}(?:\\s+\\d{1,2})?)?\\s*(?:${DASH}|\\bto\\b|\\buntil\\b)\\s*(?:(?:c\\.|ca\\.)\\s*)?(?:(?:\\d{1,2}\\s+)?${MONTH}\\s+)?(?:(?<end>\\d{3,4}|\\d{2}(?!\\s+${MONTH}))${ERA("era2")}?(?:\\s+(?:\\d{1,2}\\s+)?${MONTH}(?:\\s+\\d{1,2})?)?|${OPEN})(?![\\d])[\\s,:.–—-]*(?<place>.*)$`,
      "isu",
    ),
    "item:year-range",
    "- 1956–1957: Soviet troops landed",
  ],
  [new RegExp(`^(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[-\\s]+)?(?<decade>1\\d{2}|20\\d)0s(?:\\s*${DASH}\\s*(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[-\\s]+)?(?<decade2>1\\d{2}|20\\d)0s)?\\s*[:–—-]\\s*(?<place>\\S.*)$`, "su"), "item:decade", "- 1980s: Nicaragua"],
  [
    new RegExp(`^(?:(?:c\\.|ca\\.|circa)\\s*)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?(?<start>\\d{1,4})${ERA("era")}(?![\\p{L}\\d])[\\s,:.–—-]*(?<place>.*)$`, "isu"),
    "item:era-year",
    "- c. 2500 BCE Enmebaragesi of Kish subdued Elam",
  ],
  [
    new RegExp(`^(?:(?:c\\.|ca\\.|circa)\\s*)?(?:(?:${MONTH}\\s+)?\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:${MONTH}\\s+)?|${MONTH}\\s+)?(?<start>\\d{3,4})(?:\\s+(?:\\d{1,2}\\s+)?(?:${MONTH}|${SEASON})(?:\\s+\\d{1,2})?\\b)?\\.?\\s*[:–—-]\\s*(?<place>.*)$`, "su"),
    "item:year-then-separator",
    "- 1704 5 September – An Anglo-Dutch fleet captured Gibraltar",
  ],
  [
    new RegExp(`^(?:(?:c\\.|ca\\.|circa)\\s*)?(?:(?:${MONTH}\\s+)?\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:${MONTH}\\s+)?|${MONTH}\\s+)?(?<start>${YEAR4})(?:\\s+(?:\\d{1,2}\\s+)?(?:${MONTH}|${SEASON})(?:\\s+\\d{1,2})?\\b)?${NOT_A_YEAR_AFTER}[\\s.,]+(?<place>\\S.*)$`, "su"),
    "item:year-then-text",
    "- 1913 Ottoman coup d'état",
  ],
];

/**
 * The head of a dated list item's text before a spaced dash or a colon: "- 2011: Libya – French
 * jets …", "- 1964: Gabon: French troops …". Where every name in it is a known place, those are
 * the row's targets, as a heading's place text would be.
 */
export const ITEM_PLACE_HEAD: Rule = [/^(?<head>[^–—:;.()]{2,60}?)(?:\s+[–—-]\s+|:\s+)(?=\S)/u, "targets:item-places", "Libya – French jets carried out air strikes"];

/** Separators between several targets in one heading's place text. */
export const TARGET_SEPARATORS: Rule = [/\s*(?:[,;:/&]|\band\b)\s*/i, "targets:separator", "Estonia, Latvia and Lithuania"];

/**
 * The heading forms whose text after the years is, by the convention of such articles, a list
 * of places ("1944–1947: Romania"); after the other forms it is a title ("2016 – Surgical strikes").
 */
export const PLACE_LIST_RULES: readonly string[] = ["heading:era", "heading:circa", "heading:open-range", "heading:year-range", "heading:single-year", "heading:decade", "heading:place-then-years"];

/** Parenthetical notes kept apart from the target names. */
export const TARGET_NOTE: Rule = [/\s*\(([^()]*)\)/g, "targets:note", "British Guiana (Guyana)"];

/**
 * Words in a heading's place text that make it a title ("Surgical strikes", "The conquest of
 * Khiva") rather than a list of place names: a lower-case word other than these connectors.
 */
export const PLACE_CONNECTORS: readonly string[] = ["and", "of", "the", "de", "del", "da", "do", "du", "des", "la", "le", "les", "el", "al", "von", "van", "upon", "on", "in", "y", "e", "i", "d", "l"];

/**
 * Words that make a capitalised heading the name of an event, not a list of places: "First
 * Italo-Ethiopian War", "East African Campaign", "British Expedition to Abyssinia" (its
 * targets are then the places the gazetteer finds in it, else those its section's acts name).
 */
export const EVENT_NAME_WORD: Rule = [
  /^(?:Wars?|Campaigns?|Expeditions?|Crisis|Revolution|Battles?|Sieges?|Operations?|Affair|Incidents?|Conflicts?|Uprising|Rebellion|Revolt|Invasions?|Occupation|Intervention|Coup|Emergency|Insurgency|Offensive|Massacre|Raids?|Mutiny|Treaty|Agreement|Accords?)$/u,
  "heading:event-name",
  "East African Campaign",
];

/**
 * A state's own upheaval named in a heading: the state is the row's target ("1953 Iranian coup
 * d'état" → Iran, "Hungarian Revolution of 1956" → Hungary). Not an invasion or an
 * intervention, whose demonym is the one who acted.
 */
export const HEADING_UPHEAVAL: Rule = [
  /(?<whose>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+(?:[Cc]oup(?:\s+d['’][ée]tat|\s+attempt)?|[Rr]evolution|[Cc]ivil\s+[Ww]ar|[Uu]prising|[Cc]risis|[Ee]lections?|[Ii]nsurgency|[Rr]ebellion|[Rr]evolt|[Mm]utiny|[Rr]eferendum|[Pp]utsch)\b/u,
  "+targets:upheaval",
  "1953 Iranian coup d'état",
];

/** Sections whose lists are links or sources, never interventions. */
export const NON_CONTENT_SECTIONS: Rule = [
  /^(?:see also|related (?:articles|pages)|notes?|references?|citations?|sources?|bibliography|further reading|external links?|footnotes?|works cited|explanatory notes)$/i,
  "section:non-content",
  "See also",
];
