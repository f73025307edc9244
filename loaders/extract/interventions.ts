/**
 * extractInterventions: dated headings and dated list items → one Intervention per episode.
 */
import type {Block, Document, Heading, Intervention, Warning} from "../types.ts";
import {COUNT_AFTER_YEAR, DATED_HEADINGS, DATED_ITEMS, EVENT_NAME_WORD, HEADING_UPHEAVAL, ITEM_PLACE_HEAD, NON_CONTENT_SECTIONS, PLACE_CONNECTORS, PLACE_LIST_RULES, TARGET_NOTE, TARGET_SEPARATORS} from "../rules/headings.ts";
import {COMPOUND_PLACE_NAMES} from "../rules/places.ts";
import {findPlaces, maybePlace} from "./places.ts";
import {findStates} from "./actors.ts";
import {COUNTRY_NAME_BY_ISO3} from "../rules/actors.ts";

/** A heading or list item recognised as dated, before it becomes an Intervention. */
export interface DatedHeading {
  /** First year; negative for BCE years. */
  start: number;
  end: number | null;
  ongoing: boolean;
  place: string;
  rule: string;
}


/** A year with its era: BCE years are negative. */
const signed = (year: string, era: string | undefined) => (era && /^B/i.test(era) ? -Number(year) : Number(year));

/** Reads the named groups of a date rule's match into years, applying eras and short end years. */
function datedFrom(groups: Record<string, string | undefined>, place: string, rule: string): DatedHeading {
  // "1980s: Nicaragua": the decade's ten years.
  if (groups.decade) {
    const start = Number(groups.decade) * 10;
    // "1950s–1960s: Laos": to the end of the second decade.
    const end = groups.decade2 ? Number(groups.decade2) * 10 + 9 : start + 9;
    return {start, end: Math.max(end, start + 9), ongoing: false, place: place.trim(), rule};
  }
  const era = groups.era ?? groups.era2;
  let start = signed(groups.start!, groups.era ?? groups.era2);
  const ongoing = !!groups.open;
  let end: number | null = ongoing ? null : start;
  if (groups.end) {
    end = signed(groups.end, groups.era2 ?? era);
    // "1580-1550 BCE": the era after the end year dates both.
    if (!groups.era && groups.era2 && /^B/i.test(groups.era2)) start = -Math.abs(start);
    if (groups.end.length < groups.start!.length && groups.end.length < 4 && start > 0) {
      const scale = 10 ** groups.end.length;
      end = Number(groups.end) + Math.floor(start / scale) * scale;
      if (end < start) end += scale;
    }
  }
  return {start, end, ongoing, place: place.trim(), rule};
}

/**
 * Reads a heading's text as years and a place, or returns null when it names no year ("1980s"
 * alone, "See also", "Israeli attack: first day (9 June)"). A two-digit end year takes the
 * start's century; a decade with a place ("1980s: Nicaragua") is its ten years.
 * @example maybeDatedHeading("1944–47: Romania") // {start: 1944, end: 1947, ongoing: false, place: "Romania", rule: "heading:year-range"}
 * @example maybeDatedHeading("First Anglo-Afghan War, 1838–1842")?.place // "First Anglo-Afghan War"
 */
export function maybeDatedHeading(text: string): DatedHeading | null {
  const trimmed = text.trim();
  for (const [pattern, rule] of DATED_HEADINGS) {
    const m = pattern.exec(trimmed);
    if (!m?.groups) continue;
    const place = m.groups.before !== undefined ? `${m.groups.before} ${m.groups.place ?? ""}`.replace(/\s+/g, " ").replace(/^[\s,:;.–—-]+|[\s,:;.–—-]+$/g, "") : (m.groups.place ?? "");
    return datedFrom(m.groups, place, rule);
  }
  return null;
}

/**
 * Reads a list item that starts with a date (`- 1956–1957: …`, `- 1704 5 September – …`,
 * `- c. 2500 BCE …`, `- April 16, 1457 BCE …`) as years and the rest of its text, or returns
 * null: a year later in the item ("Battle of Chaldiran 1514") or a count ("300 Spartans") is no date.
 * @example maybeDatedItem("- 1919 to 1921: British troops in Russia") // {start: 1919, end: 1921, ongoing: false, place: "British troops in Russia", rule: "item:year-range"}
 * @example maybeDatedItem("- c. 2500 BCE Eannatum of Lagash conquered Sumer")?.start // -2500
 */
export function maybeDatedItem(text: string): DatedHeading | null {
  const body = text.replace(/^[ \t]*(?:[-*•#]|\d{1,3}[.)])[ \t]+/, "").trim();
  for (const [pattern, rule] of DATED_ITEMS) {
    const m = pattern.exec(body);
    if (!m?.groups) continue;
    const era = m.groups.era ?? m.groups.era2;
    // Without an era, a year has three or four digits; a count noun after it makes it a count.
    if (!era && !m.groups.decade && m.groups.start!.length < 3) continue;
    if (COUNT_AFTER_YEAR[0].test(m.groups.place ?? "")) continue;
    return datedFrom(m.groups, m.groups.place ?? "", rule);
  }
  return null;
}

/**
 * Splits a heading's place text into target names and parenthetical notes. Country names
 * that contain a separator ("Bosnia and Herzegovina") stay whole.
 * @example splitTargets("Estonia, Latvia, Lithuania") // {targets: ["Estonia", "Latvia", "Lithuania"], notes: []}
 * @example splitTargets("British Guiana (Guyana)") // {targets: ["British Guiana"], notes: ["Guyana"]}
 */
export function splitTargets(place: string): {targets: string[]; notes: string[]} {
  const notes: string[] = [];
  let rest = place.replace(TARGET_NOTE[0], (_, note: string) => {
    if (note.trim()) notes.push(note.trim());
    return "";
  });
  // Protect compound country names by swapping them for placeholders before splitting.
  const kept: string[] = [];
  for (const name of COMPOUND_PLACE_NAMES) {
    const i = rest.toLowerCase().indexOf(name.toLowerCase());
    if (i === -1) continue;
    kept.push(rest.slice(i, i + name.length));
    rest = `${rest.slice(0, i)}\u0000${kept.length - 1}\u0000${rest.slice(i + name.length)}`;
  }
  const targets = rest
    .split(TARGET_SEPARATORS[0])
    .map((t) => t.replace(/\u0000(\d+)\u0000/g, (_, k: string) => kept[+k]).trim())
    .filter((t) => t && !/^(?:and|the)$/i.test(t));
  return {targets, notes};
}

const CONNECTORS = new Set(PLACE_CONNECTORS);

/**
 * Whether a heading's place text reads as place names ("Tannu Tuva", "Congo-Leopoldville",
 * "Kingdom of Hawaii") rather than a title ("Surgical strikes", "The conquest of Khiva", "East
 * African Campaign"): every word but the connectors is capitalised, and none names an event.
 * @example isPlaceName("Kingdom of Hawaii") // true
 * @example isPlaceName("Down the eastern side") // false
 */
export function isPlaceName(text: string): boolean {
  const words = text.split(/[\s-]+/).filter((w) => /\p{L}/u.test(w));
  // "East African Campaign", "First Italo-Ethiopian War": an event's name.
  if (words.some((w) => EVENT_NAME_WORD[0].test(w))) return false;
  return words.length > 0 && words.every((w) => /^[\p{Lu}\p{Lt}\d'‘’"(]/u.test(w) || CONNECTORS.has(w.replace(/['’].*$/, "").toLowerCase()));
}

/**
 * The targets a heading's place text names. After the years-colon forms ("1944–1947: Romania",
 * {@link PLACE_LIST_RULES}) the text is a list of places, kept as written (an unknown one is
 * reported later, never dropped) as long as one of them is a known place or all read as names.
 * Otherwise it is a title ("The conquest of Khiva", "2016 – Surgical strikes"): its targets are
 * the places the gazetteer finds in it, and a title naming none gives no targets (later passes
 * read them from the section).
 * @example targetsOfPlace("Estonia, Latvia, Lithuania", "heading:single-year").targets // ["Estonia", "Latvia", "Lithuania"]
 * @example targetsOfPlace("Surgical strikes", "heading:years-dash-title").targets // []
 */
export function targetsOfPlace(place: string, rule: string): {targets: string[]; notes: string[]; rule: string} {
  const split = splitTargets(place);
  if (PLACE_LIST_RULES.includes(rule) && split.targets.length && split.targets.every(isPlaceName)) return {...split, rule: ""};
  const found = findPlaces(place).map((p) => p.text);
  if (!found.length) {
    const upheaval = upheavalOf(place);
    if (upheaval) return {targets: [upheaval], notes: split.notes, rule: HEADING_UPHEAVAL[1]};
  }
  return {targets: [...new Set(found)], notes: split.notes, rule: found.length ? "+targets:title-places" : "+targets:title"};
}

/**
 * The state whose own upheaval a heading names, by its country name (HEADING_UPHEAVAL), or null.
 * @example upheavalOf("Iranian coup d'état") // "Iran"
 */
function upheavalOf(place: string): string | null {
  const whose = HEADING_UPHEAVAL[0].exec(place)?.groups?.whose;
  if (!whose) return null;
  const states = findStates(whose).filter((m) => m.state.members.length === 1);
  return states.length === 1 ? (COUNTRY_NAME_BY_ISO3.get(states[0].state.members[0]) ?? null) : null;
}

/**
 * The targets a dated list item names at its head, before a spaced dash or a colon, when every
 * name there is a known place ("Libya – French jets …"); else none (inferTargets reads them from
 * the item's acts later).
 * @example targetsOfItemHead("Libya – French jets carried out air strikes").targets // ["Libya"]
 * @example targetsOfItemHead("Suez Crisis – France and Britain landed troops").targets // []
 */
export function targetsOfItemHead(text: string): {targets: string[]; notes: string[]; rule: string} {
  const head = ITEM_PLACE_HEAD[0].exec(text)?.groups?.head;
  if (!head) return {targets: [], notes: [], rule: ""};
  const split = splitTargets(head);
  if (!split.targets.length || !split.targets.every((t) => maybePlace(t))) return {targets: [], notes: [], rule: ""};
  return {...split, rule: "+targets:item-places"};
}

/** The nearest level-2 heading enclosing heading `index` (the heading itself when `self`). */
function periodOf(doc: Document, index: number, self: boolean): string {
  for (let p = self ? index : doc.headings[index].parent; p !== -1; p = doc.headings[p].parent) {
    if (doc.headings[p].level === 2) return doc.headings[p].text;
  }
  return "";
}

/** Where a heading's section ends: the next heading of the same or a higher rank. */
function sectionEnd(doc: Document, heading: Heading): number {
  for (let i = heading.index + 1; i < doc.headings.length; i++) {
    if (doc.headings[i].level <= heading.level) return doc.headings[i].start;
  }
  return doc.text.length;
}

/** Whether heading `index` or one enclosing it is a section of links or sources ("See also"). */
function inNonContent(doc: Document, index: number): boolean {
  for (let p = index; p !== -1; p = doc.headings[p].parent) if (NON_CONTENT_SECTIONS[0].test(doc.headings[p].text)) return true;
  return false;
}

/** Options for {@link extractInterventions}. */
export interface InterventionOptions {
  /** Years after this are flagged as in the future (default: the current year). */
  maxYear?: number;
}

/** A dated heading or list item, with where it stands, before it becomes a row. */
interface Candidate {
  dated: DatedHeading;
  line: number;
  heading: number;
  start: number;
  end: number;
  title: string;
  item: boolean;
}

/** The first sentence of a list item's text, clipped: its title in tables and charts. */
function itemTitle(text: string): string {
  const first = /^.*?[.!?](?=\s|$)/s.exec(text)?.[0] ?? text;
  const clean = first.replace(/\^\{[^{}]*\}/g, "").replace(/\s+/g, " ").trim();
  return clean.length > 120 ? `${clean.slice(0, 119).replace(/\s+\S*$/, "")}…` : clean;
}

/**
 * One row per episode, in document order: every dated heading (any level) with no dated
 * heading or dated list item below it, and every list item that starts with a date (outside
 * "See also" and other sections of links). Each row has its period (the enclosing level-2
 * heading), years (BCE negative), place, targets and source line; `rule` says whether a heading
 * or a list item gave it (`heading:…`, `item:…`). Narrative paragraphs never give rows.
 * Problems (reversed or future years, a heading with no place, a repeated section) are pushed
 * onto `doc.warnings`; a document with no dated heading or item gets a `no-dated-headings` warning.
 *
 * @example
 * extractInterventions(parseDocument("== 1921–1940: Interwar ==\n==== 1929: Tannu Tuva ====\n", "x.txt"))
 * // [{id: "x:1", order: 1, period: "1921–1940: Interwar", start_year: 1929, end_year: 1929, targets: ["Tannu Tuva"], …}]
 */
export function extractInterventions(doc: Document, options: InterventionOptions = {}): Intervention[] {
  const maxYear = options.maxYear ?? new Date().getUTCFullYear();
  const warn = (line: number, code: string, message: string): void => {
    const w: Warning = {document: doc.slug, file: doc.file, line, code, message};
    doc.warnings.push(w);
  };
  const dates = doc.headings.map((h) => (h.level === 1 ? null : maybeDatedHeading(h.text)));
  const items = doc.blocks
    .map((b): [Block, DatedHeading | null] => [b, b.kind === "list-item" && !(b.section !== -1 && inNonContent(doc, b.section)) ? maybeDatedItem(doc.text.slice(b.start, b.end)) : null])
    .filter((pair): pair is [Block, DatedHeading] => pair[1] !== null);
  // A dated heading with dated headings or dated items below it ("== 1921–1940: Interwar
  // period ==") is a period that groups episodes, not an episode itself. The years-first form
  // ("1944–1947: Romania") is these articles' episode heading: only another heading of that
  // form makes it a period; a dated sub-heading of another form ("1953 Iranian coup") or a
  // dated list item inside it is a part of its episode, not an episode of its own — unless
  // dated items are most of what its section holds ("== 1950–1969: Cold War ==" over a list).
  const episodeForm = (i: number) => PLACE_LIST_RULES.includes(dates[i]?.rule ?? "");
  const container = new Set<number>();
  doc.headings.forEach((h, i) => {
    if (!dates[i]) return;
    for (let p = h.parent; p !== -1; p = doc.headings[p].parent) if (episodeForm(i) || !episodeForm(p)) container.add(p);
  });
  const datedItems = new Map<number, number>();
  const textBlocks = new Map<number, number>();
  const datedBlocks = new Set(items.map(([b]) => b));
  for (const b of doc.blocks) {
    if (b.kind !== "paragraph" && b.kind !== "list-item") continue;
    for (let p = b.section; p !== -1; p = doc.headings[p].parent) {
      textBlocks.set(p, (textBlocks.get(p) ?? 0) + 1);
      if (datedBlocks.has(b)) datedItems.set(p, (datedItems.get(p) ?? 0) + 1);
    }
  }
  const listOfEpisodes = (p: number) => (datedItems.get(p) ?? 0) >= 2 && 2 * (datedItems.get(p) ?? 0) >= (textBlocks.get(p) ?? 0);
  for (const [block] of items) for (let p = block.section; p !== -1; p = doc.headings[p].parent) if (!episodeForm(p) || listOfEpisodes(p)) container.add(p);
  const inEpisode = (from: number) => {
    for (let p = from; p !== -1; p = doc.headings[p].parent) if (dates[p] && episodeForm(p) && !container.has(p)) return true;
    return false;
  };

  const candidates: Candidate[] = [];
  for (const heading of doc.headings) {
    const dated = dates[heading.index];
    if (!dated || container.has(heading.index) || inNonContent(doc, heading.index) || inEpisode(heading.parent)) continue;
    candidates.push({dated, line: heading.line, heading: heading.index, start: heading.end, end: sectionEnd(doc, heading), title: heading.text, item: false});
  }
  for (const [block, dated] of items) {
    if (block.section !== -1 && inEpisode(block.section)) continue;
    candidates.push({dated, line: block.line, heading: block.section, start: block.start, end: block.end, title: itemTitle(dated.place), item: true});
  }
  candidates.sort((a, b) => a.start - b.start);

  const rows: Intervention[] = [];
  const seen = new Map<string, number>();
  for (const c of candidates) {
    const {dated} = c;
    let {start, end} = dated;
    if (end !== null && end < start) {
      warn(c.line, "reversed-years", `${c.item ? "list item" : "heading"} "${c.title}" gives its years in reverse; read as ${end}–${start}`);
      [start, end] = [end, start];
    }
    if (Math.max(start, end ?? start) > maxYear) {
      warn(c.line, "future-year", `${c.item ? "list item" : "heading"} "${c.title}" names a year after ${maxYear}`);
    }
    // A heading's place text names its targets; a list item's targets are read from its text
    // by a later pass (inferTargets), as are those of a heading that names no place.
    const {targets, notes, rule} = c.item ? targetsOfItemHead(dated.place) : targetsOfPlace(dated.place, dated.rule);
    if (!c.item && !dated.place) warn(c.line, "no-place", `dated heading "${c.title}" names no place; its targets are read from the section's text`);
    const key = `${c.item ? "item" : "heading"}\u0000${(c.item ? doc.text.slice(c.start, c.end) : c.title).toLowerCase()}`;
    if (seen.has(key)) warn(c.line, "duplicate-section", `${c.item ? "list item" : "heading"} "${c.title}" repeats the ${c.item ? "item" : "section"} at line ${seen.get(key)}`);
    else seen.set(key, c.line);
    const order = rows.length + 1;
    rows.push({
      id: `${doc.slug}:${order}`,
      document: doc.slug,
      order,
      period: c.heading === -1 ? "" : periodOf(doc, c.heading, c.item),
      start_year: start,
      end_year: end,
      ongoing: dated.ongoing,
      title: c.title,
      place: c.item ? "" : dated.place,
      targets,
      notes,
      line: c.line,
      heading: c.heading,
      start: c.start,
      end: c.end,
      rule: dated.rule + rule,
      target_iso3: [],
      region: [],
      methods: [],
    });
  }
  if (!rows.length) {
    warn(0, "no-dated-headings", "no dated headings (like \"==== 1944–1947: Romania ====\") and no dated list items (like \"- 1956–1957: …\"): the document yields no intervention rows");
  }
  return rows;
}

/**
 * The intervention whose section holds `offset`, or undefined (introduction, undated sections).
 * @example interventionAt(rows, 120)?.order // 1
 */
export function interventionAt(rows: readonly Intervention[], offset: number): Intervention | undefined {
  let lo = 0;
  let hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = rows[mid];
    if (offset < r.start) hi = mid - 1;
    else if (offset >= r.end) lo = mid + 1;
    else return r;
  }
  return undefined;
}
