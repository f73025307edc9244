/**
 * The data dictionary: every derived table's columns, in output order, with type, unit and
 * meaning. CSV column order, the Data page and `datapackage.json` all read this one table.
 */

/** One column of a derived table. */
export interface Column {
  name: string;
  /** Frictionless Table Schema type. */
  type: "string" | "integer" | "number" | "boolean";
  /** Unit of the values, where there is one (`year`, `persons`, …). */
  unit?: string;
  description: string;
}

/** A derived table: its file name (without `.csv`), what a row is, and its columns. */
export interface TableSchema {
  name: string;
  title: string;
  /** What one row stands for. */
  row: string;
  columns: Column[];
  /**
   * Columns that depend on the data, written after `columns`: one per document for the
   * `compare` table. `columnsOf(table, rows)` reads their names from the rows.
   */
  dynamic?: Column;
}

const documentColumn: Column = {name: "document", type: "string", description: "Slug of the source document (its file name without .txt)"};

/** Schemas of every table the pipeline writes, by name. */
export const SCHEMAS: Record<string, TableSchema> = {
  documents: {
    name: "documents",
    title: "Documents",
    row: "input document",
    columns: [
      documentColumn,
      {name: "title", type: "string", description: "Title from the level-1 heading, else the first short line"},
      {name: "format", type: "string", description: "The form the file came in: text (the seeds' plain text, .txt), wikitext (an article's wikitext or a Special:Export dump, .wiki) or html (a page saved from Wikipedia, .html); every form is read into the same normalized text, which the Sources page shows and every line and offset points into"},
      {name: "origin", type: "string", description: "Where the text comes from (from <slug>.meta.json, else the text's own footer)"},
      {name: "url", type: "string", description: "Address of the original, where known"},
      {name: "licence", type: "string", description: "SPDX licence id of the text (CC-BY-SA-4.0, GFDL-1.3-or-later), or unknown"},
      {name: "bytes", type: "integer", unit: "bytes", description: "Size of the file on disk"},
      {name: "sections", type: "integer", description: "Number of headings below the title"},
      {name: "interventions", type: "integer", description: "Number of intervention rows (dated sections and dated list items)"},
      {name: "warnings", type: "string", description: "Problems found reading the file, as 'line N: message', separated by ' | '"},
    ],
  },
  interventions: {
    name: "interventions",
    title: "Interventions",
    row: "dated section or dated list item (an intervention episode)",
    columns: [
      {name: "id", type: "string", description: "document:order"},
      documentColumn,
      {name: "order", type: "integer", description: "1-based position among the document's dated sections and dated list items"},
      {name: "period", type: "string", description: "Text of the enclosing level-2 heading"},
      {name: "start_year", type: "integer", unit: "year", description: "First year in the heading or at the start of the list item (BCE years negative)"},
      {name: "end_year", type: "integer", unit: "year", description: "Last year (= start_year for one year; empty for '–present')"},
      {name: "title", type: "string", description: "The heading's text, or the list item's first sentence"},
      {name: "place", type: "string", description: "The heading's place text, as written (empty for a list item)"},
      {name: "targets", type: "string", description: "Target names, separated by ';': split from the heading's place, else read from the row's text (rule +targets:acts or +targets:text)"},
      {name: "notes", type: "string", description: "Parenthetical notes in the place, separated by ';'"},
      {name: "target_iso3", type: "string", description: "ISO 3166-1 alpha-3 codes of today's countries covering the targets (a dissolved state maps to all its successors), separated by ';'; an unknown place has none and is reported in the warnings"},
      {name: "region", type: "string", description: "Region of each target (a world-countries subregion such as Eastern Europe), separated by ';'"},
      {name: "methods", type: "string", description: "Method labels the section's text ties to the intervening power (invasion, coup, annexation, election, military_aid, covert), separated by ';'; the cues are in method_cues"},
      {name: "line", type: "integer", description: "1-based line of the heading or the list item in the document"},
      {name: "rule", type: "string", description: "The rule that recognised the row (heading:… for a dated heading, item:… for a dated list item), with +targets:… saying where the targets came from"},
    ],
  },
  decades: {
    name: "decades",
    title: "Interventions per decade",
    row: "document and decade",
    columns: [
      documentColumn,
      {name: "decade", type: "integer", unit: "year", description: "First year of the decade (1940 = the 1940s), from the heading years"},
      {name: "started", type: "integer", unit: "interventions", description: "Interventions whose start year falls in the decade"},
      {name: "active", type: "integer", unit: "interventions", description: "Interventions whose years span any part of the decade"},
    ],
  },
  periods: {
    name: "periods",
    title: "Interventions per period",
    row: "document and period (level-2 heading)",
    columns: [
      documentColumn,
      {name: "period", type: "string", description: "Text of the level-2 heading"},
      {name: "interventions", type: "integer", unit: "interventions", description: "Dated sections under it"},
      {name: "first_year", type: "integer", unit: "year", description: "Earliest start year"},
      {name: "last_year", type: "integer", unit: "year", description: "Latest end year"},
    ],
  },
  warnings: {
    name: "warnings",
    title: "Warnings",
    row: "problem found in an input document",
    columns: [
      documentColumn,
      {name: "file", type: "string", description: "File name in the data directory"},
      {name: "line", type: "integer", description: "1-based line (0 = the whole file)"},
      {name: "code", type: "string", description: "Kind of problem"},
      {name: "message", type: "string", description: "What is wrong"},
    ],
  },
  methods: {
    name: "methods",
    title: "Interventions per method",
    row: "document and method label (zeros kept)",
    columns: [
      documentColumn,
      {name: "method", type: "string", description: "Method label: invasion, coup, annexation, election, military_aid or covert"},
      {name: "interventions", type: "integer", unit: "interventions", description: "Interventions of the document labelled with the method"},
    ],
  },
  method_periods: {
    name: "method_periods",
    title: "Interventions per method, period and decade",
    row: "document, period, decade and method with at least one intervention; each intervention counts once per label, in its period and start decade, so summing over decade gives per-period counts and summing over period per-decade counts",
    columns: [
      documentColumn,
      {name: "period", type: "string", description: "Text of the enclosing level-2 heading"},
      {name: "decade", type: "integer", unit: "year", description: "First year of the decade of the intervention's start year (1940 = the 1940s)"},
      {name: "method", type: "string", description: "Method label"},
      {name: "interventions", type: "integer", unit: "interventions", description: "Interventions with the label in that period and decade"},
    ],
  },
  method_cues: {
    name: "method_cues",
    title: "Method cues",
    row: "cue phrase that gave an intervention a method label (several per label where several sentences say it)",
    columns: [
      documentColumn,
      {name: "order", type: "integer", description: "Order of the intervention whose section holds the cue"},
      {name: "method", type: "string", description: "Method label the cue gives"},
      {name: "line", type: "integer", description: "1-based line of the cue's first character"},
      {name: "start", type: "integer", unit: "characters", description: "Offset of the cue in the document text (UTF-16 code units, after line ends are normalised)"},
      {name: "end", type: "integer", unit: "characters", description: "Offset just past the cue: text.slice(start, end) = quote"},
      {name: "quote", type: "string", description: "The cue's words as written"},
      {name: "sentence", type: "string", description: "The sentence holding the cue, citation markers removed"},
      {name: "rule", type: "string", description: "Cue rule (method:<label>#<k>, the k-th cue of that label in rules/methods.ts) and how the actor was found (actor:subject, actor:adjacent, actor:after, actor:named, actor:cue, actor:pronoun, actor:backing, actor:client), joined by '+'"},
    ],
  },
  countries: {
    name: "countries",
    title: "Interventions per country",
    row: "document and present-day country (ISO 3166-1 alpha-3) among the interventions' targets",
    columns: [
      documentColumn,
      {name: "iso3", type: "string", description: "ISO 3166-1 alpha-3 code of today's country"},
      {name: "name", type: "string", description: "Common name of the country (world-countries)"},
      {name: "interventions", type: "integer", unit: "interventions", description: "Interventions with the country among their target_iso3"},
      {name: "first_year", type: "integer", unit: "year", description: "Earliest start year among them"},
      {name: "last_year", type: "integer", unit: "year", description: "Latest end year among them (an ongoing one counts to its start year)"},
    ],
  },
  events: {
    name: "events",
    title: "Events",
    row: "act with a named actor reported by a sentence (any document, with or without dated headings)",
    columns: [
      documentColumn,
      {name: "date", type: "string", description: "ISO date YYYY-MM-DD where the text gives the day, YYYY-MM where it gives the month; empty otherwise. A date without a year takes the year of the nearest date before it in the same paragraph"},
      {name: "year", type: "integer", unit: "year", description: "Year the text gives for the act; empty when it gives none (never guessed)"},
      {name: "actor", type: "string", description: "Who acted, as named by the sentence (Soviet Union, Germany, Allies, …); actors listed together are separated by ';'"},
      {name: "actor_iso3", type: "string", description: "ISO 3166-1 alpha-3 codes of the acting states (today's country holding each one's capital: the Soviet Union → RUS), separated by ';'; empty for a coalition"},
      {name: "method", type: "string", description: "Method label the act's cue maps to"},
      {name: "target", type: "string", description: "Place(s) the act is aimed at, as written, separated by ';' (the section's targets when the sentence names none)"},
      {name: "target_iso3", type: "string", description: "ISO 3166-1 alpha-3 codes of the targets, separated by ';'"},
      {name: "line", type: "integer", description: "1-based line of the act's cue"},
      {name: "sentence", type: "string", description: "The sentence, citation markers removed"},
      {name: "rule", type: "string", description: "Rules that fired, joined by '+': cue, actor, date (and whether the year was inherited) and target"},
    ],
  },
  compare: {
    name: "compare",
    title: "Documents compared",
    row: "metric (interventions, targets, countries, years, per-method and per-region counts, events, …); one column per document",
    columns: [
      {name: "metric", type: "string", description: "Metric name; per-method and per-region metrics are method:<label> and region:<region>"},
      {name: "description", type: "string", description: "What the metric counts"},
    ],
    dynamic: {name: "<document>", type: "number", description: "The metric's value for the document named by the column (its slug); empty when it does not apply"},
  },
  figures: {
    name: "figures",
    title: "Figures",
    row: "numeric figure about people, equipment, money, shares or events, quoted from a sentence",
    columns: [
      {name: "id", type: "string", description: "Document:fN, numbered in document order"},
      documentColumn,
      {name: "order", type: "integer", description: "Order of the intervention whose section holds the figure (0 = outside dated sections)"},
      {name: "line", type: "integer", description: "1-based line of the quote's first character"},
      {name: "start", type: "integer", unit: "characters", description: "Offset of the quote in the document text (UTF-16 code units, after line ends are normalised)"},
      {name: "end", type: "integer", unit: "characters", description: "Offset just past the quote: text.slice(start, end) = quote"},
      {name: "quote", type: "string", description: "Words of the text that carry the figure: hedge, number and noun"},
      {name: "low", type: "number", description: "Lower end of the stated range, in the row's unit (= high for a single number; percent as 0–100, share as 0–1, ratio as N for N:1)"},
      {name: "high", type: "number", description: "Upper end of the stated range, in the row's unit"},
      {name: "approx", type: "boolean", description: "True when the text hedges the figure (about, some, an estimated, more than, up to, vague quantities)"},
      {name: "bound", type: "string", description: "Exact, lower (more than, over, at least) or upper (fewer than, up to, as low as)"},
      {name: "unit", type: "string", description: "What is counted: persons, tanks, aircraft, artillery, vehicles, items, usd, tonnes, percent, share, ratio, events; money in another currency has its ISO 4217 code in lower case (gbp, inr, eur, …)"},
      {name: "category", type: "string", description: "What the figure is about: military_personnel, casualties, killed, wounded, missing, prisoners, refugees, imprisoned, executed, deported, tried, population, equipment, military_aid, economic_aid, gold, territory_share, economy_share, force_ratio, interventions, other"},
      {name: "party", type: "string", description: "Whose figure, where the sentence says (soviet, government, rebels, or a nation such as german); empty otherwise"},
      {name: "sentence", type: "string", description: "The sentence holding the figure, citation markers removed"},
      {name: "rule", type: "string", description: "Rules that fired, joined by '+' (number reader, range, hedge, unit/how, category/how, party)"},
    ],
  },
  intervention_figures: {
    name: "intervention_figures",
    title: "Figures per intervention",
    row: "intervention, with its largest stated figures",
    columns: [
      documentColumn,
      {name: "order", type: "integer", description: "1-based position among the document's dated sections"},
      {name: "id", type: "string", description: "Intervention id, document:order"},
      {name: "place", type: "string", description: "The heading's place text, as written"},
      {name: "start_year", type: "integer", unit: "year", description: "First year in the heading"},
      {name: "troops_low", type: "number", unit: "persons", description: "Low end of the largest troop figure (military_personnel, largest by high); empty when none"},
      {name: "troops_high", type: "number", unit: "persons", description: "High end of the largest troop figure; empty when none"},
      {name: "killed_low", type: "number", unit: "persons", description: "Low end of the largest killed figure; empty when none"},
      {name: "killed_high", type: "number", unit: "persons", description: "High end of the largest killed figure; empty when none"},
      {name: "casualties_low", type: "number", unit: "persons", description: "Low end of the largest casualties figure (killed, wounded and missing together); empty when none"},
      {name: "casualties_high", type: "number", unit: "persons", description: "High end of the largest casualties figure; empty when none"},
      {name: "refugees_low", type: "number", unit: "persons", description: "Low end of the largest refugee figure; empty when none"},
      {name: "refugees_high", type: "number", unit: "persons", description: "High end of the largest refugee figure; empty when none"},
    ],
  },
};

/**
 * Column names of a table, in output order.
 * @example columnsOf("decades") // ["document", "decade", "started", "active"]
 * @example columnsOf("compare", rows) // ["metric", "description", "soviet-involvement-in-regime-change", …]
 */
export function columnsOf(table: string, rows: readonly Record<string, unknown>[] = []): string[] {
  const schema = SCHEMAS[table];
  if (!schema) throw new Error(`unknown table "${table}"`);
  const fixed = schema.columns.map((c) => c.name);
  if (!schema.dynamic) return fixed;
  // Data-dependent columns (one per document in `compare`), in the order of the first row.
  const extra = rows.length ? Object.keys(rows[0]).filter((k) => !fixed.includes(k)) : [];
  return [...fixed, ...extra];
}
