import {fileURLToPath} from "node:url";

// Observable Framework configuration. Offline by design: no Google Fonts
// (globalStylesheets: []), no build-date footer (builds stay byte-identical), no search
// (its index loads MiniSearch from a CDN). See ../shared/ENGINEERING.md.
export default {
  title: "Intervention Atlas",
  root: "src",
  // ATLAS_DIST lets the browser tests build a second site (from hostile fixtures) beside dist/.
  output: process.env.ATLAS_DIST || "dist",
  globalStylesheets: [],
  style: "style.css",
  pages: [
    {name: "Overview", path: "/"},
    {name: "Figures", path: "/figures"},
    {name: "Sources", path: "/sources"},
    {name: "Map", path: "/map"},
    {name: "Methods", path: "/methods"},
    {name: "Compare", path: "/compare"},
    {name: "Metrics", path: "/metrics"},
    {name: "Accuracy", path: "/accuracy"},
    {name: "Data", path: "/data"},
  ],
  // Framework 1.13's page chrome misses a few accessibility basics (no <html lang>, an
  // unlabelled sidebar toggle, a <label> directly inside an <ol>): fix them once parsed.
  head: `<script type="module">
document.documentElement.lang ||= "en";
document.getElementById("observablehq-sidebar-toggle")?.setAttribute("aria-label", "Toggle the sidebar");
const close = document.getElementById("observablehq-sidebar-close");
if (close?.parentElement?.tagName === "OL") {
  const item = document.createElement("li");
  item.style.display = "contents";
  close.replaceWith(item);
  item.append(close);
}
</script>`,
  // TypeScript loaders run from the library's bundle (loaders/launch.mjs: plain JavaScript,
  // rebuilt when the library changes), so no loader compiles TypeScript: faster loader runs in
  // the tweak loop and the build. A .ts loader outside src/data/ runs through tsx.
  interpreters: {".ts": ["node", fileURLToPath(new URL("./loaders/launch.mjs", import.meta.url))]},
  footer: "Intervention Atlas — every number links to the sentence it came from. Text from the source documents: see each document's licence.",
  toc: false,
  pager: false,
  search: false,
};
