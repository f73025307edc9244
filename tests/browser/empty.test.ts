// A corpus with no dated sections and no dated list items (the WWII excerpt alone): every page
// renders, and where a chart would count intervention rows a sentence says there are none,
// instead of empty axes.
import {spawnSync} from "node:child_process";
import {copyFileSync, mkdtempSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {beforeAll, describe, expect, test} from "vitest";
import {ROOT} from "../../loaders/io/paths.ts";
import {openPage} from "./site.ts";
import {useSite} from "./use-site.ts";
import {PAGES} from "./pages.ts";

const OUT = resolve(ROOT, "dist-prose");
beforeAll(() => {
  const data = mkdtempSync(join(tmpdir(), "atlas-prose-"));
  copyFileSync(resolve(ROOT, "data/soviet-union-in-world-war-ii.txt"), join(data, "soviet-union-in-world-war-ii.txt"));
  const build = spawnSync(resolve(ROOT, "node_modules/.bin/tsx"), ["scripts/build.ts"], {
    cwd: ROOT,
    encoding: "utf8",
    env: {...process.env, ATLAS_DATA: data, ATLAS_DIST: "dist-prose"},
  });
  if (build.status !== 0) throw new Error(`prose-only build failed:\n${build.stdout}\n${build.stderr}`);
}, 180_000);
const site = useSite(() => OUT);

describe("a corpus with no intervention rows", () => {
  test.each(PAGES)("page %s renders without console errors", async (path) => {
    const {page, errors} = await openPage(site.browser, site.origin, path);
    await page.waitForLoadState("networkidle");
    await page.waitForFunction(() => !document.querySelector(".observablehq--loading"), null, {timeout: 30_000});
    expect(errors).toEqual([]);
    await page.close();
  });

  test("the overview says in words that there are no dated sections or items, where its charts would be", async () => {
    const {page} = await openPage(site.browser, site.origin, "/");
    await page.waitForLoadState("networkidle");
    const decadeCard = page.locator(".card", {has: page.getByRole("heading", {name: "Interventions per decade"})});
    await expect.poll(() => decadeCard.getByText(/No document here has dated sections or dated list items/).isVisible()).toBe(true);
    expect(await decadeCard.locator("svg[aria-label]").count()).toBe(0);
    const timelineCard = page.locator(".card", {has: page.getByRole("heading", {name: "Timeline of episodes"})});
    expect(await timelineCard.getByText(/No document here has dated sections or dated list items/).isVisible()).toBe(true);
    await page.close();
  });

  test("the metrics page says why each metric is empty", async () => {
    const {page} = await openPage(site.browser, site.origin, "/metrics");
    await page.waitForLoadState("networkidle");
    await expect.poll(() => page.getByText(/^Nothing to show:/).count()).toBeGreaterThan(3);
    await page.close();
  });
});
