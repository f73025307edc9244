/**
 * extractInterventions: dated headings → one Intervention per episode.
 */
import type {Document, Heading, Intervention, Warning} from "../types.ts";
import {DATED_HEADINGS, TARGET_NOTE, TARGET_SEPARATORS} from "../rules/headings.ts";
import {COMPOUND_PLACE_NAMES} from "../rules/places.ts";

/** A heading recognised as dated, before it becomes an Intervention. */
export interface DatedHeading {
  start: number;
  end: number | null;
  ongoing: boolean;
  place: string;
  rule: string;
}

/**
 * Reads a heading's text as `years: place`, or returns null when it is not dated
 * ("1980s", "See also"). A two-digit end year takes the start's century.
 * @example maybeDatedHeading("1944–47: Romania") // {start: 1944, end: 1947, ongoing: false, place: "Romania", rule: "heading:year-range"}
 */
export function maybeDatedHeading(text: string): DatedHeading | null {
  for (const [pattern, rule] of DATED_HEADINGS) {
    const m = pattern.exec(text.trim());
    if (!m?.groups) continue;
    const start = +m.groups.start;
    const ongoing = !!m.groups.open;
    let end: number | null = ongoing ? null : start;
    if (m.groups.end) {
      end = +m.groups.end;
      if (m.groups.end.length < 4) {
        const scale = 10 ** m.groups.end.length;
        end += Math.floor(start / scale) * scale;
        if (end < start) end += scale;
      }
    }
    return {start, end, ongoing, place: (m.groups.place ?? "").trim(), rule};
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

/** The nearest level-2 heading enclosing heading `index` (not the heading itself). */
function periodOf(doc: Document, heading: Heading): string {
  for (let p = heading.parent; p !== -1; p = doc.headings[p].parent) {
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

/** Options for {@link extractInterventions}. */
export interface InterventionOptions {
  /** Years after this are flagged as in the future (default: the current year). */
  maxYear?: number;
}

/**
 * One row per dated heading (any level) that has no dated heading below it, in document order, with its period (the enclosing
 * level-2 heading), years, place, targets and source line. Problems (reversed or future
 * years, a heading with no place, a repeated section) are pushed onto `doc.warnings`;
 * a document with no dated heading gets a `no-dated-headings` warning.
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
  const rows: Intervention[] = [];
  const seen = new Map<string, number>();
  const dates = doc.headings.map((h) => (h.level === 1 ? null : maybeDatedHeading(h.text)));
  // A dated heading with dated headings below it ("== 1921–1940: Interwar period ==") is a
  // period that groups episodes, not an episode itself.
  const container = new Set<number>();
  doc.headings.forEach((h, i) => {
    if (!dates[i]) return;
    for (let p = h.parent; p !== -1; p = doc.headings[p].parent) container.add(p);
  });
  for (const heading of doc.headings) {
    const dated = dates[heading.index];
    if (!dated || container.has(heading.index)) continue;
    let {start, end} = dated;
    if (end !== null && end < start) {
      warn(heading.line, "reversed-years", `heading "${heading.text}" gives its years in reverse; read as ${end}–${start}`);
      [start, end] = [end, start];
    }
    if (Math.max(start, end ?? start) > maxYear) {
      warn(heading.line, "future-year", `heading "${heading.text}" names a year after ${maxYear}`);
    }
    const {targets, notes} = splitTargets(dated.place);
    if (!targets.length) warn(heading.line, "no-place", `dated heading "${heading.text}" names no place`);
    const key = heading.text.toLowerCase();
    if (seen.has(key)) warn(heading.line, "duplicate-section", `heading "${heading.text}" repeats the section at line ${seen.get(key)}`);
    else seen.set(key, heading.line);
    const order = rows.length + 1;
    rows.push({
      id: `${doc.slug}:${order}`,
      document: doc.slug,
      order,
      period: periodOf(doc, heading),
      start_year: start,
      end_year: end,
      ongoing: dated.ongoing,
      place: dated.place,
      targets,
      notes,
      line: heading.line,
      heading: heading.index,
      start: heading.end,
      end: sectionEnd(doc, heading),
      rule: dated.rule,
      target_iso3: [],
      region: [],
      methods: [],
    });
  }
  if (!rows.length) {
    warn(0, "no-dated-headings", "no dated headings (like \"==== 1944–1947: Romania ====\"): the document yields no intervention rows");
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
