// The dashboard components' pure helpers (Map, Methods, Compare pages), table-driven.
import {accuracyLines} from "../src/components/accuracyChart.ts";
import {describe, expect, test} from "vitest";
import {compareCounts, compareRows, decadeOf, pair, sharedTargets, type EventRow} from "../src/components/compareCharts.ts";
import {countryTip, episodesByCountry, featureIso3, shadeCountries, yearSpan, type CountryFeature, type CountryRow, type InterventionRow} from "../src/components/mapChart.ts";
import {cooccurrence, countTicks, filterCues, parseCueHash, shortLabel, sumBy, type MethodCueRow} from "../src/components/methodCharts.ts";
import {cueId, parseSourceHash, sourceHref} from "../src/components/sourceView.ts";
import {readCorpus} from "../loaders/io/corpus.ts";
import {runPipeline} from "../loaders/pipeline.ts";
import {buildSourceView} from "../loaders/tables/sources.ts";
import {assembleFixture, DATA, FIXTURES} from "./helpers.ts";
import {axisLabel, decadeAxis, formatDecade, formatYear, integerTicks, yearSpan as spanOfYears} from "../src/components/format.ts";
import {DOCUMENT_PALETTE, documentColors, documentScale, rankDocuments, titleOf} from "../src/components/documents.ts";
import {compareTable, defaultSelection, sharedAmong} from "../src/components/compareCharts.ts";
import {stackDecades} from "../src/components/decadeChart.ts";
import {timelineLines} from "../src/components/timelineChart.ts";
import {corpusScales} from "../src/components/corpusView.ts";
import {interventionLabel} from "../src/components/figureCharts.ts";
import {metricFormat} from "../src/components/metricChart.ts";
import {columnWidths} from "../src/components/table.ts";

const intervention = (over: Partial<InterventionRow>): InterventionRow => ({
  id: "d:1", document: "d", order: 1, period: "p", start_year: 1940, end_year: 1941, place: "X", targets: "X", target_iso3: "", region: "", methods: "", line: 1, ...over,
});

describe("yearSpan", () => {
  test.each([
    [1921, 1924, "1921–1924"],
    [1929, 1929, "1929"],
    [1979, null, "1979–present"],
    [null, null, "undated"],
  ])("%s–%s → %s", (start, end, expected) => expect(yearSpan(start, end)).toBe(expected));
});

describe("featureIso3", () => {
  const numeric = {"004": "AFG", "040": "AUT"};
  test.each<[string, CountryFeature, string | undefined]>([
    ["numeric id", {type: "Feature", id: "004", geometry: null}, "AFG"],
    ["numeric id given as a number", {type: "Feature", id: 40, geometry: null}, "AUT"],
    ["unknown numeric id", {type: "Feature", id: "999", geometry: null}, undefined],
    ["no id: Kosovo by name", {type: "Feature", properties: {name: "Kosovo"}, geometry: null}, "UNK"],
    ["no id, no name match", {type: "Feature", properties: {name: "N. Cyprus"}, geometry: null}, undefined],
    ["no id, no properties", {type: "Feature", properties: null, geometry: null}, undefined],
  ])("%s", (_, feature, expected) => expect(featureIso3(feature, numeric)).toBe(expected));
});

describe("episodesByCountry", () => {
  const rows = [
    intervention({order: 2, place: "Korea", start_year: 1945, end_year: 1953, target_iso3: "PRK;KOR", line: 9}),
    intervention({order: 1, place: "Afghanistan", start_year: 1929, end_year: 1929, target_iso3: "AFG", methods: "invasion", line: 3}),
    intervention({document: "other", order: 1, place: "Afghanistan", target_iso3: "AFG"}),
    intervention({order: 3, place: "Nowhere", target_iso3: null}),
  ];
  const byCountry = episodesByCountry(rows, "d");
  test.each([
    ["AFG", [{document: "d", order: 1, place: "Afghanistan", years: "1929", methods: ["invasion"], line: 3}]],
    ["PRK", [{document: "d", order: 2, place: "Korea", years: "1945–1953", methods: [], line: 9}]],
    ["KOR", [{document: "d", order: 2, place: "Korea", years: "1945–1953", methods: [], line: 9}]],
  ])("%s", (iso3, expected) => expect(byCountry.get(iso3)).toEqual(expected));
  test("only the document's countries", () => expect([...byCountry.keys()].sort()).toEqual(["AFG", "KOR", "PRK"]));
});

describe("shadeCountries", () => {
  const features: CountryFeature[] = [
    {type: "Feature", id: "004", geometry: null},
    {type: "Feature", properties: {name: "N. Cyprus"}, geometry: null},
  ];
  const countries: CountryRow[] = [
    {document: "d", iso3: "AFG", name: "Afghanistan", interventions: 1, first_year: 1929, last_year: 1929},
    {document: "d", iso3: "MLT", name: "Malta", interventions: 1, first_year: 1950, last_year: 1950},
  ];
  test("countries with a shape are shaded, the others listed as unmapped", () => {
    const {shaded, unmapped} = shadeCountries(features, countries, new Map(), {"004": "AFG"});
    expect(shaded.map((d) => [d.iso3, d.episodes, d.feature.id])).toEqual([["AFG", [], "004"]]);
    expect(unmapped.map((d) => d.iso3)).toEqual(["MLT"]);
  });
  test("no countries: nothing shaded", () => expect(shadeCountries(features, [], new Map(), {})).toEqual({shaded: [], unmapped: []}));
});

describe("countryTip", () => {
  test.each([
    [{name: "Mongolia", interventions: 1, episodes: [{place: "Mongolia", years: "1921–1924"}]}, "Mongolia: 1 intervention\nMongolia, 1921–1924"],
    [{name: "Afghanistan", interventions: 2, episodes: [{place: "Afghanistan", years: "1929"}, {place: "Afghanistan", years: "1979–1989"}]}, "Afghanistan: 2 interventions\nAfghanistan, 1929\nAfghanistan, 1979–1989"],
    [{name: "<b>x</b>", interventions: 0, episodes: []}, "<b>x</b>: 0 interventions"],
  ])("%#", (country, expected) => expect(countryTip(country)).toBe(expected));
});

describe("shortLabel", () => {
  test.each([
    ["1921–1940: Interwar period", 32, "1921–1940: Interwar period"],
    ["1941–1949: World War II, formation of East Bloc", 20, "1941–1949: World Wa…"],
    ["abc def", 5, "abc…"],
    [null, 5, ""],
  ])("%s (%i)", (text, max, expected) => expect(shortLabel(text, max)).toBe(expected));
});

describe("countTicks", () => {
  test.each([[0, 1], [1, 1], [3, 3], [7.5, 8], [40, 8], [Number.NEGATIVE_INFINITY, 1]])("countTicks(%d) = %i", (max, n) => expect(countTicks(max)).toBe(n));
});

describe("sumBy", () => {
  test.each([
    ["sums the decades of a period", [{period: "p", decade: 1940, method: "coup", interventions: 1}, {period: "p", decade: 1950, method: "coup", interventions: 2}, {period: "p", decade: 1950, method: "covert", interventions: 1}], ["period", "method"], [{period: "p", method: "coup", interventions: 3}, {period: "p", method: "covert", interventions: 1}]],
    ["no rows", [], ["period"], []],
  ])("%s", (_, rows, keys, expected) => expect(sumBy(rows as never, keys as never)).toEqual(expected));
});

describe("cooccurrence", () => {
  const methods = ["invasion", "coup", "covert"];
  const cells = cooccurrence([{methods: "invasion;coup"}, {methods: "invasion"}, {methods: null}, {methods: "coup;covert;invasion"}], methods);
  test("one cell per pair", () => expect(cells).toHaveLength(9));
  test.each([
    ["invasion", "invasion", 3],
    ["invasion", "coup", 2],
    ["coup", "invasion", 2],
    ["coup", "covert", 1],
    ["covert", "covert", 1],
    ["covert", "invasion", 1],
  ])("%s × %s = %i", (a, b, n) => expect(cells.find((c) => c.a === a && c.b === b)?.interventions).toBe(n));
  test("no interventions: all zero", () => expect(cooccurrence([], ["coup"])).toEqual([{a: "coup", b: "coup", interventions: 0}]));
});

describe("parseCueHash", () => {
  test.each([
    ["#soviet-involvement-in-regime-change:4:covert", {document: "soviet-involvement-in-regime-change", order: 4, method: "covert"}],
    ["#soviet-involvement-in-regime-change:4:covert:5120", {document: "soviet-involvement-in-regime-change", order: 4, method: "covert", start: 5120}],
    [`#${encodeURIComponent("a:12:military_aid:7")}`, {document: "a", order: 12, method: "military_aid", start: 7}],
    ["#soviet-involvement-in-regime-change%3A12%3Amilitary_aid", {document: "soviet-involvement-in-regime-change", order: 12, method: "military_aid"}],
    ["#odd:name:3:coup", {document: "odd:name", order: 3, method: "coup"}],
    ["", null],
    ["#cues", null],
    ["#doc/L12", null],
    ["#doc:x:coup", null],
    ["#%E0%A4%A", null],
  ])("%s", (hash, expected) => expect(parseCueHash(hash)).toEqual(expected));
});

describe("filterCues", () => {
  const cue = (over: Partial<MethodCueRow>): MethodCueRow => ({document: "d", order: 1, method: "coup", line: 1, start: 0, end: 1, quote: "q", sentence: "s", rule: "r", ...over});
  const cues = [cue({}), cue({order: 2}), cue({method: "covert"}), cue({document: "e"})];
  test.each([
    [{document: "d"}, 3],
    [{document: "d", method: "coup"}, 2],
    [{document: "d", method: "coup", order: 2}, 1],
    [{document: "d", method: null, order: 1}, 2],
    [{document: "none"}, 0],
  ])("%j → %i cues", (filter, n) => expect(filterCues(cues, filter)).toHaveLength(n));
});

describe("decadeOf and pair", () => {
  test.each([[1944, 1940], [1950, 1950], [1999, 1990]])("decadeOf(%i) = %i", (year, decade) => expect(decadeOf(year)).toBe(decade));
  test.each([["a", "b", ["a", "b"]], ["a", "a", ["a"]]])("pair(%s, %s)", (a, b, expected) => expect(pair(a, b)).toEqual(expected));
});

describe("compareCounts", () => {
  const rows = [
    {document: "a", start_year: 1944, region: "Central Europe", methods: "invasion;coup"},
    {document: "a", start_year: 1956, region: "Central Europe", methods: "invasion"},
    {document: "b", start_year: 1939, region: "Northern Europe", methods: ""},
    {document: "c", start_year: 1900, region: "Elsewhere", methods: "coup"},
  ];
  test("decades, zero-filled for both documents, in order", () =>
    expect(compareCounts(rows, ["a", "b"], (d) => [decadeOf(d.start_year)])).toEqual([
      {document: "a", key: 1930, count: 0}, {document: "a", key: 1940, count: 1}, {document: "a", key: 1950, count: 1},
      {document: "b", key: 1930, count: 1}, {document: "b", key: 1940, count: 0}, {document: "b", key: 1950, count: 0},
    ]));
  test("list keys by descending total, rows without keys under `missing`", () =>
    expect(compareCounts(rows, ["a", "b"], (d) => d.methods.split(";"), {sort: "count", missing: "(none)"})).toEqual([
      {document: "a", key: "invasion", count: 2}, {document: "a", key: "(none)", count: 0}, {document: "a", key: "coup", count: 1},
      {document: "b", key: "invasion", count: 0}, {document: "b", key: "(none)", count: 1}, {document: "b", key: "coup", count: 0},
    ]));
  test("rows without keys are skipped without `missing`", () =>
    expect(compareCounts(rows, ["b"], (d) => d.methods.split(";"))).toEqual([]));
  test("no rows", () => expect(compareCounts([], ["a", "b"], () => ["x"])).toEqual([]));
});

describe("compareRows", () => {
  test.each([
    [[{metric: "interventions", description: "n", x: 25, y: 0}], "x", "y", [{metric: "interventions", description: "n", a: 25, b: 0}]],
    [[{metric: "first_year", description: "y", x: 1921, y: null}], "x", "x", [{metric: "first_year", description: "y", a: 1921, b: 1921}]],
    [[{metric: "m", description: "d", x: 1}], "x", "missing", [{metric: "m", description: "d", a: 1, b: null}]],
  ])("%#", (rows, a, b, expected) => expect(compareRows(rows, a, b)).toEqual(expected));
});

describe("sharedTargets", () => {
  const interventions = [
    intervention({document: "a", order: 1, place: "Finland", start_year: 1939, end_year: 1940, target_iso3: "FIN", methods: "invasion;annexation", line: 63}),
    intervention({document: "a", order: 2, place: "Spain", target_iso3: "ESP", line: 51}),
  ];
  const event = (over: Partial<EventRow>): EventRow => ({document: "b", year: null, actor: "Soviet Union", method: "annexation", target: "Finland", target_iso3: "FIN", line: 9, ...over});
  const events = [event({}), event({method: "invasion", year: 1939}), event({line: 12, target: "Estonia;Latvia", target_iso3: "EST;LVA"}), event({document: "a", line: 70, target: "Latvia", target_iso3: "LVA", year: 1940})];
  const countries: CountryRow[] = [{document: "a", iso3: "FIN", name: "Finland", interventions: 1, first_year: 1939, last_year: 1940}];
  test("targets both name, with what each says", () =>
    expect(sharedTargets(interventions, events, countries, "a", "b")).toEqual([
      {iso3: "FIN", name: "Finland", a: [{kind: "intervention", text: "Finland 1939–1940 (invasion, annexation)", document: "a", line: 63}], b: [{kind: "event", text: "annexation, invasion (1939)", document: "b", line: 9}]},
      {iso3: "LVA", name: "Latvia", a: [{kind: "event", text: "annexation (1940)", document: "a", line: 70}], b: [{kind: "event", text: "annexation", document: "b", line: 12}]},
    ]));
  test.each([["a", "a"], ["a", "none"]])("%s with %s: none", (a, b) => expect(sharedTargets(interventions, events, countries, a, b)).toEqual([]));
});

describe("accuracyLines", () => {
  test("pivots pooled rows to one line per column and measure, a value per part", () => {
    const rows = [
      {part: "seed", column: "figures", measure: "recall", value: 1, basis: "61 of 61"},
      {part: "tuning", column: "figures", measure: "recall", value: 0.9, basis: "90 of 100"},
      {part: "seed", column: "years", measure: "agreement", value: 1, basis: "25 of 25"},
    ] as const;
    expect(accuracyLines(rows.map((r) => ({...r})))).toEqual([
      {what: "figures", measure: "recall", seed: 1, tuning: 0.9, blind: null, basis: {seed: "61 of 61", tuning: "90 of 100"}},
      {what: "years", measure: "agreement", seed: 1, tuning: null, blind: null, basis: {seed: "25 of 25"}},
    ]);
  });
});

describe("links into the Sources page", () => {
  test.each([
    ["#soviet-union-in-world-war-ii/L7", {document: "soviet-union-in-world-war-ii", line: 7, id: ""}],
    ["#a/L5/a%3Af1", {document: "a", line: 5, id: "a:f1"}],
    ["#a/a%3Af1", {document: "a", line: null, id: "a:f1"}],
    ["#a/L5/a%3A4%3Acovert%3A2681", {document: "a", line: 5, id: "a:4:covert:2681"}],
    ["#a", {document: "a", line: null, id: ""}],
    ["", {document: "", line: null, id: ""}],
    ["#a/L5/%E0%A4%A", {document: "a", line: 5, id: "%E0%A4%A"}],
  ])("parseSourceHash(%s)", (hash, expected) => expect(parseSourceHash(hash)).toEqual(expected));
  test.each<[string, number, string | null | undefined, string]>([
    ["a", 7, undefined, "./sources#a/L7"],
    ["a b", 5, "a b:f1", "./sources#a%20b/L5/a%20b%3Af1"],
    ["a", 5, null, "./sources#a/L5"],
  ])("sourceHref(%s, %i, %s)", (document, line, id, href) => expect(sourceHref(document, line, id)).toBe(href));
  test.each(["#a/L5/a%3Af1", "#x/L1", "#a%20b/L5/a%20b%3Af1"])("%s survives sourceHref(parseSourceHash())", (hash) => {
    const t = parseSourceHash(hash);
    expect(sourceHref(t.document, t.line!, t.id)).toBe(`./sources${hash}`);
  });
});

// Every row a page links from has its target in the text the Sources page shows — the block at
// its line, and for figures and cues the mark with its id — in every form a document comes in.
describe.each([
  ["the seeds (.txt)", DATA],
  ["the seed in wikitext and saved HTML (.wiki, .html, .mobile.html)", `${FIXTURES}/forms`],
  ["long and list-shaped articles", assembleFixture("many-documents")],
])("Sources targets: %s", (_, dir) => {
  for (const source of readCorpus(dir)) {
    test(source.file, () => {
      const result = runPipeline([source]);
      const [analysis] = result.analyses;
      const view = buildSourceView(analysis.doc, analysis.figures, analysis.methods);
      const lines = new Set(view.blocks.map((b) => b.line));
      const ids = new Set(view.blocks.flatMap((b) => b.spans.filter((s) => s.mark === "figure" || s.mark === "method").map((s) => s.id)));
      const {interventions, figures, method_cues, events} = result.tables as Record<string, Record<string, any>[]>;
      for (const rows of [interventions, figures, method_cues, events]) for (const row of rows) expect(lines, `${source.file}: line ${row.line}`).toContain(row.line);
      // Item rows (`rule` item:…) land on their list item, section rows on their heading.
      for (const row of interventions) {
        const block = view.blocks.find((b) => b.line === row.line)!;
        expect(block.kind, `${row.id} (${row.rule})`).toBe(String(row.rule).startsWith("item:") ? "list-item" : "heading");
      }
      // A figure or cue wholly covered by another extraction has no mark of its own: its link lands on its line.
      const marked = (id: string) => ids.has(id);
      expect(figures.filter((f) => marked(f.id)).length).toBeGreaterThanOrEqual(figures.length - 2);
      expect(method_cues.filter((c) => marked(cueId(c as never))).length).toBeGreaterThanOrEqual(method_cues.length - 4);
    });
  }
});

describe("format: years, decades, spans, ticks, labels", () => {
  test.each([[1921, "1921"], [-2500, "2500 BCE"], [0, "0"], [null, ""]])("formatYear(%s) = %s", (y, text) => expect(formatYear(y)).toBe(text));
  test.each([[1920, "1920s"], [-2500, "2500s BCE"], [2010, "2010s"]])("formatDecade(%s) = %s", (d, text) => expect(formatDecade(d)).toBe(text));
  test.each([[640, 5], [1280, 11], [150, 2]])("decadeAxis(%i) has %i ticks, labelled by decade", (width, ticks) => {
    const axis = decadeAxis(width);
    expect(axis).toMatchObject({label: "Decade", ticks});
    expect(axis.tickFormat(-2500)).toBe("2500s BCE");
  });
  test.each([
    [-2500, -2400, "2500–2400 BCE"],
    [-30, 14, "30 BCE–14"],
    [-3100, -3100, "3100 BCE"],
    [1979, null, "1979–present"],
  ])("yearSpan(%s, %s) = %s", (a, b, text) => expect(spanOfYears(a, b)).toBe(text));
  test.each([
    [3, 6, [0, 1, 2, 3]],
    [7, 6, [0, 2, 4, 6]],
    [45, 2, [0, 20, 40]],
    [160, 6, [0, 50, 100, 150]],
    [0, 6, [0, 1]],
  ])("integerTicks(%i, %i)", (max, count, ticks) => expect(integerTicks(max, count)).toEqual(ticks));
  test("integerTicks: whole numbers, none past the maximum, never repeated", () => {
    for (let max = 0; max < 300; max++) {
      const ticks = integerTicks(max);
      expect(ticks.every(Number.isInteger)).toBe(true);
      expect(new Set(ticks).size).toBe(ticks.length);
      expect(ticks[ticks.length - 1]).toBeLessThanOrEqual(Math.max(1, max));
      expect(ticks.length).toBeGreaterThanOrEqual(2);
    }
  });
  test.each([
    ["interventions", "interventions", "interventions"],
    ["median_years", "years", "median years"],
    ["troops", "persons", "troops (persons)"],
    ["targets", "targets", "targets"],
    ["episodes", "interventions", "episodes (interventions)"],
  ])("axisLabel(%s, %s) = %s", (column, unit, label) => expect(axisLabel(column, unit)).toBe(label));
});

describe("documents: colours, titles, ranking", () => {
  const docs = [{document: "a", title: "Alpha", interventions: 0}, {document: "b", title: "Beta", interventions: 5}, {document: "c", title: "", interventions: 5}];
  test("one colour per document, by its place in the corpus", () => {
    expect([...documentColors(docs).values()]).toEqual(DOCUMENT_PALETTE.slice(0, 3));
    expect(documentScale(docs, ["c", "a"])).toMatchObject({domain: ["c", "a"], range: [DOCUMENT_PALETTE[2], DOCUMENT_PALETTE[0]]});
    expect(documentScale(docs, ["c"]).tickFormat("b")).toBe("Beta");
  });
  test("titles, with the slug for a document without one", () => expect(["a", "c", "zz"].map(titleOf(docs))).toEqual(["Alpha", "c", "zz"]));
  test("most intervention rows first, then by title", () => expect(rankDocuments(docs).map((d) => d.document)).toEqual(["b", "c", "a"]));
  test.each([
    ["", ["b", "c"]],
    ["#a", ["a", "b"]],
    ["#a,c", ["a", "c"]],
    ["#nope", ["b", "c"]],
    ["#%E0%A4%A", ["b", "c"]],
  ])("Compare opens %j on %j", (hash, expected) => expect(defaultSelection(docs, hash)).toEqual(expected));
});

describe("charts' data", () => {
  test("stackDecades: a document's bar sits on those before it in corpus order", () =>
    expect(stackDecades([
      {document: "b", decade: 1920, started: 1, active: 3},
      {document: "a", decade: 1920, started: 2, active: 2},
      {document: "a", decade: 1930, started: 0, active: 1},
    ], "started", [{document: "a"}, {document: "b"}]).map((d) => [d.document, d.decade, d.y1, d.y2])).toEqual([["a", 1920, 0, 2], ["b", 1920, 2, 3]]));
  test("timelineLines: documents in corpus order, periods as headings, episodes in order", () =>
    expect(timelineLines([
      intervention({id: "b:1", document: "b", order: 1, period: "", place: "Y", start_year: -500, end_year: -480}),
      intervention({id: "a:2", document: "a", order: 2, period: "P2", place: "X2", start_year: 1950, end_year: 1950}),
      intervention({id: "a:1", document: "a", order: 1, period: "P1", place: "X1", start_year: 1921, end_year: 1924}),
    ], [{document: "a", title: "A"}, {document: "b", title: "B"}]).map((l) => `${l.kind}:${l.label}`)).toEqual([
      "document:A", "period:P1", "episode:X1 1921–1924", "period:P2", "episode:X2 1950", "document:B", "episode:Y 500–480 BCE",
    ]));
  test("corpusScales: one time axis, one count scale for every document", () => {
    const rows = [
      intervention({document: "a", start_year: -2495, methods: "invasion", region: "Western Asia"}),
      intervention({document: "a", start_year: -2491, methods: "invasion;coup", region: "Western Asia"}),
      intervention({document: "b", start_year: 1944, methods: "coup", region: ""}),
    ];
    expect(corpusScales(rows)).toEqual({years: [-2500, 1950], perDecade: 2, methods: ["coup", "invasion"], regions: ["Western Asia"], perKey: 2});
  });
  test("interventionLabel: the place and years, or the introduction", () => {
    const byKey = new Map([["d:1", intervention({place: "Mongolia", start_year: 1921, end_year: 1924})]]);
    expect(interventionLabel({document: "d", order: 1}, byKey)).toBe("Mongolia 1921–1924");
    expect(interventionLabel({document: "d", order: 0}, byKey)).toBe("Introduction");
    expect(interventionLabel({document: "d", order: 9}, byKey)).toBe("Section 9");
  });
  test("sharedAmong: targets two or more documents name, most widely shared first", () => {
    const rows = [
      intervention({document: "a", target_iso3: "FIN", place: "Finland", line: 3}),
      intervention({document: "b", target_iso3: "FIN;EST", place: "Baltic", line: 5}),
      intervention({document: "c", target_iso3: "EST;FIN", place: "Baltic", line: 7}),
      intervention({document: "c", target_iso3: "ESP", place: "Spain", line: 9}),
    ];
    const shared = sharedAmong(rows, [], [], ["a", "b", "c"]);
    expect(shared.map((d) => [d.iso3, d.documents])).toEqual([["FIN", 3], ["EST", 2]]);
    expect(shared[1].said.a).toEqual([]);
    expect(shared[1].said.c.map((s) => s.line)).toEqual([7]);
    expect(sharedAmong(rows, [], [], ["a"])).toEqual([]);
  });
  test("compareTable: a column per chosen document, years as years", () =>
    expect(compareTable([{metric: "first_year", description: "y", a: -3100, b: 1921, c: 1}, {metric: "interventions", description: "n", a: 72, b: 25, c: 0}], ["a", "b"])).toEqual([
      {metric: "first_year", description: "y", a: "3100 BCE", b: "1921"},
      {metric: "interventions", description: "n", a: 72, b: 25},
    ]));
  test.each([
    ["decade", 1920, "1920s"],
    ["decade", -2500, "2500s BCE"],
    ["first_year", -2500, "2500 BCE"],
    ["document", "a", "Alpha"],
  ])("metricFormat(%s)(%s) = %s", (column, value, text) => expect(metricFormat(column, [{document: "a", title: "Alpha"}])!(value)).toBe(text));
  test("columnWidths: never under the header nor 40 px, long text capped unless asked", () => {
    const widths = columnWidths([{line: 3, sentence: "x".repeat(500), quote: "q"}], ["line", "sentence", "quote"], {quote: "the quoted phrase"}, {}, {sentence: 520});
    expect(widths.line).toBeGreaterThanOrEqual(40);
    expect(widths.sentence).toBe(520);
    expect(widths.quote).toBeGreaterThan(17 * 7);
    expect(columnWidths([{sentence: "x".repeat(500)}], ["sentence"], {}, {}, {}).sentence).toBe(360);
  });
});
