/**
 * readText: the seeds' plain text is already the normalized form. Also the small helpers every
 * reader shares to write that form: the title from a slug, and blocks → text.
 */
import type {ReadResult, TextBlock} from "../types.ts";
import {TABLE_DATE_CELL} from "../rules/structure.ts";

/**
 * Reads a `.txt` / `.text` document: the decoded text as it is (parseDocument normalises line
 * ends and drops a byte-order mark), with no warnings of its own.
 * @example readText("= T =\n\nBody.").text // "= T =\n\nBody."
 */
export function readText(source: string): ReadResult {
  return {text: source, warnings: []};
}

/**
 * A title from a slug: `-` and `_` as spaces, the first letter capitalised.
 * @example humanizeSlug("soviet-involvement-in-regime-change") // "Soviet involvement in regime change"
 */
export function humanizeSlug(slug: string): string {
  const words = slug.replace(/[-_]+/g, " ").replace(/\s+/g, " ").trim();
  return words ? words[0].toUpperCase() + words.slice(1) : slug;
}

/**
 * Writes blocks in the seeds' form: `= Title =`, then blocks separated by blank lines, list
 * items one per line (`- item`), headings as `== Heading ==` with as many `=` as their level.
 * Empty paragraphs and items are dropped; the text ends with one newline.
 * @example renderBlocks("T", [{kind: "heading", text: "H", level: 2}, {kind: "list-item", text: "a"}, {kind: "list-item", text: "b"}])
 * // "= T =\n\n== H ==\n\n- a\n- b\n"
 */
export function renderBlocks(title: string, blocks: readonly TextBlock[]): string {
  const lines: string[] = [`= ${title.replace(/\s+/g, " ").trim()} =`];
  let previous: TextBlock["kind"] | "" = "heading";
  for (const block of blocks) {
    const text = block.text.replace(/\s+/g, " ").trim();
    if (!text) continue;
    if (block.kind === "heading") {
      const marks = "=".repeat(Math.max(2, Math.min(6, block.level ?? 2)));
      lines.push("", `${marks} ${text} ${marks}`);
    } else if (block.kind === "list-item") {
      if (previous !== "list-item") lines.push("");
      lines.push(`- ${text}`);
    } else lines.push("", text);
    previous = block.kind;
  }
  return lines.join("\n") + "\n";
}

/**
 * A data table's row as a dated list item's text: the first cell that dates the row
 * (TABLE_DATE_CELL), then the other non-empty cells in their order, joined by " – "; null when no
 * cell dates it, or no other cell has words.
 * @example tableRowItem(["Guatemala", "1954", "CIA-backed coup"]) // "1954 – Guatemala – CIA-backed coup"
 */
export function tableRowItem(cells: readonly string[]): string | null {
  const texts = cells.map((c) => c.replace(/\s+/g, " ").trim());
  const at = texts.findIndex((c) => TABLE_DATE_CELL[0].test(c.replace(/⦑\d+⦒|\^\{[^{}]*\}/g, "").trim()));
  // A row of numbers only ("1956 | 31,550") is a statistic, not an episode.
  const others = texts.filter((c, i) => i !== at && c);
  if (at === -1 || !others.some((c) => /\p{L}{3}/u.test(c))) return null;
  return [texts[at], ...others].join(" – ");
}

