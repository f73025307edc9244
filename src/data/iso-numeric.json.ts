// ISO 3166-1 numeric → alpha-3 ({"004": "AFG", …}) from world-countries, so that the map
// can join world-atlas's numeric feature ids with the alpha-3 codes of countries.csv.
// Countries without a numeric code (Kosovo) are left out.
import {createRequire} from "node:module";

const countries: {ccn3: string; cca3: string}[] = createRequire(import.meta.url)("world-countries");
process.stdout.write(JSON.stringify(Object.fromEntries(countries.filter((c) => c.ccn3).map((c) => [c.ccn3, c.cca3]))));
