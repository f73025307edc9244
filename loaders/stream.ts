/**
 * streamOutputs: the export, a document at a time. The same files, byte for byte, as
 * `writeOutputs(runPipeline(readCorpus(dir)), out)` (tests/stream.test.ts holds that), in
 * bounded memory and with the work spread over worker threads when that pays.
 *
 * Each document is read, analysed and digested (digest.ts) on whichever thread takes it; in
 * corpus order, its rows of the per-document tables (figures, events, method cues …) are
 * appended to their files and the rest of the analysis, without the text, is kept. Once every
 * document is through, the corpus-level tables (decades, countries, compare …), the metrics and
 * datapackage.json are built from what was kept — no document's text is held by then.
 */
import {createHash} from "node:crypto";
import {closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync} from "node:fs";
import {join} from "node:path";
import type {PipelineResult, Row} from "./types.ts";
import {readDigest, type DocumentDigest, type SourceItem, type Task} from "./digest.ts";
import {formatCSV, formatCSVHeader, writeFileAtomic} from "./io/csv.ts";
import type {TableShape} from "./io/datapackage.ts";
import type {Written} from "./io/export.ts";
import {dataPackageOutput, metricOutputs, metricsPageOutput, type Output} from "./io/outputs.ts";
import {spread, type ParallelOptions} from "./parallel.ts";
import {DOCUMENT_ROWS, TABLE_BUILDERS, type DocumentAnalysis} from "./pipeline.ts";
import {computeMetrics, METRICS, type Metric} from "./tables/metrics.ts";
import {columnsOf} from "./tables/schema.ts";

/** Options for {@link streamOutputs}. */
export interface StreamOptions extends ParallelOptions {
  /** Also write the pages' files, `metrics.json` and `sources.json` (the dashboard's loaders want them; the export does not). */
  pages?: boolean;
  /** The metrics to compute (default: the registry). */
  metrics?: readonly Metric[];
  /** Digests of the last run in this process, reused for the documents that did not change (and updated). */
  reuse?: DigestCache;
}

/**
 * Digests kept between runs in one process (the dev server's render worker), by everything a
 * digest depends on: the document's bytes and listing (file, slug, sidecar, warnings) and the
 * digest options. Valid for one version of the library only: a process running another one
 * starts with an empty cache.
 */
export type DigestCache = Map<string, DocumentDigest>;

/** What a digest of `item` depends on, as a string (its bytes by SHA-256). */
function digestKey(item: SourceItem, task: Task): string {
  const bytes = "text" in item ? Buffer.from(item.text) : "path" in item ? readFileSync(item.path) : item.bytes;
  const {file, slug, meta, warnings} = item;
  return JSON.stringify([file, slug, meta ?? null, warnings ?? [], "text" in item ? item.format ?? "text" : null, task, createHash("sha256").update(bytes).digest("hex")]);
}

/**
 * {@link spread} for a run that may reuse digests from the last: only the documents not in
 * `cache` are analysed (on as many threads as pay); the cache then holds this run's digests.
 */
async function spreadReusing(items: readonly SourceItem[], task: Task, options: ParallelOptions, cache: DigestCache, use: (digest: DocumentDigest) => void): Promise<void> {
  const keys = items.map((item) => digestKey(item, task));
  const todo = items.filter((_, i) => !cache.has(keys[i]));
  const fresh: DocumentDigest[] = [];
  await spread<DocumentDigest>(todo, task, options, (digests) => fresh.push(...digests));
  const next: DigestCache = new Map();
  let k = 0;
  for (const key of keys) {
    const digest = cache.get(key) ?? fresh[k++];
    next.set(key, digest);
    use(digest);
  }
  cache.clear();
  for (const [key, digest] of next) cache.set(key, digest);
}

/** What a streamed run leaves: the analyses without their texts, and every table (each built when first read). */
export type StreamedResult = PipelineResult & {analyses: DocumentAnalysis[]};

/**
 * A file written bit by bit: a temporary file beside it, renamed into place by `finish`, so
 * that a reader sees the old file or the whole new one, as with writeFileAtomic.
 */
class GrowingFile {
  readonly tmp: string;
  private fd: number;
  /** Text not written yet: one write per ~256 kB rather than one per document. */
  private pending: string[] = [];
  private size = 0;
  constructor(readonly path: string, head: string) {
    this.tmp = `${path}.tmp-${process.pid}`;
    this.fd = openSync(this.tmp, "w");
    this.append(head);
  }
  append(text: string): void {
    if (!text) return;
    this.pending.push(text);
    this.size += text.length;
    if (this.size >= 256 << 10) this.flush();
  }
  private flush(): void {
    if (this.pending.length) writeSync(this.fd, this.pending.join(""));
    this.pending = [];
    this.size = 0;
  }
  finish(tail = ""): void {
    this.append(tail);
    this.flush();
    closeSync(this.fd);
    renameSync(this.tmp, this.path);
  }
  abandon(): void {
    try {
      closeSync(this.fd);
    } catch {
      // closed already
    }
    rmSync(this.tmp, {force: true});
  }
}

/**
 * Every table of the analyses, each built when first read and then kept: the metrics read
 * two or three of them, and the per-document ones have been written already.
 */
function lazyTables(analyses: readonly DocumentAnalysis[]): Record<string, Row[]> {
  const tables: Record<string, Row[]> = {};
  for (const [name, build] of Object.entries(TABLE_BUILDERS)) {
    let rows: Row[] | undefined;
    Object.defineProperty(tables, name, {enumerable: true, get: () => (rows ??= build(analyses))});
  }
  return tables;
}

/**
 * Analyses every document and writes every output into `folder` — `<table>.csv` for each
 * table, `metric-<name>.csv` for each metric, `datapackage.json`, and with `pages` the pages'
 * `metrics.json` and `sources.json` — each file atomically. Returns what was written (the
 * downloads, as writeOutputs does: a metric that fails is reported with its error and not
 * written), the run's result, whose analyses have no text, and the time spent on the documents
 * and on what follows them (the part no worker thread shares).
 * @example const {written} = await streamOutputs(listCorpus("data"), "out", {threads: 2});
 */
export async function streamOutputs(items: readonly SourceItem[], folder: string, options: StreamOptions = {}): Promise<{result: StreamedResult; written: Written[]; milliseconds: {documents: number; tables: number}}> {
  const started = performance.now();
  mkdirSync(folder, {recursive: true});
  const pages = options.pages ?? false;
  const files = new Map<string, GrowingFile>();
  const rows = new Map<string, number>();
  const analyses: DocumentAnalysis[] = [];
  let sources: GrowingFile | undefined;
  try {
    for (const name of Object.keys(DOCUMENT_ROWS)) {
      files.set(name, new GrowingFile(join(folder, `${name}.csv`), formatCSVHeader(columnsOf(name))));
      rows.set(name, 0);
    }
    if (pages) sources = new GrowingFile(join(folder, "sources.json"), "[");
    const use = (digest: DocumentDigest) => {
      for (const [name, file] of files) {
        file.append(digest.csv[name]);
        rows.set(name, rows.get(name)! + digest.rows[name]);
      }
      if (sources) sources.append((analyses.length ? "," : "") + digest.sourceView);
      analyses.push(readDigest(digest));
    };
    const task = {kind: "digest", options: {sourceView: pages}} as const;
    if (options.reuse) await spreadReusing(items, task, options, options.reuse, use);
    else await spread<DocumentDigest>(items, task, options, (digests) => digests.forEach(use));
  } catch (error) {
    for (const file of files.values()) file.abandon();
    sources?.abandon();
    throw error;
  }

  const finalStarted = performance.now();
  const tables = lazyTables(analyses);
  const written: Written[] = [];
  const write = ({file, content, rows, kind, error}: Output) => {
    if (!error) writeFileAtomic(join(folder, file), content);
    if (kind === "download") written.push({file, rows, ...(error ? {error} : {})});
  };
  const shapes: Record<string, TableShape> = {};
  for (const name of Object.keys(TABLE_BUILDERS)) {
    const file = files.get(name);
    if (file) {
      file.finish();
      shapes[name] = {rows: rows.get(name)!, columns: columnsOf(name)};
      written.push({file: `${name}.csv`, rows: rows.get(name)!});
    } else {
      const table = tables[name];
      shapes[name] = {rows: table.length, columns: columnsOf(name, table)};
      write({file: `${name}.csv`, content: formatCSV(table, shapes[name].columns), rows: table.length, kind: "download"});
    }
  }
  const documents = analyses.map((a) => a.doc);
  const computed = computeMetrics(tables, options.metrics ?? METRICS);
  for (const output of metricOutputs(computed)) write(output);
  write(dataPackageOutput(shapes, computed, documents));
  if (pages) {
    write(metricsPageOutput(computed));
    sources!.finish("]");
  }
  // The documents (read, analysed, digested, their rows written) and what follows them (corpus-level tables, metrics, the other files).
  const milliseconds = {documents: finalStarted - started, tables: performance.now() - finalStarted};
  if (process.env.ATLAS_DEBUG) process.stderr.write(`atlas: ${milliseconds.documents.toFixed(0)} ms for the documents, ${milliseconds.tables.toFixed(0)} ms for the corpus tables, metrics and files after them\n`);
  const result: StreamedResult = {
    analyses,
    documents,
    sentences: new Map(analyses.map((a) => [a.doc.slug, a.sentences])),
    interventions: analyses.flatMap((a) => a.interventions),
    warnings: analyses.flatMap((a) => a.doc.warnings),
    tables,
  };
  return {result, written, milliseconds};
}
