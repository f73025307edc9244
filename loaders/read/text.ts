/**
 * readText: the seeds' plain text is already the normalized form. Also the small helpers every
 * reader shares to write that form: the title from a slug, and blocks → text.
 */
import type {ReadResult, TextBlock} from "../types.ts";

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
