// Observable Framework configuration. Offline by design: no Google Fonts
// (globalStylesheets: []), no build-date footer (builds stay byte-identical), no search
// (its index loads MiniSearch from a CDN). See ../shared/ENGINEERING.md.
export default {
  title: "Intervention Atlas",
  root: "src",
  output: "dist",
  globalStylesheets: [],
  style: "style.css",
  pages: [
    {name: "Overview", path: "/"},
  ],
  footer: "Intervention Atlas — every number links to the sentence it came from. Text from the source documents: see each document's licence.",
  toc: false,
  pager: false,
  search: false,
};
