/** Types of bundle.mjs (plain JavaScript, so that the launcher can run before any bundle exists). */

/** A built bundle: its folder and the library hash it is named by. */
export interface Bundle {
  dir: string;
  hash: string;
}

export declare const ROOT: string;
export declare function bundleRoot(root?: string): string;
export declare function libraryFiles(root?: string): string[];
export declare function libraryHash(root?: string): string;
export declare function bundleEntries(root?: string): Record<string, string>;
export declare function libraryBundle(root?: string, hash?: string): Promise<Bundle | null>;
export declare function bundleBuilder(root?: string): Promise<{rebuild(): Promise<Bundle>; dispose(): Promise<void>}>;
export declare function librarySnapshot(root?: string, hash?: string): Promise<string | null>;
export declare function removeBundlesOf(root: string, cacheRoot?: string): void;
export declare const SNAPSHOT_FLAGS: readonly string[];
export declare function currentSnapshot(root?: string): string;
export declare function pointAt(root: string, hash: string): void;
