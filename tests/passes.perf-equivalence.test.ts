// The fast ways of running the rule tables (extract/places.ts: compileRules, compileTest,
// nameFinder, sortFew) must give what the plain patterns give, match for match, on real prose
// and on prose made awkward (case changed, ſ and K, words run together), for every table the
// passes run; and the readings the methods pass leaves for the events pass must change nothing.
import {readdirSync, readFileSync} from "node:fs";
import {resolve} from "node:path";
import {isDeepStrictEqual} from "node:util";
import {describe, expect, test} from "vitest";
import {compileRules, compileTest, nameFinder, requiredLiterals, sortFew} from "../loaders/extract/places.ts";
import {extractMethods} from "../loaders/extract/methods.ts";
import {extractEvents} from "../loaders/extract/events.ts";
import {extractInterventions} from "../loaders/extract/interventions.ts";
import {parseDocument} from "../loaders/parse/document.ts";
import {splitSentences} from "../loaders/parse/sentences.ts";
import {BACKING_AFTER, BACKING_BEFORE, BACKING_VERB, COALITIONS, COUNTRY_ACTOR_NAMES, HISTORICAL_STATES, MENTION_CONTEXT, STATE_ABBREVIATIONS, STATE_ORGANS} from "../loaders/rules/actors.ts";
import {DATE_ADVERBIAL, DATE_PATTERNS, END_DATE, PACT_DATE_AFTER, PACT_DATE_BEFORE, TIME_SUBORDINATOR} from "../loaders/rules/dates.ts";
import {ADJECTIVAL_PARTICIPLE, AGENT_AFTER, CLIENT_CUES, GOVERNING_WORDS, METHOD_CUES, NEGATION, PACT_PERMITS, PASSIVE} from "../loaders/rules/methods.ts";
import {HISTORICAL_PLACES, MODERN_COUNTRIES} from "../loaders/rules/places.ts";
import {DATA, FIXTURES} from "./helpers.ts";

/** Every .txt document of data/ and the fixtures. */
const documents = [DATA, resolve(FIXTURES, "corpus"), resolve(FIXTURES, "hostile")].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(resolve(dir, f), "utf8")),
);

/** Sentences of the documents, each also in upper and lower case, with ſ and K, and run into the next. */
const texts = (() => {
  const sentences = documents.flatMap((d) => d.split(/(?<=[.!?])\s+|\n+/)).filter((s) => s.trim());
  const awkward = sentences.flatMap((s, i) => [s.toUpperCase(), s.toLowerCase(), s.replace(/s/g, "ſ").replace(/k/g, "\u212a"), s.replace(/ /g, i % 2 ? "" : "-"), s + sentences[(i + 1) % sentences.length]]);
  const STATE_RULES = [...HISTORICAL_STATES, ...STATE_ORGANS, ...STATE_ABBREVIATIONS, ...COALITIONS];
  const examples = [...METHOD_CUES, ...CLIENT_CUES, ...STATE_RULES, ...DATE_PATTERNS].map((r) => r[2]);
  return [...sentences, ...awkward, ...examples, "Ukrainian Soviet Socialist Republic", "Russian Soviet Federative Socialist Republics and the USSR"];
})();

/** The matches of each pattern of a table, as `text.matchAll` gives them: the reference. */
function matchEach(patterns: readonly RegExp[], text: string) {
  return patterns.flatMap((p, rule) => {
    const matches = [...text.matchAll(new RegExp(p.source, p.flags.includes("g") ? p.flags : p.flags + "g"))];
    return matches.length ? [{rule, matches}] : [];
  });
}

describe("compileRules gives the matches of every pattern of a table", () => {
  const tables: [string, RegExp[]][] = [
    ["METHOD_CUES + CLIENT_CUES", [...METHOD_CUES, ...CLIENT_CUES].map(([p]) => p)],
    ["STATE tables", [...HISTORICAL_STATES, ...STATE_ORGANS, ...STATE_ABBREVIATIONS, ...COALITIONS].map(([p]) => p)],
    ["HISTORICAL_PLACES", HISTORICAL_PLACES.map(([p]) => p)],
    ["DATE_PATTERNS", DATE_PATTERNS.map(([p]) => p)],
    ["PACT_PERMITS", [PACT_PERMITS[0]]],
  ];
  test.each(tables)("%s", (_, patterns) => {
    const run = compileRules(patterns);
    // (One expect for all texts: an expect per text would take most of the time.)
    expect(texts.filter((text) => !isDeepStrictEqual(run(text), matchEach(patterns, text)))).toEqual([]);
  });
});

describe("compileTest answers as the pattern does", () => {
  const anchored = [...MENTION_CONTEXT, ...BACKING_BEFORE, ...BACKING_AFTER, BACKING_VERB, NEGATION, PASSIVE, ADJECTIVAL_PARTICIPLE, ...GOVERNING_WORDS, ...AGENT_AFTER, PACT_DATE_BEFORE, PACT_DATE_AFTER, END_DATE, TIME_SUBORDINATOR, DATE_ADVERBIAL, PACT_PERMITS];
  // Windows as the passes cut them: the text before a word, the text after it, a clause.
  const windows = texts.flatMap((t) => [...t.matchAll(/\S+/g)].filter((_, i) => i % 3 === 0).flatMap((m) => [t.slice(Math.max(0, m.index - 80), m.index), t.slice(m.index + m[0].length, m.index + m[0].length + 60), t.slice(m.index, m.index + 100)]));
  test.each(anchored.map((r) => [r[1], r[0]] as const))("%s", (_, pattern) => {
    const plain = new RegExp(pattern.source, pattern.flags.replace("g", ""));
    const fast = compileTest(pattern);
    expect(windows.filter((w) => fast(w) !== plain.test(w))).toEqual([]);
  });
});

describe("nameFinder finds what the alternation of the names finds", () => {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const lists: [string, string[]][] = [
    ["country names and demonyms", COUNTRY_ACTOR_NAMES.map(([n]) => n)],
    ["modern country names", [...new Set(MODERN_COUNTRIES.flatMap((c) => c.names))].filter((n) => /^\p{Lu}/u.test(n)).sort((a, b) => b.length - a.length)],
    ["names in no order, one the start of another", ["Korea", "South Korea", "Congo", "Congo Free State", "Sudan", "South Sudan"]],
  ];
  test.each(lists)("%s", (_, names) => {
    const find = nameFinder(names);
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escape).join("|")})(?![\\p{L}\\p{N}])`, "gu");
    const extra = ["South Korean forces left Korea", "KoreaX, éKorea, 1Korea, Korea1, Korea's, Congo-Léopoldville", "the Congo Free State and South Sudan"];
    const found = (text: string) => find(text).map((m) => [m.start, m.name]);
    const matched = (text: string) => [...text.matchAll(pattern)].map((m) => [m.index, m[0]]);
    expect([...texts, ...extra].filter((text) => !isDeepStrictEqual(found(text), matched(text)))).toEqual([]);
  });
});

test("sortFew sorts as Array.prototype.sort does, ties kept in order", () => {
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) % 10);
  for (let n = 0; n < 40; n++) {
    const items = Array.from({length: n}, (_, i) => ({key: random(), i}));
    expect(sortFew([...items], (a, b) => a.key - b.key)).toEqual([...items].sort((a, b) => a.key - b.key));
  }
});

describe("requiredLiterals", () => {
  test("reads the words a pattern starts with, and the word boundary before them", () => {
    expect(requiredLiterals(/\binvad(?:ed|e)\b/iu)).toEqual({literals: [{text: "invaded", boundary: true}, {text: "invade", boundary: true}], atStart: true, unless: [], also: []});
  });
  test("keeps case for a case-sensitive pattern, and knows a boundary after white space", () => {
    expect(requiredLiterals(/(?<actor>\b\p{Lu}\p{L}+)\s+(?:advisers|instructors)\b/u)?.literals).toEqual([
      {text: "advisers", boundary: true},
      {text: "instructors", boundary: true},
    ]);
  });
  test("knows where an alternative without a known start may start anywhere", () => {
    const filter = requiredLiterals(/\b(?:\p{Lu}\p{L}+ Soviet Republic|Soviet Union|USSR)\b/u);
    expect(filter?.atStart).toBe(true);
    expect(filter?.unless).toEqual([[{text: "Soviet Republic", boundary: true}]]);
  });
  test("gives up where nothing is certain", () => {
    expect(requiredLiterals(/\p{Lu}\p{L}+/u)).toBeNull();
    expect(requiredLiterals(/(?:a|b\s*)?x*/)).toBeNull();
    expect(requiredLiterals(/.*/)).toBeNull();
  });
});

test("the events pass gives the same events whether or not the methods pass read the sentences first", () => {
  for (const text of documents) {
    const read = (methodsFirst: boolean) => {
      const doc = parseDocument(text, "t.txt");
      const sentences = splitSentences(doc);
      const interventions = extractInterventions(doc);
      const cues = methodsFirst ? extractMethods(doc, sentences, interventions) : [];
      return {events: extractEvents(doc, sentences, {interventions}), cues, methods: interventions.map((i) => i.methods)};
    };
    const together = read(true);
    expect(read(false).events).toEqual(together.events);
    // And reading a document again (a new parse of the same text) gives what it gave.
    expect(read(true)).toEqual(together);
  }
});
