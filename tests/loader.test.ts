// The loaders' shared output cache: keyed by every input, so a changed document or rule is
// never served stale, and the same inputs render once.
import {cpSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, describe, expect, test} from "vitest";
import {inputHash, loaderOutput} from "../loaders/io/loader.ts";
import {readCorpus} from "../loaders/io/corpus.ts";
import {renderOutputs} from "../loaders/io/outputs.ts";
import {runPipeline} from "../loaders/pipeline.ts";
import {SCHEMAS} from "../loaders/tables/schema.ts";
import {DATA, ROOT} from "./helpers.ts";

const saved = process.env.ATLAS_DATA;
afterEach(() => {
  if (saved === undefined) delete process.env.ATLAS_DATA;
  else process.env.ATLAS_DATA = saved;
});

describe("inputHash", () => {
  test("changes when a document changes, not otherwise", () => {
    const dir = mkdtempSync(join(tmpdir(), "atlas-hash-"));
    cpSync(DATA, dir, {recursive: true});
    const before = inputHash(dir);
    expect(inputHash(dir)).toBe(before);
    writeFileSync(join(dir, "new.txt"), "= New =\n\n==== 1956: Hungary ====\nText.\n");
    expect(inputHash(dir)).not.toBe(before);
  });
});

describe("loaderOutput", () => {
  test("serves exactly what renderOutputs renders, for every table", async () => {
    const rendered = new Map(renderOutputs(runPipeline(readCorpus(DATA))).map((o) => [o.file, o.content]));
    process.env.ATLAS_DATA = DATA;
    for (const table of Object.keys(SCHEMAS)) expect(await loaderOutput(`${table}.csv`)).toBe(rendered.get(`${table}.csv`));
    expect(await loaderOutput("metrics.json")).toBe(rendered.get("metrics.json"));
  });

  test("a new document shows up at once", async () => {
    const dir = mkdtempSync(join(tmpdir(), "atlas-live-"));
    cpSync(DATA, dir, {recursive: true});
    process.env.ATLAS_DATA = dir;
    const before = await loaderOutput("interventions.csv");
    writeFileSync(join(dir, "zz-new.txt"), "= New =\n\n== 1950–1960: P ==\n\n==== 1956: Hungary ====\n\nSoviet tanks entered Budapest.\n");
    const after = await loaderOutput("interventions.csv");
    expect(after).not.toBe(before);
    expect(after).toMatch(/^zz-new:1,zz-new,1,1950–1960: P,1956,1956,1956: Hungary,Hungary/m);
  });
});

describe("src/data entry points", () => {
  test.each(Object.keys(SCHEMAS))("%s.csv has a thin loader and a place on the Data page", (table) => {
    const entry = readFileSync(join(ROOT, "src/data", `${table}.csv.ts`), "utf8");
    expect(entry).toContain(`loaderOutput("${table}.csv")`);
    expect(entry.split("\n").length).toBeLessThanOrEqual(16);
    expect(readFileSync(join(ROOT, "src/data.md"), "utf8")).toContain(`FileAttachment("data/${table}.csv").href`);
  });
});

describe("loaders started together", () => {
  test("render once, and every one of them serves the same, complete output", async () => {
    const {spawn} = await import("node:child_process");
    const dir = mkdtempSync(join(tmpdir(), "atlas-race-"));
    cpSync(DATA, dir, {recursive: true});
    writeFileSync(join(dir, "race.txt"), `= Race ${process.pid} ${Date.now()} =\n\n==== 1956: Hungary ====\nSoviet tanks entered Budapest.\n`);
    const run = (entry: string) =>
      new Promise<string>((done, fail) => {
        const child = spawn(join(ROOT, "node_modules/.bin/tsx"), [join(ROOT, "src/data", entry)], {env: {...process.env, ATLAS_DATA: dir}});
        let out = "";
        child.stdout.on("data", (d) => (out += d));
        child.on("exit", (code) => (code === 0 ? done(out) : fail(new Error(`${entry} exited ${code}`))));
      });
    const outputs = await Promise.all(["interventions.csv.ts", "interventions.csv.ts", "figures.csv.ts", "decades.csv.ts"].map(run));
    expect(outputs[0]).toBe(outputs[1]);
    expect(outputs[0]).toMatch(/^race:1,race,1,,1956,1956,1956: Hungary,Hungary/m);
    expect(outputs[2]).toMatch(/^id,document,order,line,start,end,quote/);
    expect(outputs[3]).toMatch(/^document,decade,started,active\n/);
  });
});
