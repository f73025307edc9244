/**
 * The corpus at a glance: one small card per document — its interventions per decade, its
 * methods and its regions, every document on the same scales — linking to its text and to
 * Compare.
 */
import * as Plot from "@observablehq/plot";
import {html} from "htl";
import {splitList, type InterventionRow} from "./data.js";
import {documentColors, titleOf, type DocumentRow} from "./documents.js";
import {formatDecade, formatYear, integerTicks} from "./format.js";
import {plot} from "./plot.js";

/** The shared scales of the small multiples: every document is drawn against the same ones. */
export interface CorpusScales {
  /** First and last year (decade start, and the end of the last decade). */
  years: [number, number];
  /** The largest count of episodes started in one decade by one document. */
  perDecade: number;
  /** Methods and regions, most frequent first, and the largest count of one document. */
  methods: string[];
  regions: string[];
  perKey: number;
}

/** Counts per key of one document's episodes (an episode with several keys counts under each). */
function countBy(rows: InterventionRow[], keys: (d: InterventionRow) => string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of rows) for (const k of new Set(keys(d))) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

const decadeOf = (year: number) => Math.floor(year / 10) * 10;
const methodsOf = (d: InterventionRow) => splitList(d.methods);
const regionsOf = (d: InterventionRow) => splitList(d.region);

/**
 * The scales every small multiple shares.
 * @param options.top how many methods and regions to keep (the most frequent in the corpus)
 * @example corpusScales(interventions).years // [-3100, 2020]
 */
export function corpusScales(interventions: InterventionRow[], {top = 8}: {top?: number} = {}): CorpusScales {
  const starts = interventions.map((d) => d.start_year).filter((y) => y != null);
  const byDoc = [...new Set(interventions.map((d) => d.document))].map((slug) => interventions.filter((d) => d.document === slug));
  const total = (keys: (d: InterventionRow) => string[]) => [...countBy(interventions, keys)].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, top).map(([k]) => k);
  const methods = total(methodsOf);
  const regions = total(regionsOf);
  let perDecade = 0;
  let perKey = 0;
  for (const rows of byDoc) {
    for (const n of countBy(rows, (d) => [String(decadeOf(d.start_year))]).values()) perDecade = Math.max(perDecade, n);
    for (const [k, n] of countBy(rows, methodsOf)) if (methods.includes(k)) perKey = Math.max(perKey, n);
    for (const [k, n] of countBy(rows, regionsOf)) if (regions.includes(k)) perKey = Math.max(perKey, n);
  }
  return {years: starts.length ? [decadeOf(Math.min(...starts)), decadeOf(Math.max(...starts)) + 10] : [0, 10], perDecade, methods, regions, perKey};
}

/** One document's episodes per decade, on the corpus's time axis. */
function decadeStrip(rows: InterventionRow[], scales: CorpusScales, color: string, width: number) {
  const counts = [...countBy(rows, (d) => [String(decadeOf(d.start_year))])].map(([decade, n]) => ({decade: Number(decade), next: Number(decade) + 10, n}));
  return plot({
    width,
    height: 96,
    marginTop: 12,
    marginLeft: 28,
    marginRight: 12,
    marginBottom: 22,
    x: {domain: scales.years, tickFormat: formatYear, ticks: 3, label: null},
    y: {domain: [0, Math.max(1, scales.perDecade)], ticks: integerTicks(scales.perDecade, 2), tickFormat: "d", label: null},
    ariaLabel: "Episodes started per decade",
    ariaDescription: counts.map((d) => `${formatDecade(d.decade)}: ${d.n}`).join("; ") || "none",
    marks: [
      Plot.ruleY([0], {strokeOpacity: 0.3}),
      Plot.rect(counts, {x1: "decade", x2: "next", y1: 0, y2: "n", fill: color, channels: {Decade: (d: {decade: number}) => formatDecade(d.decade), Started: "n"}, tip: {format: {x1: false, x2: false, y1: false, y2: false}}}),
      // A tick under every decade with an episode, so that a short span stays visible on a long axis.
      Plot.ruleX(counts, {x: "decade", y1: 0, y2: () => Math.max(1, scales.perDecade) * 0.12, stroke: color, strokeWidth: 2}),
    ],
  });
}

/** One document's counts per key (methods or regions) on the shared domain and scale. */
function keyBars(rows: InterventionRow[], keys: string[], keysOf: (d: InterventionRow) => string[], max: number, color: string, width: number, what: string) {
  const counts = countBy(rows, keysOf);
  const data = keys.map((key) => ({key, n: counts.get(key) ?? 0}));
  return plot({
    width,
    height: keys.length * 14 + 28,
    marginLeft: Math.min(Math.round(width * 0.55), 118),
    marginRight: 12,
    marginBottom: 20,
    x: {domain: [0, Math.max(1, max)], ticks: integerTicks(max, 2), tickFormat: "d", label: null},
    y: {domain: keys, label: null, tickFormat: (k: string) => (k.length > 18 ? `${k.slice(0, 17)}…` : k), tickSize: 0},
    ariaLabel: `Episodes per ${what}`,
    ariaDescription: data.filter((d) => d.n).map((d) => `${d.key}: ${d.n}`).join("; ") || "none",
    marks: [
      Plot.barX(data, {y: "key", x: "n", fill: color, tip: {format: {y: true, x: "d", fill: false}}}),
      Plot.ruleX([0], {strokeOpacity: 0.3}),
    ],
  });
}

/**
 * Small multiples of the corpus, one card per document (corpus order): episodes started per
 * decade on one time axis, methods and regions on one count scale — so the cards compare at a
 * glance — each card linking to the document's text and to Compare. A document without
 * intervention rows says so, with its count of events.
 * @param options.width the width available (cards flow in as many columns as fit)
 * @param options.events rows of events.csv, to count a document's events
 * @example corpusView(documents, interventions, {width: 1000, events})
 */
export function corpusView(documents: DocumentRow[], interventions: InterventionRow[], {width = 960, events = []}: {width?: number; events?: {document: string}[]} = {}) {
  const scales = corpusScales(interventions);
  const colors = documentColors(documents);
  const title = titleOf(documents);
  const columns = Math.max(1, Math.min(documents.length, Math.floor((width + 16) / 320)));
  const cardWidth = Math.floor((width - 16 * (columns - 1)) / columns) - 26;
  const cards = documents.map((d) => {
    const rows = interventions.filter((i) => i.document === d.document);
    const color = colors.get(d.document)!;
    const slug = encodeURIComponent(d.document);
    const starts = rows.map((r) => r.start_year);
    const span = starts.length ? `${formatYear(Math.min(...starts))} to ${formatYear(Math.max(...rows.map((r) => r.end_year ?? r.start_year)))}` : "";
    const eventCount = events.filter((e) => e.document === d.document).length;
    return html`<section class="corpus-card" aria-label=${title(d.document)} style=${{borderTopColor: color}}>
      <h3><span class="swatch" style=${{background: color}}></span><a href=${`./sources#${slug}`}>${title(d.document)}</a></h3>
      <p class="muted">${rows.length ? `${rows.length} interventions, ${span}` : `No intervention rows (${eventCount} ${eventCount === 1 ? "event" : "events"} in its prose)`} · <a href=${`./sources#${slug}`}>text</a> · <a href=${`./compare#${slug}`}>compare</a></p>
      ${rows.length
        ? html`<div class="corpus-charts">
            <div><h4>Started per decade</h4>${decadeStrip(rows, scales, color, cardWidth)}</div>
            <div><h4>Methods</h4>${scales.methods.length ? keyBars(rows, scales.methods, methodsOf, scales.perKey, color, cardWidth, "method") : html`<p class="muted">No method labels.</p>`}</div>
            <div><h4>Regions</h4>${scales.regions.length ? keyBars(rows, scales.regions, regionsOf, scales.perKey, color, cardWidth, "region") : html`<p class="muted">No regions.</p>`}</div>
          </div>`
        : ""}
    </section>`;
  });
  return html`<div class="corpus-view" style=${{gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`}}>${cards}</div>`;
}
