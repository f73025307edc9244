/**
 * The data dictionary: every derived table's columns, in output order, with type, unit and
 * meaning. CSV column order, the Data page and `datapackage.json` all read this one table.
 */

/** One column of a derived table. */
export interface Column {
  name: string;
  /** Frictionless Table Schema type. */
  type: "string" | "integer" | "number" | "boolean";
  /** Unit of the values, where there is one (`year`, `persons`, …). */
  unit?: string;
  description: string;
}

/** A derived table: its file name (without `.csv`), what a row is, and its columns. */
export interface TableSchema {
  name: string;
  title: string;
  /** What one row stands for. */
  row: string;
  columns: Column[];
}

const documentColumn: Column = {name: "document", type: "string", description: "Slug of the source document (its file name without .txt)"};

/** Schemas of every table the pipeline writes, by name. */
export const SCHEMAS: Record<string, TableSchema> = {
  documents: {
    name: "documents",
    title: "Documents",
    row: "one input document",
    columns: [
      documentColumn,
      {name: "title", type: "string", description: "Title from the level-1 heading, else the first short line"},
      {name: "bytes", type: "integer", unit: "bytes", description: "Size of the file on disk"},
      {name: "sections", type: "integer", description: "Number of headings below the title"},
      {name: "interventions", type: "integer", description: "Number of dated sections (intervention rows)"},
      {name: "warnings", type: "string", description: "Problems found reading the file, as 'line N: message', separated by ' | '"},
    ],
  },
  interventions: {
    name: "interventions",
    title: "Interventions",
    row: "one dated section (an intervention episode)",
    columns: [
      {name: "id", type: "string", description: "document:order"},
      documentColumn,
      {name: "order", type: "integer", description: "1-based position among the document's dated sections"},
      {name: "period", type: "string", description: "Text of the enclosing level-2 heading"},
      {name: "start_year", type: "integer", unit: "year", description: "First year in the heading"},
      {name: "end_year", type: "integer", unit: "year", description: "Last year in the heading (= start_year for one year; empty for '–present')"},
      {name: "place", type: "string", description: "The heading's place text, as written"},
      {name: "targets", type: "string", description: "Target names split from the place, separated by ';'"},
      {name: "notes", type: "string", description: "Parenthetical notes in the place, separated by ';'"},
      {name: "line", type: "integer", description: "1-based line of the heading in the document"},
      {name: "rule", type: "string", description: "The heading rule that recognised the section"},
    ],
  },
  decades: {
    name: "decades",
    title: "Interventions per decade",
    row: "one document and decade",
    columns: [
      documentColumn,
      {name: "decade", type: "integer", unit: "year", description: "First year of the decade (1940 = the 1940s), from the heading years"},
      {name: "started", type: "integer", unit: "interventions", description: "Interventions whose start year falls in the decade"},
      {name: "active", type: "integer", unit: "interventions", description: "Interventions whose years span any part of the decade"},
    ],
  },
  periods: {
    name: "periods",
    title: "Interventions per period",
    row: "one document and period (level-2 heading)",
    columns: [
      documentColumn,
      {name: "period", type: "string", description: "Text of the level-2 heading"},
      {name: "interventions", type: "integer", unit: "interventions", description: "Dated sections under it"},
      {name: "first_year", type: "integer", unit: "year", description: "Earliest start year"},
      {name: "last_year", type: "integer", unit: "year", description: "Latest end year"},
    ],
  },
  warnings: {
    name: "warnings",
    title: "Warnings",
    row: "one problem found in an input document",
    columns: [
      documentColumn,
      {name: "file", type: "string", description: "File name in the data directory"},
      {name: "line", type: "integer", description: "1-based line (0 = the whole file)"},
      {name: "code", type: "string", description: "Kind of problem"},
      {name: "message", type: "string", description: "What is wrong"},
    ],
  },
};

/**
 * Column names of a table, in output order.
 * @example columnsOf("decades") // ["document", "decade", "started", "active"]
 */
export function columnsOf(table: string): string[] {
  const schema = SCHEMAS[table];
  if (!schema) throw new Error(`unknown table "${table}"`);
  return schema.columns.map((c) => c.name);
}
