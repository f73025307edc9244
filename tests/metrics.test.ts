import {describe, expect, test} from "vitest";
import {readCorpus} from "../loaders/io/corpus.ts";
import {runPipeline} from "../loaders/pipeline.ts";
import {computeMetrics, METRICS} from "../loaders/tables/metrics.ts";
import {DATA, SEED} from "./helpers.ts";

const {tables} = runPipeline(readCorpus(DATA));
const results = Object.fromEntries(computeMetrics(tables).map((r) => [r.metric.name, r]));
const seed = (name: string) => results[name].rows.filter((r) => r.document === SEED);

describe("METRICS registry", () => {
  test.each(METRICS.map((m) => [m.name, m]))("%s computes on data/ without error, with its chart columns", (_name, metric) => {
    const result = results[metric.name];
    expect(result.error).toBeUndefined();
    expect(result.rows.length).toBeGreaterThan(0);
    for (const column of [metric.chart.x, metric.chart.y, metric.chart.color].filter(Boolean) as string[]) expect(result.rows[0]).toHaveProperty(column);
  });

  test("names are unique and file-safe", () => {
    const names = METRICS.map((m) => m.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  test("a failing metric records its error and leaves the others", () => {
    const broken = {...METRICS[0], name: "broken", compute: () => { throw new Error("no such column"); }};
    const out = computeMetrics(tables, [broken, METRICS[0]]);
    expect(out.map((r) => r.error)).toEqual(["no such column", undefined]);
  });
});

describe("computeMetrics(data/)", () => {
  test("interventions-per-decade counts start years", () => {
    expect(seed("interventions-per-decade").map((r) => [r.decade, r.interventions])).toEqual([
      [1920, 3], [1930, 3], [1940, 11], [1950, 2], [1960, 4], [1970, 2],
    ]);
  });
  test("interventions-per-period follows the level-2 headings", () => {
    expect(seed("interventions-per-period").map((r) => r.interventions)).toEqual([7, 10, 8]);
  });
  test("episode-length is the median of inclusive year spans", () => {
    expect(seed("episode-length").map((r) => [r.median_years, r.episodes])).toEqual([[2, 7], [3, 10], [4.5, 8]]);
  });
  test("interventions-per-method counts each label once per episode", () => {
    expect(Object.fromEntries(seed("interventions-per-method").map((r) => [r.method, r.interventions]))).toEqual({
      invasion: 15, military_aid: 8, coup: 7, covert: 6, election: 4, annexation: 3,
    });
  });
  test("interventions-per-region counts an episode once per region", () => {
    const rows = seed("interventions-per-region");
    // Poland, Hungary ×2, Czechoslovakia ×2 (Czechia and Slovakia: one episode, one region).
    expect(rows.find((r) => r.region === "Central Europe")?.interventions).toBe(5);
    // Every episode here has targets in a single region, so the counts add up to 25.
    expect(rows.reduce((n, r) => n + Number(r.interventions), 0)).toBe(25);
  });
  test("troops-per-period takes the largest troop figure of each period", () => {
    expect(Object.fromEntries(seed("troops-per-period").map((r) => [String(r.period).slice(0, 9), r.troops]))).toEqual({
      "1921–1940": 7000, "1941–1949": 2500000, "1952–1991": 70000,
    });
  });
  test("targets-per-document counts distinct target names", () => {
    expect(seed("targets-per-document")).toEqual([{document: SEED, targets: 24}]);
  });
});
