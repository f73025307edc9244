/**
 * runPipeline: documents → passes → tables. The one entry point: the CLI, the Framework
 * data loaders and the tests all call it, so the dashboard, the downloads and the
 * accuracy report can never disagree.
 */
import type {Document, Intervention, PipelineResult, Row, Sentence, SourceFile, Warning} from "./types.ts";
import {decodeSource, type DecodedSource} from "./io/corpus.ts";
import {parseDocument} from "./parse/document.ts";
import {splitSentences} from "./parse/sentences.ts";
import {extractInterventions} from "./extract/interventions.ts";
import {countByDecade} from "./tables/decades.ts";
import {countByPeriod} from "./tables/periods.ts";

/** What the passes derive from one document. */
export interface DocumentAnalysis {
  doc: Document;
  sentences: Sentence[];
  interventions: Intervention[];
}

/**
 * Runs every pass over one decoded document: parse → sentences → interventions.
 * Never throws: a pass that fails leaves a `pipeline-error` warning and empty results,
 * so one broken document costs nothing else.
 * @example analyzeDocument({file: "x.txt", slug: "x", text: "== 1921–1940: P ==\n==== 1929: Tuva ====\nText.", bytes: 40, warnings: []}).interventions.length // 1
 */
export function analyzeDocument(source: DecodedSource): DocumentAnalysis {
  const doc = parseDocument(source.text, source.file, {bytes: source.bytes, warnings: source.warnings});
  const analysis: DocumentAnalysis = {doc, sentences: [], interventions: []};
  // An empty or unreadable file has been reported already; there is nothing to extract.
  if (!doc.text.trim()) return analysis;
  try {
    analysis.sentences = splitSentences(doc);
    analysis.interventions = extractInterventions(doc);
  } catch (error) {
    doc.warnings.push({document: doc.slug, file: doc.file, line: 0, code: "pipeline-error", message: `extraction failed: ${(error as Error).message}`});
  }
  return analysis;
}

/** `line N: message` list for one document, for the documents table. */
function describeWarnings(warnings: readonly Warning[]): string {
  return warnings.map((w) => (w.line ? `line ${w.line}: ${w.message}` : w.message)).join(" | ");
}

/** Builders of every output table, by name; each reads the analyses of all documents. */
export const TABLE_BUILDERS: Record<string, (analyses: readonly DocumentAnalysis[]) => Row[]> = {
  documents: (analyses) =>
    analyses.map(({doc, interventions}) => ({
      document: doc.slug,
      title: doc.title,
      bytes: doc.bytes,
      sections: doc.headings.filter((h) => h.level > 1).length,
      interventions: interventions.length,
      warnings: describeWarnings(doc.warnings),
    })),
  interventions: (analyses) =>
    analyses.flatMap(({interventions}) =>
      interventions.map((i) => ({
        id: i.id,
        document: i.document,
        order: i.order,
        period: i.period,
        start_year: i.start_year,
        end_year: i.end_year,
        place: i.place,
        targets: i.targets.join(";"),
        notes: i.notes.join(";"),
        line: i.line,
        rule: i.rule,
      })),
    ),
  decades: (analyses) => countByDecade(analyses.flatMap((a) => a.interventions)),
  periods: (analyses) => countByPeriod(analyses.flatMap((a) => a.interventions)),
  warnings: (analyses) => analyses.flatMap((a) => a.doc.warnings.map((w) => ({...w}))),
};

/**
 * Runs the whole pipeline over a corpus: decode, analyse each document, build every table.
 * Documents are processed in the order given (readCorpus sorts by file name).
 * @example runPipeline(readCorpus("data")).tables.interventions.length // 25
 */
export function runPipeline(sources: readonly (SourceFile | DecodedSource)[]): PipelineResult & {analyses: DocumentAnalysis[]} {
  const analyses = sources.map((s) => analyzeDocument("text" in s ? s : decodeSource(s)));
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
