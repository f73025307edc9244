/**
 * runPipeline: documents → passes → tables. The one entry point: the CLI, the Framework
 * data loaders and the tests all call it, so the dashboard, the downloads and the
 * accuracy report can never disagree.
 */
import type {Document, Figure, Intervention, PipelineResult, Row, Sentence, SourceFile, Warning} from "./types.ts";
import {decodeSource, type DecodedSource} from "./io/corpus.ts";
import {parseDocument} from "./parse/document.ts";
import {describeSource} from "./extract/source.ts";
import {splitSentences} from "./parse/sentences.ts";
import {extractInterventions} from "./extract/interventions.ts";
import {extractFigures} from "./extract/figures.ts";
import {figureRows, interventionFigureRows} from "./tables/figures.ts";
import {countByDecade} from "./tables/decades.ts";
import {countByPeriod} from "./tables/periods.ts";
import type {Event, MethodCue} from "./types.ts";
import {extractMethods} from "./extract/methods.ts";
import {locateTargets} from "./extract/places.ts";
import {extractEvents} from "./extract/events.ts";
import {inferTargets} from "./extract/targets.ts";
import {countMethods, countMethodPeriods, methodCueRows} from "./tables/methods.ts";
import {countByCountry} from "./tables/countries.ts";
import {eventRows} from "./tables/events.ts";
import {compareDocuments} from "./tables/compare.ts";

/** What the passes derive from one document. */
export interface DocumentAnalysis {
  doc: Document;
  sentences: Sentence[];
  interventions: Intervention[];
  figures: Figure[];
  /** The cue behind every method label of the interventions. */
  methods: MethodCue[];
  /** Acts with a named actor found in the prose, dated where the text says when. */
  events: Event[];
}

/**
 * Runs every pass over one decoded document: parse → sentences → interventions → figures.
 * Never throws: a pass that fails leaves a `pipeline-error` warning and empty results,
 * so one broken document costs nothing else.
 * @example analyzeDocument({file: "x.txt", slug: "x", text: "== 1921–1940: P ==\n==== 1929: Tuva ====\nText.", bytes: 40, warnings: []}).interventions.length // 1
 */
export function analyzeDocument(source: DecodedSource): DocumentAnalysis {
  const doc = parseDocument(source.text, source.file, {bytes: source.bytes, warnings: source.warnings, slug: source.slug, format: source.format ?? "text"});
  describeSource(doc, source.meta);
  const analysis: DocumentAnalysis = {doc, sentences: [], interventions: [], figures: [], methods: [], events: []};
  // An empty or unreadable file has been reported already; there is nothing to extract.
  if (!doc.text.trim()) return analysis;
  try {
    analysis.sentences = splitSentences(doc);
    analysis.interventions = extractInterventions(doc);
    analysis.methods = extractMethods(doc, analysis.sentences, analysis.interventions);
    locateTargets(doc, analysis.interventions);
    inferTargets(doc, analysis.interventions, analysis.sentences);
    analysis.events = extractEvents(doc, analysis.sentences, {interventions: analysis.interventions});
    analysis.figures = extractFigures(doc, analysis.sentences, analysis.interventions);
  } catch (error) {
    doc.warnings.push({document: doc.slug, file: doc.file, line: 0, code: "pipeline-error", message: `extraction failed: ${(error as Error).message}`});
  }
  return analysis;
}

/** `line N: message` list for one document, for the documents table. */
function describeWarnings(warnings: readonly Warning[]): string {
  return warnings.map((w) => (w.line ? `line ${w.line}: ${w.message}` : w.message)).join(" | ");
}

/**
 * The rows one document gives each per-document table. The whole table is these rows
 * document after document, so a streaming export (stream.ts) can render and write them as
 * each document is analysed, and drop the document.
 */
export const DOCUMENT_ROWS: Record<string, (analysis: DocumentAnalysis) => Row[]> = {
  documents: ({doc, interventions}) => [
    {
      document: doc.slug,
      title: doc.title,
      format: doc.format,
      origin: doc.meta.origin,
      url: doc.meta.url,
      licence: doc.meta.licence,
      bytes: doc.bytes,
      sections: doc.headings.filter((h) => h.level > 1).length,
      interventions: interventions.length,
      warnings: describeWarnings(doc.warnings),
    },
  ],
  interventions: ({interventions}) =>
    interventions.map((i) => ({
      id: i.id,
      document: i.document,
      order: i.order,
      period: i.period,
      start_year: i.start_year,
      end_year: i.end_year,
      title: i.title,
      place: i.place,
      targets: i.targets.join(";"),
      notes: i.notes.join(";"),
      target_iso3: i.target_iso3.join(";"),
      region: i.region.join(";"),
      methods: i.methods.join(";"),
      line: i.line,
      rule: i.rule,
    })),
  warnings: ({doc}) => doc.warnings.map((w) => ({...w})),
  method_cues: ({methods}) => methodCueRows(methods),
  events: ({events}) => eventRows(events),
  figures: ({figures}) => figureRows(figures),
};

/** A per-document table: the rows of every document, in corpus order. */
const perDocument = (name: string) => (analyses: readonly DocumentAnalysis[]) => analyses.flatMap(DOCUMENT_ROWS[name]);

/** Builders of every output table, by name (in output order); each reads the analyses of all documents. */
export const TABLE_BUILDERS: Record<string, (analyses: readonly DocumentAnalysis[]) => Row[]> = {
  documents: perDocument("documents"),
  interventions: perDocument("interventions"),
  decades: (analyses) => countByDecade(analyses.flatMap((a) => a.interventions)),
  periods: (analyses) => countByPeriod(analyses.flatMap((a) => a.interventions)),
  warnings: perDocument("warnings"),
  methods: (analyses) => countMethods(analyses.map((a) => a.doc.slug), analyses.flatMap((a) => a.interventions)),
  method_periods: (analyses) => countMethodPeriods(analyses.flatMap((a) => a.interventions)),
  method_cues: perDocument("method_cues"),
  countries: (analyses) => countByCountry(analyses.flatMap((a) => a.interventions)),
  events: perDocument("events"),
  compare: (analyses) => compareDocuments(analyses),
  figures: perDocument("figures"),
  intervention_figures: (analyses) => interventionFigureRows(analyses.flatMap((a) => a.interventions), analyses.flatMap((a) => a.figures)),
};

/**
 * Runs the whole pipeline over a corpus: decode, analyse each document, build every table.
 * Documents are processed in the order given (readCorpus sorts by file name).
 * @example runPipeline(readCorpus("data")).tables.interventions.length // 25
 */
export function runPipeline(sources: readonly (SourceFile | DecodedSource)[]): PipelineResult & {analyses: DocumentAnalysis[]} {
  return assembleResult(sources.map((s) => analyzeDocument("text" in s ? s : decodeSource(s))));
}

/**
 * Builds every table from the analyses of a corpus, in document order: the second half of
 * runPipeline, shared with the parallel export (loaders/parallel.ts) so both give the same bytes.
 * @example assembleResult(sources.map((s) => analyzeDocument(decodeSource(s)))).tables.decades
 */
export function assembleResult(analyses: DocumentAnalysis[]): PipelineResult & {analyses: DocumentAnalysis[]} {
  const tables: Record<string, Row[]> = {};
  for (const [name, build] of Object.entries(TABLE_BUILDERS)) tables[name] = build(analyses);
  return {
    analyses,
    documents: analyses.map((a) => a.doc),
    sentences: new Map(analyses.map((a) => [a.doc.slug, a.sentences])),
    interventions: analyses.flatMap((a) => a.interventions),
    warnings: analyses.flatMap((a) => a.doc.warnings),
    tables,
  };
}
