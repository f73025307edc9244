/**
 * collectMatches: the matches of a global pattern without `matchAll`, which clones the pattern
 * at every call. A clone finds the compiled code in V8's cache of patterns only while that cache
 * keeps it (its entries go after a few full collections); when it does not, the clone compiles
 * the pattern again, to bytecode and then to native code. In a long export that happened again
 * and again for the patterns run over each whole prose (bench/README.md). The pattern itself
 * keeps its code. Here, where the parser and the passes can both import it.
 */

/**
 * Every match of a global pattern, as `text.matchAll(re)` gives them, without cloning the pattern on every call.
 * @example collectMatches(/\d+/g, "1 and 22").map((m) => m[0]) // ["1", "22"]
 */
export function collectMatches(re: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m; (m = re.exec(text)); ) {
    found.push(m);
    // An empty match moves on by one character (one code point in a Unicode pattern), as matchAll does.
    if (m[0] === "") re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return found;
}
