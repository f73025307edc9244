/**
 * parseDocument: text → structure (title, heading tree, blocks, citations), by offsets.
 */
import type {Block, BlockKind, Citation, Document, Heading, SourceFormat, Warning} from "../types.ts";
import {BOILERPLATE, CITATIONS, FRAGMENT, HEADING, INLINE_JUNK, LIST_ITEM} from "../rules/structure.ts";
import {collectMatches} from "./matches.ts";

/** Options for {@link parseDocument}. */
export interface ParseOptions {
  /** Size of the file on disk in bytes (defaults to the UTF-8 length of the text). */
  bytes?: number;
  /** Warnings already raised while reading the file (decoding), carried into the document. */
  warnings?: Warning[];
  /** The document's slug, when it is not the file name without its extension (two files shared it). */
  slug?: string;
  /** The form the file came in (default `text`); the text is already its normalized rendering. */
  format?: SourceFormat;
}

/**
 * Normalises line ends (CRLF and lone CR to LF) and drops a leading byte-order mark.
 * Every offset the library reports points into the string this returns.
 * @example normalizeText("\uFEFFa\r\nb") // "a\nb"
 */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/**
 * The 1-based line holding `offset`, by binary search over `lineStarts`.
 * @example lineAt([0, 4, 9], 5) // 2
 */
export function lineAt(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/**
 * A URL fragment for a heading: lower case, ASCII letters and digits joined by `-`.
 * @example slugify("1944–1947: Romania") // "1944-1947-romania"
 */
export function slugify(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "section"
  );
}

const NEWLINE = 10;
const SPACE = 32;
/** The labels of a citation marker: "4" and "5" of "[4] [5]". */
const CITATION_LABEL = /\[?([^\[\]]+)\]/g;

const UTF16 = new TextDecoder("utf-16le", {ignoreBOM: true});

/**
 * `codes[start..end)` as a string. TextDecoder is fast but turns a lone surrogate into
 * U+FFFD, so text that holds surrogates takes the exact, slower path.
 */
function codesToString(codes: Uint16Array, start: number, end: number, surrogates: boolean): string {
  if (!surrogates) return UTF16.decode(codes.subarray(start, end));
  const CHUNK = 8192;
  const parts: string[] = [];
  for (let i = start; i < end; i += CHUNK) parts.push(String.fromCharCode(...codes.subarray(i, Math.min(end, i + CHUNK))));
  return parts.join("");
}

/** The slug of a file name: its base name without `.txt` (or any extension). */
export function slugOf(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.[^.]*$/, "") || base;
}

/**
 * Parses a plain-text article into headings, blocks (paragraphs, list items, fragments,
 * boilerplate) and citation markers. Never throws; problems become warnings.
 *
 * Citation markers and inline junk are blanked out of `prose` with spaces of the same
 * length, so offsets found in the prose are offsets into `text`.
 *
 * @param text decoded text of the file (any line ends; a BOM is dropped)
 * @param file the file name (`soviet-involvement-in-regime-change.txt`); its base name without extension is the slug
 * @example
 * const doc = parseDocument("= T =\n== 1921–1940: Interwar ==\n==== 1929: Tuva ====\nText.^{[4]}\n", "x.txt");
 * doc.headings.map((h) => h.level) // [1, 2, 4]
 */
export function parseDocument(text: string, file: string, options: ParseOptions = {}): Document {
  text = normalizeText(text);
  const slug = options.slug ?? slugOf(file);
  const warnings: Warning[] = [...(options.warnings ?? [])];
  const warn = (line: number, code: string, message: string) => warnings.push({document: slug, file, line, code, message});

  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);

  // Prose is a same-length copy of the text in which non-prose is blanked with spaces,
  // kept as UTF-16 code units while it is edited (a string per character is slow).
  const prose = new Uint16Array(text.length);
  const surrogates = /[\uD800-\uDFFF]/.test(text);
  for (let i = 0; i < text.length; i++) prose[i] = text.charCodeAt(i);
  const blank = (start: number, end: number) => {
    for (let i = start; i < end; i++) if (prose[i] !== NEWLINE) prose[i] = SPACE;
  };

  const citations: Citation[] = [];
  // Characters inside an accepted citation, so that an overlapping match is skipped.
  const cited = new Uint8Array(text.length);
  for (const [pattern] of CITATIONS) {
    for (const m of collectMatches(pattern, text)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (cited.subarray(start, end).includes(1)) continue;
      cited.fill(1, start, end);
      const inner = m[0].replace(/^\^\{/, "").replace(/\}$/, "");
      const labels = collectMatches(CITATION_LABEL, inner).map((l) => l[1].trim()).filter(Boolean);
      citations.push({start, end, line: lineAt(lineStarts, start), labels: labels.length ? labels : [inner.trim()]});
      blank(start, end);
    }
  }
  citations.sort((a, b) => a.start - b.start);

  const headings: Heading[] = [];
  const blocks: Block[] = [];
  const anchors = new Map<string, number>();
  const stack: Heading[] = [];
  let current: {start: number; end: number; line: number; list: boolean} | null = null;

  const closeBlock = () => {
    if (!current) return;
    const {start, end, line, list} = current;
    current = null;
    const body = text.slice(start, end);
    let kind: BlockKind = list ? "list-item" : "paragraph";
    let rule = list ? "block:list-item" : "block:paragraph";
    const boiler = BOILERPLATE.find(([p]) => p.test(body));
    if (boiler) {
      kind = "boilerplate";
      rule = boiler[1];
      blank(start, end);
    } else {
      for (const [pattern] of INLINE_JUNK) {
        for (const m of collectMatches(pattern, body)) blank(start + m.index!, start + m.index! + m[0].length);
      }
      const cleaned = codesToString(prose, start, end, surrogates).trimEnd();
      const fragment = list ? undefined : FRAGMENT.find(([p]) => p.test(cleaned));
      if (fragment) {
        kind = "fragment";
        rule = fragment[1];
      }
    }
    blocks.push({kind, line, start, end, section: headings.length - 1, rule});
  };

  for (let li = 0; li < lineStarts.length; li++) {
    const start = lineStarts[li];
    const nl = text.indexOf("\n", start);
    const end = nl === -1 ? text.length : nl;
    const lineText = text.slice(start, end);
    const line = li + 1;
    if (!lineText.trim()) {
      closeBlock();
      continue;
    }
    const h = lineText.startsWith("=") ? HEADING.exec(lineText) : null;
    if (h && h[2] && !/^=+$/.test(h[2])) {
      closeBlock();
      const level = Math.min(h[1].length, 6);
      if (h[3].length !== h[1].length) {
        warn(line, "unbalanced-heading", `heading has ${h[1].length} '=' before and ${h[3].length} after; read as level ${level}`);
      }
      while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
      const parent = stack.length ? stack[stack.length - 1].index : -1;
      const base = slugify(h[2]);
      const seen = anchors.get(base) ?? 0;
      anchors.set(base, seen + 1);
      const heading: Heading = {index: headings.length, level, text: h[2].trim(), line, start, end, parent, anchor: seen ? `${base}-${seen + 1}` : base};
      headings.push(heading);
      stack.push(heading);
      continue;
    }
    if (h && !h[2]) {
      closeBlock();
      warn(line, "empty-heading", "heading line has no text");
      blank(start, end);
      continue;
    }
    const list = LIST_ITEM.test(lineText);
    if (list || (current && current.list)) closeBlock();
    if (current) current.end = end;
    else current = {start, end, line, list};
    if (list) closeBlock();
  }
  closeBlock();

  const titleHeading = headings.find((h) => h.level === 1);
  let title = titleHeading?.text ?? "";
  if (!title) {
    const first = blocks.find((b) => b.kind !== "boilerplate");
    const firstText = first ? text.slice(first.start, first.end).trim() : "";
    if (first && first.kind === "fragment" && firstText.length <= 120 && !firstText.includes("\n")) title = firstText;
  }
  if (!title) title = slug;

  return {
    slug,
    file,
    title,
    format: options.format ?? "text",
    text,
    prose: codesToString(prose, 0, prose.length, surrogates),
    bytes: options.bytes ?? Buffer.byteLength(text, "utf8"),
    headings,
    blocks,
    citations,
    warnings,
    lineStarts,
    meta: {origin: "", url: "", licence: "unknown", rule: ""},
  };
}
