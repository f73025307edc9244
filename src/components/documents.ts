/**
 * Documents as the dashboard names and colours them: by title, never by slug, and one colour per
 * document — the same on every page, in every legend and in every download — given by its place
 * in documents.csv (the corpus order), whichever documents a chart shows.
 */

/** A row of documents.csv (the columns the pages read). */
export interface DocumentRow {
  document: string;
  title?: string | null;
  format?: string;
  interventions?: number;
  sections?: number;
}

/**
 * One colour per document, in corpus order: Observable's ten categorical colours (legible on
 * the light and the dark theme), then ten more from Tableau's; past twenty they repeat.
 */
export const DOCUMENT_PALETTE = [
  "#4269d0", "#efb118", "#ff725c", "#6cc5b0", "#3ca951", "#ff8ab7", "#a463f2", "#97bbf5", "#9c6b4e", "#9498a0",
  "#4e79a7", "#f28e2c", "#e15759", "#76b7b2", "#59a14f", "#edc949", "#af7aa1", "#ff9da7", "#9c755f", "#bab0ab",
];

/**
 * The colour of every document, by slug.
 * @example documentColors([{document: "a"}, {document: "b"}]).get("b") // "#efb118"
 */
export function documentColors(documents: DocumentRow[]): Map<string, string> {
  return new Map(documents.map((d, i) => [d.document, DOCUMENT_PALETTE[i % DOCUMENT_PALETTE.length]]));
}

/**
 * A document's title (its slug when it has none), by slug.
 * @example titleOf([{document: "a", title: "A study"}])("a") // "A study"
 * @example titleOf([])("b") // "b"
 */
export function titleOf(documents: DocumentRow[]): (slug: unknown) => string {
  const titles = new Map(documents.map((d) => [d.document, d.title || d.document]));
  return (slug) => titles.get(String(slug)) ?? String(slug ?? "");
}

/**
 * Plot `color` options for a chart whose colour is the document: the documents shown (default:
 * all), each in its corpus colour, named by title in the legend.
 * @param shown the slugs the chart draws, in legend order
 * @example plot({color: documentScale(documents, ["a"]), marks: [Plot.barY(rows, {x: "decade", y: "started", fill: "document"})]})
 */
export function documentScale(documents: DocumentRow[], shown: string[] = documents.map((d) => d.document), {legend = true}: {legend?: boolean} = {}) {
  const colors = documentColors(documents);
  const domain = [...new Set(shown)];
  return {
    type: "ordinal" as const,
    domain,
    range: domain.map((slug, i) => colors.get(slug) ?? DOCUMENT_PALETTE[(documents.length + i) % DOCUMENT_PALETTE.length]),
    tickFormat: titleOf(documents),
    legend,
    label: "Document",
  };
}

/**
 * The documents by how much they give to compare: most intervention rows first, then by title.
 * @example rankDocuments([{document: "a", interventions: 1}, {document: "b", interventions: 5}]).map((d) => d.document) // ["b", "a"]
 */
export function rankDocuments<T extends DocumentRow>(documents: T[]): T[] {
  const title = titleOf(documents);
  return [...documents].sort((a, b) => (b.interventions ?? 0) - (a.interventions ?? 0) || title(a.document).localeCompare(title(b.document)));
}
