/**
 * digestDocument: one analysed document reduced to what the outputs need of it, so that a
 * large corpus streams through the pipeline (loaders/stream.ts) in bounded memory.
 *
 * An analysis holds the document's text twice (text and prose), its sentences, blocks and line
 * starts, and every quote and sentence it extracted is a slice that keeps that text alive:
 * about 9 bytes of heap per byte of text, for as long as the analysis is kept. The digest keeps
 * the per-document tables as CSV lines (rendered here, written as soon as the document's turn
 * comes), the Sources-page view as JSON when it is wanted, and the analysis without the
 * document's text as JSON, from which the corpus-level tables (decades, countries, compare …)
 * and the metrics are built at the end. The JSON is read back into fresh strings, so nothing in
 * it holds the text, and a digest crosses from a worker thread as three strings.
 */
import {readEntry, decodeSource, type CorpusEntry, type DecodedSource} from "./io/corpus.ts";
import {formatCSVRows} from "./io/csv.ts";
import {sourceViewJSON} from "./io/outputs.ts";
import {analyzeDocument, DOCUMENT_ROWS, type DocumentAnalysis} from "./pipeline.ts";
import {columnsOf} from "./tables/schema.ts";
import type {SourceFile} from "./types.ts";

/** Anything a document can be analysed from: a listed file, its bytes, or its decoded text. */
export type SourceItem = CorpusEntry | SourceFile | DecodedSource;

/** What the outputs need of one document. */
export interface DocumentDigest {
  /** The analysis without the document's text, prose, blocks, citations, line starts and sentences, nor its events and method cues, as JSON. */
  analysis: string;
  /** The document's events, as UTF-8 JSON (kept so, out of the heap, and read again only when a table asks for them). */
  events: Uint8Array;
  /** The document's method cues, as UTF-8 JSON (likewise). */
  methods: Uint8Array;
  /** Each per-document table's rows ({@link DOCUMENT_ROWS}) as CSV lines with their line ends, no header. */
  csv: Record<string, string>;
  /** Row count of each per-document table. */
  rows: Record<string, number>;
  /** The Sources page's view of the document, as JSON, when asked for. */
  sourceView?: string;
}

/** Options for {@link digestDocument}. */
export interface DigestOptions {
  /** Render the Sources page's view of the document (the dashboard's loaders need it; the export does not). */
  sourceView?: boolean;
}

/**
 * Size of a source in bytes, on disk.
 * @example sizeOf(listCorpus("data")[0]) // 52809
 */
export function sizeOf(item: SourceItem): number {
  if ("text" in item) return item.bytes;
  return "size" in item ? item.size : item.bytes.length;
}

/**
 * Analyses one document from whatever form it is given in (a listed file is read now).
 * @example analyzeItem(listCorpus("data")[0]).interventions.length // 25
 */
export function analyzeItem(item: SourceItem): DocumentAnalysis {
  if ("text" in item) return analyzeDocument(item);
  return analyzeDocument(decodeSource("path" in item ? readEntry(item) : item));
}

/**
 * Reduces an analysis to its digest (see the module's comment).
 * @example digestDocument(analysis).csv.interventions.split("\n")[0] // "soviet-involvement-in-regime-change:1,…"
 */
export function digestDocument(analysis: DocumentAnalysis, options: DigestOptions = {}): DocumentDigest {
  const csv: Record<string, string> = {};
  const rows: Record<string, number> = {};
  for (const [name, build] of Object.entries(DOCUMENT_ROWS)) {
    const table = build(analysis);
    csv[name] = formatCSVRows(table, columnsOf(name, table));
    rows[name] = table.length;
  }
  const {doc, events, methods, ...rest} = analysis;
  const lite = {...rest, doc: {...doc, text: "", prose: "", blocks: [], citations: [], lineStarts: []}, sentences: []};
  // Each in an ArrayBuffer of its own (not Buffer's shared pool), so that a worker can hand it over without a copy.
  const utf8 = new TextEncoder();
  return {analysis: JSON.stringify(lite), events: utf8.encode(JSON.stringify(events)), methods: utf8.encode(JSON.stringify(methods)), csv, rows, ...(options.sourceView ? {sourceView: sourceViewJSON(analysis)} : {})};
}

/**
 * Reads, analyses and digests one document: what a worker thread does with each document of
 * a streamed corpus.
 * @example digestItem(listCorpus("data")[0], {sourceView: true}).sourceView?.startsWith('{"document":') // true
 */
export function digestItem(item: SourceItem, options: DigestOptions = {}): DocumentDigest {
  return digestDocument(analyzeItem(item), options);
}

/** What parallel.ts can have a thread do with each document of a batch. */
export type Task = {kind: "analyse"} | {kind: "digest"; options: DigestOptions};

/**
 * The function a task runs on one document, on whichever thread runs it.
 * @example taskFunction({kind: "analyse"})(listCorpus("data")[0])
 */
export function taskFunction(task: Task): (item: SourceItem) => unknown {
  return task.kind === "analyse" ? analyzeItem : (item) => digestItem(item, task.options);
}

/**
 * The analysis a digest keeps (no text, prose, blocks, citations, line starts or sentences):
 * enough for every table builder and for datapackage.json. Its events and method cues — the
 * bulk of it, and needed once the per-document tables are written only by a count in
 * compare.csv or a metric that reads them — are kept as UTF-8 JSON, outside the JavaScript
 * heap, and read again each time they are asked for.
 * @example readDigest(digest).interventions.length // 25
 */
export function readDigest(digest: DocumentDigest): DocumentAnalysis {
  const analysis = JSON.parse(digest.analysis) as DocumentAnalysis;
  const read = (bytes: Uint8Array) => () => JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8"));
  Object.defineProperty(analysis, "methods", {enumerable: true, get: read(digest.methods)});
  Object.defineProperty(analysis, "events", {enumerable: true, get: read(digest.events)});
  return analysis;
}
