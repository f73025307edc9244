// The README's "Add a metric" example, run as written: its entry computes, is written by
// the export as metric-<name>.csv, and is described in datapackage.json.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {afterAll, describe, expect, test} from "vitest";
import {readCorpus} from "../loaders/io/corpus.ts";
import {writeOutputs} from "../loaders/io/export.ts";
import {runPipeline} from "../loaders/pipeline.ts";
import {computeMetrics, METRICS, type Metric} from "../loaders/tables/metrics.ts";
import {DATA, ROOT, SEED} from "./helpers.ts";

const readme = readFileSync(resolve(ROOT, "README.md"), "utf8");
const block = /```ts metric-example\n([\s\S]*?)```/.exec(readme)?.[1].replace(/^ {3}/gm, "").trim().replace(/,$/, "");
// The entry is evaluated in a module shaped like loaders/tables/metrics.ts (arquero as `aq`, `op`).
const module = resolve(ROOT, "tests", `.readme-metric-${process.pid}.ts`);
afterAll(() => rmSync(module, {force: true}));

describe("README: add a metric", () => {
  test("has the example and the steps", () => {
    expect(block).toBeTruthy();
    expect(readme).toMatch(/npm run dev/);
    expect(readme).toMatch(/loaders\/tables\/metrics\.ts/);
  });

  test("the example entry computes, exports and is described", async () => {
    writeFileSync(module, `import * as aq from "arquero";\nconst {op} = aq;\nimport type {Metric} from "../loaders/tables/metrics.ts";\nexport default (${block}) satisfies Metric;\n`);
    const metric = (await import(module)).default as Metric;
    const result = runPipeline(readCorpus(DATA));
    const [computed] = computeMetrics(result.tables, [metric]);
    expect(computed.error).toBeUndefined();
    expect(computed.rows.filter((r) => r.document === SEED)[0]).toEqual({document: SEED, target: "Afghanistan", interventions: 2});
    const out = mkdtempSync(join(tmpdir(), "atlas-readme-"));
    const written = writeOutputs(result, out, [...METRICS, metric]).map((w) => w.file);
    expect(written).toContain(`metric-${metric.name}.csv`);
    expect(readFileSync(join(out, `metric-${metric.name}.csv`), "utf8")).toMatch(/^document,target,interventions\n/);
    const pkg = JSON.parse(readFileSync(join(out, "datapackage.json"), "utf8"));
    const resource = pkg.resources.find((r: {name: string}) => r.name === `metric-${metric.name}`);
    expect(resource.schema.fields.map((f: {name: string; description?: string}) => [f.name, !!f.description])).toEqual([
      ["document", true], ["target", true], ["interventions", true],
    ]);
  });
});
