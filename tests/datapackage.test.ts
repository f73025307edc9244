// datapackage.json as the export writes it, checked with a client nobody here wrote: the
// Frictionless reference library for JavaScript (`datapackage`) validates the descriptor
// against the tabular-data-package profile and reads every resource with its Table Schema
// (cast: true). For corpora of every shape: the seeds, a prose-only excerpt with no
// intervention rows, a list-shaped article, and the development corpus (every metric CSV full).
import {mkdtempSync, readFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {Package} from "datapackage";
import {describe, expect, test} from "vitest";
import {readCorpus} from "../loaders/io/corpus.ts";
import {writeOutputs} from "../loaders/io/export.ts";
import {runPipeline} from "../loaders/pipeline.ts";
import {describeMetricColumn, METRICS} from "../loaders/tables/metrics.ts";
import {DATA, ROOT} from "./helpers.ts";

interface Field {
  name: string;
  type: string;
  description?: string;
}
interface Resource {
  name: string;
  path: string;
  rows: number;
  description: string;
  schema: {fields: Field[]};
}

/** Exports `sources` to a fresh folder and reads back its datapackage.json and CSV headers. */
function exportPackage(sources: ReturnType<typeof readCorpus>) {
  const out = mkdtempSync(join(tmpdir(), "atlas-pkg-"));
  writeOutputs(runPipeline(sources), out);
  const pkg = JSON.parse(readFileSync(join(out, "datapackage.json"), "utf8")) as {resources: Resource[]};
  const header = (path: string) => readFileSync(join(out, path), "utf8").split("\n")[0].split(",");
  return {out, pkg, header};
}

const corpora: [string, ReturnType<typeof readCorpus>][] = [
  ["the seeds", readCorpus(DATA)],
  ["a prose-only excerpt", readCorpus(DATA).filter((s) => s.slug === "soviet-union-in-world-war-ii")],
  ["a list-shaped fixture", readCorpus(resolve(ROOT, "tests/fixtures/shapes"))],
  ["the development corpus", readCorpus(resolve(ROOT, "corpus/dev"))],
  ["the seed as wikitext and saved pages", readCorpus(resolve(ROOT, "tests/fixtures/forms"))],
  ["a hostile document (markup, scripts, formulas)", readCorpus(resolve(ROOT, "tests/fixtures/hostile"))],
];

describe.each(corpora)("datapackage.json of %s", (_, sources) => {
  const {out, pkg, header} = exportPackage(sources);

  test("is a valid Tabular Data Package by the Frictionless reference validator, every resource readable with cast: true", async () => {
    const loaded = await Package.load(join(out, "datapackage.json"), {basePath: out});
    expect(loaded.errors.map((e) => e.message)).toEqual([]);
    expect(loaded.valid).toBe(true);
    for (const resource of loaded.resources) {
      const rows = await resource.read({cast: true, keyed: true});
      expect(rows.length, resource.name).toBe(pkg.resources.find((r) => r.name === resource.name)!.rows);
    }
  });

  test("lists every table and every registered metric", () => {
    const names = pkg.resources.map((r) => r.name);
    for (const m of METRICS) expect(names).toContain(`metric-${m.name}`);
    expect(names).toContain("interventions");
  });

  test("describes every field of every resource, in the CSV's column order", () => {
    for (const r of pkg.resources) {
      expect(r.schema.fields.map((f) => f.name), r.path).toEqual(header(r.path));
      for (const f of r.schema.fields) expect(f.description, `${r.path}: ${f.name}`).toMatch(/\S/);
    }
  });
});

test.each(METRICS.map((m) => [m.name, m]))("metric %s describes the columns it writes", (_, metric) => {
  const {pkg} = exportPackage(readCorpus(DATA));
  const resource = pkg.resources.find((r) => r.name === `metric-${metric.name}`)!;
  for (const f of resource.schema.fields) expect(describeMetricColumn(metric, f.name), f.name).toBeDefined();
});
