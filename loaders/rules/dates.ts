/**
 * Date rule tables: `[pattern, label, "example phrase"]`. Each pattern names its parts
 * `day`, `month`, `year` as groups; `extract/events.ts` tries them in order and the first
 * that claims a span names the rule. Data only.
 */
import type {Rule} from "../types.ts";

/** Month names (and the abbreviations prose uses) → month number. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

const MONTH = "(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
const YEAR = "(?<year>1[0-9]\\d{2}|20\\d{2})";
const DAY = "(?<day>[0-3]?\\d)";
const DASH = "[-–—]";

/** Dates in prose, most specific first. A day range ("20–21 August 1968") keeps its first day. */
export const DATE_PATTERNS: Rule[] = [
  [new RegExp(`\\b${DAY}(?:\\s*${DASH}\\s*[0-3]?\\d)?\\s+${MONTH}\\s*,?\\s+${YEAR}\\b`, "u"), "date:day-month-year", "On 17 September 1939"],
  [new RegExp(`\\b${MONTH}\\s+${DAY}(?:st|nd|rd|th)?(?:\\s*${DASH}\\s*[0-3]?\\d)?\\s*,\\s*${YEAR}\\b`, "u"), "date:month-day-year", "on September 1, 1939"],
  [new RegExp(`\\b${MONTH}\\s+${DAY}(?:st|nd|rd|th)?\\s+${YEAR}\\b`, "u"), "date:month-day-year", "on September 1 1939"],
  [new RegExp(`\\b${MONTH}\\s+${DAY}(?:st|nd|rd|th)?\\b(?![\\d:])`, "u"), "date:month-day", "waited until September 17"],
  [new RegExp(`\\b${DAY}(?:\\s*${DASH}\\s*[0-3]?\\d)?\\s+${MONTH}(?![\\p{L}])`, "u"), "date:day-month", "on 6 August"],
  [new RegExp(`\\b${MONTH}\\s*(?:${DASH}\\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+)?(?:of\\s+)?${YEAR}\\b`, "u"), "date:month-year", "in August 1921"],
  [new RegExp(`(?<![\\d,.$£€/])${YEAR}(?!\\d|s\\b|\\s*(?:%|percent|km|mi|kilomet|metre|meter|tonnes|men|troops|soldiers|people)\\b)`, "u"), "date:year", "in 1941"],
];

/**
 * A date that names when a pact, treaty or conference happened (not the act the sentence reports):
 * words before it (`pact on 23 August 1939`) or after it (`the 1939 Molotov–Ribbentrop Pact`).
 */
export const PACT_DATE_BEFORE: Rule = [
  /\b(?:pact|treaty|treaties|agreement|accords?|conference|protocol|declaration|armistice|talks|summit|signing|signed)\b(?:\s+[\p{L}'’–-]+){0,3}\s+(?:on|of|in|dated)?\s*$/iu,
  "date:pact-before",
  "the signing of the Molotov–Ribbentrop Pact on 23 August 1939",
];
export const PACT_DATE_AFTER: Rule = [
  /^\s+(?:(?!(?:after|before|following|with|and|by|in|on|at|of|to|when|while|during)\b)[\p{L}'’–-]+\s+){0,3}(?:pact|treaty|treaties|agreement|accords?|conference|protocol|declaration|armistice|talks|summit|election|elections|referendum|revolution|constitution)\b/iu,
  "date:pact-after",
  "the 1939 Molotov–Ribbentrop Pact",
];

/**
 * "until 1941" after the act names when it ended ("occupied eastern Poland until the summer of
 * 1941"); before the act it still dates it ("waited until September 17 before launching his invasion").
 */
export const END_DATE: Rule = [
  /\b(?:until|till|through|up\s+to)\s+(?:the\s+)?(?:(?:end|summer|winter|spring|autumn|fall|beginning|middle)\s+of\s+)?$/iu,
  "date:end",
  "Soviet forces occupied eastern Poland until the summer of 1941",
];

/** Words that open a clause set at another time: "sixteen days after Germany invaded Poland". */
export const TIME_SUBORDINATOR: Rule = [
  /^\s*(?:[\p{L}-]+\s+){0,3}?(?:after|before|until|since|when|whereas|while|once|following|preceding)\b/iu,
  "date:other-time",
  "sixteen days after Germany invaded Poland from the west",
];

/** A clause that is only a date adverbial: "On 17 September 1939," before the main clause. */
export const DATE_ADVERBIAL: Rule = [
  /^\s*(?:(?:on|in|by|from|during|at|around|about|early|late|mid|the|of|night|morning|evening|summer|winter|spring|autumn|fall)\s+|\u0000\s*)*\u0000\s*$/iu,
  "date:adverbial",
  "On \u0000",
];

/** Where a sentence splits into clauses for dating: semicolons, colons, dashes and commas. */
export const CLAUSE_BREAK = /\s*(?:[;:]|,(?=\s)|\s[–—]\s|—)\s*/gu;
