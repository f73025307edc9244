// Issue 14: the reader with many documents. On the six-document fixture site (the seed in
// wikitext, the WWII excerpt with no intervention rows, two long articles, the Gibraltar timeline
// and the Near East list, list-shaped, with BCE years): every page in both themes and at both
// widths, and what a reader sees of the documents — one colour and one name each, everywhere.
import type {Page} from "playwright-core";
import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
import {describe, expect, test} from "vitest";
import {builtCsv, builtFile, openPage} from "./site.ts";
import {fixtureDist, useFixtureSite} from "./fixture-site.ts";
import {PAGES} from "./pages.ts";

const site = useFixtureSite("many-documents");
const TITLES = [
  "European influence in Afghanistan",
  "List of conflicts in the Near East",
  "Russian conquest of Central Asia",
  "Soviet involvement in regime change",
  "Soviet Union in World War II",
  "Timeline of the history of Gibraltar",
];
const WITH_ROWS = TITLES.filter((t) => t !== "Soviet Union in World War II");
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** Opens a page in a colour scheme and width (loaded again once the scheme is set), and waits until every cell has run. */
async function open(path: string, {scheme = "light", width = 1280}: {scheme?: "light" | "dark"; width?: number} = {}) {
  const watched = await openPage(site.browser, site.origin, path, {width, height: 900});
  await watched.page.emulateMedia({colorScheme: scheme});
  await watched.page.reload({waitUntil: "load"});
  await watched.page.waitForLoadState("networkidle");
  await watched.page.waitForFunction(() => !document.querySelector(".observablehq--loading"), null, {timeout: 30_000});
  await watched.page.waitForTimeout(300);
  return watched;
}

/** What a reader sees of every table on the page, once every <details> is open. */
async function tables(page: Page) {
  await page.evaluate(() => {
    for (const d of document.querySelectorAll("main details")) (d as HTMLDetailsElement).open = true;
  });
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const visible = (el: Element) => el.getBoundingClientRect().width > 0 && getComputedStyle(el).display !== "none";
    const columns = [...document.querySelectorAll("main table th")].filter(visible).map((th) => ({
      header: (th.textContent ?? "").trim(),
      width: th.getBoundingClientRect().width,
      clipped: th.scrollWidth > th.clientWidth + 1,
    }));
    // Cells whose text is cut off: the whole text must be there on hover.
    const cut = [...document.querySelectorAll("main table td")].filter(visible).filter((td) => td.scrollWidth > td.clientWidth + 1 && getComputedStyle(td).whiteSpace === "nowrap")
      .filter((td) => (td as HTMLElement).title.trim() !== (td.textContent ?? "").trim()).map((td) => (td.textContent ?? "").slice(0, 40));
    // Cells holding only a number must be right-aligned.
    const numbers = [...document.querySelectorAll("main table td")].filter(visible).filter((td) => /^-?[\d,.]+$/.test((td.textContent ?? "").trim()))
      .filter((td) => getComputedStyle(td).textAlign !== "right").map((td) => td.textContent);
    return {columns, cut, numbers, pageWidth: document.documentElement.scrollWidth};
  });
}

/** The relative luminance contrast of two CSS colours (WCAG). */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? ["0", "0", "0"]).slice(0, 3).map(Number).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

describe.each([
  ["light", 1280],
  ["dark", 1280],
  ["light", 390],
  ["dark", 390],
] as const)("%s theme, %i px", (scheme, width) => {
  test.each(PAGES)("page %s: no console error, readable tables, legible charts, nothing wider than the screen", async (path) => {
    const {page, errors} = await open(path, {scheme, width});
    // The theme the reader asked for.
    const background = await page.evaluate(() => {
      const opaque = [document.body, document.documentElement].map((el) => getComputedStyle(el).backgroundColor).find((c) => !/rgba\(.*, 0\)$|transparent/.test(c));
      return opaque ?? "rgb(255, 255, 255)";
    });
    const foreground = await page.evaluate(() => getComputedStyle(document.querySelector("main")!).color);
    expect(contrast(background, foreground)).toBeGreaterThan(7);
    const dark = contrast(background, "rgb(0, 0, 0)") < contrast(background, "rgb(255, 255, 255)");
    expect(dark).toBe(scheme === "dark");
    // Chart text (axes, labels) against the page.
    const chartText = await page.evaluate(() => [...document.querySelectorAll("main svg[class^=plot] g[aria-label$='tick label'] text")].slice(0, 20).map((t) => getComputedStyle(t).fill));
    for (const fill of chartText) expect(contrast(background, fill), fill).toBeGreaterThan(4.5);
    const {columns, cut, numbers, pageWidth} = await tables(page);
    for (const c of columns) {
      expect(c.width, `column “${c.header}”`).toBeGreaterThanOrEqual(40);
      expect(c.clipped, `header “${c.header}” cut off`).toBe(false);
    }
    expect(cut).toEqual([]);
    expect(numbers).toEqual([]);
    expect(pageWidth).toBeLessThanOrEqual(width + 1);
    // Contrast and the rest of axe's serious checks, in this theme.
    if (width === 1280) {
      await page.addScriptTag({path: AXE});
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as {axe: {run: (ctx: unknown, opts: unknown) => Promise<{violations: {id: string; impact: string; nodes: {target: string[]}[]}[]}>}}).axe;
        const result = await axe.run(document, {resultTypes: ["violations"]});
        return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
      });
      expect(violations).toEqual([]);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("documents are first-class", () => {
  test("one colour per document, the same in the Overview, Compare and Metrics legends, named by title", async () => {
    const legend = async (path: string) => {
      const {page} = await open(path);
      const items = await page.locator("main figure div[class*=-swatches] span[class$=-swatch]").evaluateAll((spans) =>
        spans.map((s) => [s.textContent?.trim() ?? "", getComputedStyle(s.querySelector("rect, path, circle") ?? s).fill]));
      await page.close();
      return new Map(items as [string, string][]);
    };
    const overview = await legend("/");
    const compare = await legend("/compare#soviet-involvement-in-regime-change,european-influence-in-afghanistan,timeline-of-the-history-of-gibraltar");
    const metrics = await legend("/metrics");
    for (const title of WITH_ROWS) expect(overview.has(title), title).toBe(true);
    for (const title of ["Soviet involvement in regime change", "European influence in Afghanistan", "Timeline of the history of Gibraltar"]) {
      expect(compare.get(title), title).toBe(overview.get(title));
      expect(metrics.get(title), title).toBe(overview.get(title));
    }
    expect(new Set(WITH_ROWS.map((t) => overview.get(t))).size).toBe(WITH_ROWS.length);
    // No slug in a legend.
    for (const map of [overview, compare, metrics]) for (const label of map.keys()) expect(label).not.toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
  });

  test("a chart downloads as SVG with its legend and the documents' colours", async () => {
    const {page} = await open("/compare#soviet-involvement-in-regime-change,timeline-of-the-history-of-gibraltar");
    const card = page.locator(".card", {has: page.getByRole("heading", {name: "Interventions per decade"})});
    const colour = await card.locator("div[class*=-swatches] span[class$=-swatch]", {hasText: "Timeline of the history of Gibraltar"}).locator("rect, path, circle").first().evaluate((r) => getComputedStyle(r).fill);
    const [download] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", {name: "SVG"}).click()]);
    const svg = readFileSync((await download.path())!, "utf8");
    expect(svg).toContain("Timeline of the history of Gibraltar");
    expect(svg).toContain("Soviet involvement in regime change");
    const hex = `#${(colour.match(/\d+/g) ?? []).slice(0, 3).map((v) => Number(v).toString(16).padStart(2, "0")).join("")}`;
    expect(svg.includes(hex) || svg.includes(colour), `${hex} in the SVG`).toBe(true);
    expect(svg).not.toMatch(/var\(--/);
    await page.close();
  });

  test("the timeline is grouped by document, its colours are documents and its periods are labels", async () => {
    const {page} = await open("/");
    const card = page.locator(".card", {has: page.getByRole("heading", {name: "Timeline of episodes"})});
    const legend = await card.locator("div[class*=-swatches] span[class$=-swatch]").allInnerTexts();
    expect(legend.map((t) => t.trim()).sort()).toEqual([...WITH_ROWS].sort());
    const labels = (await card.locator("g[aria-label='y-axis tick label'] text").allTextContents()).map((t) => t.trim());
    // Each document once, as a heading, its episodes after it; periods as labels among them.
    for (const title of WITH_ROWS) expect(labels.filter((l) => l === title)).toHaveLength(1);
    expect(labels).toContain("1921–1940: Interwar period");
    expect(labels).toContain("Ancient Near East conflicts");
    const seed = labels.indexOf("Soviet involvement in regime change");
    expect(labels.slice(seed + 1, seed + 3)).toEqual(["1921–1940: Interwar period", "Mongolia 1921–1924"]);
    await page.close();
  });

  test("the corpus view: a card per document on shared scales, linking to its text and to Compare", async () => {
    const {page, errors} = await open("/");
    const cards = page.locator("#corpus section.corpus-card");
    expect(await cards.count()).toBe(TITLES.length);
    expect((await cards.locator("h3").allInnerTexts()).map((t) => t.trim())).toEqual(TITLES);
    const events = builtCsv(fixtureDist("many-documents"), "events").filter((r) => r.document === "soviet-union-in-world-war-ii").length;
    expect(events).toBeGreaterThan(0);
    expect(await cards.filter({hasText: "Soviet Union in World War II"}).innerText()).toContain(`No intervention rows (${events} event${events === 1 ? "" : "s"} in its prose)`);
    // Shared scales: every decade strip spans the same years, every method axis the same counts.
    const axes = await cards.evaluateAll((sections) => sections.filter((s) => s.querySelector("svg")).map((s) => [...s.querySelectorAll("svg[class^=plot]")].map((svg) => [...svg.querySelectorAll("g[aria-label='x-axis tick label'] text")].map((t) => t.textContent).join(" "))));
    expect(axes.length).toBe(WITH_ROWS.length);
    for (const a of axes) expect(a).toEqual(axes[0]);
    expect(axes[0][0]).toMatch(/BCE/);
    // Its links: the document's text, and Compare opened on it.
    const gibraltar = cards.filter({hasText: "Timeline of the history of Gibraltar"});
    await gibraltar.getByRole("link", {name: "compare"}).click();
    await page.waitForURL(/\/compare#/);
    await page.waitForLoadState("networkidle");
    const checked = await page.locator("main input[type=checkbox]:checked").evaluateAll((inputs) => inputs.map((i) => i.closest("label")?.textContent?.trim()));
    expect(checked).toEqual(["List of conflicts in the Near East", "Timeline of the history of Gibraltar"]);
    await page.goBack();
    await page.locator("#corpus section.corpus-card", {hasText: "Russian conquest of Central Asia"}).getByRole("link", {name: "Russian conquest of Central Asia"}).click();
    await page.waitForURL(/\/sources#/);
    await expect.poll(() => page.locator("main select").evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent)).toBe("Russian conquest of Central Asia");
    expect(errors).toEqual([]);
    await page.close();
  });

  test("Compare opens on the two documents with the most intervention rows, and compares any number on shared scales", async () => {
    const {page, errors} = await open("/compare");
    const checked = await page.locator("main input[type=checkbox]:checked").evaluateAll((inputs) => inputs.map((i) => i.closest("label")?.textContent?.trim()));
    expect(checked).toEqual(["List of conflicts in the Near East", "Timeline of the history of Gibraltar"]);
    expect(await page.locator("main .card h2").allInnerTexts()).toEqual(expect.arrayContaining(["List of conflicts in the Near East", "Timeline of the history of Gibraltar"]));
    // A third and a fourth document: each chart draws all four, in one legend, on one scale.
    await page.getByLabel("Soviet involvement in regime change").check();
    await page.getByLabel("Russian conquest of Central Asia").check();
    const card = page.locator(".card", {has: page.getByRole("heading", {name: "Interventions per method"})});
    const legend = () => card.locator("div[class*=-swatches] span[class$=-swatch]").allInnerTexts().then((ts) => ts.map((t) => t.trim()));
    await expect.poll(legend, {timeout: 10_000}).toEqual(["List of conflicts in the Near East", "Russian conquest of Central Asia", "Soviet involvement in regime change", "Timeline of the history of Gibraltar"]);
    expect(await card.locator("g[aria-label='x-axis tick label']").count()).toBe(1);
    // The targets they share, a column per document, headed by its title.
    const shared = page.getByRole("region", {name: "Targets the documents share"});
    const headers = (await shared.locator("thead th").allInnerTexts()).map((h) => h.trim()).filter(Boolean);
    expect(headers).toEqual(["name", "iso3", "named by", "List of conflicts in the Near East", "Russian conquest of Central Asia", "Soviet involvement in regime change", "Timeline of the history of Gibraltar"]);
    expect(await shared.locator("tbody tr").count()).toBeGreaterThan(0);
    expect(new URL(page.url()).hash).toBe("#list-of-conflicts-in-the-near-east,russian-conquest-of-central-asia,soviet-involvement-in-regime-change,timeline-of-the-history-of-gibraltar");
    expect(errors).toEqual([]);
    await page.close();
  });

  test("Figures: a heading per document in the charts, every row with its document and intervention", async () => {
    const {page, errors} = await open("/figures");
    const troops = page.locator(".card", {has: page.getByRole("heading", {name: "Troop figures per intervention"})});
    const labels = (await troops.locator("g[aria-label='y-axis tick label'] text").allTextContents()).map((t) => t.trim());
    for (const title of ["Soviet involvement in regime change", "Russian conquest of Central Asia", "Timeline of the history of Gibraltar"]) expect(labels).toContain(title);
    // Introductions stay under their own document.
    const intro = labels.indexOf("Introduction");
    expect(intro).toBeGreaterThan(0);
    expect(labels[intro - 1]).toBe("Russian conquest of Central Asia");
    const table = page.getByRole("region", {name: "Every figure"});
    const first = await table.locator("tbody tr").first().locator("td").allInnerTexts();
    expect(TITLES.some((t) => t.startsWith(first[1].replace(/…$/, "")))).toBe(true);
    // One document: the charts and the table hold its figures only.
    await page.getByLabel("Document", {exact: true}).selectOption({label: "Timeline of the history of Gibraltar"});
    // The table redraws when the cell re-runs: wait for it rather than for a fixed time.
    await expect
      .poll(() => table.locator("tbody tr td:nth-child(2)").evaluateAll((tds) => [...new Set(tds.map((td) => (td as HTMLElement).title || td.textContent))]), {timeout: 10_000})
      .toEqual(["Timeline of the history of Gibraltar"]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("Metrics: whole-number count axes, each unit said once, decades as the Overview writes them", async () => {
    const {page, errors} = await open("/metrics");
    const axes = await page.locator("main svg[class^=plot] g[aria-label$='tick label']").evaluateAll((gs) => gs.map((g) => [...g.querySelectorAll("text")].map((t) => t.textContent ?? "")));
    for (const ticks of axes) expect(new Set(ticks).size, ticks.join(" ")).toBe(ticks.length);
    const axisLabels = await page.locator("main svg[class^=plot] g[aria-label$='axis label'] text").allTextContents();
    expect(axisLabels.length).toBeGreaterThan(0);
    for (const label of axisLabels) expect(label).not.toMatch(/(\w+) \(\1\)/);
    // Medians are drawn as dots, one per document and period, at the median itself: never stacked.
    const metrics = JSON.parse(builtFile(fixtureDist("many-documents"), "metrics", "json")) as {name: string; rows: {median_years: number}[]}[];
    const medians = metrics.find((m) => m.name === "episode-length")!.rows;
    expect(medians.length).toBeGreaterThan(1);
    const lengthChart = page.locator("#metric-episode-length svg[class^=plot]").first();
    await expect.poll(() => lengthChart.locator("circle").count()).toBe(medians.length);
    const xTicks = (await lengthChart.locator("g[aria-label='x-axis tick label'] text").allTextContents()).map(Number);
    expect(Math.max(...xTicks)).toBeLessThanOrEqual(Math.max(...medians.map((m) => m.median_years)));
    const decadeCard = page.locator("#metric-interventions-per-decade");
    await decadeCard.locator("summary").click();
    const region = decadeCard.getByRole("region");
    for (let i = 0; i < 20; i++) await region.evaluate((el) => el.scrollBy(0, el.scrollHeight)).then(() => page.waitForTimeout(50));
    const cells = await decadeCard.locator("tbody td").allInnerTexts();
    expect(cells).toContain("1920s");
    expect(cells).toContain("2500s BCE");
    expect(cells.filter((c) => /^1920$/.test(c))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
