/**
 * Runs first while a startup snapshot of the library is built (snapshot.ts; see
 * loaders/bundle.mjs): a module that makes a `TextDecoder` when it is loaded (parse/document.ts
 * keeps one for UTF-16) would put a native object into the snapshot, which V8 cannot hold. So
 * while the library is loaded for the snapshot, `TextDecoder` makes decoders that create the
 * real one at their first use once the snapshot is started (and a throw-away one for each use
 * before that, in the sample run). `restoreTextDecoder` puts the
 * real class back for everything made from then on.
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
