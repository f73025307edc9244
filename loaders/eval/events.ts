/**
 * Scoring of events against a gold table: each document's acts as the set of distinct
 * (actor, method, target) triples, a row with several actors or targets giving one triple per
 * pair of codes (gold/README.md, "events.csv of the development corpus"); the year is reported
 * as agreement on the matched triples. Pure: rows in, numbers out.
 */
import {csvParse} from "d3-dsv";

/** An event row, predicted or gold: codes as `;`-joined strings or arrays. */
export interface EventRowLike {
  document: string;
  line?: number | string | null;
  /** ISO3 codes of the acting states. */
  actor_iso3: string | readonly string[] | null;
  method: string;
  target_iso3: string | readonly string[] | null;
  year?: number | string | null;
}

/** One (actor, method, target) triple of a document. */
export interface Triple {
  document: string;
  actor: string;
  method: string;
  target: string;
  /** Years told for it (a triple may be told several times). */
  years: (number | null)[];
  /** Lines it was told on. */
  lines: number[];
}

/** What {@link scoreEvents} finds. */
export interface EventScore {
  predicted: number;
  gold: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  /** Matched triples where some year of the prediction equals some year of the gold (where the gold gives one). */
  year: {agree: number; total: number; accuracy: number};
  misses: Triple[];
  falseHits: Triple[];
}

const list = (v: string | readonly string[] | null | undefined): string[] =>
  (Array.isArray(v) ? [...v] : String(v ?? "").split(";")).map((s) => s.trim()).filter(Boolean);
const yearOf = (v: unknown): number | null => (v === null || v === undefined || v === "" ? null : Number(v));

/**
 * The distinct triples of a list of event rows, in first-seen order.
 * @example triplesOf([{document: "d", actor_iso3: "RUS", method: "invasion", target_iso3: "UZB;TJK"}]).length // 2
 */
export function triplesOf(rows: readonly EventRowLike[]): Triple[] {
  const byKey = new Map<string, Triple>();
  for (const r of rows) {
    for (const actor of list(r.actor_iso3)) {
      for (const target of list(r.target_iso3)) {
        const key = `${r.document}\u0000${actor}\u0000${r.method}\u0000${target}`;
        let t = byKey.get(key);
        if (!t) byKey.set(key, (t = {document: r.document, actor, method: r.method, target, years: [], lines: []}));
        t.years.push(yearOf(r.year));
        if (r.line != null && r.line !== "") t.lines.push(Number(r.line));
      }
    }
  }
  return [...byKey.values()];
}

/**
 * Scores predicted events against gold events as sets of triples per document.
 * @example scoreEvents(predicted, gold).f1 // 0.8
 */
export function scoreEvents(predicted: readonly EventRowLike[], gold: readonly EventRowLike[]): EventScore {
  const p = triplesOf(predicted);
  const g = triplesOf(gold);
  const key = (t: Triple) => `${t.document}\u0000${t.actor}\u0000${t.method}\u0000${t.target}`;
  const predictedByKey = new Map(p.map((t) => [key(t), t]));
  const goldKeys = new Set(g.map(key));
  const misses: Triple[] = [];
  let matched = 0;
  let agree = 0;
  let total = 0;
  for (const t of g) {
    const hit = predictedByKey.get(key(t));
    if (!hit) {
      misses.push(t);
      continue;
    }
    matched++;
    const goldYears = t.years.filter((y): y is number => y !== null);
    if (goldYears.length) {
      total++;
      if (hit.years.some((y) => y !== null && goldYears.includes(y))) agree++;
    }
  }
  const falseHits = p.filter((t) => !goldKeys.has(key(t)));
  const precision = p.length ? matched / p.length : 1;
  const recall = g.length ? matched / g.length : 1;
  return {
    predicted: p.length,
    gold: g.length,
    matched,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    year: {agree, total, accuracy: total ? agree / total : 1},
    misses,
    falseHits,
  };
}

/**
 * Reads a development article's gold events.csv (`line,actor,method,target_iso3,year`).
 * @example readGoldEvents(readFileSync("gold/dev/falklands-war.events.csv", "utf8"), "falklands-war")[0].method // "invasion"
 */
export function readGoldEvents(csv: string, document: string): EventRowLike[] {
  return csvParse(csv).map((r) => ({document, line: r.line ?? null, actor_iso3: r.actor ?? "", method: r.method ?? "", target_iso3: r.target_iso3 ?? "", year: r.year ?? null}));
}
