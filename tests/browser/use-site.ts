/**
 * One served site and one browser per test file: `const site = useSite();` then
 * `openPage(site.browser, site.origin, "/")` inside the tests.
 */
import type {Server} from "node:http";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll} from "vitest";
import {DIST, launchBrowser, serveDist} from "./site.ts";

/** Serves `root` (default dist/) and launches Chromium before the file's tests; closes both after. */
export function useSite(root: () => string = () => DIST): {browser: Browser; origin: string} {
  const site = {} as {browser: Browser; origin: string; server: Server};
  beforeAll(async () => {
    ({server: site.server, origin: site.origin} = await serveDist(root()));
    site.browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await site.browser?.close();
    site.server?.close();
  });
  return site;
}
