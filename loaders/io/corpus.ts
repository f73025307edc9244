/**
 * The input edge: read a directory of documents into decoded texts, with warnings for
 * files that are empty, binary or not UTF-8. Never throws for a bad file.
 */
import {existsSync, readdirSync, readFileSync, statSync} from "node:fs";
import {join} from "node:path";
import type {SourceFile, SourceFormat, Warning} from "../types.ts";
import {slugOf} from "../parse/document.ts";
import {DOCUMENT_FILE, formatOf, readForm} from "../read/index.ts";

export {DOCUMENT_FILE};

/** A decoded document, ready for `parseDocument`. */
export interface DecodedSource {
  file: string;
  slug: string;
  text: string;
  /** Size on disk, bytes. */
  bytes: number;
  warnings: Warning[];
  /** Text of the `<slug>.meta.json` sidecar, if there is one. */
  meta?: string;
  /** The form the file came in (`text` when not given); `text` is its normalized rendering. */
  format?: SourceFormat;
}

/**
 * A document found in a data folder, not read yet: what {@link readCorpus} gives, without the
 * bytes, so that a large corpus streams through the pipeline one document at a time.
 */
export interface CorpusEntry {
  file: string;
  slug: string;
  /** Absolute path of the file. */
  path: string;
  /** Size on disk, bytes (for batching; the file is read later). */
  size: number;
  /** Text of the `<slug>.meta.json` sidecar, if there is one. */
  meta?: string;
  /** Problems found while listing the corpus (e.g. `duplicate-slug`). */
  warnings?: Warning[];
}

/**
 * Lists every document in `dir` — plain text (`.txt`, `.text`), wikitext (`.wiki`,
 * `.wikitext`, `.mediawiki`) and saved pages (`.html`, `.htm`) — with its `<slug>.meta.json`
 * sidecar (origin, url, licence) when there is one, sorted by file name so that output order
 * never depends on the file system; the documents themselves are not read (see
 * {@link readEntry}). Two files with the same slug (`x.txt` and `x.wiki`) are both listed, each
 * under its slug with its extension added (`x-txt`, `x-wiki`) and with a `duplicate-slug`
 * warning; `x.meta.json` applies to both.
 * @example listCorpus("data").map((e) => [e.slug, e.size]) // [["soviet-involvement-in-regime-change", 52809], ["soviet-union-in-world-war-ii", 2010]]
 */
export function listCorpus(dir: string): CorpusEntry[] {
  const stats = new Map<string, number>();
  const files = readdirSync(dir)
    .filter((f) => DOCUMENT_FILE.test(f) && !f.startsWith("."))
    .sort()
    .filter((f) => {
      const stat = statSync(join(dir, f));
      if (stat.isFile()) stats.set(f, stat.size);
      return stat.isFile();
    });
  const bySlug = new Map<string, string[]>();
  for (const file of files) bySlug.set(slugOf(file), [...(bySlug.get(slugOf(file)) ?? []), file]);
  return files.map((file) => {
    const base = slugOf(file);
    const same = bySlug.get(base)!;
    // Both stay readable and distinguishable: the extension joins the slug of each.
    const slug = same.length > 1 ? `${base}-${file.slice(base.length + 1).toLowerCase().replace(/[^a-z0-9]+/g, "-")}` : base;
    const sidecar = join(dir, `${base}.meta.json`);
    const meta = existsSync(sidecar) ? readFileSync(sidecar, "utf8") : undefined;
    const warnings: Warning[] =
      same.length > 1
        ? [{document: slug, file, line: 0, code: "duplicate-slug", message: `${same.join(" and ")} share the slug "${base}"; this one is read as "${slug}"`}]
        : [];
    return {file, slug, path: join(dir, file), size: stats.get(file)!, ...(meta === undefined ? {} : {meta}), ...(warnings.length ? {warnings} : {})};
  });
}

/**
 * Reads a listed document's bytes.
 * @example readEntry(listCorpus("data")[0]).bytes.length // 52809
 */
export function readEntry(entry: CorpusEntry): SourceFile {
  const {file, slug, meta, warnings} = entry;
  return {file, slug, bytes: new Uint8Array(readFileSync(entry.path)), ...(meta === undefined ? {} : {meta}), ...(warnings ? {warnings} : {})};
}

/**
 * Lists and reads every document in `dir` ({@link listCorpus}, then {@link readEntry} each).
 * @example readCorpus("data").map((s) => s.slug) // ["soviet-involvement-in-regime-change", "soviet-union-in-world-war-ii"]
 */
export function readCorpus(dir: string): SourceFile[] {
  return listCorpus(dir).map(readEntry);
}

/** 1-based line of byte offset `at` in raw bytes (counting `\n`). */
function byteLine(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at && i < bytes.length; i++) if (bytes[i] === 10) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const n = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return -1;
}

// Made at first use, not at import: a decoder is a native object that a V8 startup snapshot
// of the library (loaders/bundle.mjs) cannot hold.
let STRICT_UTF8: TextDecoder | undefined;

/** The text of valid UTF-8 bytes (a BOM dropped), or null when they are not valid UTF-8. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return (STRICT_UTF8 ??= new TextDecoder("utf-8", {fatal: true})).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes a file's bytes and reads it in its form (by extension: plain text, wikitext, HTML).
 * UTF-8 (with or without a BOM) is read as is; a file that is not UTF-8 is read as Windows-1252
 * with a warning naming the first bad line; a binary file (NUL bytes or mostly control
 * characters) and an empty one give a warning and no text. The decoding is shared by every form;
 * the reader then turns the text into the seeds' normalized form (loaders/read/).
 * @example decodeSource({file: "a.txt", slug: "a", bytes: new TextEncoder().encode("Hi.")}).text // "Hi."
 */
export function decodeSource(source: SourceFile): DecodedSource {
  const {file, slug, bytes, meta} = source;
  const warnings: Warning[] = [...(source.warnings ?? [])];
  const warn = (line: number, code: string, message: string) => warnings.push({document: slug, file, line, code, message});
  const result = (decoded: string): DecodedSource => {
    // An empty file has been reported already: there is nothing for a reader to read.
    const read = decoded.replace(/^\uFEFF/, "").trim() ? readForm(file, slug, decoded) : {format: formatOf(file), text: decoded, warnings: []};
    warnings.push(...read.warnings);
    return {file, slug, text: read.text, format: read.format, bytes: bytes.length, warnings, ...(meta === undefined ? {} : {meta})};
  };
  if (bytes.length === 0) {
    warn(0, "empty", "file is empty");
    return result("");
  }
  const nul = bytes.indexOf(0);
  let control = 0;
  const sample = Math.min(bytes.length, 65536);
  for (let i = 0; i < sample; i++) {
    const b = bytes[i];
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  if (nul !== -1 || control / sample > 0.1) {
    const at = nul !== -1 ? nul : 0;
    warn(byteLine(bytes, at), "binary", `file looks binary (${nul !== -1 ? "NUL byte" : "control characters"} at line ${byteLine(bytes, at)}); skipped`);
    return result("");
  }
  let text: string;
  // Strict UTF-8 (the common case) is checked natively; only text it rejects takes the
  // byte-by-byte scan, which is more lenient (it lets overlong forms through as U+FFFD).
  const strict = strictUtf8(bytes);
  const bad = strict === null ? firstInvalidUtf8(bytes) : -1;
  if (bad === -1) {
    text = strict ?? new TextDecoder("utf-8").decode(bytes);
  } else {
    warn(byteLine(bytes, bad), "not-utf8", `file is not valid UTF-8 (first bad byte 0x${bytes[bad].toString(16)} on line ${byteLine(bytes, bad)}); read as Windows-1252`);
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  if (!text.replace(/^\uFEFF/, "").trim()) warn(0, "empty", "file has no text (only white space)");
  return result(text);
}
