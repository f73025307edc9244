// The dashboard pages (issue #5): Map, Methods and Compare draw their charts from the seed
// corpus, offline and without console errors.
import {resolve} from "node:path";
import {describe, expect, test} from "vitest";
import {ROOT} from "../../loaders/io/paths.ts";
import {builtCsv, DIST, openPage} from "./site.ts";
import {useSite} from "./use-site.ts";

const SEED = "soviet-involvement-in-regime-change";
// ATLAS_DIST: test another build than dist/ (as `ATLAS_DIST=x npm run build` writes it).
const dist = () => (process.env.ATLAS_DIST ? resolve(ROOT, process.env.ATLAS_DIST) : DIST);
const site = useSite(dist);

describe("map page", () => {
  test("shades one labelled path per targeted country, with a tooltip and linked episodes", async () => {
    const {page, errors, external} = await openPage(site.browser, site.origin, "/map");
    await page.waitForSelector(".shaded-countries path", {timeout: 30_000});
    const paths = page.locator(".shaded-countries path");
    const heading = await page.locator("main h3").first().innerText();
    const shaded = Number(/(\d+) countries shaded/.exec(heading)?.[1]);
    expect(shaded).toBe(30);
    expect(await paths.count()).toBe(shaded);
    const labels = await paths.evaluateAll((els) => els.map((el) => el.getAttribute("aria-label") ?? ""));
    expect(labels.every((l) => /: \d+ interventions?/.test(l))).toBe(true);
    expect(labels.find((l) => l.startsWith("Afghanistan"))).toBe("Afghanistan: 2 interventions; Afghanistan, 1929; Afghanistan, 1979–1989");
    // A colour legend, and a tooltip on hover.
    expect(await page.locator("main figure svg, main figure div").count()).toBeGreaterThan(1);
    const box = (await paths.filter({has: page.locator("xpath=self::*[starts-with(@aria-label, 'Mongolia')]")}).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForFunction(() => /Mongolia, 1921–1924/.test(document.querySelector("g[aria-label=tip]")?.textContent ?? ""), null, {timeout: 5_000});
    // The table: every country, its episodes linked to the Sources page.
    const table = page.locator("table").first();
    expect(await table.innerText()).toMatch(/AFG\s+Afghanistan\s+2\s+1929\s+1989/);
    expect(await table.locator(`a[href="./sources#${SEED}/L27"]`).count()).toBe(1);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
  });
});

describe("methods page", () => {
  test("draws per-period and per-decade bars, the co-occurrence matrix and the cue table", async () => {
    const {page, errors, external} = await openPage(site.browser, site.origin, "/methods");
    await page.waitForSelector("#cooccurrence svg[class^=plot]", {timeout: 30_000});
    await page.waitForFunction(() => document.querySelectorAll("main svg[class^=plot]").length >= 3, null, {timeout: 30_000});
    // The matrix: one cell per pair of methods, the diagonal counting each method alone.
    const cells = page.locator("#cooccurrence .cooccurrence rect");
    const methods = await page.locator("#cooccurrence svg[class^=plot] g[aria-label='y-axis tick label'] text").count();
    expect(methods).toBeGreaterThanOrEqual(6);
    expect(await cells.count()).toBe(methods * methods);
    expect(await page.locator("#cooccurrence").innerText()).toMatch(/\b15\b/); // invasion alone
    const cues = page.locator("#cues table");
    await cues.locator("tbody tr").first().waitFor();
    // Every cue of the document is listed when no link narrowed the table.
    const all = builtCsv(dist(), "method_cues").filter((r) => r.document === SEED).length;
    expect(all).toBeGreaterThan(50);
    expect(await page.locator("#cues").innerText()).toContain(`${all} of ${all} cues`);
    expect(await cues.locator(`a[href^="./sources#${SEED}/L19/${SEED}%3A"]`).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
  });

  test("an older cue link (#document:order:method) filters the cue table to that intervention and method", async () => {
    const {page, errors} = await openPage(site.browser, site.origin, `/methods#${encodeURIComponent(`${SEED}:4:covert`)}`);
    await page.waitForSelector("#cues table tbody tr", {timeout: 30_000});
    const rows = await page.locator("#cues table tbody tr").allInnerTexts();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/^\s*4\. Xinjiang 1933–1934\s+covert\b/);
    expect(await page.locator("main").innerText()).toMatch(/Showing the cues you followed: intervention 4, covert/);
    expect(errors).toEqual([]);
  });
});

describe("compare page", () => {
  test("opens on both documents, draws them on shared scales and says which has no interventions", async () => {
    const {page, errors, external} = await openPage(site.browser, site.origin, "/compare");
    await page.waitForFunction(() => document.querySelectorAll("main svg[class^=plot]").length >= 4, null, {timeout: 30_000});
    const text = await page.locator("main").innerText();
    const events = builtCsv(dist(), "events").filter((r) => r.document === "soviet-union-in-world-war-ii").length;
    expect(events).toBeGreaterThan(0);
    expect(text).toContain(`Soviet Union in World War II has no dated sections or dated list items (${events} event${events === 1 ? "" : "s"})`);
    // Each chart draws both documents, named by title, on one shared scale.
    const legend = await page.locator("main figure").first().locator("div[class*=-swatches] span[class$=-swatch]").allInnerTexts();
    expect(legend.map((t) => t.trim())).toEqual(["Soviet involvement in regime change", "Soviet Union in World War II"]);
    // Targets the documents share: the WWII excerpt's events share Finland with the seed.
    const shared = page.getByRole("region", {name: "Targets the documents share"});
    expect(await shared.innerText()).toMatch(/Finland\s+FIN/);
    expect(await shared.locator('a[href="./sources#soviet-union-in-world-war-ii/L9"]').count()).toBeGreaterThan(0);
    // The metrics table: years read as years.
    expect(text).toMatch(/first_year[^\n]*\n?[^\n]*1921/);
    expect(text).not.toMatch(/1,921/);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
  });
});
