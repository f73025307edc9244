// Accuracy of the interventions table against the hand-made gold (gold/seed):
// a yardstick read only by tests and the eval, never by the loaders.
import {describe, expect, test} from "vitest";
import {readCorpus} from "../loaders/io/corpus.ts";
import {runPipeline} from "../loaders/pipeline.ts";
import {countByDecade} from "../loaders/tables/decades.ts";
import {DATA, GOLD_SLUG, SEED, readGold} from "./helpers.ts";

const result = runPipeline(readCorpus(DATA));
const predicted = result.tables.interventions.filter((r) => r.document === SEED);
const gold = readGold("interventions").filter((r) => r.document === GOLD_SLUG);

describe("runPipeline(data/).tables.interventions vs gold", () => {
  test("one row per gold section", () => {
    expect(gold).toHaveLength(25);
    expect(predicted).toHaveLength(gold.length);
  });

  test.each(["order", "period", "start_year", "end_year", "place", "targets"])("%s exact on every row", (column) => {
    const got = predicted.map((r) => String(r[column]));
    const want = gold.map((r) => r[column]);
    expect(got).toEqual(want);
  });

  test("decade counts as derived from the gold years", () => {
    const fromGold = countByDecade(gold.map((g) => ({
      id: "", document: SEED, order: +g.order, period: g.period, start_year: +g.start_year, end_year: +g.end_year, ongoing: false,
      place: g.place, targets: [], notes: [], line: 0, heading: 0, start: 0, end: 0, rule: "", target_iso3: [], region: [], methods: [],
    })));
    expect(result.tables.decades.filter((r) => r.document === SEED)).toEqual(fromGold);
    // Counted by hand from the gold years. The 1979–1989 Afghanistan section sits under
    // "1980s" but starts in the 1970s.
    expect(fromGold.map((r) => [r.decade, r.started, r.active])).toEqual([
      [1920, 3, 3], [1930, 3, 3], [1940, 11, 12], [1950, 2, 4], [1960, 4, 5], [1970, 2, 5], [1980, 0, 1],
    ]);
  });
});
