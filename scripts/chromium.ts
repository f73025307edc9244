/**
 * ensureChromium: the browser tests need Debian's Chromium. Where it is missing and this
 * process may install it (root, apt-get on the PATH), it is installed (about a minute);
 * otherwise the caller is told the one command to run, at once, before anything else runs.
 */
import {spawnSync} from "node:child_process";
import {existsSync} from "node:fs";

/** Where the browser tests look for Chromium (tests/browser/site.ts reads the same). */
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

const INSTALL = "apt-get update && apt-get install -y chromium";
const SUDO_INSTALL = "sudo apt-get update && sudo apt-get install -y chromium";

/**
 * Returns null when Chromium is there (or was just installed), else the message saying how
 * to get it.
 * @example const missing = ensureChromium(); if (missing) { console.error(missing); process.exit(1); }
 */
export function ensureChromium(): string | null {
  if (existsSync(CHROMIUM)) return null;
  const root = process.getuid?.() === 0;
  const apt = spawnSync("sh", ["-c", "command -v apt-get"], {encoding: "utf8"}).status === 0;
  if (root && apt && !process.env.CHROMIUM_PATH) {
    process.stderr.write("▶ Chromium is missing: installing Debian's chromium for the browser tests (about a minute)\n");
    const run = spawnSync("sh", ["-c", `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null`], {stdio: "inherit"});
    if (run.status === 0 && existsSync(CHROMIUM)) return null;
    return `npm test: installing chromium failed; run \`${INSTALL}\` and try again`;
  }
  return (
    `npm test: the browser tests need Chromium at ${CHROMIUM}, and it is not there.\n` +
    `Run \`${SUDO_INSTALL}\` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium binary, then run npm test again.`
  );
}
