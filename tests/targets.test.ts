import {describe, expect, test} from "vitest";
import {runPipeline} from "../loaders/pipeline.ts";

const run = (text: string) => runPipeline([{file: "t.txt", slug: "t", text, bytes: text.length, warnings: []}]).interventions;

describe("inferTargets", () => {
  test.each([
    ["- 2500 BCE: Eannatum of Lagash conquered all of Sumer, including Ur and Uruk", ["Sumer"], ["IRQ"]],
    ["- 1309: The Castilians besieged Algeciras.", ["Algeciras"], ["ESP"]],
    ["- 1231: Gibraltar was taken by Ibn Hud, emir of Murcia.", ["Gibraltar"], ["GIB"]],
    ["- 727 BCE: Kushite invasion of Egypt", ["Egypt"], ["EGY"]],
    // The one who suffered a passive act may carry an aside before the verb.
    ["- c. 1752 BCE — 1730 BCE Damiq-ilishu of Isin, the last king on the Sumerian King List, is defeated by Sin-Muballit of Babylon", ["Isin"], ["IRQ"]],
    // A war of a ruler "of" a city ("Nebuchadnezzar I of Isin's War") is fought, by the city, on the place after "with"; the era is no part of the ruler's name.
    ["- c. 1125 BCE — 1104 BCE Nebuchadnezzar I of Isin's War with Elam", ["Elam"], ["IRN"]],
    // Aid is done to the one helped: the recipient, not the helper nor the place it came from.
    ["- 1982 – In the war, the United States provided the United Kingdom with Sidewinder missiles.", ["United Kingdom"], ["GBR"]],
    ["- 1982 – In the war, Argentina received weapons from Libya.", ["Argentina"], ["ARG"]],
  ])("a list of conflicts: %j → %j (%j)", (item, targets, iso3) => {
    const [row] = run(["= List of conflicts =", "", "== Ancient ==", "", item, ""].join("\n"));
    expect([row.targets, row.target_iso3]).toEqual([targets, iso3]);
  });

  test("a timeline of one place: an act its row tells without naming where was done there", () => {
    const rows = run(["= Timeline of the history of Gibraltar =", "", "== The War of the Spanish Succession ==", "", "- 1704 night of 3–4 August – Heavy shelling targeted the castle and the town.", "- 1705 – Talks were held.", ""].join("\n"));
    expect(rows.map((r) => [r.targets, r.target_iso3, r.rule.endsWith("+targets:document-title")])).toEqual([
      [["Gibraltar"], ["GIB"], true],
      // No act, no target.
      [[], [], false],
    ]);
    // A list about no one place guesses none.
    const [row] = run(["= List of conflicts =", "", "== Modern ==", "", "- 1704 – Heavy shelling targeted the castle and the town.", ""].join("\n"));
    expect(row.targets).toEqual([]);
  });

  test("a power's acts in the one state its title names: a row whose acts name no place was about that state, named event headings included", () => {
    const rows = run(["= European influence in Ethiopia =", "", "== 19th century ==", "", "=== 1895–1896: First Italo-Ethiopian War ===", "", "In 1895 Italian troops invaded Adigrat.", "", "=== 1941: East African Campaign ===", "", "British forces drove the Italians out and restored Haile Selassie to the throne.", "", "=== 1936: Addis Ababa ===", "", "Italian forces entered the city.", ""].join("\n"));
    expect(rows.map((r) => [r.targets, r.target_iso3, r.rule.endsWith("+targets:title-place")])).toEqual([
      [["Ethiopia"], ["ETH"], true],
      [["Ethiopia"], ["ETH"], true],
      // A capital named as the heading's place is its country.
      [["Addis Ababa"], ["ETH"], false],
    ]);
    // A power's article that names no other state guesses none.
    const [row] = run(["= Italian involvement in regime change =", "", "== 1900s ==", "", "=== 1895: First Italo-Ethiopian War ===", "", "In 1895 Italian troops invaded Adigrat.", ""].join("\n"));
    expect(row.targets).toEqual([]);
  });

  test("a power's acts in the one state its title names, beside land ceded: 'the Company' is the East India Company named before", () => {
    const [row] = run(["= British influence in Nepal =", "", "== Anglo-Nepalese War, 1814–1816 ==", "", "In 1814 the East India Company declared war on Nepal and its armies advanced into the hills. By the Treaty of Sugauli, Nepal ceded Sikkim, Kumaon and Garhwal to the Company.", ""].join("\n"));
    expect([row.targets, row.target_iso3, row.methods]).toEqual([["Nepal", "Sikkim"], ["NPL", "IND"], ["invasion", "annexation"]]);
  });

  test("a conflict between the two states its title names: what one party does is done to the other", () => {
    const rows = run(["= Iran–Iraq border clashes =", "", "== 1980 – Shelling ==", "", "Iraqi artillery shelled border posts.", "", "== 1981 – Raids ==", "", "Iraqi troops raided the posts, and Iranian troops raided them back.", ""].join("\n"));
    expect(rows.map((r) => [r.target_iso3, r.rule.includes("+targets:other-party")])).toEqual([
      [["IRN"], true],
      [["IRN", "IRQ"], true],
    ]);
  });

  const rows = run(
    [
      "= Foreign interventions by Egypt =", "", "== Nasser era ==", "",
      "- 1962–1967: Egyptian troops invaded Yemen to back the republicans.",
      "- 1958 – Egypt sent arms to rebels in Lebanon, according to Egypt's critics.",
      "- 1959: A plot in Iraq failed, and Egypt was blamed; Syria and Jordan stayed out.",
      "- 1970: Talks were held.", "",
      "== 2016 – Surgical strikes ==", "", "Egyptian commandos raided Libya.", "",
    ].join("\n"),
  );

  test.each([
    [5, ["Yemen"], ["YEM"], "+targets:acts"],
    [6, ["Lebanon"], ["LBN"], "+targets:acts"],
    // A row that reports no act has no targets (gold/README.md), whatever places it names.
    [7, [], [], ""],
    [8, [], [], ""],
    [10, ["Libya"], ["LBY"], "+targets:acts"],
  ])("the row at line %i gets targets %j (%j) by %s", (line, targets, iso3, how) => {
    const row = rows.find((r) => r.line === line)!;
    expect(row.targets).toEqual(targets);
    expect(row.target_iso3).toEqual(iso3);
    expect(row.rule.endsWith(how)).toBe(true);
  });

  test("the article's own power is never its own target", () => {
    expect(rows.flatMap((r) => r.target_iso3)).not.toContain("EGY");
  });
});
