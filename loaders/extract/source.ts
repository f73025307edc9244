/**
 * describeSource: a document's origin and licence, from its sidecar file or its own text.
 */
import type {Document, DocumentMeta} from "../types.ts";
import {LICENCES, ORIGINS} from "../rules/licences.ts";

/**
 * Fills `doc.meta`. A `<slug>.meta.json` sidecar (`{"origin", "url", "licence"}`) wins;
 * otherwise the licence and origin rules are matched against the text (a mirror's footer).
 * A sidecar that is not valid JSON gives a warning naming its line and is ignored.
 * @example describeSource(parseDocument("… GNU Free Documentation License.", "a.txt")).licence // "GFDL-1.3-or-later"
 */
export function describeSource(doc: Document, sidecar?: string): DocumentMeta {
  const metaFile = `${doc.slug}.meta.json`;
  if (sidecar !== undefined) {
    try {
      const json = JSON.parse(sidecar) as Partial<Record<keyof DocumentMeta, unknown>>;
      const text = (v: unknown) => (typeof v === "string" ? v.trim() : "");
      doc.meta = {origin: text(json.origin), url: text(json.url), licence: text(json.licence) || "unknown", rule: `meta:${metaFile}`};
      return doc.meta;
    } catch (error) {
      const at = /position (\d+)/.exec((error as Error).message);
      const line = at ? sidecar.slice(0, +at[1]).split("\n").length : 0;
      doc.warnings.push({document: doc.slug, file: metaFile, line, code: "bad-meta", message: `${metaFile} is not valid JSON (${(error as Error).message}); ignored`});
    }
  }
  const licence = LICENCES.find(([p]) => p.test(doc.text));
  const origin = ORIGINS.find(([p]) => p.test(doc.text));
  const rules = [licence && `licence:${licence[1]}`, origin && `origin:${origin[1]}`].filter(Boolean);
  doc.meta = {origin: origin?.[1] ?? "", url: "", licence: licence?.[1] ?? "unknown", rule: rules.join("+")};
  return doc.meta;
}
