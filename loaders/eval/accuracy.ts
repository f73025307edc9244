/**
 * measureAccuracy: a pipeline result scored against the answer keys, per document and pooled
 * per part (seed, tuning, blind), for every extracted column: intervention rows and their years,
 * today's countries, each method label, figures (precision, recall, unit, category, hedge,
 * bound) and events. `npm run eval` prints it, the tests hold its thresholds, and the Accuracy
 * page shows it.
 */
import type {PipelineResult, Row} from "../types.ts";
import type {DocumentAnalysis} from "../pipeline.ts";
import {interventionAt} from "../extract/interventions.ts";
import {METHODS} from "../rules/methods.ts";
import {scoreFigures, type FigureScore, type PredictedFigure} from "./figures.ts";
import {scoreInterventions, type InterventionScore} from "./interventions.ts";
import {scoreEvents, type EventRowLike, type EventScore} from "./events.ts";
import {PARTS, type AnswerKey, type Part} from "./keys.ts";

/** Scores of one document, or of a part pooled over its documents. */
export interface Accuracy {
  /** A document's slug, or the part's name for a pooled score. */
  name: string;
  part: Part;
  documents: number;
  figures: FigureScore;
  interventions: InterventionScore;
  /** Null where no key has events (the seed). */
  events: EventScore | null;
}

/** The predicted rows of one set of documents, in the shapes the scorers read. */
function predictedFor(result: PipelineResult & {analyses: DocumentAnalysis[]}, documents: ReadonlySet<string>) {
  const figures = result.tables.figures.filter((r) => documents.has(String(r.document))) as unknown as PredictedFigure[];
  const interventions = result.tables.interventions.filter((r) => documents.has(String(r.document))).map((r: Row) => ({
    document: String(r.document), order: Number(r.order), line: Number(r.line), start_year: r.start_year as number, end_year: r.end_year as number | null,
    place: String(r.place), methods: String(r.methods ?? ""), target_iso3: String(r.target_iso3 ?? ""),
  }));
  // The keys list events only outside intervention rows: an act inside a row is the row's method.
  const events: EventRowLike[] = result.analyses
    .filter((a) => documents.has(a.doc.slug))
    .flatMap((a) => a.events.filter((e) => !interventionAt(a.interventions, e.start)).map((e) => ({document: e.document, line: e.line, actor_iso3: e.actor_iso3, method: e.method, target_iso3: e.target_iso3, year: e.year})));
  return {figures, interventions, events};
}

/** Scores the keys' documents of `keys` together (one document, or a whole part). */
function score(result: PipelineResult & {analyses: DocumentAnalysis[]}, name: string, part: Part, keys: readonly AnswerKey[]): Accuracy {
  const predicted = predictedFor(result, new Set(keys.map((k) => k.document)));
  const withEvents = keys.filter((k) => k.events);
  const eventDocuments = new Set(withEvents.map((k) => k.document));
  return {
    name,
    part,
    documents: keys.length,
    figures: scoreFigures(predicted.figures, keys.flatMap((k) => k.figures)),
    interventions: scoreInterventions(predicted.interventions, keys.flatMap((k) => k.interventions), {documentAlias: {}, labels: METHODS}),
    events: withEvents.length ? scoreEvents(predicted.events.filter((e) => eventDocuments.has(e.document)), withEvents.flatMap((k) => k.events!)) : null,
  };
}

/**
 * Every key's document scored on its own, then each part pooled (counts summed over its
 * documents, so a long article weighs more than a short one).
 * @param result a pipeline run over (at least) every key's document
 * @example measureAccuracy(runPipeline(keySources()), readAnswerKeys()).pooled.find((a) => a.part === "tuning")!.figures.recall // 0.9…
 */
export function measureAccuracy(result: PipelineResult & {analyses: DocumentAnalysis[]}, keys: readonly AnswerKey[]): {documents: Accuracy[]; pooled: Accuracy[]} {
  const documents = keys.map((k) => score(result, k.document, k.part, [k]));
  const pooled = PARTS.filter((part) => keys.some((k) => k.part === part)).map((part) => score(result, part, part, keys.filter((k) => k.part === part)));
  return {documents, pooled};
}

/** One measured agreement, as the Accuracy page and accuracy.json list it. */
export interface AccuracyRow {
  part: Part;
  /** What was extracted: `intervention rows`, `years`, `countries (ISO3)`, `method: invasion`, `methods (micro)`, `figures`, `figure unit`, …, `events`. */
  column: string;
  /** `precision`, `recall`, `F1` or `agreement`. */
  measure: string;
  value: number;
  /** What the value is a share of ("59 of 61 gold figures"). */
  basis: string;
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The pooled scores as rows, one per part, column and measure: what the Accuracy page shows.
 * @example accuracyRows(pooled).find((r) => r.part === "seed" && r.column === "figures" && r.measure === "recall")?.value // 1
 */
export function accuracyRows(pooled: readonly Accuracy[]): AccuracyRow[] {
  const rows: AccuracyRow[] = [];
  const add = (part: Part, column: string, measure: string, value: number, basis: string) => rows.push({part, column, measure, value: r3(value), basis});
  for (const a of pooled) {
    const {figures: f, interventions: i, events: e, part} = a;
    const goldRows = i.iso.total;
    add(part, "intervention rows", "recall", goldRows ? i.matched / goldRows : 1, `${i.matched} of ${goldRows} gold rows found`);
    add(part, "intervention rows", "precision", i.matched + i.extra ? i.matched / (i.matched + i.extra) : 1, `${i.extra} rows the keys do not have`);
    add(part, "years", "agreement", i.years.accuracy, `${i.years.correct} of ${i.years.total} matched rows`);
    add(part, "countries (ISO3)", "agreement", i.iso.accuracy, `${i.iso.correct} of ${i.iso.total} gold rows exact`);
    add(part, "methods (micro)", "precision", i.micro.precision, `${i.micro.tp} of ${i.micro.tp + i.micro.fp} labels given`);
    add(part, "methods (micro)", "recall", i.micro.recall, `${i.micro.tp} of ${i.micro.tp + i.micro.fn} gold labels`);
    add(part, "methods (micro)", "F1", i.micro.f1, `${i.micro.tp} right, ${i.micro.fp} wrong, ${i.micro.fn} missed`);
    // A label never given has no precision, one the keys never hold has no recall: no row, not a 100 %.
    for (const l of i.labels) {
      if (l.tp + l.fp) add(part, `method: ${l.label}`, "precision", l.precision, `${l.tp} of ${l.tp + l.fp} given`);
      if (l.tp + l.fn) add(part, `method: ${l.label}`, "recall", l.recall, `${l.tp} of ${l.tp + l.fn} in the keys`);
    }
    add(part, "figures", "precision", f.precision, `${f.matched} of ${f.predicted} figures found`);
    add(part, "figures", "recall", f.recall, `${f.matched} of ${f.gold} gold figures`);
    for (const [field, name] of [["unit", "figure unit"], ["category", "figure category"], ["approx", "figure hedge (approx)"], ["bound", "figure bound"]] as const) {
      if (f.matched) add(part, name, "agreement", f.agreement[field], `${Math.round(f.agreement[field] * f.matched)} of ${f.matched} matched figures`);
    }
    if (e) {
      add(part, "events", "precision", e.precision, `${e.matched} of ${e.predicted} (actor, method, target) triples`);
      add(part, "events", "recall", e.recall, `${e.matched} of ${e.gold} gold triples`);
      add(part, "event year", "agreement", e.year.accuracy, `${e.year.agree} of ${e.year.total} matched triples with a gold year`);
    }
  }
  return rows;
}

/** What the Accuracy page reads (accuracy.json). */
export interface AccuracyReport {
  /** Pooled per part: one row per part, column and measure. */
  rows: AccuracyRow[];
  /** Per document: its part and headline scores. */
  documents: {
    document: string;
    part: Part;
    rows: number;
    figures: number;
    figure_precision: number;
    figure_recall: number;
    methods_f1: number;
    iso3: number;
    events_recall: number | null;
  }[];
}

/**
 * The Accuracy page's data: the pooled rows and a per-document summary, rounded to three places.
 * @example accuracyReport(measureAccuracy(result, keys)).rows.length // 60-odd
 */
export function accuracyReport({documents, pooled}: {documents: Accuracy[]; pooled: Accuracy[]}): AccuracyReport {
  return {
    rows: accuracyRows(pooled),
    documents: documents.map((a) => ({
      document: a.name,
      part: a.part,
      rows: a.interventions.iso.total,
      figures: a.figures.gold,
      figure_precision: r3(a.figures.precision),
      figure_recall: r3(a.figures.recall),
      methods_f1: r3(a.interventions.micro.f1),
      iso3: r3(a.interventions.iso.accuracy),
      events_recall: a.events ? r3(a.events.recall) : null,
    })),
  };
}
