/**
 * Browser-test harness: serve dist/ on 127.0.0.1 and drive Debian's Chromium with
 * playwright-core. Records console errors and every request that leaves 127.0.0.1.
 */
import {createServer, type Server} from "node:http";
import {existsSync, readdirSync, readFileSync, statSync} from "node:fs";
import {extname, join, resolve} from "node:path";
import {csvParse} from "d3-dsv";
import {chromium, type Browser, type Page} from "playwright-core";
import {ROOT} from "../../loaders/io/paths.ts";
import {CHROMIUM} from "../../scripts/chromium.ts";

export const DIST = resolve(ROOT, "dist");

/**
 * A data file as the build published it (`_file/data/<name>.<hash>.<ext>`), so a test states
 * what a page must show in terms of the data it was built from, not of counts copied by hand
 * that drift whenever extraction improves.
 * @example builtFile(DIST, "metrics", "json")
 */
export function builtFile(dist: string, name: string, ext: "csv" | "json"): string {
  const dir = join(dist, "_file", "data");
  const file = readdirSync(dir).find((f) => new RegExp(`^${name}\\.[0-9a-f]+\\.${ext}$`).test(f));
  if (!file) throw new Error(`${dir} has no ${name}.${ext}: run \`npm run build\` first`);
  return readFileSync(join(dir, file), "utf8");
}

/** The rows of a CSV the build published. @example builtCsv(DIST, "method_cues").filter((r) => r.document === "x").length */
export function builtCsv(dist: string, name: string): Record<string, string>[] {
  return csvParse(builtFile(dist, name, "csv"));
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".csv": "text/csv; charset=utf-8",
  ".json": "application/json", ".svg": "image/svg+xml", ".png": "image/png", ".txt": "text/plain; charset=utf-8",
};

/** Serves a built site (default dist/) the way a static host does: `/x` → `x.html`, `/` → `index.html`. */
export function serveDist(root = DIST): Promise<{server: Server; origin: string}> {
  const DIST = root;
  if (!existsSync(join(DIST, "index.html"))) throw new Error(`${DIST} is not built: run \`npm run build\` first`);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const candidates = [path, `${path}.html`, join(path, "index.html")].map((p) => join(DIST, p));
    const file = candidates.find((p) => p.startsWith(DIST) && existsSync(p) && statSync(p).isFile());
    if (!file) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, {"content-type": TYPES[extname(file)] ?? "application/octet-stream"}).end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, "127.0.0.1", () => {
    const address = server.address();
    done({server, origin: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`});
  }));
}

/**
 * Launches headless Chromium with the flags that work as root on these machines.
 * Playwright gives every launch a fresh, empty user-data directory of its own.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync",
    ],
  });
}

/** A page with its console errors and off-machine requests recorded. */
export interface WatchedPage {
  page: Page;
  errors: string[];
  external: string[];
}

/**
 * Opens `path` on the served site; requests to anything but 127.0.0.1 are recorded and aborted.
 */
export async function openPage(browser: Browser, origin: string, path: string, viewport = {width: 1280, height: 900}): Promise<WatchedPage> {
  const page = await browser.newPage({viewport});
  const errors: string[] = [];
  const external: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1" || url.protocol === "data:" || url.protocol === "blob:") return route.continue();
    external.push(url.href);
    return route.abort();
  });
  await page.goto(origin + path, {waitUntil: "load"});
  return {page, errors, external};
}
