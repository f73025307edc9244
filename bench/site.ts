/**
 * The paths a person waits for outside the library: the build, the tweak loop in the
 * preview, and the pages in a browser.
 *
 * They run in a private copy of the working tree (node_modules linked, not copied), so
 * that the bench never races anyone's `npm run build`, preview or tests over `dist/` and
 * the loader cache, and never edits the real `loaders/`.
 */
import {spawn, spawnSync} from "node:child_process";
import {cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from "node:fs";
import {createServer} from "node:net";
import {tmpdir} from "node:os";
import {dirname, join, relative, resolve} from "node:path";
import {gzipSync} from "node:zlib";
import {removeBundlesOf} from "../loaders/bundle.mjs";
import {launchBrowser, serveDist} from "../tests/browser/site.ts";
import {median, ROOT, since, tail} from "./util.ts";

/** Top-level folders and files never copied: installed, generated or private. */
const SKIP = new Set(["node_modules", ".git", "dist", "out", "bench/corpus", "scratch", "test-results", "src/.observablehq/cache"]);

/**
 * Copies the working tree (as it is now, uncommitted edits included) to a temporary folder
 * and links node_modules into it; with `devArticles`, the development corpus
 * (corpus/dev/*.txt and their sidecars) is copied into its data/ as well. Returns its path;
 * remove it with {@link removeTree}.
 */
export function privateTree({devArticles = false}: {devArticles?: boolean} = {}): string {
  const tree = mkdtempSync(join(tmpdir(), "atlas-bench-tree-"));
  cpSync(ROOT, tree, {
    recursive: true,
    filter: (src) => {
      const rel = relative(ROOT, src).split("\\").join("/");
      return !SKIP.has(rel) && !/(^|\/)\.observablehq\/cache$/.test(rel) && !/\.tmp-\d+$/.test(rel);
    },
  });
  symlinkSync(resolve(ROOT, "node_modules"), join(tree, "node_modules"), "dir");
  // Framework's bundles of node_modules packages (src/.observablehq/cache/_node) follow
  // node_modules, which is linked too; the build keeps them (scripts/build.ts).
  const npmBundles = resolve(ROOT, "src/.observablehq/cache/_node");
  if (existsSync(npmBundles)) cpSync(npmBundles, join(tree, "src/.observablehq/cache/_node"), {recursive: true});
  if (devArticles) {
    for (const f of readdirSync(resolve(ROOT, "corpus/dev")).filter((f) => /\.(?:txt|meta\.json)$/.test(f))) cpSync(resolve(ROOT, "corpus/dev", f), join(tree, "data", f));
  }
  return tree;
}

/** Removes a tree made by {@link privateTree}, and the library bundles built from it into the shared node_modules. */
export function removeTree(tree: string): void {
  if (!tree.startsWith(tmpdir())) return;
  removeBundlesOf(tree);
  rmSync(tree, {recursive: true, force: true});
}

const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

/** `npm run build` in `tree`; seconds, or throws with the build's output. */
export function timeBuild(tree: string): number {
  const start = performance.now();
  const run = spawnSync(NPM, ["run", "build"], {cwd: tree, encoding: "utf8", env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true"}, maxBuffer: 64 << 20});
  const seconds = since(start);
  if (run.status !== 0) throw new Error(`npm run build failed (${run.status}): ${tail(clean(run.stdout + run.stderr))}`);
  return seconds;
}

/** Framework's progress output without its carriage-return redraws. */
function clean(text: string): string {
  return text.replace(/\r[^\n]*(?=\r)/g, "").replace(/\r/g, "\n").replace(/[ \t]+\n/g, "\n");
}

/** A loader module every data loader imports (through runPipeline): the tweak loop edits it. */
export const PROBE = "loaders/tables/periods.ts";

/** Appends a harmless comment to a file; returns a function that restores its bytes. */
export function appendComment(path: string): () => void {
  const original = readFileSync(path);
  writeFileSync(path, Buffer.concat([original, Buffer.from(`\n// bench probe ${Date.now()}\n`)]));
  return () => writeFileSync(path, original);
}

/** A free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** GET a URL; status, validator (ETag or Last-Modified) and body length, or null when refused. */
async function probe(url: string): Promise<{status: number; tag: string; length: number} | null> {
  try {
    const response = await fetch(url, {cache: "no-store"});
    const body = await response.arrayBuffer();
    return {status: response.status, tag: response.headers.get("etag") ?? response.headers.get("last-modified") ?? "", length: body.byteLength};
  } catch {
    return null;
  }
}

/** Polls `url` until `ok` holds or `timeout` ms pass; the last response. */
async function pollUntil(url: string, ok: (r: {status: number; tag: string}) => boolean, timeout: number, every = 10) {
  const deadline = performance.now() + timeout;
  for (;;) {
    const r = await probe(url);
    if (r && ok(r)) return r;
    if (performance.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${url} (last: ${JSON.stringify(r)})`);
    await sleep(every);
  }
}

/**
 * The tweak loop: `npm run dev` in `tree`, then, `rounds` times each, (1) save a change to a
 * loader module ({@link PROBE}: a new comment each time, so that no cache can have seen it),
 * and (2) drop a new document into data/ (a copy of the seed under a new name); each time,
 * the seconds until the preview serves a re-derived `interventions.csv` (its validator
 * changes: the loader ran again). Files are restored and the preview stopped in every case.
 */
export async function timeTweakLoop(tree: string, rounds = 5): Promise<{loaders: number[]; data: number[]; first: number}> {
  const port = await freePort();
  const server = spawn(NPM, ["run", "dev", "--", "--port", String(port)], {cwd: tree, detached: true, stdio: ["ignore", "pipe", "pipe"], env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true"}});
  let log = "";
  server.stdout?.on("data", (d) => (log += d));
  server.stderr?.on("data", (d) => (log += d));
  const url = `http://127.0.0.1:${port}/_file/data/interventions.csv`;
  const probe = join(tree, PROBE);
  const original = readFileSync(probe);
  const seed = readFileSync(join(tree, "data", "soviet-involvement-in-regime-change.txt"));
  const dropped: string[] = [];
  try {
    await pollUntil(`http://127.0.0.1:${port}/`, (r) => r.status === 200, 60_000, 100);
    let start = performance.now();
    let last = await pollUntil(url, (r) => r.status === 200, 60_000);
    const first = since(start);
    /** Makes a change, and times until the new interventions.csv is served. */
    const round = async (change: () => void) => {
      await sleep(400); // let the previous change settle (the watcher debounces 15 ms)
      const before = last.tag;
      start = performance.now();
      change();
      last = await pollUntil(url, (r) => r.status === 200 && r.tag !== before, 30_000, 5);
      return since(start);
    };
    const loaders: number[] = [];
    const data: number[] = [];
    for (let k = 0; k < rounds; k++) {
      loaders.push(await round(() => writeFileSync(probe, Buffer.concat([original, Buffer.from(`\n// bench probe ${k} ${Date.now()}\n`)]))));
      data.push(
        await round(() => {
          const file = join(tree, "data", `zz-bench-drop-${k}.txt`);
          dropped.push(file);
          writeFileSync(file, seed);
        }),
      );
    }
    return {loaders, data, first};
  } catch (error) {
    throw new Error(`${(error as Error).message}\npreview output:\n${tail(clean(log), 20)}`);
  } finally {
    writeFileSync(probe, original);
    for (const file of dropped) rmSync(file, {force: true});
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      // already gone
    }
    await new Promise((done) => (server.exitCode !== null ? done(null) : server.once("exit", done)));
  }
}

/** One built page: its path on the site and the JS and CSS it loads. */
export interface PageWeight {
  page: string;
  /** Gzipped bytes of the module scripts (modulepreload + script src) the HTML names. */
  jsGzip: number;
  /** Gzipped bytes of the JS files the browser actually fetched (dynamic imports included). */
  jsGzipLoaded: number;
  cssGzip: number;
  htmlGzip: number;
  jsFiles: number;
  /** Milliseconds from navigation start to the first Plot chart in the page (median), or null without one. */
  firstChart: number | null;
  firstChartRuns: (number | null)[];
  /** Largest JS files loaded, gzipped, for finding what pulls the weight. */
  heaviest: {file: string; gzip: number}[];
}

/** Every page of a built site: `index.html` → `/`, `metrics.html` → `/metrics`. */
function pagesOf(dist: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && !entry.name.startsWith("_")) walk(path);
      else if (entry.isFile() && entry.name.endsWith(".html") && entry.name !== "404.html") pages.push(relative(dist, path).split("\\").join("/"));
    }
  };
  walk(dist);
  return pages.sort((a, b) => (a === "index.html" ? -1 : b === "index.html" ? 1 : a.localeCompare(b)));
}

const gzipped = new Map<string, number>();
/** Gzipped size (level 6, what static hosts use) of a file in dist/. */
function gzipSize(path: string): number {
  let n = gzipped.get(path);
  if (n === undefined) gzipped.set(path, (n = gzipSync(readFileSync(path), {level: 6}).length));
  return n;
}

/** The JS and CSS files a page's HTML names: module preloads, module scripts, stylesheets. */
function assetsOf(dist: string, page: string): {js: string[]; css: string[]} {
  const html = readFileSync(join(dist, page), "utf8");
  const js = new Set<string>();
  const css = new Set<string>();
  const local = (href: string) => !/^[a-z]+:|^\/\//i.test(href);
  const at = (href: string) => (href.startsWith("/") ? join(dist, href) : resolve(dirname(join(dist, page)), href)).replace(/[?#].*$/, "");
  for (const tag of html.match(/<(?:link|script)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, "i").exec(tag)?.[1];
    const href = attr("href") ?? attr("src");
    if (!href || !local(href)) continue;
    const rel = attr("rel")?.toLowerCase();
    if (tag.startsWith("<script") || rel === "modulepreload") js.add(at(href));
    else if (rel === "stylesheet") css.add(at(href));
  }
  return {js: [...js].filter(existsSync), css: [...css].filter(existsSync)};
}

/**
 * Records, in the page, when the first Plot chart (an `svg.plot-…`) enters the main column.
 * A string, not a function: tsx would wrap a function's inner functions in `__name(…)`
 * calls that do not exist in the page.
 */
const WATCH_FIRST_CHART = `(() => {
  const isChart = (n) => n instanceof SVGSVGElement && [...n.classList].some((c) => /^plot-[0-9a-f]+$/.test(c));
  const seen = (n) => isChart(n) || (n instanceof Element && [...n.querySelectorAll("svg")].some(isChart));
  new MutationObserver((records, observer) => {
    for (const r of records) for (const n of r.addedNodes) {
      if (seen(n) && n.isConnected && n.closest && n.closest("#observablehq-main")) {
        window.__firstChart = performance.now();
        observer.disconnect();
        return;
      }
    }
  }).observe(document, {childList: true, subtree: true});
})();`;

/**
 * Weight of every page (gzipped JS, CSS, HTML) and, in headless Chromium, the time to its
 * first chart: `runs` cold loads (a fresh browser context each), median.
 */
export async function measurePages(dist: string, runs = 3): Promise<PageWeight[]> {
  const {server, origin} = await serveDist(dist);
  const browser = await launchBrowser();
  try {
    const out: PageWeight[] = [];
    for (const page of pagesOf(dist)) {
      const path = page === "index.html" ? "/" : `/${page.replace(/(?:index)?\.html$/, "")}`;
      const {js, css} = assetsOf(dist, page);
      const loaded = new Set<string>();
      const firstChartRuns: (number | null)[] = [];
      for (let i = 0; i < runs; i++) {
        const context = await browser.newContext({viewport: {width: 1280, height: 900}});
        const tab = await context.newPage();
        tab.on("request", (request) => {
          const url = new URL(request.url());
          if (url.origin === origin && /\.m?js$/.test(url.pathname)) loaded.add(join(dist, decodeURIComponent(url.pathname)));
        });
        await tab.addInitScript(WATCH_FIRST_CHART);
        await tab.goto(origin + path, {waitUntil: "load"});
        const t = await tab
          .waitForFunction(() => (window as unknown as {__firstChart?: number}).__firstChart, undefined, {timeout: 5000, polling: 20})
          .then((h) => h.jsonValue() as Promise<number>)
          .catch(() => null);
        firstChartRuns.push(t === null ? null : Math.round(t));
        await context.close();
      }
      const loadedJs = [...loaded].filter(existsSync);
      const times = firstChartRuns.filter((t): t is number => t !== null);
      out.push({
        page: path,
        jsGzip: js.reduce((n, f) => n + gzipSize(f), 0),
        jsGzipLoaded: loadedJs.reduce((n, f) => n + gzipSize(f), 0),
        cssGzip: css.reduce((n, f) => n + gzipSize(f), 0),
        htmlGzip: gzipSize(join(dist, page)),
        jsFiles: loadedJs.length,
        firstChart: times.length ? median(times) : null,
        firstChartRuns,
        heaviest: loadedJs
          .map((f) => ({file: relative(dist, f), gzip: gzipSize(f)}))
          .sort((a, b) => b.gzip - a.gzip)
          .slice(0, 6),
      });
    }
    return out;
  } finally {
    await browser.close();
    server.close();
  }
}
