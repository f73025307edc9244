/**
 * Runs first while a startup snapshot of the library is built (snapshot.ts; see
 * loaders/bundle.mjs): a module that makes a `TextDecoder` when it is loaded (parse/document.ts
 * keeps one for UTF-16) would put a native object into the snapshot, which V8 cannot hold. So
 * while the library is loaded for the snapshot, `TextDecoder` makes decoders that create the
 * real one at their first use once the snapshot is started (and a throw-away one for each use
 * before that, in the sample run). `restoreTextDecoder` puts the
 * real class back for everything made from then on.
 *
 * It also keeps track of the patterns made with `new RegExp` (dropRegExpCode, restoreRegExps):
 * the builder warms the library up on sample articles, and the longest patterns must forget
 * their native code before the snapshot is taken.
 */
const RealTextDecoder = globalThis.TextDecoder;
/** True until the process started from the snapshot restores the real class. */
let building = true;

/** A TextDecoder that makes the real one when it first decodes. */
class LazyTextDecoder {
  #args: ConstructorParameters<typeof TextDecoder>;
  #real: TextDecoder | undefined;
  constructor(...args: ConstructorParameters<typeof TextDecoder>) {
    this.#args = args;
  }
  get #decoder(): TextDecoder {
    // While the snapshot is built (the sample run decodes too), a decoder is made per use and dropped.
    if (building) return new RealTextDecoder(...this.#args);
    return (this.#real ??= new RealTextDecoder(...this.#args));
  }
  get encoding() {
    return this.#decoder.encoding;
  }
  get fatal() {
    return this.#decoder.fatal;
  }
  get ignoreBOM() {
    return this.#decoder.ignoreBOM;
  }
  decode(...args: Parameters<TextDecoder["decode"]>): string {
    return this.#decoder.decode(...args);
  }
}

globalThis.TextDecoder = LazyTextDecoder as unknown as typeof TextDecoder;

/** Puts the real TextDecoder back (at the start of a process started from the snapshot). */
export function restoreTextDecoder(): void {
  building = false;
  globalThis.TextDecoder = RealTextDecoder;
}

/**
 * Regular expressions made with `new RegExp` while the snapshot is built, so that those whose
 * native code V8 cannot serialize can drop it before the snapshot is taken (dropRegExpCode).
 */
const RealRegExp = globalThis.RegExp;
// Weakly: the sample run makes patterns per document that are garbage once it is over.
const made: WeakRef<RegExp>[] = [];
globalThis.RegExp = new Proxy(RealRegExp, {
  construct(target, args, newTarget) {
    const re = Reflect.construct(target, args, newTarget) as RegExp;
    made.push(new WeakRef(re));
    return re;
  },
});

/** What dropRegExpCode changed, to be put back when the snapshot starts. */
let dropped: {re: RegExp; source: string; lastIndex: number}[] = [];

/**
 * Makes the long patterns made so far forget their compiled code, before the snapshot is taken:
 * V8 (Node 20) cannot serialize a pattern's native code once it is large. Recompiling a pattern
 * from another source (the same one with `(?:)` after it, which matches the same) gives it
 * fresh, uncompiled data; restoreRegExps puts the source back in the started process.
 */
export function dropRegExpCode(minLength: number): number {
  for (const ref of made) {
    const re = ref.deref();
    if (!re || re.source.length < minLength) continue;
    dropped.push({re, source: re.source, lastIndex: re.lastIndex});
    re.compile(`${re.source}(?:)`, re.flags);
  }
  made.length = 0;
  return dropped.length;
}

/** Puts back what dropRegExpCode changed and the real RegExp (at the start of a process started from the snapshot). */
export function restoreRegExps(): void {
  for (const {re, source, lastIndex} of dropped) {
    re.compile(source, re.flags);
    re.lastIndex = lastIndex;
  }
  dropped = [];
  globalThis.RegExp = RealRegExp;
}
