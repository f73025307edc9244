/**
 * Place-name data tables. Modern countries come from the maintained `world-countries`
 * package; only historical states and regions are kept here by hand.
 */
import countries from "world-countries";

/**
 * Country names that contain a separator (`and`, `,`) and must not be split into
 * several targets: "Bosnia and Herzegovina", "Trinidad and Tobago".
 */
export const COMPOUND_PLACE_NAMES: readonly string[] = countries
  .flatMap((c) => [c.name.common, c.name.official, ...c.altSpellings])
  .filter((name) => /,| and | & /i.test(name) && name.length <= 60)
  .sort((a, b) => b.length - a.length || a.localeCompare(b));
