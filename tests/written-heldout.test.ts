// Regression fixtures (tests/fixtures/written-heldout): two excerpts WRITTEN FOR THE PROJECT
// (US, Libyan interventions) with answer keys under gold/README.md's conventions. Written in
// the seed's style, they share the rules' vocabulary: they guard against regressions and are
// no evidence of generalization (real articles: corpus/dev, tests/accuracy.test.ts).
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {csvParse} from "d3-dsv";
import {describe, expect, test} from "vitest";
import {readCorpus} from "../loaders/io/corpus.ts";
import {runPipeline} from "../loaders/pipeline.ts";
import {readGoldFigures, scoreFigures, type PredictedFigure} from "../loaders/eval/figures.ts";
import {readGoldInterventions, scoreInterventions} from "../loaders/eval/interventions.ts";
import {FIXTURES} from "./helpers.ts";

const DIR = join(FIXTURES, "written-heldout");
const result = runPipeline(readCorpus(DIR));
const ARTICLES: [key: string, document: string, figures: {precision: number; recall: number; category: number}, methodsF1: number][] = [
  ["us", "us-involvement-excerpt", {precision: 0.95, recall: 0.95, category: 0.9}, 0.7],
  ["libyan", "libyan-involvement-excerpt", {precision: 0.85, recall: 0.8, category: 0.75}, 0.6],
];

describe.each(ARTICLES)("held-out %s excerpt", (key, document, figureTargets, methodsF1) => {
  test("figures: precision, recall and category agreement", () => {
    const gold = readGoldFigures(csvParse(readFileSync(join(DIR, `${key}.figures.csv`), "utf8")), document);
    const score = scoreFigures(result.tables.figures.filter((r) => r.document === document) as unknown as PredictedFigure[], gold);
    console.log(`${document} figures: P ${score.precision.toFixed(3)} R ${score.recall.toFixed(3)} unit ${score.agreement.unit.toFixed(3)} category ${score.agreement.category.toFixed(3)} approx ${score.agreement.approx.toFixed(3)} bound ${score.agreement.bound.toFixed(3)}`);
    expect(score.precision).toBeGreaterThanOrEqual(figureTargets.precision);
    expect(score.recall).toBeGreaterThanOrEqual(figureTargets.recall);
    expect(score.agreement.category).toBeGreaterThanOrEqual(figureTargets.category);
  });

  test("interventions: today's countries exact, method labels", () => {
    const gold = readGoldInterventions(readFileSync(join(DIR, `${key}.interventions.csv`), "utf8"));
    const predicted = result.tables.interventions
      .filter((r) => r.document === document)
      .map((r) => ({document: String(r.document), order: Number(r.order), place: String(r.place), methods: String(r.methods), target_iso3: String(r.target_iso3)}));
    const score = scoreInterventions(predicted, gold);
    console.log(`${document} methods: micro P ${score.micro.precision.toFixed(3)} R ${score.micro.recall.toFixed(3)} F1 ${score.micro.f1.toFixed(3)}; ISO ${score.iso.correct}/${score.iso.total}`);
    expect(score.iso.accuracy).toBe(1);
    expect(score.micro.f1).toBeGreaterThanOrEqual(methodsF1);
  });
});
