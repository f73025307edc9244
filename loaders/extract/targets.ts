/**
 * Targets of acts: the places an act was done to ("besieged Uruk", "the Siege of Babylon",
 * "Gibraltar was taken by …"), and inferTargets: the targets of rows whose heading names no
 * place (a list item, "2017", "Surgical strikes", "The conquest of Khiva"), read from the acts
 * their text reports.
 */
import type {Document, Intervention, Sentence} from "../types.ts";
import {COUNTRY_NAME_BY_ISO3} from "../rules/actors.ts";
import {TARGET_GAP_STOP, TARGET_LIST_JOIN} from "../rules/places.ts";
import {castOf, titleSetting} from "./actors.ts";
import {countedActs, undergoesCue, type Mention} from "./methods.ts";
import {compileTest, findPlaces, locateTargets, maybePlace, type PlaceMention} from "./places.ts";

const PASSIVE_BEFORE = compileTest(/\b(?:was|were|been|being|be|is|are)\s+(?:[\p{L}]+ly\s+)?$/iu);
const JOINS_LIST = compileTest(TARGET_LIST_JOIN[0]);
const STOPS = TARGET_GAP_STOP[0];
/** An aside between the one who suffered and its passive cue: ", the last king on the Sumerian King List, is ". */
const APPOSITIVE_THEN_PASSIVE = /^,\s+(?:the|a|an|his|her|its|their)\s[^,;()]{1,80},\s+(?:is|was|were|are|had\s+been|has\s+been|have\s+been)\s+(?:[\p{L}]+ly\s+)?$/u;
/** Between a place taken and the state it was taken from: " from ". */
const TAKEN_FROM = /^\s+from\s+(?:the\s+)?$/i;
/** A capitalised name of up to four words, "of" between them: "North Africa", "Horn of Africa". */
const NAME_WORDS = String.raw`(\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’-]*){0,3})`;
/** A region's name right after a cue: " of North Africa", " into Central Asia". */
const REGION_OBJECT = new RegExp(String.raw`^\s+(?:of|into|to)\s+(?:the\s+)?` + NAME_WORDS, "u");
/** The same after a cue that ends with its own preposition ("swept into"). */
const REGION_RIGHT_AFTER = new RegExp(String.raw`^\s+(?:the\s+)?` + NAME_WORDS, "u");
/** Between a place and the act a relative clause tells of it: ", which Italy had " (its subject, then the verb). */
const RELATIVE_OBJECT = /^,?\s+(?:which|that)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:had\s+|has\s+|have\s+|later\s+|then\s+|soon\s+)*(?:\p{Ll}+ly\s+)?$/u;
/** A state made a client, named inside the cue: "turned Slovakia into a client state", "making Mongolia into a satellite state". */
const MADE_CLIENT = /^(?:turn|mak|made|transform|reduc)/i;
/** A cession or a declaration of a province, which names the land before the one it goes to ("ceded Hong Kong Island to Britain", "declared Kuwait the 19th province of Iraq"). */
const CEDED = /^(?:ced|declared)/i;
/** "taken by", "captured by": a passive cue that carries its own "by". */
const PASSIVE_CUE = /\bby$/i;

/**
 * The places an act is aimed at: after an active or nominal cue ("invaded Poland", "the Siege of
 * Babylon", "campaigns to Syria and Nubia" — a list is followed), before a passive one ("Finland
 * was annexed", "Gibraltar was taken by …"); never a place inside the agent's name ("Hammurabi of
 * Babylon") nor one past a new phrase ("… after the war with Spain").
 * @example targetsOfAct("the Soviet Union invaded eastern Poland", {start: 17, end: 24}, findPlaces(text), []).places.map((p) => p.text) // ["Poland"]
 */
export function targetsOfAct(text: string, cue: {start: number; end: number}, places: readonly PlaceMention[], agents: readonly Mention[], method = ""): {places: PlaceMention[]; how: string} {
  const notAgent = (p: PlaceMention) => !agents.some((a) => p.start < a.end && p.end > a.start);
  // Aid goes to whom the cue names: "provided the United Kingdom with Sidewinder missiles".
  if (method === "military_aid") {
    const inside = places.filter((p) => p.start >= cue.start && p.end <= cue.end && notAgent(p));
    if (inside.length) return {places: inside, how: "target:recipient"};
  }
  // Land ceded is named inside the cue, before the one it goes to: "ceded Hong Kong Island to Britain".
  if ((method === "annexation" && CEDED.test(text.slice(cue.start, cue.end))) || (method === "coup" && MADE_CLIENT.test(text.slice(cue.start, cue.end)))) {
    const inside = places.filter((p) => p.start >= cue.start && p.end <= cue.end && notAgent(p) && !agents.some((a) => a.iso3 !== null && p.iso3.includes(a.iso3)));
    if (inside.length) return {places: inside, how: "target:inside-cue"};
  }
  // The one helped is named before "received … from", the place taken before "fell to", as the
  // one who suffered is before a passive.
  const quote = text.slice(cue.start, cue.end);
  // A participle's aside that its agent follows ("North Vietnam, supplied with arms by the Soviet Union,") is passive too.
  const aside = /,\s+$/.test(text.slice(Math.max(0, cue.start - 3), cue.start)) && /^\p{L}+(?:ed|en|wn)\s/u.test(quote) && /^\s+by\s/.test(text.slice(cue.end, cue.end + 4));
  const passive = aside || PASSIVE_CUE.test(quote) || undergoesCue(method, quote) || PASSIVE_BEFORE(text.slice(Math.max(0, cue.start - 30), cue.start));
  if (!passive) {
    const after = places.filter((p) => p.start >= cue.end && notAgent(p));
    const first = after[0];
    // The agent named after the cue ("strikes by India against …") is no new phrase.
    let gap = first ? text.slice(cue.end, first.start) : "";
    for (const a of agents) if (a.start >= cue.end && first && a.end <= first.start) gap = gap.replace(text.slice(a.start, a.end), "");
    gap = gap.replace(/\bby\s+(?:the\s+)?(?=\s|$)/, "");
    // A cue that ends a label ("Ogaden War: Somalia invaded …") names nothing after its colon.
    if (first && first.start - cue.end <= 100 && !/[;]|,\s|^\s*:/.test(gap) && !STOPS.test(gap)) {
      const list = [first];
      // "captured the Gaza Strip and the Sinai from Egypt, the West Bank from Jordan": the state a
      // place was taken from is passed over, and the list goes on after it.
      let end = first.end;
      for (const p of after.slice(1)) {
        const between = text.slice(end, p.start);
        end = p.end;
        if (TAKEN_FROM.test(between)) continue;
        if (!JOINS_LIST(between)) break;
        list.push(p);
      }
      return {places: list, how: "target:object"};
    }
    // "the Umayyad conquest of North Africa", "swept into Central Asia": a region right after a
    // cue is what it was done to (after "in" a region is a setting: "a campaign in North Africa").
    const region = (/\s(?:of|into|to)$/i.test(quote) ? REGION_RIGHT_AFTER : REGION_OBJECT).exec(text.slice(cue.end, cue.end + 60));
    if (region) {
      const place = maybePlace(region[1]);
      if (place?.rule.startsWith("place:region")) {
        const start = cue.end + region.index + region[0].length - region[1].length;
        return {places: [{...place, start, end: start + region[1].length, text: region[1]}], how: "target:region"};
      }
    }
    // "Albania, which Italy had annexed in 1939": the place a relative clause opens on is its object.
    const object = places.filter((p) => p.end <= cue.start && notAgent(p) && RELATIVE_OBJECT.test(text.slice(p.end, cue.start))).pop();
    if (object) return {places: [object], how: "target:relative-object"};
    return {places: [], how: "target:none"};
  }
  // The one who suffered may carry an aside: "Damiq-ilishu of Isin, the last king on the list, is defeated by …".
  // A participle's aside right after the one it tells of: "North Vietnam, supplied with arms by …".
  const before = places.filter((p) => p.end <= cue.start && notAgent(p) && (!/[;,]\s/.test(text.slice(p.end, cue.start)) || APPOSITIVE_THEN_PASSIVE.test(text.slice(p.end, cue.start)) || /^,\s+$/.test(text.slice(p.end, cue.start))));
  return before.length ? {places: [before[before.length - 1]], how: "target:passive-subject"} : {places: [], how: "target:none"};
}

/**
 * Fills the targets of every row that has none from the acts its text reports (countedActs), in
 * order of first telling: the places each act was done to, else the places the act's sentence
 * names, its agent and the article's own power left out. A row that reports no act keeps no
 * targets (gold/README.md: "Empty when the row reports no such act"). Codes and regions follow
 * through the gazetteer; the row's `rule` records how (`+targets:acts`, `+targets:act-sentences`,
 * `+targets:title-place` for the one state a power's article is set in ("Soviet involvement in
 * Afghanistan"), `+targets:document-title` for the one place a timeline's or history's title names,
 * `+targets:other-party` for the other of the two states a conflict's title names).
 * @example inferTargets(doc, rows, sentences); rows[0].targets // ["Gibraltar"] (from "- 1309 – … sent to capture Gibraltar")
 */
export function inferTargets(doc: Document, interventions: readonly Intervention[], sentences: readonly Sentence[]): void {
  const cast = castOf(doc);
  const own = cast.title.power?.iso3 ?? [];
  // A timeline or history of one place ("Timeline of the history of Gibraltar", "Siege of
  // Vienna"): an act its row tells without naming where ("Heavy shelling targeted the castle
  // and the town") was done there.
  const titled = cast.title.shape === "many" && cast.title.named.length === 1 ? cast.title.named[0] : null;
  // A conflict between the two states its title names ("India–Pakistan border skirmishes",
  // "Iran–Iraq War"): what one party does is done to the other.
  const parties = cast.title.shape === "many" && cast.title.named.length === 2 ? cast.title.named : null;
  // A power's acts in the one state its title names ("Soviet involvement in Afghanistan",
  // "European influence in Ethiopia"): a row whose acts name no place they were done to was
  // about that state — before any place its sentences merely mention.
  const titlePlace = titleSetting(cast.title);
  const filled: Intervention[] = [];
  for (const row of interventions) {
    if (row.targets.length || !row.methods.length) continue;
    const acts = countedActs(doc, sentences, row, cast);
    const names: string[] = [];
    const add = (p: PlaceMention) => {
      if (p.iso3.length === 1 && own.includes(p.iso3[0])) return;
      if (!names.includes(p.text)) names.push(p.text);
    };
    const placesOf = new Map<Sentence, PlaceMention[]>();
    const places = (s: Sentence, text: string) => placesOf.get(s) ?? placesOf.set(s, findPlaces(text)).get(s)!;
    // In a power's article set in one state, an act that names no place of its own was done there,
    // beside the places other acts name ("the Anglo-Nepalese War … Nepal ceded Sikkim to the Company").
    let setting = false;
    for (const act of acts) {
      const found = targetsOfAct(act.text, act.cue, places(act.sentence, act.text), act.agent.mentions, act.cue.method).places;
      for (const p of found) add(p);
      if (!found.length && titlePlace && act.cue.method !== "annexation") {
        const name = COUNTRY_NAME_BY_ISO3.get(titlePlace) ?? titlePlace;
        if (!names.includes(name)) (names.push(name), (setting = true));
      }
    }
    // (Where every act named no place, the row is the title's place alone, as below.)
    if (setting && names.length === 1) names.length = 0;
    let how = setting ? "+targets:acts+targets:title-place" : "+targets:acts";
    if (parties) {
      const before = names.length;
      for (const act of acts) {
        const by = parties.filter((c) => act.agent.mentions.some((m) => m.members.length === 1 && m.members[0] === c));
        if (by.length !== 1) continue;
        const other = parties.find((c) => c !== by[0])!;
        const name = COUNTRY_NAME_BY_ISO3.get(other) ?? other;
        if (!names.includes(name)) names.push(name);
      }
      if (names.length > before) how += "+targets:other-party";
    }
    if (!names.length && titlePlace && acts.length) {
      how = "+targets:title-place";
      names.push(COUNTRY_NAME_BY_ISO3.get(titlePlace) ?? titlePlace);
    }
    if (!names.length) {
      how = "+targets:act-sentences";
      // Of the places the acts' sentences name, not the agents' nor a leader's ("Ur-Nammu of Ur").
      for (const act of acts) {
        const agents = [...act.agent.mentions, ...act.mentions.filter((m) => m.source === "state:leader" || (m.role === "subject" && m.end <= act.cue.start))];
        for (const p of places(act.sentence, act.text)) if (!agents.some((a) => p.start < a.end && p.end > a.start)) add(p);
      }
    }
    if (!names.length && titled && acts.length && !acts.some((a) => a.agent.mentions.some((m) => m.members.includes(titled)))) {
      how = "+targets:document-title";
      names.push(COUNTRY_NAME_BY_ISO3.get(titled) ?? titled);
    }
    if (!names.length) continue;
    row.targets = names;
    row.rule += how;
    filled.push(row);
  }
  locateTargets(doc, filled);
}
