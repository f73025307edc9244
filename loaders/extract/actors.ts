/**
 * Actors: the states a text names (by name, demonym, capital, historical state, organ,
 * abbreviation, compound, coalition), who an article is about (its title), and the leaders a
 * document itself names as a state's head ("Soviet leader Leonid Brezhnev" → Brezhnev is the
 * Soviet Union for the rest of that document). Reads the tables of rules/actors.ts.
 */
import countries from "world-countries";
import type {Document} from "../types.ts";
import {
  CAPITAL_NAMES,
  COALITIONS,
  LEADER_TITLE,
  COMBINING_FORMS,
  COUNTRY_ACTOR_NAMES,
  COUNTRY_NAME_BY_ISO3,
  HISTORICAL_STATES,
  KNOWN_LEADERS,
  LEADER_CONTEXT,
  COMPANY_SHORT_NAME,
  NOT_A_PERSON,
  NOT_ORGAN_WORDS,
  ORGAN_ABBREVIATION,
  ORGAN_WORDS,
  POWER_GROUPS,
  POWER_IN_INTERNAL,
  REGION_POWERS,
  STATE_ABBREVIATIONS,
  STATE_ORGANS,
  TITLE_SHAPES,
  type State,
} from "../rules/actors.ts";
import {collectMatches, compileRules, findPlaces, insideSpans, maybePlace, nameFinder, notStateSpans, sortFew, type NameMatch} from "./places.ts";
import {CAPITAL_IN_NAME, OTHER_PLACE_BEFORE} from "../rules/places.ts";

/** A state named in a text, by offsets into that text. */
export interface StateMention {
  start: number;
  end: number;
  text: string;
  state: State;
  /** Which table named it: `state:country`, `state:historical`, `state:organ`, `state:joint`, `state:leader`, … */
  rule: string;
}

const STATE_TABLES = [
  ["state:historical", HISTORICAL_STATES],
  ["state:organ", STATE_ORGANS],
  ["state:abbreviation", STATE_ABBREVIATIONS],
  ["state:coalition", COALITIONS],
] as const;
const STATE_RULES = STATE_TABLES.flatMap(([rule, table]) => table.map(([pattern, s]) => ({pattern, state: s, rule})));
// The known leaders share the states' scan (one pass over a sentence's literals, not two):
// findStates keeps what it found of them for findKnownLeaders, which scanMentions asks next.
const KNOWN_LEADER_RULES = KNOWN_LEADERS.map(([pattern, s]) => ({pattern, state: s, rule: "state:leader"}));
const matchStateRules = compileRules([...STATE_RULES, ...KNOWN_LEADER_RULES].map((r) => r.pattern));
let leadersOf: {text: string; found: StateMention[]} = {text: "", found: []};
const findCountryNames = nameFinder(COUNTRY_ACTOR_NAMES.map(([n]) => n));
const COUNTRY_ISO = new Map(COUNTRY_ACTOR_NAMES);
const countryState = (iso3: string): State => ({name: COUNTRY_NAME_BY_ISO3.get(iso3) ?? iso3, iso3, members: [iso3]});
const findCombiningForms = nameFinder(Object.keys(COMBINING_FORMS).sort((a, b) => b.length - a.length));
/** What joins two states into one compound actor: "Anglo-Dutch", "Spanish-French", "India–Pakistan". */
const JOINT = /^[-–‐]$/;

/**
 * Every state a text names, in order, the longest name where two overlap: modern countries
 * (names, demonyms, capitals), historical states, organs, abbreviations, coalitions; two joined
 * by a hyphen ("Anglo-Dutch", "Spanish-French") are one joint actor.
 * @example findStates("an Anglo-Dutch fleet and the Red Army").map((m) => m.state.members.join("+")) // ["GBR+NLD", "RUS"]
 */
export function findStates(text: string): StateMention[] {
  const found: StateMention[] = [];
  const leaders: StateMention[] = [];
  for (const {rule: k, matches} of matchStateRules(text)) {
    const {state: s, rule} = k < STATE_RULES.length ? STATE_RULES[k] : KNOWN_LEADER_RULES[k - STATE_RULES.length];
    for (const m of matches) (k < STATE_RULES.length ? found : leaders).push({start: m.index, end: m.index + m[0].length, text: m[0], state: s, rule});
  }
  leadersOf = {text, found: leaders};
  for (const {start, end, name} of findCountryNames(text)) {
    const iso3 = COUNTRY_ISO.get(name)!;
    found.push({start, end, text: name, state: countryState(iso3), rule: "state:country"});
  }
  // "Anglo-", "Franco-", "Sino-": a combining form counts only in a compound.
  for (const {start, end, name} of findCombiningForms(text)) {
    const iso3 = COMBINING_FORMS[name];
    if (iso3 && JOINT.test(text[end] ?? "")) found.push({start, end, text: name, state: countryState(iso3), rule: "state:combining"});
  }
  sortFew(found, (a, b) => a.start - b.start || b.end - a.end);
  const kept: StateMention[] = [];
  // "Latin American", "the Gulf of Mexico": a name that names no state (rules/places.ts).
  const spans = found.length ? notStateSpans(text) : [];
  for (const m of found) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) continue;
    // "New Spain", "New Jersey": another place's name (rules/places.ts).
    if (m.rule === "state:country" && OTHER_PLACE_BEFORE[0].test(text.slice(Math.max(0, m.start - 10), m.start))) continue;
    // "Canberra bomber planes", "the Warsaw Pact": a capital that is part of a name (CAPITAL_IN_NAME), as findPlaces reads it.
    if (m.rule === "state:country" && CAPITALS.has(m.text) && CAPITAL_IN_NAME[0].test(text.slice(m.end, m.end + 16))) continue;
    if (spans.length && insideSpans(spans, m.start, m.end)) continue;
    // Two states joined by a hyphen are one actor of both.
    if (last && m.start === last.end + 1 && JOINT.test(text[last.end]) && last.state.iso3 !== null && m.state.iso3 !== null) {
      const members = [...new Set([...last.state.members, ...m.state.members])];
      kept[kept.length - 1] = {start: last.start, end: m.end, text: text.slice(last.start, m.end), state: {name: `${last.state.name};${m.state.name}`, iso3: members[0], members}, rule: "state:joint"};
      continue;
    }
    kept.push(m);
  }
  // A combining form that joined nothing is no name.
  return kept.filter((m) => m.rule !== "state:combining");
}

/**
 * The well-known leaders a text names (KNOWN_LEADERS), each as the state it acted for, in
 * order: "Nasser" is Egypt wherever a text writes it, whether or not it says whose he was.
 * @example findKnownLeaders("Nasser sent troops to Yemen").map((m) => m.state.iso3) // ["EGY"]
 */
export function findKnownLeaders(text: string): StateMention[] {
  if (leadersOf.text !== text) findStates(text);
  return sortFew([...leadersOf.found], (a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------------
// Titles

/** The intervening power of an article: one state, several, or a region's states. */
export interface Power {
  /** `iso:RUS`, `iso:GBR+FRA`, `region:Europe`. */
  key: string;
  /** Display name: the state as the title names it ("Soviet Union"). */
  name: string;
  iso3: readonly string[];
}

/** Who an article is about, read from its title. */
export interface TitleReading {
  /** `power`: one power intervenes; `internal`: a civil war or revolution; `many`: every state acting on another's territory. */
  shape: "power" | "internal" | "many";
  power: Power | null;
  /** Every state the title names (the parties of a war, the state of a civil war). */
  named: readonly string[];
  /** The TITLE_SHAPES rule that decided, or `title:names-one-state` / `title:names-none`. */
  rule: string;
  /** Of a title with no one power, the states it names as where or on whom ("in Yemen", "invasion of Iraq"). */
  setting?: readonly string[];
}

const CAPITALS = new Set(CAPITAL_NAMES.map(([n]) => n));
const REGION_MEMBERS = (region: string): string[] => [...(POWER_GROUPS[region] ?? countries.filter((c) => c.region === region || c.subregion === region).map((c) => c.cca3))];
/**
 * What before a state's name in a title makes it the setting, not the power: "intervention in
 * Iran", and the object of an act: "2003 invasion of Iraq", "the conquest of Mexico".
 */
/** A state's name that leads a coalition in a title: "Saudi Arabian-led". */
const LED_AFTER = /^[-‐]led\b/;
const SETTING_BEFORE = /\b(?:in|into|against|on|over|across|towards?)\s+(?:the\s+)?$|\b(?:conquests?|invasions?|occupations?|annexations?|coloni[sz]ation|partitions?|liberation|bombings?|sieges?|blockades?)\s+of\s+(?:the\s+)?$/i;

/**
 * Who an article is about, from its title: the shape (TITLE_SHAPES) and, for a power's article,
 * the power: the states named before the shape's word ("Russian conquest of Central Asia" →
 * Russia; "European influence in Afghanistan" → the European states), else every state the
 * title names ("Foreign interventions by France").
 * @example readTitle("United States involvement in regime change").power?.iso3 // ["USA"]
 * @example readTitle("Falklands War").shape // "many"
 */
export function readTitle(given: string): TitleReading {
  const {title, found} = recapitalize(given);
  // A capital in a title names a place ("The Tripoli Agreement"), not a government.
  const states = found.filter((m) => !(m.rule === "state:country" && CAPITALS.has(m.text)));
  const named = [...new Set(states.flatMap((m) => m.state.members))];
  let shape: TitleReading["shape"] | null = null;
  let rule = "";
  let at = title.length;
  for (const [pattern, label, example] of TITLE_SHAPES) {
    const m = pattern.exec(title);
    if (!m) continue;
    shape = label;
    rule = `title:${label}:${example}`;
    at = m.index;
    break;
  }
  if (!shape) {
    shape = named.length === 1 ? "power" : "many";
    rule = named.length === 1 ? "title:names-one-state" : "title:names-none";
  }
  if (shape === "internal" && !named.length) shape = "many";
  // "Russian involvement in the Syrian civil war": the state before the word is the power.
  if (shape === "internal") {
    const m = POWER_IN_INTERNAL[0].exec(title);
    if (m && states.some((s) => s.end <= m.index)) {
      shape = "power";
      rule = `title:${POWER_IN_INTERNAL[1]}:${POWER_IN_INTERNAL[2]}`;
      at = m.index;
    }
  }
  if (shape !== "power") return {shape, power: null, named, rule};
  const powerOf = (chosen: StateMention[]): Power => {
    const iso3 = [...new Set(chosen.flatMap((m) => m.state.members))];
    return {key: `iso:${iso3.join("+")}`, name: chosen.map((m) => m.state.name).join(";"), iso3};
  };
  const before = states.filter((m) => m.end <= at);
  // A state named after "in" is where the power acted, never one of it: "Western intervention in
  // Russia" is not Russia's own.
  const setting = (m: StateMention) => SETTING_BEFORE.test(title.slice(Math.max(0, m.start - 20), m.start));
  const settings = new Set(states.filter(setting).flatMap((m) => m.state.members));
  // "Saudi Arabian-led intervention in Yemen", "American-led intervention in Iraq": a coalition's
  // intervention, every member acting in the state it names, not one power's.
  if (before.some((m) => LED_AFTER.test(title.slice(m.end, m.end + 5)))) return {shape: "many", power: null, named, rule: `${rule}+led+no-power`, setting: [...settings]};
  if (before.length) return {shape, power: powerOf(before), named, rule};
  for (const [pattern, region] of REGION_POWERS) {
    const m = pattern.exec(title);
    if (m && m.index < at) return {shape, power: {key: `region:${region}`, name: region, iso3: REGION_MEMBERS(region).filter((c) => !settings.has(c))}, named, rule};
  }
  // "Foreign interventions by France": a state after the word; "Foreign intervention in Iran" names none.
  const powers = states.filter((m) => !setting(m));
  if (powers.length) return {shape, power: powerOf(powers), named, rule};
  return {shape: "many", power: null, named, rule: `${rule}+no-power`, setting: [...settings]};
}

/**
 * The one state a title sets its acts in, or null: a power's setting ("Soviet involvement in
 * Afghanistan", "Turkish invasion of Cyprus"), or the one state a title with no power names as
 * where or on whom ("Foreign intervention in Iran", "2003 invasion of Iraq"). An act that names
 * no place was done there.
 * @example titleSetting(readTitle("2003 invasion of Iraq")) // "IRQ"
 */
export function titleSetting(title: TitleReading): string | null {
  const own = title.power?.iso3 ?? [];
  const settings = title.shape === "power" ? title.named.filter((c) => !own.includes(c)) : (title.setting ?? []);
  return settings.length === 1 ? settings[0] : null;
}

/**
 * A title made from a file name has lost its capitals ("Timeline of united states military
 * operations"): where it names no state as written, the state names its words make when
 * capitalised get their capitals back, and nothing else changes. Returns the title and the states
 * found in it (the same offsets either way).
 * @example recapitalize("Timeline of united states military operations").title // "Timeline of United States military operations"
 */
function recapitalize(given: string): {title: string; found: StateMention[]} {
  const asWritten = findStates(given);
  if (asWritten.length) return {title: given, found: asWritten};
  const capitalised = given.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
  const found = findStates(capitalised);
  let title = given;
  for (const m of found) title = title.slice(0, m.start) + capitalised.slice(m.start, m.end) + title.slice(m.end);
  return {title, found};
}

/**
 * The key of the power an article's title names, or null (no single power: a war, a timeline).
 * @example powerOfTitle("Soviet involvement in regime change") // "iso:RUS"
 * @example powerOfTitle("Libyan involvement in regime change") // "iso:LBY"
 */
export function powerOfTitle(title: string): string | null {
  return readTitle(title).power?.key ?? null;
}

// ---------------------------------------------------------------------------------------------
// Leaders a document names

type Pattern = {re: RegExp; shape: string};
// A `…$` pattern runs backwards from the end of its window, as a lookbehind (compileTest):
// tried forwards, V8 would start it at every character of the window. Its groups still capture.
const backwards = (re: RegExp) => new RegExp(`(?<=${re.source.replace(/\$$/, "")})$`, re.flags.replace("g", "") + "y");
const LEADER_RULES = LEADER_CONTEXT.map(([pattern, label]) => ({re: pattern.source.endsWith("$") ? backwards(pattern) : new RegExp(pattern.source, pattern.flags.replace("g", "")), shape: label}));
/** Runs a rule on a window: a backwards one from the window's end. */
const execRule = (r: Pattern, text: string) => {
  r.re.lastIndex = text.length;
  return r.re.exec(text);
};
const rulesOf = (shape: string): Pattern[] => LEADER_RULES.filter((r) => r.shape === shape);
const [AFTER_TITLE_NAME] = rulesOf("after:title-name");
const BEFORE_NAME = rulesOf("before:name-of").concat(rulesOf("before:name-title-of"));
const [WHO_LED] = rulesOf("before:name-who-led");
/** "(IPKF)": where an organ's abbreviation may be written out before it (ORGAN_ABBREVIATION). */
const ABBREVIATION_IN_PARENS = /\((?:\p{Lu}[\p{Lu}&]{1,7})\)/gu;
/** ORGAN_ABBREVIATION, ending where the parenthesis ends. */
const ORGAN_NAME_BEFORE = new RegExp(`(?:${ORGAN_ABBREVIATION[0].source})$`, "u");
/** ", who commanded the": the state named right after it is the one the person before it stood for. */
const WHO_LED_WORDS = /,\s+who\s+(?:had\s+|then\s+|also\s+)?(?:commanded|led|headed)\s+(?:the\s+|an?\s+)?/gu;
const [PAIR_TITLE_OF] = rulesOf("pair:title-of");
const [PAIR_THEN_NAME] = rulesOf("pair:then-name");
const [PAIR_NAME_COMMA] = rulesOf("pair:name-comma");
const [PAIR_THEN_TITLE] = rulesOf("pair:then-title");
const PARTICLE = /^(?:al|ibn|bin|de|del|la|von|van|der|el|ud|ad|y|da|di|du|le|[IVX]{1,4})$/;

/** A learned name, cut to the person: honorifics and title words dropped ("King Ferdinand IV" → "Ferdinand IV"); null if no person is left. */
function personOf(name: string): string | null {
  const words = name.trim().split(/\s+/);
  const notPerson = (w: string) => NOT_A_PERSON.has(w) || NOT_A_PERSON.has(w.replace(/['’]?s$/, "")) || NOT_A_PERSON.has(w.replace(/es$/, ""));
  while (words.length && notPerson(words[0])) words.shift();
  if (!words.length || words.some(notPerson)) return null;
  const person = words.join(" ");
  // A regnal number or a particle alone is no name; nor is a state's or a place's name.
  if (PARTICLE.test(person) || person.length < 3) return null;
  if (findStates(person).some((m) => m.end - m.start === person.length) || findPlaces(person).some((p) => p.end - p.start === person.length)) return null;
  return person;
}

const TITLE_WORD = new RegExp(`\\b${LEADER_TITLE}\\b`, "gu");
/** "of" before a run of capitalised words: the run is where the state's name may be. */
const OF_NAME = /\bof\s+(?:the\s+)?(?<run>\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’.-]*){0,3})/gu;

/** The stretches of prose right before a title word ("leader", "King"), merged where they overlap. */
function titleWindows(prose: string): [number, number][] {
  const merged: [number, number][] = [];
  for (const m of collectMatches(TITLE_WORD, prose)) {
    const from = Math.max(0, prose.lastIndexOf(" ", Math.max(0, m.index - 40)) + 1);
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = m.index;
    else merged.push([from, m.index]);
  }
  return merged;
}

/**
 * The leaders a document names, each with the state it stands for: the name as written and
 * its last word where that is a surname ("Joseph Stalin", "Stalin"); and the abbreviations of
 * its organs it writes out once ("the Indian Peace Keeping Force (IPKF)": ORGAN_ABBREVIATION).
 * A name learned for two different states is dropped.
 * @example learnLeaders("Soviet leader Leonid Brezhnev met Brezhnev's allies.").get("Brezhnev")?.iso3 // "RUS"
 */
export function learnLeaders(prose: string): Map<string, State> {
  const learned = new Map<string, State | null>();
  // A name stands for the state it was first learned for; learned for two, for none.
  const remember = (name: string, s: State) => {
    const known = learned.get(name);
    if (known === undefined) learned.set(name, s);
    else if (known !== null && known.iso3 !== s.iso3) learned.set(name, null);
  };
  const learn = (raw: string | undefined, s: State) => {
    const person = raw && personOf(raw);
    if (!person || s.iso3 === null) return;
    const words = person.split(/\s+/);
    const surname = words[words.length - 1];
    remember(person, s);
    if (words.filter((w) => !PARTICLE.test(w)).length >= 2 && !PARTICLE.test(surname) && surname.length >= 4 && !NOT_A_PERSON.has(surname)) remember(surname, s);
  };
  // Every leader context has a title near the state's name or an "of" right before it: only the
  // stretches of prose around those are searched for states and places.
  const anchors: {start: number; end: number; state: State}[] = [];
  // The state's name right before a title ("Soviet leader", "Spain's dictator", "the Marinid sultan").
  for (const [from, to] of titleWindows(prose)) {
    for (const m of findStates(prose.slice(from, to))) anchors.push({start: from + m.start, end: from + m.end, state: m.state});
  }
  // The state or place right after "of" ("Hammurabi of Babylon", "the king of Fez"): the longest
  // run of its capitalised words that the gazetteer knows.
  for (const m of collectMatches(OF_NAME, prose)) {
    const run = m.groups!.run;
    const words = run.split(/\s+/);
    for (let n = words.length; n > 0; n--) {
      const name = words.slice(0, n).join(" ").replace(/['’]s$/, "");
      const place = maybePlace(name);
      if (!place || place.iso3.length !== 1) continue;
      const start = m.index + m[0].length - run.length;
      // A colony named by its ruler's demonym is that ruler's ("the governor of Portuguese India" serves Portugal).
      const ruler = n > 1 ? findStates(words[0]).find((f) => f.start === 0 && f.end === words[0].length && f.state.iso3 !== null && !place.iso3.includes(f.state.iso3)) : undefined;
      anchors.push({start, end: start + name.length, state: ruler ? ruler.state : {name: place.name, iso3: place.iso3[0], members: place.iso3}});
      break;
    }
  }
  // The state right after "…, who commanded the" ("the British forces").
  for (const m of collectMatches(WHO_LED_WORDS, prose)) {
    const at = m.index + m[0].length;
    const first = findStates(prose.slice(at, at + 60))[0];
    if (first && first.start === 0) anchors.push({start: at, end: at + first.end, state: first.state});
  }
  const seen = new Set<number>();
  for (const {start, end, state: s} of anchors) {
    if (seen.has(start)) continue;
    seen.add(start);
    const before = prose.slice(Math.max(0, start - 90), start);
    const after = prose.slice(end, end + 90);
    learn(AFTER_TITLE_NAME.re.exec(after)?.groups?.name, s);
    // Most mentions follow no "of" and no comma: the backwards rules need one of them.
    const trimmed = before.trimEnd();
    const tail = trimmed.endsWith(" the") ? trimmed.slice(0, -4).trimEnd() : trimmed;
    if (tail.endsWith(" of")) {
      for (const r of BEFORE_NAME) learn(execRule(r, before)?.groups?.name, s);
      if (execRule(PAIR_TITLE_OF, before)) learn(PAIR_THEN_NAME.re.exec(after)?.groups?.name, s);
    }
    if (tail.endsWith(",") && PAIR_THEN_TITLE.re.test(after)) learn(execRule(PAIR_NAME_COMMA, before)?.groups?.name, s);
    if (/\b(?:commanded|led|headed)$/.test(tail)) learn(execRule(WHO_LED, before)?.groups?.name, s);
  }
  // An organ's abbreviation, once written out ("the Indian Peace Keeping Force (IPKF)"), stands for its state.
  // (Found from the parenthesis, which is rare, then read backwards: run over all the prose, the
  // name's pattern would be tried at every capital.)
  for (const p of collectMatches(ABBREVIATION_IN_PARENS, prose)) {
    const m = ORGAN_NAME_BEFORE.exec(prose.slice(Math.max(0, p.index - 160), p.index + p[0].length));
    if (!m) continue;
    const {name, abbr} = m.groups!;
    if (!ORGAN_WORDS.test(name) || NOT_ORGAN_WORDS.test(name) || findStates(abbr).length) continue;
    const named = new Map(findStates(name).filter((f) => f.state.iso3 !== null).map((f) => [f.state.iso3, f.state]));
    if (named.size !== 1) continue;
    remember(abbr, [...named.values()][0]);
  }
  // "the Company", once the text has named the East India Company (COMPANY_SHORT_NAME).
  const company = COMPANY_SHORT_NAME[0].exec(prose);
  const companyState = company && findStates(company[0]).find((f) => f.state.iso3 !== null)?.state;
  if (companyState && !learned.has("Company")) learned.set("Company", companyState);
  const leaders = new Map<string, State>();
  for (const [name, s] of learned) if (s) leaders.set(name, s);
  return leaders;
}

// ---------------------------------------------------------------------------------------------
// A document's cast

/** Who can act in a document: its title's reading and the leaders it names. */
export interface Cast {
  title: TitleReading;
  leaders: ReadonlyMap<string, State>;
  /** Capitalised words the document writes mid-sentence too: names, not a sentence's first common noun ("Troops", "Rebels"); asked name by name (namesOf). */
  names: () => {has: (name: string) => boolean};
  /** Finds the leaders' names in a text. */
  findLeaders: (text: string) => NameMatch[];
}

const NO_LEADERS: Cast["findLeaders"] = () => [];
/** A value computed when first asked for, then kept. */
const once = <T>(compute: () => T): (() => T) => {
  let value: T | undefined;
  return () => (value ??= compute());
};

/**
 * A cast from a title and the leaders a text names: for a text outside a document.
 * @example castOfTitle("Soviet involvement in regime change").title.power?.name // "Soviet Union"
 */
export function castOfTitle(title: string, prose = ""): Cast {
  const leaders = learnLeaders(prose);
  return {title: readTitle(title), leaders, names: once(() => namesOf(prose)), findLeaders: leaders.size ? nameFinder([...leaders.keys()].sort((a, b) => b.length - a.length)) : NO_LEADERS};
}

/**
 * The capitalised words a text writes mid-sentence (after a word, a number or a comma): names
 * ("… and Komarov occupied", "In 1864 Chernayev"), where a capital at a sentence's start may be
 * any word ("Troops entered"). Asked name by name: each is looked for where the text has it, and
 * the answer kept (the passes ask of a few names; reading every capital of the prose for them
 * was ~1 ms a document).
 * @example namesOf("Troops left. Then Komarov came, and Komarov stayed.").has("Komarov") // true
 * @example namesOf("Troops left. Then Komarov came.").has("Troops") // false
 */
export function namesOf(prose: string): {has: (name: string) => boolean} {
  const known = new Map<string, boolean>();
  return {
    has: (name) => {
      let written = known.get(name);
      if (written === undefined) known.set(name, (written = isWrittenMidSentence(prose, name)));
      return written;
    },
  };
}

/** Whether `name` is a whole capitalised word somewhere in `prose` after a word, a number or a comma, and spaces (NAME_AT reads the word there). */
function isWrittenMidSentence(prose: string, name: string): boolean {
  if (!name) return false;
  for (let at = prose.indexOf(name); at !== -1; at = prose.indexOf(name, at + 1)) {
    NAME_AT.lastIndex = at;
    if (NAME_AT.test(prose) && NAME_AT.lastIndex === at + name.length) return true;
  }
  return false;
}
/** A capitalised word written mid-sentence: after a word, a number or a comma, and spaces. */
const NAME_AT = /(?<=[\p{L}\d,;)]\s+)\p{Lu}[\p{Ll}'’-]+/uy;

const casts = new WeakMap<Document, {prose: string; cast: Cast}>();

/**
 * The cast of a document: its title read (else its slug's words), the leaders its prose names.
 * Read once per document (both the methods and the events pass ask).
 * @example castOf(doc).title.power?.key // "iso:RUS"
 */
export function castOf(doc: Pick<Document, "title" | "slug" | "prose">): Cast {
  const known = casts.get(doc as Document);
  if (known && known.prose === doc.prose) return known.cast;
  let title = readTitle(doc.title);
  if (title.rule === "title:names-none") {
    const fromSlug = readTitle(doc.slug.replace(/-/g, " ").replace(/\b\w/g, (c) => c.toUpperCase()));
    if (fromSlug.power) title = fromSlug;
  }
  const leaders = learnLeaders(doc.prose);
  const cast: Cast = {title, leaders, names: once(() => namesOf(doc.prose)), findLeaders: leaders.size ? nameFinder([...leaders.keys()].sort((a, b) => b.length - a.length)) : NO_LEADERS};
  casts.set(doc as Document, {prose: doc.prose, cast});
  return cast;
}
