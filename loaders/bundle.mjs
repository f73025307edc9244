/**
 * The library as plain JavaScript, so that nothing on a hot path compiles TypeScript.
 *
 * `libraryBundle()` builds, with esbuild, every entry point a process starts from — the
 * export and eval commands, the worker, the dev server's render worker and the thin data
 * loaders in src/data/ — into one folder of ES modules that share their chunks, named by a
 * content hash of the library (loaders/**, src/data/*.ts, the lock file, the Node version
 * and the project's path). A changed file changes the hash, so a stale bundle is never run:
 * the next start builds the new one (about a second, once). The packages it imports are
 * bundled apart, once per lock file, so that a rebuild is only the library's own code.
 *
 * `librarySnapshot()` goes one step further for the commands: a V8 startup snapshot
 * (`node --snapshot-blob`) of the library with every module evaluated — the gazetteer
 * derived from world-countries, the compiled rule tables, arquero — and the pipeline run
 * once on a sample article, so a command starts where a warm process would be after its
 * imports. It is an optimisation only: when it cannot be built (Node refuses some module-level
 * objects in a snapshot), the commands run the plain bundle, with one line on stderr saying so.
 *
 * Plain JavaScript on purpose: the launcher (launch.mjs) imports it before any bundle exists.
 */
import {spawnSync} from "node:child_process";
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync} from "node:fs";
import {createRequire, isBuiltin} from "node:module";
import {join, relative, resolve, sep} from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";

/** The project root (the folder that holds `loaders/`). */
export const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));

/** Bump when the shape of a bundle changes, so that old bundles are not reused. */
const FORMAT = 3;

/**
 * How many bundle folders to keep, most recently built first. The dev server builds one per
 * save in loaders/, and copies of the project that link this node_modules (the bench's private
 * tree) build theirs here too; each is ~2 MB, ~20 MB with a snapshot.
 */
const KEEP = 12;

/** Where bundles are kept, one folder per library hash. */
export function bundleRoot(root = ROOT) {
  return join(root, "node_modules/.cache/intervention-atlas-bundle");
}

/** Every file below `dir` whose name matches `pattern`, as absolute paths, sorted. */
function filesUnder(dir, pattern) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((e) => e.isFile() && pattern.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * The files a bundle is built from: the library's modules, the data loaders' entry points and
 * the lock file (the installed packages are bundled too).
 * @example libraryFiles().map((f) => relative(ROOT, f)) // ["loaders/bundle.mjs", …, "src/data/interventions.csv.ts", "package-lock.json"]
 */
export function libraryFiles(root = ROOT) {
  return [
    ...filesUnder(join(root, "loaders"), /\.(?:ts|mts|mjs)$/),
    ...filesUnder(join(root, "src/data"), /\.ts$/).filter((f) => !f.slice(join(root, "src/data").length + 1).includes(sep)),
    join(root, "package-lock.json"),
  ].filter((f) => existsSync(f));
}

/**
 * A hash of everything a bundle depends on: its source files (names and bytes), the Node
 * version it targets and the project folder its modules' `import.meta.url` point into.
 * About 2 ms for the ~70 files.
 * @example libraryHash() // "5d41402abc4b2a76"
 */
export function libraryHash(root = ROOT) {
  const hash = createHash("sha256").update(`atlas-bundle ${FORMAT}\0${process.version}\0${root}\0`);
  for (const file of libraryFiles(root)) hash.update(`${relative(root, file)}\0`).update(readFileSync(file)).update("\0");
  return hash.digest("hex").slice(0, 16);
}

/**
 * The entry points of a bundle, by output name: `cli/export` → `<bundle>/cli/export.mjs`.
 * Every `src/data/<name>.ts` loader is one, as `data/<name>`.
 */
export function bundleEntries(root = ROOT) {
  const entries = {
    "cli/export": join(root, "loaders/cli/export.ts"),
    "cli/eval": join(root, "loaders/cli/eval.ts"),
    worker: join(root, "loaders/worker.ts"),
    "io/render-worker": join(root, "loaders/io/render-worker.ts"),
  };
  for (const file of filesUnder(join(root, "src/data"), /\.ts$/)) {
    const rel = relative(join(root, "src/data"), file);
    if (!rel.includes(sep)) entries[`data/${rel.replace(/\.ts$/, "")}`] = file;
  }
  return Object.fromEntries(Object.entries(entries).filter(([, file]) => existsSync(file)));
}

/**
 * The library's modules that read `import.meta` (a handful): only these are transformed by
 * {@link plugins}, so that esbuild reads every other module itself — a plugin callback per
 * module would cost an incremental rebuild more than the rebuild.
 */
function importMetaFiles(root) {
  return libraryFiles(root).filter((f) => /\.(?:ts|mts|mjs)$/.test(f) && /import\.meta|ATLAS_SOURCE_HASH/.test(readFileSync(f, "utf8")));
}

/** A regular expression (esbuild's filter syntax) matching exactly these paths. */
function exactly(paths) {
  return paths.length ? new RegExp(`^(?:${paths.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})$`) : /^\b$/;
}

/**
 * esbuild plugins shared by every build.
 * - Each library module that reads `import.meta.url` keeps its own (paths.ts finds the project
 *   root with it; createRequire resolves packages from it), replaced as an expression by
 *   esbuild itself, never inside a string; one that reads `ATLAS_SOURCE_HASH` gets a hash of
 *   the source compiled (places.ts names its memory of pattern filters by it). Transforms are
 *   cached by path, size and time.
 * - Large JSON (world-countries' 1.4 MB) becomes `JSON.parse("…")`, which V8 reads several
 *   times faster than the same data as an object literal; the data are unchanged.
 */
function plugins(esbuild, metaFiles) {
  const cache = new Map();
  return [
    {
      name: "atlas-import-meta-url",
      setup(build) {
        build.onLoad({filter: exactly(metaFiles)}, async (args) => {
          const {size, mtimeMs} = statSync(args.path);
          const key = `${size}:${mtimeMs}`;
          const hit = cache.get(args.path);
          if (hit?.key === key) return hit.result;
          const source = readFileSync(args.path, "utf8");
          const loader = /\.m?ts$/.test(args.path) ? "ts" : "js";
          const result = {contents: (await esbuild.transform(source, {loader, format: "esm", sourcefile: args.path, define: {"import.meta.url": JSON.stringify(pathToFileURL(args.path).href), ATLAS_SOURCE_HASH: JSON.stringify(createHash("sha256").update(source).digest("hex").slice(0, 16))}})).code, loader: "js"};
          cache.set(args.path, {key, result});
          return result;
        });
      },
    },
    {
      name: "atlas-json-parse",
      setup(build) {
        build.onLoad({filter: /\.json$/}, (args) => {
          const {size, mtimeMs} = statSync(args.path);
          if (size < 64 << 10) return undefined;
          const key = `${size}:${mtimeMs}`;
          const hit = cache.get(args.path);
          if (hit?.key === key) return hit.result;
          // Parsed once here: a file that is not JSON fails the build, as esbuild's own loader
          // would. CommonJS, so that both `import data from` and `require()` (world-countries'
          // index.cjs) read it as esbuild's own loader would.
          const data = JSON.parse(readFileSync(args.path, "utf8"));
          const result = {contents: `module.exports = JSON.parse(${JSON.stringify(JSON.stringify(data))});`, loader: "js"};
          cache.set(args.path, {key, result});
          return result;
        });
      },
    },
  ];
}

/** esbuild, from the project's node_modules. */
function loadEsbuild(root) {
  return createRequire(join(root, "package.json"))("esbuild");
}

/** Where the packages the library imports are bundled, one folder per set of packages and lock file. */
function vendorDir(root, specifiers) {
  const hash = createHash("sha256").update(`atlas-vendor ${FORMAT}\0${process.version}\0`);
  const lock = join(root, "package-lock.json");
  if (existsSync(lock)) hash.update(readFileSync(lock));
  hash.update(`\0${[...specifiers].sort().join("\0")}`);
  return join(bundleRoot(root), `vendor-${hash.digest("hex").slice(0, 16)}`);
}

/** A package name as a file name: `@uwdata/flechette` → `@uwdata__flechette`. */
const vendorFile = (specifier) => `${specifier.replace(/[^\w.@-]+/g, "__")}.mjs`;

/** The marker the library build leaves where a package is imported; replaced by the vendor file's URL. */
const VENDOR = "atlas-vendor:";

/**
 * The packages the library imports (arquero, world-countries, d3-dsv …), bundled apart from it
 * (ES modules with shared chunks), once per set of packages and lock file: they are most of
 * the bytes, and rebuilding them on every save in loaders/ would cost the dev server half a
 * second. Returns the folder; `<folder>/<package>.mjs` re-exports each package.
 */
async function vendorBundle(root, esbuild, specifiers) {
  const dir = vendorDir(root, specifiers);
  if (existsSync(join(dir, "manifest.json"))) return dir;
  const result = await esbuild.build({
    entryPoints: Object.fromEntries([...specifiers].map((s) => [vendorFile(s).replace(/\.mjs$/, ""), s])),
    absWorkingDir: root,
    ...esmOptions(root),
    plugins: plugins(esbuild, []),
  });
  writeFolder(root, result.outputFiles, dir, {packages: [...specifiers].sort()}, (text) => text);
  return dir;
}

/** CommonJS code inside ES modules needs `require`. */
const REQUIRE_SHIM = "import {createRequire as __atlasRequire} from 'node:module'; const require = __atlasRequire(import.meta.url);";

/** What the vendor and the library builds share: ES modules for this Node, with shared chunks, kept in memory. */
function esmOptions(root) {
  return {
    bundle: true,
    splitting: true,
    platform: "node",
    format: "esm",
    target: `node${process.versions.node.split(".")[0]}`,
    outdir: join(bundleRoot(root), "_out"),
    outExtension: {".js": ".mjs"},
    chunkNames: "chunks/[name]-[hash]",
    write: false,
    logLevel: "silent",
    banner: {js: REQUIRE_SHIM},
  };
}

/**
 * Leaves every package the library imports out of its build, marked, and notes which: the
 * imports are pointed at the vendor bundle once the build is done (see {@link vendorBundle}).
 */
function vendorPlugin(specifiers) {
  return {
    name: "atlas-vendor",
    setup(build) {
      build.onStart(() => specifiers.clear());
      build.onResolve({filter: /^[^./]/}, (args) => {
        if (isBuiltin(args.path) || args.path.startsWith(VENDOR)) return undefined;
        specifiers.add(args.path);
        return {path: `${VENDOR}${args.path}`, external: true};
      });
    },
  };
}

/** The options of the library build (ES modules with shared chunks; packages in the vendor bundle). */
function bundleOptions(root, esbuild, specifiers, metaFiles = importMetaFiles(root)) {
  return {
    entryPoints: bundleEntries(root),
    ...esmOptions(root),
    plugins: [vendorPlugin(specifiers), ...plugins(esbuild, metaFiles)],
  };
}

/** Writes output files into `dir`, atomically (a temporary folder, then a rename), each through `edit`. */
function writeFolder(root, files, dir, manifest, edit) {
  const out = join(bundleRoot(root), "_out");
  const tmp = `${dir}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  rmSync(tmp, {recursive: true, force: true});
  for (const file of files) {
    const path = join(tmp, relative(out, file.path));
    mkdirSync(join(path, ".."), {recursive: true});
    writeFileSync(path, edit(file.text));
  }
  writeFileSync(join(tmp, "manifest.json"), JSON.stringify({root, ...manifest, built: new Date().toISOString()}) + "\n");
  try {
    renameSync(tmp, dir);
  } catch {
    // Another process built the same version first: theirs is as good.
    rmSync(tmp, {recursive: true, force: true});
  }
}

/** Writes a library build into `dir`, its package imports pointed at the vendor bundle (built if missing). */
async function writeBundle(root, esbuild, result, specifiers, dir) {
  const vendor = await vendorBundle(root, esbuild, specifiers);
  const marked = new RegExp(`"${VENDOR}([^"]+)"`, "g");
  writeFolder(root, result.outputFiles, dir, {entries: Object.keys(bundleEntries(root)), vendor}, (text) => text.replace(marked, (_, s) => JSON.stringify(pathToFileURL(join(vendor, vendorFile(s))).href)));
  prune(root);
}

/**
 * Removes the bundles built from the project copy at `root` (a temporary copy that is going
 * away: the bench's private tree) from the shared cache of `cacheRoot`'s node_modules.
 * @example removeBundlesOf("/tmp/atlas-bench-tree-x1y2")
 */
export function removeBundlesOf(root, cacheRoot = ROOT) {
  const base = bundleRoot(cacheRoot);
  if (!existsSync(base)) return;
  for (const name of readdirSync(base)) {
    // Vendor bundles are shared by every copy of the project that has the same packages.
    if (name.startsWith("vendor-")) continue;
    try {
      if (JSON.parse(readFileSync(join(base, name, "manifest.json"), "utf8")).root === root) rmSync(join(base, name), {recursive: true, force: true});
    } catch {
      // not a bundle, or being written
    }
  }
}

/**
 * Whether a built library folder can run: its manifest is there, and so is the vendor bundle
 * its modules import (a vendor folder pruned, or removed with a copy of the project, leaves a
 * library folder that would fail at its first import: it is then built again).
 */
function usable(dir) {
  try {
    const {vendor} = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
    return !vendor || existsSync(vendor);
  } catch {
    return false;
  }
}

/** Keeps the most recent bundle folders only. */
function prune(root) {
  const base = bundleRoot(root);
  const folders = (pattern) =>
    readdirSync(base, {withFileTypes: true})
      .filter((e) => e.isDirectory() && pattern.test(e.name))
      .map((e) => ({name: e.name, t: statSync(join(base, e.name)).mtimeMs}))
      .sort((a, b) => b.t - a.t);
  const kept = folders(/^[0-9a-f]{16}$/);
  for (const {name} of kept.slice(KEEP)) rmSync(join(base, name), {recursive: true, force: true});
  // The vendor bundles the kept bundles import, and the newest few besides.
  const used = new Set();
  for (const {name} of kept.slice(0, KEEP)) {
    try {
      used.add(JSON.parse(readFileSync(join(base, name, "manifest.json"), "utf8")).vendor);
    } catch {
      // being written
    }
  }
  for (const [i, {name}] of folders(/^vendor-[0-9a-f]{16}$/).entries()) if (i >= 3 && !used.has(join(base, name))) rmSync(join(base, name), {recursive: true, force: true});
}

/**
 * The bundle of the library as it is now: `{dir, hash}`, with `<dir>/cli/export.mjs`,
 * `<dir>/worker.mjs`, `<dir>/data/interventions.csv.mjs` … Built when missing (about a second,
 * once per version of the library); null when esbuild is not installed or the build fails,
 * and the caller then loads the TypeScript through tsx.
 * @example (await libraryBundle()).dir // "/…/node_modules/.cache/intervention-atlas-bundle/5d41402abc4b2a76"
 */
export async function libraryBundle(root = ROOT, hash = libraryHash(root)) {
  const dir = join(bundleRoot(root), hash);
  if (usable(dir)) return {dir, hash};
  rmSync(dir, {recursive: true, force: true});
  try {
    const esbuild = loadEsbuild(root);
    const specifiers = new Set();
    await writeBundle(root, esbuild, await esbuild.build(bundleOptions(root, esbuild, specifiers)), specifiers, dir);
    return {dir, hash};
  } catch (error) {
    if (process.env.ATLAS_DEBUG) process.stderr.write(`atlas: library bundle not built: ${error?.message ?? error}\n`);
    return null;
  }
}

/**
 * An incremental builder for a long-running process (the dev server): `rebuild()` builds the
 * bundle of the library as it is now, re-reading only the files that changed since the last
 * build (tens of milliseconds), and returns `{dir, hash}` as {@link libraryBundle} does.
 * @example const builder = await bundleBuilder(); const {dir} = await builder.rebuild();
 */
export async function bundleBuilder(root = ROOT) {
  const esbuild = loadEsbuild(root);
  const specifiers = new Set();
  const shape = () => JSON.stringify([bundleEntries(root), importMetaFiles(root)]);
  let options = shape();
  let context = await esbuild.context(bundleOptions(root, esbuild, specifiers));
  return {
    async rebuild() {
      const hash = libraryHash(root);
      const dir = join(bundleRoot(root), hash);
      if (usable(dir)) return {dir, hash};
      rmSync(dir, {recursive: true, force: true});
      // A loader entry point added or removed, or a module that starts reading import.meta:
      // both are part of the build's options.
      const now = shape();
      if (now !== options) {
        await context.dispose();
        options = now;
        context = await esbuild.context(bundleOptions(root, esbuild, specifiers));
      }
      const started = performance.now();
      const result = await context.rebuild();
      const built = performance.now();
      await writeBundle(root, esbuild, result, specifiers, dir);
      if (process.env.ATLAS_DEBUG) process.stderr.write(`atlas: bundle rebuilt in ${(built - started).toFixed(0)} ms, written in ${(performance.now() - built).toFixed(0)} ms\n`);
      return {dir, hash};
    },
    dispose: () => context.dispose(),
  };
}

/**
 * V8 flags a process started from the snapshot runs with (the snapshot is built with them too:
 * Node refuses a snapshot built under other flags). A streamed export keeps little per document
 * (~1–2 bytes per byte of text), but each analysis's medium-lived objects are promoted and die
 * in the old generation, which V8 lets grow to ~2.5× what is live before collecting it (more so
 * from the snapshot's large starting heap), and the young generation grows to 3 × 16 MB over a
 * long run. Growing the old generation by half at most, and the young one to 3 × 8 MB, measured
 * at 100× the seed: peak RSS 190 → 167 MB, ~12 → ~7.5 bytes of RSS per byte of text from 10× to
 * 100×, for ~8 % more time at 100× (more garbage collections), ~2 % at 400×, none on the seed.
 * (Each alone does less: --heap-growing-percent=50 ~10 bytes per byte, +5 %; the young generation
 * alone is worse on both counts.) Fewer short-lived objects per document (phase 2 of issue 13)
 * should let these go.
 *
 * `--no-regexp-tier-up`: V8 compiles each regular expression to native code when it first
 * runs, not to bytecode first and again to native code on its second run. A command starts
 * with no pattern compiled (the snapshot holds none) and runs most of the rule tables' patterns
 * more than once, so it compiled most of them twice; a `/iu` pattern with `\p{L}` classes takes
 * ~0.4 ms on average to compile natively. Measured cold from the snapshot (6 interleaved runs,
 * medians): the export's own time on corpus/dev 1.15 → 0.85 s, on the seed 0.76 → 0.48 s.
 * Matches are the same on either tier.
 * It must be given when the process starts, never set later (`v8.setFlagsFromString`): V8
 * crashes (SIGSEGV) on a long subject for a pattern compiled to bytecode before the switch.
 */
export const SNAPSHOT_FLAGS = ["--heap-growing-percent=50", "--max-semi-space-size=8", "--no-regexp-tier-up"];

/**
 * Real articles the snapshot is warmed on, when they are there (inside the project, committed):
 * the builder runs the export over them before the snapshot is taken, so a command starts with
 * the library's functions compiled to bytecode, their type feedback, and most rule patterns
 * compiled to native code. Node 20's V8 aborts (SIGTRAP, "unreachable code") when it
 * serializes a pattern whose native code is large (it is then kept in the large-object space),
 * so the builder makes the long patterns built with `new RegExp` forget their code first
 * (snapshot-prelude.ts, dropRegExpCode) — those longer than the first of WARM_UP_ATTEMPTS
 * that builds. Measured on the seed (npm run bench, export): the export's own time 0.37–0.44 s
 * → 0.16–0.25 s.
 */
const WARM_UP = ["corpus/dev"];

/**
 * The snapshot builds tried in turn, until one succeeds: warmed up, dropping the code of
 * patterns longer than `drop` characters (1,300 is the longest cut-off that builds with this
 * library on Node 20.20; 1,700 does not), then every pattern built with `new RegExp`, then no
 * warm-up at all (the modules evaluated, nothing run: the snapshot of earlier versions).
 */
const WARM_UP_ATTEMPTS = [
  {warm: true, drop: 1000},
  {warm: true, drop: 0},
  {warm: false, drop: Infinity},
];

/**
 * The fixed name by which loaders/atlas.sh finds the latest snapshot (for this Node version)
 * without starting Node to hash the library; the snapshot then checks that it is current
 * (snapshot.ts), and hands over to launch.mjs when it is not. The name says which flags the
 * snapshot was built with (`native-regexp`: SNAPSHOT_FLAGS with `--no-regexp-tier-up`): a
 * checkout with other flags (another worktree sharing node_modules, an older commit) keeps its
 * own link, where one link would send each to a snapshot that Node refuses, with a message.
 * @example currentSnapshot() // "/…/intervention-atlas-bundle/current-v20.20.2-native-regexp.blob"
 */
export function currentSnapshot(root = ROOT) {
  return join(bundleRoot(root), `current-${process.version}-native-regexp.blob`);
}

/** Points {@link currentSnapshot} at the snapshot of `hash` (a symbolic link, replaced atomically). */
export function pointAt(root, hash) {
  const link = currentSnapshot(root);
  const target = join(hash, "atlas.blob");
  try {
    if (readlinkSync(link) === target) return;
  } catch {
    // no link yet
  }
  const tmp = `${link}.tmp-${process.pid}`;
  try {
    rmSync(tmp, {force: true});
    symlinkSync(target, tmp);
    renameSync(tmp, link);
  } catch {
    rmSync(tmp, {force: true});
  }
}

/**
 * A V8 startup snapshot of the library for the commands (`export`, `eval`): the path of a
 * blob to start Node from (`node --snapshot-blob <blob> export …`), built next to the bundle
 * when missing (a few seconds, once per version of the library). Null when snapshots are
 * turned off (`ATLAS_SNAPSHOT=0`) or this library cannot be snapshotted; the reason is then
 * kept in `<bundle>/snapshot.failed` (launch.mjs says so once on stderr), and the commands run
 * the bundle.
 * @example await librarySnapshot() // "/…/intervention-atlas-bundle/5d41402abc4b2a76/atlas.blob"
 */
export async function librarySnapshot(root = ROOT, hash = libraryHash(root)) {
  if (process.env.ATLAS_SNAPSHOT === "0") return null;
  const dir = join(bundleRoot(root), hash);
  const blob = join(dir, "atlas.blob");
  if (existsSync(blob) && usable(dir)) return pointAt(root, hash), blob;
  if (existsSync(join(dir, "snapshot.failed"))) return null;
  if (!(await libraryBundle(root, hash))) return null;
  const failed = (reason) => {
    writeFileSync(join(dir, "snapshot.failed"), reason + "\n");
    return null;
  };
  try {
    const esbuild = loadEsbuild(root);
    const script = join(dir, "snapshot.cjs");
    // A startup snapshot is built from one CommonJS script (Node cannot snapshot ES modules).
    await esbuild.build({
      entryPoints: [join(root, "loaders/cli/snapshot.ts")],
      bundle: true,
      platform: "node",
      format: "cjs",
      target: `node${process.versions.node.split(".")[0]}`,
      outfile: script,
      logLevel: "silent",
      define: {
        ATLAS_WARM_UP: JSON.stringify(WARM_UP.map((p) => join(root, p)).filter((p) => existsSync(p))),
        ATLAS_SNAPSHOT_OF: JSON.stringify({root, hash, bundle: dir}),
      },
      plugins: plugins(esbuild, importMetaFiles(root)),
    });
    const tmp = `${blob}.tmp-${process.pid}`;
    let run;
    for (const attempt of WARM_UP_ATTEMPTS) {
      const env = {...process.env, NODE_OPTIONS: "", ATLAS_SNAPSHOT_WARM: attempt.warm ? "1" : "0", ATLAS_SNAPSHOT_DROP: String(attempt.drop)};
      run = spawnSync(process.execPath, [...SNAPSHOT_FLAGS, "--snapshot-blob", tmp, "--build-snapshot", script], {cwd: root, encoding: "utf8", env, timeout: 120_000});
      if (run.status === 0 && existsSync(tmp)) {
        // Which build it is, for the tests and anyone wondering why a command starts slower.
        writeFileSync(join(dir, "snapshot.json"), JSON.stringify({warm: attempt.warm, drop: String(attempt.drop)}) + "\n");
        break;
      }
      rmSync(tmp, {force: true});
    }
    if (run.status !== 0 || !existsSync(tmp)) {
      rmSync(tmp, {force: true});
      return failed(`node --build-snapshot exited with ${run.status ?? run.signal}: ${(run.stderr || run.stdout || "").trim().split("\n").filter((l) => !/^\s*(?:\d+: 0x|#|$)/.test(l)).slice(0, 6).join(" | ")}`);
    }
    renameSync(tmp, blob);
    pointAt(root, hash);
    return blob;
  } catch (error) {
    return failed(String(error?.message ?? error));
  }
}
