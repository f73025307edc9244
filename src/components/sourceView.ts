/**
 * The evidence view: a document rendered as text (never as HTML), every block findable by its
 * line, every figure and method cue highlighted, identified and linked to its row; and the
 * links into it.
 */
import {html} from "htl";
import {reveal} from "./reveal.js";

// sources.json is rendered by loaders/tables/sources.ts: one definition of its shape.
export type {SourceView} from "../../loaders/tables/sources.ts";
import type {Span, SourceView} from "../../loaders/tables/sources.ts";

/** Where a link into the Sources page points: a document, and in it a line and/or an extraction. */
export interface SourceTarget {
  document: string;
  /** The line (1-based) of the block to land on, or null. */
  line: number | null;
  /** A figure's id or a method cue's id, or "" (a heading's anchor is accepted too). */
  id: string;
}

/**
 * Reads a Sources-page hash: `#<document>`, `#<document>/L12` (a line),
 * `#<document>/L12/<id>` (an extraction, with its line to fall back on) or `#<document>/<id>`.
 * @example parseSourceHash("#soviet-union-in-world-war-ii/L7") // {document: "soviet-union-in-world-war-ii", line: 7, id: ""}
 * @example parseSourceHash("#a/L5/a%3Af1") // {document: "a", line: 5, id: "a:f1"}
 */
export function parseSourceHash(hash: string): SourceTarget {
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  const [document = "", ...rest] = hash.replace(/^#/, "").split("/").map(decode);
  const line = /^L(\d+)$/.exec(rest[0] ?? "");
  if (line) return {document, line: Number(line[1]), id: rest.slice(1).join("/")};
  return {document, line: null, id: rest.join("/")};
}

/**
 * The link to a line of a document on the Sources page, or to an extraction on that line (a
 * figure's or a method cue's id): the page lands on the extraction, or on its line if the
 * extraction is not marked in the text (one hidden by an overlapping figure).
 * @example sourceHref("soviet-union-in-world-war-ii", 7) // "./sources#soviet-union-in-world-war-ii/L7"
 * @example sourceHref("a", 5, "a:f1") // "./sources#a/L5/a%3Af1"
 */
export function sourceHref(document: string, line: number, id?: string | null): string {
  return `./sources#${encodeURIComponent(document)}/L${line}${id ? `/${encodeURIComponent(id)}` : ""}`;
}

/**
 * The id of a method cue (a row of method_cues.csv), as its mark on the Sources page carries it
 * and as a link to the Methods page names it: `<document>:<order>:<method>:<start>`.
 * @example cueId({document: "a", order: 4, method: "covert", start: 2681}) // "a:4:covert:2681"
 */
export function cueId(cue: {document: string; order: number; method: string; start: number}): string {
  return `${cue.document}:${cue.order}:${cue.method}:${cue.start}`;
}

/** One span: plain text, or a highlighted, linked extraction. Text is always interpolated as text. */
function renderSpan(span: Span) {
  switch (span.mark) {
    case "figure":
      return html`<a class="evidence-link" id=${span.id} href=${`./figures#${encodeURIComponent(span.id ?? "")}`} title=${span.label}><mark class="evidence">${span.text}</mark></a>`;
    case "method":
      return html`<a class="evidence-link" id=${span.id} href=${`./methods#${encodeURIComponent(span.id ?? "")}`} title=${span.label}><mark class="evidence method">${span.text}</mark></a>`;
    case "citation":
      return html`<span class="citation" title=${span.label}>${span.text}</span>`;
    default:
      return span.text;
  }
}

/**
 * Renders one document: headings with their anchors (level n → `<h(n+1)>`, so the page keeps
 * its own `<h1>`) and every block with `data-line`, each starting with a link to its own line;
 * extractions highlighted, with their ids.
 * @example sourceView(views[0])
 */
export function sourceView(view: SourceView) {
  const lineHref = (line: number) => `#${encodeURIComponent(view.document)}/L${line}`;
  return html`<article class="source" lang="en">${view.blocks.map((b) => {
    const spans = b.spans.map(renderSpan);
    const anchor = html`<a class="line-anchor" href=${lineHref(b.line)} title=${`Link to line ${b.line}`}>L${b.line}</a>`;
    if (b.kind === "heading") {
      const level = Math.min(6, (b.level ?? 1) + 1);
      const heading = document.createElement(`h${level}`);
      if (b.anchor) heading.id = b.anchor;
      heading.dataset.line = String(b.line);
      heading.append(anchor, " ", ...spans.map((s) => (typeof s === "string" ? document.createTextNode(s) : s)));
      return heading;
    }
    const cls = b.kind === "list-item" ? "source-block list-item" : b.kind === "paragraph" ? "source-block" : `source-block ${b.kind}`;
    return html`<p class=${cls} data-line=${b.line}>${anchor} ${spans}</p>`;
  })}</article>`;
}

/**
 * The element of a rendered document a target points to: the extraction with that id, else
 * the block at that line (a heading, a paragraph, a list item), else null.
 * @example findTarget(article, {document: "a", line: 15, id: ""}) // the <h4> of line 15
 */
export function findTarget(root: Element, {line, id}: Pick<SourceTarget, "line" | "id">): Element | null {
  const byId = id ? root.querySelector(`[id="${CSS.escape(id)}"]`) : null;
  if (byId) return byId;
  const byLine = line != null ? root.querySelector(`[data-line="${line}"]`) : null;
  if (byLine) return byLine;
  // An older link: `#<document>/L12` written as an id.
  const old = /^L(\d+)$/.exec(id);
  return old ? root.querySelector(`[data-line="${old[1]}"]`) : null;
}

/**
 * Lands on a target inside a rendered document, once the document is on the page: scrolls it
 * to the middle of the viewport, outlines it and focuses it. Resolves to the element, or null
 * when the document has no such line or extraction.
 * @example await revealTarget(article, {document: "a", line: 12, id: ""})
 */
export async function revealTarget(root: Element, target: Pick<SourceTarget, "line" | "id">): Promise<Element | null> {
  if (target.line == null && !target.id) return null;
  const el = findTarget(root, target);
  if (el) await reveal(el);
  return el;
}

/**
 * The page's hash, now and on every change (a link inside the page, the browser's Back): a
 * Framework cell on this generator re-runs whenever the reader follows a link.
 * @example const hash = watchHash(); // in a page cell
 */
export async function* watchHash(): AsyncGenerator<string> {
  let wake: (() => void) | null = null;
  const changed = () => wake?.();
  addEventListener("hashchange", changed);
  try {
    while (true) {
      yield location.hash;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    removeEventListener("hashchange", changed);
  }
}

/**
 * Keeps the hash naming the document the reader picks in the page's document selector (the
 * line or extraction of a link stays until another document is picked).
 * @example keepHashInStep(documentInput)
 */
export function keepHashInStep(input: HTMLElement & {value: SourceView}): void {
  input.addEventListener("input", () => {
    if (parseSourceHash(location.hash).document !== input.value.document) history.replaceState(history.state, "", `#${encodeURIComponent(input.value.document)}`);
  });
}

let skipFirstLanding = false;

/**
 * Follows a link into the Sources page: shows the hash's document (through the selector, so the
 * page redraws it), then lands on its line or extraction. On a Back to this page that returns
 * to a link the reader followed out of it (see keepReaderPlace), the first landing is skipped.
 * Resolves to what the reader should be told, "" when the link landed.
 * @param options.input the document selector
 * @param options.views every document's view
 * @param options.source the document shown
 * @param options.article its rendered text (sourceView)
 * @param options.hash the current hash
 * @param options.returning whether this load returns to a remembered place
 * @example await landOnHash({input: documentInput, views: sourceViews, source, article, hash, returning})
 */
export async function landOnHash({input, views, source, article, hash, returning = false}: {
  input: HTMLElement & {value: SourceView};
  views: SourceView[];
  source: SourceView;
  article: Element;
  hash: string;
  returning?: boolean;
}): Promise<string> {
  const target = parseSourceHash(hash);
  if (!target.document) {
    history.replaceState(history.state, "", `#${encodeURIComponent(source.document)}`);
    return "";
  }
  if (target.document !== source.document) {
    const view = views.find((v) => v.document === target.document);
    if (!view) return `No document “${target.document}” here: showing ${source.title}.`;
    input.value = view;
    input.dispatchEvent(new Event("input", {bubbles: true}));
    return "";
  }
  if (returning && !skipFirstLanding) {
    skipFirstLanding = true;
    return "";
  }
  skipFirstLanding = true;
  if (target.line == null && !target.id) return "";
  const el = await revealTarget(article, target);
  return el ? "" : `This link points to ${target.line != null ? `line ${target.line}` : `“${target.id}”`}, which ${source.title} does not have.`;
}
