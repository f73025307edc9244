/**
 * `npm test`: every check, in order — types (tsc --noEmit), unit/accuracy/property tests
 * (vitest), the offline build (observable build with no network), and the browser tests on
 * the built site. Ends with one line, `tests: N passed, N failed`, and a non-zero exit code
 * if any step failed.
 */
import {spawnSync} from "node:child_process";
import {existsSync, mkdirSync, readFileSync, rmSync} from "node:fs";
import {resolve} from "node:path";
import {ROOT} from "../loaders/io/paths.ts";
import {ensureChromium} from "./chromium.ts";

// A machine without Chromium fails at once with the command to run, not after minutes of tests.
const missing = ensureChromium();
if (missing) {
  process.stderr.write(missing + "\n");
  process.exit(1);
}

const bin = (name: string) => resolve(ROOT, "node_modules/.bin", name);
const results = resolve(ROOT, "test-results");
rmSync(results, {recursive: true, force: true});
mkdirSync(results, {recursive: true});

let passed = 0;
let failed = 0;

/** Runs one step; a step that is not a vitest run counts as one test. */
function step(name: string, command: string, args: string[], json?: string): boolean {
  process.stderr.write(`\n▶ ${name}\n`);
  const run = spawnSync(command, args, {cwd: ROOT, stdio: "inherit", env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true"}});
  const ok = run.status === 0;
  if (json && existsSync(json)) {
    const report = JSON.parse(readFileSync(json, "utf8")) as {numPassedTests: number; numFailedTests: number};
    passed += report.numPassedTests;
    failed += report.numFailedTests + (ok || report.numFailedTests ? 0 : 1);
  } else if (ok) passed++;
  else failed++;
  if (!ok) process.stderr.write(`✗ ${name} failed\n`);
  return ok;
}

const vitest = (config: string, json: string) => [
  "run", "--config", config, "--reporter=default", "--reporter=json", `--outputFile.json=${json}`,
];

step("typecheck: tsc --noEmit", bin("tsc"), ["--noEmit"]);
step("unit, accuracy and property tests", bin("vitest"), vitest("vitest.config.ts", resolve(results, "unit.json")), resolve(results, "unit.json"));
const built = step("build: observable build, offline, clean loader cache", bin("tsx"), ["scripts/build.ts"]);
if (built) step("browser tests", bin("vitest"), vitest("vitest.browser.config.ts", resolve(results, "browser.json")), resolve(results, "browser.json"));
else failed++;

process.stdout.write(`\ntests: ${passed} passed, ${failed} failed\n`);
process.exit(failed ? 1 : 0);
