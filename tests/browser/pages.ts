/**
 * The site's pages, read from observablehq.config.ts, so that a new page is covered by the
 * browser tests (console errors, offline, accessibility) without editing them.
 */
import config from "../../observablehq.config.ts";

/** Every page path in the sidebar, e.g. `/`, `/metrics`. */
export const PAGES: string[] = config.pages.map((p: {path: string}) => p.path);
