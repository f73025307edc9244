// Accuracy of the method labels and ISO codes of interventions.csv against the hand-made gold
// (gold/seed): a yardstick read only by tests and the eval, never by the loaders.
import {readFileSync} from "node:fs";
import {resolve} from "node:path";
import {describe, expect, test} from "vitest";
import {readCorpus} from "../loaders/io/corpus.ts";
import {runPipeline} from "../loaders/pipeline.ts";
import {formatInterventionReport, readGoldInterventions, scoreInterventions} from "../loaders/eval/interventions.ts";
import {METHODS} from "../loaders/rules/methods.ts";
import {DATA, GOLD, GOLD_SLUG, SEED} from "./helpers.ts";

const result = runPipeline(readCorpus(DATA));
const predicted = result.tables.interventions.map((r) => ({document: String(r.document), order: Number(r.order), place: String(r.place), methods: String(r.methods), target_iso3: String(r.target_iso3)}));
const gold = readGoldInterventions(readFileSync(resolve(GOLD, "interventions.csv"), "utf8")).filter((g) => g.document === GOLD_SLUG);
const score = scoreInterventions(predicted, gold, {documentAlias: {[GOLD_SLUG]: SEED}});

describe("scoreInterventions(runPipeline(data/).tables.interventions, gold)", () => {
  test("report", () => {
    console.log(formatInterventionReport(score));
    expect(score.matched).toBe(25);
  });

  test("micro-averaged F1 of the method labels ≥ 0.90", () => {
    expect(score.micro.f1).toBeGreaterThanOrEqual(0.9);
  });

  test.each(METHODS.map((m) => [m]))("precision of %s ≥ 0.85", (label) => {
    const s = score.labels.find((l) => l.label === label)!;
    expect(s.tp + s.fn, `the gold uses ${label}`).toBeGreaterThan(0);
    expect(s.precision).toBeGreaterThanOrEqual(0.85);
  });

  test("target_iso3 exact on all 25 rows", () => {
    expect(score.misses.filter((m) => m.kind === "iso")).toEqual([]);
    expect(score.iso).toEqual({correct: 25, total: 25, accuracy: 1});
  });

  test("every label has its cue in method_cues", () => {
    const cues = result.tables.method_cues;
    for (const r of result.tables.interventions) {
      for (const method of String(r.methods).split(";").filter(Boolean)) {
        expect(cues.some((c) => c.document === r.document && c.order === r.order && c.method === method), `${r.id} ${method}`).toBe(true);
      }
    }
  });
});

describe("scoreInterventions", () => {
  const row = (order: number, methods: string, target_iso3 = "AAA") => ({document: "d", order, place: `p${order}`, methods, target_iso3});
  test.each([
    // [case, predicted, gold, [P, R, F1] of invasion, micro F1, rows with exact ISO codes]
    ["all right", [row(1, "invasion"), row(2, "coup")], [row(1, "invasion"), row(2, "coup")], [1, 1, 1], 1, 2],
    ["one extra label, one missed", [row(1, "invasion;coup"), row(2, "")], [row(1, "invasion"), row(2, "invasion")], [1, 0.5, 2 / 3], 0.5, 2],
    ["a gold row not predicted, wrong codes", [row(1, "invasion", "BBB")], [row(1, "invasion"), row(2, "invasion")], [1, 0.5, 2 / 3], 2 / 3, 0],
  ] as const)("scoreInterventions: %s", (_case, p, g, [precision, recall, f1], micro, iso) => {
    const s = scoreInterventions(p, g, {documentAlias: {}});
    const invasion = s.labels.find((l) => l.label === "invasion")!;
    expect([invasion.precision, invasion.recall, invasion.f1].map((x) => +x.toFixed(6))).toEqual([precision, recall, f1].map((x) => +x.toFixed(6)));
    expect(+s.micro.f1.toFixed(6)).toBe(+micro.toFixed(6));
    expect(s.iso.correct).toBe(iso);
  });

  test("formatInterventionReport lists every label, the micro average, ISO accuracy and the misses", () => {
    const s = scoreInterventions([row(1, "invasion;coup", "BBB")], [row(1, "invasion")], {documentAlias: {}});
    const report = formatInterventionReport(s);
    for (const label of [...METHODS, "micro"]) expect(report).toMatch(new RegExp(`^${label}\\s`, "m"));
    expect(report).toMatch(/ISO 3166-1 alpha-3 targets: 0\/1 rows exact/);
    expect(report).toMatch(/d:1 p1 — method-fp: predicted "coup", expected "invasion"/);
    expect(report).toMatch(/d:1 p1 — iso: predicted "BBB", expected "AAA"/);
  });

  test("formatInterventionReport names a row by its line where the gold keys rows by line, and a list item by its targets", () => {
    const predicted = [{document: "d", order: 3, line: 41, place: "", methods: "annexation", target_iso3: "GIB"}];
    const gold = [{document: "d", order: "", line: "41", place: "", targets: "Gibraltar;Marbella", methods: "invasion", target_iso3: "GIB;ESP"}];
    const report = formatInterventionReport(scoreInterventions(predicted, gold, {documentAlias: {}}));
    expect(report).toMatch(/d line 41 Gibraltar;Marbella — method-fp: predicted "annexation", expected "invasion"/);
    expect(report).toMatch(/d line 41 Gibraltar;Marbella — iso: predicted "GIB", expected "GIB;ESP"/);
  });
});
