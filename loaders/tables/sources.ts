/**
 * buildSourceView: a document as the Sources page shows it — its blocks as plain-text
 * spans, with every extracted figure and method cue marked and identified, so the page
 * can highlight each one and link it to its row (and every row can link back here).
 */
import type {Document, Figure, MethodCue} from "../types.ts";

/** A piece of a block: plain text, or a marked extraction. */
export interface Span {
  text: string;
  /** `figure`, `method` or `citation`; absent for plain text. */
  mark?: "figure" | "method" | "citation";
  /**
   * The figure's id, or `<document>:<order>:<method>:<start>` for a method cue (its row in
   * method_cues.csv: the offset tells apart two cues of one method in one intervention).
   */
  id?: string;
  /** What was extracted, for the tooltip: `7000 persons (military_personnel, approx)`. */
  label?: string;
}

/** A heading or text block of the document, in order. */
export interface SourceBlock {
  kind: "heading" | "paragraph" | "list-item" | "fragment" | "boilerplate";
  /** Heading level (1–6), for headings. */
  level?: number;
  /** URL fragment of a heading. */
  anchor?: string;
  /** 1-based line of the block's first character. */
  line: number;
  spans: Span[];
}

/** One document's view. */
export interface SourceView {
  document: string;
  title: string;
  origin: string;
  url: string;
  licence: string;
  blocks: SourceBlock[];
}

/** A mark to place: offsets into the text, kind, id and label. */
interface Mark {
  start: number;
  end: number;
  mark: NonNullable<Span["mark"]>;
  id: string;
  label: string;
}

/** Cuts `text[start, end)` into spans around the marks that fall inside it (marks sorted, non-overlapping). */
function spansOf(text: string, start: number, end: number, marks: readonly Mark[]): Span[] {
  const spans: Span[] = [];
  let at = start;
  for (const m of marks) {
    if (m.end <= start || m.start >= end) continue;
    const s = Math.max(m.start, start);
    const e = Math.min(m.end, end);
    if (s > at) spans.push({text: text.slice(at, s)});
    spans.push({text: text.slice(s, e), mark: m.mark, id: m.id, label: m.label});
    at = e;
  }
  if (at < end) spans.push({text: text.slice(at, end)});
  return spans;
}

/**
 * The Sources-page view of one analysed document. Figures take precedence over method cues
 * where they overlap; citation markers are marked so the page can show them quietly.
 * @example buildSourceView(doc, figures, cues).blocks[0] // {kind: "heading", level: 1, anchor: "soviet-involvement-in-regime-change", line: 1, spans: [{text: "Soviet involvement in regime change"}]}
 */
export function buildSourceView(doc: Document, figures: readonly Figure[], cues: readonly MethodCue[]): SourceView {
  const candidates: Mark[] = [
    ...figures.map((f): Mark => ({
      start: f.start, end: f.end, mark: "figure", id: f.id,
      label: `${f.low === f.high ? f.low : `${f.low}–${f.high}`} ${f.unit} · ${f.category}${f.approx ? " · approximate" : ""}${f.bound !== "exact" ? ` · ${f.bound} bound` : ""}`,
    })),
    ...cues.map((c): Mark => ({start: c.start, end: c.end, mark: "method", id: `${c.document}:${c.order}:${c.method}:${c.start}`, label: `method: ${c.method}`})),
    ...doc.citations.map((c): Mark => ({start: c.start, end: c.end, mark: "citation", id: "", label: `citation ${c.labels.join(", ")}`})),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  // Figures first, then citations, then cues. A mark that overlaps one already kept is
  // clipped to its first free stretch ("6.5–11.5% of … population" / "population of 13.5
  // million" share a word), so that every extraction stays visible and clickable.
  const marks: Mark[] = [];
  const rank = {figure: 0, citation: 1, method: 2};
  for (const m of candidates.sort((a, b) => rank[a.mark] - rank[b.mark] || a.start - b.start)) {
    let {start, end} = m;
    for (const k of [...marks].sort((a, b) => a.start - b.start)) {
      if (start >= k.end || end <= k.start) continue;
      if (start >= k.start) start = k.end;
      else end = k.start;
    }
    if (start < end && /\S/.test(doc.text.slice(start, end))) marks.push({...m, start, end});
  }
  marks.sort((a, b) => a.start - b.start);

  const blocks: SourceBlock[] = [
    ...doc.headings.map((h): SourceBlock & {start: number} => {
      const body = /^=+[ \t]*(.*?)[ \t]*=*[ \t]*$/.exec(doc.text.slice(h.start, h.end));
      const offset = h.start + (body ? doc.text.slice(h.start, h.end).indexOf(body[1]) : 0);
      return {kind: "heading", level: h.level, anchor: h.anchor, line: h.line, start: h.start, spans: spansOf(doc.text, offset, offset + (body?.[1].length ?? 0), marks)};
    }),
    ...doc.blocks.map((b): SourceBlock & {start: number} => ({kind: b.kind, line: b.line, start: b.start, spans: spansOf(doc.text, b.start, b.end, marks)})),
  ]
    .sort((a, b) => a.start - b.start)
    .map(({start, ...block}) => block);
  return {document: doc.slug, title: doc.title, origin: doc.meta.origin, url: doc.meta.url, licence: doc.meta.licence, blocks};
}
