/**
 * Places: target names → today's ISO 3166-1 alpha-3 codes and a region. Modern countries come
 * from `world-countries` (via rules/places.ts); historical states and regions from the
 * hand-kept gazetteer `HISTORICAL_PLACES`.
 */
import type {Document, Intervention} from "../types.ts";
import {HISTORICAL_PLACES, MODERN_COUNTRIES, PLACE_QUALIFIER, type ModernCountry} from "../rules/places.ts";

// ---------------------------------------------------------------------------------------------
// Running rule tables fast. The passes run tables of patterns (rules/*.ts) over every sentence.
// V8 tries a case-insensitive Unicode pattern at every character (about 1 µs a sentence), and
// most patterns match in few sentences; an end-anchored pattern (`…$`) is tried at every start
// of its window. The helpers below give the same answers for less: a prefilter that skips the
// patterns a text cannot match, a backwards test for end-anchored patterns, a finder for long
// lists of names. They live in this module because it imports no other pass: methods.ts and
// events.ts import them from here without an import cycle.

/** A string every match of a pattern contains (lower case), and whether `\b` comes right before it. */
export interface Literal {
  text: string;
  boundary: boolean;
}

/** What a part of a pattern can match: every string (when few and known), or strings one of which every match contains. */
interface Facts {
  exact: string[] | null;
  some: string[] | null;
}

/** Stands for `\b` inside strings while they are built; never a character of a literal. */
const EDGE = "\u0000";
/** Beyond this many strings, a set of alternatives is no longer enumerated. */
const MAX_STRINGS = 64;
const UNKNOWN: Facts = {exact: null, some: null};
const EMPTY: Facts = {exact: [""], some: null};

/**
 * Strings one of which every match of `re` contains, read from its source: literal text,
 * alternatives and classes of a few printable ASCII characters, with `\b` remembered before
 * them. Returns null when nothing is certain (the pattern may match anywhere), and for any
 * syntax it does not know. Case is folded: a case-sensitive pattern gets a weaker filter, never a wrong one.
 * @example requiredLiterals(/\binvad(?:ed|ing)\b/iu) // [{text: "invaded", boundary: true}, {text: "invading", boundary: true}]
 */
export function requiredLiterals(re: RegExp): Literal[] | null {
  const src = re.source;
  let i = 0;
  const length = (s: string) => s.replaceAll(EDGE, "").length;
  const one = (c: string): Facts => (c >= " " && c <= "~" ? {exact: [c.toLowerCase()], some: null} : UNKNOWN);
  // A set can serve as a filter only if every string in it has a character.
  const literal = (f: Facts) => (f.exact ? (f.exact.every((s) => length(s) > 0) ? f.exact : null) : f.some);
  // The more selective of two filters: the longer shortest string, then the longer strings on average.
  const better = (a: string[] | null, b: string[] | null) => {
    if (!a || !b) return a ?? b;
    const score = (set: string[]) => Math.min(...set.map(length)) * 1000 + set.reduce((sum, s) => sum + length(s), 0) / set.length;
    return score(a) >= score(b) ? a : b;
  };
  const union = (alternatives: Facts[]): Facts => {
    if (alternatives.every((f) => f.exact)) {
      const all = [...new Set(alternatives.flatMap((f) => f.exact!))];
      if (all.length <= MAX_STRINGS) return {exact: all, some: null};
    }
    const sets = alternatives.map(literal);
    return {exact: null, some: sets.every((s) => s !== null) ? [...new Set(sets.flat())] : null};
  };
  const repeat = (f: Facts, min: number, max: number): Facts => {
    if (min === 1 && max === 1) return f;
    if (min === 0) return max === 1 && f.exact ? {exact: [...new Set([...f.exact, ""])], some: null} : UNKNOWN;
    return {exact: null, some: literal(f)};
  };
  const fail = (): never => {
    throw new SyntaxError(`requiredLiterals: unexpected syntax at ${i} in /${src}/`);
  };
  // Skips what follows \u, \x, \c, \k, \p, a back-reference: none of it is literal text.
  const skipEscape = (c: string) => {
    if (c === "p" || c === "P" || (c === "u" && src[i] === "{")) i = src.indexOf("}", i) + 1 || fail();
    else if (c === "u") i += /^[0-9a-fA-F]{4}/.test(src.slice(i, i + 4)) ? 4 : fail();
    else if (c === "x") i += /^[0-9a-fA-F]{2}/.test(src.slice(i, i + 2)) ? 2 : fail();
    else if (c === "c") i += 1;
    else if (c === "k") i = src.indexOf(">", i) + 1 || fail();
    else if (/[0-9]/.test(c)) while (/[0-9]/.test(src[i] ?? "")) i++;
  };
  const isClassEscape = (c: string) => /[pPuxck0-9dDsSwWbBntrfv]/.test(c);
  const charClass = (): Facts => {
    let simple = src[i] !== "^";
    if (!simple) i++;
    const chars = new Set<string>();
    for (let first = true; src[i] !== "]"; first = false) {
      if (i >= src.length) fail();
      let c = src[i++];
      if (c === "\\") {
        c = src[i++];
        if (isClassEscape(c)) {
          skipEscape(c);
          simple = false;
          continue;
        }
      } else if (c === "-" && !first && src[i] !== "]") simple = false; // a range
      if (c >= " " && c <= "~") chars.add(c.toLowerCase());
      else simple = false;
    }
    i++;
    return simple && chars.size ? {exact: [...chars], some: null} : UNKNOWN;
  };
  const escape = (): Facts => {
    const c = src[i++];
    if (c === "b") return {exact: [EDGE], some: null};
    if (c === "B") return EMPTY;
    if (isClassEscape(c)) {
      skipEscape(c);
      return UNKNOWN;
    }
    return one(c);
  };
  const atom = (): Facts => {
    const c = src[i++];
    if (c === "(") {
      let lookaround = false;
      if (src.startsWith("?:", i)) i += 2;
      else if (src.startsWith("?=", i) || src.startsWith("?!", i)) (i += 2), (lookaround = true);
      else if (src.startsWith("?<=", i) || src.startsWith("?<!", i)) (i += 3), (lookaround = true);
      else if (src.startsWith("?<", i)) i = src.indexOf(">", i) + 1 || fail();
      else if (src[i] === "?") fail();
      const inner = disjunction();
      if (src[i++] !== ")") fail();
      // A lookaround consumes nothing; what it looks at is not part of the match.
      return lookaround ? EMPTY : inner;
    }
    if (c === "[") return charClass();
    if (c === "\\") return escape();
    if (c === "^" || c === "$") return EMPTY;
    if (c === "." || c === "*" || c === "+" || c === "?") return c === "." ? UNKNOWN : fail();
    return one(c);
  };
  const quantified = (f: Facts): Facts => {
    let min = 1;
    let max = 1;
    const c = src[i];
    if (c === "*" || c === "+" || c === "?") {
      min = c === "+" ? 1 : 0;
      max = c === "?" ? 1 : Infinity;
      i++;
    } else if (c === "{") {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(src.slice(i));
      if (!m) return f;
      min = +m[1];
      max = m[2] ? (m[3] ? +m[3] : Infinity) : min;
      i += m[0].length;
    } else return f;
    if (src[i] === "?") i++;
    return repeat(f, min, max);
  };
  // A sequence: runs of parts with known strings join into longer strings ("\bsecret" then
  // "\s+" then "police"); the best run, or the best filter of another part, is the filter.
  const alternative = (): Facts => {
    let run = EMPTY.exact!;
    let best: string[] | null = null;
    let exact = true;
    while (i < src.length && src[i] !== "|" && src[i] !== ")") {
      const f = quantified(atom());
      if (f.exact && run.length * f.exact.length <= MAX_STRINGS) {
        run = [...new Set(run.flatMap((x) => f.exact!.map((y) => x + y)))];
        continue;
      }
      exact = false;
      best = better(best, literal({exact: run, some: null}));
      if (f.exact) run = f.exact;
      else {
        best = better(best, f.some);
        run = EMPTY.exact!;
      }
    }
    return exact ? {exact: run, some: null} : {exact: null, some: better(best, literal({exact: run, some: null}))};
  };
  const disjunction = (): Facts => {
    const alternatives = [alternative()];
    while (src[i] === "|") {
      i++;
      alternatives.push(alternative());
    }
    return alternatives.length === 1 ? alternatives[0] : union(alternatives);
  };
  try {
    const facts = disjunction();
    if (i !== src.length) fail();
    return literal(facts)?.map((s) => ({text: s.replaceAll(EDGE, ""), boundary: s.startsWith(EDGE)})) ?? null;
  } catch {
    return null;
  }
}

/** Characters that `/iu` folds to ASCII (ſ → s, K → k) and `/i` does not: a text with one gets no filtering. */
const FOLDS_TO_ASCII = /[\u017f\u212a]/;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A prefilter for a table of patterns: `mayMatch(text)[k]` is 0 only if `patterns[k]` cannot
 * match in `text`, because `text` lacks every literal the pattern needs (requiredLiterals). One
 * pass of one case-insensitive ASCII pattern over the text finds them all.
 * @example triggersOf([/\binvad(?:ed|e)\b/iu, /\bcoups?\b/iu])("troops invaded") // Uint8Array [1, 0]
 */
export function triggersOf(patterns: readonly RegExp[]): (text: string) => Uint8Array {
  const always: number[] = [];
  const literals: (Literal & {rule: number})[] = [];
  patterns.forEach((pattern, rule) => {
    const found = requiredLiterals(pattern);
    if (found) for (const l of found) literals.push({...l, rule});
    else always.push(rule);
  });
  // A literal that starts with another is found through the shorter one, so no two literals
  // left can match at the same place, and one match per place (stepping by one) finds them all.
  const roots = new Map<string, {boundary: boolean; rules: Set<number>}>();
  for (const l of [...literals].sort((a, b) => a.text.length - b.text.length)) {
    let root: string | undefined;
    for (const r of roots.keys()) if (l.text.startsWith(r)) root = r;
    const entry = roots.get(root ?? l.text) ?? {boundary: true, rules: new Set<number>()};
    entry.boundary &&= l.boundary;
    entry.rules.add(l.rule);
    roots.set(root ?? l.text, entry);
  }
  const rulesOf = new Map([...roots].map(([text, {rules}]) => [text, [...rules]]));
  const scan = roots.size ? new RegExp([...roots].map(([text, {boundary}]) => (boundary ? "\\b" : "") + escapeRegExp(text)).join("|"), "gi") : null;
  return (text) => {
    const flags = new Uint8Array(patterns.length);
    for (const k of always) flags[k] = 1;
    if (!scan) return flags;
    if (FOLDS_TO_ASCII.test(text)) return flags.fill(1);
    scan.lastIndex = 0;
    for (let m; (m = scan.exec(text)); scan.lastIndex = m.index + 1) {
      const rules = rulesOf.get(m[0].toLowerCase());
      if (!rules) return flags.fill(1);
      for (const k of rules) flags[k] = 1;
    }
    return flags;
  };
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

/** Every match of a global pattern, as `text.matchAll(re)` gives them, without cloning the pattern on every call. */
export function collectMatches(re: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m; (m = re.exec(text)); ) {
    found.push(m);
    // An empty match moves on by one character (one code point in a Unicode pattern), as matchAll does.
    if (m[0] === "") re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return found;
}

/** A name found in running text. */
export interface NameMatch {
  start: number;
  end: number;
  name: string;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;

/**
 * A finder of names in running text, with the matches of the pattern
 * `(?<![\p{L}\p{N}])(?:name1|name2|…)(?![\p{L}\p{N}])` (flags `gu`, names in the order given)
 * and without its cost: V8 tries such a pattern of 700 names at every character, where this
 * looks only at the names that begin as a word of the text begins.
 * @example nameFinder(["South Korea", "Korea"])("North Korea and South Korea").map((m) => m.name) // ["Korea", "South Korea"]
 */
export function nameFinder(names: readonly string[]): (text: string) => NameMatch[] {
  const keyLength = Math.max(1, Math.min(...names.map((n) => n.length)));
  const byKey = new Map<string, string[]>();
  for (const name of names) {
    const key = name.slice(0, keyLength);
    byKey.set(key, [...(byKey.get(key) ?? []), name]);
  }
  const firsts = [...new Set(names.map((n) => n[0]))].map((c) => c.replace(/[\\\]^-]/g, "\\$&")).join("");
  const starts = new RegExp(`(?<![\\p{L}\\p{N}])[${firsts}]`, "gu");
  return (text) => {
    const found: NameMatch[] = [];
    starts.lastIndex = 0;
    for (let m; (m = starts.exec(text)); ) {
      const at = m.index;
      for (const name of byKey.get(text.slice(at, at + keyLength)) ?? []) {
        if (!text.startsWith(name, at)) continue;
        LETTER_OR_DIGIT.lastIndex = at + name.length;
        if (LETTER_OR_DIGIT.test(text)) continue;
        found.push({start: at, end: at + name.length, name});
        starts.lastIndex = at + name.length;
        break;
      }
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

/** The gazetteer patterns compiled once: for a whole name, and for running text. */
const HISTORICAL_SINGLE = HISTORICAL_PLACES.map(([pattern]) => new RegExp(pattern.source, pattern.flags.replace("g", "")));
const HISTORICAL_GLOBAL = HISTORICAL_PLACES.map(([pattern]) => new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g"));

/** The whole-name lookup without qualifiers. */
function lookup(name: string): Place | null {
  const trimmed = name.trim().replace(/^the\s+/i, "");
  for (const [k, [, iso3, region, example]] of HISTORICAL_PLACES.entries()) {
    const m = HISTORICAL_SINGLE[k].exec(trimmed);
    if (m && m.index === 0 && m[0].length === trimmed.length) return {name: trimmed, iso3: [...iso3], region, rule: `place:historical:${example}`};
  }
  const country = modernByKey.get(keyOf(trimmed));
  return country ? modernPlace(country, "place:modern") : null;
}

/**
 * Resolves a target name, including historical states and regions, to today's countries,
 * or returns null for a name it does not know. "eastern Poland" is Poland.
 * @example maybePlace("Yugoslavia")?.iso3 // ["SRB", "HRV", "SVN", "BIH", "MKD", "MNE"]
 * @example maybePlace("Burma")?.iso3 // ["MMR"]
 * @example maybePlace("Atlantis") // null
 */
export function maybePlace(name: string): Place | null {
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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** One pattern for every modern name, longest first, case-sensitive (prose capitalises names). */
const MODERN_TEXT = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...new Set(MODERN_COUNTRIES.flatMap((c) => c.names))]
    .filter((n) => /^\p{Lu}/u.test(n))
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|")})(?![\\p{L}\\p{N}])`,
  "gu",
);

const modernByName = new Map<string, ModernCountry>();
for (const country of MODERN_COUNTRIES) for (const name of country.names) if (!modernByName.has(name)) modernByName.set(name, country);

/**
 * Every place named in `text` (modern countries and gazetteer entries), in order, longest
 * match first where two overlap. Names must be capitalised as in prose.
 * @example findPlaces("the Soviet Union invaded eastern Poland").map((p) => p.iso3.join(";")) // [<15 codes>, "POL"]
 */
export function findPlaces(text: string): PlaceMention[] {
  const found: PlaceMention[] = [];
  for (const [k, [, iso3, region, example]] of HISTORICAL_PLACES.entries()) {
    for (const m of text.matchAll(HISTORICAL_GLOBAL[k])) {
      if (!/\p{Lu}/u.test(m[0])) continue;
      found.push({start: m.index!, end: m.index! + m[0].length, text: m[0], name: m[0], iso3: [...iso3], region, rule: `place:historical:${example}`});
    }
  }
  for (const m of text.matchAll(MODERN_TEXT)) {
    const country = modernByName.get(m[0]);
    if (country) found.push({start: m.index!, end: m.index! + m[0].length, text: m[0], ...modernPlace(country, "place:modern")});
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PlaceMention[] = [];
  for (const p of found) {
    const last = kept[kept.length - 1];
    if (last && p.start < last.end) continue;
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
      const place = maybePlace(target) ?? intervention.notes.map(maybePlace).find((p) => p !== null) ?? null;
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
