/**
 * Every episode as a bar from its start year to its end year, grouped by document (each in its
 * corpus colour) and, within a document, under its period headings.
 */
import * as Plot from "@observablehq/plot";
import {emptyChart, plot} from "./plot.js";
import {rowName, type InterventionRow} from "./data.js";
import {documentScale, titleOf, type DocumentRow} from "./documents.js";
import {formatYear, yearSpan} from "./format.js";

/** A row of interventions.csv (the columns the timeline reads). */
export type TimelineRow = Pick<InterventionRow, "id" | "document" | "order" | "period" | "start_year" | "end_year" | "place" | "title">;

/** One line of the timeline: a document's heading, a period's heading, or an episode. */
export interface TimelineLine {
  key: string;
  kind: "document" | "period" | "episode";
  label: string;
  /** An episode's years, kept whole when its label is shortened. */
  years?: string;
  row?: TimelineRow;
}

/**
 * The timeline's lines, top to bottom: each document (in corpus order) as a heading, its
 * periods as subheadings (when it has any), its episodes in document order beneath them.
 * @example timelineLines([{id: "a:1", document: "a", order: 1, period: "P", start_year: 1921, end_year: 1924, place: "Mongolia", title: ""}], [{document: "a", title: "A"}]).map((l) => l.label)
 * // ["A", "P", "Mongolia 1921–1924"]
 */
export function timelineLines(data: TimelineRow[], documents: DocumentRow[]): TimelineLine[] {
  const title = titleOf(documents);
  const slugs = [...new Set([...documents.map((d) => d.document), ...data.map((d) => d.document)])];
  const lines: TimelineLine[] = [];
  for (const slug of slugs) {
    const rows = data.filter((d) => d.document === slug).sort((a, b) => a.order - b.order);
    if (!rows.length) continue;
    lines.push({key: `doc:${slug}`, kind: "document", label: title(slug)});
    let period: string | null = null;
    for (const row of rows) {
      if (row.period && row.period !== period) lines.push({key: `period:${slug}:${row.order}`, kind: "period", label: row.period});
      period = row.period;
      const years = yearSpan(row.start_year, row.end_year);
      lines.push({key: row.id, kind: "episode", label: `${rowName(row, 200)} ${years}`, years, row});
    }
  }
  return lines;
}

/** A line's label in at most `chars` characters: an episode's name is shortened, never its years. */
function shorten(line: TimelineLine | undefined, chars: number): string {
  if (!line) return "";
  if (line.label.length <= chars) return line.label;
  if (!line.years) return `${line.label.slice(0, chars - 1).trimEnd()}…`;
  const name = line.label.slice(0, line.label.length - line.years.length - 1);
  return `${name.slice(0, Math.max(4, chars - line.years.length - 2)).trimEnd()}… ${line.years}`;
}

/**
 * A timeline of intervention episodes: one line per episode, labelled by its place and years,
 * under its document and period headings, coloured by document. A single-year episode spans
 * that whole year; a tick marks each start, so that a short episode stays visible on a long axis.
 * @param data rows of interventions.csv
 * @param options.width chart width in pixels
 * @param options.documents documents.csv rows: the titles and colours
 * @example timelineChart(interventions, {width: 800, documents})
 */
export function timelineChart(data: TimelineRow[], {width = 640, documents = [...new Set(data.map((d) => d.document))].map((document) => ({document})), ...options}: {width?: number; documents?: DocumentRow[]} & Plot.PlotOptions = {}) {
  if (!data.length) return emptyChart();
  const lines = timelineLines(data, documents);
  const title = titleOf(documents);
  const byKey = new Map(lines.map((l) => [l.key, l]));
  const rows = lines.filter((l) => l.row).map((l) => ({...l.row!, key: l.key, end: (l.row!.end_year ?? l.row!.start_year) + 1, Document: title(l.row!.document), Years: yearSpan(l.row!.start_year, l.row!.end_year)}));
  const shown = [...new Set(rows.map((d) => d.document))];
  const marginLeft = Math.min(Math.round(width * 0.45), 260);
  const chars = Math.floor(marginLeft / 6.5);
  const chart = plot({
    width,
    height: Math.max(120, lines.length * 17 + 70),
    marginLeft,
    marginRight: 16,
    x: {label: "Year", tickFormat: formatYear, grid: true, ticks: Math.max(2, Math.floor(width / 120))},
    y: {label: null, domain: lines.map((l) => l.key), tickFormat: (key: string) => shorten(byKey.get(key), chars), tickSize: 0},
    color: documentScale(documents, shown),
    ariaLabel: "Timeline of intervention episodes, by document and period",
    ariaDescription: lines.map((l) => (l.kind === "episode" ? l.label : `${l.kind}: ${l.label}`)).join("; "),
    marks: [
      Plot.barX(rows, {y: "key", x1: "start_year", x2: "end", fill: "document", channels: {Document: "Document", Period: "period", Years: "Years"}, tip: {format: {x1: false, x2: false, y: false, fill: false}}}),
      Plot.tickX(rows, {y: "key", x: "start_year", stroke: "document", strokeWidth: 2}),
    ],
    ...options,
  });
  // Headings read as headings: documents bold, periods in italics.
  const kinds = new Map(lines.map((l) => [l.key, l.kind]));
  const ticks = chart.querySelectorAll("g[aria-label='y-axis tick label'] text");
  lines.forEach((l, i) => {
    const text = ticks[i] as SVGTextElement | undefined;
    if (!text) return;
    if (kinds.get(l.key) === "document") text.setAttribute("font-weight", "bold");
    if (kinds.get(l.key) === "period") text.setAttribute("font-style", "italic");
  });
  return chart;
}
