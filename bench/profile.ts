/**
 * Where the pipeline's time goes: a V8 CPU profile of one export-like run, every sample
 * charged to the nearest library function on its stack (so a regular expression's time
 * counts for the pass that ran it), summed per file and per function.
 */
import {mkdtempSync, readdirSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {runChild} from "./util.ts";

interface ProfileNode {
  id: number;
  callFrame: {functionName: string; url: string; lineNumber: number};
  children?: number[];
}

/** A hot spot: a library file (or function) and its share of the profiled run. */
export interface HotSpot {
  name: string;
  ms: number;
  share: number;
}

/**
 * Profiles `bench/memory.ts --dir DIR` (read, pipeline, export) and returns the time spent
 * per library file and per function, largest first. Samples outside the library (module
 * loading, garbage collection, idle) are summed under `(outside loaders/)`.
 */
export function hotSpots(dir: string, top = 12): {files: HotSpot[]; functions: HotSpot[]; totalMs: number} {
  const out = mkdtempSync(join(tmpdir(), "atlas-bench-prof-"));
  try {
    runChild("memory.ts", ["--dir", dir], ["--cpu-prof", `--cpu-prof-dir=${out}`, "--cpu-prof-interval=250"]);
    // One profile per thread: the main thread's is the one that ran library code (the
    // other is tsx's module-loader thread).
    const files = readdirSync(out).filter((f) => f.endsWith(".cpuprofile"));
    const profiles = files.map((f) => JSON.parse(readFileSync(join(out, f), "utf8")) as {nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]});
    const library = (p: {nodes: ProfileNode[]}) => p.nodes.filter((n) => /\/loaders\//.test(n.callFrame.url)).length;
    const profile = profiles.sort((a, b) => library(b) - library(a))[0];
    return summarise(profile, top);
  } finally {
    rmSync(out, {recursive: true, force: true});
  }
}

/** Charges a CPU profile's samples to library files and functions (see hotSpots). */
export function summarise(profile: {nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]}, top: number) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const libraryFrame = new Map<number, ProfileNode | null>();
  const owner = (id: number): ProfileNode | null => {
    if (libraryFrame.has(id)) return libraryFrame.get(id)!;
    const n = byId.get(id)!;
    const p = parent.get(id);
    const found = /\/loaders\//.test(n.callFrame.url) ? n : p === undefined ? null : owner(p);
    libraryFrame.set(id, found);
    return found;
  };
  const perFile = new Map<string, number>();
  const perFunction = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    const leaf = byId.get(profile.samples[i])!;
    if (leaf.callFrame.functionName === "(idle)") continue;
    total += dt;
    const n = owner(profile.samples[i]);
    const file = n ? n.callFrame.url.replace(/^.*?\/(loaders\/)/, "$1") : "(outside loaders/)";
    perFile.set(file, (perFile.get(file) ?? 0) + dt);
    if (n) {
      const fn = `${file} ${n.callFrame.functionName || "(module)"}`;
      perFunction.set(fn, (perFunction.get(fn) ?? 0) + dt);
    }
  }
  const list = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({name, ms: Math.round(ms), share: +(ms / total).toFixed(3)}));
  return {files: list(perFile), functions: list(perFunction), totalMs: Math.round(total)};
}
