// Every page: draws without console errors, requests nothing beyond 127.0.0.1, and axe-core
// finds no serious or critical accessibility violation.
import {createRequire} from "node:module";
import {describe, expect, test} from "vitest";
import {openPage} from "./site.ts";
import {useSite} from "./use-site.ts";
import {PAGES} from "./pages.ts";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const site = useSite();

describe.each(PAGES)("page %s", (path) => {
  test("renders offline without console errors; axe finds no serious or critical violation", async () => {
    const {page, errors, external} = await openPage(site.browser, site.origin, path);
    await page.waitForLoadState("networkidle");
    // Wait until Framework has run every cell (no cell still shows its loading state).
    await page.waitForFunction(() => !document.querySelector(".observablehq--loading"), null, {timeout: 30_000});
    await page.addScriptTag({path: AXE});
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as {axe: {run: (ctx: unknown, opts: unknown) => Promise<{violations: {id: string; impact: string; help: string; nodes: {target: string[]}[]}[]}>}}).axe;
      const result = await axe.run(document, {resultTypes: ["violations"]});
      return result.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")})`);
    });
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
  });
});
