/**
 * compareStrings: the one string order of the library. Code-unit order, never `localeCompare`:
 * a locale-aware collator depends on the machine's ICU data and locale (so two machines could
 * order the same rows differently), costs a collator in every process, and is an object a V8
 * startup snapshot cannot hold.
 * @example ["b", "B", "a"].sort(compareStrings) // ["B", "a", "b"]
 */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
