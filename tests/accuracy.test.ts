// Accuracy on the answer keys inside the project (gold/): the seed, and the real development
// articles in corpus/dev, tuning part and blind part apart (gold/dev/split.csv). The floors
// below are what the extraction is held to; `npm run eval` prints every figure.
import {resolve} from "node:path";
import {describe, expect, test} from "vitest";
import {readCorpus} from "../loaders/io/corpus.ts";
import {runPipeline} from "../loaders/pipeline.ts";
import {measureAccuracy, type Accuracy} from "../loaders/eval/accuracy.ts";
import {readAnswerKeys, type Part} from "../loaders/eval/keys.ts";
import {ROOT} from "./helpers.ts";

const keys = readAnswerKeys();
const wanted = new Set(keys.map((k) => k.document));
const sources = [...readCorpus(resolve(ROOT, "data")), ...readCorpus(resolve(ROOT, "corpus/dev"))].filter((s) => wanted.has(s.slug));
const {pooled} = measureAccuracy(runPipeline(sources), keys);
const part = (p: Part): Accuracy => pooled.find((a) => a.part === p)!;

/**
 * Floors per part: figures precision/recall, unit, category, approx and bound agreement (what
 * `npm run eval` measures, rounded down to 0.01), methods micro-F1 and every label's precision.
 */
const FLOORS: Record<Part, {figureP: number; figureR: number; unit: number; category: number; approx: number; bound: number; methodsF1: number; labelP: number}> = {
  seed: {figureP: 1, figureR: 1, unit: 1, category: 1, approx: 1, bound: 1, methodsF1: 1, labelP: 1},
  tuning: {figureP: 0.99, figureR: 0.95, unit: 0.99, category: 0.95, approx: 1, bound: 1, methodsF1: 0.04, labelP: 0.5},
  blind: {figureP: 0.94, figureR: 0.85, unit: 0.98, category: 0.92, approx: 0.96, bound: 1, methodsF1: 0.15, labelP: 0},
};

test("every document with a key was read", () => {
  expect(sources.map((s) => s.slug).sort()).toEqual([...wanted].sort());
});

test("the seed stays exact: 25 of 25 intervention rows with their years and countries, 61 of 61 figures", () => {
  const seed = part("seed");
  expect([seed.interventions.matched, seed.interventions.extra, seed.interventions.years.correct, seed.interventions.iso.correct]).toEqual([25, 0, 25, 25]);
  expect([seed.figures.gold, seed.figures.matched, seed.figures.predicted]).toEqual([61, 61, 61]);
});

describe.each(Object.entries(FLOORS) as [Part, (typeof FLOORS)[Part]][])("the %s part", (name, floor) => {
  const a = part(name);
  test(`figures: precision ≥ ${floor.figureP}, recall ≥ ${floor.figureR}, unit ≥ ${floor.unit}, category ≥ ${floor.category}, approx ≥ ${floor.approx}, bound ≥ ${floor.bound}`, () => {
    expect(a.figures.precision).toBeGreaterThanOrEqual(floor.figureP);
    expect(a.figures.recall).toBeGreaterThanOrEqual(floor.figureR);
    expect(a.figures.agreement.unit).toBeGreaterThanOrEqual(floor.unit);
    expect(a.figures.agreement.category).toBeGreaterThanOrEqual(floor.category);
    expect(a.figures.agreement.approx).toBeGreaterThanOrEqual(floor.approx);
    expect(a.figures.agreement.bound).toBeGreaterThanOrEqual(floor.bound);
  });

  test(`methods: micro-F1 ≥ ${floor.methodsF1}, every label given with precision ≥ ${floor.labelP}`, () => {
    expect(a.interventions.micro.f1).toBeGreaterThanOrEqual(floor.methodsF1);
    for (const l of a.interventions.labels) if (l.tp + l.fp) expect(l.precision, l.label).toBeGreaterThanOrEqual(floor.labelP);
  });

  test("every gold intervention row is found, with its years", () => {
    expect(a.interventions.matched).toBe(a.interventions.iso.total);
    expect(a.interventions.years.accuracy).toBe(1);
  });
});
