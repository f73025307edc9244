// The startup snapshot's prelude (loaders/cli/snapshot-prelude.ts): while a snapshot is built,
// patterns made with `new RegExp` can forget their native code (V8 cannot serialize it when it
// is large) and get it back, unchanged, in the process started from the snapshot.
import {describe, expect, test} from "vitest";

// The prelude replaces globals when it loads: loaded here only, after the original is kept.
const OriginalRegExp = globalThis.RegExp;
const {dropRegExpCode, restoreRegExps} = await import("../loaders/cli/snapshot-prelude.ts");

describe("dropRegExpCode", () => {
  test("dropRegExpCode(minLength) recompiles the long patterns only, and they match as before; restoreRegExps puts back source, lastIndex and RegExp", () => {
    const long = new RegExp(`\\b(?:${Array.from({length: 60}, (_, i) => `word${i}`).join("|")})\\s+(?:[\\p{L}]+\\s+){0,2}troops`, "giu");
    const short = new RegExp("\\btroops\\b", "g");
    const text = "they sent word7 many more troops and word59 troops";
    const before = [...text.matchAll(long)].map((m) => [m.index, m[0]]);
    const shortSource = short.source;
    const longSource = long.source;
    long.lastIndex = 5;

    expect(dropRegExpCode(longSource.length)).toBe(1);
    expect(long.source).toBe(`${longSource}(?:)`);
    expect(short.source).toBe(shortSource);
    expect([...text.matchAll(long)].map((m) => [m.index, m[0]])).toEqual(before);

    restoreRegExps();
    expect(long.source).toBe(longSource);
    expect(long.flags).toBe("giu");
    expect(long.lastIndex).toBe(5);
    expect([...text.matchAll(long)].map((m) => [m.index, m[0]])).toEqual(before);
    expect(globalThis.RegExp).toBe(OriginalRegExp);
    expect(new RegExp("a") instanceof OriginalRegExp).toBe(true);
  });
});
