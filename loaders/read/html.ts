/**
 * readHtml: a page saved from Wikipedia's desktop or mobile site → the seeds' normalized text.
 * htmlparser2 (loaded on first use) builds the DOM; we walk the article body and keep headings,
 * paragraphs, list items, the dated rows of data tables and citation superscripts, and nothing
 * of scripts, styles, attributes, other tables, infoboxes, navboxes, hatnotes, figures or
 * reference lists.
 */
import {createRequire} from "node:module";
import type {ChildNode, Document as DomDocument, Element} from "domhandler";
import type {ReadResult, TextBlock, Warning} from "../types.ts";
import {BODY_CONTAINERS, DATA_TABLE_CLASSES, MARKER_CLASSES, SKIP_CLASSES, SKIP_IDS, SKIP_ROLES, SKIP_TAGS, TITLE_SUFFIX} from "../rules/html.ts";
import {TRAILING_SECTIONS} from "../rules/structure.ts";
import {humanizeSlug, renderBlocks, tableRowItem} from "./text.ts";

// Loaded on the first HTML file, so that a corpus of .txt files never pays for it.
const load = createRequire(import.meta.url);
let htmlparser2: typeof import("htmlparser2") | undefined;

/** Elements whose content is a block of its own (a paragraph break before and after). */
const BLOCK_TAGS = new Set(["p", "div", "section", "article", "main", "blockquote", "pre", "center", "ul", "ol", "dl", "body", "html", "details", "summary", "address", "hgroup"]);
const LIST_ITEM_TAGS = new Set(["li", "dd", "dt"]);
const HEADING = /^h([1-6])$/;

const isElement = (node: ChildNode | DomDocument): node is Element => node.type === "tag" || node.type === "script" || node.type === "style";
const classesOf = (el: Element) => (el.attribs.class ?? "").split(/\s+/).filter(Boolean);

/** True when a rule table has a row matching `value`. */
const matches = (rules: readonly (readonly [RegExp, ...unknown[]])[], value: string | undefined) => value !== undefined && value !== "" && rules.some(([p]) => p.test(value));

/** The first element (depth first) passing `test`, or null. */
function findFirst(nodes: readonly ChildNode[], test: (el: Element) => boolean): Element | null {
  for (const node of nodes) {
    if (!isElement(node)) continue;
    if (test(node)) return node;
    const found = findFirst(node.children, test);
    if (found) return found;
  }
  return null;
}

/** Text of a node, entities decoded, without scripts, styles or edit links. */
function plainText(node: ChildNode): string {
  if (node.type === "text") return node.data;
  if (!isElement(node)) return "";
  if (matches(SKIP_TAGS, node.name) || classesOf(node).some((c) => matches(SKIP_CLASSES, c))) return "";
  return node.children.map(plainText).join("");
}

/**
 * Reads a saved Wikipedia page into the seeds' normalized text: `= Title =` (from
 * `#firstHeading`, else `<title>` without " - Wikipedia", else the slug), headings h2–h6 as
 * `==`…`======` without their edit links, paragraphs, list items as `- item` (nested lists
 * flattened), `<sup class="reference">[4]</sup>` as `^{[4]}` and maintenance superscripts as
 * `^{[citation needed]}` (adjacent ones joined: `^{[4] [5]}`), the rows of a `wikitable` that a
 * cell dates as dated list items (`- 1954 – Guatemala – …`). Only the article body counts
 * (`#mw-content-text .mw-parser-output`, else `<main>` or `#content`), and within it other tables,
 * infoboxes, navboxes, sidebars, hatnotes, tables of contents, figures and their captions,
 * reference lists, edit links, `noprint` and empty elements, `style`, `script` and `noscript`
 * are left out; trailing sections (See also, References …) keep their headings only. No
 * attribute value ever reaches the text. A page without an article body gives a
 * `no-article-body` warning (the line of `<body>`, else 0) and no text. Never throws.
 * @param source the file's decoded text
 * @param file the file name, for warnings
 * @param slug the document's slug, for warnings and the fallback title
 * @example readHtml('<title>X - Wikipedia</title><div id="mw-content-text"><div class="mw-parser-output"><p>Troops came.<sup class="reference">[1]</sup></p></div></div>', "x.html", "x").text
 * // "= X =\n\nTroops came.^{[1]}\n"
 */
export function readHtml(source: string, file: string, slug: string): ReadResult {
  const warnings: Warning[] = [];
  const warn = (line: number, code: string, message: string) => warnings.push({document: slug, file, line, code, message});
  htmlparser2 ??= load("htmlparser2") as typeof import("htmlparser2");
  let dom: DomDocument;
  try {
    dom = htmlparser2.parseDocument(source, {decodeEntities: true, withStartIndices: true});
  } catch (error) {
    warn(0, "html-error", `the HTML parser failed (${(error as Error).message}); nothing was read`);
    return {text: "", warnings};
  }

  let body: Element | null = null;
  for (const [pattern, where] of BODY_CONTAINERS) {
    body = findFirst(dom.children, (el) => (where === "tag" ? pattern.test(el.name) : where === "id" ? pattern.test(el.attribs.id ?? "") : classesOf(el).some((c) => pattern.test(c))));
    if (body) break;
  }
  if (!body) {
    const bodyTag = findFirst(dom.children, (el) => el.name === "body");
    let line = 0;
    if (bodyTag?.startIndex != null) {
      line = 1;
      for (let i = 0; i < bodyTag.startIndex; i++) if (source.charCodeAt(i) === 10) line++;
    }
    warn(line, "no-article-body", "no article body found (no #mw-content-text .mw-parser-output, <main> or #content); nothing was read");
    return {text: "", warnings};
  }

  const heading = findFirst(dom.children, (el) => el.attribs.id === "firstHeading");
  const titleTag = findFirst(dom.children, (el) => el.name === "title");
  const title = (heading && plainText(heading).replace(/\s+/g, " ").trim()) || (titleTag && titleTag.children.map(plainText).join("").replace(TITLE_SUFFIX, "").replace(/\s+/g, " ").trim()) || humanizeSlug(slug);

  const blocks: TextBlock[] = [];
  /** Pieces of the block being read: text, or a citation marker's label. */
  let pieces: Piece[] = [];
  let kind: TextBlock["kind"] = "paragraph";
  let trailing = 0;

  const flush = () => {
    const clean = renderPieces(pieces);
    pieces = [];
    if (clean && !trailing) blocks.push({kind, text: clean});
    kind = "paragraph";
  };

  const walk = (node: ChildNode) => {
    if (node.type === "text") {
      pieces.push(node.data);
      return;
    }
    if (!isElement(node)) return;
    const name = node.name.toLowerCase();
    const classes = classesOf(node);
    if (name === "sup" && classes.some((c) => matches(MARKER_CLASSES, c))) {
      const label = markerLabel(node);
      if (label) pieces.push({marker: label});
      return;
    }
    // A data table's dated rows are the section's dated list ("<td>1954</td><td>Guatemala</td>…").
    if (name === "table" && classes.some((c) => matches(DATA_TABLE_CLASSES, c))) {
      flush();
      for (const row of rowsOf(node)) {
        const item = tableRowItem(row.map((cell) => renderPieces(cellPieces(cell))));
        if (item && !trailing) blocks.push({kind: "list-item", text: item});
      }
      return;
    }
    if (matches(SKIP_TAGS, name) || classes.some((c) => matches(SKIP_CLASSES, c)) || matches(SKIP_IDS, node.attribs.id) || matches(SKIP_ROLES, node.attribs.role)) return;
    const h = HEADING.exec(name);
    if (h) {
      flush();
      const text = plainText(node).replace(/\s+/g, " ").trim();
      if (!text) return;
      const level = Math.max(2, +h[1]);
      if (trailing && level <= trailing) trailing = 0;
      blocks.push({kind: "heading", text, level});
      if (!trailing && TRAILING_SECTIONS.some(([p]) => p.test(text))) trailing = level;
      return;
    }
    if (name === "br") {
      pieces.push(" ");
      return;
    }
    if (LIST_ITEM_TAGS.has(name)) {
      flush();
      kind = "list-item";
      for (const child of node.children) {
        // A nested list ends this item's own text; its items follow, flattened.
        if (isElement(child) && (child.name === "ul" || child.name === "ol" || child.name === "dl")) {
          flush();
          walk(child);
          kind = "list-item";
        } else walk(child);
      }
      flush();
      return;
    }
    if (BLOCK_TAGS.has(name)) {
      flush();
      for (const child of node.children) walk(child);
      flush();
      return;
    }
    for (const child of node.children) walk(child);
  };

  for (const child of body.children) walk(child);
  flush();
  return {text: renderBlocks(title, blocks), warnings};
}

/** Pieces of a block: text, or a citation marker's label. */
type Piece = string | {marker: string};

/** A block's pieces as its text: a run of markers with only white space between them is one `^{[a] [b]}`. */
function renderPieces(pieces: readonly Piece[]): string {
  let text = "";
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (typeof piece === "string") {
      text += piece;
      continue;
    }
    const labels = [piece.marker];
    let j = i + 1;
    for (; j < pieces.length; j++) {
      const next = pieces[j];
      if (typeof next === "string") {
        if (next.trim()) break;
      } else labels.push(next.marker);
    }
    text = text.replace(/\s+$/, "") + `^{${labels.map((l) => `[${l}]`).join(" ")}}`;
    i = j - 1;
  }
  return text.replace(/\s+/g, " ").trim();
}

/** The label of a citation superscript: "[4]" → "4". */
function markerLabel(node: Element): string {
  return node.children.map(plainText).join("").replace(/\s+/g, " ").trim().replace(/^\[|\]$/g, "").trim();
}

/** The rows of a table (its own, not a nested table's), each as its cells (`td`, `th`). */
function rowsOf(table: Element): Element[][] {
  const rows: Element[][] = [];
  const visit = (node: Element) => {
    for (const child of node.children) {
      if (!isElement(child)) continue;
      if (child.name === "tr") rows.push(child.children.filter((c): c is Element => isElement(c) && (c.name === "td" || c.name === "th")));
      else if (child.name !== "table") visit(child);
    }
  };
  visit(table);
  return rows;
}

/** A table cell's text and citation markers, without what the reader leaves out anywhere. */
function cellPieces(cell: Element): Piece[] {
  const pieces: Piece[] = [];
  const visit = (node: ChildNode) => {
    if (node.type === "text") return void pieces.push(node.data);
    if (!isElement(node)) return;
    const classes = classesOf(node);
    if (node.name === "sup" && classes.some((c) => matches(MARKER_CLASSES, c))) {
      const label = markerLabel(node);
      if (label) pieces.push({marker: label});
      return;
    }
    if (matches(SKIP_TAGS, node.name) || classes.some((c) => matches(SKIP_CLASSES, c))) return;
    if (node.name === "br") return void pieces.push(" ");
    for (const child of node.children) visit(child);
  };
  for (const child of cell.children) visit(child);
  return pieces;
}
