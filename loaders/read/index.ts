/**
 * The readers, by input form: which file extensions each reads, and the one call that turns a
 * decoded file into the normalized text every later stage reads.
 */
import type {ReadResult, Reader, SourceFormat} from "../types.ts";
import {readText} from "./text.ts";
import {readWikitext} from "./wikitext.ts";
import {readHtml} from "./html.ts";

/**
 * Every input form: `[file-name pattern, format, reader]`, in the order they are tried. The
 * wikitext and HTML readers load their parsers on first use, so a `.txt` corpus pays nothing.
 */
export const FORMATS: readonly (readonly [RegExp, SourceFormat, Reader])[] = [
  [/\.(?:txt|text)$/i, "text", readText],
  [/\.(?:wiki|wikitext|mediawiki)$/i, "wikitext", readWikitext],
  [/\.(?:html|htm)$/i, "html", readHtml],
];

/** File names read as documents: every extension in {@link FORMATS}. */
export const DOCUMENT_FILE = new RegExp(FORMATS.map(([p]) => p.source.replace(/\$$/, "")).join("|") + "$", "i");

/**
 * The form of a file, by its extension; `text` for anything else (a caller that hands the
 * library a document by name gets the seeds' reading).
 * @example formatOf("soviet.wiki") // "wikitext"
 */
export function formatOf(file: string): SourceFormat {
  return FORMATS.find(([p]) => p.test(file))?.[1] ?? "text";
}

/**
 * Reads a decoded file in its form. Never throws: a reader that fails leaves a `reader-error`
 * warning and no text, so one broken file costs nothing else.
 * @example readForm("x.wiki", "x", "Text.<ref>A</ref>").text // "= X =\n\nText.^{[1]}\n"
 */
export function readForm(file: string, slug: string, source: string): ReadResult & {format: SourceFormat} {
  const format = formatOf(file);
  const reader = FORMATS.find(([, f]) => f === format)![2];
  try {
    return {format, ...reader(source, file, slug)};
  } catch (error) {
    return {format, text: "", warnings: [{document: slug, file, line: 0, code: "reader-error", message: `the ${format} reader failed (${(error as Error).message}); nothing was read`}]};
  }
}
