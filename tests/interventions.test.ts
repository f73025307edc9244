import {describe, expect, test} from "vitest";
import {parseDocument} from "../loaders/parse/document.ts";
import {extractInterventions, interventionAt, maybeDatedHeading, maybeDatedItem, splitTargets, targetsOfItemHead, targetsOfPlace} from "../loaders/extract/interventions.ts";
import {DATED_HEADINGS, DATED_ITEMS, ITEM_PLACE_HEAD} from "../loaders/rules/headings.ts";

describe("maybeDatedHeading", () => {
  test.each([
    ["1944–1947: Romania", {start: 1944, end: 1947, ongoing: false, place: "Romania", rule: "heading:year-range"}],
    ["1944-1947: Romania", {start: 1944, end: 1947, ongoing: false, place: "Romania", rule: "heading:year-range"}],
    ["1929: Tannu Tuva", {start: 1929, end: 1929, ongoing: false, place: "Tannu Tuva", rule: "heading:single-year"}],
    ["1945–present: Kuril Islands", {start: 1945, end: null, ongoing: true, place: "Kuril Islands", rule: "heading:open-range"}],
    ["1944–47: Romania", {start: 1944, end: 1947, ongoing: false, place: "Romania", rule: "heading:year-range"}],
    ["1998–02: Somewhere", {start: 1998, end: 2002, ongoing: false, place: "Somewhere", rule: "heading:year-range"}],
    ["Romania (1944–1947)", {start: 1944, end: 1947, ongoing: false, place: "Romania", rule: "heading:place-then-years"}],
    ["1950:", {start: 1950, end: 1950, ongoing: false, place: "", rule: "heading:single-year"}],
    ["2016 – Surgical strikes", {start: 2016, end: 2016, ongoing: false, place: "Surgical strikes", rule: "heading:years-dash-title"}],
    ["2017", {start: 2017, end: 2017, ongoing: false, place: "", rule: "heading:years-only"}],
    ["1939–1945", {start: 1939, end: 1945, ongoing: false, place: "", rule: "heading:years-only"}],
    ["First Anglo-Afghan War, 1838–1842", {start: 1838, end: 1842, ongoing: false, place: "First Anglo-Afghan War", rule: "heading:title-then-years"}],
    ["Ottoman period conflicts 1453-1918", {start: 1453, end: 1918, ongoing: false, place: "Ottoman period conflicts", rule: "heading:title-then-years"}],
    ["War begins (November – December 1928)", {start: 1928, end: 1928, ongoing: false, place: "War begins", rule: "heading:title-then-dates"}],
    ["Kalakani rules Kabul (February 1929 – October 1930)", {start: 1929, end: 1930, ongoing: false, place: "Kalakani rules Kabul", rule: "heading:title-then-dates"}],
    ["1921 Revolution", {start: 1921, end: 1921, ongoing: false, place: "Revolution", rule: "heading:year-inside"}],
    ["The 1953 coup in Iran", {start: 1953, end: 1953, ongoing: false, place: "The coup in Iran", rule: "heading:year-inside"}],
    // Eras and "c.", as dated list items have them.
    ["1500–1450 BC: Egypt", {start: -1500, end: -1450, ongoing: false, place: "Egypt", rule: "heading:era"}],
    ["c. 1274 BCE – Battle of Kadesh", {start: -1274, end: -1274, ongoing: false, place: "Battle of Kadesh", rule: "heading:era"}],
    ["53 BC: Carrhae", {start: -53, end: -53, ongoing: false, place: "Carrhae", rule: "heading:era"}],
    ["70 AD: Jerusalem", {start: 70, end: 70, ongoing: false, place: "Jerusalem", rule: "heading:era"}],
    ["AD 6: Judea", {start: 6, end: 6, ongoing: false, place: "Judea", rule: "heading:era-first"}],
    ["58–63: Armenia", {start: 58, end: 63, ongoing: false, place: "Armenia", rule: "heading:early-range"}],
    ["c. 1915: Mexico", {start: 1915, end: 1915, ongoing: false, place: "Mexico", rule: "heading:circa"}],
    // A decade with its place is the decade's ten years (a decade alone groups rows: below).
    ["1980s: Nicaragua", {start: 1980, end: 1989, ongoing: false, place: "Nicaragua", rule: "heading:decade"}],
    ["Late 1940s: Greece", {start: 1940, end: 1949, ongoing: false, place: "Greece", rule: "heading:decade"}],
    ["1950s–1960s: Laos", {start: 1950, end: 1969, ongoing: false, place: "Laos", rule: "heading:decade"}],
  ])("maybeDatedHeading(%j)", (text, expected) => {
    expect(maybeDatedHeading(text)).toEqual(expected);
  });

  test.each([["1980s"], ["See also"], ["Interwar period"], ["References"], ["Israeli attack: first day (9 June)"], ["Syrian front 5–8 June"], ["The 19th century"], ["1,500 troops"], ["12: Episodes"], ["12–14: the rest"]])(
    "maybeDatedHeading(%j) → null",
    (text) => {
      expect(maybeDatedHeading(text)).toBeNull();
    },
  );

  test.each(DATED_HEADINGS.map(([, label, example]) => [label, example]))("rule %s matches its own example %j", (label, example) => {
    expect(maybeDatedHeading(example)?.rule).toBe(label);
  });
});

describe("maybeDatedItem", () => {
  test.each([
    ["- 1956–1957: Soviet troops landed at Port Said", {start: 1956, end: 1957, ongoing: false, place: "Soviet troops landed at Port Said", rule: "item:year-range"}],
    ["- 1919 to 1921: British troops in Russia", {start: 1919, end: 1921, ongoing: false, place: "British troops in Russia", rule: "item:year-range"}],
    ["* 1961: The Bay of Pigs", {start: 1961, end: 1961, ongoing: false, place: "The Bay of Pigs", rule: "item:year-then-separator"}],
    ["- 1704 5 September – A Spanish army besieged Gibraltar", {start: 1704, end: 1704, ongoing: false, place: "A Spanish army besieged Gibraltar", rule: "item:year-then-separator"}],
    ["- 711 30 April – The Umayyad general Tariq landed", {start: 711, end: 711, ongoing: false, place: "The Umayyad general Tariq landed", rule: "item:year-then-separator"}],
    ["- 1492 Summer – The Duke took the town", {start: 1492, end: 1492, ongoing: false, place: "The Duke took the town", rule: "item:year-then-separator"}],
    ["- 2000 May – 2001 May – The submarine was repaired", {start: 2000, end: 2001, ongoing: false, place: "The submarine was repaired", rule: "item:year-range"}],
    ["- 2009 – 7 December four officers are detained", {start: 2009, end: 2009, ongoing: false, place: "7 December four officers are detained", rule: "item:year-then-separator"}],
    ["- 1783 February. By now the siege was over", {start: 1783, end: 1783, ongoing: false, place: "By now the siege was over", rule: "item:year-then-text"}],
    ["- 1913 Ottoman coup d'état", {start: 1913, end: 1913, ongoing: false, place: "Ottoman coup d'état", rule: "item:year-then-text"}],
    ["- 1274 BCE Battle of Kadesh", {start: -1274, end: -1274, ongoing: false, place: "Battle of Kadesh", rule: "item:era-year"}],
    ["- c. 2500 BCE Eannatum of Lagash conquered Sumer", {start: -2500, end: -2500, ongoing: false, place: "Eannatum of Lagash conquered Sumer", rule: "item:era-year"}],
    ["- c.1537 BCE Ahmose I's campaigns", {start: -1537, end: -1537, ongoing: false, place: "Ahmose I's campaigns", rule: "item:era-year"}],
    ["- April 16, 1457 BCE Battle of Megiddo", {start: -1457, end: -1457, ongoing: false, place: "Battle of Megiddo", rule: "item:era-year"}],
    ["- 1580-1550 BCE Hyksos wars", {start: -1580, end: -1550, ongoing: false, place: "Hyksos wars", rule: "item:year-range"}],
    ["- 1550/1549-1531 BCE Conquest of Lower Egypt", {start: -1550, end: -1531, ongoing: false, place: "Conquest of Lower Egypt", rule: "item:year-range"}],
    ["- c. 2295 BCE — 2271 BCE (Short chronology) Lugal-zage-si", {start: -2295, end: -2271, ongoing: false, place: "(Short chronology) Lugal-zage-si", rule: "item:year-range"}],
    ["- 1532–55 Ottoman–Safavid War", {start: 1532, end: 1555, ongoing: false, place: "Ottoman–Safavid War", rule: "item:year-range"}],
    ["- 1945–present: Occupation", {start: 1945, end: null, ongoing: true, place: "Occupation", rule: "item:year-range"}],
    ["- 1970s: Angola", {start: 1970, end: 1979, ongoing: false, place: "Angola", rule: "item:decade"}],
  ])("maybeDatedItem(%j)", (text, expected) => {
    expect(maybeDatedItem(text)).toEqual(expected);
  });

  test.each([
    ["- Battle of Chaldiran 1514"], ["- 300 Spartans held the pass"], ["- 1000–2000 men crossed"], ["- 10–15 km south"], ["- Ancient Egypt conflicts"], ["- 1,500 troops landed"], ["- 31 March Incident 1909"],
  ])("maybeDatedItem(%j) → null", (text) => {
    expect(maybeDatedItem(text)).toBeNull();
  });

  test.each(DATED_ITEMS.map(([, label, example]) => [label, example]))("rule %s matches its own example %j", (label, example) => {
    expect(maybeDatedItem(example)?.rule).toBe(label);
  });
});

describe("targetsOfPlace", () => {
  test.each([
    ["Estonia, Latvia, Lithuania", "heading:single-year", ["Estonia", "Latvia", "Lithuania"]],
    ["Turkmenistan: Geok Tepe, Merv and Panjdeh", "heading:year-range", ["Turkmenistan", "Geok Tepe", "Merv", "Panjdeh"]],
    ["Narnia", "heading:single-year", ["Narnia"]],
    ["Surgical strikes", "heading:years-dash-title", []],
    ["The conquest of Iran", "heading:single-year", ["Iran"]],
    ["Ceasefire", "heading:years-dash-title", []],
    ["Soviet–Afghan War in Afghanistan", "heading:title-then-years", ["Afghanistan"]],
    // A state's own upheaval names it; an invasion's demonym is the one who acted.
    ["Iranian coup d'état", "heading:year-inside", ["Iran"]],
    ["Hungarian Revolution", "heading:year-inside", ["Hungary"]],
    ["Soviet invasion", "heading:year-inside", []],
  ])("targetsOfPlace(%j, %j)", (place, rule, targets) => {
    expect(targetsOfPlace(place, rule).targets).toEqual(targets);
  });
});

describe("splitTargets", () => {
  test.each([
    ["Estonia, Latvia, Lithuania", ["Estonia", "Latvia", "Lithuania"], []],
    ["Burma and China", ["Burma", "China"], []],
    ["British Guiana (Guyana)", ["British Guiana"], ["Guyana"]],
    ["Cuba, Puerto Rico and the Philippines", ["Cuba", "Puerto Rico", "the Philippines"], []],
    ["Bosnia and Herzegovina", ["Bosnia and Herzegovina"], []],
    ["Trinidad and Tobago, Grenada", ["Trinidad and Tobago", "Grenada"], []],
    ["Congo-Leopoldville", ["Congo-Leopoldville"], []],
    ["", [], []],
  ])("splitTargets(%j)", (place, targets, notes) => {
    expect(splitTargets(place)).toEqual({targets, notes});
  });
});

describe("extractInterventions", () => {
  const text = [
    "= T =", "", "Intro.", "", "== 1921–1940: Interwar period ==", "=== 1920s ===", "==== 1929: Tannu Tuva ====", "Coup.", "",
    "==== 1933–1934: Xinjiang ====", "Troops.", "=== 1930s ===", "==== 1939–1940: Finland ====", "War.",
    "== 1952–1991: Rest of the Cold War ==", "=== 1980s ===", "==== 1979–1989: Afghanistan ====", "Invasion.",
    "==== 1968: Czechoslovakia ====", "Tanks.", "== See also ==", "- X",
  ].join("\n");
  const doc = parseDocument(text, "t.txt");
  const rows = extractInterventions(doc);

  test("one row per dated episode heading, in document order, period from the level-2 heading", () => {
    expect(rows.map((r) => [r.order, r.period, r.start_year, r.end_year, r.place, r.line])).toEqual([
      [1, "1921–1940: Interwar period", 1929, 1929, "Tannu Tuva", 7],
      [2, "1921–1940: Interwar period", 1933, 1934, "Xinjiang", 10],
      [3, "1921–1940: Interwar period", 1939, 1940, "Finland", 13],
      [4, "1952–1991: Rest of the Cold War", 1979, 1989, "Afghanistan", 17],
      [5, "1952–1991: Rest of the Cold War", 1968, 1968, "Czechoslovakia", 19],
    ]);
    expect(rows.map((r) => r.id)).toEqual(["t:1", "t:2", "t:3", "t:4", "t:5"]);
  });

  test("section bodies stop at the next heading of the same or higher rank", () => {
    expect(doc.text.slice(rows[1].start, rows[1].end).trim()).toBe("Troops.");
    expect(doc.text.slice(rows[4].start, rows[4].end).trim()).toBe("Tanks.");
    expect(interventionAt(rows, doc.text.indexOf("Invasion."))?.order).toBe(4);
    expect(interventionAt(rows, doc.text.indexOf("Intro."))).toBeUndefined();
  });

  test.each([
    ["==== 1950–1940: Backwards ====", "reversed-years", 3],
    ["==== 2999: Future ====", "future-year", 3],
    ["==== 1950: ====", "no-place", 3],
  ])("warns on %j with %s at line %i", (heading, code, line) => {
    const d = parseDocument(`= T =\n\n${heading}\nText.\n`, "bad.txt");
    extractInterventions(d, {maxYear: 2026});
    expect(d.warnings).toEqual([expect.objectContaining({code, line, file: "bad.txt"})]);
  });

  test("reads a reversed range in order and keeps a heading with no place", () => {
    const d = parseDocument("==== 1950–1940: Backwards ====\n==== 1950: ====\n", "bad.txt");
    expect(extractInterventions(d).map((r) => [r.start_year, r.end_year, r.targets])).toEqual([[1940, 1950, ["Backwards"]], [1950, 1950, []]]);
  });

  test("flags duplicated sections but keeps both", () => {
    const d = parseDocument("==== 1929: Tuva ====\nA.\n==== 1929: Tuva ====\nB.\n", "dup.txt");
    expect(extractInterventions(d)).toHaveLength(2);
    expect(d.warnings).toEqual([expect.objectContaining({code: "duplicate-section", line: 3})]);
  });

  test("a document with no dated heading yields no rows and a warning", () => {
    const d = parseDocument("Title\n\nSome prose.\n", "plain.txt");
    expect(extractInterventions(d)).toEqual([]);
    expect(d.warnings.map((w) => w.code)).toEqual(["no-dated-headings"]);
  });
});

describe("extractInterventions on a list-shaped article", () => {
  const text = [
    "= Foreign interventions by Ruritania =", "", "Ruritania intervened abroad many times.", "",
    "== 1950–1959: Early years ==", "", "- 1956–1957: Ruritanian troops landed at Port Said.", "- 1958 – Ruritania sent arms to Lebanon.",
    "- Operations without a date", "", "== Later ==", "", "=== 1961 ===", "", "* 1961: The Bay of Pigs. Exiles landed in Cuba.", "",
    "=== 1965: Dominican Republic ===", "", "Marines landed.", "", "== See also ==", "", "- 1983 invasion of Grenada",
  ].join("\n");
  const doc = parseDocument(text, "list.txt");
  const rows = extractInterventions(doc, {maxYear: 2026});

  test("one row per dated item and per dated heading without dated items, in document order", () => {
    expect(rows.map((r) => [r.line, r.start_year, r.end_year, r.period, r.rule, r.title])).toEqual([
      [7, 1956, 1957, "1950–1959: Early years", "item:year-range", "Ruritanian troops landed at Port Said."],
      [8, 1958, 1958, "1950–1959: Early years", "item:year-then-separator", "Ruritania sent arms to Lebanon."],
      [15, 1961, 1961, "Later", "item:year-then-separator", "The Bay of Pigs."],
      [17, 1965, 1965, "Later", "heading:single-year", "1965: Dominican Republic"],
    ]);
  });

  test("a dated heading with dated items below it is a period; items under See also are links", () => {
    expect(rows.some((r) => r.line === 5 || r.line === 13 || r.line === 23)).toBe(false);
  });

  test("an item's section is the item itself; its targets wait for the text", () => {
    expect(doc.text.slice(rows[0].start, rows[0].end)).toBe("- 1956–1957: Ruritanian troops landed at Port Said.");
    expect(rows[0].place).toBe("");
    expect(rows[0].targets).toEqual([]);
    expect(interventionAt(rows, doc.text.indexOf("Exiles"))?.line).toBe(15);
  });

  test("prose alone gives no rows", () => {
    const prose = parseDocument("= T =\n\nIn 1956 Soviet troops entered Hungary. In 1968 they entered Czechoslovakia.\n", "p.txt");
    expect(extractInterventions(prose)).toEqual([]);
    expect(prose.warnings.map((w) => w.code)).toEqual(["no-dated-headings"]);
  });
});

describe("extractInterventions: the years-first episode heading keeps its dated parts", () => {
  const text = [
    "= United States involvement in regime change =", "", "== 1945–1991: Cold War ==", "",
    "=== 1953: Iran ===", "", "The CIA organised a coup.", "", "==== 1953 Iranian coup d'état ====", "", "Details.", "",
    "- 1953 19 August – Mosaddegh was overthrown.", "", "=== 1954: Guatemala ===", "", "Exiles landed.", "",
    "== Timeline ==", "", "=== Operations of the 1960s ===", "", "- 1961: Bay of Pigs.", "- 1965: Dominican Republic.",
  ].join("\n");
  const rows = extractInterventions(parseDocument(text, "us.txt"), {maxYear: 2026});

  test("a years-first heading stays one episode; a year-inside sub-heading and a dated item within it are parts of it", () => {
    expect(rows.map((r) => [r.line, r.title])).toEqual([
      [5, "1953: Iran"],
      [15, "1954: Guatemala"],
      [23, "Bay of Pigs."],
      [24, "Dominican Republic."],
    ]);
  });

  test("the Iran episode's section runs to the next episode, over its dated parts", () => {
    expect(rows[0].end).toBe(text.indexOf("=== 1954: Guatemala"));
  });
});

describe("targetsOfItemHead", () => {
  test.each([
    // Known places at an item's head, before a spaced dash or a colon, are its targets.
    ["Libya – French jets carried out air strikes", ["Libya"]],
    ["Ivory Coast: French forces were sent to protect foreign nationals", ["Ivory Coast"]],
    ["Estonia, Latvia and Lithuania – Soviet troops moved in", ["Estonia", "Latvia", "Lithuania"]],
    // A name that is no known place, or no head at all: none (the item's acts give them later).
    ["Suez Crisis – France and Britain landed troops", []],
    ["Operation Caban – French forces deposed Emperor Bokassa", []],
    ["The Castilians besieged Algeciras", []],
  ])("targetsOfItemHead(%j) → %j", (text, expected) => {
    expect(targetsOfItemHead(text).targets).toEqual(expected);
  });

  test("its rule's example phrase matches the pattern", () => {
    expect(ITEM_PLACE_HEAD[0].test(ITEM_PLACE_HEAD[2])).toBe(true);
  });
});
