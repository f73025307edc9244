/**
 * Rule table for dated section headings: `[pattern, label, "example phrase"]`.
 * Each pattern captures `start`, optional `end` and `place` as named groups.
 * `extract/interventions.ts` tries them in order; the first that matches names the rule.
 */
import type {Rule} from "../types.ts";

const DASH = "[-–—−‐‑]";

export const DATED_HEADINGS: Rule[] = [
  [new RegExp(`^(?<start>\\d{3,4})\\s*${DASH}\\s*(?<open>present|today|now|ongoing)\\s*[:.]\\s*(?<place>.*)$`, "i"), "heading:open-range", "1945–present: Kuril Islands"],
  [new RegExp(`^(?<start>\\d{3,4})\\s*${DASH}\\s*(?<end>\\d{2,4})\\s*[:.]\\s*(?<place>.*)$`), "heading:year-range", "1944–1947: Romania"],
  [/^(?<start>\d{3,4})\s*[:.]\s*(?<place>.*)$/, "heading:single-year", "1929: Tannu Tuva"],
  [new RegExp(`^(?<place>[^()]+?)\\s*\\(\\s*(?<start>\\d{3,4})\\s*(?:${DASH}\\s*(?:(?<end>\\d{2,4})|(?<open>present|today|now|ongoing)))?\\s*\\)$`, "i"), "heading:place-then-years", "Romania (1944–1947)"],
];

/** Separators between several targets in one heading's place text. */
export const TARGET_SEPARATORS: Rule = [/\s*(?:[,;/&]|\band\b)\s*/i, "targets:separator", "Estonia, Latvia and Lithuania"];

/** Parenthetical notes kept apart from the target names. */
export const TARGET_NOTE: Rule = [/\s*\(([^()]*)\)/g, "targets:note", "British Guiana (Guyana)"];
