// Accuracy of the figures table against the hand-made gold (gold/seed/figures.csv):
// a yardstick read only by tests and the eval, never by the loaders.
import {describe, expect, test} from "vitest";
import {readCorpus} from "../loaders/io/corpus.ts";
import {runPipeline} from "../loaders/pipeline.ts";
import {formatFigureReport, readGoldFigures, scoreFigures, type PredictedFigure} from "../loaders/eval/figures.ts";
import {DATA, SEED, readGold} from "./helpers.ts";

const result = runPipeline(readCorpus(DATA));
const gold = readGoldFigures(readGold("figures"), SEED);
const predicted = result.tables.figures.filter((r) => r.document === SEED) as unknown as PredictedFigure[];
const score = scoreFigures(predicted, gold);
// On failure, the report says which figures were missed or wrongly found.
const report = formatFigureReport(score);

describe("runPipeline(data/).tables.figures vs gold", () => {
  test("the gold has 61 figures", () => {
    expect(gold).toHaveLength(61);
  });

  test("detection: precision ≥ 0.95 and recall ≥ 0.95", () => {
    expect(score.precision, report).toBeGreaterThanOrEqual(0.95);
    expect(score.recall, report).toBeGreaterThanOrEqual(0.95);
  });

  test("unit and category agree on ≥ 90% of matches", () => {
    expect(score.agreement.unit, report).toBeGreaterThanOrEqual(0.9);
    expect(score.agreement.category, report).toBeGreaterThanOrEqual(0.9);
  });

  test("approx and bound agree on ≥ 95% of matches", () => {
    expect(score.agreement.approx, report).toBeGreaterThanOrEqual(0.95);
    expect(score.agreement.bound, report).toBeGreaterThanOrEqual(0.95);
  });

  test("every row quotes the text between its offsets, in its document", () => {
    const texts = new Map(result.documents.map((d) => [d.slug, d.text]));
    expect(result.tables.figures.length).toBeGreaterThan(0);
    for (const row of result.tables.figures) {
      expect(texts.get(String(row.document))!.slice(Number(row.start), Number(row.end))).toBe(row.quote);
    }
  });

  test("every row names the rules that fired, and every id is unique", () => {
    const ids = result.tables.figures.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const row of result.tables.figures) expect(String(row.rule)).toMatch(/^number:.*\+unit:.*\+category:/);
  });

  test("intervention_figures has one row per intervention, with the largest troop count of the Germany 1945 section", () => {
    expect(result.tables.intervention_figures).toHaveLength(result.interventions.length);
    const germany = result.tables.intervention_figures.find((r) => r.document === SEED && r.place === "Germany");
    expect(germany).toMatchObject({troops_low: 2500000, troops_high: 2500000, casualties_high: 703000, killed_high: 77000});
  });
});
