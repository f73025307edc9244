/**
 * Small helpers shared by the bench: statistics, child processes, synthetic corpora.
 */
import {spawn, spawnSync, type SpawnSyncReturns} from "node:child_process";
import {copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync} from "node:fs";
import {join, resolve} from "node:path";
import {DOCUMENT_FILE} from "../loaders/io/corpus.ts";
import {slugOf} from "../loaders/parse/document.ts";
import {ROOT} from "../loaders/io/paths.ts";

export {ROOT};
export const DATA = resolve(ROOT, "data");
export const CORPORA = resolve(ROOT, "bench/corpus");

/**
 * Median of a list of numbers.
 * @example median([3, 1, 2]) // 2
 */
export function median(xs: readonly number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Seconds since `start` (a `performance.now()` reading). */
export function since(start: number): number {
  return (performance.now() - start) / 1000;
}

/** Bytes of the documents in a folder (the `.txt` files the pipeline reads). */
export function corpusBytes(dir: string): number {
  let bytes = 0;
  for (const f of readdirSync(dir)) if (DOCUMENT_FILE.test(f)) bytes += statSync(join(dir, f)).size;
  return bytes;
}

/**
 * A synthetic corpus of `copies` × the seed documents in `bench/corpus/x<copies>/`: every
 * document (and its `.meta.json` sidecar) copied under new names. Rebuilt on every call, so
 * it always matches data/; the folder is gitignored.
 */
export function syntheticCorpus(copies: number): string {
  const dir = join(CORPORA, `x${copies}`);
  rmSync(dir, {recursive: true, force: true});
  mkdirSync(dir, {recursive: true});
  const docs = readdirSync(DATA).filter((f) => DOCUMENT_FILE.test(f) && !f.startsWith("."));
  for (let k = 1; k <= copies; k++) {
    const tag = String(k).padStart(4, "0");
    for (const file of docs) {
      const slug = slugOf(file);
      const copy = `${slug}-copy${tag}`;
      copyFileSync(join(DATA, file), join(dir, `${copy}${file.slice(slug.length)}`));
      const sidecar = join(DATA, `${slug}.meta.json`);
      if (existsSync(sidecar)) copyFileSync(sidecar, join(dir, `${copy}.meta.json`));
    }
  }
  return dir;
}

/** Node with tsx loaded in-process (one process, unlike the `tsx` CLI, which spawns a second). */
export const NODE_TSX = [process.execPath, "--import", "tsx"] as const;

/**
 * Runs a bench child script (`bench/<name>.ts`) with Node + tsx and parses the JSON it
 * prints on its last stdout line. Throws with the child's stderr on failure.
 */
export function runChild<T>(script: string, args: string[] = [], nodeFlags: string[] = []): T {
  const [node, ...tsx] = NODE_TSX;
  const run = spawnSync(node, [...nodeFlags, ...tsx, resolve(ROOT, "bench", script), ...args], {cwd: ROOT, encoding: "utf8", maxBuffer: 64 << 20});
  if (run.status !== 0) throw new Error(`bench/${script} ${args.join(" ")} failed (${run.status ?? run.signal}): ${tail(run.stderr)}`);
  const last = run.stdout.trim().split("\n").pop() ?? "";
  return JSON.parse(last) as T;
}

/** {@link runChild}, without blocking: several children can run at once. */
export function runChildAsync<T>(script: string, args: string[] = [], nodeFlags: string[] = []): Promise<T> {
  const [node, ...tsx] = NODE_TSX;
  return new Promise((done, fail) => {
    const child = spawn(node, [...nodeFlags, ...tsx, resolve(ROOT, "bench", script), ...args], {cwd: ROOT, stdio: ["ignore", "pipe", "pipe"]});
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", fail);
    child.on("close", (code) => {
      if (code !== 0) fail(new Error(`bench/${script} ${args.join(" ")} failed (${code}): ${tail(stderr)}`));
      else done(JSON.parse(stdout.trim().split("\n").pop() ?? "") as T);
    });
  });
}

/** The last lines of a process's output, for an error message. */
export function tail(text: string | undefined, lines = 12): string {
  return (text ?? "").trim().split("\n").slice(-lines).join("\n");
}

/**
 * CPU seconds (user + system) used so far by this process's finished children and their
 * descendants (Linux: /proc/self/stat); null elsewhere.
 */
export function childCpuSeconds(): number | null {
  try {
    const fields = readFileSync("/proc/self/stat", "utf8").replace(/^.*\) /, "").split(" ");
    // After the command name: state is field 3, cutime and cstime are fields 16 and 17.
    return (Number(fields[16 - 3]) + Number(fields[17 - 3])) / 100;
  } catch {
    return null;
  }
}

/** Times a command: wall clock and CPU (all its processes) in seconds; fails loudly. */
export function timeCommand(command: string, args: string[], env: NodeJS.ProcessEnv = {}): {seconds: number; cpu: number | null; run: SpawnSyncReturns<string>} {
  const cpu0 = childCpuSeconds();
  const start = performance.now();
  const run = spawnSync(command, args, {cwd: ROOT, encoding: "utf8", env: {...process.env, ...env}, maxBuffer: 64 << 20});
  const seconds = since(start);
  const cpu1 = childCpuSeconds();
  if (run.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${run.status ?? run.signal}): ${tail(run.stderr || run.stdout)}`);
  return {seconds, cpu: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0, run};
}

