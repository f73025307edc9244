/**
 * The entry of the library's V8 startup snapshot (built by loaders/bundle.mjs, run by
 * loaders/launch.mjs as `node --snapshot-blob atlas.blob <command> [args…]`).
 *
 * Building the snapshot loads every module — world-countries and the gazetteer derived from it,
 * the rule tables compiled into matchers, arquero — and then runs the export once on a few
 * sample articles inside the project, so that the functions it needs are compiled too. A
 * command started from the snapshot begins there: no module to read, compile or evaluate.
 * Nothing of the sample run reaches a command's output (the equivalence tests hold that).
 */
import {dropRegExpCode, restoreRegExps, restoreTextDecoder} from "./snapshot-prelude.ts";
import {spawnSync} from "node:child_process";
import {mkdtempSync, realpathSync, rmSync, statSync} from "node:fs";
import {tmpdir} from "node:os";
import {basename, dirname, join} from "node:path";
import {startupSnapshot} from "node:v8";
import {libraryHash} from "../bundle.mjs";
import {listCorpus, type CorpusEntry} from "../io/corpus.ts";
import {streamOutputs} from "../stream.ts";
import {runEval} from "./run-eval.ts";
import {runExport} from "./run-export.ts";

/** Files and folders of sample articles to warm up on (set by the build; see bundle.mjs). */
declare const ATLAS_WARM_UP: string[];
/** The project, library hash and bundle this snapshot was built from (set by the build). */
declare const ATLAS_SNAPSHOT_OF: {root: string; hash: string; bundle: string};

/** The commands a snapshot can start. */
const COMMANDS: Record<string, (args: string[]) => number | Promise<number>> = {export: runExport, eval: runEval};

/**
 * Whether two paths name the same folder. A folder that is gone names none: the project the
 * snapshot was built in may have been moved or deleted (another checkout sharing node_modules).
 * @example sameFolder("/work/atlas", "/work/atlas/") // true
 */
function sameFolder(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/** The sample articles, listed as the export lists a data folder. */
function warmUpEntries(): CorpusEntry[] {
  const paths = typeof ATLAS_WARM_UP === "undefined" || process.env.ATLAS_SNAPSHOT_WARM === "0" ? [] : ATLAS_WARM_UP;
  return paths.flatMap((path) => (statSync(path).isDirectory() ? listCorpus(path) : listCorpus(dirname(path)).filter((e) => e.file === basename(path))));
}

const out = mkdtempSync(join(tmpdir(), "atlas-snapshot-"));
streamOutputs(warmUpEntries(), out, {threads: 1, pages: true})
  .finally(() => rmSync(out, {recursive: true, force: true}))
  .then(() => {
    // Long patterns forget their native code, which V8 cannot serialize (bundle.mjs: WARM_UP_ATTEMPTS).
    dropRegExpCode(Number(process.env.ATLAS_SNAPSHOT_DROP ?? 0));
    startupSnapshot.setDeserializeMainFunction(async () => {
      restoreTextDecoder();
      restoreRegExps();
      // argv is [node, command, ...args]: as for a script, the arguments start at argv[2].
      const [command, ...args] = process.argv.slice(1);
      // Started by loaders/atlas.sh, which finds the latest snapshot by a fixed name without
      // hashing anything: hand over to the launcher when this one is not the project's library
      // as it is now (it then builds the current one).
      const root = process.env.ATLAS_ROOT;
      if (root !== undefined) {
        delete process.env.ATLAS_ROOT;
        if (!sameFolder(root, ATLAS_SNAPSHOT_OF.root) || libraryHash(ATLAS_SNAPSHOT_OF.root) !== ATLAS_SNAPSHOT_OF.hash) {
          const run = spawnSync(process.execPath, [join(root, "loaders/launch.mjs"), command, ...args], {stdio: "inherit"});
          process.exitCode = run.status ?? 1;
          return;
        }
        process.env.ATLAS_BUNDLE = ATLAS_SNAPSHOT_OF.bundle;
      }
      const run = COMMANDS[command];
      if (!run) {
        process.stderr.write(`atlas: unknown command "${command}"; commands: ${Object.keys(COMMANDS).join(", ")}\n`);
        process.exitCode = 2;
        return;
      }
      process.exitCode = await run(args);
    });
  });
