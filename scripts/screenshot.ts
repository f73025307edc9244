/**
 * `npm run screenshot`: renders built pages (dist/) in headless Chromium and saves PNGs
 * to docs/ for the README. Usage: npm run screenshot -- [page ...] (default: the overview).
 */
import {writeFileSync} from "node:fs";
import {resolve} from "node:path";
import {ROOT} from "../loaders/io/paths.ts";
import {launchBrowser, openPage, serveDist} from "../tests/browser/site.ts";

const pages = process.argv.slice(2).length ? process.argv.slice(2) : ["index"];
const {server, origin} = await serveDist();
const browser = await launchBrowser();
try {
  for (const name of pages) {
    const {page} = await openPage(browser, origin, name === "index" ? "/" : `/${name}`, {width: 1280, height: 900});
    await page.waitForSelector("svg[class^=plot]", {timeout: 30_000}).catch(() => {});
    await page.waitForTimeout(300);
    const file = resolve(ROOT, "docs", `${name}.png`);
    writeFileSync(file, await page.screenshot({fullPage: false}));
    process.stderr.write(`screenshot: ${file}\n`);
  }
} finally {
  await browser.close();
  server.close();
}
