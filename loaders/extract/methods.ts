/**
 * extractMethods: the sentences of each dated section → method labels, each with the cue that
 * triggered it. A cue counts when the sentence ties the act to the article's power (who acted,
 * read from the sentence), or to a government the power installed or props up.
 *
 * The actor machinery here (mentions, agents) is shared with `extract/events.ts`.
 */
import type {Document, Intervention, MethodCue, Rule, Sentence} from "../types.ts";
import {BACKING_AFTER, BACKING_BEFORE, BACKING_CLAIMED, BACKING_VERB, CAPITAL_NAMES, CARRIED_PRONOUNS, COUNTRY_NAME_BY_ISO3, LOCATIVE_BEFORE, MENTION_CONTEXT, OPERATIONS_LIST_SHAPES, PRONOUNS, type State} from "../rules/actors.ts";
import {
  AGENT_AFTER,
  BACKED_METHODS,
  PASSIVE_POWER_METHODS,
  PASSIVE_AFTER_ACT_METHODS,
  OPERATION_NAMED,
  POSSESSED_FORCES,
  MONEY_FOR_VOTES,
  MONEY_NOT_ARMS,
  DEPOSITION_NOUN,
  CLIENT_CUES,
  CLIENT_METHODS,
  ACT_OVER,
  COMMANDER_SUBJECT,
  FORCES_SUBJECT,
  INTERNAL_STRIFE,
  PURPOSE_CUE,
  NOT_GOVERNING,
  ADJECTIVAL_PARTICIPLE,
  CIVILIAN_SUBJECT,
  EQUIPMENT_AFTER,
  GOVERNING_WORDS,
  PASSIVE,
  METHOD_CUES,
  METHODS,
  NEGATION,
  DENIAL,
  NEGATION_AFTER,
  DENIED_AFTER,
  FORCES_NAMED,
  SENDING_VERB,
  OBJECT_ACT_END,
  FINITE_VERB_CUE,
  NOT_ASSERTED_BEFORE,
  RELATIVE_CLAUSE,
  GIVER_IN_CUE,
  NAMED_AS_HELP,
  BY_NO_FORCE_AFTER,
  NAMED_SUBJECT_BEFORE,
  NOT_MILITARY,
  NOT_MILITARY_BEFORE,
  NOT_TERRITORY_AFTER,
  NOMINAL_CUE,
  SUFFERED_NOUN,
  WAR_NAMED_AFTER,
  YEAR_BEFORE_CUE,
  WAR_START,
  WAR_JOINED,
  DURATION_BEFORE,
  PACT_PERMITS,
  PROPOSAL_TERMS,
  RECIPIENT_CUE,
  SUBJECT_TAKEN,
  OTHER_AGENT_VERB,
  SUBORDINATE_SUBJECT,
  FORCES_ALONGSIDE,
  OPERATION_SUBJECT,
  OPERATION_AFTER,
  ACT_OPENS_SENTENCE,
  ACT_AS_SUBJECT_AFTER,
  POSSESSOR_SUFFERED,
  PARTICIPLE_OPENS,
  KIN_VICTIM,
  RULER_TITLES,
  RULER_OPENS,
  type Method,
} from "../rules/methods.ts";
import {lineAt} from "../parse/document.ts";
import {collectMatches, compileFilter, compileRules, compileTest, findPlaces, maybePlace, sortFew, type PlaceMention} from "./places.ts";
import {castOf, findKnownLeaders, findStates, type Cast, type Power} from "./actors.ts";

/** How a name in a sentence relates to the verbs around it. */
export type MentionRole = "subject" | "oblique" | "victim" | "compound" | "backing" | "pronoun";

/** A named actor (power, coalition, country) or a pronoun in a sentence, by offsets into that sentence. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  /** Display name (`Soviet Union`, `Germany`), or `""` for a pronoun. */
  actor: string;
  /** Today's country of the actor, where there is one (a coalition has none). */
  iso3: string | null;
  /** Today's countries of the actor: its own, a coalition's or a joint actor's members; none for a pronoun. */
  members: readonly string[];
  /** Which table named it (`state:country`, `state:historical`, `state:leader`, …), or `pronoun`. */
  source: string;
  role: MentionRole;
  /** The sentence says this actor backed what happened: "Soviet-backed", "with Soviet support", "the USSR would come to support them". */
  backs: boolean;
}

/** Who did what a cue names, as read from the sentence. */
export interface Agent {
  /** The actor and any actors coordinated with it ("the Soviet Union, Bulgaria, Poland and Hungary"). */
  mentions: Mention[];
  /**
   * How the agent was found: `actor:cue` (the cue is a name: "NKVD"), `actor:named` (the cue's
   * `actor` group), `actor:adjacent` ("Soviet invasion"), `actor:after` ("annexed by …"),
   * `actor:subject`, `actor:pronoun`; or why there is none: `none`, `governed` ("during the
   * invasion"), `adjectival` ("the occupied states"), `passive` (no "by …"), `actor:pronoun-unresolved`.
   */
  how: string;
}

// Rule patterns compiled once, at load: tables of patterns run together (compileRules), a test
// per rule (compileTest: the `…$` ones run backwards from the end).
const global = (re: RegExp): RegExp => new RegExp(re.source, re.flags.includes("g") ? re.flags : re.flags + "g");
type Test = (text: string) => boolean;
const testsOf = (rules: readonly (readonly [RegExp, ...unknown[]])[]): Test[] => rules.map(([p]) => compileTest(p));
const some = (tests: readonly Test[], text: string): boolean => {
  for (const test of tests) if (test(text)) return true;
  return false;
};

// MENTION_CONTEXT by label: `before:` rules test the end of the text before a name, `after:` ones the start of the text after it.
const contextTests = (label: string) => testsOf(MENTION_CONTEXT.filter(([, l]) => l === label));
const BEFORE_COMPOUND = contextTests("before:compound");
const BEFORE_UNIT_OF = contextTests("before:unit-of");
const BEFORE_MEMBERS_OF = contextTests("before:members-of");
const BEFORE_PREPOSITION = contextTests("before:preposition");
const BEFORE_VICTIM = contextTests("before:victim");
const BEFORE_OBJECT = contextTests("before:object");
const AFTER_BACKING = contextTests("after:backing");
const AFTER_LED = contextTests("after:led");
const AFTER_COMPOUND = contextTests("after:compound");
const AFTER_MODIFIER = contextTests("after:modifier");
const AFTER_RELATIVE = contextTests("after:relative");
const BEFORE_ORDERED = contextTests("before:ordered");
const BEFORE_SUBORDINATOR = contextTests("before:subordinator");
const AFTER_FORCES_ACTED = contextTests("after:forces-acted");
const AFTER_TO_ACT = contextTests("after:to-act");
const AFTER_LABEL = contextTests("after:label");
const AFTER_ITEM_DASH = contextTests("after:item-dash");
const BEFORE_ITEM_DATE = contextTests("before:item-date");
const BACKED_BEFORE = testsOf(BACKING_BEFORE);
const BACKED_AFTER = testsOf(BACKING_AFTER);
const BACKED_VERB = compileTest(BACKING_VERB[0]);
const CLAIMED = compileTest(BACKING_CLAIMED[0]);
// "with Soviet support", "under Soviet pressure", and support had: "the plotters received Soviet backing".
const SUPPORT_HAD_BEFORE = compileTest(/\b(?:with|under|received|receiving|receives|got|gained|enjoyed|enjoying|obtained|secured)\s+$/i);

const PRONOUN = global(PRONOUNS[0]);
const CAPITALS = new Set(CAPITAL_NAMES.map(([n]) => n));
/** " of Babylon" after a leader's name: part of the name ("Hammurabi of Babylon"), not a place acted on. */
const OF_PLACE = /^\s+of\s+(?:the\s+)?$/;
/** "of" right after a leader's name: a place that is no state may follow ("Nebuchadnezzar I of Isin"). */
const OF_PLACE_AFTER = /^\s+of\s/;

/**
 * Every actor named in a sentence (states by every name rules/actors.ts knows, the leaders the
 * document names, pronouns), each with its role: `subject` (can be who acted), `oblique` (after
 * a preposition), `victim` (after "attacked"), `compound` ("pro-Soviet", "Soviet-made"),
 * `backing` ("Soviet-backed", "with Soviet support").
 * @example scanMentions("Germany invaded Poland").map((m) => [m.actor, m.role]) // [["Germany", "subject"], ["Poland", "victim"]]
 */
export function scanMentions(text: string, cast: Cast | null = null): Mention[] {
  type Candidate = Omit<Mention, "role" | "backs">;
  const candidates: Candidate[] = [];
  const power = cast?.title.power ?? null;
  const states = findStates(text);
  for (const m of states) candidates.push({start: m.start, end: m.end, text: m.text, actor: displayName(m.state, m.rule, m.text, power), iso3: m.state.iso3, members: m.state.members, source: m.rule});
  if (cast) {
    // The places of the sentence, read once, when a leader's "of" is followed by no state.
    let places: PlaceMention[] | null = null;
    for (const {start, end, name} of cast.findLeaders(text)) {
      const s = cast.leaders.get(name)!;
      // "Hammurabi of Babylon": the place after "of" belongs to the name.
      let to = end;
      const of = states.find((m) => m.start > end && OF_PLACE.test(text.slice(end, m.start))) ?? (OF_PLACE_AFTER.test(text.slice(end)) ? (places ??= findPlaces(text)).find((p) => p.start > end && OF_PLACE.test(text.slice(end, p.start))) : undefined);
      if (of) to = of.end;
      candidates.push({start, end: to, text: text.slice(start, to), actor: s.name, iso3: s.iso3, members: s.members, source: "state:leader"});
    }
  }
  // Leaders known by name alone ("Nasser sent troops"), after the document's own: a name the
  // document ties to another state keeps that state (the sort below is stable).
  for (const m of findKnownLeaders(text)) candidates.push({start: m.start, end: m.end, text: m.text, actor: m.state.name, iso3: m.state.iso3, members: m.state.members, source: "state:leader"});
  for (const m of collectMatches(PRONOUN, text)) {
    candidates.push({start: m.index, end: m.index + m[0].length, text: m[0], actor: "", iso3: null, members: [], source: "pronoun"});
  }
  sortFew(candidates, (a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const mentions: Mention[] = [];
  for (const c of candidates) {
    const last = mentions[mentions.length - 1];
    if (last && c.start < last.end) continue;
    const {start, end} = c;
    const {role, backs} = c.source === "pronoun" ? {role: "pronoun" as const, backs: false} : readContext(text, start, end);
    // Written out, not `{...rest}`: V8 copies an object with rest and spread slowly.
    mentions.push({start, end, text: c.text, actor: c.actor, iso3: c.iso3, members: c.members, source: c.source, role, backs});
  }
  // "unlike Germany and Italy": a name listed with another shares its role; so does a name right
  // after a demonym, the two one place ("based in French Morocco").
  for (let i = 1; i < mentions.length; i++) {
    const prev = mentions[i - 1];
    const m = mentions[i];
    if (m.role !== "subject" || (prev.role !== "oblique" && prev.role !== "victim")) continue;
    const between = text.slice(prev.end, m.start);
    // (A demonym is written otherwise than its state's name or capital: "in Moscow Stalin ordered" keeps Stalin the subject.)
    if (between === " " && prev.source !== "pronoun" && prev.text !== prev.actor && !CAPITALS.has(prev.text)) {
      m.role = prev.role;
      continue;
    }
    // "and"/"or" joins a list; a bare comma only when the list goes on after this name
    // ("Germany, Italy and Japan"), not when it ends a phrase ("in Kyiv, Russian forces seized").
    // Not when a verb follows the name: ", and the Soviets installed Karmal" opens a clause of its own.
    if (LISTED.test(between) && (!/^\s*,\s*(?:the\s+)?$/i.test(between) || LIST_GOES_ON.test(text.slice(m.end, m.end + 12))) && !(/^\s*,/.test(between) && VERB_AFTER.test(text.slice(m.end, m.end + 30)))) m.role = prev.role;
  }
  return mentions;
}

/**
 * The name an actor is shown by: the state's, except that a capital in an article about that
 * country's earlier state shows as that state ("Moscow" in an article on the Soviet Union is the
 * Soviet Union).
 */
function displayName(s: State, rule: string, text: string, power: Power | null): string {
  if (rule === "state:country" && CAPITALS.has(text) && power && power.iso3.length === 1 && power.iso3[0] === s.iso3 && !power.key.startsWith("region:")) return power.name;
  return s.name;
}

/** What joins two names of one list: ", and the", ", ". */
const LISTED = /^\s*,?\s*(?:and|or|&|nor)\s+(?:the\s+)?$|^\s*,\s*(?:the\s+)?$/i;
/** What follows a name in the middle of a list: another comma or the closing "and"/"or". */
const LIST_GOES_ON = /^\s*(?:,|and\b|or\b|&|nor\b)/i;
/** A finite verb right after a name: the name opens a clause ("…, and the Soviets installed"). */
const VERB_AFTER = /^\s+(?:(?:then|also|soon|quickly|later|had|have|has)\s+)?(?:[a-z]+ed|sent|took|gave|made|led|put|set|won|fought|began|drove|overran|struck|seized)\b/;

/**
 * The role of the name at `start…end` from the words around it (MENTION_CONTEXT, BACKING_*), and
 * whether those words say it backed the act ("Soviet-backed", "with Soviet support", "the USSR
 * would come to support them"). The tests both need are run once.
 */
function readContext(text: string, start: number, end: number): {role: MentionRole; backs: boolean} {
  const before = text.slice(Math.max(0, start - 80), start);
  const after = text.slice(end, end + 60);
  // Most names stand between spaces: the rules about hyphens ("pro-Soviet", "Soviet-backed") and
  // about "by"/"of" before them ("backed by the Soviets") are tried only where those are.
  const dashAfter = DASH.test(after);
  const dashBefore = DASH_END.test(before);
  const backingAfter = dashAfter && some(AFTER_BACKING, after);
  const backedBefore = MAY_BACK(before) && some(BACKED_BEFORE, before);
  const withSupport = SUPPORT_HAD_BEFORE(before) && some(BACKED_AFTER, after);
  // (Backing only claimed is none: "a rebellion which some claimed the British had encouraged".)
  const backs = (backingAfter || backedBefore || withSupport || BACKED_VERB(after)) && !CLAIMED(before);
  let role: MentionRole;
  if (dashBefore && some(BEFORE_COMPOUND, before)) role = "compound";
  else if (backingAfter) role = "backing";
  else if (dashAfter && some(AFTER_LED, after)) role = "subject";
  else if ((dashAfter && some(AFTER_COMPOUND, after)) || some(AFTER_MODIFIER, after)) role = "compound";
  else if (some(AFTER_LABEL, after) || (some(AFTER_ITEM_DASH, after) && some(BEFORE_ITEM_DATE, before))) role = "oblique";
  else if (some(AFTER_RELATIVE, after) || (some(AFTER_TO_ACT, after) && some(BEFORE_ORDERED, before)) || (some(AFTER_FORCES_ACTED, after) && some(BEFORE_SUBORDINATOR, before))) role = "subject";
  else if (backedBefore || withSupport) role = "backing";
  else if (some(BEFORE_UNIT_OF, before) || some(BEFORE_MEMBERS_OF, before)) role = "subject";
  else if (some(BEFORE_PREPOSITION, before)) role = "oblique";
  else if (some(BEFORE_VICTIM, before) || some(BEFORE_OBJECT, before)) role = "victim";
  else role = "subject";
  return {role, backs};
}
const DASH = /^[-‐–]/;
const DASH_END = /[-‐–]$/;
/** BACKING_BEFORE ends with "of", "from" or "by" (and "the"): only such text is tried. */
const MAY_BACK = compileTest(/\b(?:of|from|by|(?:trained|armed|equipped|backed)\s+in)\s+(?:the\s+)?$/i);

/** Whether a mention is the power, or a coalition or joint actor that includes one of its states. */
export function isPower(mention: Mention, power: Power): boolean {
  for (const code of mention.members) if (power.iso3.includes(code)) return true;
  return false;
}

/** Actors listed together with mention `i`: "the Soviet Union, Bulgaria, Poland and Hungary". */
function coordinated(text: string, mentions: readonly Mention[], i: number): Mention[] {
  const named = (m: Mention) => m.role !== "pronoun" && m.role !== "compound";
  // "the CIA and Britain's MI6": a state's organ after its possessive name is one conjunct.
  const joined = (a: Mention, b: Mention) => {
    const between = text.slice(a.end, b.start);
    return COORDINATED.test(between) || (POSSESSIVE_LINK.test(between) && a.iso3 !== null && a.iso3 === b.iso3);
  };
  const group = [mentions[i]];
  // A name after "in"/"at" is where, not a conjunct: "at Dakar in Senegal and France provided".
  const placed = (m: Mention) => LOCATED(text.slice(Math.max(0, m.start - 20), m.start));
  for (let j = i - 1; j >= 0 && named(mentions[j]) && joined(mentions[j], mentions[j + 1]) && !placed(mentions[j]); j--) group.unshift(mentions[j]);
  for (let j = i + 1; j < mentions.length && named(mentions[j]) && joined(mentions[j - 1], mentions[j]); j++) group.push(mentions[j]);
  return group;
}

const LOCATED = compileTest(LOCATIVE_BEFORE[0]);

/** Between a state's possessive name and its organ: "Britain's MI6". */
const POSSESSIVE_LINK = /^['’]s\s+$/;

/**
 * What joins coordinated actors: ", ", " and the ", " as well as ", ", some 2,000 ", or an organ
 * after a demonym, then "and" ("British intelligence and the CIA", "the Turkish Armed Forces and
 * the Syrian National Army"), or a count of others the list after a dash names ("the Soviet
 * Union and four other Warsaw Pact countries – Bulgaria, East Germany, Hungary and Poland –").
 */
const COORDINATED = /^\s*,?\s*(?:and\s+|&\s+|as\s+well\s+as\s+|or\s+)?(?:the\s+)?(?:(?:about|some|around|nearly)\s+)?(?:[\d,.–-]+\s+)?$|^\s+(?:intelligence|secret\s+services?|government|army|navy|air\s+force|(?:armed\s+)?forces|military|troops|officials|diplomats|agents|warships|ships|submarines?|aircraft|jets|bombers|planes|soldiers|marines|paratroopers|special\s+forces)\s*,?\s*(?:and|&|as\s+well\s+as)\s+(?:the\s+|an?\s+)?$|^\s*,?\s*and\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|some)\s+)?(?:other\s+)?(?:(?:[\p{L}]+\s+){0,2}?(?:countries|states|nations|allies|members|powers)\s*(?:[–—:(,]|-\s)\s*)?$|^\s+(?:countries|states|nations|allies|members|powers)\s*(?:[–—:(,]|-\s)\s*$/iu;

/** Index of the first mention that starts at or after `offset` (mentions are in text order). */
function firstAtOrAfter(mentions: readonly Mention[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The named actor a pronoun at mention `i` stands for: the nearest subject before it, else null. */
function antecedent(text: string, mentions: readonly Mention[], i: number): number | null {
  // A possessive before forces reaches back past a semicolon: "the Condor Legion fought for the Nationalists; … its bombers destroyed Guernica".
  const semicolon = possessesForces(text, mentions[i]) ? -1 : text.lastIndexOf(";", mentions[i].start);
  for (let j = i - 1; j >= 0; j--) {
    const m = mentions[j];
    if (semicolon >= m.end || mentions[i].start - m.end > 400) return forcesBefore(text, mentions, i, semicolon);
    if (m.role === "subject") return j;
  }
  return forcesBefore(text, mentions, i, semicolon);
}

/**
 * "ordered French troops to intervene; they landed in Libreville": a "they" that opens a clause
 * after a semicolon stands for the forces the clause before it named (FORCES_NAMED), whatever
 * their role there.
 */
function forcesBefore(text: string, mentions: readonly Mention[], i: number, semicolon: number): number | null {
  if (semicolon === -1 || !/^they$/i.test(mentions[i].text) || text.slice(semicolon + 1, mentions[i].start).trim()) return null;
  const clause = text.lastIndexOf(";", semicolon - 1);
  for (let j = i - 1; j >= 0 && mentions[j].start > clause; j--) {
    const m = mentions[j];
    if (m.end <= semicolon && m.role !== "pronoun" && NAMES_FORCES(text.slice(m.end, m.end + 40))) return j;
  }
  return null;
}

/**
 * Who did what the cue at `start…end` of `text` names. In order: the cue is itself a name
 * ("NKVD"); the pattern's `actor` group names it ("Soviet instructors"); a name right before the
 * cue ("Soviet invasion", "his own invasion"); a noun cue governed by a preposition is only a
 * mention ("during the invasion"); an agent after the cue ("annexed by the Soviet Union",
 * "ceded … to the Soviet Union"); the nearest possible subject before the cue.
 * A pronoun that names no one in its sentence ("they", "he") stands for `carried`, the actor
 * that earlier sentences of the paragraph were about.
 * @example
 * const text = "Germany invaded Poland on September 1, 1939";
 * resolveAgent(text, scanMentions(text), {start: 8, end: 15, method: "invasion"}).mentions[0].actor // "Germany"
 */
export function resolveAgent(
  text: string,
  mentions: readonly Mention[],
  cue: {start: number; end: number; method: string; actor?: {start: number; end: number}},
  carried: readonly Mention[] = [],
  carriedIt = false,
): Agent {
  const {start, end, method} = cue;
  const quote = text.slice(start, end);
  const withGroup = (i: number, how: string): Agent => {
    if (mentions[i].role === "pronoun") {
      const j = antecedent(text, mentions, i);
      if (j !== null) return {mentions: coordinated(text, mentions, j), how: "actor:pronoun"};
      // "In 1873 they conquered Khiva": "they" of a sentence that names no one is the actor the paragraph was about.
      // The carried actor stands where the pronoun is: its offsets are in another sentence, and
      // would otherwise cover whatever this sentence has there ("In 1873 they conquered Khiva").
      const {start: at, end: to} = mentions[i];
      if (carried.length && (CARRIED_PRONOUNS.test(mentions[i].text) || (carriedIt && SECTION_PRONOUNS.test(mentions[i].text)))) return {mentions: carried.map((m) => ({...m, start: at, end: to})), how: carriedIt ? "actor:pronoun-section" : "actor:pronoun-carried"};
      return {mentions: [], how: "actor:pronoun-unresolved"};
    }
    return {mentions: coordinated(text, mentions, i), how};
  };
  // Mentions are in text order: k is the first one that starts at or after the cue.
  const k = firstAtOrAfter(mentions, start);
  // 1. The cue is itself an actor's name: "NKVD", "CIA", "spetsnaz".
  for (const i of [k - 1, k]) {
    const m = mentions[i];
    if (m && m.start <= start && m.end >= end && m.role !== "pronoun") return {mentions: [m], how: "actor:cue"};
  }
  // 1b. The cue starts inside an organ's name: "the Royal Marines was landed" (its troops word is the cue's first).
  const inside = mentions[k - 1];
  if (inside && inside.start < start && inside.end > start && inside.role !== "pronoun") return {mentions: [inside], how: "actor:cue-start"};
  // 2. The pattern names where the actor is.
  if (cue.actor) {
    let last = -1;
    for (let i = firstAtOrAfter(mentions, cue.actor.start); i < mentions.length && mentions[i].start < cue.actor.end; i++) {
      if (mentions[i].end <= cue.actor.end && mentions[i].role !== "pronoun") last = i;
    }
    return last !== -1 ? withGroup(last, "actor:named") : {mentions: [], how: "none"};
  }
  // 2a. Forces sent or carried named by their own state's name are that state's invasion, whoever
  // sent them ("the Soviet Union airlifted Cuban troops to Luanda" is Cuba's; the carrier's is aid).
  if (method === "invasion" && SENDS_FORCES(quote)) {
    for (let i = k; i < mentions.length && mentions[i].start < end; i++) {
      const m = mentions[i];
      if (m.end < end && m.role !== "pronoun" && m.role !== "backing" && NAMES_FORCES(text.slice(m.end, end + 1))) return {mentions: coordinated(text, mentions, i), how: "actor:forces-in-cue"};
    }
  }
  // 2b. "the occupied Baltic states": a participle used as an adjective is no act.
  if (/ed$/i.test(quote) && ADJECTIVAL(text.slice(Math.max(0, start - 20), start))) return {mentions: [], how: "adjectival"};
  // 3. A name right before the cue: "Soviet invasion", "the Soviet Union invaded" — unless the
  // cue's subject is the one helped ("Argentina received weapons from Libya"), or the cue is a
  // purpose ("landed in Beirut to support …": Beirut is where, not who).
  const recipient = undergoesCue(method, quote);
  const left = recipient || PURPOSE(quote) ? -1 : [k - 1, k - 2].find((i) => {
    const m = mentions[i];
    // (Not a place named after a preposition right before a verb: "aircraft operating from Bangui bombed".)
    return m !== undefined && m.end <= start && start - m.end <= 8 && /^(?:['’]s)?(?:\s+own)?[\s"'“”‘’-]{0,3}$/.test(text.slice(m.end, start)) && m.role !== "compound" && m.role !== "backing" && !(m.role === "oblique" && FINITE_VERB(quote) && !some(BEFORE_SUBORDINATOR, text.slice(Math.max(0, m.start - 20), m.start)));
  }) ?? -1;
  // A war is named more than fought: "at the end of the Anglo-Spanish War" is no act of either.
  // Before a possessive name, what governs the war is before the name ("Nebuchadnezzar I of Isin's War").
  const from = left !== -1 && /^['’]s/.test(text.slice(mentions[left].end, start)) ? mentions[left].start : start;
  if (WAR.test(quote) && isGoverned(text, from, quote)) return {mentions: [], how: "governed"};
  // "the Argentine defeat": the name before this noun lost; the winner is not named here.
  if (left !== -1 && SUFFERED_NOUN.test(quote)) return {mentions: [], how: "suffered"};
  // "Gaddafi's overthrow", "Crimea's absorption into the empire": the possessor underwent it (not "Germany's annexation of Austria").
  if (left !== -1 && /^['’]s/.test(text.slice(mentions[left].end, start)) && POSSESSED_SUFFERS(quote) && !/^\s+of\b/.test(text.slice(end, end + 5))) return {mentions: [], how: "suffered"};
  if (left !== -1 && mentions[left].role !== "pronoun") return withGroup(left, "actor:adjacent");
  // 4. "during the invasion", "for their invasion": a noun cue governed by a preposition names no act of anyone.
  if (NOMINAL_CUE.test(quote) && (isGoverned(text, start, quote) || IS_OVER(text.slice(end, end + 30)))) return {mentions: [], how: "governed"};
  // 3b. A possessive or pronoun right before the cue: "his own invasion" is the invasion of whoever "his" is.
  if (left !== -1) return withGroup(left, "actor:adjacent");
  // 5. The agent after the cue: "annexed by the Soviet Union", "ceded … to the Soviet Union" —
  // not when the cue ends on its object's act, whose agent that is ("foiled a coup attempt by mercenaries").
  const objectsAgent = OBJECT_ACT(quote);
  const semicolonAfter = text.indexOf(";", end);
  const semicolonBefore = text.lastIndexOf(";", start);
  for (let i = firstAtOrAfter(mentions, end); i < mentions.length; i++) {
    const m = mentions[i];
    if (m.start - start > 160) break;
    if (m.role === "pronoun" || m.role === "compound") continue;
    if (semicolonAfter !== -1 && semicolonAfter < m.start) break;
    // "bombed by Soviet planes": whose planes, not who acted.
    if (IS_EQUIPMENT(text.slice(m.end, m.end + 24))) continue;
    // (A cue's own commas do not end its clause: "recruited, trained and equipped by the CIA".)
    const span = quote.replace(/,/g, "") + text.slice(end, m.start);
    // "… the aircraft used by Argentina": the agent of another verb between.
    if (OTHER_VERBS_AGENT(text.slice(end, m.start))) continue;
    if (!objectsAgent && AGENTS_AFTER.some(({test, label}) => (label === "*" || label === method) && test(span))) return {mentions: coordinated(text, mentions, i), how: "actor:after"};
  }
  // The subject of "received … from" is helped, that of "fell to" taken: who acted is named
  // after the cue or not at all.
  if (recipient) {
    // "dependent on Soviet aid": whose aid the cue itself names.
    for (let i = firstAtOrAfter(mentions, start); i < mentions.length && mentions[i].end <= end; i++) {
      if (mentions[i].role !== "pronoun" && GIVER_IN_CUE[0].test(text.slice(mentions[i].end, end))) return {mentions: coordinated(text, mentions, i), how: GIVER_IN_CUE[1]};
    }
    return {mentions: [], how: "none"};
  }
  // 6. The nearest possible subject before the cue, within its clause; in the passive, the
  // one named before the cue suffered the act.
  if (IS_PASSIVE(text.slice(Math.max(0, start - 60), start))) {
    // A state's forces beaten, routed or ambushed somewhere were fighting there: "A British force
    // of 5,000 men was defeated at Rosetta" (no one named after "by": step 5).
    if (method === "invasion") {
      for (let i = k - 1; i >= 0 && start - mentions[i].end <= 60; i--) {
        const m = mentions[i];
        if (m.end <= start && m.role === "subject" && m.iso3 !== null && NAMES_FORCES(text.slice(m.end, start))) return {mentions: coordinated(text, mentions, i), how: "actor:forces-engaged"};
      }
    }
    return {mentions: [], how: "passive"};
  }
  // A clause of its own right before the cue whose subject names no state ("as the Sandinistas
  // advanced"): the act is that subject's, not a state's named earlier in the sentence.
  const other = OTHER_SUBJECT.exec(text.slice(Math.max(0, start - 80), start));
  if (other) {
    const from = Math.max(0, start - 80) + other.index;
    if (!mentions.some((m) => m.start >= from && m.end <= start)) return {mentions: [], how: "other-subject"};
  }
  // Inside an aside, its subject is in it or names what it is about, right before it: "the Mangal
  // tribesmen (who were at war with …)" is not the act of a name earlier in the sentence.
  const open = text.lastIndexOf("(", start);
  const aside = open !== -1 && open > text.lastIndexOf(")", start) ? open : -1;
  for (let i = k - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.end > start) continue;
    if (semicolonBefore >= m.end || start - m.end > 400) break;
    // "… to the Houthis, who seized Sanaa": a relative clause between has its own subject, unless it is this name's ("the Soviet Union, which invaded").
    if (OTHER_RELATIVE(text.slice(m.end, start)) && !OWN_RELATIVE.test(text.slice(m.end, start))) break;
    if (aside !== -1 && m.end <= aside && !/^\s*$/.test(text.slice(m.end, aside))) break;
    if (m.role === "subject") {
      // "The Mongol army of Hulagu, reinforced by Georgian contingents, besieged Baghdad": forces
      // that went along act with the subject before them, not instead of it.
      const along = ALONGSIDE.exec(text.slice(Math.max(0, m.start - 60), m.start));
      if (along) {
        const comma = Math.max(0, m.start - 60) + along.index;
        for (let j = i - 1; j >= 0; j--) {
          if (mentions[j].end > comma) continue;
          if (mentions[j].role === "subject") return {mentions: [...coordinated(text, mentions, j), ...coordinated(text, mentions, i)], how: "actor:subject"};
        }
      }
      return withGroup(i, "actor:subject");
    }
    // "its bombers destroyed Guernica": a possessive before its forces is whose forces acted.
    if (m.role === "pronoun" && (!POSSESSIVE.test(m.text) || possessesForces(text, m))) return withGroup(i, "actor:subject");
  }
  // 6b. A cue in a participle's clause that opens the sentence ("Having landed at Port Said,
  // British and French forces advanced"): the subject named right after the clause's comma.
  if (OPENS_WITH_PARTICIPLE(text.slice(0, start))) {
    const comma = text.indexOf(",", end);
    if (comma !== -1) {
      const i = firstAtOrAfter(mentions, comma);
      const m = mentions[i];
      if (m && m.role === "subject" && /^,\s+(?:the\s+)?(?:[\p{Ll}\d,–-]+\s+){0,2}$/u.test(text.slice(comma, m.start))) return withGroup(i, "actor:participle-subject");
    }
  }
  // 7. No subject names a state: forces the cue sends are whose act it is ("Truman ordered
  // American air and naval forces to"); forces a cue hits are not ("intercepted a Spanish fleet").
  if (SENDS_FORCES(quote)) for (let i = k; i < mentions.length && mentions[i].start < end; i++) {
    const m = mentions[i];
    if (m.end < end && m.role !== "pronoun" && m.role !== "backing" && NAMES_FORCES(text.slice(m.end, end + 1))) return {mentions: coordinated(text, mentions, i), how: "actor:forces-in-cue"};
  }
  return {mentions: [], how: "none"};
}

const ADJECTIVAL = compileTest(ADJECTIVAL_PARTICIPLE[0]);
const POSSESSED_SUFFERS = compileTest(POSSESSOR_SUFFERED[0]);
const CIVILIAN = compileTest(CIVILIAN_SUBJECT[0]);
/** A war's name as a cue: "War", "Wars" (a name more than an act: isGoverned, the events pass). */
export const WAR = /^wars?$/i;
const IS_OVER = compileTest(ACT_OVER[0]);
const NOT_GOVERNED = compileTest(NOT_GOVERNING[0]);
const STARTS_WAR = compileTest(WAR_START[0]);
const WAR_NAMED = compileTest(WAR_NAMED_AFTER[0]);
const JOINS_WAR = compileTest(WAR_JOINED[0]);
const LASTING = compileTest(DURATION_BEFORE[0]);
const COUNTRY_NAMES_SET = new Set(COUNTRY_NAME_BY_ISO3.values());
/**
 * Whether a noun cue at `start` is governed by a preposition or a verb of opposition ("during the
 * invasion"), and so only a mention; not where the words still tell the act ("Start of an
 * assault", "a series of wars") or a country names whose war it was ("the Dynasty of Egypt wars").
 */
function isGoverned(text: string, start: number, quote: string): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  // "During the Russo-Persian War …": a war named by a preposition that opens the sentence.
  if (WAR.test(quote) && (WAR_NAMED(before) || JOINS_WAR(before))) return true;
  // "the beginning of the War" is still no act: a war's start is its declaration.
  if ((NOT_GOVERNED(before) && !(WAR.test(quote) && STARTS_WAR(before))) || !some(GOVERNED, before)) return false;
  const word = /(\p{Lu}[\p{L}'’-]*)\s+$/u.exec(before)?.[1];
  return !(word && COUNTRY_NAMES_SET.has(word));
}
const GOVERNED = testsOf(GOVERNING_WORDS);
const AGENTS_AFTER = AGENT_AFTER.map(([p, label]) => ({test: compileTest(p), label}));
const IS_PASSIVE = compileTest(PASSIVE[0]);
const IS_EQUIPMENT = compileTest(EQUIPMENT_AFTER[0]);
const IS_RECIPIENT = compileTest(RECIPIENT_CUE[0]);
const IS_TAKEN = compileTest(SUBJECT_TAKEN[0]);

/**
 * Whether the subject of cue `quote` (a `method` cue) undergoes the act rather than does it: the
 * one helped ("received weapons from", RECIPIENT_CUE) or the place taken ("fell to",
 * SUBJECT_TAKEN). Its actor is named after the cue; what is named before it is the target.
 * @example undergoesCue("invasion", "fell to the ") // true
 */
export function undergoesCue(method: string, quote: string): boolean {
  return (method === RECIPIENT_CUE[1] && IS_RECIPIENT(quote)) || IS_TAKEN(quote);
}
const OTHER_VERBS_AGENT = compileTest(OTHER_AGENT_VERB[0]);

/** A cue phrase found in a sentence, by offsets into the sentence's prose. */
export interface CueMatch {
  start: number;
  end: number;
  method: Method;
  /** `method:<label>#<k>`: the k-th cue of that label in METHOD_CUES (1-based). */
  rule: string;
  actor?: {start: number; end: number};
}

const CUE_RULES = METHOD_CUES.map(([, method], i) => {
  const k = METHOD_CUES.slice(0, i + 1).filter(([, m]) => m === method).length;
  return {method, rule: `method:${method}#${k}`};
});
// Most sentences hold no cue: one scan for the words of the cues and the client cues leaves
// only the rules that can match.
const matchCues = compileRules([...METHOD_CUES, ...CLIENT_CUES].map(([p]) => p));
const METHOD_ORDER = new Map(METHODS.map((m, i) => [m, i]));
const FOR_VOTES = compileTest(MONEY_FOR_VOTES[0]);
const MONEY_ONLY = compileTest(MONEY_NOT_ARMS[0]);

/**
 * Every cue phrase in a sentence, in order; where two cues of the same label overlap, the
 * first rule wins.
 * @example findCues("the Soviet Union invaded Finland").map((c) => c.method) // ["invasion"]
 */
export function findCues(text: string): CueMatch[] {
  return readCues(text)?.cues ?? [];
}

/** The cues of a sentence (findCues) and its client cues (CLIENT_CUES: by rule, then in order), from one scan; null if it has neither. */
function readCues(text: string): {cues: CueMatch[]; clientCues: {start: number; end: number}[]} | null {
  const matched = matchCues(text);
  if (!matched.length) return null;
  const found: CueMatch[] = [];
  const clientCues: {start: number; end: number}[] = [];
  for (const {rule: r, matches} of matched) {
    if (r >= CUE_RULES.length) {
      for (const m of matches) clientCues.push({start: m.index, end: m.index + m[0].length});
      continue;
    }
    const {method, rule} = CUE_RULES[r];
    for (const m of matches) {
      const start = m.index;
      // A cue ends at its last word: the space a pattern took before a lookahead ("captured ",
      // "fell to the ") is no part of the phrase a reader is shown.
      let end = start + m[0].length;
      while (end > start && /\s/.test(text[end - 1])) end--;
      let actor: CueMatch["actor"];
      if (m.groups?.actor !== undefined) {
        const at = start + m[0].indexOf(m.groups.actor);
        actor = {start: at, end: at + m.groups.actor.length};
      }
      const overlap = found.findIndex((f) => f.method === method && start < f.end && end > f.start);
      if (overlap !== -1) {
        // A later rule that names its actor in the same words says more than an earlier one that
        // does not ("making Tunisia a French protectorate": the French one's).
        if (actor && !found[overlap].actor && start >= found[overlap].start && end <= found[overlap].end + 20) found[overlap] = {start, end, method, rule, actor};
        // Nor does a bare "war" stand for a phrase around it that says more ("carried the war into").
        else if (WAR.test(text.slice(found[overlap].start, found[overlap].end)) && start <= found[overlap].start && end >= found[overlap].end) found[overlap] = {start, end, method, rule, actor};
        continue;
      }
      found.push({start, end, method, rule, actor});
    }
  }
  // Money for a side in a sentence about a vote is interference in the vote (MONEY_FOR_VOTES).
  for (const cue of found) {
    if (cue.method === "military_aid" && MONEY_ONLY(text.slice(cue.start, cue.end)) && FOR_VOTES(text)) {
      cue.method = "election";
      cue.rule += `+${MONEY_FOR_VOTES[1]}`;
    }
  }
  return {cues: sortFew(found, (a, b) => a.start - b.start || METHOD_ORDER.get(a.method)! - METHOD_ORDER.get(b.method)!), clientCues};
}

/** Whether the words right before a cue negate it or make it mere intent ("a planned invasion"). */
export function isNegated(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  return NEGATED(before) || DENIED_BEFORE(before) || NOT_ASSERTED(text.slice(Math.max(0, start - 70), start));
}
const NOT_ASSERTED = compileTest(NOT_ASSERTED_BEFORE[0]);
const NEGATED = compileTest(NEGATION[0]);
const DENIED_BEFORE = compileTest(DENIAL[0]);
const DENIED = compileTest(NEGATION_AFTER[0]);
const DENIED_LATER = compileTest(DENIED_AFTER[0]);
const NAMES_FORCES = compileTest(FORCES_NAMED[0]);
const SENDS_FORCES = compileTest(SENDING_VERB[0]);
const OBJECT_ACT = compileTest(OBJECT_ACT_END[0]);
const FINITE_VERB = compileTest(FINITE_VERB_CUE[0]);
const NOT_TERRITORY = compileTest(NOT_TERRITORY_AFTER[0]);
const FIGURATIVE = compileTest(NOT_MILITARY[0]);
const FIGURATIVE_BEFORE = compileTest(NOT_MILITARY_BEFORE[0]);

/**
 * A test of the ~200 characters before a cue against a clause-long rule (a pact that permits the
 * act, a proposal's terms): the rule's words are looked for first, which most windows lack and
 * which is cheaper than running the pattern.
 */
function clauseBefore(rule: Rule): (text: string, start: number) => boolean {
  const mayMatch = compileFilter(rule[0]);
  const matches = compileTest(rule[0]);
  return (text, start) => {
    // The patterns span at most ~150 characters; a sentence-long prefix is not needed.
    const before = text.slice(Math.max(0, start - 200), start);
    return mayMatch(before) && matches(before);
  };
}

/** Whether a pact or conference before the cue is what permits it ("the Yalta Conference permitted the Soviet Union to annex"). */
export const isPermittedByPact: (text: string, start: number) => boolean = clauseBefore(PACT_PERMITS);

/** Whether the cue tells the terms of a proposal or plan ("proposals under which Gibraltar would be … incorporated"). */
const isProposed = clauseBefore(PROPOSAL_TERMS);

/**
 * A sentence as the passes read it: its prose, its cues and client cues; for one cast, the
 * actors it names and, cue by cue, who did the act (null where the cue is negated or a pact
 * permits it).
 */
export interface Reading {
  start: number;
  end: number;
  block: number;
  text: string;
  cues: CueMatch[];
  clientCues: {start: number; end: number}[];
  /** Cue by cue, whether something keeps it from being an act (BLOCKS), where read for the whole document at once. */
  blocked?: boolean[];
  cast?: Cast | null;
  mentions?: Mention[];
  acts?: (Agent | null | undefined)[];
}

// The methods and events passes read the same sentences of a document, one after the other:
// the readings of the last document are kept (one document, so memory stays bounded), and the
// second pass takes them instead of reading every sentence again. A sentence without a cue is
// kept as its end alone.
let readDoc: Document | null = null;
let readProse = "";
let readings = new Map<number, Reading | number>();
/** The actor each sentence of the last document leaves to the next one of its paragraph (see {@link carriedActor}). */
let carriedBySentence = new Map<number, Mention[]>();
let readSentences: readonly Sentence[] = [];

function forDocument(doc: Document): void {
  if (doc !== readDoc || doc.prose !== readProse) {
    readDoc = doc;
    readProse = doc.prose;
    readings = new Map();
    carriedBySentence = new Map();
    readSentences = [];
  }
}

/**
 * The prose and cues of a sentence, read once per document (see {@link readMentions} for its
 * actors); null if it has no cue and no client cue, and so nothing for the passes.
 */
export function readSentence(doc: Document, sentence: Sentence): Reading | null {
  forDocument(doc);
  const known = readings.get(sentence.start);
  if (known === sentence.end) return null;
  if (typeof known === "object" && known.end === sentence.end) return known;
  const text = doc.prose.slice(sentence.start, sentence.end);
  const found = readCues(text);
  const reading = found && {start: sentence.start, end: sentence.end, block: sentence.block, text, cues: found.cues, clientCues: found.clientCues};
  readings.set(sentence.start, reading ?? sentence.end);
  return reading;
}

/** The actors a sentence names (scanMentions), read once per sentence and cast. */
export function readMentions(reading: Reading, cast: Cast | null): Mention[] {
  if (!reading.mentions || reading.cast !== cast) {
    reading.mentions = scanMentions(reading.text, cast);
    reading.cast = cast;
    reading.acts = [];
  }
  return reading.mentions;
}

/** How many sentences back a pronoun's actor is looked for. */
const CARRY_BACK = 4;

/**
 * The first named subject of a sentence, or the actor it carried on through a pronoun that names
 * no one before it; read name by name, up to the first that decides (cheaper than scanMentions).
 */
function subjectOf(text: string, cast: Cast | null, carried: readonly Mention[]): Mention[] {
  // "The sultan crossed the Sava …. He then entered Buda": the power's ruler by title is the
  // subject a later "he" stands for (RULER_TITLES).
  const power = cast?.title.power;
  const ruler = power && !text.includes(";") ? rulerTitleOf(power, text) : null;
  if (power && ruler) return [{start: ruler.at, end: ruler.at + ruler.title.length, text: ruler.title, actor: power.name, iso3: power.iso3.length === 1 ? power.iso3[0] : null, members: power.iso3, source: "state:ruler-title", role: "subject", backs: false}];
  const mentions = scanMentions(text.slice(0, firstClauseEnd(text)), cast);
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.role === "subject" && m.members.length) {
      const group = coordinated(text, mentions, i);
      // "In 1884 the Merv oasis and eastern Turkmenistan were taken": what suffered the act does
      // not become the actor a later "they" stands for.
      return SUFFERS_AFTER.test(text.slice(group[group.length - 1].end, group[group.length - 1].end + 60)) ? [] : group;
    }
    if (m.role === "pronoun" && CARRIED_PRONOUNS.test(m.text)) return antecedent(text, mentions, i) === null ? [...carried] : [];
  }
  return [];
}

/** A passive verb right after a subject: "… were taken", "… was annexed by". */
const SUFFERS_AFTER = /^\s*(?:was|were|had\s+been|has\s+been|have\s+been|is|are)\s+(?:[\p{L}]+ly\s+)?[\p{L}]+(?:ed|en|wn|ght)\b/u;

/** Where a sentence's first main clause ends, roughly: its subject stands before. */
function firstClauseEnd(text: string): number {
  const at = text.search(/;|\s[–—]\s|, (?:and|but|while|whereas) /);
  return at === -1 ? text.length : at;
}

/** The position of a sentence among the document's (binary search where they are in order). */
function indexOfSentence(sentences: readonly Sentence[], sentence: Sentence): number {
  if (!isSorted(sentences)) return sentences.indexOf(sentence);
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start < sentence.start) lo = mid + 1;
    else if (sentences[mid].start > sentence.start) hi = mid - 1;
    else return sentences[mid] === sentence ? mid : sentences.indexOf(sentence);
  }
  return -1;
}

/**
 * The actor the sentences of a paragraph before `sentence` were about: the named subject of the
 * nearest one that has one, carried on through sentences whose subject is a pronoun; none
 * across a paragraph, or past a sentence whose subject is someone else.
 */
function carriedActor(doc: Document, sentences: readonly Sentence[], sentence: Sentence, cast: Cast | null): Mention[] {
  if (readSentences !== sentences) (readSentences = sentences), (carriedBySentence = new Map());
  const index = indexOfSentence(sentences, sentence);
  if (index <= 0) return [];
  // Walk back to the paragraph's first sentence (or the last one already read, or a few sentences
  // back: a pronoun's actor is named near it), then forwards.
  let from = index - 1;
  while (from > 0 && from > index - CARRY_BACK && sentences[from - 1].block === sentence.block && !carriedBySentence.has(sentences[from].start)) from--;
  let carried: Mention[] = [];
  for (let i = from; i < index; i++) {
    const s = sentences[i];
    if (s.block !== sentence.block) {
      carried = [];
      continue;
    }
    const known = carriedBySentence.get(s.start);
    if (known) {
      carried = known;
      continue;
    }
    const subject = subjectOf(doc.prose.slice(s.start, s.end), cast, carried);
    carried = subject.length ? subject : carried;
    carriedBySentence.set(s.start, carried);
  }
  return carried;
}

const OTHER_RELATIVE = compileTest(RELATIVE_CLAUSE[0]);
const OPERATION_OPENS = compileTest(OPERATION_SUBJECT[0]);
const OPERATION_MEANS = compileTest(OPERATION_AFTER[0]);
const OPENS_WITH_PARTICIPLE = compileTest(PARTICIPLE_OPENS[0]);
const AGAINST_KIN = compileTest(KIN_VICTIM[0]);
const OPENED_BY_ACT = compileTest(ACT_OPENS_SENTENCE[0]);
const ACT_SUBJECT = compileTest(ACT_AS_SUBJECT_AFTER[0]);
const ALONGSIDE = new RegExp(FORCES_ALONGSIDE[0].source, FORCES_ALONGSIDE[0].flags);
const OTHER_SUBJECT = new RegExp(SUBORDINATE_SUBJECT[0].source, SUBORDINATE_SUBJECT[0].flags);
/** One opened right after the name or the forces it qualifies: "the Soviet Union, which invaded", "French paratroopers, who reinstated him". */
const OWN_RELATIVE = /^(?:\s+(?:[a-z-]+\s+){0,2}?(?:troops|forces|soldiers|paratroopers|marines|commandos|legionnaires|army|officers|agents|advisers|advisors|pilots|aircraft|jets|warships|ships|units|government|officials))?\s*,\s+(?:who|which)\s/;

/** The pronouns a section's state may stand behind: "it" as well as "they" ("== Mexico ==": "it supplied rifles"). */
const SECTION_PRONOUNS = /^(?:[Ii]t|[Tt]hey)$/;

/**
 * The state a sentence's section is headed by, in an article about no one power ("Foreign
 * involvement in the Spanish Civil War"), when the heading is that state's name and nothing else
 * ("== Mexico ==", "=== Soviet Union ==="), as a mention at the heading; else none.
 * @example sectionState(doc, sentences[3], cast).map((m) => m.actor) // ["Mexico"]
 */
function sectionState(doc: Document, sentence: Sentence, cast: Cast | null): Mention[] {
  // In a power's article a state's section is where the power acted ("== Afghanistan =="), not who.
  const heading = sentence.section >= 0 && !cast?.title.power ? doc.headings[sentence.section] : undefined;
  if (!heading) return [];
  let known = sectionStates.get(doc);
  if (!known) sectionStates.set(doc, (known = new Map()));
  let state = known.get(heading.index);
  if (!state) {
    const name = heading.text.trim();
    const states = scanMentions(name, cast).filter((m) => m.iso3 !== null);
    state = states.length === 1 && states[0].start === 0 && states[0].end === name.length ? [{...states[0], role: "subject"}] : [];
    known.set(heading.index, state);
  }
  return state;
}
/** Each document's section states, by heading (read once per heading). */
const sectionStates = new WeakMap<Document, Map<number, Mention[]>>();

/**
 * Who did the act the `k`-th cue of a sentence names (resolveAgent), or null if the cue is
 * negated (before it, or after a noun cue: "an invasion … seems improbable"), a pact permits the
 * act, it is a proposal's terms ("proposals under which …") or its subject is no armed force
 * ("workmen entered"); read once per cue and cast (both passes ask).
 */
export function readAct(reading: Reading, cast: Cast | null, k: number, context?: {doc: Document; sentences: readonly Sentence[]; sentence: Sentence}): Agent | null {
  const mentions = readMentions(reading, cast);
  const acts = reading.acts!;
  if (acts[k] === undefined) {
    const {text, cues} = reading;
    if (reading.blocked?.[k] ?? BLOCKS.some((blocks) => blocks(text, cues[k]))) acts[k] = null;
    else {
      const needsCarried = mentions.some((m) => m.role === "pronoun" && CARRIED_PRONOUNS.test(m.text));
      const carried = needsCarried && context ? carriedActor(context.doc, context.sentences, context.sentence, cast) : [];
      // In a section headed by a state's name ("== Mexico =="), a pronoun the paragraph names no one
      // for — "it" too — stands for that state ("In 1936 it supplied rifles to the Republicans").
      const section = context && !carried.length && mentions.some((m) => m.role === "pronoun" && SECTION_PRONOUNS.test(m.text)) ? sectionState(context.doc, context.sentence, cast) : [];
      acts[k] = resolveAgent(text, mentions, cues[k], section.length ? section : carried, section.length > 0);
      // "Iraq's invasion and annexation of Kuwait": a noun joined to the noun before it is the same one's act.
      if (acts[k]!.how === "none" && k > 0 && JOINED_NOUNS.test(text.slice(cues[k - 1].end, cues[k].start)) && NOMINAL_CUE.test(text.slice(cues[k].start, cues[k].end)) && NOMINAL_CUE.test(text.slice(cues[k - 1].start, cues[k - 1].end))) {
        const first = readAct(reading, cast, k - 1, context);
        if (first?.mentions.length) acts[k] = {mentions: first.mentions, how: `${first.how}+joined`};
      }
    }
  }
  return acts[k]!;
}

/**
 * What keeps a cue from being an act, each a test of the sentence's prose and the cue: it is
 * negated (before it, or after a noun cue: "an invasion … seems improbable"), its subject is no
 * armed force ("workmen entered"), it tells a lasting state ("300 years of British occupation"),
 * no territory changed hands or no armed act is meant (an annexation into an army, an office
 * occupied), a pact permits the act, or it is a proposal's terms ("proposals under which …").
 */
const BLOCKS: readonly ((text: string, cue: CueMatch) => boolean)[] = [
  (text, {start}) => isNegated(text, start),
  // "workmen entered Gibraltar", "protesters attacked the embassy": people who are no armed force act for no state.
  (text, {start}) => CIVILIAN(text.slice(Math.max(0, start - 40), start)),
  // "A Russian invasion of India seems improbable": a noun cue denied by what follows it.
  (text, {start, end}) => NOMINAL_CUE.test(text.slice(start, end)) && DENIED(text.slice(end, end + 80)),
  // "he had been kidnapped by American forces, a claim the United States denied".
  (text, {end}) => DENIED_LATER(text.slice(end, end + 160)),
  // "300 years of British occupation": a lasting state, not an act.
  (text, {start, end}) => NOMINAL_CUE.test(text.slice(start, end)) && LASTING(text.slice(Math.max(0, start - 60), start)),
  // "the rebels were incorporated into the national army": no territory changed hands.
  // Only the cue's own clause: "ceded Hong Kong Island to Britain and opened five treaty ports" took land.
  (text, {end, method}) => method === "annexation" && NOT_TERRITORY(clauseAhead(text.slice(end, end + 60))),
  // "occupied the post of foreign minister", "bombarded Belgrade with propaganda", "a disinformation campaign".
  (text, {start, end, method}) => method === "invasion" && (FIGURATIVE(text.slice(start, end + 60)) || (NOMINAL_CUE.test(text.slice(start, end)) && FIGURATIVE_BEFORE(text.slice(Math.max(0, start - 30), start)))),
  // "Aurangzeb defeated his brother": a fight within a ruling house.
  (text, {start, method}) => (method === "invasion" || method === "coup") && AGAINST_KIN(text.slice(start, start + 60)),
  (text, {start}) => isPermittedByPact(text, start),
  (text, {start}) => isProposed(text, start),
];

/** The text after a cue up to the next clause ("… and opened five treaty ports" is another act's). */
function clauseAhead(after: string): string {
  // (A treaty that made it so is the means, not what was taken: "a protectorate over Tunisia by the Treaty of Bardo".)
  const stop = after.search(/[,;]|\s(?:and|but|or|then|while)\s|\s(?:by|under|through|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+)?(?:Treaty|Convention|Agreement|Accords?|Pact|Protocol|Peace)\b/u);
  return stop === -1 ? after : after.slice(0, stop);
}

/**
 * Which cues of the readings are kept from being acts (BLOCKS; `reading.blocked`, for readAct).
 * Each test runs over every cue still open before the next test starts: a pattern run back to
 * back stays in the processor's caches (one run per cue, amid the other work, cost several
 * times as much).
 */
function readBlocks(readings: readonly Reading[]): void {
  let open: {reading: Reading; k: number}[] = [];
  for (const reading of readings) {
    reading.blocked = reading.cues.map(() => false);
    for (let k = 0; k < reading.cues.length; k++) open.push({reading, k});
  }
  for (const blocks of BLOCKS) {
    const next: typeof open = [];
    for (const item of open) {
      if (blocks(item.reading.text, item.reading.cues[item.k])) item.reading.blocked![item.k] = true;
      else next.push(item);
    }
    open = next;
  }
}

/**
 * The key of the power an article is about (its title's, else its slug's), or null for an
 * article about a war, a place or a list, where every state acts in its own right.
 * @example powerOf({title: "Soviet involvement in regime change", slug: "x", prose: ""}) // "iso:RUS"
 */
export function powerOf(doc: Pick<Document, "title" | "slug" | "prose">): string | null {
  return castOf(doc).title.power?.key ?? null;
}

const sortedness = new WeakMap<readonly Sentence[], boolean>();
/** Whether sentences are in document order (checked once per array: the passes ask per row). */
function isSorted(sentences: readonly Sentence[]): boolean {
  let sorted = sortedness.get(sentences);
  if (sorted === undefined) sortedness.set(sentences, (sorted = sentences.every((s, i) => i === 0 || sentences[i - 1].start <= s.start)));
  return sorted;
}

/** The sentences (in document order) that start within `start…end`, found by binary search. */
function startingWithin(sentences: readonly Sentence[], start: number, end: number): readonly Sentence[] {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  let to = lo;
  while (to < sentences.length && sentences[to].start < end) to++;
  return sentences.slice(lo, to);
}

/**
 * Whether unnamed forces open the clause of the cue at `start`: before it ("Troops entered"), or
 * as the cue's own first word ("Marines landed", "cruise missiles struck").
 */
function forcesOpen(text: string, start: number): boolean {
  if (FORCES(text.slice(0, start))) return true;
  const word = /^\S+\s+/.exec(text.slice(start, start + 40));
  return word !== null && FORCES(text.slice(0, start + word[0].length));
}

/** Options for {@link extractMethods}. */
export interface MethodOptions {
  /** Who acts in the document; default: castOf(doc) (its title and the leaders it names). */
  cast?: Cast;
}

/**
 * Whether an act counts for a row of an article with no single power (a war, a timeline, a
 * list of conflicts): any state's act on another's territory or government, told with or
 * without its actor ("the Siege of Babylon"), but not a mere mention ("during the siege"), nor,
 * in a civil war's article, an act of no named foreign state; a coup counts only where a named
 * state backed or made it ("the Ottoman coup d'état" is the Ottomans' own).
 */
function countsInMany(agent: Agent, cue: CueMatch, text: string, cast: Cast, rowTargets: readonly string[] = [], backed = false): string | null {
  if (agent.how === "governed" || agent.how === "adjectival") return null;
  const named = agent.mentions.filter((m) => m.members.length);
  // A coup no state made counts where a state backed it, revolt or not ("CIA-backed rebels overthrew Árbenz").
  if (cue.method === "coup" && !named.length && backed) return "actor:backing+many";
  // Land taken into a state needs the state; an act amid a revolt with no named state is the revolt's.
  if (!named.length && (cue.method === "annexation" || STRIFE(text))) return null;
  // A covert act is done to another state: its sentence or its row names a place beyond the agent's own.
  if (cue.method === "covert") {
    const own = new Set(named.flatMap((m) => m.members));
    if (!rowTargets.some((c) => !own.has(c)) && !findPlaces(text).some((p) => p.iso3.some((c) => !own.has(c)))) return null;
  }
  // A state's force acting on its own land, in a row about that land alone, is no act on another ("the Afghan army crushed the Herat uprising").
  // (Unless its sentence names another state: "crossed into Bajaur and clashed with Pakistani forces".)
  const own = (c: string | null) => c !== null && named.some((m) => m.members.includes(c));
  if (cue.method === "invasion" && named.length && rowTargets.length && rowTargets.every(own) && findStates(text).every((m) => m.state.iso3 === null || own(m.state.iso3) || HELP_AFTER(text.slice(m.end, m.end + 30)))) return null;
  if (cast.title.shape === "internal") {
    const home = cast.title.named;
    return named.some((m) => m.members.some((c) => !home.includes(c))) ? `${agent.how}+foreign` : null;
  }
  if (cue.method === "coup") {
    if (!named.length || (agent.how === "actor:adjacent" && NOMINAL_CUE.test(text.slice(cue.start, cue.end)))) return null;
  }
  if (named.length) return agent.how;
  // A verb with a subject the text names but no state ("Habibullah Kalakani seized Kabul", "the
  // tribal army captured Kabul") is that subject's act; only a noun or a subjectless verb ("Siege
  // of Jerusalem", "captured by the Mongols" with no state named) counts as anyone's.
  if (FINITE_VERB(text.slice(cue.start, cue.end)) && agent.how === "none" && SUBJECT_BEFORE(text.slice(0, cue.start))) return null;
  // So is a passive one whose "by" names no state and no armed force ("assassinated by a student").
  if ((agent.how === "none" || agent.how === "passive") && BY_NO_FORCE(text.slice(cue.end, cue.end + 80))) return null;
  return `${agent.how}+any`;
}
const HELP_AFTER = compileTest(NAMED_AS_HELP[0]);
const BY_NO_FORCE = compileTest(BY_NO_FORCE_AFTER[0]);
const SUBJECT_BEFORE = compileTest(NAMED_SUBJECT_BEFORE[0]);

/** An act a row's text reports that counts for the row: its sentence, cue, who did it and why it counts. */
export interface Act {
  sentence: Sentence;
  /** The sentence's prose. */
  text: string;
  cue: CueMatch;
  agent: Agent;
  /** Every actor the sentence names. */
  mentions: readonly Mention[];
  /** Why it counts: the agent's `how`, `actor:backing`, `actor:client`, or with `+any` / `+foreign` in an article about no one power. */
  how: string;
}

/**
 * The acts of a row (a dated section or list item) that count for it, in order (see
 * extractMethods for when an act counts).
 * @example countedActs(doc, sentences, rows[0], castOf(doc)).map((a) => a.cue.method) // ["invasion"]
 */
export function countedActs(doc: Document, sentences: readonly Sentence[], intervention: Intervention, cast: Cast): Act[] {
  const power = cast.title.power;
  const acts: Act[] = [];
  let client = false;
  // Today's countries of the targets (the places pass may not have run yet).
  const targetIso = intervention.target_iso3.length ? intervention.target_iso3 : intervention.targets.flatMap((t) => maybePlace(t)?.iso3 ?? []);
  const inSection = isSorted(sentences) ? startingWithin(sentences, intervention.start, intervention.end) : sentences.filter((s) => s.start >= intervention.start && s.start < intervention.end);
  // A dated heading names its episode ("1873: The conquest of Khiva", "First Anglo-Afghan War,
  // 1838–1842"): its words are read as the row's first sentence.
  const heading = intervention.rule.startsWith("heading:") ? doc.headings[intervention.heading] : undefined;
  const title: Sentence | null = heading ? {index: -1, start: heading.start, end: heading.end, line: heading.line, block: -1, section: heading.index, text: heading.text} : null;
  // A list of one power's operations ("Timeline of United States military operations", "Foreign
  // interventions by France"): each item is one of the power's, told in its opening words.
  const operationsList = power !== null && !heading && OPERATIONS_LIST_RULES.has(cast.title.rule);
  for (const sentence of title ? [title, ...inSection] : inSection) {
    // A sentence without a cue changes nothing: its actors need not be read.
    const reading = readSentence(doc, sentence);
    if (!reading) {
      // "2000 – Sierra Leone: Operation Palliser": an item of a list of one power's operations that
      // names an operation and no act is that operation, the power's (OPERATION_NAMED).
      if (operationsList && opensListItem(doc, sentences, sentence)) {
        const text = doc.prose.slice(sentence.start, sentence.end);
        const m = OPERATION_IN_ITEM.exec(text);
        if (m) acts.push({sentence, text, cue: {start: m.index, end: m.index + m[0].length, method: OPERATION_NAMED[1], rule: "method:operation-named"}, agent: {mentions: [], how: "none"}, mentions: [], how: "actor:list"});
      }
      continue;
    }
    const {text, cues: found, clientCues} = reading;
    const mentions = readMentions(reading, cast);
    const backed = power !== null && mentions.some((m) => m.backs && isPower(m, power));
    const targetSide = (m: Mention) => m.iso3 !== null && m.members.length === 1 && targetIso.includes(m.iso3) && (power === null || !isPower(m, power));
    // Client cues: the power set up or props up the government acting later in the section.
    if (power) {
      for (const {start, end} of clientCues) {
        const agent = resolveAgent(text, mentions, {start, end, method: "client"});
        if (agent.mentions.some((a) => isPower(a, power)) || backed) client = true;
      }
    }
    // An upheaval told with no agent before the power's act in the same sentence ("Yaqub Khan was
    // forced to abdicate after British troops occupied Kabul"): counted once that act is.
    const pending: Act[] = [];
    const before = acts.length;
    for (let k = 0; k < found.length; k++) {
      const cue = found[k];
      // "War" names a conflict in a list item's title ("Trojan War"); in prose it is seldom an act.
      if (WAR.test(text.slice(cue.start, cue.end)) && sentence !== title && !opensListItem(doc, sentences, sentence)) continue;
      if (namesOtherYear(text, cue, intervention)) continue;
      let agent = readAct(reading, cast, k, {doc, sentences, sentence});
      if (!agent) continue;
      let how: string | null = null;
      if (!power) {
        how = countsInMany(agent, cue, text, cast, targetIso, mentions.some((m) => m.backs && m.members.length > 0));
        // "… Wolseley's force routed Urabi's army, and Tewfik was restored to his authority": an
        // upheaval told with no agent after a named state's act in the row is that state's.
        if (!how && agent.how === "passive" && PASSIVE_AFTER_ACT_METHODS.includes(cue.method)) {
          const last = acts.findLast((a) => a.agent.mentions.some((m) => m.members.length));
          if (last) {
            agent = last.agent;
            how = "actor:passive-after-act";
          }
        }
      }
      else if (agent.mentions.some((m) => isPower(m, power))) how = agent.how;
      // A power's article titles its own episodes: an act its heading names with no one else's name is the power's.
      else if (sentence === title && !agent.mentions.length && agent.how !== "adjectival") how = "actor:heading";
      // So does a list of its operations each item's opening words: "1986 – Libya: air strikes on Tripoli" (a noun, not "the rebels seized …").
      else if (operationsList && !agent.mentions.length && agent.how !== "governed" && agent.how !== "adjectival" && agent.how !== "passive" && agent.how !== "suffered" && !FINITE_VERB(text.slice(cue.start, cue.end)) && !PURPOSE(text.slice(cue.start, cue.end)) && opensListItem(doc, sentences, sentence)) how = "actor:list";
      else if (!agent.mentions.length && !SUBJECT_NAMED_ELSEWHERE.has(agent.how) && isCommander(text.slice(0, cue.start), cast)) how = "actor:commander";
      else if (!agent.mentions.length && !SUBJECT_NAMED_ELSEWHERE.has(agent.how) && forcesOpen(text, cue.start)) how = "actor:forces";
      // "Bokassa was deposed in Operation Barracuda": an operation named as the means of a passive act is the power's.
      else if ((agent.how === "passive" || (agent.how === "none" && !agent.mentions.length)) && OPERATION_MEANS(text.slice(cue.end, cue.end + 120))) how = "actor:operation";
      // "The invasion ended the rule of the Council": a bare noun act opening a sentence of a dated row of the power's article, naming no one, is the power's.
      else if (heading && retellsRowAct(text, cue, agent, mentions, power)) how = "actor:row-act";
      // "… and ended the rule of the Council": a verb whose subject is that noun act is the power's too.
      else if (agent.how === "none" && !agent.mentions.length && acts.length && acts[acts.length - 1].sentence === sentence && acts[acts.length - 1].how === "actor:row-act" && FINITE_VERB(text.slice(cue.start, cue.end))) how = "actor:row-act";
      // "The sultan crossed the Sava and destroyed the Hungarian army": the power's ruler by title, no state named before the act.
      else if (!agent.mentions.length && !SUBJECT_NAMED_ELSEWHERE.has(agent.how) && opensWithRulerOf(power, text, cue.start, mentions)) how = "actor:ruler-title";
      // An operation the sentence opens with is the power's, where no state is named before the cue.
      else if (!agent.mentions.length && agent.how === "none" && OPERATION_OPENS(text.slice(0, cue.start)) && !mentions.some((m) => m.start < cue.start && m.role !== "pronoun")) how = "actor:operation";
      // A power's article tells its own acts: "the islands were annexed", "Mosaddegh was overthrown" with no "by …".
      else if (agent.how === "passive" && PASSIVE_POWER_METHODS.includes(cue.method)) how = "actor:passive-power";
      // So is one told as a noun with no one's name: "The war ended with the restoration of the Regent".
      else if ((agent.how === "passive" || (agent.how === "none" && !agent.mentions.length && DONE_TO_RULER.test(text.slice(cue.start, cue.end)))) && PASSIVE_AFTER_ACT_METHODS.includes(cue.method)) {
        if (acts.some((a) => a.how !== "actor:passive-after-act" && a.cue.method !== cue.method)) how = "actor:passive-after-act";
        // "Amanullah was forced into exile after a British-backed rebellion": the power backed it.
        else if (BACKED_METHODS.includes(cue.method) && backed) how = "actor:backing";
        else pending.push({sentence, text, cue, agent, mentions, how: "actor:passive-after-act"});
      }
      else if (agent.how !== "governed" && BACKED_METHODS.includes(cue.method) && backed) how = "actor:backing";
      else if (agent.how !== "governed" && CLIENT_METHODS.includes(cue.method) && client && agent.mentions.every(targetSide)) how = "actor:client";
      // "Marines landed in Beirut to support President Chamoun": a purpose names no actor of its
      // own; it is the act's before it in the clause, when that one counted.
      else if (!agent.mentions.length) {
        const last = acts.length ? acts[acts.length - 1] : null;
        if (last && last.sentence === sentence && last.how !== "actor:commander" && last.how !== "actor:heading" && servesAct(text, last.cue, cue)) how = "actor:purpose";
      }
      if (!how) continue;
      if (cue.method === "coup") client = true;
      acts.push({sentence, text, cue, agent, mentions, how});
    }
    if (pending.length && acts.slice(before).some((a) => !PASSIVE_AFTER_ACT_METHODS.includes(a.cue.method))) {
      for (const act of pending) {
        if (act.cue.method === "coup") client = true;
        acts.push(act);
      }
    }
  }
  return acts;
}

/** Agents whose subject is named, or undergoes the act, elsewhere than a commander or unnamed forces would be. */
const SUBJECT_NAMED_ELSEWHERE = new Set(["governed", "adjectival", "passive", "other-subject"]);
/** A possessive right before a cue, with one word between at most ("Gaddafi's overthrow", "Kuchik's brief occupation"). */
const POSSESSIVE_BEFORE = /['’]s\s+(?:[\p{L}-]+\s+)?$/u;
/** The possessor's own link to the cue: "'s " and one word at most. */
const POSSESSOR_LINK = /^['’]s\s+(?:[\p{L}-]+\s+)?$/u;

/**
 * Whether a bare noun act opening a sentence, naming no one, is the row's own act told again
 * ("The invasion ended the rule of the Council", "The 1940 annexation of the three republics …",
 * "Gaddafi's overthrow followed …"): the sentence names no other state as a subject, and a
 * possessive before the noun is its actor unless the noun is one its possessor underwent.
 */
function retellsRowAct(text: string, cue: CueMatch, agent: Agent, mentions: readonly Mention[], power: Power | null): boolean {
  if ((agent.how !== "none" && agent.how !== "suffered") || agent.mentions.length) return false;
  const quote = text.slice(cue.start, cue.end);
  const before = text.slice(0, cue.start);
  if (!POSSESSED_SUFFERS(quote) && !(NOMINAL_CUE.test(quote) && !POSSESSIVE_BEFORE.test(before))) return false;
  if (!OPENED_BY_ACT(before) || !ACT_SUBJECT(text.slice(cue.end, cue.end + 20))) return false;
  return !mentions.some((m) => m.role === "subject" && !(power && isPower(m, power)) && !(m.end <= cue.start && POSSESSOR_LINK.test(text.slice(m.end, cue.start))));
}

const RULER_OPENER = new RegExp(RULER_OPENS[0].source, RULER_OPENS[0].flags);
/**
 * Whether the sentence's subject is the power's ruler by title ("The sultan …" in an article on
 * the Ottoman Empire: RULER_TITLES) and the act at `start` is in its first clause, with no state
 * named before it.
 */
function opensWithRulerOf(power: Power, text: string, start: number, mentions: readonly Mention[]): boolean {
  if (text.lastIndexOf(";", start) !== -1 || mentions.some((m) => m.start < start && m.role !== "pronoun")) return false;
  return rulerTitleOf(power, text) !== null;
}

/** The power's ruler's title a sentence opens with, and where it stands (RULER_OPENS, RULER_TITLES), or null. */
function rulerTitleOf(power: Power, text: string): {title: string; at: number} | null {
  const m = RULER_OPENER.exec(text);
  const title = m?.groups?.title;
  if (!m || !title || !RULER_TITLES.some(([pattern, iso3]) => power.iso3.includes(iso3) && pattern.test(title))) return null;
  return {title, at: m.index + m[0].length - title.length};
}

/** Whether a noun cue is dated by a year outside the row's years ("the 1727 siege" in the row of 1730): another episode. */
function namesOtherYear(text: string, cue: CueMatch, row: Intervention): boolean {
  if (!NOMINAL_CUE.test(text.slice(cue.start, cue.end))) return false;
  const year = YEAR_BEFORE_CUE[0].exec(text.slice(Math.max(0, cue.start - 30), cue.start))?.groups?.year;
  if (!year) return false;
  const y = Number(year);
  return y < row.start_year || y > (row.end_year ?? Infinity);
}

/** Between two nouns of acts told as one: " and ", ", ". */
const JOINED_NOUNS = /^(?:\s+and|,)\s+$/;
const POSSESSED = compileTest(POSSESSED_FORCES[0]);
const POSSESSIVE = /^(?:his|her|their|its)$/i;
/** A possessive pronoun before forces ("its bombers"): whose forces acted (POSSESSED_FORCES). */
function possessesForces(text: string, m: {text: string; end: number}): boolean {
  return POSSESSIVE.test(m.text) && POSSESSED(text.slice(m.end, m.end + 40));
}
const OPERATION_IN_ITEM = new RegExp(OPERATION_NAMED[0].source, OPERATION_NAMED[0].flags.replace("g", ""));
const DONE_TO_RULER = new RegExp(DEPOSITION_NOUN[0].source, DEPOSITION_NOUN[0].flags);

/** The title rules (`readTitle`) of a list of one power's operations. */
const OPERATIONS_LIST_RULES = new Set([...OPERATIONS_LIST_SHAPES].map((example) => `title:power:${example}`));

/** Whether a sentence opens a list item (its first sentence: the item's title). */
function opensListItem(doc: Document, sentences: readonly Sentence[], sentence: Sentence): boolean {
  if (doc.blocks[sentence.block]?.kind !== "list-item") return false;
  const i = indexOfSentence(sentences, sentence);
  return i <= 0 || sentences[i - 1].block !== sentence.block;
}

const STRIFE = compileTest(INTERNAL_STRIFE[0]);
const PURPOSE = compileTest(PURPOSE_CUE[0]);
/** What ends the clause of an act: a semicolon, or a comma before a new subject's "while"/"but". */
const NEW_CLAUSE = /;|,\s+(?:while|but|whereas|although)\b/;

/**
 * Whether `cue` is the purpose of the act `before` it in the same clause, and so that act's
 * actor's ("landed in Beirut to support President Chamoun", "ordered American forces to support
 * the South Korean regime"): a purpose names no actor of its own.
 * @example servesAct("Marines landed in Beirut to support Chamoun", {start: 8, end: 17}, {start: 25, end: 35}) // true
 */
export function servesAct(text: string, before: {start: number; end: number}, cue: {start: number; end: number}): boolean {
  // The act's cue may end on the purpose's "to" ("ordered … forces to" / "to support").
  return before.start < cue.start && before.end <= cue.end && PURPOSE(text.slice(cue.start, cue.end)) && !NEW_CLAUSE.test(text.slice(Math.min(before.end, cue.start), cue.start));
}
const FORCES = compileTest(FORCES_SUBJECT[0]);
const COMMANDER = new RegExp(`(?<=${COMMANDER_SUBJECT[0].source.replace(/\$$/, "")})$`, "uy");
/**
 * Whether the clause before a cue opens with a person's name that is no state, place or leader
 * of another state, and that the document writes mid-sentence too (a name, not "Troops").
 */
function isCommander(before: string, cast: Cast): boolean {
  COMMANDER.lastIndex = before.length;
  const name = COMMANDER.exec(before)?.groups?.name;
  return !!name && cast.names().has(name) && !findStates(name).length && !maybePlace(name) && !cast.leaders.has(name);
}

/**
 * Labels every intervention with the methods its section's sentences describe, and returns
 * the cue behind every label (several per label where several sentences say it). In an
 * article about one power (its title names it: "Soviet involvement in regime change"), a cue
 * counts when the sentence ties the act to that power: the power (or a coalition it was in)
 * acted; for `coup` and `covert`, the power backed the act ("with Soviet support"); for
 * `election` and `covert`, a government the power had installed acted (after a coup or a
 * client cue such as "pressured the king into appointing" in the same section). In an article
 * about a war, a place or a list of conflicts, every state's act counts (countsInMany).
 * Negated cues ("a planned invasion") and acts a pact permits never count. Sets
 * `intervention.methods`.
 *
 * @example
 * const cues = extractMethods(doc, splitSentences(doc), interventions);
 * interventions[5].methods // ["invasion", "annexation"]
 * cues[0] // {document, order: 1, method: "invasion", quote: "invaded", sentence: "The Bolsheviks … invaded Mongolia in August 1921 …", rule: "method:invasion#1+actor:subject"}
 */
export function extractMethods(doc: Document, sentences: readonly Sentence[], interventions: readonly Intervention[], options: MethodOptions = {}): MethodCue[] {
  const cast = options.cast ?? castOf(doc);
  // Every sentence's cues are read now, one after another (the events pass reads every sentence
  // anyway, and readSentence keeps them for this document): run back to back, the cue table's
  // scan and patterns stay in the processor's caches, where read section by section amid the
  // other work they ran about half as fast.
  // Likewise the actors of every sentence with a cue (the events pass reads each of its acts).
  const readings: Reading[] = [];
  for (const sentence of sentences) {
    const reading = readSentence(doc, sentence);
    if (reading?.cues.length) readings.push(reading);
  }
  for (const reading of readings) readMentions(reading, cast);
  // Likewise what keeps each cue from being an act, test by test (readAct asks of every cue).
  readBlocks(readings);
  const cues: MethodCue[] = [];
  for (const intervention of interventions) {
    const labels = new Set<Method>();
    for (const {sentence, cue, how} of countedActs(doc, sentences, intervention, cast)) {
      labels.add(cue.method);
      const start = sentence.start + cue.start;
      const end = sentence.start + cue.end;
      cues.push({
        document: doc.slug,
        order: intervention.order,
        method: cue.method,
        line: lineAt(doc.lineStarts, start),
        start,
        end,
        quote: doc.text.slice(start, end),
        sentence: sentence.text,
        rule: `${cue.rule}+${how}`,
      });
    }
    intervention.methods = METHODS.filter((m) => labels.has(m));
  }
  return cues;
}
