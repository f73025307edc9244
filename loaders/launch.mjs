#!/usr/bin/env node
/**
 * Starts an atlas command or a data loader from the library's bundle (bundle.mjs), so that
 * no TypeScript is compiled when a person runs something:
 *
 *   node loaders/launch.mjs export [args…]            npm run export (through atlas.sh)
 *   node loaders/launch.mjs eval [args…]              npm run eval (through atlas.sh)
 *   node loaders/launch.mjs src/data/x.csv.ts [args…]  Framework's interpreter for .ts loaders
 *   node loaders/launch.mjs --prepare                 build the bundle and the snapshot now
 *
 * A command runs from the library's startup snapshot when there is one for this version of the
 * library (a second Node process, started with `--snapshot-blob`: its modules are evaluated
 * already), else from the bundle in this process. After a change to the library, the first
 * command builds the bundle (about a second) and runs from it, and builds the snapshot in the
 * background for the next ones. Without esbuild, everything runs through tsx as before.
 *
 * Plain JavaScript, and it imports nothing of the library itself: this file is what starts.
 */
import {spawn, spawnSync} from "node:child_process";
import {existsSync, mkdirSync, rmSync, statSync, writeFileSync} from "node:fs";
import {join, relative, resolve} from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";
import {bundleRoot, libraryBundle, libraryHash, librarySnapshot, pointAt, ROOT, SNAPSHOT_FLAGS} from "./bundle.mjs";

/** Commands, by name: their entry in the bundle and their TypeScript script. */
const COMMANDS = {
  export: {entry: "cli/export", script: "loaders/cli/export.ts"},
  eval: {entry: "cli/eval", script: "loaders/cli/eval.ts"},
};

/** Runs a module as the process's main script: `process.argv` as if `node <file> …args` had started it. */
async function runAs(file, args, bundleDir) {
  if (bundleDir) process.env.ATLAS_BUNDLE = bundleDir;
  process.argv = [process.argv[0], file, ...args];
  await import(pathToFileURL(file).href);
}

/** Runs a TypeScript file through tsx (no bundle: esbuild missing or the build failed). */
async function runThroughTsx(file, args) {
  const {register} = await import("tsx/esm/api");
  register();
  await runAs(file, args);
}

/**
 * Builds the snapshot of this library version in a detached process, once (a folder lock),
 * so that the command that found none runs at once from the bundle.
 */
function buildSnapshotInBackground(hash) {
  const lock = join(bundleRoot(), hash, "snapshot.building");
  try {
    if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 300_000) rmSync(lock, {recursive: true, force: true});
    mkdirSync(lock);
  } catch {
    return; // being built
  }
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), "--snapshot", hash], {cwd: ROOT, detached: true, stdio: "ignore", env: {...process.env, ATLAS_SNAPSHOT_LOCK: lock}});
  child.unref();
}

/** Says once per library version why there is no snapshot (the reason is in `snapshot.failed`). */
function reportNoSnapshot(hash) {
  const dir = join(bundleRoot(), hash);
  if (!existsSync(join(dir, "snapshot.failed")) || existsSync(join(dir, "snapshot.reported"))) return;
  writeFileSync(join(dir, "snapshot.reported"), "");
  process.stderr.write(`atlas: no startup snapshot for this version of the library (see ${join(dir, "snapshot.failed")}); commands run from the plain bundle\n`);
}

/** Node's exit code when it cannot start from a snapshot blob. */
const SNAPSHOT_FAILURE = 14;

/**
 * Whether a command may start from the snapshot: not when turned off (`ATLAS_SNAPSHOT=0`), and
 * not under V8 flags (`--max-old-space-size`, in argv or NODE_OPTIONS), which Node refuses to
 * combine with a snapshot built without them. Profiling flags are fine.
 */
function snapshotUsable() {
  if (process.env.ATLAS_SNAPSHOT === "0" || process.env.NODE_OPTIONS?.trim()) return false;
  return process.execArgv.every((flag) => /^--(?:cpu-prof|heap-prof|enable-source-maps|trace-warnings|no-warnings)/.test(flag));
}

/** Runs a command (`export`, `eval`): from the snapshot, else the bundle, else tsx. */
async function runCommand(name, args) {
  const command = COMMANDS[name];
  const hash = libraryHash();
  const dir = join(bundleRoot(), hash);
  const blob = join(dir, "atlas.blob");
  if (snapshotUsable() && existsSync(blob)) {
    // The next `npm run export` finds it without this process (atlas.sh).
    pointAt(ROOT, hash);
    // Flags given to this process (--cpu-prof …) go to the command's.
    const run = spawnSync(process.execPath, [...SNAPSHOT_FLAGS, ...process.execArgv, "--snapshot-blob", blob, name, ...args], {stdio: "inherit", env: {...process.env, ATLAS_BUNDLE: dir}});
    if (run.error) throw run.error;
    if (run.signal) process.kill(process.pid, run.signal);
    // 14: Node could not start from the snapshot (nothing of the command has run): run the bundle.
    if (run.status !== SNAPSHOT_FAILURE) {
      process.exitCode = run.status ?? 1;
      return;
    }
    process.stderr.write("atlas: running the command from the plain bundle instead\n");
  }
  const bundle = await libraryBundle(ROOT, hash);
  if (!bundle) return runThroughTsx(join(ROOT, command.script), args);
  if (snapshotUsable()) {
    if (existsSync(join(dir, "snapshot.failed"))) reportNoSnapshot(hash);
    else if (!existsSync(blob)) buildSnapshotInBackground(hash);
  }
  await runAs(join(bundle.dir, `${command.entry}.mjs`), args, bundle.dir);
}

/** Runs a data loader's entry point (`src/data/x.csv.ts`) from the bundle, else through tsx. */
async function runLoader(file, args) {
  const path = resolve(file);
  const rel = relative(join(ROOT, "src/data"), path);
  const bundle = /^[^/\\]+\.ts$/.test(rel) ? await libraryBundle() : null;
  const built = bundle && join(bundle.dir, "data", rel.replace(/\.ts$/, ".mjs"));
  if (built && existsSync(built)) return runAs(built, args, bundle.dir);
  return runThroughTsx(path, args);
}

const [target, ...args] = process.argv.slice(2);
if (target === "--snapshot") {
  // The background build (buildSnapshotInBackground): the blob, or snapshot.failed.
  try {
    await librarySnapshot(ROOT, args[0]);
  } finally {
    if (process.env.ATLAS_SNAPSHOT_LOCK) rmSync(process.env.ATLAS_SNAPSHOT_LOCK, {recursive: true, force: true});
  }
} else if (target === "--prepare") {
  const hash = libraryHash();
  const bundle = await libraryBundle(ROOT, hash);
  const blob = bundle && process.env.ATLAS_SNAPSHOT !== "0" ? await librarySnapshot(ROOT, hash) : null;
  process.stdout.write(`${JSON.stringify({hash, bundle: bundle?.dir ?? null, snapshot: blob})}\n`);
} else if (target in COMMANDS) {
  await runCommand(target, args);
} else if (target?.endsWith(".ts")) {
  await runLoader(target, args);
} else {
  process.stderr.write(`Usage: node loaders/launch.mjs <${Object.keys(COMMANDS).join("|")}> [args…] | <src/data/file.ts> [args…] | --prepare\n`);
  process.exitCode = 2;
}
