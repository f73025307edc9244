// The export CLI end to end: fixture corpus → CSV snapshots; bad input costs nothing else;
// the same input gives byte-identical output.
import {spawnSync} from "node:child_process";
import {copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {describe, expect, test} from "vitest";
import {readCorpus} from "../loaders/io/corpus.ts";
import {formatCSV} from "../loaders/io/csv.ts";
import {columnsOf} from "../loaders/tables/schema.ts";
import {runPipeline} from "../loaders/pipeline.ts";
import {FIXTURES, ROOT} from "./helpers.ts";

const TSX = resolve(ROOT, "node_modules/.bin/tsx");
const CLI = resolve(ROOT, "loaders/cli/export.ts");

/** Runs `npm run export` with the given arguments, as a user would (without npm's banner). */
function exportCLI(...args: string[]) {
  const run = spawnSync(TSX, [CLI, ...args], {cwd: ROOT, encoding: "utf8"});
  return {status: run.status, stdout: run.stdout, stderr: run.stderr};
}

describe("runPipeline(tests/fixtures/corpus) snapshots", () => {
  const result = runPipeline(readCorpus(join(FIXTURES, "corpus")));
  test.each(Object.keys(result.tables))("%s.csv", async (name) => {
    await expect(formatCSV(result.tables[name], columnsOf(name, result.tables[name]))).toMatchFileSnapshot(`__snapshots__/corpus/${name}.csv`);
  });
});

describe("npm run export", () => {
  test("--help prints usage and an example", () => {
    const run = exportCLI("--help");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Usage: npm run export/);
    expect(run.stdout).toMatch(/Example:/);
  });

  test.each([
    [["--bogus"], /Unknown option '--bogus'/],
    [["--data", "/no/such/dir"], /no such directory: \/no\/such\/dir/],
  ])("exportCLI(%j) fails clearly", (args, message) => {
    const run = exportCLI(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  test("bad documents are named with their line; the others are exported; nothing half-written", () => {
    const data = mkdtempSync(join(tmpdir(), "atlas-data-"));
    const out = mkdtempSync(join(tmpdir(), "atlas-out-"));
    copyFileSync(join(FIXTURES, "corpus", "sample-united-states-involvement.txt"), join(data, "good.txt"));
    writeFileSync(join(data, "empty.txt"), "");
    writeFileSync(join(data, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0a, 0x00, 0x01]));
    writeFileSync(join(data, "latin1.txt"), Buffer.concat([Buffer.from("== 1950-1960: P ==\n==== 1956: Hungary ====\nCaf"), Buffer.from([0xe9]), Buffer.from(".\n")]));
    writeFileSync(join(data, "undated.txt"), "Title\n\nJust prose here.\n");
    const run = exportCLI("--data", data, "--out", out);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/empty\.txt: file is empty/);
    expect(run.stderr).toMatch(/binary\.txt:2: file looks binary/);
    expect(run.stderr).toMatch(/latin1\.txt:3: file is not valid UTF-8/);
    expect(run.stderr).toMatch(/undated\.txt: no dated headings/);
    expect(run.stderr).toMatch(/export: 5 documents/);
    const interventions = readFileSync(join(out, "interventions.csv"), "utf8");
    expect(interventions).toMatch(/^good:1,good,1,/m);
    expect(interventions).toMatch(/^latin1:1,latin1,1,1950-1960: P,1956,1956,1956: Hungary,Hungary/m);
    const documents = readFileSync(join(out, "documents.csv"), "utf8");
    expect(documents).toMatch(/^binary,binary,text,,,unknown,7,0,0,line 2: file looks binary \(NUL byte at line 2\); skipped$/m);
    expect(readdirSync(out).filter((f) => f.includes(".tmp-"))).toEqual([]);
    expect(readdirSync(out)).toContain("datapackage.json");
  });

  test("same input, byte-identical output", () => {
    const a = mkdtempSync(join(tmpdir(), "atlas-a-"));
    const b = mkdtempSync(join(tmpdir(), "atlas-b-"));
    expect(exportCLI("--data", join(ROOT, "data"), "--out", a, "--quiet").status).toBe(0);
    expect(exportCLI("--data", join(ROOT, "data"), "--out", b, "--quiet").status).toBe(0);
    const files = readdirSync(a).sort();
    expect(files).toContain("interventions.csv");
    expect(readdirSync(b).sort()).toEqual(files);
    for (const f of files) expect(readFileSync(join(b, f)).equals(readFileSync(join(a, f))), f).toBe(true);
  });
});
