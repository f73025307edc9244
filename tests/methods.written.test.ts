// Regression fixtures for the methods pass (tests/fixtures/written-methods): short texts
// WRITTEN FOR THE PROJECT in the seed's style (Egyptian, French, Vietnamese and British interventions),
// each with an answer key. They guard against regressions and are no evidence of
// generalization: accuracy on real articles is measured on corpus/dev (tests/accuracy.test.ts).
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {readCorpus} from "../loaders/io/corpus.ts";
import {runPipeline} from "../loaders/pipeline.ts";
import {formatInterventionReport, readGoldInterventions, scoreInterventions} from "../loaders/eval/interventions.ts";
import {METHODS} from "../loaders/rules/methods.ts";
import {FIXTURES} from "./helpers.ts";

const DEV = join(FIXTURES, "written-methods");
const KEY = ".interventions.csv";

const gold = readdirSync(DEV)
  .filter((f) => f.endsWith(KEY))
  .sort()
  .flatMap((f) => readGoldInterventions(readFileSync(join(DEV, f), "utf8")));
const result = runPipeline(readCorpus(DEV));
const predicted = result.tables.interventions.map((r) => ({document: String(r.document), order: Number(r.order), place: String(r.place), methods: String(r.methods), target_iso3: String(r.target_iso3)}));
const score = scoreInterventions(predicted, gold, {documentAlias: {}});
const report = formatInterventionReport(score);

/** What the lexicon reaches now on these articles, less a little room (one label more or less). */
const MICRO_F1 = 0.95;
const PRECISION = 0.8;

describe("methods on the development articles", () => {
  test("three articles about different powers, every gold row matched", () => {
    console.log(report);
    expect(new Set(gold.map((g) => g.document)).size).toBeGreaterThanOrEqual(3);
    expect(score.matched, report).toBe(gold.length);
    expect(score.misses.filter((m) => m.kind === "missing" || m.kind === "extra"), report).toEqual([]);
  });

  test(`micro-averaged F1 of the method labels ≥ ${MICRO_F1}`, () => {
    expect(score.micro.f1, report).toBeGreaterThanOrEqual(MICRO_F1);
  });

  test.each(METHODS.map((m) => [m]))(`precision of %s ≥ ${PRECISION}`, (label) => {
    const s = score.labels.find((l) => l.label === label)!;
    expect(s.precision, report).toBeGreaterThanOrEqual(PRECISION);
  });
});
