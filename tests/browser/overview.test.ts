import {describe, expect, test} from "vitest";
import {openPage} from "./site.ts";
import {useSite} from "./use-site.ts";

const site = useSite();

describe("overview page (dist/index.html)", () => {
  test("draws its charts and table from the data, offline, without console errors", async () => {
    const {page, errors, external} = await openPage(site.browser, site.origin, "/");
    await page.waitForSelector("figure svg, svg[class^=plot]", {timeout: 30_000});
    await page.waitForFunction(() => document.querySelectorAll("svg[class^=plot]").length >= 2, null, {timeout: 30_000});
    const text = await page.locator("main").innerText();
    expect(text).toMatch(/Interventions\s+25/);
    expect(text).toMatch(/Years spanned\s+1921–1989/);
    // Years are not formatted as 1,920 in the table.
    const table = await page.locator("form table, table").first().innerText();
    expect(table).toMatch(/\b1944\b/);
    expect(table).not.toMatch(/\b1,9\d\d\b/);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
  });

  test("the decade chart switches between started and active", async () => {
    const {page} = await openPage(site.browser, site.origin, "/");
    await page.waitForSelector("svg[class^=plot]");
    const label = () => page.locator("svg[class^=plot] [aria-label='y-axis label'], svg[class^=plot] g[aria-label='y-axis label']").first().textContent();
    expect(await label()).toMatch(/started/);
    await page.getByLabel("every decade spanned").check();
    await page.waitForFunction(() => document.body.textContent?.includes("Interventions active"));
    expect(await label()).toMatch(/active/);
  });
});
