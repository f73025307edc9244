// Text from documents is data: a site built from a document full of markup, script and
// formula text shows it as text on every page and runs none of it.
import {spawnSync} from "node:child_process";
import {resolve} from "node:path";
import {beforeAll, describe, expect, test} from "vitest";
import {ROOT} from "../../loaders/io/paths.ts";
import {openPage} from "./site.ts";
import {useSite} from "./use-site.ts";
import {PAGES} from "./pages.ts";

const OUT = resolve(ROOT, "dist-hostile");
// The hostile site is built first; useSite's hooks run after this one.
beforeAll(() => {
  const build = spawnSync(resolve(ROOT, "node_modules/.bin/tsx"), ["scripts/build.ts"], {
    cwd: ROOT,
    encoding: "utf8",
    env: {...process.env, ATLAS_DATA: resolve(ROOT, "tests/fixtures/hostile"), ATLAS_DIST: "dist-hostile"},
  });
  if (build.status !== 0) throw new Error(`hostile build failed:\n${build.stdout}\n${build.stderr}`);
}, 180_000);
const site = useSite(() => OUT);

describe.each(PAGES)("hostile document on page %s", (path) => {
  test("markup is shown as text, nothing runs, no javascript: link", async () => {
    const {page, errors} = await openPage(site.browser, site.origin, path);
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.waitForLoadState("networkidle");
    await page.waitForFunction(() => !document.querySelector(".observablehq--loading"), null, {timeout: 30_000});
    expect(await page.evaluate(() => (window as unknown as {pwned?: boolean}).pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.locator("main img[src='x'], main script:not([type])").count()).toBe(0);
    expect(await page.locator("a[href^='javascript:' i]").count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe("hostile text is visible as text", () => {
  test("the overview table shows the script tag literally", async () => {
    const {page} = await openPage(site.browser, site.origin, "/");
    await page.waitForSelector("table tbody tr");
    const table = await page.locator("table").first().innerText();
    expect(table).toContain("<script>window.pwned = true</script>Hungary");
    expect(table).toContain("javascript:alert(4)");
    // The export's formula guard (a leading ') is undone for display: the text reads as written.
    expect(table).toContain('=HYPERLINK("http://example.invalid","click")');
  });
});
