/**
 * buildDataPackage: a Frictionless Data Package (datapackage.json) describing every CSV the
 * export writes — Table Schema per file, the source documents and their licences.
 */
import type {Document, Row} from "../types.ts";
import {columnsOf, SCHEMAS, type Column} from "../tables/schema.ts";
import type {MetricResult} from "../tables/metrics.ts";
import {describeMetricColumn} from "../tables/metrics.ts";

/** A Table Schema field. */
interface Field {
  name: string;
  type: Column["type"];
  description?: string;
  unit?: string;
}

/** Licence ids → their canonical pages, for the package's `licenses`. */
const LICENCE_PATHS: Record<string, {title: string; path: string}> = {
  "CC-BY-SA-4.0": {title: "Creative Commons Attribution-ShareAlike 4.0", path: "https://creativecommons.org/licenses/by-sa/4.0/"},
  "GFDL-1.3-or-later": {title: "GNU Free Documentation License 1.3 or later", path: "https://www.gnu.org/licenses/fdl-1.3.html"},
};

/** The Table Schema type of a metric column, from its values. */
function inferType(rows: readonly Row[], column: string): Column["type"] {
  const values = rows.map((r) => r[column]).filter((v) => v !== null && v !== undefined && v !== "");
  if (values.length && values.every((v) => typeof v === "number")) return values.every((v) => Number.isInteger(v)) ? "integer" : "number";
  if (values.length && values.every((v) => typeof v === "boolean")) return "boolean";
  return "string";
}

/** What the package says of a table: its row count and its columns in file order. */
export interface TableShape {
  rows: number;
  columns: readonly string[];
}

/**
 * The shape of a table from its rows.
 * @example shapeOf("decades", rows) // {rows: 7, columns: ["document", "decade", "started", "active"]}
 */
export function shapeOf(name: string, rows: readonly Row[]): TableShape {
  return {rows: rows.length, columns: columnsOf(name, rows)};
}

/**
 * The datapackage.json object for the given tables (their shapes, in output order), metrics
 * and documents. Key order and resource order are fixed, and nothing depends on the clock, so
 * the file is byte-identical for the same input.
 * @example buildDataPackage(mapValues(result.tables, shapeOf), metrics, result.documents).resources[0].path // "documents.csv"
 */
export function buildDataPackage(tables: Record<string, TableShape>, metrics: readonly MetricResult[], documents: readonly Pick<Document, "title" | "file" | "meta">[]) {
  const licences = [...new Set(documents.map((d) => d.meta.licence))].sort();
  const resource = (name: string, path: string, title: string, description: string, fields: Field[], rows: number) => ({
    // The package's profile (tabular-data-package) requires every resource to declare this one.
    profile: "tabular-data-resource",
    name, path, title, description, format: "csv", mediatype: "text/csv", encoding: "utf-8",
    dialect: {delimiter: ",", lineTerminator: "\n", quoteChar: '"', doubleQuote: true, header: true},
    rows,
    schema: {fields, missingValues: [""]},
  });
  return {
    profile: "tabular-data-package",
    name: "intervention-atlas",
    title: "Intervention Atlas: tables derived from the documents",
    description:
      "Interventions, figures and metrics extracted from plain-text articles. Every row points back to its document and line. " +
      "Text cells that would start a spreadsheet formula are prefixed with an apostrophe.",
    licenses: licences.map((id) => ({name: id, ...(LICENCE_PATHS[id] ?? {title: id})})),
    sources: documents.map((d) => ({
      title: d.title,
      path: `data/${d.file}`,
      ...(d.meta.url ? {url: d.meta.url} : {}),
      ...(d.meta.origin ? {origin: d.meta.origin} : {}),
      license: d.meta.licence,
    })),
    resources: [
      ...Object.keys(tables).map((name) => {
        const schema = SCHEMAS[name];
        // A table with data-dependent columns (compare: one per document) lists each of them.
        const fields = tables[name].columns.map((column) => {
          const fixed = schema.columns.find((c) => c.name === column);
          return fixed ? {...fixed} : {...schema.dynamic!, name: column, description: schema.dynamic!.description.replace("<document>", column)};
        });
        return resource(name, `${name}.csv`, schema.title, `One row per ${schema.row}.`, fields, tables[name].rows);
      }),
      ...metrics.map(({metric, rows, columns}) =>
        resource(`metric-${metric.name}`, `metric-${metric.name}.csv`, metric.title, `${metric.description} Unit: ${metric.unit}.`,
          columns.map((name) => ({name, type: inferType(rows, name), ...describeMetricColumn(metric, name)})), rows.length),
      ),
    ],
  };
}
