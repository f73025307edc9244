/**
 * Rule tables for how sure the text is of a figure: hedges (about, some, an estimated)
 * and bounds (more than, fewer than, up to). Data only; `extract/figures.ts` runs them.
 *
 * Following the gold README: a hedge sets approx = true; a bound sets approx = true and
 * bound = lower or upper, with low = high = the stated number.
 */
import type {Rule} from "../types.ts";

/** What a hedge does to a figure. */
export interface Hedge {
  /** Short name recorded in the figure's rule, e.g. `hedge:about`. */
  name: string;
  approx: boolean;
  bound: "exact" | "lower" | "upper";
}

const approx = (name: string): Hedge => ({name: `hedge:${name}`, approx: true, bound: "exact"});
const lower = (name: string): Hedge => ({name: `bound:${name}`, approx: true, bound: "lower"});
const upper = (name: string): Hedge => ({name: `bound:${name}`, approx: true, bound: "upper"});

/**
 * Words right before a number (after any currency sign). The engine anchors each pattern
 * at the number, so the longest phrases come first ("no more than" before "more than").
 */
export const HEDGES_BEFORE: readonly Rule<Hedge>[] = [
  [/\bno\s+(?:more|greater)\s+than\s+/i, upper("no-more-than"), "no more than 300 advisers"],
  [/\bno\s+(?:fewer|less)\s+than\s+/i, lower("no-fewer-than"), "no fewer than 40 tanks"],
  [/\b(?:well|just|slightly|somewhat)\s+(?:over|above|more\s+than)\s+/i, lower("more-than"), "well over 10,000 refugees"],
  [/\b(?:well|just|slightly|somewhat)\s+(?:under|below|fewer\s+than|less\s+than)\s+/i, upper("fewer-than"), "just under 500 men"],
  [/\b(?:more|greater)\s+than\s+/i, lower("more-than"), "more than 70,000 soldiers"],
  [/\b(?:fewer|less)\s+than\s+/i, upper("fewer-than"), "fewer than 500 men"],
  [/\bat\s+least\s+/i, lower("at-least"), "at least 2 very important American intelligence gear"],
  [/\bat\s+most\s+/i, upper("at-most"), "at most 200 instructors"],
  [/\bup\s+to\s+(?:about|around|some|roughly|approximately|nearly|almost)\s+/i, upper("up-to"), "rising up to about 7,000 defenders"],
  [/\bup\s+to\s+/i, upper("up-to"), "up to 20,000 troops"],
  [/\bas\s+(?:low|few)\s+as\s+/i, upper("as-low-as"), "as few as 300 defenders"],
  [/\bas\s+many\s+as\s+/i, upper("as-many-as"), "as many as 5,000 prisoners"],
  [/\bas\s+much\s+as\s+/i, upper("as-much-as"), "as much as $2 billion"],
  [/\b(?:in\s+excess\s+of|upwards\s+of|exceeding|exceeded|exceeds|topped)\s+/i, lower("in-excess-of"), "in excess of 1,000 aircraft"],
  [/\b(?:over|above)\s+/i, lower("over"), "over 600 tanks"],
  [/\b(?:under|below)\s+/i, upper("under"), "under 5,000 troops"],
  [/\b(?:estimated|put|reckoned|thought|believed|said|reported)\s+(?:at|to\s+(?:be|number|total|have\s+been))\s+/i, approx("estimated-at"), "casualties were estimated at 400,000"],
  // "said to have 5,000 men": a hedge on what the subject has.
  [/\b(?:said|thought|believed|reported|estimated)\s+to\s+have(?:\s+had)?\s+(?:(?:a|an|the)\s+[\w-]+\s+of\s+)?/i, approx("said-to-have"), "the fort was said to have a garrison of 3,000"],
  // "estimated that 300 …": the estimate is the clause that follows.
  [/\b(?:estimated|estimates?|reckoned|guessed|calculated)\s+that\s+(?:(?:some|about|around|over|nearly|almost)\s+)?/i, approx("estimated-that"), "historians have estimated that 300 prisoners died"],
  // The same with what is estimated in between ("put their own losses at 9,000").
  [/\b(?:estimated|put|reckoned|placed)\s+(?:(?!at\b)[\w'’-]+\s+){1,3}at\s+/i, approx("estimated-at"), "Hanoi put its own losses at 9,000 dead"],
  [/\b(?:an?\s+)?(?:estimated|approximate|approximated)\s+/i, approx("estimated"), "an estimated 1.5 million refugees"],
  [/\b(?:approximately|approx\.|roughly|around|about|circa|ca\.|c\.)\s*/i, approx("about"), "about 50,000 troops"],
  [/\b(?:some|nearly|almost|close\s+to|approaching|nearing|perhaps|possibly|reportedly|allegedly|probably|supposedly)\s+/i, approx("some"), "some 40,000 Cuban troops"],
  [/~\s*/, approx("tilde"), "~500 tanks"],
];

/**
 * Hedges in the predicate of a figure's clause ("… is estimated to have died"). They
 * apply to the figure that heads the clause, not to a number nested in it with `of`.
 * Only verbs that judge a magnitude: "were reported to be killed", "were said to be
 * wounded" and "were claimed killed" say who tells of the event, not that its count is rough.
 */
export const HEDGES_PREDICATE: readonly Rule<Hedge>[] = [
  [/\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:estimated|thought|believed|put)\b/i, approx("is-estimated"), "13.5 million is estimated to have died"],
];

/** Hedges right after a number or its noun ("10,000 or more refugees", "500 men or fewer"); the engine anchors them there. */
export const HEDGES_AFTER: readonly Rule<Hedge>[] = [
  [/\s*(?:or|and)\s+(?:more|over|above|upwards)\b/i, lower("or-more"), "10,000 or more refugees"],
  [/\s*(?:or\s+(?:fewer|less|under|below))\b/i, upper("or-fewer"), "500 men or fewer"],
  // (Not "12 + 3": a sum, not a bound.)
  [/\s*plus\b(?!\s*\d)|\+(?!\s*\d)/i, lower("plus"), "5,000+ troops"],
];
