/**
 * extractFigures: the numbers in a document's prose → Figure rows (what each counts, its
 * range, how sure the text is, whose it is), each traceable to its sentence.
 *
 * A rule engine over the tables in `rules/`: a fast regular-expression scan finds
 * candidate numbers, a small parser reads each one (digits, words, fractions, vague
 * quantities, ranges), the context rules decide whether it is a figure at all (not a
 * year, date, ordinal, article number, designation), and then the unit, hedge, category
 * and party rules read the words around it. Every rule that fires is recorded.
 *
 * Why no number library: measured on the seed's 61 gold spans and 50 spans from other
 * articles, @microsoft/recognizers-text-number reads values nearly as well (59/61, 43/50)
 * but at 0.06–0.4 MB/s; compromise (51/61, 40/50), words-to-numbers (51/61, 33/50) and
 * wink-nlp's entities (43/61, 31/50) miss ranges, fractions, ratios and magnitudes; none
 * knows the gold's ranges for vague quantities ("hundreds of thousands" = 200,000–999,999).
 * This table-driven reader gets them all (the spans informed its tables) at 7–25 MB/s,
 * and the context rules (unit, hedge, category) are needed whichever reads the digits.
 */
import type {Document, Figure, Intervention, Rule, Sentence} from "../types.ts";
import {lineAt, parseDocument} from "../parse/document.ts";
import {splitSentences} from "../parse/sentences.ts";
import {extractInterventions, interventionAt} from "./interventions.ts";
import {COUNT_NOUNS, FRACTIONS, MAGNITUDES, MONEY_MAGNITUDES, NOT_FIGURE_HINTS, NOT_FIGURES, PROPORTION, RANGE_JOINERS, RATIO_WORDS, SMALL_NUMBERS, TENS, VAGUE_QUANTITIES, YEAR_BEFORE, YEAR_RANGE, type VagueRange} from "../rules/numbers.ts";
import {HEDGES_AFTER, HEDGES_BEFORE, HEDGES_PREDICATE, type Hedge} from "../rules/hedges.ts";
import {ASIDE, CALIBRE, TALLY_ITEM, CURRENCY_AFTER, CURRENCY_SIGNS, CURRENCY_WORDS, CURRENCY_BEFORE, CURRENCY_IMPLIED, OTHER_WORDS, PARTITIVE, PASSIVE_PERSONS, PERCENT, PRONOUN_SHARES, PRONOUN_UNITS, RATIO, SENTENCE_CURRENCIES, STRENGTH_SUFFIXES, UNIT_NOUNS, type UnitLabel} from "../rules/units.ts";
import {
  AID_CUES_AFTER, AID_CUES_BEFORE, BARE_SUBJECT_CUES, CAPTIVE_FATES, COMBAT_CUES_AFTER, COMBAT_CUES_BEFORE, COMBATANT_NOUNS, DESTINATION_CUES, POPULATION_CUES, PREDICATE_STEMS, EVENT_COMPLEMENTS, LOSS_CUES, MONEY_CUES, NOUN_CATEGORIES, OBJECT_CUES, PREDICATE_CUES, PRE_NOUNS, RATIO_CUES,
  SENTENCE_CUES, SHARE_CATEGORIES, UNIT_CATEGORIES, VAGUE_LINK, WEIGHT_CUES,
  type Strength,
} from "../rules/categories.ts";
import {PARTIES} from "../rules/parties.ts";

// ---------------------------------------------------------------------------------------
// Compiling the tables. The tables hold plain patterns (so each can be tested on its
// example phrase); the engine needs them anchored at a position or at the end of a window.

/** Flags of `re` without `g`/`y`, plus `extra`. */
function flagsOf(re: RegExp, extra: string): string {
  return re.flags.replace(/[gy]/g, "") + extra;
}
/** The pattern anchored at `lastIndex` (sticky). */
function sticky(re: RegExp): RegExp {
  return new RegExp(re.source, flagsOf(re, "y"));
}
/** The pattern anchored at the end of the string (for the words right before a number). */
function atEnd(re: RegExp): RegExp {
  return new RegExp(`(?:${re.source})$`, flagsOf(re, ""));
}
/** The pattern for scanning (global). */
function global(re: RegExp): RegExp {
  return new RegExp(re.source, flagsOf(re, "g"));
}
/** A table with each pattern compiled by `how`, label and name kept. */
function compile<L>(table: readonly Rule<L>[], how: (re: RegExp) => RegExp): {re: RegExp; label: L}[] {
  return table.map(([re, label]) => ({re: how(re), label}));
}

type WordKind = "small" | "ten" | "magnitude" | "count" | "fraction";
const WORDS = new Map<string, {value: number; kind: WordKind}>();
for (const [w, v] of SMALL_NUMBERS) WORDS.set(w, {value: v, kind: "small"});
for (const [w, v] of TENS) WORDS.set(w, {value: v, kind: "ten"});
for (const [w, v] of MAGNITUDES) WORDS.set(w, {value: v, kind: "magnitude"});
for (const [w, v] of COUNT_NOUNS) WORDS.set(w, {value: v, kind: "count"});
for (const [w, v] of FRACTIONS) {
  WORDS.set(w, {value: v, kind: "fraction"});
  WORDS.set(w === "half" ? "halves" : `${w}s`, {value: v, kind: "fraction"});
}

const wordAlternatives = [...WORDS.keys()].sort((a, b) => b.length - a.length).join("|");
/**
 * The fast scan: anything that can start a number. Digits, number words, fraction words
 * and the first word of a vague quantity ("several thousand", "tens of thousands").
 * No "u" flag: ASCII word boundaries suffice here, and the scan runs 2–3 times faster.
 */
const CANDIDATE = new RegExp(`\\d|\\b(?:${wordAlternatives}|a\\s+few|several|tens|hundreds|thousands|millions|billions|dozens|scores)\\b`, "gi");
/** The same scan, for the first candidate of a short phrase. */
const FIRST_CANDIDATE = new RegExp(CANDIDATE.source, "i");
const DIGITS = /(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/y;
const WORD = /[a-z]+/iy;
const WORD_SEPARATOR = /(?:\s+|\s*-\s*)/y;
const AND_SEPARATOR = /\s+and\s+/iy;
const AND_A_HALF = /\s+and\s+a\s+half\b/iy;
const MAGNITUDE_AFTER = new RegExp(`\\s*-?\\s*(${MAGNITUDES.map(([w]) => w).join("|")})\\b`, "iy");
const MONEY_MAGNITUDE_AFTER = new RegExp(`\\s?(${MONEY_MAGNITUDES.map(([w]) => w).join("|")})\\b`, "y");
const A_BEFORE = /\ban?\s+$/i;
const HALF_A = /\s+an?\s+/iy;
const HALF_THE = /^\s+the\s/i;
const VAGUE = compile<VagueRange>(VAGUE_QUANTITIES, sticky);
const NOT = NOT_FIGURES.map(([re, label]) => ({re: global(re), label, hint: NOT_FIGURE_HINTS[label]}));
const JOINERS = compile(RANGE_JOINERS, sticky);
const PROPORTION_JOIN = sticky(PROPORTION[0]);
const BETWEEN_BEFORE = /\bbetween\s+$/i;
/** A currency sign at the second end of a range ("$200 million to $400 million"). */
const CURRENCY_SIGN = /(?:US|U\.S\.)?\$|£|€/y;
/** "rose from 500 to 1,000": a change, not a range ("ranged from 500 to 1,000" is one). */
const CHANGE_FROM_BEFORE = /\b(?:increas\w*|ris(?:e|es|ing)|rose|gr[eo]w\w*|fell|fall\w*|drop\w*|declin\w*|reduc\w*|expand\w*|cut|doubl\w*|swell\w*|swollen|decreas\w*|shrank|shrunk)\s+(?:[\w'’-]+\s+){0,3}?from\s+$/i;
const PERCENT_AFTER = compile(PERCENT, sticky);
const RATIO_AFTER = sticky(RATIO[0]);
const CURRENCY_PRE = compile(CURRENCY_BEFORE, atEnd);
const CURRENCY_POST = compile(CURRENCY_AFTER, sticky);
const CURRENCY_WORD = CURRENCY_WORDS[0];
/** Whether a currency word stands within a few words after `p`. */
function currencyWordNear(seg: string, p: number): boolean {
  return CURRENCY_WORD.test(seg.slice(p, p + 48));
}
const CURRENCY_UNSAID = compile(CURRENCY_IMPLIED, sticky);
const SENTENCE_CURRENCY = compile(SENTENCE_CURRENCIES, (re) => re);
/** Every currency unit the tables can write (money is categorised by what it pays for). */
const MONEY_UNITS = new Set([...CURRENCY_BEFORE, ...CURRENCY_AFTER, ...CURRENCY_IMPLIED, ...SENTENCE_CURRENCIES].map(([, label]) => label));
const HEDGE_PRE = compile<Hedge>(HEDGES_BEFORE, atEnd);
/** Space, tab, line feed or no-break space. */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 160;
}
/** Every hedge at once, anchored at both ends: tried only at the last few word starts before a number. */
const HEDGE_ANY = new RegExp(`(?:${HEDGES_BEFORE.map(([re]) => re.source).join("|")})$`, "iy");

/** An opening bracket or quote, after which a word starts ("(roughly 300 horsemen)"). */
function isOpener(c: number): boolean {
  return c === 40 || c === 91 || c === 34 || c === 39 || c === 0x201c || c === 0x2018;
}

/**
 * Whether a hedge ends `pre`. Hedges are a few words long, so instead of letting the
 * engine try every position, try the starts of the last six words (and "~").
 */
function endsWithHedge(pre: string): boolean {
  let words = 0;
  for (let i = pre.length - 1; i >= 0 && words < 6; i--) {
    const c = pre.charCodeAt(i);
    if (!isSpace(c) && !isOpener(c) && (i === 0 || isSpace(pre.charCodeAt(i - 1)) || isOpener(pre.charCodeAt(i - 1)))) {
      words++;
      HEDGE_ANY.lastIndex = i;
      if (HEDGE_ANY.test(pre)) return true;
    }
  }
  return false;
}
const HEDGE_POST = compile<Hedge>(HEDGES_AFTER, sticky);
/** The hedges before a number, anchored where the second end of a range starts. */
const HEDGE_INNER = compile<Hedge>(HEDGES_BEFORE, sticky);
const HEDGE_PREDICATE = compile<Hedge>(HEDGES_PREDICATE, global);
/**
 * The unit nouns as a few sticky alternations, one per run of entries with the same case
 * rule, each entry a capture group: one match per word instead of one per entry (the first
 * alternative that matches wins, as the table's order says). Two sets: with and without the
 * entries that stand only right after a number.
 */
interface UnitGroup {
  re: RegExp;
  labels: UnitLabel[];
}
function groupUnits(table: readonly Rule<UnitLabel>[]): UnitGroup[] {
  const groups: {flags: string; sources: string[]; labels: UnitLabel[]}[] = [];
  for (const [re, label] of table) {
    const flags = re.flags.replace(/[gy]/g, "") + "y";
    const last = groups[groups.length - 1];
    if (last && last.flags === flags) {
      last.sources.push(re.source);
      last.labels.push(label);
    } else groups.push({flags, sources: [re.source], labels: [label]});
  }
  return groups.map((g) => ({re: new RegExp(g.sources.map((src) => `(${src})`).join("|"), g.flags), labels: g.labels}));
}
const UNIT_GROUPS = groupUnits(UNIT_NOUNS);
const LATER_UNIT_GROUPS = groupUnits(UNIT_NOUNS.filter(([, label]) => !label.immediate));
const PRONOUNS = compile<UnitLabel>(PRONOUN_UNITS, sticky);
const PRONOUN_SHARE = compile(PRONOUN_SHARES, sticky);
const PASSIVES = compile<UnitLabel>(PASSIVE_PERSONS, sticky);
const STRENGTH = compile<UnitLabel>(STRENGTH_SUFFIXES, sticky);
const PRE_NOUN = compile(PRE_NOUNS, atEnd);
const NOUN_CATEGORY = compile(NOUN_CATEGORIES, (re) => re);
const PREDICATE = compile(PREDICATE_CUES, global);
const DESTINATION = compile(DESTINATION_CUES, global);
const AID_BEFORE = compile(AID_CUES_BEFORE, (re) => re);
const AID_AFTER = compile(AID_CUES_AFTER, (re) => re);
const POPULATION = compile(POPULATION_CUES, global);
const COMBATANT = COMBATANT_NOUNS[0];
const COMBAT_BEFORE = compile(COMBAT_CUES_BEFORE, (re) => re);
const COMBAT_AFTER = compile(COMBAT_CUES_AFTER, (re) => re);
const EVENT_COMPLEMENT = compile(EVENT_COMPLEMENTS, (re) => re);
/** The same cues right after a bare number, perhaps after an auxiliary ("5,000 had died", "200,000 fled"). */
const PREDICATE_NOW = compile([...PREDICATE_CUES, ...BARE_SUBJECT_CUES], (re) => new RegExp(`(?:(?:had|have|has|also|later|eventually|reportedly|subsequently)\\s+){0,2}(?:${re.source})`, flagsOf(re, "y")));
const OBJECT = compile(OBJECT_CUES, global);
const OBJECT_VERB = compile(OBJECT_CUES, atEnd);
const SENTENCE = compile(SENTENCE_CUES, (re) => re);
const LOSS = compile(LOSS_CUES, global);
const SHARE = compile(SHARE_CATEGORIES, global);
const MONEY = compile(MONEY_CUES, (re) => re);
const WEIGHT = compile(WEIGHT_CUES, (re) => re);
const RATIO_CUE = compile(RATIO_CUES, (re) => re);
const PARTY_SCAN = compile(PARTIES, global);
const OF_BEFORE = /\bof\s+$/i;
/** Counting nouns read with "of" after them ("a pair of fighters", "a score of villagers"). */
const COUNT_OF = /(?:pair|score)$/i;
const PARTITIVE_RE = PARTITIVE[0];
const OTHER_RE = OTHER_WORDS[0];
const CALIBRE_RE = CALIBRE[0];
const ASIDE_RE = ASIDE[0];
const VAGUE_LINK_RE = atEnd(VAGUE_LINK[0]);
const TALLY_RE = atEnd(TALLY_ITEM[0]);
/** Between a part and its whole: "30 of 250 riders". */
/** Passives said of things as well as people ("12 were captured", "were returned"). */
const THING_PASSIVE = /\b(?:captured|returned|sent|released|seized|taken|abandoned|repaired|delivered)\b/i;
const PARTITIVE_GAP = /^\s+of\s+(?:(?:the|its|their|his|her|our)\s+)?$/i;

/** A participle that can follow "N more" as what befell them ("eight more wounded"). */
const PARTICIPLE = /^(?:killed|dead|wounded|injured|captured|missing|arrested|executed|died)$/i;
const OF_AFTER = /\s+of\s+/iy;
const SPACES = /\s*/y;
const GAP = /[ \t\u00a0]+/y;
// (An abbreviation's last dot is the word's: "23 U.S. soldiers".)
const NOUN_WORD = /[\p{L}\p{M}\d]+(?:[-'’.][\p{L}\p{M}\d]+)*(?:['’]s|(?<=\.\p{Lu})\.)?/uy;
/** Text between two members of a list: a comma, `and`, `or`. */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)$/i;
/** Words before a bare number that continue an earlier figure ("… and 510 directly to Russia"). */
const CONTINUATION = /(?:\b(?:and|or|but|while|whereas|reaching|reached|rising(?:\s+to)?|rose(?:\s+to)?|increas(?:ing|ed)(?:\s+to)?|grow(?:ing)?(?:\s+to)?|grew(?:\s+to)?|falling\s+to|fell\s+to|peaked\s+at|totall?ing|totall?ed|another|a\s+further|then|with|plus|of\s+(?:which|whom|these|them)|among\s+them|bringing\s+(?:the\s+|its\s+|their\s+)?(?:total|number|strength|force)\s+to|to\s+a\s+total\s+of|(?:a|its|their|the)\s+peak\s+of|peak(?:ed|ing)?\s+(?:at|of)|at\s+(?:its|their|the)\s+peak)|\+)\s+$/i;
/** A bare number after a comma, then "from"/"in": the next part of a breakdown ("32 came from A, 21 from B"). */
const PARALLEL_BEFORE = /,\s*$/;
const PARALLEL_AFTER = /^\s+(?:from|in|at|with)\s/i;
const CLAUSE_BREAK = /[;:]/g;
/** A relative clause about a name further on ("… overthrew President X, who was shot"): its verbs are not the figure's. */
const RELATIVE_BREAK = /\p{Lu}[\p{L}\p{M}'’.-]*\s*,\s*(?:who|whom|whose)\b/u;
/** A predicate cue this close after the last member of a list is the whole list's ("Five guards and 20 rebels were killed"). */
const LIST_PREDICATE_REACH = 30;
/**
 * Words that can stand between a demonym used as an adjective and the noun it modifies
 * ("French military interventions", "French and Senegalese troops", "Cuban regular troops").
 */
const ADJECTIVE_LIKE = /^(?:\p{Lu}[\p{L}\p{M}'’-]*|military|regular|irregular|armed|special|naval|air|ground|elite|combat|security|paramilitary|colonial|foreign|covert|federal|government|rebel|royal|[\p{Ll}-]+(?:al|ary|ic|ian|ese|ish))$/u;
/** The word after a coordinator ("and Polish troops"). */
const NEXT_WORD = /^\s+([\p{L}\p{M}'’-]+)/u;
/** How far after a people's name a verb of fighting makes it a force ("60 Kurds from the hills were holding"). */
const DEMONYM_VERB_REACH = 30;
/** How many words a demonym may reach past for its head noun. */
const MODIFIER_REACH = 3;
/** What a ratio is in ("6:1 in tanks", "4:1 in self-propelled artillery"), for the quote. */
const RATIO_IN = /\s+in\s+(?:\w+-[\w-]+\s+)?[\w-]+/iy;

/** Closed-class words that end a noun phrase after a number. */
const STOPS = new Set(
  (
    "and or but nor to in into from by with for at on of off over under than as per each were was is are be been being had has have " +
    "who whom whose which that while when where after before during until since a an the their its his her this these those it they he she we " +
    "would could should will shall may might must did do does not only also then there here so if because like such upon within without between " +
    "among through across against toward towards via about around some more most less fewer all both either neither any no"
  ).split(" "),
);
/** Words allowed inside the complement of a share ("90% of Vietnam's demand for raw materials"). */
const COMPLEMENT_WORDS = new Set("the its their his her a an for".split(" "));

/** Longest number we read, in characters: a longer run of digits is not a figure. */
const MAX_NUMBER_CHARS = 40;
/** Words skipped between a number and its noun ("2 very important American intelligence gear"). */
const MAX_SKIPPED_WORDS = 4;
/** Characters read before a number for hedges and currency ("estimated to have been" is the longest hedge). */
const PRE_WINDOW = 32;
/** Characters read before a number for a noun that gives it its unit ("the force numbered about"). */
const PRE_NOUN_WINDOW = 60;
/** Characters either side of a number in which NOT_FIGURES patterns are run ("the third five-year plan"). */
const NOT_WINDOW = 24;
const POST_WINDOW = 200;
const CUE_WINDOW = 200;
const OBJECT_WINDOW_GENERIC = 100;
const OBJECT_WINDOW_MILITARY = 40;

// ---------------------------------------------------------------------------------------
// Reading one number.

/** A number read from the text, before any unit or hedge. Offsets are local to the string parsed. */
export interface NumberSpan {
  start: number;
  end: number;
  low: number;
  high: number;
  kind: "digits" | "words" | "vague" | "fraction";
  /** The rules that read it (`number:digits`, `range:dash`, `percent`, …). */
  rules: string[];
  /** A magnitude word multiplied it ("13.5 million"). */
  magnitude: boolean;
  /** Four plain digits, such as a year ("1956"). */
  yearLike: boolean;
  percent: boolean;
  ratio: boolean;
  currencyMagnitude?: boolean;
  /** A hedge inside a range, on its second end ("three to at least four"). */
  innerHedge?: Hedge;
}

interface Cardinal {
  end: number;
  value: number;
  kind: "digits" | "words" | "fraction";
  magnitude: boolean;
  yearLike: boolean;
}

/** Reads digits ("2,000", "13.5") at `p`, with a magnitude word after ("13.5 million"). */
function readDigits(s: string, p: number): Cardinal | null {
  DIGITS.lastIndex = p;
  const m = DIGITS.exec(s);
  if (!m) return null;
  if (m[0].length > MAX_NUMBER_CHARS) return {end: p + m[0].length, value: Infinity, kind: "digits", magnitude: false, yearLike: false};
  let value = parseFloat(m[0].replace(/,/g, ""));
  let end = p + m[0].length;
  const yearLike = m[0].length === 4 && m[0].indexOf(",") === -1 && m[0].indexOf(".") === -1;
  AND_A_HALF.lastIndex = end;
  const half = AND_A_HALF.exec(s);
  if (half) {
    value += 0.5;
    end += half[0].length;
  }
  MAGNITUDE_AFTER.lastIndex = end;
  const mag = MAGNITUDE_AFTER.exec(s);
  if (mag) return {end: end + mag[0].length, value: value * WORDS.get(mag[1].toLowerCase())!.value, kind: "digits", magnitude: true, yearLike: false};
  return {end, value, kind: "digits", magnitude: false, yearLike: yearLike && !half};
}

/**
 * Reads number words at `p`: "three", "twenty-five", "two hundred and fifty",
 * "one-third", "half a million", "a dozen" (the "a" is found by the caller).
 */
function readWords(s: string, p: number, article: boolean): Cardinal | null {
  let total = 0;
  let current = article ? 1 : 0;
  let seen = false;
  let magnitude = false;
  let pos = p;
  let end = p;
  let last: WordKind | null = null;
  for (;;) {
    WORD.lastIndex = pos;
    const m = WORD.exec(s);
    if (!m) break;
    const w = WORDS.get(m[0].toLowerCase());
    if (!w) break;
    if (w.kind === "fraction") {
      // "one-third", "two thirds", "a quarter", "half": a share, not a count.
      if (total || magnitude) break;
      const numerator = seen || article ? current : 1;
      const value = numerator * w.value;
      const after = pos + m[0].length;
      // "half a million": a fraction of a magnitude.
      if (!seen && m[0].toLowerCase() === "half") {
        HALF_A.lastIndex = after;
        const a = HALF_A.exec(s);
        if (a) {
          WORD.lastIndex = after + a[0].length;
          const mag = WORD.exec(s);
          const mw = mag && WORDS.get(mag[0].toLowerCase());
          if (mag && mw && mw.kind === "magnitude") return {end: after + a[0].length + mag[0].length, value: 0.5 * mw.value, kind: "words", magnitude: true, yearLike: false};
        }
      }
      // A singular fraction needs "a", "one" or nothing ("half"); "two third" is no fraction.
      if (!seen && !article && m[0].toLowerCase() !== "half" && m[0].toLowerCase() !== "halves") return null;
      return {end: after, value, kind: "fraction", magnitude: false, yearLike: false};
    }
    if (w.kind === "small" || w.kind === "ten") {
      if (last === "small" || (last === "ten" && w.kind === "ten")) break; // "five three": two numbers
      current += w.value;
    } else if (w.kind === "count") {
      // "a dozen", "two score": a counting noun needs "a" or a number before it ("the score" is none).
      if (!seen && !article) break;
      current = (current || 1) * w.value;
    } else if (w.value === 100) {
      current = (current || 1) * 100;
    } else {
      total += (current || 1) * w.value;
      current = 0;
      magnitude = true;
    }
    seen = true;
    last = w.kind;
    pos += m[0].length;
    end = pos;
    // Next word: after a space or hyphen, or "and" inside a compound ("two hundred and fifty").
    AND_A_HALF.lastIndex = pos;
    const half = AND_A_HALF.exec(s);
    if (half) {
      current += 0.5;
      pos += half[0].length;
      end = pos;
      last = "small";
    }
    WORD_SEPARATOR.lastIndex = pos;
    const sep = WORD_SEPARATOR.exec(s);
    if (!sep) break;
    let next = pos + sep[0].length;
    if (w.kind === "magnitude") {
      AND_SEPARATOR.lastIndex = pos;
      const and = AND_SEPARATOR.exec(s);
      if (and) next = pos + and[0].length;
    }
    pos = next;
  }
  if (!seen) return null;
  return {end, value: total + current, kind: "words", magnitude, yearLike: false};
}

/** Digits or words at `p`. */
function readCardinal(s: string, p: number, article: boolean): Cardinal | null {
  const c = s.charCodeAt(p);
  if (c >= 48 && c <= 57) return readDigits(s, p);
  return readWords(s, p, article);
}

/**
 * Reads the number that starts at `p` in `s`: a cardinal, a range, a vague quantity, a
 * fraction, with a percent sign or a ratio after it. Returns null when nothing there
 * reads as a number. Offsets are indices into `s`; values are in the number's own unit
 * (a percent as 0–100, a share as 0–1, a ratio N:M as N/M).
 * @example maybeNumberAt("sent 2,000–3,000 advisers", 5) // {start: 5, end: 16, low: 2000, high: 3000, kind: "digits", rules: ["number:digits", "range:dash"], …}
 */
export function maybeNumberAt(s: string, p: number): NumberSpan | null {
  let start = p;
  // A vague quantity ("tens of thousands") is read whole.
  for (const {re, label} of VAGUE) {
    re.lastIndex = p;
    const m = re.exec(s);
    if (m) return {start, end: p + m[0].length, low: label.low, high: label.high, kind: "vague", rules: [`number:vague:${label.name}`], magnitude: true, yearLike: false, percent: false, ratio: false};
  }
  const before = s.slice(Math.max(0, p - 4), p);
  const article = A_BEFORE.test(before) && /^(?:hundred|thousand|million|billion|trillion|dozen|pair|score|half|third|quarter|fifth|sixth|eighth|tenth)/i.test(s.slice(p, p + 9));
  if (article) start = p - before.match(A_BEFORE)![0].length;
  const first = readCardinal(s, p, article);
  if (!first) return null;
  const rules = [first.kind === "digits" ? "number:digits" : first.kind === "fraction" ? "number:fraction" : "number:words"];
  let low = first.value;
  let high = first.value;
  let end = first.end;
  let magnitude = first.magnitude;
  let yearLike = first.yearLike;
  let innerHedge: Hedge | null = null;
  // "one in five", "1 out of 3": a share.
  if (first.kind !== "fraction" && !first.magnitude && first.value >= 1) {
    PROPORTION_JOIN.lastIndex = end;
    const j = PROPORTION_JOIN.exec(s);
    const second = j ? readCardinal(s, end + j[0].length, false) : null;
    if (j && second && second.kind === first.kind && !second.magnitude && second.value > first.value && !second.yearLike) {
      const value = first.value / second.value;
      return {start, end: second.end, low: value, high: value, kind: "fraction", rules: [...rules, PROPORTION[1]], magnitude: false, yearLike: false, percent: false, ratio: false};
    }
  }
  if (first.kind !== "fraction") {
    // ("between $2 million and $3 million": the sign stands between "between" and the number.)
    const pre = s.slice(Math.max(0, start - 12), start).replace(/(?:US|U\.S\.)?\$$|[£€]$/, "");
    for (const {re, label} of JOINERS) {
      if (label === "range:between-and" && !BETWEEN_BEFORE.test(pre)) continue;
      re.lastIndex = end;
      const j = re.exec(s);
      if (!j) continue;
      if (label === "range:to" && CHANGE_FROM_BEFORE.test(s.slice(Math.max(0, start - 60), start))) continue;
      let q = end + j[0].length;
      // "$200 million to $400 million": the second end repeats the first's currency sign.
      if (first.kind === "digits" && label !== "range:hyphen") {
        CURRENCY_SIGN.lastIndex = q;
        const sign = CURRENCY_SIGN.exec(s);
        if (sign && s.slice(Math.max(0, start - sign[0].length), start) === sign[0]) q += sign[0].length;
      }
      if (label === "range:hyphen" && (first.kind !== "digits" || !/\d/.test(s[q] ?? ""))) continue;
      // "three to at least four": a hedge on the second end bounds the range.
      let inner: Hedge | null = null;
      if (label !== "range:hyphen") {
        for (const {re, label: h} of HEDGE_INNER) {
          re.lastIndex = q;
          const m = re.exec(s);
          if (m) {
            inner = h;
            q += m[0].length;
            break;
          }
        }
      }
      const second = readCardinal(s, q, false);
      if (!second || second.kind === "fraction" || second.kind !== first.kind) continue;
      let lo = first.value;
      // "2–3 million": the magnitude of the second end applies to the first.
      if (second.magnitude && !first.magnitude && first.kind === "digits") {
        const scale = second.value / parseFloat(s.slice(q, second.end).replace(/,/g, ""));
        if (Number.isFinite(scale) && lo * scale <= second.value) lo *= scale;
      }
      if (!(second.value >= lo)) continue;
      low = lo;
      high = second.value;
      end = second.end;
      magnitude ||= second.magnitude;
      yearLike = yearLike || second.yearLike;
      rules.push(label);
      innerHedge = inner;
      break;
    }
  }
  const span: NumberSpan = {start, end, low, high, kind: first.kind, rules, magnitude, yearLike, percent: false, ratio: false, ...(innerHedge ? {innerHedge} : {})};
  for (const {re} of PERCENT_AFTER) {
    re.lastIndex = end;
    const m = re.exec(s);
    if (m) {
      span.end = end + m[0].length;
      span.percent = true;
      span.rules.push("percent");
      return span;
    }
  }
  RATIO_AFTER.lastIndex = end;
  const r = first.kind === "digits" ? RATIO_AFTER.exec(s) : null;
  if (r) {
    const d = parseFloat(r[1]);
    if (d > 0 && d <= 10 && low > 0) {
      span.low = low / d;
      span.high = high / d;
      span.end = end + r[0].length;
      span.ratio = true;
      span.rules.push("ratio");
    }
  }
  return span;
}

/**
 * Reads a short phrase as a number: digits, words, a range, a vague quantity.
 * Forgiving: returns null for anything else.
 * @param text a number phrase, e.g. `"13.5 million"`, `"2,000–3,000"`, `"tens of thousands"`
 * @returns `{low, high}` in the phrase's own unit (a share as a fraction of 1, a percent as 0–100)
 * @example maybeNumber("13.5 million") // {low: 13500000, high: 13500000}
 * @example maybeNumber("tens of thousands") // {low: 20000, high: 99999}
 * @example maybeNumber("one-third") // {low: 0.333…, high: 0.333…}
 * @example maybeNumber("$5m") // {low: 5000000, high: 5000000}
 */
export function maybeNumber(text: string): {low: number; high: number} | null {
  try {
    const s = text.trim();
    const m = FIRST_CANDIDATE.exec(s);
    if (!m) return null;
    const span = maybeNumberAt(s, m.index);
    if (!span || !Number.isFinite(span.low) || !Number.isFinite(span.high)) return null;
    // "$5m", "$2bn": short magnitudes count only after a currency sign.
    MONEY_MAGNITUDE_AFTER.lastIndex = span.end;
    const mm = !span.magnitude && CURRENCY_PRE.some(({re}) => re.test(s.slice(0, span.start))) ? MONEY_MAGNITUDE_AFTER.exec(s) : null;
    const scale = mm ? MONEY_MAGNITUDES.find(([w]) => w === mm[1])![1] : 1;
    return {low: span.low * scale, high: span.high * scale};
  } catch {
    return null;
  }
}

/** The NOT_FIGURES rule that covers `[start, end)` in `s`, if any. */
function notFigureAt(s: string, start: number, end: number): string | null {
  const from = Math.max(0, start - NOT_WINDOW);
  const window = s.slice(from, Math.min(s.length, end + NOT_WINDOW));
  const a = start - from;
  const b = end - from;
  for (const {re, label, hint} of NOT) {
    if (hint && !hint.test(window)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) {
      if (m.index >= b) break;
      if (m.index + m[0].length > a) return label;
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// Reading the words after a number.

interface NounMatch {
  label: UnitLabel;
  /** The noun as written. */
  noun: string;
  /** End of the noun (local offset). */
  end: number;
  /** The words skipped before it ("very important American"). */
  skipped: string;
  how: string;
}

/**
 * Finds the noun a number counts, in the words after it (local offsets into `s`):
 * skips up to four adjectives or names, stops at punctuation or a closed-class word.
 * Returns the noun, or the end of the words read when there is none, and whether an aside
 * ("(mostly reservists)") right after the number was skipped to reach it.
 */
function readNoun(s: string, p: number, options: {allowOf: boolean; count: number}): {match: NounMatch | null; phraseEnd: number; aside?: boolean} {
  SPACES.lastIndex = p;
  let pos = p + SPACES.exec(s)![0].length;
  if (options.allowOf) {
    OF_AFTER.lastIndex = p;
    const of = OF_AFTER.exec(s);
    if (of) pos = p + of[0].length;
  }
  for (const {re, label} of PRONOUNS) {
    re.lastIndex = pos;
    const m = re.exec(s);
    if (m && options.count >= 2) return {match: {label, noun: m[0], end: pos + m[0].length, skipped: "", how: "pronoun"}, phraseEnd: pos + m[0].length};
  }
  // "four of its soldiers": a part of what the noun counts (not "one of": a pronoun, never a figure).
  if (!options.allowOf && options.count >= 2) {
    PARTITIVE_RE.lastIndex = pos;
    const part = PARTITIVE_RE.exec(s);
    if (part) pos += part[0].length;
  }
  // "70,000 (mostly reservists) troops": an aside right after the count, then the noun.
  ASIDE_RE.lastIndex = pos;
  const aside = ASIDE_RE.exec(s);
  const skipsAside = !!aside && unitAt(s, pos + aside[0].length, true, options.count) !== null;
  if (skipsAside) pos += aside![0].length;
  const first = pos;
  // "two more civilians", "eight more wounded": skip "more"/"other"; alone, it stands for a noun.
  OTHER_RE.lastIndex = pos;
  const other = OTHER_RE.exec(s);
  let standsAlone: NounMatch | null = null;
  if (other) {
    const word = other[0].trimEnd();
    standsAlone = {label: PRONOUNS[0].label, noun: word, end: pos + word.length, skipped: "", how: "pronoun"};
    pos += other[0].length;
    NOUN_WORD.lastIndex = pos;
    const next = NOUN_WORD.exec(s);
    // Only when no other word follows it ("eight more wounded", "six other injured"), not before an unknown noun.
    if (next && !STOPS.has(next[0].toLowerCase()) && !PARTICIPLE.test(next[0])) standsAlone = null;
  }
  for (const {re, label} of PASSIVES) {
    re.lastIndex = pos;
    const m = re.exec(s);
    if (m) return {match: {label, noun: m[0], end: pos + m[0].length, skipped: "", how: "passive"}, phraseEnd: pos + m[0].length, aside: skipsAside};
  }
  if (standsAlone) return {match: standsAlone, phraseEnd: standsAlone.end, aside: skipsAside};
  let phraseEnd = p;
  let capitalised = false;
  let allCapitalised = true;
  let possessive = false;
  for (let words = 0; words <= MAX_SKIPPED_WORDS; words++) {
    // ("the army's dead", "300 Hungarian dead": after a possessive or a nationality, an adjective used as a noun is the head.)
    const found = unitAt(s, pos, words === 0 || possessive || (words <= 2 && allCapitalised), options.count);
    if (found) {
      let match: NounMatch = {label: found.label, noun: found.text, end: pos + found.text.length, skipped: s.slice(first, pos).trim(), how: "noun"};
      // "Vietnamese troops", "tank crews", "government forces": of two unit nouns side by side, the later is the head.
      for (;;) {
        GAP.lastIndex = match.end;
        const gap = GAP.exec(s);
        if (!gap) break;
        const next = unitAt(s, match.end + gap[0].length, false, options.count);
        if (!next) break;
        // "two infantry divisions": a formation (or a measure) as the head makes it no figure.
        if (next.label.kind !== "figure") return {match: {label: next.label, noun: next.text, end: match.end + gap[0].length + next.text.length, skipped: match.skipped, how: "noun"}, phraseEnd: match.end, aside: skipsAside};
        match = {label: next.label, noun: next.text, end: match.end + gap[0].length + next.text.length, skipped: match.skipped, how: "noun"};
      }
      if (match.label.modifier) match = headAfterModifier(s, match);
      return {match, phraseEnd: match.end, aside: skipsAside};
    }
    NOUN_WORD.lastIndex = pos;
    const w = NOUN_WORD.exec(s);
    // "engineering and anti-aircraft troops": "and"/"or" between two modifiers, after at least one.
    const following = w && pos > first && /^(?:and|or)$/i.test(w[0]) ? (NEXT_WORD.exec(s.slice(pos + w[0].length, pos + w[0].length + 40))?.[1] ?? "and").toLowerCase() : "";
    // (Not before a number: "16 British and ten French servicemen" is a list.)
    const coordinator = following !== "" && !STOPS.has(following) && !WORDS.has(following) && !/^\d/.test(following);
    if (!w || (STOPS.has(w[0].toLowerCase()) && !coordinator)) break;
    // "six 105 mm howitzers": a calibre is part of the noun phrase.
    if (/^\d/.test(w[0])) {
      CALIBRE_RE.lastIndex = pos;
      const bore = CALIBRE_RE.exec(s);
      if (bore) {
        pos += bore[0].length;
        phraseEnd = pos;
        continue;
      }
    }
    // "120 Challenger 2 tanks": a model number after a name is part of the name.
    if (/^\d/.test(w[0]) && !(capitalised && /^\d{1,4}[\p{L}\d]*$/u.test(w[0]))) break;
    capitalised = /^\p{Lu}/u.test(w[0]);
    allCapitalised &&= capitalised && !/\d/.test(w[0]);
    possessive = /['’]s$/.test(w[0]);
    pos += w[0].length;
    phraseEnd = pos;
    GAP.lastIndex = pos;
    const gap = GAP.exec(s);
    if (!gap) break;
    pos += gap[0].length;
  }
  return {match: null, phraseEnd, aside: skipsAside};
}

/**
 * A demonym used as an adjective: the unit noun a few adjective-like words after it, if
 * any, is the head ("19 French military interventions", "2,500 French and Senegalese
 * troops", "three Chinese divisions" — a formation, so no figure); else the demonym.
 */
function headAfterModifier(s: string, match: NounMatch): NounMatch {
  let q = match.end;
  for (let k = 0; k < MODIFIER_REACH; k++) {
    GAP.lastIndex = q;
    const gap = GAP.exec(s);
    if (!gap) break;
    q += gap[0].length;
    const next = unitAt(s, q, false);
    if (next && !next.label.modifier) return {label: next.label, noun: next.text, end: q + next.text.length, skipped: `${match.skipped} ${s.slice(match.end - match.noun.length, q)}`.trim(), how: "noun"};
    NOUN_WORD.lastIndex = q;
    const w = NOUN_WORD.exec(s);
    if (!w) break;
    // "and"/"or" only between two capitalised words ("French and Senegalese").
    if (/^(?:and|or)$/i.test(w[0])) {
      if (!/^\s+\p{Lu}/u.test(s.slice(q + w[0].length, q + w[0].length + 3))) break;
    } else if (!ADJECTIVE_LIKE.test(w[0])) break;
    q += w[0].length;
  }
  return match;
}

/** What a noun with a `minCount` counts below it: formations, no figure. */
const TOO_FEW: UnitLabel = {unit: "formations", kind: "not-figure"};

/** The unit noun at `pos`, if any (immediate-only nouns only when `immediate`), for a count of `count`. */
function unitAt(s: string, pos: number, immediate: boolean, count = Infinity): {label: UnitLabel; text: string} | null {
  for (const {re, labels} of immediate ? UNIT_GROUPS : LATER_UNIT_GROUPS) {
    re.lastIndex = pos;
    const m = re.exec(s);
    if (!m) continue;
    let k = 1;
    while (m[k] === undefined) k++;
    const label = labels[k - 1];
    // "truck-mounted", "tank-like": a unit noun inside a compound modifier is not the head; a measure is ("24 hours-a-day").
    if (/^-[\p{L}\p{N}]/u.test(s.slice(pos + m[0].length, pos + m[0].length + 2))) {
      if (label.kind === "measure") return {label, text: m[0]};
      continue;
    }
    // "9 Home Fleet Reserve ships": a capitalised formation or place word is part of a name.
    if (label.kind === "not-figure" && CAPITAL.test(m[0])) return null;
    return {label: label.minCount !== undefined && count < label.minCount ? TOO_FEW : label, text: m[0]};
  }
  return null;
}
const CAPITAL = /^\p{Lu}/u;

/** The complement of a share: the words after "of" up to punctuation or a clause word. */
function readComplement(s: string, p: number, bare = false): {text: string; end: number} | null {
  OF_AFTER.lastIndex = p;
  const of = OF_AFTER.exec(s);
  if (!of && !bare) return null;
  SPACES.lastIndex = p;
  let pos = of ? p + of[0].length : p + SPACES.exec(s)![0].length;
  const start = pos;
  let end = pos;
  for (let words = 0; words < 8; words++) {
    NOUN_WORD.lastIndex = pos;
    const w = NOUN_WORD.exec(s);
    if (!w) break;
    const lower = w[0].toLowerCase();
    if (STOPS.has(lower) && !COMPLEMENT_WORDS.has(lower)) break;
    pos += w[0].length;
    if (!COMPLEMENT_WORDS.has(lower)) end = pos;
    GAP.lastIndex = pos;
    const gap = GAP.exec(s);
    if (!gap) break;
    pos += gap[0].length;
  }
  if (end === start) return null;
  return {text: s.slice(start, end), end};
}

// ---------------------------------------------------------------------------------------
// The figure being built, in offsets local to its sentence.

interface Draft {
  num: NumberSpan;
  /** Quote span (local). */
  start: number;
  end: number;
  /** End of the words read after the number, for list detection. */
  phraseEnd: number;
  unit: string;
  unitHow: string;
  noun: string;
  skipped: string;
  category: string;
  categoryHow: string;
  strength: Strength;
  hedge: Hedge | null;
  hedgeHow: string;
  complement: string;
  preNoun: {unit: string; category: string} | null;
  /** Introduced by "of" ("a population of 13.5 million"): nested in another noun phrase. */
  nested: boolean;
  /** The whole of a partitive ("30 of 250 riders"): the clause's verb is said of the part. */
  partitive: boolean;
  /** Part of the figure before it ("30 others including 12 children"): it shares that figure's verb. */
  included: boolean;
  /** Where the words that can say what befell it start: after its noun, or after the number when the noun came from elsewhere. */
  nounEnd: number;
  /** Its noun names a people ("Kurds", "Soviets"), not a role. */
  demonym: boolean;
  /** Bare number waiting for a unit from its list or an earlier figure. */
  bare: boolean;
  /** The earlier figure an elided number took its unit from ("176 tonnes … and 510"). */
  donor: Draft | null;
  /** The list it belongs to ("170 soldiers, 14 policemen and 228 civilians"), if any. */
  list: Draft[] | null;
  /** Where the predicate cue that categorised it starts, in the text after it (-1: none). */
  cueAt: number;
  drop: string;
  party: string;
  rules: string[];
}

/** First match of any pattern of a compiled table in `text`: its label, or "". */
function firstLabel<L>(table: {re: RegExp; label: L}[], text: string): L | undefined {
  for (const {re, label} of table) if (re.test(text)) return label;
  return undefined;
}

/** The match of a global table in `text` nearest its start (`last` = nearest its end). */
function nearest<L>(table: {re: RegExp; label: L}[], text: string, last: boolean): {label: L; index: number} | null {
  let best: {label: L; index: number} | null = null;
  for (const {re, label} of table) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!best || (last ? m.index > best.index : m.index < best.index)) best = {label, index: m.index};
      if (!last) break;
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return best;
}

/**
 * The label of the match that ends last in `text` (the head of an English noun phrase
 * comes last: "the country's population" is a population), the longer on a tie ("its
 * military aid" is military aid, not aid). A `not-a-share` match wins outright.
 */
function headLabel(table: {re: RegExp; label: string}[], text: string): string | undefined {
  let best: {label: string; start: number; end: number} | null = null;
  for (const {re, label} of table) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (label === "not-a-share") return label;
      const end = m.index + m[0].length;
      if (!best || end > best.end || (end === best.end && m.index < best.start)) best = {label, start: m.index, end};
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return best?.label;
}

/** Reads every figure of one sentence. `seg` is the sentence's prose; offsets are local. */
/** What the sentence introducing a list counts ("Altogether 410 were killed:"), for the tallies in its items. */
interface Lead {
  unit: string;
  category: string;
}

function figuresOfSentence(seg: string, options: FigureOptions, lead: Lead | null = null): Draft[] {
  const drafts: Draft[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(seg); m; m = CANDIDATE.exec(seg)) {
    const p = m.index;
    const num = maybeNumberAt(seg, p);
    if (!num) continue;
    CANDIDATE.lastIndex = Math.max(num.end, p + 1);
    const draft = readFigure(seg, num, options);
    if (!draft) continue;
    if (!draft.bare) draft.nounEnd = draft.end;
    drafts.push(draft);
  }
  if (lead) countTallies(seg, drafts, lead);
  resolveLists(seg, drafts);
  const kept = drafts.filter((d) => !d.drop);
  for (let i = 1; i < kept.length; i++) {
    const gap = seg.slice(kept[i - 1].end, kept[i].start);
    kept[i].included = INCLUDED_GAP.test(gap) || (kept[i - 1].included && LIST_GAP.test(gap));
  }
  categorize(seg, kept);
  // The people a tally item breaks its number into ("- Militia – 120 (9 officers, …)") suffered what the lead says.
  if (lead) {
    for (const d of kept) {
      if (d.unit === lead.unit && d.strength !== "strong") assign(d, lead.category, "lead", "strong");
    }
  }
  return kept;
}

/** A bare number after a tally item's label and dash takes the unit and category of the list's lead. */
function countTallies(seg: string, drafts: Draft[], lead: Lead): void {
  for (const d of drafts) {
    if (!d.bare || !TALLY_RE.test(seg.slice(0, d.start))) continue;
    d.bare = false;
    d.unit = lead.unit;
    d.unitHow = "tally";
    assign(d, lead.category, "lead", "strong");
    d.nounEnd = d.end;
    d.rules.push("tally");
  }
}

/** A hedge right after the number or its noun ("5,000+ troops", "10,000 or more refugees", "500 men or fewer"). */
function readHedgeAfter(seg: string, draft: Draft): void {
  if (draft.hedge) return;
  for (const {re, label} of HEDGE_POST) {
    re.lastIndex = draft.end;
    const h = re.exec(seg);
    if (h) {
      draft.hedge = label;
      draft.hedgeHow = label.name;
      draft.end += h[0].length;
      return;
    }
  }
}

const YEAR_BEFORE_RE = atEnd(YEAR_BEFORE[0]);

/**
 * Whether a year-like number counts something: a count noun, a currency or a strength
 * follows it (perhaps after a name or two: "5000 Afridi tribesmen"), and neither the start of
 * its sentence nor a word of time or a determiner stands before it ({@link YEAR_BEFORE}).
 * Events never: "the 1982 invasion" is a year.
 */
function yearCounts(seg: string, num: NumberSpan): boolean {
  const next = seg.charCodeAt(num.end);
  // "a 1200-man column": a strength is never a year.
  if (next === 45 || next === 32) {
    for (const {re} of STRENGTH) {
      re.lastIndex = num.end;
      if (re.test(seg)) return true;
    }
  }
  // Most years are followed by punctuation, or by words that count nothing; the words before are read last.
  if (!isSpace(next)) return false;
  if (countedAfter(seg, num)) {
    const before = seg.slice(Math.max(0, num.start - 24), num.start);
    return /\S/.test(before) && !YEAR_BEFORE_RE.test(before);
  }
  return false;
}

/** Whether a currency or a count noun (not of events) follows a number, perhaps after a name or two ("5000 Afridi tribesmen", "1500 tribal levies"). */
function countedAfter(seg: string, num: NumberSpan): boolean {
  if (hasCurrencyAfter(seg, num.end)) return true;
  GAP.lastIndex = num.end;
  const gap = GAP.exec(seg);
  if (!gap) return false;
  let p = num.end + gap[0].length;
  for (let k = 0; k < 3; k++) {
    // (A word of no noun ends the search at once: "in 1990 the …", most years.)
    NOUN_WORD.lastIndex = p;
    const name = NOUN_WORD.exec(seg);
    if (!name || STOPS.has(name[0].toLowerCase()) || /^\d/.test(name[0])) return false;
    const unit = unitAt(seg, p, k === 0, num.low);
    if (unit) return unit.label.kind === "figure" && unit.label.unit !== "events";
    GAP.lastIndex = p + name[0].length;
    const g = GAP.exec(seg);
    if (!g) return false;
    p += name[0].length + g[0].length;
  }
  return false;
}

/** Whether a currency word follows at `p` (a cheap test of the currency words first). */
function hasCurrencyAfter(seg: string, p: number): boolean {
  if (!currencyWordNear(seg, p)) return false;
  for (const {re} of CURRENCY_POST) {
    re.lastIndex = p;
    if (re.test(seg)) return true;
  }
  return false;
}

/** The verb about people right after a position, if any ("14 were lost", "5,000 had died"). */
function subjectVerbAt(seg: string, end: number): {label: string} | null {
  SPACES.lastIndex = end;
  const at = end + SPACES.exec(seg)![0].length;
  for (const {re, label} of PREDICATE_NOW) {
    re.lastIndex = at;
    if (re.test(seg)) return {label};
  }
  return null;
}

/** One or two capitalised words, the last a plural ("Qashqais", "Tamil Tigers"). */
const PLURAL_NAME = /(?:\p{Lu}[\p{L}’'-]*\s+)?\p{Lu}[\p{L}’'-]*s(?=\s)/uy;
const RATIO_TO_ONE = sticky(RATIO_WORDS[0]);
/** Words before a ratio in words. */
const RATIO_WORD = /\b(?:ratios?|outnumber\w*|odds)\b/i;

/** "NOUN, numbering|amounting to|totalling (hedge) N": the noun before the participle. */
const APPOSITIVE_BEFORE = /([\p{L}’'-]+),?\s+(?:numbering|numbered|amounting\s+to|totall?ing)\s+$/u;
/** "NOUN (…" a few words into a bracket, before a number ("(217)" alone after a name is a year). */
const BRACKET_BEFORE = /([\p{L}’'-]+)\s+\((?=[\p{L}\s,]*\p{L})[\p{L}\s,]{1,25}$/u;

/** Whether the number is the word "one" (a pronoun unless a noun follows it: gold README). */
function isWordOne(seg: string, num: NumberSpan): boolean {
  return num.kind === "words" && num.low === 1 && num.high === 1 && num.end - num.start === 3;
}

/** Reads one number's context into a draft figure, or null when it is not a figure. */
function readFigure(seg: string, num: NumberSpan, options: FigureOptions): Draft | null {
  if (num.end - num.start > MAX_NUMBER_CHARS * 2 || !Number.isFinite(num.low) || !Number.isFinite(num.high)) return null;
  if (num.low <= 0 && num.high <= 0) return null;
  const rules = [...num.rules];
  let start = num.start;
  // Currency sign before the number, then a hedge before that.
  let currency = "";
  const preCurrency = seg.slice(Math.max(0, start - 8), start);
  if (CURRENCY_SIGNS[0].test(preCurrency)) for (const {re, label} of CURRENCY_PRE) {
    const c = re.exec(preCurrency);
    if (c) {
      currency = label;
      start -= c[0].length;
      break;
    }
  }
  if (currency) {
    MONEY_MAGNITUDE_AFTER.lastIndex = num.end;
    const mm = num.magnitude ? null : MONEY_MAGNITUDE_AFTER.exec(seg);
    if (mm) {
      const scale = MONEY_MAGNITUDES.find(([w]) => w === mm[1])![1];
      num.low *= scale;
      num.high *= scale;
      num.end += mm[0].length;
      num.magnitude = true;
    }
  }
  let hedge: Hedge | null = null;
  let hedgeHow = "";
  // A hedge may stand before the "between" of a range ("estimated at between 3,000 and 5,000").
  const between = num.rules.includes("range:between-and") ? (BETWEEN_BEFORE.exec(seg.slice(Math.max(0, start - 12), start))?.[0].length ?? 0) : 0;
  const pre = seg.slice(Math.max(0, start - between - PRE_WINDOW), start - between);
  // One combined test first: most numbers have no hedge, and nineteen anchored tests cost.
  if (endsWithHedge(pre)) for (const {re, label} of HEDGE_PRE) {
    const h = re.exec(pre);
    if (h) {
      hedge = label;
      hedgeHow = label.name;
      start -= h[0].length + between;
      break;
    }
  }
  if (!hedge && num.innerHedge) {
    hedge = num.innerHedge;
    hedgeHow = `${num.innerHedge.name}(range)`;
  }
  // A year: four plain digits with nothing that makes them an amount ("2000 men" is one).
  if (num.yearLike && !currency && !hedge && !num.percent && !num.magnitude && num.kind === "digits") {
    const {min, max} = YEAR_RANGE[1];
    if (num.low >= min && num.low <= max) {
      if (!yearCounts(seg, num)) return null;
      rules.push("year-like-count");
    }
  }
  // Years are ruled out above, cheaply; the context rules cost more, so they come second.
  if (notFigureAt(seg, num.start, num.end)) return null;
  const before = seg.slice(Math.max(0, start - PRE_NOUN_WINDOW), start);
  const nested = OF_BEFORE.test(before);
  const draft: Draft = {
    num, start, end: num.end, phraseEnd: num.end, unit: "", unitHow: "", noun: "", skipped: "", category: "", categoryHow: "", strength: "generic",
    hedge, hedgeHow, complement: "", preNoun: null, nested, partitive: nested && PARTITIVE_OF.test(before), included: false, nounEnd: num.end, demonym: false, bare: false, donor: null, list: null, cueAt: -1, drop: "", party: "", rules,
  };
  const b = num.end;
  if (num.percent || num.ratio || num.kind === "fraction") {
    draft.unit = num.percent ? "percent" : num.ratio ? "ratio" : "share";
    draft.unitHow = num.percent ? "percent" : num.ratio ? "ratio" : "fraction";
    const proportion = num.rules.includes(PROPORTION[1]);
    // "half the garrison": "half" takes its complement without "of".
    const halfThe = num.kind === "fraction" && /half$/i.test(seg.slice(num.start, b)) && HALF_THE.test(seg.slice(b, b + 6));
    const complement = num.ratio ? null : readComplement(seg, b, proportion || halfThe);
    // "roughly half of it", "two-thirds of whom": a share of what the previous figure counts.
    let pronounEnd = -1;
    if (!complement && !num.ratio) {
      for (const {re} of PRONOUN_SHARE) {
        re.lastIndex = b;
        if (re.test(seg)) {
          pronounEnd = re.lastIndex;
          break;
        }
      }
    }
    if (pronounEnd !== -1) {
      draft.complement = "antecedent";
      draft.end = pronounEnd;
    } else if (complement) {
      draft.complement = complement.text;
      draft.end = complement.end;
    } else if (num.ratio) {
      RATIO_IN.lastIndex = b;
      const i = RATIO_IN.exec(seg);
      if (i) draft.end = b + i[0].length;
    } else if (num.kind === "fraction") {
      return null; // "a third party": a fraction of nothing is no figure.
    }
    draft.phraseEnd = draft.end;
    return draft;
  }
  if (!currency && currencyWordNear(seg, b)) {
    for (const {re, label} of CURRENCY_POST) {
      re.lastIndex = b;
      const c = re.exec(seg);
      if (c) {
        currency = label;
        draft.end = b + c[0].length;
        break;
      }
    }
  }
  // "hundreds of millions in aid": money whose currency goes unsaid.
  if (!currency && num.magnitude && num.low >= 1e5) {
    for (const {re} of CURRENCY_UNSAID) {
      re.lastIndex = b;
      if (re.test(seg)) {
        currency = firstLabel(SENTENCE_CURRENCY, seg) ?? "usd";
        rules.push("currency:implied");
        break;
      }
    }
  }
  if (currency) {
    draft.unit = currency;
    draft.unitHow = "currency";
    draft.phraseEnd = draft.end;
    return draft;
  }
  for (const {re, label} of STRENGTH) {
    re.lastIndex = b;
    const st = re.exec(seg);
    if (st) {
      draft.unit = label.unit;
      draft.unitHow = "strength";
      draft.noun = st[0].slice(1);
      draft.end = draft.phraseEnd = b + st[0].length;
      return draft;
    }
  }
  readHedgeAfter(seg, draft);
  // The words after the number, in a bounded window (offsets relative to `from`).
  const from = draft.end;
  const {match, phraseEnd, aside} = readNoun(seg.slice(from, from + POST_WINDOW), 0, {allowOf: num.kind === "vague" || num.magnitude || COUNT_OF.test(seg.slice(num.start, num.end)), count: num.low});
  if (match) {
    // A duration, a distance, "two brigades": not figures (measures only when asked for).
    if (match.label.kind === "not-figure" || (match.label.kind === "measure" && !options.measures)) return null;
    // "One was shot down", "one injured", "one wounded soldier, Lieutenant X": "one" counts only a noun it stands before.
    if (isWordOne(seg, num) && (match.how === "passive" || match.label.immediate)) return null;
    draft.unit = match.label.unit;
    draft.unitHow = match.label.kind === "measure" ? "measure" : match.how;
    draft.noun = match.noun;
    draft.demonym = !!match.label.modifier;
    draft.skipped = match.skipped;
    if (aside) rules.push(ASIDE[1]);
    draft.end = draft.phraseEnd = from + match.end;
    readHedgeAfter(seg, draft);
    return draft;
  }
  draft.phraseEnd = from + phraseEnd;
  // The noun may stand inside a hedge ("put rebel losses at 1,200"): then read up to the number.
  const beforeNumber = hedge ? seg.slice(Math.max(0, num.start - PRE_NOUN_WINDOW), num.start) : "";
  const link = num.kind === "vague" ? VAGUE_LINK_RE.exec(before) : null;
  const linked = link ? before.slice(0, link.index) : before;
  for (const {re, label} of PRE_NOUN) {
    const own = re.exec(linked);
    const pn = own ?? (hedge ? re.exec(beforeNumber) : null);
    if (!pn) continue;
    draft.preNoun = label;
    draft.unit = label.unit;
    draft.unitHow = "pre-noun";
    assign(draft, label.category, "pre-noun", "strong");
    draft.start = own ? draft.start - pn[0].length - (link ? link[0].length : 0) : Math.min(draft.start, num.start - pn[0].length);
    if (own && link) rules.push(`link:${VAGUE_LINK[1]}`);
    // "Of the 60 crewmen, 14 were lost": a verb right after says what befell the part.
    if (label.category === "military_personnel") {
      const verb = subjectVerbAt(seg, draft.end);
      if (verb) draft.category = verb.label;
    }
    return draft;
  }
  // "200,000 fled", "3,000 died": a bare number as the subject of a verb about people.
  SPACES.lastIndex = draft.end;
  const at = draft.end + SPACES.exec(seg)![0].length;
  // "9000 Qashqais were killed": a plural name, then a verb about people.
  PLURAL_NAME.lastIndex = at;
  const plural = PLURAL_NAME.exec(seg);
  const pluralVerb = plural ? subjectVerbAt(seg, at + plural[0].length) : null;
  if (plural && pluralVerb) {
    draft.unit = "persons";
    draft.unitHow = "plural-name";
    draft.noun = plural[0];
    draft.category = pluralVerb.label;
    // (Said as a predicate, so a list before it shares the verb: "649 soldiers, and three Islanders died".)
    draft.categoryHow = "predicate";
    draft.cueAt = 0;
    draft.strength = "strong";
    draft.end = draft.phraseEnd = draft.nounEnd = at + plural[0].length;
    return draft;
  }
  // "kill ratios approaching ten to one": a ratio in words.
  RATIO_TO_ONE.lastIndex = draft.end;
  const toOne = RATIO_TO_ONE.exec(seg);
  if (toOne && RATIO_WORD.test(seg.slice(Math.max(0, draft.start - 60), draft.start))) {
    draft.unit = "ratio";
    draft.unitHow = "ratio-words";
    draft.end = draft.phraseEnd = draft.end + toOne[0].length;
    return draft;
  }
  // "numbering about 2,500", "amounting to fewer than 400": a participle after a noun gives the number that noun's people.
  const apposed = APPOSITIVE_BEFORE.exec(seg.slice(Math.max(0, draft.start - 50), draft.start));
  if (apposed) {
    const noun = apposed[1];
    const kind = unitAt(noun, 0, true);
    draft.unit = kind && kind.label.kind === "figure" ? kind.label.unit : "persons";
    draft.unitHow = "appositive";
    draft.noun = noun;
    return draft;
  }
  // "many porters (by then about 900": a number in brackets after a noun counts that noun.
  const bracketed = seg.lastIndexOf("(", draft.start) > draft.start - 30 ? BRACKET_BEFORE.exec(seg.slice(Math.max(0, draft.start - 60), draft.start)) : null;
  const inBrackets = bracketed ? unitAt(bracketed[1], 0, true) : null;
  if (inBrackets && inBrackets.label.kind === "figure") {
    draft.unit = inBrackets.label.unit;
    draft.unitHow = "bracketed";
    draft.noun = bracketed![1];
    return draft;
  }
  for (const {re, label} of PREDICATE_NOW) {
    re.lastIndex = at;
    const v = re.exec(seg);
    if (v && isWordOne(seg, num)) return null;
    if (v) {
      draft.unit = "persons";
      draft.unitHow = "subject-verb";
      draft.category = label;
      draft.categoryHow = "subject-verb";
      draft.strength = "strong";
      draft.end = draft.phraseEnd = at + v[0].length;
      return draft;
    }
  }
  // "killed tens of thousands", "executed 60": the bare object of a verb about people.
  const verb = OBJECT_VERB.find(({re}) => re.test(before.trimEnd()));
  // ("killed one and wounded two": "one" with no noun is a pronoun.)
  if (verb && isWordOne(seg, num)) return null;
  if (verb) {
    draft.unit = "persons";
    draft.unitHow = "object-verb";
    draft.category = verb.label;
    draft.categoryHow = "object-verb";
    draft.strength = "strong";
    return draft;
  }
  // A bare number: it may take its unit from its list or an earlier figure.
  draft.bare = true;
  return draft;
}

/** A figure whose unit a bare number can share: a count, not a percent, share, ratio or measure. */
const COUNTABLE = (d: Draft): boolean => !["percent", "ratio", "fraction", "measure"].includes(d.unitHow);

/**
 * Lists ("About 1,400 Soviets, 700 East German and 500 Cuban instructors"): members share
 * the first member's hedge, a bare member takes the unit of the next (else the previous)
 * member, and a bare number that continues an earlier figure ("176 tonnes … and 510
 * directly to Russia") takes that figure's unit.
 */
function resolveLists(seg: string, drafts: Draft[]): void {
  // Group members: consecutive drafts separated by a list gap.
  const lists: Draft[][] = [];
  let current: Draft[] = [];
  for (const d of drafts) {
    const prev = current[current.length - 1];
    const gap = prev ? seg.slice(prev.phraseEnd, d.start) : "";
    // ", and" after a single member joins two clauses ("… fought 2,000 guerrillas, and 24 soldiers died"), not a list.
    if (prev && LIST_GAP.test(gap) && !/[:;]/.test(gap) && !(current.length === 1 && /,\s*(?:and|or)\s/i.test(gap))) current.push(d);
    else {
      if (current.length) lists.push(current);
      current = [d];
    }
  }
  if (current.length) lists.push(current);
  for (const list of lists) {
    if (list.length < 2) continue;
    // The nearest member with a unit after each member (else before it), in one pass each way.
    const next: (Draft | null)[] = new Array(list.length).fill(null);
    for (let i = list.length - 2; i >= 0; i--) next[i] = list[i + 1].bare ? next[i + 1] : list[i + 1];
    let previous: Draft | null = null;
    for (let i = 0; i < list.length; i++) {
      const d = list[i];
      if (!d.bare) {
        previous = d;
        continue;
      }
      const donor = next[i] ?? previous;
      if (!donor || !COUNTABLE(donor) || donor.unitHow === "pronoun") continue;
      d.bare = false;
      d.unit = donor.unit;
      d.unitHow = "list";
      d.noun = donor.noun;
      d.end = Math.max(d.end, d.phraseEnd);
    }
    const head = list[0];
    if (head.hedge && !head.bare) {
      for (const d of list.slice(1)) {
        if (!d.hedge && !d.bare) {
          d.hedge = head.hedge;
          d.hedgeHow = `${head.hedge.name}(list)`;
        }
      }
    }
    for (const d of list) {
      d.rules.push(`list:${list.length}`);
      d.list = list;
    }
  }
  // "30 of 250 riders": a bare number before "of" and a counted figure is a part of it.
  for (let i = 0; i + 1 < drafts.length; i++) {
    const d = drafts[i];
    const whole = drafts[i + 1];
    if (!d.bare || whole.bare || !COUNTABLE(whole) || !PARTITIVE_GAP.test(seg.slice(d.num.end, whole.start))) continue;
    d.bare = false;
    d.unit = whole.unit;
    d.unitHow = "partitive";
    d.noun = whole.noun;
    d.rules.push("partitive");
  }
  // Pronouns ("12 of which", "nine others", "50 more") stand for the latest countable figure before them.
  let antecedent: Draft | null = null;
  for (const d of drafts) {
    if (d.bare) continue;
    // "five of which", "19 of its own": things, unless a figure before says what they are.
    if (d.unitHow === "pronoun" && !antecedent && /\b(?:which|own)$/i.test(d.noun)) d.drop = "pronoun-without-antecedent";
    // "40 tanks, and 12 were captured": a passive that can befall things counts what the figure before counts.
    if (d.unitHow === "passive" && antecedent && UNIT_CATEGORIES[antecedent.unit] && THING_PASSIVE.test(d.noun)) {
      d.unit = antecedent.unit;
      d.noun = antecedent.noun;
      d.rules.push("passive-of-things");
    }
    if (d.unitHow === "pronoun" && antecedent) {
      d.donor = antecedent;
      if (antecedent.unit !== "persons" && !MONEY_UNITS.has(antecedent.unit)) {
        d.unit = antecedent.unit;
        d.noun = antecedent.noun;
      }
    }
    if (COUNTABLE(d)) antecedent = d;
  }
  // Bare numbers that continue an earlier figure of the sentence (the latest countable one).
  let donor: Draft | null = null;
  for (const d of drafts) {
    if (!d.bare) {
      if (COUNTABLE(d)) donor = d;
      continue;
    }
    d.drop = "no-unit";
    const before = seg.slice(Math.max(0, d.start - 30), d.start);
    const continues = CONTINUATION.test(before) || (PARALLEL_BEFORE.test(before) && PARALLEL_AFTER.test(seg.slice(d.num.end, d.num.end + 8)));
    if (!donor || d.num.kind !== "digits" || !continues) continue;
    d.bare = false;
    d.drop = "";
    d.unit = donor.unit;
    d.unitHow = "elided";
    d.noun = donor.noun;
    d.category = donor.category;
    d.end = Math.max(d.end, d.phraseEnd);
    d.rules.push("elided");
    d.donor = donor;
    donor = d;
  }
}

/** Whether `seg[from, to)` leaves a parenthesis open: a figure at `to` is inside it. */
function opensParenthesis(seg: string, from: number, to: number): boolean {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = seg.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41 && depth > 0) depth--;
  }
  return depth > 0;
}

/** Blanks every closed parenthesis (keeping offsets), and cuts at one left open. */
function blankParentheses(text: string): string {
  if (text.indexOf("(") === -1) return text;
  let out = text.replace(/\([^()]*\)/g, (m) => " ".repeat(m.length));
  const open = out.indexOf("(");
  if (open !== -1) out = out.slice(0, open);
  return out;
}

/** Words between two figures that make the second a part of the first ("30 others including 12 children"). */
const INCLUDED_GAP = /^\s*[,(]?\s*(?:including|among\s+them|of\s+(?:whom|which|them))\s+$/i;

/** Category, predicate hedges and party of every kept draft of a sentence. */
function categorize(seg: string, drafts: Draft[]): void {
  const cues = new SentenceCues(seg);
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    // The clause after the figure: up to the next figure that is not nested in it (after
    // "of", "including" or inside a parenthesis), or ";". Parentheses are blanked: their
    // verbs are not the figure's ("700 troops (including 90 airmen) were taken prisoner").
    let to = seg.length;
    for (let k = i + 1; k < drafts.length; k++) {
      if (!drafts[k].nested && !drafts[k].included && !opensParenthesis(seg, d.end, drafts[k].start)) {
        to = drafts[k].start;
        break;
      }
    }
    let forward = blankParentheses(seg.slice(d.nounEnd, Math.min(to, d.nounEnd + CUE_WINDOW)));
    CLAUSE_BREAK.lastIndex = 0;
    const brk = CLAUSE_BREAK.exec(forward);
    if (brk) forward = forward.slice(0, brk.index);
    const rel = RELATIVE_BREAK.exec(forward);
    if (rel) forward = forward.slice(0, rel.index + rel[0].indexOf(","));
    const from = i > 0 ? drafts[i - 1].end : 0;
    let backward = seg.slice(Math.max(from, d.start - CUE_WINDOW), d.start);
    const lastBreak = Math.max(backward.lastIndexOf(";"), backward.lastIndexOf(":"));
    if (lastBreak !== -1) backward = backward.slice(lastBreak + 1);
    if (d.unitHow === "elided") {
      const donor = d.donor!;
      if (!donor.category) categorizeOne(cues, donor, "", "");
      d.category = donor.category;
      d.categoryHow = "elided";
      d.strength = donor.strength;
    } else if (d.unitHow === "pronoun" && d.donor) {
      // "nine others were injured", "injured seven others": its own verb, else what befell the figure it stands for.
      const predicate = d.unit === "persons" ? predicateOf(d, forward) : null;
      const object = d.unit === "persons" && !predicate ? nearest(OBJECT, backward.slice(-OBJECT_WINDOW_MILITARY), true) : null;
      if (predicate) assign(d, predicate.label, "predicate", "strong");
      else if (object) assign(d, object.label, "object", "strong");
      else if (UNIT_CATEGORIES[d.unit]) assign(d, UNIT_CATEGORIES[d.unit], "unit", "strong");
      else {
        if (!d.donor.category) categorizeOne(cues, d.donor, "", "");
        assign(d, d.donor.category, "antecedent", d.donor.strength);
      }
    } else if (d.complement === "antecedent") {
      // "roughly half of it": a share of the previous figure, unless a verb says what befell it.
      const predicate = nearest(PREDICATE, forward, false);
      const antecedent = i > 0 ? drafts[i - 1] : null;
      if (predicate) assign(d, predicate.label, "predicate", "strong");
      else if (antecedent) assign(d, antecedent.category, "antecedent", "strong");
      else assign(d, "other", "default", "strong");
    } else {
      categorizeOne(cues, d, forward, backward);
    }
    // "… is estimated to have died": a hedge in the predicate, for the clause's head figure.
    if (!d.hedge && !d.nested) {
      const h = nearest(HEDGE_PREDICATE, forward, false);
      if (h) {
        d.hedge = h.label;
        d.hedgeHow = h.label.name;
      }
    }
    d.party = partyOf(seg.slice(d.start, d.end), seg.slice(Math.max(0, d.start - 120), d.start));
  }
  shareListPredicates(drafts);
  shareWithParts(drafts);
  unifyLists(seg, drafts);
}

/**
 * A figure that is part of the one before it ("nine others including three guards",
 * "30 others including 12 children") is said to have suffered what the whole did, unless its
 * own noun or verb says otherwise.
 */
function shareWithParts(drafts: Draft[]): void {
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i];
    if (!d.included || d.unit !== "persons" || d.strength === "strong") continue;
    let whole = drafts[i - 1];
    for (let k = i - 1; k > 0 && whole.included; k--) whole = drafts[k - 1];
    if (whole.unit !== "persons" || whole.drop) continue;
    d.category = whole.category;
    d.categoryHow = "part-of";
    d.strength = "strong";
  }
}

/**
 * A verb right after the last member of a list is said of every member ("One guard and 18
 * rebels were killed", "170 soldiers, 14 policemen and 228 civilians killed"), and so is a
 * verb right before its first ("the rebels killed 30 soldiers and 12 policemen"): members
 * whose category is only their noun's default take it. Not when the last member is a bare
 * passive ("700 men and 300 were killed": a clause of its own).
 */
function shareListPredicates(drafts: Draft[]): void {
  const seen = new Set<Draft[]>();
  for (const d of drafts) {
    const list = d.list;
    if (!list || seen.has(list)) continue;
    seen.add(list);
    const last = list[list.length - 1];
    const head = list[0];
    // The verb after the list ("… were killed"), else the verb before it ("the rebels killed 30 soldiers and 12 policemen").
    const donor =
      // (A share of people can be the last member: "1.5 million Cambodians, a quarter of the population, died".)
      !last.drop && ["persons", "percent", "share"].includes(last.unit) && last.unitHow !== "passive" && last.categoryHow === "predicate" && last.cueAt <= LIST_PREDICATE_REACH ? last
      : !head.drop && head.unit === "persons" && (head.categoryHow === "object" || head.categoryHow === "object-verb") ? head
      : null;
    if (!donor) continue;
    for (const m of list) {
      if (m === donor || m.drop || m.unit !== "persons" || m.strength === "strong") continue;
      m.category = donor.category;
      m.categoryHow = donor === last ? "list-predicate" : "list-object";
      m.strength = "strong";
    }
  }
}

/**
 * The sentence-wide cues, each read once and only when a figure asks for it (a long
 * sentence with many figures would otherwise be read once per figure).
 */
class SentenceCues {
  #loss?: {label: string; index: number} | null;
  #money?: string | null;
  #weight?: string | null;
  #ratio?: string | null;
  #sentence?: string | null;
  constructor(readonly seg: string) {}
  /** The first loss word ("losses", "casualties", "lost") and what it makes the people after it, or null. */
  get loss(): {label: string; index: number} | null {
    if (this.#loss === undefined) this.#loss = nearest(LOSS, this.seg, false);
    return this.#loss;
  }
  get money(): string | undefined {
    return (this.#money ??= firstLabel(MONEY, this.seg) ?? null) ?? undefined;
  }
  get weight(): string | undefined {
    return (this.#weight ??= firstLabel(WEIGHT, this.seg) ?? null) ?? undefined;
  }
  get ratio(): string | undefined {
    return (this.#ratio ??= firstLabel(RATIO_CUE, this.seg) ?? null) ?? undefined;
  }
  get sentence(): string | undefined {
    return (this.#sentence ??= firstLabel(SENTENCE, this.seg) ?? null) ?? undefined;
  }
}

/** Sets a draft's category, how it was found and how firmly it holds. */
function assign(d: Draft, category: string, how: string, strength: Strength = d.strength): void {
  d.category = category;
  d.categoryHow = how;
  d.strength = strength;
}

/** A relative clause right after a figure ("one guard who suffered burns … succumbed"). */
const RELATIVE_AFTER = /^\s*,?\s*(?:who|whom|whose|which|that)\b/i;
/** The second number of a partitive ("30 of 250 riders returned"): the verb is the first's. */
const PARTITIVE_OF = /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand))\s+of\s+$/i;

/**
 * The verb that says what befell the people a figure counts: the nearest in its clause,
 * or the last when a relative clause follows the figure (its verb is not the figure's).
 */
function predicateOf(d: Draft, forward: string): {label: string; index: number} | null {
  if (d.partitive || !PREDICATE_STEMS.test(forward)) return null;
  const last = RELATIVE_AFTER.test(forward);
  let text = forward;
  // A singular verb is not said of a count of two or more ("6,000 troops arrived, but their leader was killed").
  for (let tries = 0; tries < 3; tries++) {
    const found = nearest(PREDICATE, text, last);
    if (!found || d.num.low < 2 || !SINGULAR_AUX.test(text.slice(found.index, found.index + 8))) return found;
    // (Blank it with letters, not spaces: a participle must not seem to follow the figure.)
    text = "x".repeat(found.index + 3) + text.slice(found.index + 3);
  }
  return null;
}
/** A singular auxiliary at the start of a predicate. */
const SINGULAR_AUX = /^(?:was|is|has)\s/i;

/** The words before a figure in its clause: back to ";", ":" or a conjunction that opens another clause, at most 60 characters. */
function clauseBefore(seg: string, start: number): string {
  const text = seg.slice(Math.max(0, start - 60), start);
  let cut = Math.max(text.lastIndexOf(";"), text.lastIndexOf(":"));
  CLAUSE_OPENER.lastIndex = 0;
  for (let m = CLAUSE_OPENER.exec(text); m; m = CLAUSE_OPENER.exec(text)) cut = Math.max(cut, m.index + m[0].length - 1);
  return cut === -1 ? text : text.slice(cut + 1);
}
/** Conjunctions that open a clause of their own. */
const CLAUSE_OPENER = /\b(?:while|whereas|but|although|though|after|before|when)\s|,\s+and\s/gi;

/** Category of one figure, from its unit, noun, complement and the verbs around it. */
function categorizeOne(cues: SentenceCues, d: Draft, forward: string, backward: string): void {
  if (d.category && ["pre-noun", "object-verb", "subject-verb", "lead"].includes(d.categoryHow)) return;
  if (d.unitHow === "measure") return assign(d, "measure", "unit", "strong");
  const fixed = UNIT_CATEGORIES[d.unit];
  // (A list of equipment is read from its first member: "received 30 launchers and 90 missiles".)
  if (fixed === "equipment" && (AID_AFTER.some(({re}) => re.test(forward)) || AID_BEFORE.some(({re}) => re.test(clauseBefore(cues.seg, (d.list?.[0] ?? d).start))))) return assign(d, "military_aid", "aid-verb", "strong");
  if (fixed) return assign(d, fixed, "unit", "strong");
  switch (d.unit) {
    case "events": {
      const noun = firstLabel(NOUN_CATEGORY, d.noun);
      if (noun && noun.strength === "strong") return assign(d, noun.category, "noun", "strong");
      // "42 attempts at regime change": the complement says what the events are.
      const complement = firstLabel(EVENT_COMPLEMENT, forward);
      return assign(d, complement ?? "other", complement ? "complement" : "noun", "strong");
    }
    case "tonnes": {
      const cue = firstLabel(WEIGHT, forward) ?? cues.weight;
      return assign(d, cue ?? "other", cue ? "weight-cue" : "default", "strong");
    }
    case "ratio": {
      const cue = cues.ratio;
      return assign(d, cue ?? "other", cue ? "ratio-cue" : "default", "strong");
    }
    case "percent":
    case "share": {
      // The head is the complement's last word, or the last noun of people before words that are not a share's ("half of the guards going ashore").
      const words = d.complement.split(/\s+/);
      let head = words[words.length - 1] ?? "";
      for (let w = words.length - 1; w > 0 && unitAt(head, 0, true)?.label.unit !== "persons"; w--) {
        if (unitAt(words[w - 1], 0, true)?.label.unit === "persons" && !headLabel(SHARE, words.slice(w).join(" "))) head = words[w - 1];
      }
      const people = head && unitAt(head, 0, true)?.label.unit === "persons";
      // A share of people is what their noun says they are ("half of the guards", "a third of the deaths"); generic people are a population.
      const kind = people ? firstLabel(NOUN_CATEGORY, head) : undefined;
      const share = kind ? (kind.strength === "generic" ? "population" : kind.category) : d.complement ? headLabel(SHARE, `of ${d.complement}`) : undefined;
      if (share === "not-a-share") {
        d.drop = "not-a-share";
        return;
      }
      if (!share || share === "population" || kind?.strength === "weak") {
        const predicate = predicateOf(d, forward);
        if (predicate) {
          d.cueAt = predicate.index;
          return assign(d, predicate.label, "predicate", "strong");
        }
      }
      // "about half the size": a fraction of nothing the gold counts (people, forces, land, money) is no figure.
      if (!share && d.unit === "share" && d.complement) {
        d.drop = "share-of-an-object";
        return;
      }
      return assign(d, share ?? "other", share ? "complement" : "default", "strong");
    }
  }
  if (MONEY_UNITS.has(d.unit)) {
    const cue = firstLabel(MONEY, forward) ?? cues.money;
    return assign(d, cue ?? "other", cue ? "money-cue" : "default", "strong");
  }
  if (d.unit !== "persons") return assign(d, "other", "default", "strong");
  const noun = firstLabel(NOUN_CATEGORY, d.noun) ?? {category: "other", strength: "generic" as Strength};
  // "480 exiles" armed, trained, landed, invaded: a fighting force, unless a verb says what befell them.
  if (COMBATANT.test(d.noun)) {
    const predicate = predicateOf(d, forward);
    if (predicate) {
      d.cueAt = predicate.index;
      return assign(d, predicate.label, "predicate", "strong");
    }
    const clause = backward.slice(-OBJECT_WINDOW_GENERIC);
    if (COMBAT_BEFORE.some(({re}) => re.test(clause)) || COMBAT_AFTER.some(({re}) => re.test(forward))) return assign(d, "military_personnel", "combat-context", "strong");
  }
  // "3,000 political prisoners were executed": what befell the captives, not that they were captives.
  const fates = CAPTIVE_FATES.find(([re]) => re.test(d.noun))?.[1];
  if (fates) {
    const predicate = predicateOf(d, forward);
    if (predicate && fates.includes(predicate.label)) {
      d.cueAt = predicate.index;
      return assign(d, predicate.label, "predicate", "strong");
    }
  }
  if (noun.strength === "strong") return assign(d, noun.category, "noun", "strong");
  const premodifier = d.skipped ? nearest(OBJECT, d.skipped, true) : null;
  if (premodifier) return assign(d, premodifier.label, "premodifier", "strong");
  const predicate = predicateOf(d, forward);
  if (predicate) {
    d.cueAt = predicate.index;
    return assign(d, predicate.label, "predicate", "strong");
  }
  // "100,000 people … to Siberia": where generic people were sent (soldiers are sent anywhere).
  const destination = noun.strength === "generic" ? nearest(DESTINATION, forward, false) : null;
  if (destination) return assign(d, destination.label, "destination", "strong");
  // "the population stood at about 9,000 people": a noun of people before the figure says what generic people are.
  if (noun.strength === "generic") {
    const before = clauseBefore(cues.seg, d.start);
    const pre = PRE_NOUN.find(({re}) => re.test(before));
    if (pre) return assign(d, pre.label.category, "pre-noun", "strong");
  }
  // "60 Kurds were defending the pass": a people named by nation or tribe that fights right after is a force.
  if (d.demonym && !d.partitive && COMBAT_AFTER.some(({re}) => (re.exec(forward.slice(0, DEMONYM_VERB_REACH + 20))?.index ?? Infinity) < DEMONYM_VERB_REACH)) return assign(d, "military_personnel", "combat-context", "strong");
  // "about 6,000 people remained in the town": generic people who live somewhere are its population.
  const dwelling = noun.strength === "generic" && !d.partitive ? nearest(POPULATION, forward, false) : null;
  if (dwelling) return assign(d, dwelling.label, "population-verb", "strong");
  const window = noun.strength === "weak" ? OBJECT_WINDOW_MILITARY : OBJECT_WINDOW_GENERIC;
  const object = nearest(OBJECT, backward.slice(-window), true);
  if (object) return assign(d, object.label, "object", "strong");
  if (noun.strength === "weak") {
    const loss = cues.loss;
    if (loss && loss.index < d.start) return assign(d, loss.label, "losses", "strong");
    return assign(d, noun.category, "noun", "weak");
  }
  const sentence = cues.sentence;
  if (sentence) return assign(d, sentence, "sentence", "generic");
  return assign(d, noun.category, "default", "generic");
}

/** In a list, members whose category is only a default take a sibling's ("1,400 Soviets … 500 Cuban instructors"). */
function unifyLists(seg: string, drafts: Draft[]): void {
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (d.unit !== "persons" || d.categoryHow !== "default") continue;
    // Siblings: neighbours joined by a list gap, in either direction.
    const siblings: Draft[] = [];
    // Siblings within ten places either way: enough for any real list, linear on a freak one.
    for (let k = i - 1; k >= Math.max(0, i - 10) && LIST_GAP.test(seg.slice(drafts[k].phraseEnd, drafts[k + 1].start)); k--) siblings.push(drafts[k]);
    for (let k = i + 1; k < Math.min(drafts.length, i + 11) && LIST_GAP.test(seg.slice(drafts[k - 1].phraseEnd, drafts[k].start)); k++) siblings.push(drafts[k]);
    const donor = siblings.find((s) => s.unit === "persons" && s.categoryHow !== "default" && s.categoryHow !== "list");
    if (donor) {
      d.category = donor.category;
      d.categoryHow = "list";
    }
  }
}

/** A name right after one of these words is a place ("entered Afghanistan"), not whose figure it is. */
const PLACE_BEFORE = /\b(?:in|into|to|from|at|on|of|across|through|toward|towards|against|entered|invaded|occupied|attacked|left|reached|within|inside|over)\s+(?:the\s+)?$/i;

/** Whose figure: a party named in the figure's own words, else the nearest actor before it. */
function partyOf(quote: string, before: string): string {
  const own = nearest(PARTY_SCAN, quote, false);
  if (own) return own.label;
  let best: {label: string; index: number} | null = null;
  for (const {re, label} of PARTY_SCAN) {
    re.lastIndex = 0;
    for (let m = re.exec(before); m; m = re.exec(before)) {
      const place = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*$/u.test(m[0]) && (!/(?:ans?|ese|ish|ic|i|ets?)$/.test(m[0]) || /stan$/.test(m[0])) && PLACE_BEFORE.test(before.slice(Math.max(0, m.index - 20), m.index));
      if (!place && (!best || m.index > best.index)) best = {label, index: m.index};
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return best ? best.label : "";
}

// ---------------------------------------------------------------------------------------
// The pass.

/** Options for {@link extractFigures}. */
export interface FigureOptions {
  /**
   * Also emit durations, distances and temperatures (units `days`, `months`, `km`,
   * `celsius`, …, category `measure`); off by default, as the gold leaves them out.
   */
  measures?: boolean;
}

/**
 * Every figure about people, equipment, money or shares in a document's prose, in
 * document order. Reads only paragraphs and list items (through `sentences`); citation
 * markers are already blanked. Each row carries its document, intervention order (0
 * outside dated sections), line, offsets (`doc.text.slice(start, end) === quote`), the
 * sentence and the rules that fired. Never throws: a sentence that cannot be read leaves
 * a `figures-error` warning on the document.
 *
 * Values: `low`/`high` in the unit (`persons`, `tanks`, `usd`, `percent` as 0–100,
 * `share` as 0–1, `ratio` as N for N:1).
 *
 * @example
 * const doc = parseDocument("In 1934, about 7,000 Soviet troops crossed the border.\n", "x.txt");
 * extractFigures(doc, splitSentences(doc), [])
 * // [{quote: "about 7,000 Soviet troops", low: 7000, high: 7000, approx: true, bound: "exact", unit: "persons", category: "military_personnel", party: "soviet", …}]
 */
export function extractFigures(doc: Document, sentences: readonly Sentence[], interventions: readonly Intervention[], options: FigureOptions = {}): Figure[] {
  const figures: Figure[] = [];
  // The lead of a list ("Altogether 410 were killed:") and the last block it reaches.
  let lead: Lead | null = null;
  let leadBlock = -1;
  for (const sentence of sentences) {
    let drafts: Draft[];
    const seg = doc.prose.slice(sentence.start, sentence.end);
    const inList = lead !== null && doc.blocks[sentence.block]?.kind === "list-item" && (sentence.block === leadBlock || sentence.block === leadBlock + 1);
    if (inList) leadBlock = sentence.block;
    else lead = null;
    try {
      drafts = figuresOfSentence(seg, options, lead);
      if (seg.trimEnd().endsWith(":")) {
        const head = drafts.findLast((d) => !d.drop && COUNTABLE(d) && d.category && d.category !== "other");
        if (head) {
          lead = {unit: head.unit, category: head.category};
          leadBlock = sentence.block;
        }
      }
    } catch (error) {
      doc.warnings.push({document: doc.slug, file: doc.file, line: sentence.line, code: "figures-error", message: `figures could not be read: ${(error as Error).message}`});
      continue;
    }
    for (const d of drafts) {
      if (d.drop) continue;
      const start = sentence.start + d.start;
      const end = sentence.start + d.end;
      let low = d.num.low;
      let high = d.num.high;
      if (!Number.isFinite(low) || !Number.isFinite(high)) continue;
      if (low > high) [low, high] = [high, low];
      const hedge = d.hedge;
      const approx = d.num.kind === "vague" || !!hedge?.approx;
      const bound = hedge?.bound ?? "exact";
      const rule = [
        ...d.rules,
        ...(d.hedgeHow ? [d.hedgeHow] : []),
        `unit:${d.unit}/${d.unitHow}`,
        `category:${d.category}/${d.categoryHow}`,
        ...(d.party ? [`party:${d.party}`] : []),
      ].join("+");
      figures.push({
        id: "",
        document: doc.slug,
        order: interventionAt(interventions, start)?.order ?? 0,
        line: lineAt(doc.lineStarts, start),
        start,
        end,
        quote: doc.text.slice(start, end),
        low,
        high,
        approx,
        bound,
        unit: d.unit,
        category: d.category,
        party: d.party,
        sentence: sentence.text,
        rule,
      });
    }
  }
  figures.sort((a, b) => a.start - b.start || a.end - b.end);
  figures.forEach((f, i) => (f.id = `${doc.slug}:f${i + 1}`));
  return figures;
}

/**
 * Parses a text as a document and extracts its figures: for tests, the command line and
 * anyone holding a string rather than a parsed document.
 * @example extractFiguresFromText("Some 40,000 Cuban troops were sent.")[0].low // 40000
 */
export function extractFiguresFromText(text: string, file = "text.txt", options: FigureOptions = {}): Figure[] {
  const doc = parseDocument(text, file);
  const sentences = splitSentences(doc);
  const interventions = extractInterventions(doc);
  return extractFigures(doc, sentences, interventions, options);
}
