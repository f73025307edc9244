// documents.csv: one row per file in data/, with its origin, licence and warnings. The
// warnings are also printed on stderr, so a bad file is named in the terminal running
// the preview or the build.
import {loaderOutput, loaderWarnings} from "../../loaders/io/loader.ts";

process.stderr.write(await loaderWarnings());
process.stdout.write(await loaderOutput("documents.csv"));
