import {describe, expect, test} from "vitest";
import {countByDecade} from "../loaders/tables/decades.ts";
import {countByPeriod} from "../loaders/tables/periods.ts";
import type {Intervention} from "../loaders/types.ts";

const episode = (document: string, start_year: number, end_year: number | null, period = "P"): Intervention => ({
  id: "", document, order: 0, period, start_year, end_year, ongoing: end_year === null, title: "", place: "", targets: [], notes: [],
  line: 0, heading: 0, start: 0, end: 0, rule: "", target_iso3: [], region: [], methods: [],
});

describe("countByDecade", () => {
  test.each([
    [[episode("d", 1979, 1989)], [{document: "d", decade: 1970, started: 1, active: 1}, {document: "d", decade: 1980, started: 0, active: 1}]],
    [[episode("d", 1921, 1924), episode("d", 1929, 1929)], [{document: "d", decade: 1920, started: 2, active: 2}]],
    [[episode("d", 1921, 1921), episode("d", 1945, 1945)], [
      {document: "d", decade: 1920, started: 1, active: 1},
      {document: "d", decade: 1930, started: 0, active: 0},
      {document: "d", decade: 1940, started: 1, active: 1},
    ]],
    [[episode("b", 1950, 1950), episode("a", 1960, null)], [
      {document: "a", decade: 1960, started: 1, active: 1},
      {document: "b", decade: 1950, started: 1, active: 1},
    ]],
    [[], []],
  ])("countByDecade(%j)", (rows, expected) => {
    expect(countByDecade(rows)).toEqual(expected);
  });
});

describe("countByPeriod", () => {
  test("counts per period in order of first appearance, with the years they span", () => {
    expect(countByPeriod([episode("d", 1950, 1952, "Z"), episode("d", 1921, 1924, "A"), episode("d", 1955, 1956, "Z")])).toEqual([
      {document: "d", period: "Z", interventions: 2, first_year: 1950, last_year: 1956},
      {document: "d", period: "A", interventions: 1, first_year: 1921, last_year: 1924},
    ]);
  });
});
