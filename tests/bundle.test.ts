// The library's bundle (loaders/bundle.mjs) and the launcher that runs from it (launch.mjs):
// the bundle follows the library (a changed loader file gives a new bundle, built on the next
// start), and a command or data loader run from the bundle or the startup snapshot writes
// exactly what the TypeScript writes through tsx.
import {spawnSync} from "node:child_process";
import {createHash} from "node:crypto";
import {copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, test} from "vitest";
import {libraryBundle, libraryHash, removeBundlesOf, SNAPSHOT_FLAGS} from "../loaders/bundle.mjs";
import {DATA, FIXTURES, ROOT} from "./helpers.ts";

const TSX = join(ROOT, "node_modules/.bin/tsx");
/** What npm tells a script about itself (atlas.sh reads the Node version from it). */
const NPM_AGENT = `npm/11 node/${process.version} ${process.platform} ${process.arch} workspaces/false`;
const LAUNCH = join(ROOT, "loaders/launch.mjs");
const dirs: string[] = [];
const copies: string[] = [];
afterAll(() => {
  for (const copy of copies) removeBundlesOf(copy);
  for (const dir of [...dirs, ...copies]) rmSync(dir, {recursive: true, force: true});
});
const temp = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `atlas-bundle-${name}-`));
  dirs.push(dir);
  return dir;
};

/** Runs a command; its status and output. No background snapshot build unless asked (it would outlive the test). */
function run(command: string, args: string[], env: Record<string, string> = {ATLAS_SNAPSHOT: "0"}, cwd = ROOT) {
  const r = spawnSync(command, args, {cwd, encoding: "utf8", env: {...process.env, ...env}});
  return {status: r.status, stdout: r.stdout, stderr: r.stderr};
}

/** Every file in a folder, by name → text. */
function filesOf(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), "utf8")]));
}

/** A corpus with the seed, the fixtures and bad files, for the commands. */
function corpus(): string {
  const dir = temp("data");
  cpSync(DATA, dir, {recursive: true});
  for (const f of readdirSync(join(FIXTURES, "corpus"))) copyFileSync(join(FIXTURES, "corpus", f), join(dir, f));
  copyFileSync(join(FIXTURES, "forms", "soviet-involvement-in-regime-change.wiki"), join(dir, "as-wikitext.wiki"));
  writeFileSync(join(dir, "empty.txt"), "");
  return dir;
}

/** `tsx loaders/cli/export.ts` into a new folder: the reference. */
function exportThroughTsx(data: string): Record<string, string> {
  const out = temp("tsx");
  const r = run(TSX, [join(ROOT, "loaders/cli/export.ts"), "--data", data, "--out", out, "--quiet", "--threads", "1"]);
  expect(r.status, r.stderr).toBe(0);
  return filesOf(out);
}

describe("the bundle follows the library", () => {
  test("a changed loader file gives a new hash and a new bundle that has the change; the old one is reused when the change is undone", async () => {
    // A copy of the project (node_modules linked, as the bench's private tree does).
    const copy = mkdtempSync(join(tmpdir(), "atlas-bundle-copy-"));
    copies.push(copy);
    for (const part of ["loaders", "src/data", "data", "package.json", "package-lock.json"]) cpSync(join(ROOT, part), join(copy, part), {recursive: true});
    symlinkSync(join(ROOT, "node_modules"), join(copy, "node_modules"), "dir");

    const before = libraryHash(copy);
    expect(libraryHash(copy)).toBe(before);
    const first = await libraryBundle(copy);
    expect(first?.dir).toMatch(new RegExp(`${before}$`));

    const schema = join(copy, "loaders/tables/schema.ts");
    const original = readFileSync(schema, "utf8");
    const marker = `probe ${process.pid} ${Date.now()}`;
    writeFileSync(schema, original.replace("Slug of the source document", `Slug of the source document (${marker})`));
    const after = libraryHash(copy);
    expect(after).not.toBe(before);
    // The next start builds the new bundle, and runs it: the change is in the export.
    const out = temp("copy-out");
    const r = run(process.execPath, [join(copy, "loaders/launch.mjs"), "export", "--data", join(copy, "data"), "--out", out, "--quiet"], {ATLAS_SNAPSHOT: "0"}, copy);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(out, "datapackage.json"), "utf8")).toContain(marker);
    // `npm run export` in the copy finds, by its fixed name, a snapshot of another library (the
    // project's own, when the tests have built one): it hands over, and the change is there too.
    const viaSh = temp("copy-sh");
    const sh = run("sh", ["loaders/atlas.sh", "export", "--data", join(copy, "data"), "--out", viaSh, "--quiet"], {npm_config_user_agent: NPM_AGENT, ATLAS_SNAPSHOT: "1"}, copy);
    expect(sh.status, sh.stderr).toBe(0);
    expect(readFileSync(join(viaSh, "datapackage.json"), "utf8")).toContain(marker);
    const second = await libraryBundle(copy);
    expect(second?.dir).toMatch(new RegExp(`${after}$`));
    expect(existsSync(join(second!.dir, "cli/export.mjs"))).toBe(true);

    // (That run started building the copy's snapshot in the background: let it finish before the copy goes.)
    for (const until = Date.now() + 120_000; existsSync(join(second!.dir, "snapshot.building")) && Date.now() < until; ) await new Promise((done) => setTimeout(done, 200));

    writeFileSync(schema, original);
    expect(libraryHash(copy)).toBe(before);
    expect((await libraryBundle(copy))?.dir).toBe(first?.dir);
  });

  test("a project moved elsewhere: the snapshot its node_modules points at names a folder that is gone, and `npm run export` hands over", async () => {
    const copy = mkdtempSync(join(tmpdir(), "atlas-bundle-moved-"));
    copies.push(copy);
    for (const part of ["loaders", "src/data", "data", "package.json", "package-lock.json"]) cpSync(join(ROOT, part), join(copy, part), {recursive: true});
    symlinkSync(join(ROOT, "node_modules"), join(copy, "node_modules"), "dir");
    const prepared = run(process.execPath, [join(copy, "loaders/launch.mjs"), "--prepare"], {}, copy);
    expect(prepared.status, prepared.stderr).toBe(0);
    expect((JSON.parse(prepared.stdout) as {snapshot: string | null}).snapshot).not.toBeNull();
    // The folder moves; the link in node_modules still leads to the snapshot built in it.
    const moved = `${copy}-moved`;
    renameSync(copy, moved);
    copies.push(moved);
    const out = temp("moved-out");
    const sh = run("sh", ["loaders/atlas.sh", "export", "--data", join(moved, "data"), "--out", out, "--quiet"], {npm_config_user_agent: NPM_AGENT, ATLAS_SNAPSHOT: "1"}, moved);
    expect(sh.status, sh.stderr).toBe(0);
    expect(filesOf(out)).toEqual(exportThroughTsx(join(ROOT, "data")));
    // (The hand-over starts building the moved project's snapshot: let it finish before the folder goes.)
    const bundle = await libraryBundle(moved);
    for (const until = Date.now() + 120_000; existsSync(join(bundle!.dir, "snapshot.building")) && Date.now() < until; ) await new Promise((done) => setTimeout(done, 200));
  });
});

describe("commands and loaders from the bundle write what tsx writes", () => {
  test("npm run export from the bundle (1 and 2 threads) = tsx loaders/cli/export.ts", () => {
    const data = corpus();
    const want = exportThroughTsx(data);
    // Without the memory of pattern filters (places.ts: literalMemory), then with it.
    const hash = createHash("sha256").update(readFileSync(join(ROOT, "loaders/extract/places.ts"), "utf8")).digest("hex").slice(0, 16);
    const file = join(ROOT, "node_modules/.cache/intervention-atlas-bundle", `literals-${hash}-${process.version}.json`);
    rmSync(file, {force: true});
    for (const [k, threads] of ["1", "2", "1"].entries()) {
      // Last, a memory that holds no filters (edited by hand): it is not used.
      if (k === 2) writeFileSync(file, JSON.stringify(Object.fromEntries(Object.keys(JSON.parse(readFileSync(file, "utf8"))).map((key) => [key, 42]))));
      const out = temp(`bundle-${threads}-${k}`);
      const r = run(process.execPath, [LAUNCH, "export", "--data", data, "--out", out, "--quiet", "--threads", threads], {ATLAS_SNAPSHOT: "0", ATLAS_PARALLEL_MIN_SECONDS: "0"});
      expect(r.status, r.stderr).toBe(0);
      expect(filesOf(out)).toEqual(want);
      expect(existsSync(file)).toBe(true);
    }
  });

  test("npm run export from the startup snapshot (1 and 2 threads) = tsx loaders/cli/export.ts", () => {
    const prepared = run(process.execPath, [LAUNCH, "--prepare"], {});
    expect(prepared.status, prepared.stderr).toBe(0);
    const {snapshot, bundle} = JSON.parse(prepared.stdout) as {snapshot: string | null; bundle: string};
    // A library that Node cannot snapshot (a native object made when a module loads) still
    // works, from the plain bundle, but every command then starts ~2× slower: say why.
    const failed = join(bundle, "snapshot.failed");
    expect(snapshot, existsSync(failed) ? readFileSync(failed, "utf8") : "no snapshot").not.toBeNull();
    // Warmed up on the development articles (bundle.mjs: WARM_UP_ATTEMPTS), by the first build
    // tried: the second drops every pattern's native code and a seed export starts ~1.3× slower
    // (one long /iu alternation in a rule table is enough: V8 on Node 20 cannot serialize its
    // code — split such a row). That run leaves no trace in a command's output (below).
    expect(JSON.parse(readFileSync(join(bundle, "snapshot.json"), "utf8"))).toEqual({warm: true, drop: "1000"});
    const data = corpus();
    const want = exportThroughTsx(data);
    for (const threads of ["1", "2"]) {
      const out = temp(`snapshot-${threads}`);
      const r = run(process.execPath, [LAUNCH, "export", "--data", data, "--out", out, "--quiet", "--threads", threads], {ATLAS_PARALLEL_MIN_SECONDS: "0"});
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).not.toMatch(/startup snapshot|plain bundle|Warning/);
      expect(filesOf(out)).toEqual(want);
    }
    // Arguments and exit codes pass through.
    expect(run(process.execPath, [LAUNCH, "export", "--bogus"], {}).status).toBe(2);
    expect(run(process.execPath, [LAUNCH, "export", "--help"], {}).stdout).toMatch(/Usage: npm run export/);

    // npm run export: atlas.sh starts the snapshot itself, with the flags it was built with.
    expect(readFileSync(join(ROOT, "loaders/atlas.sh"), "utf8")).toContain(`node ${SNAPSHOT_FLAGS.join(" ")} --snapshot-blob`);
    const out = temp("atlas-sh");
    const r = run("sh", ["loaders/atlas.sh", "export", "--data", data, "--out", out, "--quiet"], {npm_config_user_agent: NPM_AGENT});
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/startup snapshot|plain bundle|Warning/);
    expect(filesOf(out)).toEqual(want);
    expect(run("sh", ["loaders/atlas.sh", "export", "--bogus"], {npm_config_user_agent: NPM_AGENT}).status).toBe(2);
  });

  test("a data loader from the bundle = the same loader through tsx", () => {
    const data = corpus();
    for (const entry of ["interventions.csv.ts", "sources.json.ts", "iso-numeric.json.ts"]) {
      const env = {ATLAS_SNAPSHOT: "0", ATLAS_DATA: data};
      const bundled = run(process.execPath, [LAUNCH, join(ROOT, "src/data", entry)], env);
      const tsx = run(TSX, [join(ROOT, "src/data", entry)], env);
      expect(bundled.status, bundled.stderr).toBe(0);
      expect(bundled.stdout.length).toBeGreaterThan(100);
      expect(bundled.stdout).toBe(tsx.stdout);
    }
  });
});
