/**
 * `npx tsx bench/nlp/compare.ts`: method labels and actor attribution from a general NLP
 * toolkit (compromise: POS tags, verb phrases with their infinitive, negation and subject, noun
 * phrases with their root), set beside the product's lexicon (loaders/rules/methods.ts run by
 * loaders/extract/methods.ts), on the development corpus. Outside the product path: nothing in
 * loaders/ imports it.
 *
 * Both approaches get the same rows (extractInterventions), the same reading of the title (who
 * the power is, or every state) and the same names of states (findStates: the toolkit tags a
 * word as a place or a demonym but knows no ISO codes). What differs is how an act and its
 * actor are found: here, a verb or noun whose root maps to a label (VERB_LABELS, NOUN_LABELS),
 * its subject (by the toolkit's parse; for a passive verb, the phrase after "by"), the toolkit's
 * negation; there, the cue table and the rules of extract/methods.ts.
 *
 * Prints per part (tuning, blind): micro P/R/F1 of the method labels, per-label precision, and
 * the time per article of each approach's labelling step. Only pooled numbers are printed.
 */
import nlp from "compromise";
import {resolve} from "node:path";
import {readCorpus, decodeSource} from "../../loaders/io/corpus.ts";
import {ROOT} from "../../loaders/io/paths.ts";
import {parseDocument} from "../../loaders/parse/document.ts";
import {splitSentences} from "../../loaders/parse/sentences.ts";
import {extractInterventions} from "../../loaders/extract/interventions.ts";
import {extractMethods} from "../../loaders/extract/methods.ts";
import {castOf, findStates, type Cast} from "../../loaders/extract/actors.ts";
import {readAnswerKeys, type Part} from "../../loaders/eval/keys.ts";
import {scoreInterventions, type InterventionRowLike} from "../../loaders/eval/interventions.ts";
import {METHODS} from "../../loaders/rules/methods.ts";
import type {Document, Intervention} from "../../loaders/types.ts";

/** Verb infinitives → method label: `[infinitive, label]`. */
export const VERB_LABELS: readonly (readonly [string, string])[] = [
  ...["invade", "occupy", "attack", "besiege", "capture", "conquer", "seize", "raid", "shell", "bomb", "bombard", "defeat", "subdue", "storm", "assault", "overrun", "recapture", "retake", "sack", "land", "ambush", "subjugate", "rout", "crush"].map((v) => [v, "invasion"] as const),
  ...["overthrow", "depose", "oust", "topple", "install", "restore"].map((v) => [v, "coup"] as const),
  ...["annex", "cede", "incorporate", "absorb"].map((v) => [v, "annexation"] as const),
  ...["rig", "forbid", "falsify"].map((v) => [v, "election"] as const),
  ...["arm", "supply", "fund", "finance", "bankroll", "subsidize", "subsidise", "train", "equip", "aid"].map((v) => [v, "military_aid"] as const),
  ...["assassinate", "spy", "infiltrate", "sabotage"].map((v) => [v, "covert"] as const),
];

/** Noun roots → method label (nominal acts: "the Soviet invasion", "Siege of Babylon"). */
export const NOUN_LABELS: readonly (readonly [string, string])[] = [
  ...["invasion", "occupation", "attack", "siege", "battle", "conquest", "raid", "war", "campaign", "incursion", "assault", "offensive", "sack", "shelling", "bombardment", "strike"].map((n) => [n, "invasion"] as const),
  ...["coup", "putsch", "overthrow"].map((n) => [n, "coup"] as const),
  ...["annexation", "cession", "protectorate"].map((n) => [n, "annexation"] as const),
  ...["subsidy", "subsidies", "aid", "arms", "weapons", "advisers", "advisors", "instructors"].map((n) => [n, "military_aid"] as const),
  ...["spy", "spies", "espionage", "assassination", "agents", "commando", "commandos"].map((n) => [n, "covert"] as const),
];

const VERBS = new Map(VERB_LABELS);
const NOUNS = new Map(NOUN_LABELS);

/** Whether the states a phrase names count for the document: its power's, or any state's (a foreign one in a civil war). */
function counts(phrase: string, cast: Cast): boolean {
  const states = findStates(phrase).flatMap((m) => m.state.members);
  const {shape, power, named} = cast.title;
  if (power) return states.some((c) => power.iso3.includes(c));
  if (shape === "internal") return states.some((c) => !named.includes(c));
  return true;
}

/** The labels compromise finds in a row's text, counted as `counts` says. */
export function labelRow(doc: Document, row: Intervention, cast: Cast): string[] {
  const heading = row.rule.startsWith("heading:") ? `${doc.headings[row.heading]?.text ?? ""}. ` : "";
  const text = heading + doc.prose.slice(row.start, row.end).replace(/\s+/g, " ");
  const labels = new Set<string>();
  const parsed = nlp(text);
  parsed.verbs().forEach((v) => {
    const verb = v.json()[0]?.verb;
    const label = verb && VERBS.get(verb.infinitive);
    if (!label || verb.negative) return;
    const phrase = v.text();
    // A passive verb's actor follows "by"; an active one's is its subject.
    const passive = /^(?:was|were|been|is|are|being)\b/i.test(phrase);
    const after = parsed.text().slice(parsed.text().indexOf(phrase) + phrase.length, parsed.text().indexOf(phrase) + phrase.length + 80);
    // compromise's Verbs view has subjects(); its type declarations give the plain View.
    const actor = passive ? (/^\s+by\s+([^,.;]+)/.exec(after)?.[1] ?? "") : (v as unknown as {subjects(): {text(): string}}).subjects().text();
    if (counts(actor, cast) || (cast.title.power === null && cast.title.shape === "many" && !actor)) labels.add(label);
  });
  parsed.nouns().forEach((n) => {
    const root = String(n.json()[0]?.noun?.root ?? "").toLowerCase().split(/\s+/).pop() ?? "";
    const label = NOUNS.get(root);
    if (!label) return;
    // A nominal act's actor is the name inside its phrase ("the Soviet invasion", "Kushite Invasion").
    if (counts(n.text(), cast)) labels.add(label);
  });
  return METHODS.filter((m) => labels.has(m));
}

const keys = readAnswerKeys().filter((k) => k.part !== "seed");
const sources = readCorpus(resolve(ROOT, "corpus/dev")).map(decodeSource);
const results: Record<string, {predicted: InterventionRowLike[]; gold: InterventionRowLike[]; ms: number; docs: number}> = {};
// Each approach runs twice; the second run is timed (the first compiles the rule tables and warms the JIT).
for (const approach of ["lexicon", "lexicon", "compromise", "compromise"]) {
  for (const part of ["tuning", "blind"] as Part[]) {
    const partKeys = keys.filter((k) => k.part === part);
    const predicted: InterventionRowLike[] = [];
    let ms = 0;
    for (const key of partKeys) {
      const source = sources.find((s) => s.slug === key.document)!;
      const doc = parseDocument(source.text, source.file, {bytes: source.bytes, warnings: [], slug: source.slug, format: "text"});
      const sentences = splitSentences(doc);
      const rows = extractInterventions(doc);
      const started = performance.now();
      const cast = castOf(doc);
      if (approach === "lexicon") extractMethods(doc, sentences, rows, {cast});
      else for (const row of rows) row.methods = labelRow(doc, row, cast);
      ms += performance.now() - started;
      for (const row of rows) predicted.push({document: doc.slug, order: row.order, line: row.line, methods: row.methods, target_iso3: ""});
    }
    results[`${approach}|${part}`] = {predicted, gold: partKeys.flatMap((k) => k.interventions), ms, docs: partKeys.length};
  }
}

const pct = (x: number) => (100 * x).toFixed(1);
const lines = ["| approach | part | P | R | F1 | label precision (invasion / coup / annexation / election / military_aid / covert) | ms per article |", "|---|---|---|---|---|---|---|"];
for (const [name, r] of Object.entries(results)) {
  const [approach, part] = name.split("|");
  const s = scoreInterventions(r.predicted, r.gold, {documentAlias: {}});
  const labels = s.labels.map((l) => (l.tp + l.fp ? pct(l.precision) : "–")).join(" / ");
  lines.push(`| ${approach} | ${part} | ${pct(s.micro.precision)} | ${pct(s.micro.recall)} | ${pct(s.micro.f1)} | ${labels} | ${(r.ms / r.docs).toFixed(1)} |`);
}
process.stdout.write(lines.join("\n") + "\n");
