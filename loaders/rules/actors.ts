/**
 * Actor data tables: who can act in a sentence. Powers (the intervening states an article is
 * about, and the other powers that appear in such articles) are kept here by hand, keyed by
 * power; every other country comes from the maintained `world-countries` package (name and
 * demonym). `extract/methods.ts` runs these tables; nothing here is code but the derivations.
 */
import countries from "world-countries";
import type {Rule} from "../types.ts";

/** Display name of each power key: the `actor` written in events.csv. */
export const POWER_NAMES: Readonly<Record<string, string>> = {
  soviet: "Soviet Union",
  russia: "Russia",
  "united-states": "United States",
  "united-kingdom": "United Kingdom",
  germany: "Germany",
  france: "France",
  italy: "Italy",
  japan: "Japan",
  china: "China",
  cuba: "Cuba",
  "east-germany": "East Germany",
  "north-vietnam": "North Vietnam",
  "south-vietnam": "South Vietnam",
  allies: "Allies",
  axis: "Axis",
  "warsaw-pact": "Warsaw Pact",
  nato: "NATO",
};

/** ISO 3166-1 alpha-3 code of today's country for each power (coalitions have none). */
export const POWER_ISO3: Readonly<Record<string, string>> = {
  soviet: "RUS",
  russia: "RUS",
  "united-states": "USA",
  "united-kingdom": "GBR",
  germany: "DEU",
  france: "FRA",
  italy: "ITA",
  japan: "JPN",
  china: "CHN",
  cuba: "CUB",
  "east-germany": "DEU",
  "north-vietnam": "VNM",
  "south-vietnam": "VNM",
};

/**
 * Aliases of each power: names, armies, capitals used as metonyms, leaders, agencies.
 * `[pattern, power key, "example phrase"]`; patterns are case-sensitive (acronyms). A name
 * shared by two powers ("Moscow", "Kremlin") is listed under both; the article's own power
 * wins when both match.
 */
export const ACTOR_ALIASES: Rule[] = [
  [
    /\b(?:\p{Lu}[\p{L}-]+ Soviet (?:Federative )?Socialist Republics?|Soviet Union|Union of Soviet Socialist Republics|U\.S\.S\.R\.?|USSR|Soviet Army|Red Army|Soviets?|Moscow|Kremlin|Politburo|Comintern|Bolsheviks?|Stalin|Khrushchev|Brezhnev|Andropov|Chernenko|Gorbachev|Molotov|Zhukov|NKVD|OGPU|GPU|KGB|GRU|Cheka|Spetsnaz|spetsnaz)\b/u,
    "soviet",
    "the Soviet Union invaded Finland",
  ],
  [/\b(?:Russian Federation|Russia|Russians?|Moscow|Kremlin|Putin|Yeltsin|Medvedev|FSB|SVR|GRU|Wagner Group)\b/, "russia", "Russia annexed Crimea"],
  [
    /\b(?:United States of America|United States|U\.S\.A\.|U\.S\.|USA|US|America|Americans?|Washington|Pentagon|White House|CIA|Central Intelligence Agency|U\.S\. Marines|Marines|Eisenhower|Kennedy|Nixon|Reagan|Truman|Lyndon Johnson|Jimmy Carter|Kissinger|State Department|Green Berets|Navy SEALs)\b/,
    "united-states",
    "the CIA organised a coup",
  ],
  [/\b(?:United Kingdom|Great Britain|Britain|British|UK|U\.K\.|London|MI6|Churchill|Whitehall|Downing Street|British Army|Royal Navy|Royal Marines|Special Air Service|SAS|Thatcher)\b/, "united-kingdom", "British troops landed"],
  [/\b(?:Nazi Germany|Third Reich|German Reich|Germany|Germans?|Wehrmacht|Hitler|Reichswehr|Gestapo)\b/, "germany", "Germany invaded Poland"],
  [/\b(?:France|French|Paris|Élysée|Elysée|Elysee|de Gaulle|Foccart|Mitterrand|Giscard d'Estaing|Giscard|Chirac|Pompidou|SDECE|DGSE|Foreign Legion|Quai d'Orsay)\b/, "france", "France sent troops"],
  [/\b(?:Fascist Italy|Italy|Italians?|Mussolini)\b/, "italy", "Fascist Italy gave overt support"],
  [/\b(?:Empire of Japan|Imperial Japan|Japan|Japanese|Kwantung Army)\b/, "japan", "the Empire of Japan invaded Manchuria"],
  [/\b(?:People's Republic of China|PRC|China|Chinese|Beijing|Peking|Mao Zedong|Mao|Zhou Enlai|Deng Xiaoping|People's Liberation Army|PLA)\b/, "china", "a Chinese invasion to assist the North Koreans"],
  [/\b(?:Cuba|Cubans?|Havana|Castro|Che Guevara|Guevara)\b/, "cuba", "500 Cuban instructors"],
  [/\b(?:East Germany|East Germans?|German Democratic Republic|GDR|Stasi)\b/, "east-germany", "700 East German instructors"],
  [/\b(?:North Vietnam(?:ese)?)\b/, "north-vietnam", "North Vietnamese troops"],
  [/\b(?:South Vietnam(?:ese)?)\b/, "south-vietnam", "South Vietnamese forces"],
  [/\b(?:the Allies|Allied forces|Allied Powers|Allies)\b/, "allies", "the Allies deposed him"],
  [/\b(?:Axis powers|the Axis|Axis)\b/, "axis", "the Axis occupation of Yugoslavia"],
  [/\b(?:Warsaw Pact)\b/, "warsaw-pact", "four Warsaw Pact countries invaded"],
  [/\b(?:NATO)\b/, "nato", "NATO bombed Yugoslavia"],
];

/** Coalitions and the powers in them: a coalition's act counts as each member's. */
export const COALITION_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  allies: ["soviet", "united-states", "united-kingdom", "france"],
  axis: ["germany", "italy", "japan"],
  "warsaw-pact": ["soviet"],
  nato: ["united-states", "united-kingdom", "france"],
};

/** Third-person pronouns: resolved to the nearest named actor before them in the sentence. */
export const PRONOUNS: Rule = [/\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\b/, "pronoun", "Stalin waited before launching his own invasion"];

/**
 * Context rules that decide whether a name is a possible subject (the one who acts) or not.
 * `before` patterns test the text just before the name, `after` patterns the text just after.
 */
export const MENTION_CONTEXT: Rule[] = [
  // A name inside a compound is not an actor: "pro-Soviet", "anti-Soviet", "Sino-Soviet", "Soviet-made".
  [/(?:\b(?:pro|anti|non|post|pre|neo|ex)|[\p{L}])[-‐–]$/u, "before:compound", "the pro-Soviet provincial government"],
  // Names right after a preposition are obliques, not subjects: "at the request of the Mongolian People's Party".
  [
    /\b(?:of|from|with|to|into|onto|against|by|for|at|in|on|over|between|among|about|unlike|like|toward|towards|upon|within|without|under|through|across|via|than|despite|including|such as|except|besides|beyond|behind|near|around|throughout|after|before|since|until|during|inside|outside|whom)\s+(?:(?:the|a|an|its|their|his|her|some|many|most|several|all|both|other|these|those|each|any|\d(?:[\d,.–-]*\d)?)\s+)*$/i,
    "before:preposition",
    "at the request of the Mongolian People's Party",
  ],
  // Names right after a verb of attack are its victims: "Nazi Germany attacked the Soviet Union".
  [
    /\b(?:attacked|attacking|invaded|invading|defeated|defeating|occupied|occupying|bombed|bombing|betrayed|fought|fighting|expelled|expelling|condemned|condemning|opposed|opposing|annexed|annexing|overthrew|deposed|joined|halted|stopped|repelled|resisted|joining|entered|captured|seized|crossed|left|threaten|threatened)\s+(?:(?:the|a|an)\s+)?$/i,
    "before:victim",
    "Nazi Germany attacked the Soviet Union",
  ],
  // Any other verb in -ed or -ing right before a name takes it as object: "the Red Army entered Austria", "overthrowing Afghan leader Hafizullah Amin".
  [/(?<![\p{L}-])(?!(?:united|armed|red|allied|so-called|self-proclaimed)\s)[a-z]{2,}(?:ed|ing)\s+(?:(?:the|a|an)\s+)?$/u, "before:object", "overthrowing Afghan leader Hafizullah Amin"],
  // "Soviet-backed", "Soviet-installed", "U.S.-supported": the power backs someone else's act.
  [/^[-‐](?:backed|installed|supported|sponsored|funded|armed|trained|aligned|controlled|dominated|friendly|allied|organi[sz]ed|inspired)\b/, "after:backing", "the Soviet-backed government"],
  // "Soviet-led": the power leads the act.
  [/^[-‐]led\b/, "after:led", "a Soviet-led invasion"],
  // Any other hyphenated compound ("Soviet-made tanks", "Soviet-Sudanese convoys", "Molotov–Ribbentrop Pact").
  [/^[-‐–][\p{L}]/u, "after:compound", "Soviet-made tanks"],
  // A relative clause makes the name a subject even after a preposition: "supported by the Soviet Union who sent…".
  [/^\s*,?\s*(?:who|which|that)\b/, "after:relative", "supported by the Soviet Union who ended up sending them aid"],
];

/**
 * Phrases around a name that make a power the backer of whatever the sentence describes:
 * "with Soviet support", "with the help of the USSR", "backed by the Soviets".
 */
export const BACKING_BEFORE: Rule[] = [
  [/\bwith\s+(?:the\s+)?(?:[\p{L}]+\s+)?(?:support|help|backing|aid|assistance|blessing|encouragement|approval)\s+(?:of|from)\s+(?:the\s+)?$/iu, "backing:with-support-of", "with the help of the USSR"],
  [/\b(?:backed|supported|sponsored|aided|helped|assisted|encouraged|organi[sz]ed|orchestrated|engineered|financed|funded|bankrolled|armed|trained|equipped)\s+by\s+(?:the\s+)?$/i, "backing:by", "a coup backed by the Soviets"],
];
export const BACKING_AFTER: Rule[] = [
  [/^\s+(?:support|help|backing|aid|assistance|blessing|encouragement|approval)\b/i, "backing:with-power-support", "with Soviet support"],
];

/** A power as the subject of a verb of support: "the USSR would come to support them". */
export const BACKING_VERB: Rule = [
  /^\s+(?:(?:would|did|had|also|then|quickly|openly|soon)\s+)*(?:come\s+to\s+)?(?:supported|backed|support|back|aided|assisted|endorsed|encouraged)\b/i,
  "backing:verb",
  "the communist party decided to stage a coup; the USSR would come to support them",
];

/**
 * Capitals of UN member states that also name other things (people, other places), and so are
 * not taken for their governments.
 */
const AMBIGUOUS_CAPITALS = new Set(["Victoria", "Kingston", "Georgetown", "Santiago", "Saint John's", "Castries", "Basseterre", "Roseau", "Praia", "Male", "Palikir", "Majuro", "Apia", "Funafuti", "Yaren", "Ngerulmud", "Vatican City", "Jerusalem", "Bern"]);

/**
 * Capitals of UN member states, used as metonyms for their governments ("Cairo financed the
 * militias", "Hanoi armed the exiles"): `[capital, iso3]`.
 */
export const CAPITAL_NAMES: readonly (readonly [name: string, iso3: string])[] = countries
  .filter((c) => c.unMember)
  .flatMap((c) => (c.capital ?? []).slice(0, 1).filter((n) => n.length >= 4 && !AMBIGUOUS_CAPITALS.has(n)).map((n) => [n, c.cca3] as const));

/** Demonyms and names of every modern country, from `world-countries`: `[name, iso3]`, longest first. */
const COUNTRY_NAMES_ONLY: readonly (readonly [name: string, iso3: string])[] = countries
  .flatMap((c) => {
    const names = new Set<string>([c.name.common]);
    const demonym = c.demonyms?.eng?.m;
    if (demonym) {
      names.add(demonym);
      if (/[a-z]$/.test(demonym) && !/(?:ese|ss|sh|ch|i)$/.test(demonym)) names.add(`${demonym}s`);
    }
    return [...names].filter((n) => n.length >= 4).map((n) => [n, c.cca3] as const);
  })
  .sort((a, b) => b[0].length - a[0].length || a[0].localeCompare(b[0]));

/** Names, demonyms and capitals (as metonyms) of every modern country: `[name, iso3]`, longest first. */
export const COUNTRY_ACTOR_NAMES: readonly (readonly [name: string, iso3: string])[] = [...COUNTRY_NAMES_ONLY, ...CAPITAL_NAMES.filter(([n]) => !COUNTRY_NAMES_ONLY.some(([m]) => m === n))].sort(
  (a, b) => b[0].length - a[0].length || a[0].localeCompare(b[0]),
);

/** Display name of a modern country by ISO alpha-3 code. */
export const COUNTRY_NAME_BY_ISO3: ReadonlyMap<string, string> = new Map(countries.map((c) => [c.cca3, c.name.common]));

/**
 * The power an article is about, from its title: the first alias that the title names.
 * @example powerOfTitle("Soviet involvement in regime change") // "soviet"
 * @example powerOfTitle("United States involvement in regime change") // "united-states"
 * @example powerOfTitle("Libyan involvement in regime change") // "iso:LBY"
 */
export function powerOfTitle(title: string): string | null {
  let best: {at: number; power: string} | null = null;
  for (const [pattern, power] of POWER_ALIASES) {
    const m = pattern.exec(title);
    if (m && (!best || m.index < best.at)) best = {at: m.index, power};
  }
  if (best) return best.power;
  // Any other country, by its name or demonym ("Libyan involvement in regime change"):
  // its key is `iso:<alpha-3>`, and every mention of that country counts as the power.
  countryTitles ??= COUNTRY_NAMES_ONLY.map(([name, iso3]) => [new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`), iso3] as const);
  for (const [pattern, iso3] of countryTitles) {
    const at = title.search(pattern);
    if (at !== -1 && (!best || at < best.at)) best = {at, power: `iso:${iso3}`};
  }
  return best?.power ?? null;
}

/**
 * The display name and ISO code of a power key, including `iso:<alpha-3>` keys for countries
 * with no hand-made entry.
 * @example describePower("iso:LBY") // {name: "Libya", iso3: "LBY"}
 */
export function describePower(power: string): {name: string; iso3: string | null} {
  if (power.startsWith("iso:")) return {name: COUNTRY_NAME_BY_ISO3.get(power.slice(4)) ?? power.slice(4), iso3: power.slice(4)};
  return {name: POWER_NAMES[power] ?? power, iso3: POWER_ISO3[power] ?? null};
}

// The aliases of single powers and the names of the other countries, compiled once (those
// when first needed): both passes ask for the power of every document.
let countryTitles: (readonly [RegExp, string])[] | undefined;
const POWER_ALIASES = ACTOR_ALIASES.filter(([, power]) => !COALITION_MEMBERS[power]).map(([pattern, power]) => [new RegExp(pattern.source, pattern.flags.replace("g", "")), power] as const);
