/**
 * readWikitext: an article's wikitext ("Edit source", or a Special:Export XML dump) → the seeds'
 * normalized text. wtf_wikipedia (loaded on first use) reads sections, paragraphs, lists, links
 * and renders the common text templates; a pre-pass of our own, over the wikitext, reads what
 * wtf drops or gets wrong — references, footnotes and maintenance templates become markers, a
 * few templates are rendered here — and finds unclosed templates, references and tables, with
 * the line in the original file. See docs/wikitext-parsers.md for why wtf_wikipedia.
 */
import {createRequire} from "node:module";
import type {ReadResult, TextBlock, Warning} from "../types.ts";
import {lineAt} from "../parse/document.ts";
import {FOOTNOTE_TEMPLATES, MAINTENANCE_TEMPLATES, RAW_TAGS, TEXT_TEMPLATES} from "../rules/wikitext.ts";
import {TRAILING_SECTIONS} from "../rules/structure.ts";
import {humanizeSlug, renderBlocks, tableRowItem} from "./text.ts";

/** The part of wtf_wikipedia's document model this reader uses. */
interface WtfSentence {
  text(): string;
}
interface WtfSection {
  title(): string;
  depth(): number;
  paragraphs(): {sentences(): WtfSentence[]; lists(): {lines(): WtfSentence[]}[]}[];
  /** Each table's rows, as `{column: cell text}` in column order. */
  tables(): {keyValue(): Record<string, string>[]}[];
}
type Wtf = (wikitext: string) => {sections(): WtfSection[]};

// Loaded on the first wikitext file, so that a corpus of .txt files never pays for it.
const load = createRequire(import.meta.url);
let wtf: Wtf | undefined;

/** A reference, footnote or maintenance marker found by the pre-pass; a placeholder stands for it. */
interface Note {
  kind: "ref" | "note" | "maint";
  /** Identity for reuse: the `name=` of a reference, else a key unique to this note. */
  key: string;
  group: string;
  label: string;
}

// Placeholders survive wtf_wikipedia (private-use characters do not): ⦑12⦒ is note 12.
const OPEN = "⦑";
const CLOSE = "⦒";
const PLACEHOLDER_RUN = /⦑\d+⦒(?:[ \t]*⦑\d+⦒)*/g;

/** Lower case, `_` as space, spaces folded: how MediaWiki compares template names (first letter aside). */
function templateKey(name: string): string {
  return name.replace(/_/g, " ").replace(/\s+/g, " ").trim().toLowerCase();
}

/** The value of attribute `name` in a tag's attribute text, or "". */
function attribute(attrs: string, name: string): string {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s/>]+))`, "i").exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3] ?? "").trim() : "";
}

/**
 * The wikitext inside a Special:Export dump: title, text, and the 1-based line of the file on
 * which the text starts (so that warnings name lines of the file). Null when `source` is not a dump.
 * @example maybeExport('<mediawiki><page><title>T</title><revision><text>Hi</text></revision></page></mediawiki>')?.title // "T"
 */
export function maybeExport(source: string): {title: string; wikitext: string; line: number; pages: number} | null {
  if (!/^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)?<mediawiki[\s>]/.test(source)) return null;
  const {Parser} = load("htmlparser2") as typeof import("htmlparser2");
  let pages = 0;
  let title = "";
  let wikitext = "";
  let textStart = -1;
  const path: string[] = [];
  let inText = false;
  let inTitle = false;
  let revisionText = "";
  let revisionStart = -1;
  const parser = new Parser(
    {
      onopentag(name) {
        path.push(name);
        if (name === "page") pages++;
        if (pages !== 1) return;
        if (name === "title" && path.at(-2) === "page") inTitle = true;
        if (name === "text" && path.at(-2) === "revision") {
          inText = true;
          revisionText = "";
          revisionStart = -1;
        }
      },
      ontext(data) {
        if (inTitle) title += data;
        if (inText) {
          if (revisionStart === -1) revisionStart = parser.startIndex;
          revisionText += data;
        }
      },
      onclosetag(name) {
        path.pop();
        if (name === "title") inTitle = false;
        // The last revision in the first page is the current one.
        if (name === "text" && inText) {
          inText = false;
          wikitext = revisionText;
          textStart = revisionStart;
        }
      },
    },
    {xmlMode: true, decodeEntities: true},
  );
  parser.end(source);
  let line = 1;
  for (let i = 0; i < textStart; i++) if (source.charCodeAt(i) === 10) line++;
  return {title: title.trim(), wikitext, line, pages};
}

/**
 * Reads an article's wikitext (or a Special:Export dump of it) into the seeds' normalized text:
 * `= Title =` (the dump's `<title>`, else the slug humanised), `== headings ==` at their levels,
 * paragraphs, list items as `- item` (nested lists flattened, indented `:` lines as items),
 * references as `^{[n]}` numbered by first appearance in the text (a named reference keeps its
 * number; adjacent ones join as `^{[4] [5]}`; `group=` references and `{{efn}}` notes count
 * apart), maintenance templates as `^{[citation needed]}` and the like; a table's rows that a
 * cell dates, as dated list items (`- 1954 – Guatemala – …`). Infoboxes, navboxes, hatnotes,
 * files and captions, galleries, the rest of tables, categories and reference lists are left out;
 * the headings of trailing sections (See also, References, External links …) stay without their
 * bodies. Never throws: unclosed templates, references, tables and comments become warnings
 * naming the line of the original file, and the rest is read.
 * @param source the file's decoded text
 * @param file the file name, for warnings
 * @param slug the document's slug, for warnings and the fallback title
 * @example readWikitext("Troops came.<ref>Smith</ref>\n\n== 1956: Hungary ==\nMore.<ref name=a/>", "x.wiki", "x").text
 * // "= X =\n\nTroops came.^{[1]}\n\n== 1956: Hungary ==\n\nMore.^{[2]}\n"
 */
export function readWikitext(source: string, file: string, slug: string): ReadResult {
  const warnings: Warning[] = [];
  const warn = (line: number, code: string, message: string) => warnings.push({document: slug, file, line, code, message});
  const dump = maybeExport(source);
  let src = source;
  let lineBase = 0;
  let title = humanizeSlug(slug);
  if (dump) {
    if (dump.pages > 1) warn(0, "export-pages", `the export holds ${dump.pages} pages; only the first ("${dump.title}") is read`);
    if (!dump.wikitext.trim()) {
      warn(dump.line > 1 ? dump.line : 0, "no-wikitext", "the export has no revision text");
      return {text: "", warnings};
    }
    src = dump.wikitext;
    lineBase = dump.line - 1;
    if (dump.title) title = dump.title.replace(/_/g, " ");
  }
  // Our placeholder characters are reserved: the rare source that holds them loses them.
  src = src.replace(/\r\n?/g, "\n").replace(/[⦑⦒]/g, "");

  const lineStarts = [0];
  for (let i = src.indexOf("\n"); i !== -1; i = src.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const lineOf = (at: number) => lineAt(lineStarts, at) + lineBase;

  const notes: Note[] = [];
  let out = "";
  const addNote = (kind: Note["kind"], key: string, group: string, label = "") => {
    notes.push({kind, key: key || `#${notes.length}`, group, label});
    out += `${OPEN}${notes.length - 1}${CLOSE}`;
  };
  /** Open `{{` of templates left to wtf: where in the source and in `out`. */
  const openTemplates: {src: number; out: number}[] = [];
  const openTables: {src: number; out: number}[] = [];

  /** End (just past `}}`) of the template opening at `at`, or -1 when it never closes. */
  const matchBraces = (at: number, limit: number): number => {
    let depth = 0;
    for (let j = at; j < limit; ) {
      if (src.startsWith("<!--", j)) {
        const e = src.indexOf("-->", j + 4);
        if (e === -1) return -1;
        j = e + 3;
      } else if (src.startsWith("{{", j)) {
        depth++;
        j += 2;
      } else if (src.startsWith("}}", j)) {
        depth--;
        j += 2;
        if (depth === 0) return j;
      } else j++;
    }
    return -1;
  };

  /** Name and parameters (source ranges) of the template at `[at, end)`. */
  const templateParts = (at: number, end: number) => {
    const segments: [number, number][] = [];
    let depth = 0;
    let links = 0;
    let from = at + 2;
    for (let j = at + 2; j < end - 2; j++) {
      if (src.startsWith("{{", j)) (depth++, j++);
      else if (src.startsWith("}}", j)) (depth--, j++);
      else if (src.startsWith("[[", j)) (links++, j++);
      else if (src.startsWith("]]", j)) (links--, j++);
      else if (src[j] === "|" && depth === 0 && links === 0) {
        segments.push([from, j]);
        from = j + 1;
      }
    }
    segments.push([from, end - 2]);
    const [nameFrom, nameTo] = segments[0];
    const rawName = src.slice(nameFrom, nameTo);
    const colon = rawName.indexOf(":");
    // `{{#tag:ref|…}}`: the parser function's first argument follows the colon.
    const name = rawName.startsWith("#") && colon !== -1 ? rawName.slice(0, colon) + ":" + rawName.slice(colon + 1).trim() : rawName;
    const named = new Map<string, [number, number]>();
    const positional: [number, number][] = [];
    for (const [s, e] of segments.slice(1)) {
      const eq = /^\s*([^=|{}[\]<>]+?)\s*=/.exec(src.slice(s, e));
      if (eq) named.set(eq[1].trim().toLowerCase(), [s + eq[0].length, e]);
      else positional.push([s, e]);
    }
    return {key: templateKey(name), named, positional};
  };
  const paramText = (range: [number, number] | undefined) => (range ? src.slice(range[0], range[1]).trim() : "");

  /** End of an unclosed `<ref>`'s contents: the end of its line, or past a template opened on it. */
  const unclosedEnd = (from: number, limit: number): number => {
    for (let j = from; ; ) {
      const nl = src.indexOf("\n", j);
      const lineEnd = nl === -1 || nl > limit ? limit : nl;
      const t = src.indexOf("{{", j);
      if (t === -1 || t >= lineEnd) return lineEnd;
      const e = matchBraces(t, limit);
      if (e === -1) return lineEnd;
      j = e;
    }
  };

  const SPECIAL = /<!--|<\/?[A-Za-z]|\{\{|\}\}|\n/g;
  const TAG = /<(\/?)([A-Za-z][\w-]*)([^>]*?)(\/?)>/y;
  const atLineStart = (at: number) => {
    const m = /^[ \t]*(\{\||\|\})/.exec(src.slice(at, at + 8));
    if (!m) return;
    if (m[1] === "{|") openTables.push({src: at, out: out.length});
    else openTables.pop();
  };

  /** Copies `src[start, end)` to `out`, turning references and known templates into placeholders or text. */
  const scan = (start: number, end: number) => {
    if (start === 0) atLineStart(0);
    let i = start;
    while (i < end) {
      SPECIAL.lastIndex = i;
      const m = SPECIAL.exec(src);
      const at = m && m.index < end ? m.index : end;
      out += src.slice(i, at);
      if (at >= end || !m) return;
      const token = m[0];
      i = at;
      if (token === "\n") {
        out += "\n";
        i++;
        atLineStart(i);
      } else if (token === "<!--") {
        const e = src.indexOf("-->", i + 4);
        if (e === -1 || e >= end) {
          warn(lineOf(i), "unclosed-comment", `comment "<!--" opened at line ${lineOf(i)} is never closed; the rest of the file is read as a comment`);
          i = end;
        } else i = e + 3;
      } else if (token === "}}") {
        openTemplates.pop();
        out += "}}";
        i += 2;
      } else if (token === "{{") {
        if (src[i + 2] === "{") {
          // A template parameter `{{{x}}}` has no place in an article: read as text.
          out += "{";
          i++;
          continue;
        }
        i = template(i, end);
      } else {
        TAG.lastIndex = i;
        const tag = TAG.exec(src);
        if (!tag) {
          out += "<";
          i++;
          continue;
        }
        const [whole, closing, rawName, attrs, selfClosing] = tag;
        const name = rawName.toLowerCase();
        const after = i + whole.length;
        if (name === "ref" && !closing) {
          const key = attribute(attrs, "name");
          const group = attribute(attrs, "group");
          if (selfClosing) {
            addNote("ref", key, group);
            i = after;
            continue;
          }
          const rest = src.slice(after, end);
          const close = /<\/ref\s*>/i.exec(rest);
          const next = /<ref[\s>/]/i.exec(rest);
          if (close && (!next || close.index < next.index)) {
            addNote("ref", key, group);
            i = after + close.index + close[0].length;
          } else {
            const stop = unclosedEnd(after, end);
            warn(lineOf(i), "unclosed-ref", `<ref> opened at line ${lineOf(i)} is never closed; its contents up to line ${lineOf(Math.max(after, stop - 1))} are left out of the text`);
            addNote("ref", key, group);
            i = stop;
          }
        } else if (name === "ref" && closing) {
          i = after; // a stray </ref>
        } else if (name === "references" && !closing) {
          const close = selfClosing ? null : /<\/references\s*>/i.exec(src.slice(after, end));
          i = close ? after + close.index + close[0].length : after;
        } else if (!closing && !selfClosing && RAW_TAGS.includes(name)) {
          const close = new RegExp(`</${name}\\s*>`, "i").exec(src.slice(after, end));
          const stop = close ? after + close.index + close[0].length : after;
          out += src.slice(i, stop);
          i = stop;
        } else {
          out += whole;
          i = after;
        }
      }
    }
  };

  /** Reads the template opening at `at`: a marker, rendered text, or left to wtf. Returns where to go on. */
  const template = (at: number, end: number): number => {
    const nameEnd = src.slice(at + 2, Math.min(end, at + 200)).search(/[|}\n]/);
    // A parser function's name ends at its colon (`{{formatnum:…}}`), except `{{#tag:ref|…}}`, a footnote.
    const rawName = src.slice(at + 2, nameEnd === -1 ? Math.min(end, at + 200) : at + 2 + nameEnd);
    const key = templateKey(/^\s*#tag\s*:\s*ref\s*$/i.test(rawName) ? "#tag:ref" : rawName.replace(/:.*/, ""));
    const maint = MAINTENANCE_TEMPLATES.find(([p]) => p.test(key));
    const footnote = FOOTNOTE_TEMPLATES.find(([p]) => p.test(key));
    const text = TEXT_TEMPLATES.find(([p]) => p.test(key));
    if (!maint && !footnote && !text) {
      openTemplates.push({src: at, out: out.length});
      out += "{{";
      return at + 2;
    }
    const close = matchBraces(at, end);
    if (close === -1) {
      openTemplates.push({src: at, out: out.length});
      out += "{{";
      return at + 2;
    }
    const parts = templateParts(at, close);
    if (maint) addNote("maint", "", "", maint[1]);
    else if (footnote) {
      const group = paramText(parts.named.get("group")).replace(/^["']|["']$/g, "");
      const name = paramText(parts.named.get("name")).replace(/^["']|["']$/g, "");
      if (footnote[1] === "ref") addNote("ref", name, group);
      else if (footnote[1] === "note") addNote("note", name, "note");
      else if (footnote[1] === "reuse") for (const p of parts.positional) addNote("ref", paramText(p), group);
      else addNote("ref", `sfn:${src.slice(at + 2, close - 2).replace(/\s+/g, " ").replace(/^[^|]*\|/, "")}`, "");
    } else if (text) {
      for (const piece of text[1].split(/(\$\w+|\^\[[^\]]+\])/)) {
        if (!piece) continue;
        if (piece.startsWith("^[")) addNote("maint", "", "", piece.slice(2, -1));
        else if (piece.startsWith("$")) {
          const p = piece.slice(1);
          const range = /^\d+$/.test(p) ? parts.positional[+p - 1] : (parts.named.get(p) ?? parts.positional[0]);
          if (range) scan(range[0], range[1]);
        } else out += piece;
      }
    }
    return close;
  };

  scan(0, src.length);

  // Unclosed templates and tables, fixed from the end so that earlier positions hold.
  const fixes: {out: number; apply: () => void}[] = [];
  for (const t of openTemplates) {
    warn(lineOf(t.src), "unclosed-template", `template "{{" opened at line ${lineOf(t.src)} is never closed ("}}"); the rest of its line is left out`);
    fixes.push({
      out: t.out,
      apply: () => {
        const nl = out.indexOf("\n", t.out);
        out = out.slice(0, t.out) + (nl === -1 ? "" : out.slice(nl));
      },
    });
  }
  for (const t of openTables) {
    // The table ends before the first heading, or the first line after a blank one that is not a table row.
    const rest = out.slice(t.out);
    const stop = /\n(?==)|\n[ \t]*\n(?![ \t]*[|!{])/.exec(rest.slice(rest.indexOf("\n") + 1));
    const endAt = stop ? t.out + rest.indexOf("\n") + 1 + stop.index + 1 : out.length;
    warn(lineOf(t.src), "unclosed-table", `table "{|" opened at line ${lineOf(t.src)} is never closed ("|}"); read as ending at the next blank line or heading, and left out`);
    fixes.push({out: endAt, apply: () => (out = out.slice(0, endAt) + "|}\n" + out.slice(endAt))});
  }
  for (const f of fixes.sort((a, b) => b.out - a.out)) f.apply();

  wtf ??= load("wtf_wikipedia") as Wtf;
  let sections: WtfSection[] = [];
  try {
    sections = wtf(out).sections();
  } catch (error) {
    warn(0, "wikitext-error", `the wikitext parser failed (${(error as Error).message}); nothing was read`);
  }

  const blocks: TextBlock[] = [];
  let trailingDepth = -1;
  sections.forEach((section, index) => {
    const heading = section.title().replace(/⦑\d+⦒/g, "").replace(/\s+/g, " ").trim();
    const depth = section.depth();
    if (trailingDepth !== -1 && depth <= trailingDepth) trailingDepth = -1;
    if (heading) blocks.push({kind: "heading", text: heading, level: Math.min(depth + 2, 6)});
    else if (index > 0 && depth === 0) trailingDepth = -1;
    if (trailingDepth === -1 && heading && TRAILING_SECTIONS.some(([p]) => p.test(heading))) trailingDepth = depth;
    if (trailingDepth !== -1) return;
    for (const paragraph of section.paragraphs()) {
      const prose = paragraph.sentences().map((s) => s.text()).join(" ");
      blocks.push({kind: "paragraph", text: prose});
      for (const list of paragraph.lists()) for (const item of list.lines()) blocks.push({kind: "list-item", text: item.text()});
    }
    // A data table's dated rows are the section's dated list ("{| … | 1954 || Guatemala || CIA-backed coup"), after its prose.
    for (const table of section.tables()) {
      for (const row of table.keyValue()) {
        const item = tableRowItem(Object.values(row).map(String));
        if (item) blocks.push({kind: "list-item", text: item});
      }
    }
  });

  // Number the references in order of first appearance in the text.
  const counters = new Map<string, number>();
  const numbers = new Map<string, string>();
  const labelOf = (note: Note): string => {
    if (note.kind === "maint") return note.label;
    const id = `${note.group}\0${note.key}`;
    let label = numbers.get(id);
    if (label === undefined) {
      const n = (counters.get(note.group) ?? 0) + 1;
      counters.set(note.group, n);
      label = note.kind === "note" ? alphabetic(n) : note.group ? `${note.group} ${n}` : String(n);
      numbers.set(id, label);
    }
    return label;
  };
  for (const block of blocks) {
    block.text = block.text
      .replace(/[ \t]*(⦑\d+⦒(?:[ \t]*⦑\d+⦒)*)/g, "$1")
      .replace(PLACEHOLDER_RUN, (run) => `^{${[...run.matchAll(/⦑(\d+)⦒/g)].map((m) => `[${labelOf(notes[+m[1]])}]`).join(" ")}}`)
      .replace(/\s+/g, " ")
      .trim();
  }
  const text = renderBlocks(title, blocks.filter((b) => b.kind === "heading" || !/^(?:\^\{[^{}]*\}\s*)*$/.test(b.text)));
  return {text, warnings: warnings.sort((a, b) => a.line - b.line)};
}

/** 1 → a, 26 → z, 27 → aa: how Wikipedia letters explanatory notes. */
function alphabetic(n: number): string {
  let s = "";
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(97 + ((n - 1) % 26)) + s;
  return s;
}
