/**
 * Small helpers for the bench's child scripts.
 */

/** Reads `--name value` options from a child's argv. */
export function argOf(name: string, fallback?: string): string {
  const i = process.argv.indexOf(`--${name}`);
  const value = i === -1 ? fallback : process.argv[i + 1];
  if (value === undefined) throw new Error(`missing --${name}`);
  return value;
}
