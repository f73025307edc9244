/**
 * compareDocuments: one row per metric, one column per document. The metrics are a data table:
 * a new metric is one entry in COMPARE_METRICS.
 */
import type {Event, Intervention, MethodCue, Row, Warning} from "../types.ts";
import {METHODS, METHOD_DESCRIPTIONS} from "../rules/methods.ts";

/** What a metric reads from one document's analysis (a `DocumentAnalysis` fits). */
export interface CompareInput {
  doc: {slug: string; warnings: readonly Warning[]};
  interventions: readonly Intervention[];
  methods?: readonly MethodCue[];
  events?: readonly Event[];
  /** Present once the figures pass runs; the `figures` metric appears only then. */
  figures?: readonly unknown[];
}

type Value = number | string | null;

/**
 * A metric: its name, what it means, and its value for one document. A family entry (with
 * `keys`) stands for one metric per key found in the corpus (`method:invasion`,
 * `region:Eastern Europe`); `when` leaves a metric out unless the analyses support it.
 */
export interface CompareMetric {
  name: string;
  description: string;
  value: (a: CompareInput, key: string) => Value;
  keys?: (analyses: readonly CompareInput[]) => string[];
  when?: (analyses: readonly CompareInput[]) => boolean;
}

const years = (a: CompareInput) => a.interventions.flatMap((i) => [i.start_year, i.end_year ?? i.start_year]);
const unique = <T>(xs: readonly T[]) => [...new Set(xs)];

/** Every metric of compare.csv, in row order. */
export const COMPARE_METRICS: readonly CompareMetric[] = [
  {name: "interventions", description: "Dated sections (intervention episodes)", value: (a) => a.interventions.length},
  {name: "targets", description: "Distinct target names among the interventions", value: (a) => unique(a.interventions.flatMap((i) => i.targets)).length},
  {name: "countries", description: "Distinct present-day countries (ISO 3166-1 alpha-3) targeted", value: (a) => unique(a.interventions.flatMap((i) => i.target_iso3)).length},
  {name: "first_year", description: "Earliest start year of an intervention (empty without interventions)", value: (a) => (a.interventions.length ? Math.min(...years(a)) : null)},
  {name: "last_year", description: "Latest end year of an intervention (an ongoing one counts to its start year)", value: (a) => (a.interventions.length ? Math.max(...years(a)) : null)},
  {
    name: "method",
    description: "Interventions labelled with the method",
    keys: () => [...METHODS],
    value: (a, key) => a.interventions.filter((i) => i.methods.includes(key)).length,
  },
  {name: "unlabelled", description: "Interventions with no method label found in their text", value: (a) => a.interventions.filter((i) => !i.methods.length).length},
  {
    name: "region",
    description: "Interventions with a target in the region (a world-countries subregion)",
    keys: (analyses) => unique(analyses.flatMap((a) => a.interventions.flatMap((i) => i.region))).sort(),
    value: (a, key) => a.interventions.filter((i) => i.region.includes(key)).length,
  },
  {name: "method_cues", description: "Cue phrases behind the method labels", value: (a) => a.methods?.length ?? null},
  {name: "events", description: "Acts with a named actor found in the prose (events.csv rows)", value: (a) => a.events?.length ?? null},
  {name: "events_dated", description: "Events whose text gives a year", value: (a) => a.events?.filter((e) => e.year !== null).length ?? null},
  {name: "unknown_places", description: "Target names with no ISO code (unknown-place warnings)", value: (a) => a.doc.warnings.filter((w) => w.code === "unknown-place").length},
  {
    name: "figures",
    description: "Numeric figures found in the prose",
    when: (analyses) => analyses.some((a) => Array.isArray(a.figures)),
    value: (a) => (Array.isArray(a.figures) ? a.figures.length : null),
  },
];

/**
 * The comparison table: one row per metric (families expanded, `method:invasion`), columns
 * `metric`, `description` and one per document slug, in the order given.
 * @example compareDocuments(analyses)[0] // {metric: "interventions", description: "Dated sections …", "soviet-involvement-in-regime-change": 25, "soviet-union-in-world-war-ii": 0}
 */
export function compareDocuments(analyses: readonly CompareInput[], metrics: readonly CompareMetric[] = COMPARE_METRICS): Row[] {
  const rows: Row[] = [];
  const cells: {row: Row; metric: CompareMetric; key: string}[] = [];
  for (const metric of metrics) {
    if (metric.when && !metric.when(analyses)) continue;
    const keys = metric.keys ? metric.keys(analyses) : [""];
    for (const key of keys) {
      const description = key
        ? `${metric.description}: ${key}${metric.name === "method" && key in METHOD_DESCRIPTIONS ? ` (${METHOD_DESCRIPTIONS[key as keyof typeof METHOD_DESCRIPTIONS]})` : ""}`
        : metric.description;
      const row: Row = {metric: key ? `${metric.name}:${key}` : metric.name, description};
      cells.push({row, metric, key});
      rows.push(row);
    }
  }
  // Document by document: a streamed analysis reads its events and method cues from JSON each
  // time they are asked for (readDigest), and several metrics ask. Each is read once here, and
  // let go before the next document's.
  for (const a of analyses) {
    const once = onceEach(a);
    for (const {row, metric, key} of cells) row[a.doc.slug] = metric.value(once, key);
  }
  return rows;
}

/** The analysis, with its events and method cues read at most once (the rest as it is). */
function onceEach(a: CompareInput): CompareInput {
  let methods: CompareInput["methods"];
  let events: CompareInput["events"];
  let readMethods = false;
  let readEvents = false;
  return Object.create(a, {
    methods: {enumerable: true, get: () => (readMethods ? methods : ((readMethods = true), (methods = a.methods)))},
    events: {enumerable: true, get: () => (readEvents ? events : ((readEvents = true), (events = a.events)))},
  });
}
