/**
 * extractEvents: dated (or undated) acts in prose → events, for documents with or without
 * dated headings. An event is a method cue (rules/methods.ts) whose actor the sentence names
 * (any actor: "Germany invaded Poland" is Germany's event), with the date its clause gives,
 * the target it names and the sentence it came from.
 */
import type {Block, Document, Event, Intervention, Sentence} from "../types.ts";
import {CARRIED_ACT, COORDINATED_ACTS, EQUIPMENT_AFTER, FORCES_HIT, FORCES_HIT_MORE, BASES_LENT, HELPED_BEFORE, MUTUAL_ACT, PERMITTED_BEFORE} from "../rules/methods.ts";
import {COUNTRY_NAME_BY_ISO3} from "../rules/actors.ts";
import {STATE_NAME_WORDS} from "../rules/places.ts";
import {CLAUSE_BREAK, DATE_ADVERBIAL, DATE_PATTERNS, END_DATE, MONTHS, PACT_DATE_AFTER, PACT_DATE_BEFORE, TIME_SUBORDINATOR} from "../rules/dates.ts";
import {lineAt} from "../parse/document.ts";
import {WAR, readAct, readMentions, readSentence, resolveAgent, scanMentions, servesAct, type Agent} from "./methods.ts";
import {castOf, titleSetting, type Cast} from "./actors.ts";
import {collectMatches, compileRules, compileTest, findPlaces, maybePlace, sortFew, type PlaceMention} from "./places.ts";
import {interventionAt} from "./interventions.ts";
import {targetsOfAct} from "./targets.ts";

/** A date named in prose, by offsets into the document text. */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** The year the text gives, else the year of the nearest date before it in the same paragraph, else null. */
  year: number | null;
  /** True when the year was taken from an earlier date in the paragraph. */
  inherited: boolean;
  month: number | null;
  day: number | null;
  /** `YYYY-MM-DD`, `YYYY-MM`, or `""` (a year alone, or no year known). */
  iso: string;
  rule: string;
}

// Rule patterns compiled once, at load: the date patterns as one table (compileRules: only those
// whose words a text has are run), a test for the others (compileTest: the `…$` ones run
// backwards from the end of the text, not from every start).
const matchDates = compileRules(DATE_PATTERNS.map(([pattern]) => pattern));
const AFTER_PACT = compileTest(PACT_DATE_BEFORE[0]);
const BEFORE_PACT = compileTest(PACT_DATE_AFTER[0]);
const AFTER_UNTIL = compileTest(END_DATE[0]);
const AT_OTHER_TIME = compileTest(TIME_SUBORDINATOR[0]);
const ONLY_A_DATE = compileTest(DATE_ADVERBIAL[0]);
/** A mutual act: both parties act on each other ("exchanged fire", "clashed", "skirmished with each other"). */
/** Forces after a victim's name: "struck Libyan tanks", "attacked Soviet positions". */
const FORCES_HIT_FIRST = compileTest(FORCES_HIT[0]);
const FORCES_HIT_SECOND = compileTest(FORCES_HIT_MORE[0]);
const FORCES_AFTER = (text: string): boolean => FORCES_HIT_FIRST(text) || FORCES_HIT_SECOND(text);
/** A name in a hyphenated compound ("the pro-Soviet government") says whose side, not whose land. */
const HYPHEN_BEFORE = /[-‐–]$/;
/** What a cue was aimed at, after it: "airstrikes against Egyptian airfields", "intervened in the Lebanese Civil War". */
const AIMED_AT = /^\s+(?:on|against|upon|at|in)\s+(?:the\s+)?$/;
/** A name that says it is a state's: "Kingdom of Hawaii" (STATE_NAME_WORDS). */
const FORMER_STATE = compileTest(STATE_NAME_WORDS[0]);
/** Between an aid cue and the side it helps: " the " ("to fight alongside the South Vietnamese"), " to the " ("handed over … weapons to the Chinese Communists"). */
const HELPED_AFTER = /^\s+(?:to\s+|for\s+)?(?:the\s+)?$/;
/** Whose make the arms are, not whom they help: "handed over captured Japanese weapons". */
const MAKERS_OF = compileTest(EQUIPMENT_AFTER[0]);
const PERMITTED = (before: string) => PERMITTED_BEFORE[0].test(before);
const LENDS_BASES = (quote: string) => BASES_LENT[0].test(quote);
const HELPED_NAMED_BEFORE = compileTest(HELPED_BEFORE[0]);
/** Between the side helped and the aid: " with " ("provided Hanoi with military aid"). */
const WITH_BETWEEN = /^\s+with\s+(?:[\p{L}-]+\s+){0,2}$/u;
/** A cue that ends with the preposition of what it hit: "an attack on", "a raid against". */
const ENDS_WITH_PREPOSITION = /\s(?:on|against|upon|at|in)$/;
/** What joins two acts of one actor: " Uganda and " (the second names no place of its own). */
const COORDINATED_ACT = compileTest(COORDINATED_ACTS[0]);
const MUTUAL = compileTest(MUTUAL_ACT[0]);
const CARRIED = new RegExp(CARRIED_ACT[0].source, CARRIED_ACT[0].flags.replace("g", "") + "d");
const pad = (n: number) => String(n).padStart(2, "0");
/** The items without repeats, in order: `[...new Set(items)]` for the few items of one event, without a Set. */
const unique = <T>(items: T[]): T[] => items.filter((item, i) => items.indexOf(item) === i);

/**
 * Every date in `text` (one paragraph), in order. A date without a year takes the year of the
 * nearest date before it in the same text ("… on September 1, 1939 … waited until September 17"
 * → 1939-09-17); with none before, its year stays null.
 * @param offset added to every offset (the paragraph's start in the document)
 * @example findDates("Germany invaded Poland on September 1, 1939 … Stalin waited until September 17").map((d) => d.iso) // ["1939-09-01", "1939-09-17"]
 */
export function findDates(text: string, offset = 0): DateMention[] {
  const spans: {start: number; end: number; m: RegExpMatchArray; rule: string}[] = [];
  for (const {rule: k, matches} of matchDates(text)) {
    const rule = DATE_PATTERNS[k][1];
    for (const m of matches) {
      const start = m.index;
      const end = start + m[0].length;
      if (spans.some((s) => start < s.end && end > s.start)) continue;
      spans.push({start, end, m, rule});
    }
  }
  sortFew(spans, (a, b) => a.start - b.start);
  const dates: DateMention[] = [];
  let lastYear: number | null = null;
  for (const {start, end, m, rule} of spans) {
    const g = m.groups ?? {};
    const month = g.month ? MONTHS[g.month.replace(/\.$/, "").toLowerCase()] ?? null : null;
    const day = g.day ? +g.day : null;
    if (day !== null && (day < 1 || day > 31)) continue;
    const given = g.year ? +g.year : null;
    const year = given ?? lastYear;
    if (given !== null) lastYear = given;
    const iso = year === null || month === null ? "" : day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
    dates.push({start: offset + start, end: offset + end, text: m[0], year, inherited: given === null && year !== null, month, day, iso, rule: given === null && year !== null ? `${rule}+year:inherited` : rule});
  }
  return dates;
}

/** Whether a date names when a pact, treaty, conference or election happened rather than the act. */
function isPactDate(text: string, start: number, end: number): boolean {
  return AFTER_PACT(text.slice(Math.max(0, start - 60), start)) || BEFORE_PACT(text.slice(end, end + 60));
}

/** Clauses of a sentence for dating, with date spans kept whole and a leading date adverbial joined to the next clause. */
function clauses(text: string, dates: readonly {start: number; end: number}[]): {start: number; end: number; adverbial?: boolean}[] {
  const cuts: {start: number; end: number}[] = [];
  for (const m of collectMatches(CLAUSE_BREAK, text)) {
    const at = m.index;
    if (dates.some((d) => at >= d.start && at < d.end)) continue;
    cuts.push({start: at, end: at + m[0].length});
  }
  const parts: {start: number; end: number}[] = [];
  let from = 0;
  for (const c of cuts) {
    parts.push({start: from, end: c.start});
    from = c.end;
  }
  parts.push({start: from, end: text.length});
  // "On 17 September 1939, the Soviet Union invaded …": the adverbial dates the next clause.
  const masked = (p: {start: number; end: number}) => {
    let s = text.slice(p.start, p.end);
    for (const d of sortFew([...dates], (a, b) => b.start - a.start)) if (d.start >= p.start && d.end <= p.end) s = s.slice(0, d.start - p.start) + "\u0000" + s.slice(d.end - p.start);
    return s;
  };
  const merged: {start: number; end: number; adverbial?: boolean}[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (i + 1 < parts.length && ONLY_A_DATE(masked(parts[i]))) {
      merged.push({start: parts[i].start, end: parts[i + 1].end, adverbial: true});
      i++;
    } else merged.push(parts[i]);
  }
  return merged.filter((p) => p.end > p.start);
}

/**
 * A date in a sentence: `local`, its offsets into the sentence; `pact`, it dates a pact, not an
 * act (isPactDate); `afterUntil`, "until" comes right before it (END_DATE).
 */
type SentenceDate = DateMention & {local: {start: number; end: number}; pact: boolean; afterUntil: boolean};

/** The date of the act at `cue` in a sentence: the nearest date in its clause; else a date opening the sentence, unless the clause is set at another time. */
function dateFor(
  text: string,
  cue: {start: number; end: number},
  dates: readonly SentenceDate[],
  parts: readonly {start: number; end: number; adverbial?: boolean}[],
): (DateMention & {how: string}) | null {
  const usable = dates.filter((d) => !d.pact && !(d.local.start >= cue.end && d.afterUntil));
  const clause = parts.find((p) => cue.start >= p.start && cue.start < p.end) ?? {start: 0, end: text.length};
  const inClause = usable.filter((d) => d.local.start >= clause.start && d.local.end <= clause.end);
  if (inClause.length) {
    const distance = (d: (typeof dates)[number]) => (d.local.end <= cue.start ? cue.start - d.local.end : Math.max(0, d.local.start - cue.end));
    // The nearest; of two as near, the first (as a stable sort by distance would put it).
    const best = inClause.reduce((a, b) => (distance(b) < distance(a) ? b : a));
    return {...best, how: "clause"};
  }
  // A date opening the sentence ("In 1934, … crossed the border") dates every clause not set at another time.
  const first = parts[0];
  if (first && first !== clause && !AT_OTHER_TIME(text.slice(clause.start, clause.end))) {
    const opening = usable.find((d) => d.local.start >= first.start && d.local.end <= first.end && (first.adverbial || d.local.start - first.start < 12));
    if (opening) return {...opening, how: "sentence"};
  }
  return null;
}

/** Options for {@link extractEvents}. */
export interface EventOptions {
  /** Dated sections of the document: an event in one without a named target takes the section's targets. */
  interventions?: readonly Intervention[];
  /** Who acts in the document; default: castOf(doc) (its title and the leaders it names). */
  cast?: Cast;
}

/**
 * Every act a sentence reports with a named actor, as an event: its date (ISO where the text
 * gives the day) or year where the text gives one, the actor (any actor, not only the article's
 * power), the method its cue maps to, the target and the sentence. A date without a year takes
 * the year of the nearest date before it in the same paragraph; an event whose text gives no
 * year keeps an empty year. Negated or intended acts ("a planned invasion"), acts a pact permits,
 * nouns governed by a preposition ("during the invasion") and cues with no named actor are left
 * out; a pact, treaty or conference is never an event. One event per sentence, actor and method.
 *
 * @example
 * extractEvents(doc, splitSentences(doc))
 * // [{date: "1939-09-01", year: 1939, actor: "Germany", method: "invasion", target: "Poland", target_iso3: ["POL"], …},
 * //  {date: "1939-09-17", year: 1939, actor: "Soviet Union", method: "invasion", target: "Poland", …}]
 */
export function extractEvents(doc: Document, sentences: readonly Sentence[], options: EventOptions = {}): Event[] {
  const cast = options.cast ?? castOf(doc);
  const power = cast.title.power;
  // The state whose civil war or revolution the article is about ("Angolan Civil War").
  const titleState = cast.title.shape === "internal" && cast.title.named.length === 1 ? cast.title.named[0] : null;
  // The one state the title sets its acts in ("Turkish invasion of Cyprus", "2003 invasion of Iraq").
  const titlePlace = titleSetting(cast.title);
  // The two parties of a war or conflict its title names ("Soviet–Afghan War").
  const titleParties = cast.title.shape === "many" && cast.title.named.length === 2 ? cast.title.named : null;
  const interventions = options.interventions ?? [];
  const datesByBlock = new Map<number, DateMention[]>();
  const datesOf = (block: number): DateMention[] => {
    let dates = datesByBlock.get(block);
    if (!dates) {
      const b: Block = doc.blocks[block];
      dates = findDates(doc.prose.slice(b.start, b.end), b.start);
      datesByBlock.set(block, dates);
    }
    return dates;
  };
  // Today's countries of a section's targets, found once per section (the places pass may not have run).
  const iso3BySection = new Map<Intervention, string[]>();
  const sectionIso3 = (section: Intervention): string[] => {
    let iso3 = iso3BySection.get(section);
    if (!iso3) {
      iso3 = section.target_iso3.length ? section.target_iso3 : [...new Set(section.targets.flatMap((t) => maybePlace(t)?.iso3 ?? []))];
      iso3BySection.set(section, iso3);
    }
    return iso3;
  };
  const events: Event[] = [];
  // The sentence before, its first cue's method and the events it gave (CARRIED_ACT).
  type Told = {sentence: Sentence; method: string; events: Event[]};
  let before = null as Told | null;
  for (const sentence of sentences) {
    // The methods pass has read most sentences already (readSentence keeps them).
    const reading = readSentence(doc, sentence);
    // "It was instigated by the United States": who did the act the sentence before told.
    const previous: Told | null = before;
    before = null;
    if (previous && previous.sentence.block === sentence.block) {
      const carried = carriedAct(doc, sentence, previous, cast, titleState, (s) => datesOf(s.block).find((d) => d.start >= s.start && d.end <= s.end && d.year !== null) ?? null);
      if (carried.length) events.push(...carried);
    }
    if (!reading?.cues.length) continue;
    const first = events.length;
    const {text, cues} = reading;
    // The places, dates and clauses of the sentence, read when a cue first needs them (most cues have no actor).
    let setting: {places: PlaceMention[]; dates: SentenceDate[]; parts: ReturnType<typeof clauses>} | null = null;
    const readSetting = () => {
      if (setting) return setting;
      // What a date is does not depend on the cue: read once per sentence.
      const dates: SentenceDate[] = datesOf(sentence.block)
        .filter((d) => d.start >= sentence.start && d.end <= sentence.end)
        .map((d) => {
          const start = d.start - sentence.start;
          const end = d.end - sentence.start;
          return {...d, local: {start, end}, pact: isPactDate(text, start, end), afterUntil: AFTER_UNTIL(text.slice(Math.max(0, start - 40), start))};
        });
      return (setting = {places: findPlaces(text), dates, parts: clauses(text, dates.map((d) => d.local))});
    };
    const seen: string[] = [];
    // The last act of the sentence that named its actor: a purpose after it is its actor's.
    let told: {cue: {start: number; end: number}; agent: Agent} | null = null;
    for (let k = 0; k < cues.length; k++) {
      const cue = cues[k];
      // The methods pass has resolved most of these already (readAct keeps them).
      let agent = readAct(reading, cast, k, {doc, sentences, sentence});
      if (!agent) continue;
      if (!agent.mentions.length && told && servesAct(text, told.cue, cue)) agent = {mentions: told.agent.mentions, how: "actor:purpose"};
      if (agent.mentions.length) told = {cue, agent};
      // "The Soviet–Afghan War began …": a war named after its two sides tells no one's act on
      // the other (gold/README.md: "X–Y War" as a bare name gives no event).
      if (WAR.test(text.slice(cue.start, cue.end)) && agent.mentions.some((m) => m.source === "state:joint")) continue;
      const actors = unique(agent.mentions.map((m) => m.actor).filter(Boolean));
      if (!actors.length) continue;
      const actor = actors.join(";");
      // A coalition (Allies, Axis) names no one country: its members' codes are not guessed; a
      // joint actor ("Anglo-Dutch") names each of its states.
      const actorIso3 = unique(agent.mentions.flatMap((m) => (m.iso3 === null ? [] : m.members)));
      // One event per actor, method and target in a sentence ("invaded and occupied the
      // Falkland Islands" is one; "…, followed by the invasion of South Georgia" another): the
      // target is added to the key below. A mutual act's parties are keyed by actor and method only.
      let key = `${actor}|${cue.method}`;
      if (seen.includes(key)) continue;
      const {places, dates, parts} = readSetting();
      const date = dateFor(text, cue, dates, parts);
      let {places: targets, how: targetHow} = targetsOfAct(text, cue, places, agent.mentions, cue.method);
      // Bases lent help the side let in, whatever place they are at.
      if (cue.method === "military_aid" && targets.length && LENDS_BASES(text.slice(cue.start, cue.end))) targets = [];
      // An act that names no target of its own adds nothing to one of the same actor and method
      // ("entered Austria and captured Vienna": Vienna is no known place).
      if (!targets.length && seen.some((k) => k.startsWith(`${key}|`))) continue;
      let names = targets.map((p) => p.text);
      let iso3 = unique(targets.flatMap((p) => p.iso3));
      const start = sentence.start + cue.start;
      const end = sentence.start + cue.end;
      const eventOf = (actorNames: string, actorCodes: string[], targetNames: string, targetCodes: string[], targetRule: string): Event => ({
        document: doc.slug,
        date: date?.iso ?? "",
        year: date?.year ?? null,
        actor: actorNames,
        actor_iso3: actorCodes,
        method: cue.method,
        target: targetNames,
        target_iso3: targetCodes,
        line: lineAt(doc.lineStarts, start),
        start,
        end,
        sentence: sentence.text,
        rule: [cue.rule, agent.how, date ? `${date.rule}+date:${date.how}` : "date:none", targetRule].join("+"),
      });
      // "India and Pakistan exchanged fire": each party to a mutual act acts on the others.
      const parties = agent.mentions.filter((m) => m.iso3 !== null && m.members.length === 1);
      if (!names.length && new Set(parties.map((m) => m.iso3)).size >= 2 && MUTUAL(text.slice(cue.start, cue.end + 20))) {
        seen.push(key);
        for (const party of parties) {
          const others = parties.filter((m) => m.iso3 !== party.iso3);
          events.push(eventOf(party.actor, [party.iso3!], others.map((m) => m.actor).join(";"), unique(others.map((m) => m.iso3!)), "target:mutual"));
        }
        continue;
      }
      // "struck Libyan tanks": the state whose forces the act hit, named right after the cue — or
      // after the cue's own preposition ("launched an attack on Egyptian airfields"); a name that
      // says whose land ("bombed Pakistani villages") is whose the villages are.
      // (Also beside a place the act names: "airstrikes against Iranian targets in Syria" hit Iran's forces in Syria.)
      {
        const onWhat = ENDS_WITH_PREPOSITION.test(text.slice(cue.start, cue.end));
        const hit = readMentions(reading, cast).find((m) => (m.role === "victim" || m.role === "subject" || (m.role === "compound" && !HYPHEN_BEFORE.test(text.slice(0, m.start))) || onWhat || AIMED_AT.test(text.slice(cue.end, m.start))) && m.start >= cue.end && m.start - cue.end <= 12 && m.iso3 !== null && m.members.length === 1 && !actorIso3.includes(m.iso3) && FORCES_AFTER(text.slice(m.end, m.end + 30)));
        if (hit && !names.length) {
          names = [COUNTRY_NAME_BY_ISO3.get(hit.iso3!) ?? hit.actor];
          iso3 = [hit.iso3!];
          targetHow = "target:forces";
        } else if (hit && !iso3.includes(hit.iso3!)) {
          // (A place of the actor's own with the forces it hit there is the forces' state's: "attacked Israeli columns in the Sinai".)
          const own = agent.mentions.every((m) => m.source === "state:country") && iso3.every((c) => actorIso3.includes(c));
          names = own ? [COUNTRY_NAME_BY_ISO3.get(hit.iso3!) ?? hit.actor] : [...names, COUNTRY_NAME_BY_ISO3.get(hit.iso3!) ?? hit.actor];
          iso3 = own ? [hit.iso3!] : [...iso3, hit.iso3!];
          targetHow = own ? "target:forces" : `${targetHow}+target:forces`;
        }
      }
      // "to support the South Korean regime", "to fight alongside the South Vietnamese": aid goes to the side the cue names, or names right after it.
      // (The side let use bases comes before where they are: "allowed UK aircraft use of its port at Dakar" helps the UK.)
      const letIn = cue.method === "military_aid" && readMentions(reading, cast).some((m) => m.start > cue.start && m.end <= cue.end && PERMITTED(text.slice(cue.start, m.start)));
      if ((!names.length || letIn) && cue.method === "military_aid") {
        const named = (m: {start: number; end: number}) => (m.start >= cue.start && !(m.end <= cue.end && MAKERS_OF(text.slice(m.end, m.end + 24)) && !PERMITTED(text.slice(cue.start, m.start))) && m.start <= cue.end + 12 && (m.end <= cue.end || HELPED_AFTER.test(text.slice(cue.end, m.start)))) || (m.end <= cue.start && WITH_BETWEEN.test(text.slice(m.end, cue.start)) && HELPED_NAMED_BEFORE(text.slice(Math.max(0, m.start - 30), m.start)));
        const helped = readMentions(reading, cast).find((m) => named(m) && m.iso3 !== null && m.members.length === 1 && !actorIso3.includes(m.iso3) && m.role !== "pronoun" && !agent.mentions.some((a) => a.start === m.start));
        if (helped) {
          names = [COUNTRY_NAME_BY_ISO3.get(helped.iso3!) ?? helped.actor];
          iso3 = [helped.iso3!];
          targetHow = "target:helped";
        }
      }
      // "invaded Uganda and ousted Idi Amin": a second act of the same actor, joined by "and", names no place of its own.
      if (!names.length) {
        const before = events.length ? events[events.length - 1] : null;
        if (before && before.start >= sentence.start && before.actor === actor && before.target_iso3.length && COORDINATED_ACT(text.slice(before.end - sentence.start, cue.start))) {
          names = before.target.split(";");
          iso3 = [...before.target_iso3];
          targetHow = "target:coordinated";
        }
      }
      const section = interventionAt(interventions, sentence.start);
      if (!names.length && section) {
        // The row's targets but today's actor's own land ("India–Pakistan" rows: India's act is on
        // Pakistan); a state that was ("Kingdom of Hawaii"), or a historical actor ("Adab" on the
        // Fertile Crescent), acts on another state still.
        const modern = agent.mentions.every((m) => m.source === "state:country");
        const actorsLand = (t: string) => modern && !FORMER_STATE(t) && (maybePlace(t)?.iso3 ?? []).every((c) => actorIso3.includes(c));
        const others = section.targets.filter((t) => !actorsLand(t));
        const codes = sectionIso3(section).filter((c) => !modern || !actorIso3.includes(c) || others.some(FORMER_STATE));
        if (others.length && codes.length) {
          names = others;
          iso3 = codes;
          targetHow = "target:section";
        }
      }
      // An article about one state's civil war or revolution ("Angolan Civil War"): a foreign
      // state's act with no named target is done there.
      if (!names.length && titleState && !actorIso3.includes(titleState)) {
        names = [COUNTRY_NAME_BY_ISO3.get(titleState) ?? titleState];
        iso3 = [titleState];
        targetHow = "target:title";
      }
      if (!names.length && titlePlace && !actorIso3.includes(titlePlace)) {
        names = [COUNTRY_NAME_BY_ISO3.get(titlePlace) ?? titlePlace];
        iso3 = [titlePlace];
        targetHow = "target:title-place";
      }
      // A war between the two states its title names ("Soviet–Afghan War", "Iran–Iraq War"): what
      // one party does with no target named is done to the other (as inferTargets does for rows).
      if (!names.length && titleParties && actorIso3.length === 1 && titleParties.includes(actorIso3[0])) {
        const other = titleParties.find((c) => c !== actorIso3[0])!;
        names = [COUNTRY_NAME_BY_ISO3.get(other) ?? other];
        iso3 = [other];
        targetHow = "target:other-party";
      }
      // An act with neither a date nor a target ("covert actions aimed at altering governments") is no event.
      if (!date && !names.length) continue;
      // A place named as both the actor and the target ("allowing the Marinids to keep Gibraltar
      // (Fourth Siege of Gibraltar)") tells no act of one state on another.
      if (names.length && names.every((n) => actors.some((a) => a.toLowerCase() === n.toLowerCase()))) continue;
      // Today's state acting on its own land ("Georgia launched a military operation to retake South
      // Ossetia") acts on no other state; historical states that are one country today did ("Ur conquered Lagash").
      // A row's heading or a state's name ("the Kingdom of Hawaii") is another state that was.
      if (actorIso3.length === 1 && iso3.length && iso3.every((c) => c === actorIso3[0]) && agent.mentions.every((m) => m.source === "state:country") && targetHow !== "target:section" && !names.some(FORMER_STATE)) continue;
      // In an article about one state's civil war, its own parties acting in it do no act on another state.
      if (titleState && actorIso3.every((c) => c === titleState) && iso3.every((c) => c === titleState)) continue;
      // In a power's article the events are the power's acts and the acts done to it (gold/README.md "Who acts").
      if (!concernsPower(power, actorIso3, iso3)) continue;
      key += `|${iso3.join(";")}`;
      if (seen.includes(key)) continue;
      seen.push(key);
      events.push(eventOf(actor, actorIso3, names.join(";"), iso3, targetHow));
    }
    before = {sentence, method: cues[0].method, events: events.slice(first)};
  }
  return events;
}

/** Whether an act is an event of the article: any act where no one power is its subject, else the power's acts and those done to it. */
function concernsPower(power: Cast["title"]["power"], actorIso3: readonly string[], targetIso3: readonly string[]): boolean {
  return !power || actorIso3.some((c) => power.iso3.includes(c)) || targetIso3.some((c) => power.iso3.includes(c));
}

/**
 * The events of a sentence that names who did the act the sentence before told (CARRIED_ACT:
 * "It was instigated by the United States and the United Kingdom"): the agents after "by", the
 * act's method, and the targets its events had (else the state of the article's civil war or
 * coup, else none).
 */
function carriedAct(
  doc: Document,
  sentence: Sentence,
  previous: {sentence: Sentence; method: string; events: readonly Event[]},
  cast: Cast,
  titleState: string | null,
  dateIn: (sentence: Sentence) => DateMention | null,
): Event[] {
  const text = doc.prose.slice(sentence.start, sentence.end);
  const m = CARRIED.exec(text);
  const verb = m?.indices?.groups?.verb;
  if (!m || !verb) return [];
  const agent = resolveAgent(text, scanMentions(text, cast), {start: verb[0], end: verb[1], method: previous.method});
  const actors = agent.mentions.filter((a) => a.iso3 !== null);
  if (agent.how !== "actor:after" || !actors.length) return [];
  const actorIso3 = unique(actors.flatMap((a) => a.members));
  const told = previous.events.find((e) => e.method === previous.method && e.target_iso3.length);
  const dated = told?.date ? told : previous.events.find((e) => e.method === previous.method && e.date);
  // The sentence's own date, read only here: most sentences carry no act on.
  const date = dated ? null : dateIn(previous.sentence);
  const targetIso3 = told ? [...told.target_iso3] : titleState ? [titleState] : [];
  const target = told ? told.target : titleState ? (COUNTRY_NAME_BY_ISO3.get(titleState) ?? titleState) : "";
  if (!targetIso3.length || actorIso3.every((c) => targetIso3.includes(c))) return [];
  if (!concernsPower(cast.title.power, actorIso3, targetIso3)) return [];
  const start = sentence.start + verb[0];
  const end = sentence.start + verb[1];
  return [{
    document: doc.slug,
    date: dated?.date ?? date?.iso ?? "",
    year: dated?.year ?? date?.year ?? null,
    actor: unique(actors.map((a) => a.actor)).join(";"),
    actor_iso3: actorIso3,
    method: previous.method,
    target,
    target_iso3: targetIso3,
    line: lineAt(doc.lineStarts, start),
    start,
    end,
    sentence: sentence.text,
    rule: [`method:${previous.method}`, CARRIED_ACT[1], dated || date ? "date:carried" : "date:none", told ? "target:carried" : "target:title"].join("+"),
  }];
}
