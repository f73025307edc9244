// Issue 12: every evidence link lands. On a built site of six documents (the seed in wikitext,
// the WWII excerpt, two long articles, two list-shaped ones), follow links as a reader does —
// click, at 1280 × 900 — and check what the reader then sees: on the Sources page, the target
// (a heading, a list item, a paragraph, a figure or a method cue) inside the viewport, outlined
// and holding the keyboard focus; on a row page, exactly the linked row; and Back returns to
// the row the reader left.
import type {Locator, Page} from "playwright-core";
import {describe, expect, test} from "vitest";
import {openPage} from "./site.ts";
import {useFixtureSite} from "./fixture-site.ts";

const site = useFixtureSite("many-documents");
const SEED = "soviet-involvement-in-regime-change";
const GIBRALTAR = "timeline-of-the-history-of-gibraltar";
const NEAR_EAST = "list-of-conflicts-in-the-near-east";
const CENTRAL_ASIA = "russian-conquest-of-central-asia";
const AFGHANISTAN = "european-influence-in-afghanistan";

/** What the reader sees on the Sources page once a link has landed. */
interface Landing {
  /** The Sources page's document selector. */
  document: string;
  /** Outlined elements in the document text (exactly one when a link lands). */
  outlined: number;
  /** The outlined element's text. */
  text: string;
  /** The line number shown at the start of the block holding it (`L15`). */
  line: string;
  /** Whether it lies inside the viewport. */
  inView: boolean;
  /** Whether it holds the keyboard focus. */
  focused: boolean;
  scrollY: number;
}

/** Reads what the Sources page shows: the outlined element, where it is, whether it has focus. */
function landing(page: Page): Promise<Landing | null> {
  return page.evaluate(() => {
    const article = document.querySelector("article.source");
    if (!article) return null;
    const outlined = [...article.querySelectorAll<HTMLElement>("*")].filter((el) => {
      const style = getComputedStyle(el);
      return style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0 && !el.matches("a.line-anchor");
    });
    const select = document.querySelector<HTMLSelectElement>("main select");
    const el = outlined[0];
    if (!el) return {document: select?.selectedOptions[0]?.textContent ?? "", outlined: 0, text: "", line: "", inView: false, focused: false, scrollY: window.scrollY};
    const rect = el.getBoundingClientRect();
    const block = el.closest("p, h1, h2, h3, h4, h5, h6");
    return {
      document: select?.selectedOptions[0]?.textContent ?? "",
      outlined: outlined.length,
      text: (el.textContent ?? "").trim(),
      line: block?.querySelector("a.line-anchor")?.textContent ?? "",
      // On screen and not covered: the point at its centre is the element (or inside it).
      inView: rect.top >= 0 && rect.bottom <= window.innerHeight && el.contains(document.elementFromPoint(rect.left + Math.min(rect.width / 2, 40), rect.top + rect.height / 2)),
      focused: document.activeElement === el,
      scrollY: window.scrollY,
    };
  });
}

/** Waits until a link has landed on the Sources page and returns what the reader sees. */
async function landed(page: Page, expected: {line: number; title: string; text?: string; lineHolds?: string}) {
  await page.waitForURL(/\/sources#/, {timeout: 30_000});
  await expect
    .poll(async () => {
      const l = await landing(page);
      return l && l.outlined === 1 && l.inView && l.focused && l.line === `L${expected.line}`;
    }, {timeout: 10_000})
    .toBe(true);
  const l = (await landing(page))!;
  expect(l.document).toBe(expected.title);
  if (expected.text) expect(expected.text).toContain(l.text);
  // An extraction with no mark of its own (a cue a figure's mark covers: sourceView.ts,
  // sourceHref) lands on the line that holds it.
  if (expected.lineHolds) expect(l.text).toContain(expected.lineHolds);
  return l;
}

/** The line a link points to: `L15` in its href, else in its text. */
async function lineOf(link: Locator): Promise<number> {
  const href = decodeURIComponent((await link.getAttribute("href")) ?? "");
  const line = /\/L(\d+)\b/.exec(href)?.[1] ?? /\bL(\d+)\b|line (\d+)/.exec(await link.innerText())?.slice(1).find(Boolean);
  if (!line) throw new Error(`no line in ${href}`);
  return Number(line);
}

/** Waits for Framework to run every cell of the page. */
async function settled(page: Page) {
  await page.waitForLoadState("networkidle");
  await page.waitForFunction(() => !document.querySelector(".observablehq--loading"), null, {timeout: 30_000});
}

/** A table region (scrollingTable) by its accessible name. */
const table = (page: Page, name: string | RegExp) => page.getByRole("region", {name});

/**
 * Waits until a table has redrawn for the document chosen in the selector: every source link it
 * draws points into `slug`. Choosing a document replaces the table element; a row located before
 * the redraw would detach under the test.
 */
async function showsDocument(region: Locator, slug: string) {
  await expect
    .poll(() => region.evaluate((el, slug) => {
      const links = [...el.querySelectorAll<HTMLAnchorElement>('tbody a[href*="sources#"]')];
      return links.length > 0 && links.every((a) => decodeURIComponent(a.getAttribute("href") ?? "").includes(`sources#${slug}/`));
    }, slug), {timeout: 10_000})
    .toBe(true);
}

/** The `index`-th element matching `selector` in a scrolling table, scrolling it until that row is drawn. */
async function nthInTable(region: Locator, selector: string, index: number): Promise<Locator> {
  for (let i = 0; i < 20 && (await region.locator(selector).count()) <= index; i++) {
    await region.evaluate((el) => el.scrollBy(0, el.scrollHeight));
    await region.page().waitForTimeout(100);
  }
  return region.locator(selector).nth(index);
}

/** The text of a row's cell under the column headed `header`. */
async function cell(region: Locator, row: Locator, header: string): Promise<string> {
  const headers = (await region.locator("thead th").allInnerTexts()).map((h) => h.trim());
  return row.locator("td").nth(headers.indexOf(header)).innerText();
}

/**
 * Scrolls a row or link into view. A locator is resolved again at each try: if the table was
 * redrawn under it (a search or a selector re-ran its cell), the next try finds the new element.
 */
async function reveal(target: Locator) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await target.scrollIntoViewIfNeeded({timeout: 10_000});
    } catch (error) {
      if (attempt >= 4 || !/not attached/.test(String(error))) throw error;
      await target.page().waitForTimeout(200);
    }
  }
}

/** Types into a page's search box and waits for the table to redraw. */
async function search(page: Page, placeholder: RegExp, query: string) {
  await page.getByPlaceholder(placeholder).fill(query);
  await page.waitForTimeout(300);
}

describe("rows → their sentence on the Sources page", () => {
  test.each([
    ["a dated section (wikitext heading)", SEED, "Soviet involvement in regime change", 0],
    ["a dated section further down", SEED, "Soviet involvement in regime change", 20],
    ["a dated list item", GIBRALTAR, "Timeline of the history of Gibraltar", 40],
    ["a dated list item with BCE years", NEAR_EAST, "List of conflicts in the Near East", 3],
    ["a dated heading of a long article", CENTRAL_ASIA, "Russian conquest of Central Asia", 4],
    ["a heading with its dates inside", AFGHANISTAN, "European influence in Afghanistan", 2],
  ])("Overview table → %s, and Back returns to the row", async (_, slug, title, index) => {
    const {page, errors} = await openPage(site.browser, site.origin, "/");
    await settled(page);
    await search(page, /Search interventions/, slug);
    const region = table(page, "All interventions");
    const link = await nthInTable(region, `a[href*="sources#${slug}/"]`, index);
    await reveal(link);
    const href = await link.getAttribute("href");
    const line = await lineOf(link);
    await link.click();
    const l = await landed(page, {line, title});
    expect(l.scrollY).toBeGreaterThan(index > 0 || line > 40 ? 0 : -1);
    // Back: the row the reader left is on screen again, its link focused.
    await page.goBack();
    await settled(page);
    await expect
      .poll(() => page.evaluate((href) => {
        const a = document.activeElement;
        if (!(a instanceof HTMLAnchorElement) || a.getAttribute("href") !== href) return "not focused";
        const r = a.getBoundingClientRect();
        const seen = r.top >= 0 && r.bottom <= window.innerHeight && a.contains(document.elementFromPoint(r.left + 2, r.top + r.height / 2));
        return seen ? "in view" : "out of view";
      }, href), {timeout: 10_000})
      .toBe("in view");
    expect(errors).toEqual([]);
    await page.close();
  });

  test.each([0, 2, 3])("Overview figure card %i → the figure, outlined in its sentence", async (index) => {
    const {page, errors} = await openPage(site.browser, site.origin, "/");
    await settled(page);
    const card = page.locator(".card", {has: page.locator("h2", {hasText: /^Largest/})}).nth(index);
    const quote = (await card.locator("p").innerText()).match(/“(.*)”/)![1];
    const link = card.getByRole("link");
    const line = await lineOf(link);
    const title = await documentOfCard(card);
    await link.click();
    await landed(page, {line, title, text: quote});
    expect(errors).toEqual([]);
    await page.close();
  });

  test.each([
    [SEED, "Soviet involvement in regime change", 30],
    [GIBRALTAR, "Timeline of the history of Gibraltar", 12],
    [CENTRAL_ASIA, "Russian conquest of Central Asia", 5],
  ])("Figures table → a figure of %s", async (slug, title, index) => {
    const {page, errors} = await openPage(site.browser, site.origin, "/figures");
    await settled(page);
    await search(page, /Search figures/, slug);
    const region = table(page, "Every figure");
    const row = await nthInTable(region, `tbody tr:has(a[href*="sources#${slug}/"])`, index);
    await reveal(row);
    const quote = await cell(region, row, "quote");
    const link = row.locator(`a[href*="sources#"]`);
    const line = await lineOf(link);
    await link.click();
    await landed(page, {line, title, text: quote});
    expect(errors).toEqual([]);
    await page.close();
  });

  test("Map table → an episode of the chosen document", async () => {
    const {page, errors} = await openPage(site.browser, site.origin, "/map");
    await settled(page);
    await page.getByLabel("Document", {exact: true}).selectOption({label: "Soviet involvement in regime change"});
    await settled(page);
    const link = table(page, "Countries and their episodes").locator(`a[href*="sources#${SEED}/"]`).nth(6);
    const line = await lineOf(link);
    await link.click();
    await landed(page, {line, title: "Soviet involvement in regime change"});
    expect(errors).toEqual([]);
    await page.close();
  });

  test.each([0, 40, 80])("Methods cue %i → the cue phrase outlined in its sentence (or, where a figure's mark covers it, its line)", async (index) => {
    const {page, errors} = await openPage(site.browser, site.origin, "/methods");
    await settled(page);
    await page.getByLabel("Document", {exact: true}).selectOption({label: "Soviet involvement in regime change"});
    await settled(page);
    const region = table(page, "Method cues");
    await showsDocument(region, SEED);
    const row = await nthInTable(region, "tbody tr", index);
    await reveal(row);
    const quote = await cell(region, row, "quote");
    const link = row.locator(`a[href*="sources#"]`);
    const line = await lineOf(link);
    const id = decodeURIComponent((await link.getAttribute("href"))!.split("/").pop()!);
    await link.click();
    await page.waitForURL(/\/sources#/, {timeout: 30_000});
    await settled(page);
    // Marked in the text: the phrase is outlined; covered by a figure's mark: its line.
    const marked = await page.evaluate((id) => document.getElementById(id) !== null, id);
    await landed(page, marked ? {line, title: "Soviet involvement in regime change", text: quote} : {line, title: "Soviet involvement in regime change", lineHolds: quote});
    expect(errors).toEqual([]);
    await page.close();
  });

  test.each([
    ["an intervention", "Soviet involvement in regime change", "a.episode-link"],
    ["an event", "Soviet involvement in regime change", "a.event-link"],
    ["an intervention", "Russian conquest of Central Asia", "a.episode-link"],
  ])("Compare's shared targets → %s of %s", async (_, title, kind) => {
    const {page, errors} = await openPage(site.browser, site.origin, `/compare#${SEED},${CENTRAL_ASIA},${AFGHANISTAN}`);
    await settled(page);
    const region = table(page, /Targets the documents share/);
    // What each document says: the column headed by its title.
    const headers = (await region.locator("thead th").allInnerTexts()).map((h) => h.trim());
    const column = headers.indexOf(title);
    expect(column).toBeGreaterThan(0);
    const link = region.locator(`tbody tr td:nth-child(${column + 1}) ${kind}`).first();
    const line = await lineOf(link);
    await link.click();
    await landed(page, {line, title});
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** The document a figure card's link points into, by its title on the Sources page. */
async function documentOfCard(card: Locator): Promise<string> {
  const href = decodeURIComponent((await card.getByRole("link").getAttribute("href")) ?? "");
  const slug = /sources#([^/]+)/.exec(href)![1];
  return {
    [SEED]: "Soviet involvement in regime change",
    [GIBRALTAR]: "Timeline of the history of Gibraltar",
    [NEAR_EAST]: "List of conflicts in the Near East",
    [CENTRAL_ASIA]: "Russian conquest of Central Asia",
    [AFGHANISTAN]: "European influence in Afghanistan",
  }[slug] ?? slug;
}

describe("the Sources page → rows, and within itself", () => {
  test("a figure's mark → exactly that figure's row on the Figures page (f1 is not f10–f19), which the reader can clear", async () => {
    const {page, errors} = await openPage(site.browser, site.origin, `/sources#${SEED}`);
    await settled(page);
    const mark = page.locator(`article.source a[id="${SEED}:f1"]`);
    const quote = await mark.innerText();
    await mark.click();
    await page.waitForURL(/\/figures#/);
    await settled(page);
    const rows = table(page, "Every figure").locator("tbody tr");
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain(quote);
    const status = page.getByRole("status").filter({hasText: /showing the figure you followed/i});
    expect(await status.isVisible()).toBe(true);
    await status.getByRole("button", {name: /show all/i}).click();
    await expect.poll(() => rows.count()).toBeGreaterThan(20);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("a figure's mark of a list-shaped document → exactly that row", async () => {
    const {page, errors} = await openPage(site.browser, site.origin, `/sources#${GIBRALTAR}`);
    await settled(page);
    // A figure's mark, not a method cue's (the list's items carry both kinds).
    const mark = page.locator("article.source a.evidence-link:not(:has(mark.method))").nth(10);
    await reveal(mark);
    const quote = await mark.innerText();
    await mark.click();
    await page.waitForURL(/\/figures#/);
    await settled(page);
    const rows = table(page, "Every figure").locator("tbody tr");
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain(quote);
    expect(errors).toEqual([]);
    await page.close();
  });

  test.each([0, 30, 70])("method cue mark %i → exactly that cue's row on the Methods page", async (index) => {
    const {page, errors} = await openPage(site.browser, site.origin, `/sources#${SEED}`);
    await settled(page);
    const mark = page.locator("article.source a.evidence-link:has(mark.method)").nth(index);
    await reveal(mark);
    const quote = await mark.innerText();
    await mark.click();
    await page.waitForURL(/\/methods#/);
    await settled(page);
    const region = table(page, "Method cues");
    await expect.poll(() => region.locator("tbody tr").count()).toBe(1);
    const row = region.locator("tbody tr").first();
    expect(await cell(region, row, "quote")).toContain(quote);
    const inView = await row.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight && el.contains(document.elementFromPoint(r.left + 20, r.top + r.height / 2));
    });
    expect(inView).toBe(true);
    const status = page.getByRole("status").filter({hasText: /showing the cue you followed/i});
    await status.getByRole("button", {name: /show all/i}).click();
    await expect.poll(() => region.locator("tbody tr").count()).toBeGreaterThan(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("a line number inside the text → that line, outlined and focused; Back returns to the previous one", async () => {
    const {page, errors} = await openPage(site.browser, site.origin, `/sources#${GIBRALTAR}/L40`);
    await settled(page);
    await landed(page, {line: 40, title: "Timeline of the history of Gibraltar"});
    const anchor = page.locator("article.source a.line-anchor", {hasText: /^L120$/});
    await reveal(anchor);
    await anchor.click();
    await landed(page, {line: 120, title: "Timeline of the history of Gibraltar"});
    await page.goBack();
    await landed(page, {line: 40, title: "Timeline of the history of Gibraltar"});
    expect(errors).toEqual([]);
    await page.close();
  });

  test("a link into another document of the same page switches the document and lands", async () => {
    const {page, errors} = await openPage(site.browser, site.origin, `/sources#${SEED}/L15`);
    await settled(page);
    await landed(page, {line: 15, title: "Soviet involvement in regime change"});
    await page.evaluate((slug) => (location.hash = `#${slug}/L30`), NEAR_EAST);
    await landed(page, {line: 30, title: "List of conflicts in the Near East"});
    expect(errors).toEqual([]);
    await page.close();
  });
});
