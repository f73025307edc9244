/**
 * The answer keys inside the project (gold/): the seed's tables and the development corpus's,
 * with the part each document belongs to (seed, tuning, blind). Read by `npm run eval`, the
 * tests and the Accuracy page's loader: a yardstick, never an input of the extraction.
 */
import {existsSync, readFileSync} from "node:fs";
import {resolve} from "node:path";
import {csvParse} from "d3-dsv";
import {ROOT} from "../io/paths.ts";
import {readGoldFigures, type GoldFigure} from "./figures.ts";
import {readGoldInterventions, type InterventionRowLike} from "./interventions.ts";
import {readGoldEvents, type EventRowLike} from "./events.ts";

/** Which yardstick a document is: the seed (where the rules were first written), the development corpus's tuning part, or its blind part. */
export type Part = "seed" | "tuning" | "blind";

/** Every part, in report order. */
export const PARTS: readonly Part[] = ["seed", "tuning", "blind"];

/** One document's answer keys. */
export interface AnswerKey {
  document: string;
  part: Part;
  /** The document's file, relative to the project root. */
  path: string;
  figures: GoldFigure[];
  interventions: InterventionRowLike[];
  /** Gold events (acts outside intervention rows); null where the key has none (the seed). */
  events: EventRowLike[] | null;
}

/** The seed's slug here, and the one its gold tables use. */
export const SEED = "soviet-involvement-in-regime-change";
const SEED_GOLD_SLUG = "soviet-regime-change";

const read = (path: string) => readFileSync(path, "utf8");

/**
 * Reads every answer key under `gold/` (default: the project's): the seed's and each development
 * article's listed in `gold/dev/split.csv`. Throws, naming the file, when a listed key is missing.
 * @example readAnswerKeys().map((k) => k.part) // ["seed", "tuning", "blind", …]
 */
export function readAnswerKeys(root: string = ROOT): AnswerKey[] {
  const gold = resolve(root, "gold");
  const keys: AnswerKey[] = [
    {
      document: SEED,
      part: "seed",
      path: `data/${SEED}.txt`,
      figures: readGoldFigures(csvParse(read(resolve(gold, "seed/figures.csv"))), SEED),
      interventions: readGoldInterventions(read(resolve(gold, "seed/interventions.csv"))).map((r) => ({...r, document: r.document === SEED_GOLD_SLUG ? SEED : r.document})),
      events: null,
    },
  ];
  for (const {document, part} of csvParse(read(resolve(gold, "dev/split.csv")))) {
    const file = (kind: string) => {
      const path = resolve(gold, "dev", `${document}.${kind}.csv`);
      if (!existsSync(path)) throw new Error(`answer key missing: ${path}`);
      return read(path);
    };
    keys.push({
      document: document!,
      part: part as Part,
      path: `corpus/dev/${document}.txt`,
      figures: readGoldFigures(csvParse(file("figures")), document!),
      interventions: readGoldInterventions(file("interventions"), document!),
      events: readGoldEvents(file("events"), document!),
    });
  }
  return keys;
}
