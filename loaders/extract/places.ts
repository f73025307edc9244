/**
 * Places: target names → today's ISO 3166-1 alpha-3 codes and a region. Modern countries come
 * from `world-countries` (via rules/places.ts); historical states and regions from the
 * hand-kept gazetteer `HISTORICAL_PLACES`.
 */
import type {Document, Intervention} from "../types.ts";
import {HISTORICAL_PLACES, MODERN_COUNTRIES, PLACE_QUALIFIER, type ModernCountry} from "../rules/places.ts";

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
