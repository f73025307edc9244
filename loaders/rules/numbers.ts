/**
 * Rule tables for reading numbers: number words, magnitudes, fractions, vague quantities
 * and the contexts in which a number is not a figure (years, dates, ordinals, article
 * numbers, designations). Data only; `extract/figures.ts` compiles and runs them.
 *
 * Every entry carries an example phrase, and the tests check that each example is read
 * by its own entry, so a table cannot drift from what it claims to do.
 */
import type {Rule} from "../types.ts";

/** A word with a numeric value: `[word, value, "example phrase"]`. */
export type NumberWord = readonly [word: string, value: number, example: string];

/** Cardinal words below twenty. "zero" and "nil" are left out: no figure is zero. */
export const SMALL_NUMBERS: readonly NumberWord[] = [
  ["one", 1, "one soldier was killed"],
  ["two", 2, "two encounters"],
  ["three", 3, "three tanks"],
  ["four", 4, "four major waves of deportation"],
  ["five", 5, "five youths"],
  ["six", 6, "six aircraft"],
  ["seven", 7, "seven interventions"],
  ["eight", 8, "eight advisers"],
  ["nine", 9, "nine ships"],
  ["ten", 10, "ten instructors"],
  ["eleven", 11, "eleven prisoners"],
  ["twelve", 12, "twelve tanks"],
  ["thirteen", 13, "thirteen soldiers"],
  ["fourteen", 14, "fourteen aircraft"],
  ["fifteen", 15, "fifteen advisers"],
  ["sixteen", 16, "sixteen civilians"],
  ["seventeen", 17, "seventeen guns"],
  ["eighteen", 18, "eighteen officers"],
  ["nineteen", 19, "nineteen refugees"],
];

/** Tens, combined with a unit word by a hyphen or a space ("twenty-five"). */
export const TENS: readonly NumberWord[] = [
  ["twenty", 20, "twenty-five soldiers"],
  ["thirty", 30, "thirty tanks"],
  ["forty", 40, "forty advisers"],
  ["fifty", 50, "fifty civilians"],
  ["sixty", 60, "sixty aircraft"],
  ["seventy", 70, "seventy prisoners"],
  ["eighty", 80, "eighty officers"],
  ["ninety", 90, "ninety-nine refugees"],
];

/** Magnitude words: multiply what precedes them ("13.5 million", "two hundred"). */
export const MAGNITUDES: readonly NumberWord[] = [
  ["hundred", 1e2, "two hundred advisers"],
  ["thousand", 1e3, "three thousand troops"],
  ["million", 1e6, "13.5 million"],
  ["billion", 1e9, "$1.4 billion"],
  ["trillion", 1e12, "$2 trillion"],
];

/** Short magnitudes, read only after a currency sign ("$5m", "$2bn"), where they cannot be metres. */
export const MONEY_MAGNITUDES: readonly NumberWord[] = [
  ["bn", 1e9, "$2bn"],
  ["mn", 1e6, "$40mn"],
  ["m", 1e6, "$5m"],
  ["k", 1e3, "$50k"],
];

/** Counting nouns that act like numbers. */
export const COUNT_NOUNS: readonly NumberWord[] = [
  ["dozen", 12, "a dozen tanks"],
  ["pair", 2, "a pair of fighters"],
  ["score", 20, "a score of villagers"],
];

/**
 * Fraction words, singular; the plural ("two-thirds") is accepted too. A fraction is a
 * figure only as a share of something ("one-third of its military aid", "half of the
 * country"); "a third party" and "the third plan" are not fractions.
 */
export const FRACTIONS: readonly NumberWord[] = [
  ["half", 1 / 2, "half of the country"],
  ["third", 1 / 3, "one-third of its military aid"],
  ["quarter", 1 / 4, "a quarter of the population"],
  ["fifth", 1 / 5, "a fifth of the army"],
  ["sixth", 1 / 6, "one-sixth of the territory"],
  ["eighth", 1 / 8, "an eighth of the budget"],
  ["tenth", 1 / 10, "a tenth of the population"],
];

/** A vague quantity's conventional range (the gold README's table). */
export interface VagueRange {
  name: string;
  low: number;
  high: number;
}

/**
 * Vague magnitude words: figures with approx = true and a conventional range. Ordered
 * longest first, because the engine takes the first that matches at a position.
 */
export const VAGUE_QUANTITIES: readonly Rule<VagueRange>[] = [
  [/hundreds\s+of\s+thousands/i, {name: "hundreds-of-thousands", low: 200000, high: 999999}, "hundreds of thousands of people"],
  [/tens\s+of\s+thousands/i, {name: "tens-of-thousands", low: 20000, high: 99999}, "tens of thousands of refugees"],
  [/hundreds\s+of\s+billions/i, {name: "hundreds-of-billions", low: 200000000000, high: 999999999999}, "hundreds of billions of dollars"],
  [/tens\s+of\s+billions/i, {name: "tens-of-billions", low: 20000000000, high: 99999999999}, "tens of billions of dollars in loans"],
  [/hundreds\s+of\s+millions/i, {name: "hundreds-of-millions", low: 200000000, high: 999999999}, "hundreds of millions of dollars"],
  [/tens\s+of\s+millions/i, {name: "tens-of-millions", low: 20000000, high: 99999999}, "tens of millions of people"],
  [/several\s+thousand/i, {name: "several-thousand", low: 3000, high: 9999}, "several thousand troops"],
  [/several\s+hundred/i, {name: "several-hundred", low: 300, high: 999}, "several hundred advisers"],
  [/several\s+million/i, {name: "several-million", low: 3000000, high: 9999999}, "several million refugees"],
  [/a\s+few\s+million/i, {name: "a-few-million", low: 2000000, high: 5000000}, "a few million dollars"],
  [/a\s+few\s+thousand/i, {name: "a-few-thousand", low: 2000, high: 5000}, "a few thousand soldiers"],
  [/a\s+few\s+hundred/i, {name: "a-few-hundred", low: 200, high: 500}, "a few hundred instructors"],
  [/several\s+dozen/i, {name: "several-dozen", low: 36, high: 99}, "several dozen tanks"],
  [/dozens/i, {name: "dozens", low: 24, high: 99}, "dozens of aircraft"],
  [/scores/i, {name: "scores", low: 40, high: 99}, "scores of civilians"],
  [/hundreds/i, {name: "hundreds", low: 200, high: 999}, "hundreds of prisoners"],
  [/thousands/i, {name: "thousands", low: 2000, high: 9999}, "thousands of refugees"],
  [/millions/i, {name: "millions", low: 2000000, high: 9999999}, "millions of Biafran civilians"],
  [/billions/i, {name: "billions", low: 2000000000, high: 9999999999}, "billions of dollars"],
];

/** "one in five", "1 out of 3": a share written as a proportion. */
export const PROPORTION: Rule = [/\s+(?:in|out\s+of)\s+/i, "number:proportion", "one in five Koreans was displaced"];

/** Month names (and common abbreviations): a number beside one is a date. */
export const MONTHS =
  "January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?";

const DASH = "[-–—−‐‑]";

/**
 * Contexts that make a number something other than a figure. The engine runs each
 * pattern over a short window around a number and drops the number when a match
 * overlaps it. The label names the reason in the figure log.
 */
export const NOT_FIGURES: readonly Rule[] = [
  [new RegExp(`\\b\\d{1,2}(?:\\s*${DASH}\\s*\\d{1,2})?\\s+(?:${MONTHS})(?![\\p{L}])`, "u"), "not:date-day-month", "on 20–21 August 1968"],
  [new RegExp(`\\b(?:${MONTHS})\\s+\\d{1,2}(?:\\s*${DASH}\\s*\\d{1,2})?(?:st|nd|rd|th)?\\b(?!,\\d{3})`), "not:date-month-day", "on September 1, 1939"],
  // (Three digits after a month and before a lower-case word count: "on 4 June 700 men were taken prisoner".)
  [new RegExp(`\\b(?:${MONTHS})\\s+(?:of\\s+)?(?:\\d{4}|\\d{3}(?!\\s+[a-z]))\\b`), "not:date-month-year", "by February 1921"],
  // Years written with a slash ("1761/2", "1550/1549"): dates.
  [/\b(?:1\d|20)\d\d\s*\/\s*(?:\d{4}|\d{1,2})\b/, "not:year-slash", "in the winter of 1761/2"],
  [/\b\d+(?:st|nd|rd|th)\b/i, "not:ordinal", "the 38th parallel"],
  [/\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+[\w-]+-year\s+plan\b/i, "not:plan", "the third five-year plan"],
  [/\b(?:article|articles|art\.|section|sections|chapter|clause|paragraph|resolution|protocol|no\.|nos\.|number|page|pages|p\.|pp\.|vol\.|volume|table|figure|fig\.|item|annex|rule|point|order|directive|decree|law|act|code|amendment)\s+\d+(?:\s*\(\d+\))*/i, "not:reference-number", "Article 2(4)"],
  [/\d+\(\d+\)/, "not:reference-number", "under 51(1) of the charter"],
  [/\b\d{1,4}'?s\b/, "not:decade", "the 1860s"],
  [/\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|hrs\b|GMT\b|UTC\b)/i, "not:time", "at 11 pm"],
  [/\b\d{1,2}:\d{2}\b/, "not:time", "9 May, 0:43 Moscow Time"],
  [/[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F.]*[-+]?\d+[A-Za-z\u00C0-\u024F\d]*|\b\d+(?!(?:bn|mn|m|k)\b)[A-Za-z\u00C0-\u024F]+\b/, "not:designation", "the T-26 and BT-5 tanks"],
  [/[\[{]\s*\d+|\d+\s*\]/, "not:citation", "^{[47]}"],
  [/\b\d+(?:[.,]\d+)*-(?!strong\b|man\b|men\b|member\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)[\p{L}]/iu, "not:compound-modifier", "a 10-year treaty"],
  [
    /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)-(?!strong\b|man\b|member\b|thirds?\b|quarters?\b|halves\b|half\b|fifths?\b|sixths?\b|eighths?\b|tenths?\b|(?:one|two|three|four|five|six|seven|eight|nine)\b)[\p{L}]+/iu,
    "not:compound-modifier",
    "a two-way division",
  ],
  [/\b(?:one|a)\s+(?:of|another|or\s+(?:the\s+)?other)\b/i, "not:pronoun-one", "one of them with a bomb"],
  [/\b(?:number|no\.)\s+(?:one|two|three)\b/i, "not:rank", "the number two man"],
  // Years of an era ("2271 BCE", "c. 1800 BC", "AD 711"): dates, however large.
  [new RegExp(`\\b\\d{1,5}(?:\\s*(?:${DASH}|/)\\s*\\d{1,5})?\\s*(?:BCE|BC|CE|AD|BP|B\\.C\\.(?:E\\.)?|A\\.D\\.)(?![\\p{L}])|\\b(?:AD|A\\.D\\.)\\s*\\d{1,4}\\b`, "u"), "not:era-year", "the city fell in 1595 BCE"],
  // Names of military units made of a number and a formation word ("42 Commando", "2 Para", "12 Squadron"), not followed by a count noun.
  [
    /\b\d{1,3}\s+(?:Commando|Cdo|Para|Squadron|Wing|Flotilla|Battery|Division|Brigade|Regiment|Battalion|Group|Fleet|Platoon|Troop)(?![\p{L}])(?!\s+(?:soldiers?|troops|men|marines|officers?|personnel)\b)/u,
    "not:unit-name",
    "marines from 41 Commando went ashore",
  ],
  // Designations: a capitalised class word and a number ("Type 23", "Mk 2", "Hill 60", "Route 1").
  // (Written as a number with a lookbehind: the engine scans for digits, not for every word.)
  [/\d+(?<=\b(?:Type|Class|Mark|Mk\.?|Model|Series|Unit|Squadron|Flotilla|Wing|Force|Block|Flight|Route|Highway|Hill|Camp|Point|Sector|Gate|Pier|Berth|Platform|Post|Station|Zone|Grid|Level|Phase|Stage)\s+\d+)/, "not:class-number", "a Type 23 frigate"],
  // A model number after a maker or type name ("Boeing 747", "SA 342 Gazelle", "Leopard 1").
  [
    /\d+(?<=\b(?:Boeing|Airbus|Lockheed|Douglas|McDonnell|Learjet|Cessna|Fokker|Embraer|Sukhoi|Tupolev|Ilyushin|Antonov|Yakovlev|Mikoyan|Kamov|A[ée]rospatiale|SA|AS|Westland|Sikorsky|Bell|Dassault|Mirage|Leopard|Challenger|Chieftain|Centurion|Merkava|Oerlikon|Bofors|Vickers|Avro|Hawker|Gloster|Convair|Grumman|Northrop|Tornado|Piper|Beechcraft|Lear|Saab|Harrier|Vulcan|Chinook|Huey|Alouette|Gazelle|IA|FMA)\s+\d+)/,
    "not:model-number",
    "a Boeing 747 freighter",
  ],
  // Calibres: a number and a bore ("120 mm mortars", "a 25-pounder", ".50 calibre").
  [/\.?\b\d+(?:\.\d+)?\s*(?:mm|cm|millimet(?:re|er)s?)(?![\p{L}])|\.?\b\d+(?:\.\d+)?[-\s]?(?:inch|in\.|pounders?|pdr|calibre|caliber)\b/u, "not:calibre", "armed with 105 mm guns"],
  // How often, not how many: "on four occasions", "at three times" (gold README).
  [/\b(?:on|at)\s+(?:[\w-]+\s+){1,2}?(?:occasions|times)\b/i, "not:frequency", "the ship on four occasions carried them"],
  // Clock times in military style ("at 1035 hours").
  [/\b[0-2]\d[0-5]\d\s*(?:hours|hrs|h)\b/, "not:time", "fire opened at 0615 hours"],
  // Ages ("aged 19", "a 30 years old farmer", "at the age of 60").
  [/\baged?\s+(?:\d+|[a-z]+(?:-[a-z]+)?)\b|\bage\s+of\s+(?:\d+|[a-z]+(?:-[a-z]+)?)\b|\b\d+[\s-]*(?:years?|yrs?)[\s-]+old\b/i, "not:age", "a recruit aged 19"],
  // A model number after a number and a name ("120 Challenger 2 tanks", "in 1998 Leopard 2 tanks"): part of the name.
  // (Not after a name alone: "sold Egypt 50 tanks" is a figure.)
  // (Not after a month: "on 4 June 700 men" is a date and a count.)
  [new RegExp(`[A-Z](?<=\\d\\s+[A-Z])[A-Za-z\\u00C0-\\u024F-]*(?<!\\b(?:${MONTHS}))\\s+\\d{1,4}[A-Za-z\\d]*\\b(?![,.]\\d)`), "not:model-number", "By 1998 Challenger 2 tanks had replaced the Chieftains."],
];

/**
 * Cheap tests a window around a number must pass before some NOT_FIGURES patterns are run
 * on it, by label: most numbers are near no era, calibre, age or class word, and these
 * patterns would otherwise be tried at every one (a test checks each entry's example).
 */
export const NOT_FIGURE_HINTS: Readonly<Record<string, RegExp>> = {
  "not:era-year": /\b(?:BCE?|CE|AD|BP|B\.C|A\.D)\b/,
  "not:unit-name": /\d\s+[A-Z]/,
  "not:class-number": /[A-Z]\S*\s+\d/,
  "not:model-number": /[A-Z]\S*\s+\d/,
  "not:calibre": /\d\s*(?:mm|cm|milli|inch|in\.|-?pounder|pdr|calib)/i,
  "not:frequency": /occasions|times/i,
  "not:age": /\bage|old\b/i,
  "not:year-slash": /\//,
  "not:plan": /-year/i,
  "not:decade": /\ds\b|\d'/,
  "not:citation": /[[\]{]/,
};

/**
 * A four-digit number between these bounds, written without a thousands separator, is
 * a year unless a currency sign, a hedge or a magnitude word makes it an amount.
 */
export const YEAR_RANGE: Rule<{min: number; max: number}> = [/\b(?:1\d|20|21)\d\d\b/, {min: 1000, max: 2199}, "the Revolution of 1911"];

/**
 * Words right before a four-digit number (the engine anchors them there) that make it a year even when a count noun
 * follows ("in 1968 Soviet troops", "the 1982 refugees", "1944 and 1945 troops", "the
 * children of 1948 refugees"; "of" only after a word that is not a body of people: "a force
 * of 2000 men" counts). Without them, "2000 men", "with 1500 soldiers" and "3000 rupees" are counts.
 */
export const YEAR_BEFORE: Rule = [
  new RegExp(
    `(?:\\b(?:in|on|at|by|since|until|till|from|to|during|after|before|between|through|throughout|circa|c\\.|ca\\.|early|late|mid|summer|winter|spring|autumn|fall|year|years|the|a|an|this|that|its|their|his|her|our|each|every|(?:${MONTHS}))|(?<!\\b(?:force|army|garrison|total|column|contingent|band|party|body|group|crew|fleet|detachment|corps|strength|losses|loss|toll)\\s+)of|\\d{3,4}\\s*(?:and|or|to|&)|[–—−/-])\\s*`,
    "i",
  ),
  "year-before",
  "in 1968 Soviet troops",
];

/** A ratio in words after a number, in a sentence about ratios or odds ("kill ratios of ten to one"). */
export const RATIO_WORDS: Rule = [/\s+to\s+one\b/i, "ratio:to-one", "outnumbered ten to one"];

/**
 * Words that join the two ends of a range. `and` joins only after `between`; a
 * hyphen joins only digits ("2-3"), never words ("two-way").
 */
export const RANGE_JOINERS: readonly Rule[] = [
  [new RegExp(`\\s*[–—−]\\s*`), "range:dash", "2,000–3,000 military advisers"],
  [/-/, "range:hyphen", "2-3 brigades"],
  [/\s+to\s+/i, "range:to", "1,000 to 3,000 dissidents"],
  [/\s+or\s+/i, "range:or", "two or three tanks"],
  [/\s+and\s+/i, "range:between-and", "between 1,000 and 3,000 soldiers"],
];
