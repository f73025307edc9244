// Places: target names, historical ones included, to today's ISO 3166-1 alpha-3 codes and a
// region; unknown places are kept and reported, never dropped.
import countries from "world-countries";
import {describe, expect, test} from "vitest";
import {parseDocument} from "../loaders/parse/document.ts";
import {extractInterventions} from "../loaders/extract/interventions.ts";
import {findPlaces, locateTargets, maybePlace, notStateSpans} from "../loaders/extract/places.ts";
import {HISTORICAL_PLACES, SHARED_NAMES, STATE_NAME_WORDS} from "../loaders/rules/places.ts";
import {runPipeline} from "../loaders/pipeline.ts";

describe("maybePlace", () => {
  test.each([
    // Historical states and regions (the gazetteer).
    ["Yugoslavia", ["SRB", "HRV", "SVN", "BIH", "MKD", "MNE"], "Southeast Europe"],
    ["Czechoslovakia", ["CZE", "SVK"], "Central Europe"],
    ["Korea", ["PRK", "KOR"], "Eastern Asia"],
    ["Tannu Tuva", ["RUS"], "Eastern Europe"],
    ["Xinjiang", ["CHN"], "Eastern Asia"],
    ["Rhodesia", ["ZWE"], "Eastern Africa"],
    ["Congo-Leopoldville", ["COD"], "Middle Africa"],
    ["Kingdom of Hawaii", ["USA"], "North America"],
    ["Zaire", ["COD"], "Middle Africa"],
    ["Persia", ["IRN"], "Southern Asia"],
    ["East Germany", ["DEU"], "Western Europe"],
    ["South Vietnam", ["VNM"], "South-Eastern Asia"],
    ["British Guiana", ["GUY"], "South America"],
    ["the Baltic states", ["EST", "LVA", "LTU"], "Northern Europe"],
    // Modern countries (world-countries: names, official names, alternative spellings).
    ["Burma", ["MMR"], "South-Eastern Asia"],
    ["Mongolia", ["MNG"], "Eastern Asia"],
    ["South Korea", ["KOR"], "Eastern Asia"],
    ["North Korea", ["PRK"], "Eastern Asia"],
    ["Ivory Coast", ["CIV"], "Western Africa"],
    ["Côte d'Ivoire", ["CIV"], "Western Africa"],
    ["the Philippines", ["PHL"], "South-Eastern Asia"],
    ["Bosnia and Herzegovina", ["BIH"], "Southeast Europe"],
    ["UNITED STATES", ["USA"], "North America"],
    // Qualifiers do not change the country.
    ["eastern Poland", ["POL"], "Central Europe"],
    ["Kingdom of Afghanistan", ["AFG"], "Southern Asia"],
    // Badakhshan alone is the Afghan province; Gorno-Badakhshan the Tajik one.
    ["Badakhshan", ["AFG"], "Southern Asia"],
    // A capital as a whole target name is its country.
    ["Addis Ababa", ["ETH"], "Eastern Africa"],
    ["Malaya", ["MYS"], "South-Eastern Asia"],
    ["Dalmatia", ["HRV"], "Southeast Europe"],
    ["Iraqi Kurdistan", ["IRQ"], "Western Asia"],
    ["Borneo", ["IDN", "MYS", "BRN"], "South-Eastern Asia"],
    ["Gorno-Badakhshan", ["TJK"], "Central Asia"],
    // Regions and ports acted on, by today's country.
    ["Port Said", ["EGY"], "Northern Africa"],
    ["Cyrenaica", ["LBY"], "Northern Africa"],
    ["Siberia", ["RUS"], "Eastern Europe"],
    ["West Papua", ["IDN"], "South-Eastern Asia"],
    ["Mandatory Palestine", ["ISR", "PSE"], "Western Asia"],
    ["Waziristan", ["PAK"], "Southern Asia"],
    ["Bushehr", ["IRN"], "Southern Asia"],
    // Cities of well-known fighting.
    ["Hiroshima", ["JPN"], "Eastern Asia"],
    ["Basra", ["IRQ"], "Western Asia"],
    ["Mariupol", ["UKR"], "Eastern Europe"],
    ["Da Nang", ["VNM"], "South-Eastern Asia"],
    ["Cuito Cuanavale", ["AGO"], "Middle Africa"],
  ])("maybePlace(%j) → %j, %j", (name, iso3, region) => {
    const place = maybePlace(name);
    expect(place?.iso3).toEqual(iso3);
    expect(place?.region).toBe(region);
  });

  test.each(["Atlantis", "", "Operation Storm-333", "the Republicans"])("maybePlace(%j) → null", (name) => {
    expect(maybePlace(name)).toBeNull();
  });
});

describe("maybePlace: regions as whole target names", () => {
  test.each<[string, string[] | null]>([
    ["Central Asia", ["KAZ", "KGZ", "TJK", "TKM", "UZB"]],
    ["North Africa", ["DZA", "EGY", "LBY", "MAR", "SDN", "TUN"]],
    ["Transcaucasia", ["GEO", "ARM", "AZE"]],
    ["the Horn of Africa", ["DJI", "ERI", "ETH", "SOM"]],
    ["Middle East", null],
  ])("maybePlace(%j) → %j", (name, iso3) => {
    expect(maybePlace(name)?.iso3 ?? null).toEqual(iso3);
  });

  test("a region in running text is no target: findPlaces(\"the campaign in North Africa\") → []", () => {
    expect(findPlaces("the campaign in North Africa")).toEqual([]);
  });
});

describe("notStateSpans", () => {
  test.each<[string, string[]]>([
    ["warships in the Gulf of Mexico", ["Gulf of Mexico"]],
    ["the South China Sea and the Indian Ocean", ["South China Sea", "Indian Ocean"]],
    ["Latin American and Central American states", ["Latin American", "Central American"]],
    ["the Soviet Union invaded Afghanistan", []],
  ])("notStateSpans(%j) → %j", (text, spans) => {
    expect(notStateSpans(text).map(([start, end]) => text.slice(start, end))).toEqual(spans);
  });
});

describe("findPlaces", () => {
  test.each([
    ["the Soviet Union invaded eastern Poland", ["Soviet Union", "Poland"]],
    ["annexations of Estonia, Latvia, Lithuania, and parts of Romania", ["Estonia", "Latvia", "Lithuania", "Romania"]],
    ["In June 1950 North Korea invaded South Korea", ["North Korea", "South Korea"]],
    ["the Japanese puppet state of Manchukuo", ["Manchukuo"]],
    ["a North Korean invasion; turkey and chad for dinner", []],
    // Another place's name, an English word, a surname: no country.
    ["the USS New Jersey shelled Lebanon", ["Lebanon"]],
    ["settlers from New France and New Spain", []],
    ["New Zealand and Papua New Guinea sent troops", ["New Zealand", "Papua New Guinea"]],
    ["a raid on Pebble Island on the Falklands", ["Falklands"]],
    ["the novelist Thomas Mann fled to Switzerland", ["Switzerland"]],
    ["Iceland and the Isle of Man", ["Iceland", "Isle of Man"]],
    ["the Congo Crisis", ["Congo"]],
    ["warships in the Gulf of Mexico sailed to Cuba", ["Cuba"]],
    // Two- and three-letter abbreviations that read as words are names only after "the".
    ["let us send spies to the US and the U.K.", ["US", "U.K."]],
    ["the Church of England, the Prince of Wales and New England", []],
  ])("findPlaces(%j) → %j", (text, names) => {
    expect(findPlaces(text).map((p) => p.text)).toEqual(names);
  });
});

describe("locateTargets", () => {
  const parse = (place: string) => {
    const doc = parseDocument(`= T =\n\n== 1900–2000: P ==\n\n==== 1950: ${place} ====\n\nText.\n`, "t.txt");
    const rows = extractInterventions(doc);
    locateTargets(doc, rows);
    return {doc, row: rows[0]};
  };

  test.each([
    ["Estonia, Latvia, Lithuania", ["EST", "LVA", "LTU"], ["Northern Europe"]],
    ["Cuba, Puerto Rico and the Philippines", ["CUB", "PRI", "PHL"], ["Caribbean", "South-Eastern Asia"]],
    ["Yugoslavia", ["SRB", "HRV", "SVN", "BIH", "MKD", "MNE"], ["Southeast Europe"]],
    ["British Honduras (Belize)", ["BLZ"], ["Central America"]],
    ["Ruritania (Bosnia and Herzegovina)", ["BIH"], ["Southeast Europe"]],
  ])("locateTargets(%j) → %j, %j", (place, iso3, region) => {
    const {row, doc} = parse(place);
    expect(row.target_iso3).toEqual(iso3);
    expect(row.region).toEqual(region);
    expect(doc.warnings).toEqual([]);
  });

  test.each([
    ["Lumumba appealed for help against the secession of Katanga.", ["COD"]],
    ["After independence from Belgium the army mutinied.", ["COD"]],
    ["Denis Sassou Nguesso returned to power in Brazzaville.", ["COG"]],
    ["Text.", ["COG"]],
  ])("locateTargets: \"Congo\" over a row that says %j → %j (a name two states have borne)", (body, iso3) => {
    const doc = parseDocument(`= T =\n\n== 1900–2000: P ==\n\n==== 1960: Congo ====\n\n${body}\n`, "t.txt");
    const rows = extractInterventions(doc);
    locateTargets(doc, rows);
    expect(rows[0].target_iso3).toEqual(iso3);
    expect(rows[0].region).toEqual(["Middle Africa"]);
  });

  test("STATE_NAME_WORDS matches its own example", () => {
    expect(STATE_NAME_WORDS[0].test(STATE_NAME_WORDS[2])).toBe(true);
  });

  test.each(SHARED_NAMES.map(([name, other, context, example]) => [name, other, example, context] as const))("SHARED_NAMES %s → %s: its example %j names the other state", (_name, other, example, context) => {
    expect(context.test(example)).toBe(true);
    expect(countries.some((c) => c.cca3 === other)).toBe(true);
  });

  test("an unknown place is kept, has no code, and is reported with its file and line", () => {
    const {row, doc} = parse("Narnia and Spain");
    expect(row.targets).toEqual(["Narnia", "Spain"]);
    expect(row.target_iso3).toEqual(["ESP"]);
    expect(doc.warnings).toEqual([
      expect.objectContaining({document: "t", file: "t.txt", line: 5, code: "unknown-place", message: expect.stringMatching(/"Narnia".*t\.txt, line 5/)}),
    ]);
  });

  test("the unknown place reaches documents.csv warnings and interventions.csv keeps its row", () => {
    const text = "= Soviet involvement in regime change =\n\n== 1900–2000: P ==\n\n==== 1950: Narnia ====\n\nSoviet troops invaded Narnia.\n";
    const {tables} = runPipeline([{file: "n.txt", slug: "n", text, bytes: text.length, warnings: []}]);
    expect(tables.documents[0].warnings).toMatch(/line 5: unknown place "Narnia"/);
    expect(tables.interventions).toEqual([expect.objectContaining({place: "Narnia", targets: "Narnia", target_iso3: "", methods: "invasion"})]);
  });
});

describe("HISTORICAL_PLACES", () => {
  // As MODERN_COUNTRIES reads it: the subregion, else the region (South Georgia has only "Antarctic").
  const subregion = new Map(countries.map((c) => [c.cca3, c.subregion || c.region]));
  test.each(HISTORICAL_PLACES.map(([pattern, iso3, region, example]) => [example, pattern, iso3, region] as const))(
    "%j: the example matches, the codes exist, the region is one of theirs",
    (example, pattern, iso3, region) => {
      expect(new RegExp(pattern.source, pattern.flags.replace("g", "")).test(example)).toBe(true);
      expect(findPlaces(example).some((p) => p.iso3.join(";") === iso3.join(";"))).toBe(true);
      for (const code of iso3) expect(subregion.has(code), code).toBe(true);
      expect(iso3.map((code) => subregion.get(code))).toContain(region);
    },
  );
});
