/**
 * Licence and origin cues found in a document's own text (a mirror's footer), used when the
 * document has no `<slug>.meta.json` beside it. `[pattern, label, "example phrase"]`.
 */
import type {Rule} from "../types.ts";

export const LICENCES: Rule[] = [
  [/\bGNU Free Documentation Licen[cs]e\b|\bGFDL\b/i, "GFDL-1.3-or-later", "This article is distributed under the terms of GNU Free Documentation License."],
  [/\bCreative Commons Attribution[- ]Share[- ]?Alike(?: (\d\.\d))?|\bCC BY-SA(?: (\d\.\d))?/i, "CC-BY-SA-4.0", "Text is available under the Creative Commons Attribution-ShareAlike License"],
];

export const ORIGINS: Rule[] = [
  [/\bcopied from an article on Wikipedia\b/i, "Wikipedia (via a mirror site)", "This article is copied from an article on Wikipedia® - the free encyclopedia"],
  [/\bFrom Wikipedia, the free encyclopedia\b/i, "Wikipedia", "From Wikipedia, the free encyclopedia"],
];
