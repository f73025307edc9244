/**
 * Rule table for whose figure it is: the Soviet side, the target's government, rebels,
 * or a named nation. Data only; `extract/figures.ts` looks in the figure's own words
 * first ("Some 3,300 Soviet military experts"), then in its clause before it ("The USSR
 * sent 2,000–3,000 military advisers"), and takes the nearest match.
 */
import type {Rule} from "../types.ts";

/** `[pattern, party label, "example phrase"]`, more specific entries first. */
export const PARTIES: readonly Rule[] = [
  [/\b(?:Soviets?|USSR|U\.S\.S\.R\.|Red\s+Army|Soviet\s+Army|NKVD|KGB|GPU|OGPU|Kremlin|Moscow|Warsaw\s+Pact)\b/, "soviet", "Some 3,300 Soviet military experts"],
  [/\b(?:rebels?|insurgents?|guerrill?as?|mujahideen|militants?|partisans?|separatists?|secessionists?|resistance|opposition\s+forces|Contras|Viet\s+Cong)\b/i, "rebels", "supplied the rebels with 500 rifles"],
  [/\b(?:government|regime|federal|loyalists?|junta|authorities|state\s+security)\b/i, "government", "the Nigerian federal government received 40 aircraft"],
  [/\bEast\s+German\b/, "east_german", "700 East German instructors"],
  [/\b(?:Germans?|Germany|Nazis?|Wehrmacht|OKW|Third\s+Reich)\b/, "german", "German losses of 77,000 killed"],
  [/\b(?:Americans?|U\.S\.|US|United\s+States|CIA)\b/, "american", "20,000 American advisers"],
  [/\b(?:Cubans?|Cuba)\b/, "cuban", "500 Cuban instructors"],
  [/\b(?:Chinese|China|PLA)\b/, "chinese", "300,000 Chinese volunteers"],
  [/\b(?:Vietnamese|Vietnam)\b/, "vietnamese", "150,000 Vietnamese troops"],
  [/\b(?:Polish|Poles|Poland)\b/, "polish", "320,000 Polish prisoners of war"],
  [/\b(?:Hungarians?|Hungary)\b/, "hungarian", "200,000 Hungarians"],
  [/\b(?:Czechs?|Czechoslovaks?|Czechoslovakia)\b/, "czechoslovak", "70,000 Czechs"],
  [/\b(?:Afghans?|Afghanistan)\b/, "afghan", "5 million Afghan refugees"],
  [/\b(?:Finns|Finnish|Finland)\b/, "finnish", "25,000 Finnish soldiers"],
  [/\b(?:Japanese|Japan|Kwantung\s+Army)\b/, "japanese", "600,000 Japanese prisoners"],
  [/\b(?:British|Britons|Britain|United\s+Kingdom)\b/, "british", "40,000 British troops"],
  [/\b(?:Romanians?|Romania)\b/, "romanian", "50,000 Romanian soldiers"],
];
