/**
 * `npm run bench`: how fast the atlas is on every path a person waits for, on this machine.
 *
 *   throughput  the whole pipeline (runPipeline + metrics), one thread, on the seed corpus
 *               and on synthetic corpora of 10× and 100× its size; scaling ratio
 *   memory      peak RSS of an export at 1×, 10×, 100×; the corpus size that fits in 1 GiB
 *   profile     where the pipeline's time goes, per library file (a CPU profile at 10×)
 *   export      `npm run export` of the seed corpus, cold (a new process each time)
 *   parallel    the export at 100× on 1 thread and on 2: speed-up, identical output
 *   build       `npm run build` from clean, and again after editing one loader module
 *   tweak       the preview's tweak loop: save in loaders/ → updated CSV served
 *   pages       gzipped JS and CSS per page, time to the first chart in headless Chromium
 *
 * Prints a table (metric, value, target, pass/fail) and writes bench/results.json.
 * Options: --only a,b  --skip a,b (section names above).
 * Synthetic corpora go to bench/corpus/ (gitignored); the build, preview and pages run in
 * a private copy of the working tree, so the bench never disturbs anyone's dist/ or cache.
 */
import {spawnSync} from "node:child_process";
import {mkdtempSync, readdirSync, rmSync, writeFileSync} from "node:fs";
import {availableParallelism, cpus, loadavg, platform, release, tmpdir, totalmem} from "node:os";
import {join, resolve} from "node:path";
import {Worker} from "node:worker_threads";
import {readCorpus} from "../loaders/io/corpus.ts";
import {hotSpots} from "./profile.ts";
import {appendComment, measurePages, PROBE, privateTree, removeTree, timeBuild, timeTweakLoop, type PageWeight} from "./site.ts";
import {CORPORA, corpusBytes, DATA, median, ROOT, runChild, runChildAsync, since, syntheticCorpus, timeCommand} from "./util.ts";

const SECTIONS = ["throughput", "memory", "profile", "export", "parallel", "build", "tweak", "pages"] as const;
type Section = (typeof SECTIONS)[number];

function selected(): Set<Section> {
  const list = (flag: string) => {
    const i = process.argv.indexOf(flag);
    return i === -1 ? null : (process.argv[i + 1] ?? "").split(",").filter(Boolean);
  };
  const only = list("--only");
  const skip = list("--skip") ?? [];
  for (const name of [...(only ?? []), ...skip]) {
    if (!SECTIONS.includes(name as Section)) throw new Error(`unknown section "${name}"; sections: ${SECTIONS.join(", ")}`);
  }
  return new Set(SECTIONS.filter((s) => (only ? only.includes(s) : true) && !skip.includes(s)));
}

/** One line of the table. `pass` is null where the issue sets no target. */
interface Row {
  section: Section;
  metric: string;
  value: string;
  target: string;
  pass: boolean | null;
}

const rows: Row[] = [];
const data: Record<string, unknown> = {};
const errors: Record<string, string> = {};
const MB = 1e6;
const MiB = 2 ** 20;
const fmt = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : "n/a");

function row(section: Section, metric: string, value: string, target = "—", pass: boolean | null = null) {
  rows.push({section, metric, value, target, pass});
}

/** Runs a section; a failure becomes a FAIL row with the reason, and the bench goes on. */
async function section(name: Section, run: () => unknown | Promise<unknown>) {
  if (!wanted.has(name)) return;
  const start = performance.now();
  process.stderr.write(`bench: ${name}…\n`);
  try {
    await run();
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    errors[name] = message;
    row(name, `${name}: could not be measured`, message.split("\n")[0].slice(0, 160), "runs", false);
    process.stderr.write(`bench: ${name} failed: ${message}\n`);
  }
  process.stderr.write(`bench: ${name} done in ${fmt(since(start), 1)} s\n`);
}

const wanted = selected();
const benchStart = performance.now();
const seed = readCorpus(DATA);
const seedBytes = seed.reduce((n, s) => n + s.bytes.length, 0);
const corpus = new Map<number, string>();
/** The synthetic corpus of `copies` × data/, made once per bench run. */
const copiesOf = (copies: number) => corpus.get(copies) ?? corpus.set(copies, syntheticCorpus(copies)).get(copies)!;
const label = (copies: number) => (copies === 1 ? `seed corpus (${fmt(seedBytes / MB, 3)} MB, ${seed.length} docs)` : `${copies}× corpus (${fmt((seedBytes * copies) / MB, 1)} MB)`);
const tsxCli = resolve(ROOT, "node_modules/.bin/tsx");
const exportCli = resolve(ROOT, "loaders/cli/export.ts");

data.machine = {
  cpus: cpus().length,
  availableParallelism: availableParallelism(),
  cpu: cpus()[0]?.model ?? "unknown",
  memoryGiB: +(totalmem() / 2 ** 30).toFixed(1),
  node: process.version,
  platform: `${platform()} ${release()}`,
  loadAverageAtStart: loadavg().map((x) => +x.toFixed(2)),
  commit: spawnSync("git", ["rev-parse", "--short", "HEAD"], {cwd: ROOT, encoding: "utf8"}).stdout?.trim() || null,
  uncommittedChanges: (spawnSync("git", ["status", "--porcelain"], {cwd: ROOT, encoding: "utf8"}).stdout ?? "").trim().split("\n").filter(Boolean).length,
};

interface Throughput {
  dir: string;
  documents: number;
  bytes: number;
  seconds: number[];
  median: number;
}

await section("throughput", () => {
  const sizes = [1, 10, 100];
  const dirs = sizes.map((n) => (n === 1 ? DATA : copiesOf(n)));
  const results = runChild<Throughput[]>("throughput.ts", ["--dirs", dirs.join(","), "--runs", "15,9,5", "--budget", "25"], ["--expose-gc"]);
  const out = results.map((r, k) => ({copies: sizes[k], documents: r.documents, bytes: r.bytes, runs: r.seconds.length, seconds: r.seconds, median: r.median, mbPerSecond: r.bytes / MB / r.median}));
  data.throughput = out;
  for (const r of out) {
    row("throughput", `Pipeline throughput, 1 thread, ${label(r.copies)}`, `${fmt(r.mbPerSecond)} MB/s (${fmt(r.median * 1000, 0)} ms, median of ${r.runs})`, "≥ 10 MB/s", r.mbPerSecond >= 10);
  }
  const [one, , hundred] = out;
  // Per byte, so that the ratio is exact even if a copy were not exactly 100× the bytes.
  const scaling = hundred.median / hundred.bytes / (one.median / one.bytes);
  data.scaling = scaling;
  row("throughput", "Scaling: t(100×) / (100 × t(1×))", fmt(scaling), "≤ 1.2", scaling <= 1.2);
});

interface Memory {
  documents: number;
  bytes: number;
  seconds: number;
  baseRss: number;
  peakRss: number;
}

await section("memory", () => {
  const points = [1, 10, 100].map((copies) => ({copies, ...runChild<Memory>("memory.ts", ["--dir", copies === 1 ? DATA : copiesOf(copies)])}));
  const [, ten, hundred] = points;
  // Resident memory grows linearly with the corpus (every analysis is kept for the tables):
  // fit the line through 10× and 100× and extend it to 1 GiB.
  const perByte = (hundred.peakRss - ten.peakRss) / (hundred.bytes - ten.bytes);
  const fits = perByte > 0 ? hundred.bytes + (2 ** 30 - hundred.peakRss) / perByte : Infinity;
  data.memory = {points, rssPerDocumentByte: perByte, fitsIn1GiBBytes: fits};
  row("memory", `Peak RSS, export of the ${label(100)}`, `${fmt(hundred.peakRss / MiB, 0)} MiB (${fmt(hundred.baseRss / MiB, 0)} MiB before any document)`);
  row("memory", "Corpus that fits in 1 GiB RSS (export, 1 thread)", `≈ ${fmt(fits / MB, 0)} MB of text (${fmt(perByte, 1)} bytes of RSS per byte; linear fit 10×→100×)`);
});

await section("profile", () => {
  const spots = hotSpots(copiesOf(100), 12);
  data.profile = spots;
  for (const f of spots.files.slice(0, 6)) {
    const what = f.name.startsWith("loaders/") ? f.name : "outside the library (start-up, module loading, GC)";
    row("profile", `Time in ${what} (CPU profile of one export, 100×)`, `${fmt(f.share * 100, 0)} % (${f.ms} ms)`);
  }
  const top = spots.functions[0];
  if (top) row("profile", "Hottest function", `${top.name}: ${fmt(top.share * 100, 0)} %`);
});

/** One cold export (a new process, as `npm run export` starts): wall and CPU seconds. */
function coldExport(dir: string, out: string, threads?: number): {seconds: number; cpu: number | null} {
  const args = [exportCli, "--data", dir, "--out", out, "--quiet", ...(threads ? ["--threads", String(threads)] : [])];
  const {seconds, cpu} = timeCommand(tsxCli, args);
  return {seconds, cpu};
}

const cpuNote = (cpu: (number | null)[]) => (cpu.every((c) => c !== null) ? `, CPU ${fmt(median(cpu as number[]))} s` : "");

await section("export", () => {
  const out = mkdtempSync(join(tmpdir(), "atlas-bench-export-"));
  try {
    const runs = Array.from({length: 5}, () => coldExport(DATA, out));
    const seconds = runs.map((r) => r.seconds);
    const files = readdirSync(out).length;
    data.export = {runs, median: median(seconds), files};
    row("export", `npm run export, ${label(1)}, cold process`, `${fmt(median(seconds))} s (${files} files; median of ${seconds.length}${cpuNote(runs.map((r) => r.cpu))})`);
  } finally {
    rmSync(out, {recursive: true, force: true});
  }
});

/**
 * How much two threads get done, right now, compared with one: the same busy loop alone,
 * then on two worker threads at once. 2.0 on two idle cores; less when other processes
 * compete for them. The export's speed-up cannot exceed it.
 */
async function parallelCapacity(): Promise<number> {
  const loop = "let x = 0; for (let i = 0; i < 2e8; i++) x = (x + i) % 1000003; require('node:worker_threads').parentPort.postMessage(x);";
  const run = (n: number) => {
    const start = performance.now();
    return Promise.all(Array.from({length: n}, () => new Promise((done, fail) => new Worker(loop, {eval: true}).once("message", done).once("error", fail)))).then(() => performance.now() - start);
  };
  await run(1); // warm
  const one = median([await run(1), await run(1), await run(1)]);
  const two = median([await run(2), await run(2), await run(2)]);
  return (2 * one) / two;
}

/**
 * The same for the real work: the pipeline on the 10× corpus in one process, then in two
 * processes at once (no threads, no messages between them). Below 2.0 when the cores share
 * caches and memory bandwidth, or other processes compete; the export's speed-up is bound
 * by it.
 */
async function pipelineCapacity(): Promise<number> {
  const args = ["--dirs", `${DATA},${copiesOf(10)}`, "--runs", "3,7", "--budget", "10"];
  const time = (r: Throughput[]) => r[1].median;
  const alone = time(await runChildAsync<Throughput[]>("throughput.ts", args, ["--expose-gc"]));
  const both = await Promise.all([0, 1].map(() => runChildAsync<Throughput[]>("throughput.ts", args, ["--expose-gc"])));
  return (2 * alone) / median(both.map(time));
}

await section("parallel", async () => {
  const capacity = await parallelCapacity();
  const pipeline = await pipelineCapacity();
  row("parallel", "Parallel capacity now: 2 busy-loop threads vs 1", `${fmt(capacity)}× (load average ${loadavg()[0].toFixed(2)})`);
  row("parallel", "Parallel capacity now: 2 pipeline processes at once vs 1 (10×)", `${fmt(pipeline)}× (the bound for the speed-up below)`);
  const out: Record<string, unknown>[] = [{capacity, pipelineCapacity: pipeline}];
  for (const copies of [100, 400]) {
    const dir = copiesOf(copies);
    const a = mkdtempSync(join(tmpdir(), "atlas-bench-t1-"));
    const b = mkdtempSync(join(tmpdir(), "atlas-bench-t2-"));
    try {
      const one: {seconds: number; cpu: number | null}[] = [];
      const two: {seconds: number; cpu: number | null}[] = [];
      const wall = (xs: typeof one) => median(xs.map((x) => x.seconds));
      const budget = performance.now() + 60_000;
      // Alternate, so that both see the same machine; two pairs, a third if time allows.
      for (let i = 0; i < 3 && (i < 2 || performance.now() + (wall(one) + wall(two)) * 1000 < budget); i++) {
        one.push(coldExport(dir, a, 1));
        two.push(coldExport(dir, b, 2));
      }
      const files = readdirSync(a);
      const identical = files.length === readdirSync(b).length && files.every((f) => spawnSync("cmp", ["-s", join(a, f), join(b, f)]).status === 0);
      const speedup = wall(one) / wall(two);
      out.push({copies, corpusBytes: corpusBytes(dir), oneThread: one, twoThreads: two, speedup, identical});
      row("parallel", `npm run export, ${label(copies)}, --threads 1`, `${fmt(wall(one))} s (median of ${one.length}${cpuNote(one.map((x) => x.cpu))})`);
      row("parallel", `npm run export, ${label(copies)}, --threads 2`, `${fmt(wall(two))} s (median of ${two.length}${cpuNote(two.map((x) => x.cpu))})`);
      row("parallel", `Speed-up of 2 threads on ${data.machine && (data.machine as {cpus: number}).cpus} cores, ${copies}×`, `${fmt(speedup)}×`, "> 1", speedup > 1);
      row("parallel", `Output of 2 threads byte-identical to 1 thread, ${copies}×`, identical ? `yes (${files.length} files)` : "NO", "yes", identical);
    } finally {
      rmSync(a, {recursive: true, force: true});
      rmSync(b, {recursive: true, force: true});
    }
  }
  data.parallel = out;
});

let tree: string | undefined;
const needTree = ["build", "tweak", "pages"].some((s) => wanted.has(s as Section));
if (needTree) tree = privateTree();
let built = false;

try {
  await section("build", () => {
    const clean = timeBuild(tree!);
    built = true;
    const restore = appendComment(join(tree!, PROBE));
    let rebuild: number;
    try {
      rebuild = timeBuild(tree!);
    } finally {
      restore();
    }
    data.build = {clean, rebuildAfterLoaderEdit: rebuild};
    row("build", "npm run build, from clean", `${fmt(clean, 1)} s`, "< 20 s", clean < 20);
    row("build", `npm run build after editing one loader module (${PROBE})`, `${fmt(rebuild, 1)} s (the build always empties the loader cache)`, "< 20 s", rebuild < 20);
  });

  await section("tweak", async () => {
    const {seconds, first} = await timeTweakLoop(tree!, 5);
    const m = median(seconds);
    data.tweak = {seconds, median: m, firstRequest: first, probe: PROBE};
    row("tweak", "Tweak loop: save in loaders/ → updated interventions.csv served by npm run dev", `${fmt(m)} s (median of ${seconds.length}; range ${fmt(Math.min(...seconds))}–${fmt(Math.max(...seconds))})`, "< 1 s", m < 1);
  });

  await section("pages", async () => {
    if (!built) timeBuild(tree!);
    const pages: PageWeight[] = await measurePages(join(tree!, "dist"), 3);
    data.pages = pages;
    for (const p of pages) {
      const overview = p.page === "/";
      row("pages", `Page ${p.page}: JavaScript loaded, gzip`, `${fmt(p.jsGzipLoaded / 1000, 1)} kB (${p.jsFiles} files)`, overview ? "≤ 250 kB" : "—", overview ? p.jsGzipLoaded <= 250_000 : null);
      row("pages", `Page ${p.page}: CSS, gzip`, `${fmt(p.cssGzip / 1000, 1)} kB`);
      const chart = p.firstChart === null ? "no chart drawn" : `${fmt(p.firstChart, 0)} ms (median of ${p.firstChartRuns.length})`;
      row("pages", `Page ${p.page}: first chart drawn (headless Chromium)`, chart, overview ? "< 1000 ms" : "—", overview ? p.firstChart !== null && p.firstChart < 1000 : null);
    }
  });
} finally {
  if (tree) removeTree(tree);
  rmSync(CORPORA, {recursive: true, force: true});
}

// ---- report ---------------------------------------------------------------------------
const duration = since(benchStart);
(data.machine as Record<string, unknown>).loadAverageAtEnd = loadavg().map((x) => +x.toFixed(2));
const verdict = (r: Row) => (r.pass === null ? "—" : r.pass ? "PASS" : "FAIL");
const header = ["metric", "value", "target", "result"];
const cells = rows.map((r) => [r.metric, r.value, r.target, verdict(r)]);
const width = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(width[i])).join(" | ")} |`;
const machine = data.machine as {cpus: number; cpu: string; node: string; loadAverageAtStart: number[]; loadAverageAtEnd: number[]; commit: string | null};
process.stdout.write(
  [
    "",
    `npm run bench — ${machine.cpus} cores (${machine.cpu}), Node ${machine.node}, commit ${machine.commit ?? "?"}; load average ${machine.loadAverageAtStart[0]} → ${machine.loadAverageAtEnd[0]}; ${fmt(duration, 0)} s`,
    "",
    line(header),
    `|${width.map((w) => "-".repeat(w + 2)).join("|")}|`,
    ...cells.map(line),
    "",
  ].join("\n"),
);

const {machine: _, ...measured} = data;
const results = {date: new Date().toISOString(), durationSeconds: +duration.toFixed(1), machine: data.machine, sections: [...wanted], rows, errors, ...measured};
// Only a full run replaces bench/results.json; a partial one (--only, --skip) goes to tmp.
const full = wanted.size === SECTIONS.length;
const target = full ? resolve(ROOT, "bench/results.json") : join(tmpdir(), "atlas-bench-results.json");
writeFileSync(target, JSON.stringify(results, null, 2) + "\n");
process.stdout.write(`${full ? "bench/results.json" : `partial run: ${target}`} written\n`);
process.exitCode = Object.keys(errors).length ? 1 : 0;
