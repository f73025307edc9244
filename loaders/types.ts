/**
 * Every type the extraction library passes between its stages, in one place.
 *
 * Offsets (`start`, `end`) are UTF-16 code-unit indices into {@link Document.text},
 * so `doc.text.slice(start, end)` is always the quoted span. Lines are 1-based.
 */

/** A rule table row: `[pattern, label, "example phrase"]`. The example is a test case. */
export type Rule<L = string> = readonly [pattern: RegExp, label: L, example: string];

/** A problem with an input, always tied to a file and, where there is one, a line. */
export interface Warning {
  /** Document slug (file name without `.txt`). */
  document: string;
  /** File name as found in the data directory. */
  file: string;
  /** 1-based line, or 0 when the problem concerns the whole file. */
  line: number;
  /** Stable machine-readable code, e.g. `empty`, `not-utf8`, `no-dated-headings`. */
  code: string;
  /** Human-readable message. */
  message: string;
}

/** A `= Heading =` line. */
export interface Heading {
  /** Position in the document's heading list (0-based). */
  index: number;
  /** Number of `=` signs: 1 is the title, 2 a period, 3 a decade, 4 an episode (by convention). */
  level: number;
  /** Heading text without the `=` marks, trimmed. */
  text: string;
  /** 1-based line number. */
  line: number;
  /** Offset of the first character of the heading line. */
  start: number;
  /** Offset just past the heading line (before its newline). */
  end: number;
  /** Index of the nearest enclosing heading of a lower level, or -1. */
  parent: number;
  /** URL fragment for this heading (slugified text, unique in the document). */
  anchor: string;
}

/** A citation marker such as `^{[4] [5]}` or `^{[citation needed]}`, kept out of the prose. */
export interface Citation {
  start: number;
  end: number;
  line: number;
  /** The labels inside the brackets: `["4", "5"]`, `["citation needed"]`. */
  labels: string[];
}

/** What a block of text is; only `paragraph` and `list-item` are read for facts. */
export type BlockKind = "paragraph" | "list-item" | "fragment" | "boilerplate";

/** A paragraph, list item, caption-like fragment or boilerplate line. */
export interface Block {
  kind: BlockKind;
  /** 1-based line of the block's first character. */
  line: number;
  start: number;
  end: number;
  /** Index of the heading this block sits under, or -1 before the first heading. */
  section: number;
  /** Rule that classified the block (e.g. `fragment:no-terminal-punctuation`). */
  rule: string;
}

/** Where a document comes from and under which licence its text may be reused. */
export interface DocumentMeta {
  /** Publisher or site, e.g. `Wikipedia`; `""` when unknown. */
  origin: string;
  /** Address of the original, where known. */
  url: string;
  /** SPDX-style licence id (`CC-BY-SA-4.0`, `GFDL-1.3-or-later`), or `unknown`. */
  licence: string;
  /** How it was found: `meta:<file>` (a sidecar file) or the text rule that matched. */
  rule: string;
}

/**
 * The form a document came in: the seeds' plain text (`.txt`), an article's wikitext or a
 * Special:Export dump (`.wiki`), or a page saved from the browser (`.html`). Each form's reader
 * (`loaders/read/`) turns it into the same normalized text; nothing downstream knows the form.
 */
export type SourceFormat = "text" | "wikitext" | "html";

/** What a reader makes of one file: normalized text in the seeds' rendering, and the problems it met. */
export interface ReadResult {
  /**
   * `= Title =`, `== Heading ==` lines (level = number of `=`), paragraphs separated by blank
   * lines, list items as `- item`, citation markers as `^{[4] [5]}` / `^{[citation needed]}`.
   */
  text: string;
  /** Problems with the input; `line` is a 1-based line of the ORIGINAL file (0 = the whole file). */
  warnings: Warning[];
}

/** A reader: a decoded file's text → normalized text and warnings (lines of the original file). */
export type Reader = (source: string, file: string, slug: string) => ReadResult;

/** A heading, paragraph or list item on its way into the normalized text (see `renderBlocks`). */
export interface TextBlock {
  kind: "heading" | "paragraph" | "list-item";
  text: string;
  /** Heading level, 2–6 (the title is level 1). */
  level?: number;
}

/** A parsed document: the original text and its structure, all by offsets. */
export interface Document {
  /** File name without extension: the document's identity in every table. */
  slug: string;
  /** File name as found, e.g. `soviet-involvement-in-regime-change.txt`. */
  file: string;
  /** Title from a level-1 heading, else the first short line, else the slug. */
  title: string;
  /** The form the file came in; `text` is its normalized rendering. */
  format: SourceFormat;
  /**
   * Normalized text (BOM removed, line ends `\n`; for wikitext and HTML, the reader's rendering in
   * the seeds' form); all offsets point here, and the Sources page shows it.
   */
  text: string;
  /**
   * `text` with citation markers and boilerplate blanked out by spaces: the same length,
   * so offsets found in `prose` are offsets into `text`.
   */
  prose: string;
  /** Size of the file on disk, in bytes. */
  bytes: number;
  headings: Heading[];
  blocks: Block[];
  citations: Citation[];
  warnings: Warning[];
  /** Offsets of the start of every line: `lineStarts[i]` is where line `i + 1` begins. */
  lineStarts: number[];
  /** Origin and licence (filled by `describeSource`). */
  meta: DocumentMeta;
}

/** A sentence inside a block, by offsets into the document text. */
export interface Sentence {
  /** Position among all of the document's sentences (0-based). */
  index: number;
  start: number;
  end: number;
  line: number;
  /** Index of the enclosing block. */
  block: number;
  /** Index of the enclosing heading, or -1. */
  section: number;
  /** The sentence as prose: citation markers removed, white space folded. */
  text: string;
}

/** One dated section or dated list item of a document: an intervention episode. */
export interface Intervention {
  /** `${document}:${order}`. */
  id: string;
  document: string;
  /** 1-based position among the document's dated sections and items. */
  order: number;
  /** Text of the enclosing level-2 heading (never a decade sub-heading); `""` if none. */
  period: string;
  start_year: number;
  /** End year; equals `start_year` for a single year; `null` for `…–present`. */
  end_year: number | null;
  /** True for `…–present` headings. */
  ongoing: boolean;
  /** The heading's text, or a list item's first sentence: the row's name in tables and charts. */
  title: string;
  /** The heading's place text as written (`""` for a list item, whose targets come from its text). */
  place: string;
  /** Target names split from the place. */
  targets: string[];
  /** Parenthetical notes in the place, e.g. `Guyana` from `British Guiana (Guyana)`. */
  notes: string[];
  /** 1-based line of the heading or the list item. */
  line: number;
  /** Index of the heading (for an item, of the heading it sits under; -1 before the first). */
  heading: number;
  /** Offsets of the section body (after the heading line up to the next heading of the same or higher rank), or of the list item. */
  start: number;
  end: number;
  /** Rule that recognised the row (`heading:…` or `item:…`), and how targets were found (`+targets:…`). */
  rule: string;
  /** Filled by later passes; empty until then. */
  target_iso3: string[];
  region: string[];
  methods: string[];
}

/** A numeric figure found in prose, with its provenance. */
export interface Figure {
  /** `${document}:f${n}` in document order. */
  id: string;
  document: string;
  /** The enclosing intervention's `order`, 0 outside dated sections. */
  order: number;
  line: number;
  start: number;
  end: number;
  /** `text.slice(start, end)`. */
  quote: string;
  low: number;
  high: number;
  approx: boolean;
  bound: "exact" | "lower" | "upper";
  unit: string;
  category: string;
  /** Whose figure it is where the sentence says (`soviet`, `government`, `rebels`, …), else `""`. */
  party: string;
  sentence: string;
  /** Names of the rules that fired, joined by `+`. */
  rule: string;
}

/** A method label attached to an intervention, with the cue that triggered it. */
export interface MethodCue {
  document: string;
  order: number;
  method: string;
  line: number;
  start: number;
  end: number;
  quote: string;
  sentence: string;
  rule: string;
}

/** A dated event found in prose (for documents with or without dated headings). */
export interface Event {
  document: string;
  /** ISO `YYYY-MM-DD` where the text gives the day, `YYYY-MM` for a month, else `""`. */
  date: string;
  year: number | null;
  actor: string;
  /** ISO 3166-1 alpha-3 codes of the acting states (today's country holding each one's capital). */
  actor_iso3: string[];
  method: string;
  target: string;
  target_iso3: string[];
  line: number;
  start: number;
  end: number;
  sentence: string;
  rule: string;
}

/** A table row as written to CSV: column name → cell. */
export type Row = Record<string, string | number | boolean | null>;

/** A document as read from disk, before parsing. */
export interface SourceFile {
  file: string;
  slug: string;
  /** Raw bytes. */
  bytes: Uint8Array;
  /** Text of the `<slug>.meta.json` sidecar beside the document, if there is one. */
  meta?: string;
  /** Problems found while listing the corpus (e.g. `duplicate-slug`), carried into the document. */
  warnings?: Warning[];
}

/** Everything the pipeline derives from a corpus. */
export interface PipelineResult {
  documents: Document[];
  sentences: Map<string, Sentence[]>;
  interventions: Intervention[];
  warnings: Warning[];
  /** Named output tables, ready for CSV (`interventions`, `decades`, `documents`, …). */
  tables: Record<string, Row[]>;
}
