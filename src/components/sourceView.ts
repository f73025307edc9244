/**
 * The evidence view: a document rendered as text (never as HTML), headings as anchors,
 * every figure and method cue highlighted and linked to its row.
 */
import {html} from "htl";

// sources.json is rendered by loaders/tables/sources.ts: one definition of its shape.
export type {SourceView} from "../../loaders/tables/sources.ts";
import type {Span, SourceView} from "../../loaders/tables/sources.ts";

/**
 * The in-page target of a hash: `#<document>`, `#<document>/L12` (a line) or
 * `#<document>/<figure id>`.
 * @example parseSourceHash("#soviet-union-in-world-war-ii/L7") // {document: "soviet-union-in-world-war-ii", target: "L7"}
 */
export function parseSourceHash(hash: string): {document: string; target: string} {
  const [document = "", ...rest] = decodeURIComponent(hash.replace(/^#/, "")).split("/");
  return {document, target: rest.join("/")};
}

/**
 * The link to a line (or an extraction) of a document on the Sources page.
 * @example sourceHref("soviet-union-in-world-war-ii", 7) // "./sources#soviet-union-in-world-war-ii/L7"
 */
export function sourceHref(document: string, lineOrId: number | string): string {
  return `./sources#${encodeURIComponent(document)}/${typeof lineOrId === "number" ? `L${lineOrId}` : encodeURIComponent(lineOrId)}`;
}

/** One span: plain text, or a highlighted, linked extraction. Text is always interpolated as text. */
function renderSpan(span: Span) {
  switch (span.mark) {
    case "figure":
      return html`<a class="evidence-link" id=${span.id} href=${`./figures#${encodeURIComponent(span.id ?? "")}`} title=${span.label}><mark class="evidence">${span.text}</mark></a>`;
    case "method":
      return html`<a class="evidence-link" href=${`./methods#${encodeURIComponent(span.id ?? "")}`} title=${span.label}><mark class="evidence method">${span.text}</mark></a>`;
    case "citation":
      return html`<span class="citation" title=${span.label}>${span.text}</span>`;
    default:
      return span.text;
  }
}

/**
 * Renders one document: headings with their anchors (level n → `<h(n+1)>`, so the page
 * keeps its own `<h1>`), blocks with `id="L<line>"`, extractions highlighted.
 * @example sourceView(views[0])
 */
export function sourceView(view: SourceView) {
  return html`<article class="source" lang="en">${view.blocks.map((b) => {
    const spans = b.spans.map(renderSpan);
    if (b.kind === "heading") {
      const level = Math.min(6, (b.level ?? 1) + 1);
      const heading = document.createElement(`h${level}`);
      heading.id = b.anchor ?? `L${b.line}`;
      heading.append(html`<a class="line-anchor" href=${`#${encodeURIComponent(view.document)}/${encodeURIComponent(heading.id)}`} title=${`Link to line ${b.line}`}>L${b.line}</a> `, ...spans.map((s) => (typeof s === "string" ? document.createTextNode(s) : s)));
      return heading;
    }
    const cls = b.kind === "list-item" ? "source-block list-item" : b.kind === "paragraph" ? "source-block" : `source-block ${b.kind}`;
    return html`<p class=${cls} id=${`L${b.line}`}><a class="line-anchor" href=${`#${encodeURIComponent(view.document)}/L${b.line}`} title=${`Link to line ${b.line}`}>L${b.line}</a> ${spans}</p>`;
  })}</article>`;
}

/**
 * Scrolls to the hash's target inside a rendered document and flashes it.
 * @example revealTarget(article, "L12")
 */
export function revealTarget(root: Element, target: string) {
  if (!target) return;
  const el = root.querySelector(`[id="${CSS.escape(target)}"]`);
  if (!el) return;
  el.scrollIntoView({block: "center"});
  el.classList.add("flash");
  setTimeout(() => el.classList.remove("flash"), 2000);
}
