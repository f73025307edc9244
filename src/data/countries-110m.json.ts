// The world map's country shapes: world-atlas's TopoJSON (Natural Earth 1:110m), copied
// from node_modules as is. Feature ids are ISO 3166-1 numeric codes ("004"); see
// iso-numeric.json.ts for their alpha-3 codes.
import {readFileSync} from "node:fs";
import {createRequire} from "node:module";

process.stdout.write(readFileSync(createRequire(import.meta.url).resolve("world-atlas/countries-110m.json"), "utf8"));
