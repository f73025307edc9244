/**
 * Places: target names → today's ISO 3166-1 alpha-3 codes and a region. Modern countries come
 * from `world-countries` (via rules/places.ts); historical states and regions from the
 * hand-kept gazetteer `HISTORICAL_PLACES`.
 */
import {mkdirSync, readFileSync, renameSync, rmSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {ROOT} from "../io/paths.ts";
import type {Document, Intervention} from "../types.ts";
import {CAPITAL_IN_NAME, HISTORICAL_PLACES, MODERN_COUNTRIES, NOT_STATE_SPANS, OTHER_PLACE_BEFORE, PLACE_QUALIFIER, REGION_NAMES, SHARED_NAMES, type ModernCountry} from "../rules/places.ts";
import {CAPITAL_NAMES} from "../rules/actors.ts";
import {collectMatches} from "../parse/matches.ts";

// ---------------------------------------------------------------------------------------------
// Running rule tables fast. The passes run tables of patterns (rules/*.ts) over every sentence.
// V8 tries a case-insensitive Unicode pattern at every character (a microsecond or more a
// sentence), though most patterns match in few sentences; it tries an end-anchored pattern
// (`…$`) at every start of its window, and a list of 700 names at every character. The helpers
// below give the same matches for less: one scan for the literal words of a whole table
// (compileRules), a backwards test for end-anchored patterns (compileTest), a finder for lists
// of names (nameFinder). They live here because this module imports no other pass: methods.ts
// and events.ts import them without an import cycle.

/** A literal string of a pattern (in lower case if the pattern ignores case), and whether `\b` comes right before it. */
export interface Literal {
  text: string;
  boundary: boolean;
}

/** The literal text a pattern needs: sets of strings, one string of each set in every match. */
export interface LiteralFilter {
  /** The main set: where `atStart`, every match starts with one of its strings, or has one of `unless`. */
  literals: Literal[];
  atStart: boolean;
  /** Sets of the alternatives whose matches do not start with a known string: "Soviet Union|\p{Lu}\p{L}+ Soviet Socialist Republic". */
  unless: Literal[][];
  /** Other sets a match needs a string of, the most selective first. */
  also: Literal[][];
}

/**
 * What a part of a pattern can match: `exact`, every string it matches (when few and known);
 * `prefix`, strings one of which starts every match, unless it contains a string of one of the
 * sets `unless` (each the strings an alternative without a known start needs); `needs`, sets of
 * strings of which every match contains one string each; `nonWordEnd`, every match ends at a word boundary (with a
 * non-word character, `\s+`, or with `\b`) unless it is empty; `empty`, it can match the empty
 * string (and leave what came before it as it was).
 */
interface Facts {
  exact: string[] | null;
  prefix: string[] | null;
  unless: string[][];
  needs: string[][];
  nonWordEnd: boolean;
  empty: boolean;
}

/** Stands for `\b` inside the strings while they are built; never a character of a literal. */
const EDGE = "\u0000";
/** Stands for "what comes before ends with a non-word character": a boundary if a word character follows. */
const AFTER_NON_WORD = "\u0001";
const MARKS = /[\u0000\u0001]/g;
/** A word character for `\b`; ſ and K count, as `/iu` counts them. */
const isWordChar = (c: string) => /^[A-Za-z0-9_\u017f\u212a]$/.test(c);
/** Beyond this many strings, alternatives are no longer enumerated. */
const MAX_STRINGS = 64;
/** At most this many sets besides the main one are looked for, each with strings of MIN_ALSO characters or more. */
const MAX_ALSO = 2;
const MIN_ALSO = 5;
const lengthOf = (s: string) => {
  let n = s.length;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 2) n--;
  return n;
};
/** Whether a string leaves what came before it as it was: no character, and no `\b` at its end. */
const isEmpty = (s: string) => !lengthOf(s) && !s.endsWith(EDGE);
const known = (strings: string[]): Facts => ({
  exact: strings,
  prefix: strings,
  unless: [],
  needs: [],
  nonWordEnd: strings.every((s) => isEmpty(s) || s.endsWith(EDGE) || !isWordChar(s.replace(MARKS, "").slice(-1))),
  empty: strings.some(isEmpty),
});
const UNKNOWN: Facts = {exact: null, prefix: null, unless: [], needs: [], nonWordEnd: false, empty: false};
/** `\s`, `\W`, a class of spaces and punctuation: nothing known but that it ends with a non-word character. */
const NON_WORD: Facts = {...UNKNOWN, nonWordEnd: true};
const EMPTY = known([""]);
/** Every string of `a` followed by every string of `b` (both without repeats): most parts are one character. */
function joined(a: readonly string[], b: readonly string[]): string[] {
  if (b.length === 1) return a.map((x) => x + b[0]);
  if (a.length === 1) return b.map((y) => a[0] + y);
  return [...new Set(a.flatMap((x) => b.map((y) => x + y)))];
}
/** A set of strings serves as a filter only if each has a character. */
const usable = (set: string[] | null) => (set && set.every((s) => lengthOf(s) > 0) ? set : null);
const needsOf = (f: Facts): string[][] => (f.exact ? (usable(f.exact) ? [f.exact] : []) : f.needs);
/** How selective a set is: the longer its shortest string, then the longer its strings on average. */
const score = (set: string[]) => Math.min(...set.map(lengthOf)) * 1000 + set.reduce((sum, s) => sum + lengthOf(s), 0) / set.length;
const bySelectivity = (sets: string[][]) => [...sets].sort((a, b) => score(b) - score(a));

/**
 * The literal text a pattern needs, read from its source: literal characters, alternatives,
 * classes of a few printable ASCII characters, with `\b` remembered before them. The main set
 * is the strings that start every match where they are known, else the most selective set a
 * match needs. Null when no set is certain (the pattern may match anywhere) or for syntax it
 * does not know.
 * @example requiredLiterals(/\binvad(?:ed|ing)\b/iu) // {literals: [{text: "invaded", boundary: true}, {text: "invading", boundary: true}], atStart: true, unless: [], also: []}
 */
export function requiredLiterals(re: RegExp): LiteralFilter | null {
  const src = re.source;
  let i = 0;
  const fail = (): never => {
    throw new SyntaxError(`requiredLiterals: unexpected syntax at ${i} in /${src}/`);
  };
  const fold = re.flags.includes("i") ? (c: string) => c.toLowerCase() : (c: string) => c;
  const one = (c: string): Facts => (c >= " " && c <= "~" ? known([fold(c)]) : UNKNOWN);
  // Skips the rest of \u…, \x…, \c…, \k<…>, \p{…}, a back-reference: none of it is literal text.
  const skipEscape = (c: string) => {
    if (c === "p" || c === "P" || (c === "u" && src[i] === "{")) i = src.indexOf("}", i) + 1 || fail();
    else if (c === "u") i += /^[0-9a-fA-F]{4}$/.test(src.slice(i, i + 4)) ? 4 : fail();
    else if (c === "x") i += /^[0-9a-fA-F]{2}$/.test(src.slice(i, i + 2)) ? 2 : fail();
    else if (c === "c") i += 1;
    else if (c === "k") i = src.indexOf(">", i) + 1 || fail();
    else while (/[0-9]/.test(src[i] ?? "")) i++;
  };
  const isClassEscape = (c: string) => /[pPuxck0-9dDsSwWbBntrfv]/.test(c);
  const charClass = (): Facts => {
    const negated = src[i] === "^";
    if (negated) i++;
    let simple = !negated;
    let nonWord = !negated;
    const chars = new Set<string>();
    let previous = "";
    for (let first = true; src[i] !== "]"; first = false) {
      if (i >= src.length) fail();
      let c = src[i++];
      if (c === "\\") {
        c = src[i++];
        if (isClassEscape(c)) {
          skipEscape(c);
          simple = false;
          nonWord &&= c === "s" || c === "W";
          previous = "";
          continue;
        }
      } else if (c === "-" && !first && src[i] !== "]") {
        // A range of a few printable ASCII characters ("0-9") is its characters; another, unknown.
        const to = src[i++];
        if (to === "\\" || !(previous >= " " && to <= "~" && previous <= to && to.charCodeAt(0) - previous.charCodeAt(0) <= 26)) simple = false;
        else for (let code = previous.charCodeAt(0); code <= to.charCodeAt(0); code++) chars.add(fold(String.fromCharCode(code)));
        nonWord = false;
        previous = "";
        continue;
      }
      if (c >= " " && c <= "~") chars.add(fold(c));
      else simple = false;
      nonWord &&= !isWordChar(c);
      previous = c;
    }
    i++;
    return simple && chars.size ? known([...chars]) : nonWord ? NON_WORD : UNKNOWN;
  };
  // `context`: what comes before certainly ends with a non-word character.
  const atom = (context: boolean): Facts => {
    const c = src[i++];
    if (c === "(") {
      let lookaround = false;
      if (src.startsWith("?:", i)) i += 2;
      else if (src.startsWith("?=", i) || src.startsWith("?!", i)) (i += 2), (lookaround = true);
      else if (src.startsWith("?<=", i) || src.startsWith("?<!", i)) (i += 3), (lookaround = true);
      else if (src.startsWith("?<", i)) i = src.indexOf(">", i) + 1 || fail();
      else if (src[i] === "?") fail();
      const inner = disjunction(context && !lookaround);
      if (src[i++] !== ")") fail();
      // A lookaround consumes nothing: what it looks at is not part of the match.
      return lookaround ? EMPTY : inner;
    }
    if (c === "[") return charClass();
    if (c === "\\") {
      const e = src[i++];
      if (e === "b") return known([EDGE]);
      if (e === "B") return EMPTY;
      if (isClassEscape(e)) {
        skipEscape(e);
        return e === "s" || e === "W" ? NON_WORD : UNKNOWN;
      }
      return one(e);
    }
    if (c === "^" || c === "$") return EMPTY;
    if (c === ".") return UNKNOWN;
    if (c === "*" || c === "+" || c === "?" || c === undefined) fail();
    return one(c);
  };
  // A quantifier (`*`, `+`, `?`, `{m,n}`, lazy or not) after an atom, or null.
  const quantifier = (): {min: number; max: number} | null => {
    const m = /^(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})\??/.exec(src.slice(i, i + 16));
    if (!m) return null;
    i += m[0].length;
    if (m[1]) return {min: m[1] === "+" ? 1 : 0, max: m[1] === "?" ? 1 : Infinity};
    return {min: +m[2], max: m[3] ? (m[4] ? +m[4] : Infinity) : +m[2]};
  };
  const repeated = (f: Facts, {min, max}: {min: number; max: number}): Facts => {
    if (min === 1 && max === 1) return f;
    if (min === 0) return max === 1 && f.exact ? known([...new Set([...f.exact, ""])]) : {...UNKNOWN, nonWordEnd: f.nonWordEnd, empty: true};
    return {exact: null, prefix: f.prefix, unless: f.unless, needs: needsOf(f), nonWordEnd: f.nonWordEnd, empty: f.empty};
  };
  // A sequence: runs of parts with known strings join into longer strings ("\bsecret", then
  // "\s+" ends the run, then "police"); the leading run starts every match; a match needs
  // what each run and each part needs. A run after a non-word character ("\s+police") is
  // marked: its literals start at a word boundary.
  const alternative = (context: boolean): Facts => {
    let run = [context ? AFTER_NON_WORD : ""];
    let prefix: string[] | null = null;
    let unless: string[][] = [];
    const needs: string[][] = [];
    let exact = true;
    // What the parts so far match: it ends with a non-word character, unless it is empty.
    let nonWordEnd = true;
    let empty = true;
    while (i < src.length && src[i] !== "|" && src[i] !== ")") {
      const afterNonWord = nonWordEnd && (!empty || context);
      // A part that repeats is read again without the context: its second time follows its first.
      const at = i;
      let f = atom(afterNonWord);
      let q = quantifier();
      if (afterNonWord && q && q.max > 1) {
        i = at;
        f = atom(false);
        q = quantifier();
      }
      if (q) f = repeated(f, q);
      nonWordEnd = f.empty ? nonWordEnd && f.nonWordEnd : f.nonWordEnd;
      empty &&= f.empty;
      if (f.exact && run.length * f.exact.length <= MAX_STRINGS) {
        run = joined(run, f.exact);
        continue;
      }
      if (exact && f.prefix && run.length * f.prefix.length <= MAX_STRINGS) (prefix = joined(run, f.prefix)), (unless = f.unless);
      else if (exact) prefix = run;
      exact = false;
      if (usable(run)) needs.push(run);
      if (f.exact) run = joined([afterNonWord ? AFTER_NON_WORD : ""], f.exact);
      else {
        needs.push(...f.needs);
        run = [nonWordEnd && (!empty || context) ? AFTER_NON_WORD : ""];
      }
    }
    if (exact) return known(run);
    if (usable(run)) needs.push(run);
    return {exact: null, prefix, unless, needs, nonWordEnd, empty};
  };
  // Alternatives: a match needs one string of the union of the alternatives' best sets.
  const disjunction = (context = false): Facts => {
    const alternatives = [alternative(context)];
    while (src[i] === "|") {
      i++;
      alternatives.push(alternative(context));
    }
    if (alternatives.length === 1) return alternatives[0];
    const all = (sets: (string[] | null)[]) => (sets.every((s) => s !== null) ? [...new Set(sets.flat() as string[])] : null);
    const exact = all(alternatives.map((f) => f.exact));
    if (exact && exact.length <= MAX_STRINGS) return known(exact);
    const best = all(alternatives.map((f) => bySelectivity(needsOf(f))[0] ?? null));
    // The alternatives with a known start give the prefix; each other one, the set it needs.
    const started = alternatives.filter((f) => usable(f.prefix));
    const others = alternatives.filter((f) => !usable(f.prefix)).map((f) => bySelectivity(needsOf(f))[0] ?? null);
    const prefixed = started.length && others.every((set) => set !== null);
    return {
      exact: null,
      prefix: prefixed ? all(started.map((f) => f.prefix)) : null,
      unless: prefixed ? [...started.flatMap((f) => f.unless), ...(others as string[][])] : [],
      needs: best ? [best] : [],
      nonWordEnd: alternatives.every((f) => f.nonWordEnd),
      empty: alternatives.some((f) => f.empty),
    };
  };
  try {
    const facts = disjunction();
    if (i !== src.length) fail();
    // A literal that need not mark where a match starts loses its leading spaces and punctuation
    // (" Soviet Socialist Republic" → "Soviet…" after a word boundary): cheaper to look for.
    const literalsOf = (set: string[], keepStart = false): Literal[] =>
      set.map((s) => {
        let text = s.replace(MARKS, "");
        const marks = /^[\u0000\u0001]*/.exec(s)![0];
        const lead = keepStart ? "" : /^[^A-Za-z0-9_]*/.exec(text)![0];
        if (lead && lead.length < text.length && isWordChar(text[lead.length])) return {text: text.slice(lead.length), boundary: true};
        return {text, boundary: marks.includes(EDGE) || (marks.includes(AFTER_NON_WORD) && isWordChar(text[0]))};
      });
    const unless = facts.unless.map(usable);
    const needs = bySelectivity(needsOf(facts));
    // Matches are tried where the prefix is, unless it is single characters and a better set is known.
    const starts = unless.every((set) => set !== null) ? usable(facts.prefix) : null;
    const prefix = starts && (Math.min(...starts.map(lengthOf)) > 1 || !needs[0] || score(starts) >= score(needs[0])) ? starts : null;
    const main = prefix ?? needs[0];
    if (!main) return null;
    // Other sets are worth looking for where the main one has short words ("arm", "one"), if they
    // are selective and cheap to look for: long words, at word starts.
    const key = (set: Literal[]) => set.map((l) => l.text).sort().join("\n");
    const weak = Math.min(...main.map(lengthOf)) < MIN_ALSO;
    const mainKey = key(literalsOf(main));
    const also = weak ? needs.map((set) => literalsOf(set)).filter((set) => key(set) !== mainKey && set.every((l) => l.boundary && l.text.length >= MIN_ALSO)) : [];
    return {literals: literalsOf(main, prefix !== null), atStart: prefix !== null, unless: prefix ? (unless as string[][]).map((set) => literalsOf(set)) : [], also: also.slice(0, MAX_ALSO)};
  } catch {
    return null;
  }
}

/**
 * Whether a text has a character that `/iu` folds to ASCII (ſ → s, K → k) and `/i` does not:
 * such a text is not filtered. The answer for the last text is kept: every table asks of the same sentence.
 */
function foldsToAscii(text: string): boolean {
  if (text !== foldedText) (foldedText = text), (folds = text.includes("\u017f") || text.includes("\u212a"));
  return folds;
}
let foldedText = "";
let folds = false;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * One pattern for strings none of which starts another, as a trie: "(?:inva(?:ded|sion)|…)".
 * V8 tries the alternatives of a flat list one by one at every character; in a trie it gives
 * up at the first character that no string has there.
 */
function alternationOf(strings: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  for (const s of strings) byFirst.set(s[0], [...(byFirst.get(s[0]) ?? []), s.slice(1)]);
  const branches = [...byFirst].map(([c, rests]) => escapeRegExp(c) + (rests.length === 1 ? escapeRegExp(rests[0]) : alternationOf(rests)));
  return branches.length === 1 ? branches[0] : `(?:${branches.join("|")})`;
}

const isAsciiWord = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/**
 * Whether `literal` (in lower case where `caseless`) is in `text` at `at`, after a word boundary
 * where `boundary` (`\b` as an ASCII pattern reads it: the scan has let no ſ or K through).
 */
function literalAt(text: string, at: number, literal: string, boundary: boolean, caseless: boolean): boolean {
  if (boundary && isAsciiWord(text.charCodeAt(at - 1)) === isAsciiWord(text.charCodeAt(at))) return false;
  for (let j = 0; j < literal.length; j++) {
    let c = text.charCodeAt(at + j);
    if (caseless && c >= 65 && c <= 90) c += 32;
    if (c !== literal.charCodeAt(j)) return false;
  }
  return true;
}

/** A hash of this module's source as the library's bundle compiled it (bundle.mjs); not set through tsx. */
declare const ATLAS_SOURCE_HASH: string | undefined;

/**
 * requiredLiterals of the patterns, kept on disk from one process to the next: reading ~600
 * patterns' sources is most of what loading the library costs (~150 ms of a cold start, paid by
 * every worker thread and by the dev server's renderer after each save in loaders/). Only from
 * the bundle, whose build hashes this module's source as it compiles it (the whole analysis is
 * in this module): the file is named by that hash, so a change here starts a new file, and a
 * process never reads filters another version of the analysis wrote. It holds the patterns the
 * last process used, by flags and source.
 */
const literalMemory = (() => {
  const file = typeof ATLAS_SOURCE_HASH === "string" ? join(ROOT, "node_modules/.cache/intervention-atlas-bundle", `literals-${ATLAS_SOURCE_HASH}-${process.version}.json`) : null;
  let known = new Map<string, LiteralFilter | null>();
  try {
    if (file) {
      const read = new Map(Object.entries(JSON.parse(readFileSync(file, "utf8")) as Record<string, LiteralFilter | null>));
      // Anything but filters (a file edited by hand, another format) is not used.
      for (const filter of read.values()) if (filter !== null && !(Array.isArray(filter.literals) && Array.isArray(filter.unless) && Array.isArray(filter.also))) throw new Error("not a memory of filters");
      known = read;
    }
  } catch {
    // No file yet, or a broken one: the filters are read from the patterns.
  }
  return {file, known, used: new Map<string, LiteralFilter | null>(), unsaved: false};
})();

/** requiredLiterals, from the memory of earlier processes when it has the pattern (see literalMemory). */
function recallLiterals(re: RegExp): LiteralFilter | null {
  const key = `${re.flags}/${re.source}`;
  const filter = literalMemory.known.has(key) ? literalMemory.known.get(key)! : requiredLiterals(re);
  if (!literalMemory.known.has(key) && literalMemory.file && !literalMemory.unsaved) {
    // Once the modules have loaded (they compile their tables as they load): one write.
    literalMemory.unsaved = true;
    setImmediate(saveLiteralMemory);
  }
  literalMemory.known.set(key, filter);
  literalMemory.used.set(key, filter);
  return filter;
}

/** Writes the patterns this process used to the memory's file (a temporary file, then a rename). */
function saveLiteralMemory(): void {
  literalMemory.unsaved = false;
  const {file, used} = literalMemory;
  if (!file) return;
  const tmp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  try {
    mkdirSync(join(file, ".."), {recursive: true});
    writeFileSync(tmp, JSON.stringify(Object.fromEntries(used)));
    renameSync(tmp, file);
  } catch {
    // A read-only node_modules: the filters are read again next time.
    rmSync(tmp, {force: true});
  }
}

/** Which patterns of a table may match in a text, and where those that start with their literals may start. */
interface LiteralScan {
  /** The patterns that may match, in table order; every one when the text cannot be filtered. */
  maybe: readonly number[];
  /** For a pattern in `maybe` whose matches start with its literals, where they may start (the first `startCounts[k]`); else undefined. Reused by the next call. */
  starts: readonly (number[] | undefined)[];
  startCounts: Int32Array;
}
const NOTHING: LiteralScan = {maybe: [], starts: [], startCounts: new Int32Array(0)};

/**
 * A scanner for the literals of a table of patterns (requiredLiterals): one ASCII pattern of
 * every set any pattern needs (ignoring case if any pattern does), run once over a text.
 */
function literalScanner(patterns: readonly RegExp[]): (text: string) => LiteralScan {
  const filters = patterns.map(recallLiterals);
  // Case-sensitive literals are looked for as they are, unless some pattern ignores case.
  const caseless = patterns.some((p) => p.flags.includes("i"));
  // Every set of literals gets a number; a pattern may match if its sets are all found.
  const sets: Literal[][] = [];
  const setsOf = filters.map((f) => (f ? [f.literals, ...f.also].map((set) => sets.push(set) - 1) : []));
  const unlessOf = filters.map((f) => f?.unless.map((set) => sets.push(set) - 1) ?? []);
  // Each literal (text and boundary), the sets it is in, and the patterns that may start where
  // it is (their main set is one of them, and they start with it).
  const every = patterns.map((_, k) => k);
  const starting = new Map(every.filter((k) => filters[k]?.atStart).map((k) => [setsOf[k][0], k]));
  const byLiteral = new Map<string, {text: string; boundary: boolean; sets: number[]; starting: number[]}>();
  sets.forEach((set, id) => {
    for (const l of set) {
      const text = caseless ? l.text.toLowerCase() : l.text;
      const entry = byLiteral.get(`${l.boundary}${text}`) ?? {text, boundary: l.boundary, sets: [], starting: []};
      entry.sets.push(id);
      if (starting.has(id)) entry.starting.push(starting.get(id)!);
      byLiteral.set(`${l.boundary}${text}`, entry);
    }
  });
  // The pattern looks for roots: a literal that starts with another is looked for as the shorter
  // one. Then no two roots can match at the same place, one match per place (stepping by one
  // character) finds every one, and where a root is, the literals under it are checked one by one.
  const roots = new Map<string, {boundary: boolean; literals: {text: string; boundary: boolean; sets: number[]; starting: number[]}[]}>();
  const rootOf = (text: string) => {
    for (let n = 1; n < text.length; n++) if (roots.has(text.slice(0, n))) return text.slice(0, n);
    return text;
  };
  for (const l of [...byLiteral.values()].sort((a, b) => a.text.length - b.text.length)) {
    const root = rootOf(l.text);
    const entry = roots.get(root) ?? {boundary: true, literals: []};
    entry.boundary &&= l.boundary;
    entry.literals.push(l);
    roots.set(root, entry);
  }
  // Where the root is the literal itself (same boundary), the finder has checked it already.
  const atRoot = new Map([...roots].map(([text, r]) => [text, r.literals.map((l) => ({...l, checked: l.text === text && l.boundary === r.boundary}))]));
  const bounded = [...roots].filter(([, r]) => r.boundary).map(([text]) => text);
  const unbounded = [...roots].filter(([, r]) => !r.boundary).map(([text]) => text);
  const alternatives = [bounded.length ? `\\b${alternationOf(bounded)}` : "", unbounded.length ? alternationOf(unbounded) : ""];
  const finder = new RegExp(alternatives.filter(Boolean).join("|") || "(?!)", caseless ? "gi" : "g");
  const unfiltered = every.filter((k) => !setsOf[k].length);
  const needing = sets.map((_, id) => every.filter((k) => setsOf[k].includes(id) || unlessOf[k].includes(id)));
  const mainOf = setsOf.map((ids) => ids[0] ?? -1);
  const alsoOf = setsOf.map((ids) => ids.slice(1));
  // What a call has found is marked with the number of the call: nothing to clear or allocate.
  // (Indexed loops and no sort: this runs for every sentence, and V8 allocates for both.)
  const foundIn = new Int32Array(sets.length);
  const touchedIn = new Int32Array(patterns.length);
  // The patterns a call has touched, in the order it touched them: the few a sentence's literals
  // name are read at the end, not the whole table (~150 patterns for the cues) every time.
  const touched = new Int32Array(patterns.length);
  // Where each pattern may start: lists kept from call to call, each filled from its start in a
  // call (a count, not `length = 0`, which would drop the list's storage every time).
  const startLists: number[][] = patterns.map(() => []);
  const startCounts = new Int32Array(patterns.length);
  const startedIn = new Int32Array(patterns.length);
  const starts: (number[] | undefined)[] = patterns.map(() => undefined);
  let call = 0;
  return (text) => {
    if (++call === 2 ** 31 - 1) (call = 1), foundIn.fill(0), touchedIn.fill(0), startedIn.fill(0);
    // ſ or K: the patterns fold it to ASCII and the scan does not; nothing is left out.
    if (caseless && foldsToAscii(text)) return {maybe: every, starts: [], startCounts};
    finder.lastIndex = 0;
    let m = finder.exec(text);
    if (!m && !unfiltered.length) return NOTHING;
    let touchedCount = 0;
    for (let i = 0; i < unfiltered.length; i++) (touchedIn[unfiltered[i]] = call), (touched[touchedCount++] = unfiltered[i]);
    for (; m; finder.lastIndex = m.index + 1, m = finder.exec(text)) {
      // Prose is mostly in lower case: the match is looked up as it is before it is lowered.
      const under = atRoot.get(m[0]) ?? atRoot.get(m[0].toLowerCase())!;
      for (let u = 0; u < under.length; u++) {
        const literal = under[u];
        if (!literal.checked && !literalAt(text, m.index, literal.text, literal.boundary, caseless)) continue;
        for (let i = 0; i < literal.starting.length; i++) {
          const k = literal.starting[i];
          if (startedIn[k] !== call) (startedIn[k] = call), (startCounts[k] = 0);
          startLists[k][startCounts[k]++] = m.index;
        }
        for (let i = 0; i < literal.sets.length; i++) {
          const id = literal.sets[i];
          if (foundIn[id] === call) continue;
          foundIn[id] = call;
          const needs = needing[id];
          for (let j = 0; j < needs.length; j++) if (touchedIn[needs[j]] !== call) (touchedIn[needs[j]] = call), (touched[touchedCount++] = needs[j]);
        }
      }
    }
    // In table order (by insertion: they are few). A pattern may match if its main set and its
    // other sets are found, or one of its `unless` sets (then a match may start anywhere).
    for (let i = 1; i < touchedCount; i++) {
      const k = touched[i];
      let j = i - 1;
      for (; j >= 0 && touched[j] > k; j--) touched[j + 1] = touched[j];
      touched[j + 1] = k;
    }
    const maybe: number[] = [];
    for (let t = 0; t < touchedCount; t++) {
      const k = touched[t];
      let anywhere = false;
      for (let i = 0; i < unlessOf[k].length; i++) if (foundIn[unlessOf[k][i]] === call) anywhere = true;
      starts[k] = startedIn[k] === call && !anywhere ? startLists[k] : undefined;
      if (mainOf[k] >= 0 && foundIn[mainOf[k]] !== call && !anywhere) continue;
      let also = true;
      for (let i = 0; i < alsoOf[k].length; i++) if (foundIn[alsoOf[k][i]] !== call) also = false;
      if (also) maybe.push(k);
    }
    return {maybe, starts, startCounts};
  };
}

/**
 * Sorts `items` in place, as `items.sort(compare)` would (both are stable): by insertion when
 * they are few. V8's sort allocates on every call, and the passes sort a few items per sentence.
 */
export function sortFew<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > 16) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i];
    let j = i - 1;
    for (; j >= 0 && compare(items[j], item) > 0; j--) items[j + 1] = items[j];
    items[j + 1] = item;
  }
  return items;
}

/** The matches of one pattern of a table (compileRules): `rule`, its place in the table. */
export interface RuleMatches {
  rule: number;
  matches: RegExpExecArray[];
}

/**
 * A table of patterns compiled to run together: `(text) => [{rule, matches}]` for each pattern
 * that matches `text`, in table order, its matches as `text.matchAll` gives them. One scan for
 * the literals of the whole table (requiredLiterals) leaves out the patterns that cannot match;
 * a pattern whose matches start with its literals is tried only where they are.
 * @example compileRules([/\binvad(?:ed|e)\b/iu, /\bcoups?\b/iu])("troops invaded").map(({rule, matches}) => [rule, matches[0][0]]) // [[0, "invaded"]]
 */
export function compileRules(patterns: readonly RegExp[]): (text: string) => readonly RuleMatches[] {
  const scan = literalScanner(patterns);
  const globals = patterns.map((p) => new RegExp(p.source, p.flags.includes("g") ? p.flags : p.flags + "g"));
  const stickies = patterns.map((p) => new RegExp(p.source, p.flags.replace("g", "") + "y"));
  return (text) => {
    const {maybe, starts, startCounts} = scan(text);
    if (!maybe.length) return [];
    const found: RuleMatches[] = [];
    for (let i = 0; i < maybe.length; i++) {
      const k = maybe[i];
      const at = starts[k];
      const matches = at ? matchFrom(stickies[k], text, at, startCounts[k]) : collectMatches(globals[k], text);
      if (matches.length) found.push({rule: k, matches});
    }
    return found;
  };
}

/** The matches of a sticky pattern tried at the first `count` of `starts` (in order), as a scan from the start would find them: each after the end of the one before. */
function matchFrom(re: RegExp, text: string, starts: readonly number[], count: number): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let from = 0;
  for (let i = 0; i < count; i++) {
    const at = starts[i];
    if (at < from) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) continue;
    found.push(m);
    from = at + m[0].length;
  }
  return found;
}

/**
 * A prefilter for one pattern: false only if `re` cannot match in `text`, because `text` lacks
 * the literals it needs.
 * @example compileFilter(/\bpact\b[^.;]*\bpermitted\b/i)("troops invaded") // false
 */
export function compileFilter(re: RegExp): (text: string) => boolean {
  const scan = literalScanner([re]);
  return (text) => scan(text).maybe.length > 0;
}

/**
 * A test of whether `re`, a pattern whose every alternative ends with `$`, matches at the end
 * of a string. Tried forwards, such a pattern starts at every character of the string; as a
 * lookbehind at the end, V8 runs it once, backwards. Other patterns are tested as they are.
 * @example compileTest(/\bwith\s+$/i)("fought with ") // true
 */
export function compileTest(re: RegExp): (text: string) => boolean {
  const src = re.source;
  // The top-level alternatives, each without its final `$`; `anchored` if every one has it.
  const alternatives: string[] = [];
  let anchored = !re.flags.includes("m");
  let depth = 0;
  let from = 0;
  let anchor = -1;
  for (let i = 0; i <= src.length; i++) {
    const c = src[i];
    if (i === src.length || (c === "|" && depth === 0)) {
      anchored &&= anchor === i - 1;
      alternatives.push(src.slice(from, i - 1));
      from = i + 1;
    } else if (c === "\\") i++;
    else if (c === "[") for (i++; i < src.length && src[i] !== "]"; i++) i += src[i] === "\\" ? 1 : 0;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "$" && depth === 0) anchor = i;
  }
  const flags = re.flags.replace(/[gy]/g, "");
  if (!anchored) {
    const plain = new RegExp(src, flags);
    return (text) => plain.test(text);
  }
  const backwards = new RegExp(`(?<=${alternatives.join("|")})$`, flags + "y");
  return (text) => {
    backwards.lastIndex = text.length;
    return backwards.test(text);
  };
}

/** Every match of a global pattern, without cloning it (see parse/matches.ts); here too, where the passes import their helpers. */
export {collectMatches};

/** A name found in running text. */
export interface NameMatch {
  start: number;
  end: number;
  name: string;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;
/** Whether an ASCII code unit is a letter or a digit. */
const asciiLetterOrDigit = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Whether the character at `at` is a letter or a digit (`[\p{L}\p{N}]`): ASCII without the pattern, which most characters are. */
function letterOrDigitAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return asciiLetterOrDigit(c);
  // Past the end (NaN) or beyond ASCII: the pattern decides (it reads a surrogate pair as one code point).
  if (!(c >= 128)) return false;
  LETTER_OR_DIGIT.lastIndex = at;
  return LETTER_OR_DIGIT.test(text);
}
/** Whether the code point that ends at `at` is a letter or a digit, as `(?<![\p{L}\p{N}])` reads it. */
function letterOrDigitBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const low = text.charCodeAt(at - 1);
  if (low < 128) return asciiLetterOrDigit(low);
  const high = at > 1 ? text.charCodeAt(at - 2) : 0;
  LETTER_OR_DIGIT.lastIndex = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? at - 2 : at - 1;
  return LETTER_OR_DIGIT.test(text);
}

/**
 * A finder of names in running text, with the matches of the pattern
 * `(?<![\p{L}\p{N}])(?:name1|name2|…)(?![\p{L}\p{N}])` (flags `gu`, names in the order given)
 * and without its cost: V8 tries such a pattern of 700 names one by one at every character,
 * where this follows a trie of the names from each character as far as the text goes along it.
 * @example nameFinder(["South Korea", "Korea"])("North Korea and South Korea").map((m) => m.name) // ["Korea", "South Korea"]
 */
export function nameFinder(names: readonly string[]): (text: string) => NameMatch[] {
  // A trie of the names by character code; a node that ends a name keeps its place in the list.
  // (Every node has every field from the start: V8 then reads them all one way.)
  type Node = {next: Map<number, Node>; name: string | undefined; order: number};
  const root: Node = {next: new Map(), name: undefined, order: -1};
  names.forEach((name, order) => {
    let node = root;
    for (let j = 0; j < name.length; j++) {
      const c = name.charCodeAt(j);
      if (!node.next.has(c)) node.next.set(c, {next: new Map(), name: undefined, order: -1});
      node = node.next.get(c)!;
    }
    if (node.name === undefined) (node.name = name), (node.order = order);
  });
  // A table of the first characters: most characters start no name.
  const first = new Uint8Array(0x10000);
  for (const c of root.next.keys()) first[c] = 1;
  return (text) => {
    const found: NameMatch[] = [];
    for (let at = 0; at < text.length; at++) {
      if (!first[text.charCodeAt(at)]) continue;
      // The names that start here: of those followed by no letter or digit, the first in the list.
      let node = root.next.get(text.charCodeAt(at));
      let best: Node | null = null;
      for (let j = at + 1; node; node = node.next.get(text.charCodeAt(j++))) {
        if (node.name === undefined || (best && best.order < node.order)) continue;
        if (!letterOrDigitAt(text, j)) best = node;
      }
      if (!best || letterOrDigitBefore(text, at)) continue;
      found.push({start: at, end: at + best.name!.length, name: best.name!});
      at += best.name!.length - 1;
    }
    return found;
  };
}

/** A place name resolved to today's countries. */
export interface Place {
  /** Display name: the modern country's common name, or the historical name as written. */
  name: string;
  iso3: string[];
  /** One region for the place (a `world-countries` subregion). */
  region: string;
  /** `place:modern`, `place:historical:<example>`, with `+qualifier` when "eastern …" was dropped. */
  rule: string;
}

/** A place named in running text, by offsets into the string searched. */
export interface PlaceMention extends Place {
  start: number;
  end: number;
  /** The words as written. */
  text: string;
}

/** Case- and accent-insensitive key of a name: "Côte d'Ivoire" → "cote d'ivoire". */
function keyOf(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’ʻ`]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the\s+/i, "")
    .toLowerCase();
}

const modernByKey = new Map<string, ModernCountry>();
for (const country of MODERN_COUNTRIES) {
  for (const name of country.names) {
    const key = keyOf(name);
    if (!modernByKey.has(key)) modernByKey.set(key, country);
  }
}

function modernPlace(country: ModernCountry, rule: string): Place {
  return {name: country.name, iso3: [country.iso3], region: country.region, rule};
}

/** The gazetteer patterns compiled once: for a whole name, and for running text (compileRules). */
const HISTORICAL_SINGLE = HISTORICAL_PLACES.map(([pattern]) => new RegExp(pattern.source, pattern.flags.replace("g", "")));
const matchHistorical = compileRules(HISTORICAL_PLACES.map(([pattern]) => pattern));

/**
 * The gazetteer patterns a name may match, in table order: one scan for their words leaves out
 * the rest (most names are of no gazetteer entry, and every cold run compiled all ~80 patterns).
 */
const historicalCandidates = literalScanner(HISTORICAL_PLACES.map(([pattern]) => pattern));

/** The whole-name lookup without qualifiers. */
function lookup(name: string): Place | null {
  const trimmed = name.trim().replace(/^the\s+/i, "");
  const {maybe} = historicalCandidates(trimmed);
  for (let i = 0; i < maybe.length; i++) {
    const k = maybe[i];
    const [, iso3, region, example] = HISTORICAL_PLACES[k];
    const m = HISTORICAL_SINGLE[k].exec(trimmed);
    if (m && m.index === 0 && m[0].length === trimmed.length) return {name: trimmed, iso3: [...iso3], region, rule: `place:historical:${example}`};
  }
  const country = modernByKey.get(keyOf(trimmed));
  if (country) return modernPlace(country, "place:modern");
  // A capital named as a whole target ("Addis Ababa" after "entered") is its country, as in prose.
  const seat = countryOfCapital.get(trimmed);
  if (seat) return modernPlace(seat, "place:capital");
  for (const [pattern, members, example] of REGION_NAMES) {
    if (!pattern.test(trimmed)) continue;
    const iso3 = typeof members === "string" ? MODERN_COUNTRIES.filter((c) => c.region === members && c.unMember).map((c) => c.iso3) : [...members];
    const region = typeof members === "string" ? members : (MODERN_COUNTRIES.find((c) => c.iso3 === members[0])?.region ?? "");
    return {name: trimmed, iso3, region, rule: `place:region:${example}`};
  }
  return null;
}

/**
 * Resolves a target name, including historical states and regions, to today's countries,
 * or returns null for a name it does not know. "eastern Poland" is Poland.
 * @example maybePlace("Yugoslavia")?.iso3 // ["SRB", "HRV", "SVN", "BIH", "MKD", "MNE"]
 * @example maybePlace("Burma")?.iso3 // ["MMR"]
 * @example maybePlace("Atlantis") // null
 */
export function maybePlace(name: string): Place | null {
  let place = resolved.get(name);
  if (place === undefined) {
    place = resolve(name);
    if (resolved.size >= 10_000) resolved.clear();
    resolved.set(name, place);
  }
  // A copy, as a fresh lookup would give: the caller may change it.
  return place && {...place, iso3: [...place.iso3]};
}

// The passes ask for the same few target names again and again (every event of a section).
const resolved = new Map<string, Place | null>();

/** maybePlace without the memory. */
function resolve(name: string): Place | null {
  let current = name.replace(/\s+/g, " ").trim();
  if (!current) return null;
  let rule = "";
  for (let i = 0; i < 3; i++) {
    const place = lookup(current);
    if (place) return rule ? {...place, rule: place.rule + rule} : place;
    const stripped = current.replace(PLACE_QUALIFIER, "");
    if (stripped === current || !stripped) return null;
    current = stripped;
    rule = "+qualifier";
  }
  return null;
}

/** Every modern name, longest first, case-sensitive (prose capitalises names), found as a pattern `(?<![\p{L}\p{N}])(?:Name|…)(?![\p{L}\p{N}])` would find them. */
const modernByName = new Map<string, ModernCountry>();
for (const country of MODERN_COUNTRIES) for (const name of country.names) if (!modernByName.has(name)) modernByName.set(name, country);
// A capital is its country where it is acted on ("sent tanks into Budapest", "captured Paris");
// as the actor it is a metonym (rules/actors.ts), and the targets pass leaves the actor out.
const modernByIso3 = new Map(MODERN_COUNTRIES.map((c) => [c.iso3, c]));
const countryOfCapital = new Map<string, ModernCountry>();
for (const [name, iso3] of CAPITAL_NAMES) {
  const country = modernByIso3.get(iso3);
  if (country && !modernByName.has(name)) countryOfCapital.set(name, country);
}

const findModernNames = nameFinder([...new Set([...MODERN_COUNTRIES.flatMap((c) => c.names), ...countryOfCapital.keys()])].filter((n) => /^\p{Lu}/u.test(n)).sort((a, b) => b.length - a.length));

/**
 * Every place named in `text` (modern countries and gazetteer entries), in order, longest
 * match first where two overlap. Names must be capitalised as in prose.
 * @example findPlaces("the Soviet Union invaded eastern Poland").map((p) => p.iso3.join(";")) // [<15 codes>, "POL"]
 */
export function findPlaces(text: string): PlaceMention[] {
  // The passes ask again of the same sentence (its events, the targets of its acts, a covert
  // act's places): the answer for a text is kept, as a copy each caller may change.
  let known = placesOfText.get(text);
  if (!known) {
    known = findPlacesIn(text);
    if (placesOfText.size >= 4096) placesOfText.clear();
    placesOfText.set(text, known);
  }
  return known.map((p) => ({...p, iso3: [...p.iso3]}));
}
const placesOfText = new Map<string, PlaceMention[]>();

const matchNotStateSpans = compileRules(NOT_STATE_SPANS.map(([pattern]) => pattern));

/**
 * The spans of a text in which a country's name names no state (NOT_STATE_SPANS), as
 * `[start, end]` pairs in text order: "the Gulf of Mexico", "Latin American".
 * @example notStateSpans("warships in the Gulf of Mexico") // [[16, 30]]
 */
export function notStateSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const {matches} of matchNotStateSpans(text)) for (const m of matches) spans.push([m.index, m.index + m[0].length]);
  return sortFew(spans, (a, b) => a[0] - b[0]);
}

/** Whether `[start, end)` lies inside one of `spans` (notStateSpans). */
export function insideSpans(spans: readonly (readonly [number, number])[], start: number, end: number): boolean {
  for (const [from, to] of spans) if (from <= start && end <= to) return true;
  return false;
}

/** findPlaces without the memory. */
function findPlacesIn(text: string): PlaceMention[] {
  const found: PlaceMention[] = [];
  for (const {rule, matches} of matchHistorical(text)) {
    const [, iso3, region, example] = HISTORICAL_PLACES[rule];
    for (const m of matches) {
      if (!/\p{Lu}/u.test(m[0])) continue;
      found.push({start: m.index, end: m.index + m[0].length, text: m[0], name: m[0], iso3: [...iso3], region, rule: `place:historical:${example}`});
    }
  }
  for (const {start, end, name} of findModernNames(text)) {
    const country = modernByName.get(name);
    const capitalOf = country ? undefined : countryOfCapital.get(name);
    if (country) found.push({start, end, text: name, name: country.name, iso3: [country.iso3], region: country.region, rule: "place:modern"});
    else if (capitalOf && !CAPITAL_IN_NAME[0].test(text.slice(end, end + 16))) found.push({start, end, text: name, name: capitalOf.name, iso3: [capitalOf.iso3], region: capitalOf.region, rule: "place:capital"});
  }
  sortFew(found, (a, b) => a.start - b.start || b.end - a.end);
  const kept: PlaceMention[] = [];
  const spans = found.length ? notStateSpans(text) : [];
  for (const p of found) {
    const last = kept[kept.length - 1];
    if (last && p.start < last.end) continue;
    // "New Spain", "New Jersey": another place, unless the name found starts with the word.
    if (OTHER_PLACE_BEFORE[0].test(text.slice(Math.max(0, p.start - 10), p.start))) continue;
    if (spans.length && insideSpans(spans, p.start, p.end)) continue;
    kept.push(p);
  }
  return kept;
}

/**
 * Fills `target_iso3` and `region` of every intervention from its targets (a target that is
 * unknown is tried through its parenthetical notes: "British Guiana (Guyana)"). An unknown
 * place stays in `targets` without a code and is reported as an `unknown-place` warning
 * naming the file and the heading's line; it is never dropped.
 * @example locateTargets(doc, rows); rows[0].target_iso3 // ["MNG"]
 */
export function locateTargets(doc: Document, interventions: readonly Intervention[]): void {
  for (const intervention of interventions) {
    const iso3: string[] = [];
    const regions: string[] = [];
    for (const target of intervention.targets) {
      const found = maybePlace(target) ?? intervention.notes.map(maybePlace).find((p) => p !== null) ?? null;
      const place = found && readSharedName(target, found, () => doc.prose.slice(intervention.start, intervention.end));
      if (!place) {
        doc.warnings.push({
          document: doc.slug,
          file: doc.file,
          line: intervention.line,
          code: "unknown-place",
          message: `unknown place "${target}" in section "${intervention.place}" (${doc.file}, line ${intervention.line}): kept as a target without an ISO code`,
        });
        continue;
      }
      for (const code of place.iso3) if (!iso3.includes(code)) iso3.push(code);
      if (!regions.includes(place.region)) regions.push(place.region);
    }
    intervention.target_iso3 = iso3;
    intervention.region = regions;
  }
}

/**
 * The state a row's target name means when two states have borne it (SHARED_NAMES): the other
 * one where the row's text names its places. `body` gives the row's text, read only for such a name.
 * @example readSharedName("Congo", maybePlace("Congo")!, () => "Lumumba appealed for help against the secession of Katanga").iso3 // ["COD"]
 */
export function readSharedName(name: string, place: Place, body: () => string): Place {
  for (const [pattern, other, context] of SHARED_NAMES) {
    const country = modernByIso3.get(other);
    if (country && pattern.test(name.trim()) && context.test(body())) return modernPlace(country, `${place.rule}+shared-name`);
  }
  return place;
}
