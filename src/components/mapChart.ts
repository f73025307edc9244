/**
 * The world map: present-day countries shaded by how many interventions of a document
 * target them, with each country's episodes in its tooltip and in a linked table.
 */
import * as Plot from "@observablehq/plot";
import {html} from "htl";
import {rowName, splitList} from "./data.js";
import {plot} from "./plot.js";
import {integerTicks} from "./format.js";
import {sourceHref} from "./sourceView.js";

/** A row of countries.csv. */
export interface CountryRow {
  document: string;
  iso3: string;
  name: string;
  interventions: number;
  first_year: number;
  last_year: number;
}

export type {InterventionRow} from "./data.js";
import type {InterventionRow} from "./data.js";

/** One intervention episode as the map and the tables list it. */
export interface Episode {
  document: string;
  order: number;
  place: string;
  years: string;
  methods: string[];
  line: number;
}

/** A GeoJSON feature of world-atlas: its id is an ISO 3166-1 numeric code, or absent. */
export interface CountryFeature {
  type: "Feature";
  id?: string | number;
  properties?: {name?: string} | null;
  geometry: unknown;
}

/** A country on the map: its countries.csv row, its episodes and its shape. */
export interface ShadedCountry extends CountryRow {
  episodes: Episode[];
  feature: CountryFeature;
}

/** Shapes that world-atlas draws without an id, by name → alpha-3 (world-countries' code). */
const UNNUMBERED: Record<string, string> = {Kosovo: "UNK"};

// One way of writing years everywhere (BCE too): see format.ts.
export {yearSpan} from "./format.js";
import {yearSpan} from "./format.js";

/**
 * The episodes of one document by target country (alpha-3), in document order. An
 * intervention with several targets is listed under each of them.
 * @example episodesByCountry(interventions, "soviet-involvement-in-regime-change").get("AFG") // [{place: "Afghanistan", years: "1929", …}, {place: "Afghanistan", years: "1979–1989", …}]
 */
export function episodesByCountry(interventions: InterventionRow[], document: string): Map<string, Episode[]> {
  const byCountry = new Map<string, Episode[]>();
  const rows = interventions.filter((d) => d.document === document).sort((a, b) => a.order - b.order);
  for (const d of rows) {
    const episode: Episode = {document: d.document, order: d.order, place: rowName(d), years: yearSpan(d.start_year, d.end_year), methods: splitList(d.methods), line: d.line};
    for (const iso3 of new Set(splitList(d.target_iso3))) {
      if (!byCountry.has(iso3)) byCountry.set(iso3, []);
      byCountry.get(iso3)!.push(episode);
    }
  }
  return byCountry;
}

/**
 * The alpha-3 code of a world-atlas feature, from a numeric → alpha-3 table; a feature
 * without an id is looked up by name (Kosovo), else has none.
 * @example featureIso3({type: "Feature", id: "004", geometry: null}, {"004": "AFG"}) // "AFG"
 * @example featureIso3({type: "Feature", properties: {name: "N. Cyprus"}, geometry: null}, {}) // undefined
 */
export function featureIso3(feature: CountryFeature, numeric: Record<string, string>): string | undefined {
  if (feature.id != null && feature.id !== "") return numeric[String(feature.id).padStart(3, "0")];
  const name = feature.properties?.name;
  return name ? UNNUMBERED[name] : undefined;
}

/**
 * Joins a document's countries.csv rows to their shapes and episodes.
 * @returns `shaded`: the countries drawn on the map; `unmapped`: rows with no shape at this
 *   scale (small islands, historical codes), listed in the table only
 * @example shadeCountries(features, countries.filter((d) => d.document === doc), episodesByCountry(interventions, doc), numeric)
 */
export function shadeCountries(features: CountryFeature[], countries: CountryRow[], episodes: Map<string, Episode[]>, numeric: Record<string, string>) {
  const shapes = new Map<string, CountryFeature>();
  for (const feature of features) {
    const iso3 = featureIso3(feature, numeric);
    if (iso3 && !shapes.has(iso3)) shapes.set(iso3, feature);
  }
  const shaded: ShadedCountry[] = [];
  const unmapped: CountryRow[] = [];
  for (const row of countries) {
    const feature = shapes.get(row.iso3);
    if (feature) shaded.push({...row, episodes: episodes.get(row.iso3) ?? [], feature});
    else unmapped.push(row);
  }
  return {shaded, unmapped};
}

/**
 * The tooltip of a country: its name and count, then one line per episode.
 * @example countryTip({name: "Afghanistan", interventions: 2, episodes: [{place: "Afghanistan", years: "1929"}, {place: "Afghanistan", years: "1979–1989"}]}) // "Afghanistan: 2 interventions\nAfghanistan, 1929\nAfghanistan, 1979–1989"
 */
export function countryTip(country: {name: string; interventions: number; episodes: {place: string; years: string}[]}): string {
  const head = `${country.name}: ${country.interventions} intervention${country.interventions === 1 ? "" : "s"}`;
  return [head, ...country.episodes.map((e) => `${e.place}, ${e.years}`)].join("\n");
}

/**
 * Links to the Sources page, one per episode: `Mongolia 1921–1924`.
 * @example episodeLinks(shaded[0].episodes)
 */
export function episodeLinks(episodes: Episode[]) {
  return html`<span class="episode-links">${episodes.flatMap((e, i) => [i ? "; " : "", html`<a href=${sourceHref(e.document, e.line)}>${e.place} ${e.years}</a>`])}</span>`;
}

/**
 * A choropleth of the countries a document's interventions target (equal-earth
 * projection, Antarctica left out), with a colour legend and a tooltip per country.
 * @param features world-atlas country features (the base map)
 * @param shaded the countries to colour (see {@link shadeCountries})
 * @param options.width chart width in pixels
 * @example mapChart(features, shaded, {width: 900})
 */
export function mapChart(features: CountryFeature[], shaded: ShadedCountry[], {width = 640, ...options}: {width?: number} & Plot.PlotOptions = {}) {
  const land = features.filter((f) => String(f.id) !== "010");
  const max = Math.max(1, ...shaded.map((d) => d.interventions));
  const chart = plot({
    width,
    projection: {type: "equal-earth", domain: {type: "FeatureCollection", features: land} as any},
    color: {type: "linear", scheme: "blues", domain: [0, max], range: [0.25, 1], legend: shaded.length > 0, label: "Interventions", tickFormat: "d", ticks: integerTicks(max)},
    ariaLabel: "World map of the countries targeted, shaded by number of interventions",
    ariaDescription: shaded.length ? shaded.map((d) => `${d.name}: ${d.interventions}`).join("; ") : "No country is targeted.",
    marks: [
      Plot.graticule({strokeOpacity: 0.06}),
      // Theme colours, so that the map reads on the light and the dark theme alike.
      Plot.geo(land, {fill: "var(--theme-foreground-faintest)", stroke: "var(--theme-background)", strokeWidth: 0.5, ariaHidden: true} as any),
      Plot.geo(shaded, {
        geometry: "feature",
        fill: "interventions",
        stroke: "var(--theme-background)",
        strokeWidth: 0.6,
        title: countryTip,
        ariaLabel: (d: ShadedCountry) => countryTip(d).replaceAll("\n", "; "),
        tip: true,
        className: "shaded-countries",
      } as any),
    ],
    ...options,
  });
  // Each shaded country is a labelled graphic, so that its aria-label is allowed and read.
  for (const path of chart.querySelectorAll(".shaded-countries path[aria-label]")) path.setAttribute("role", "img");
  return chart;
}
