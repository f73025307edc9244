/**
 * Rule tables for what a figure counts: the nouns after a number (troops, tanks, motor
 * vehicles), currency signs and words, percent signs and ratios. Data only;
 * `extract/figures.ts` runs them. Units are the gold README's list: persons, tanks,
 * aircraft, artillery, vehicles, items, usd, tonnes, percent, share, ratio, events.
 *
 * Two kinds of entries are recognised but never emitted as figures: measures
 * (durations, distances, temperatures, which the gold leaves out) and counts of things
 * no unit fits (countries, factions, military formations: "two brigades").
 */
import type {Rule} from "../types.ts";

/** What a noun after a number says about the figure's unit. */
export interface UnitLabel {
  /** The unit written to the table (`persons`, `tanks`, …, or a measure unit such as `days`). */
  unit: string;
  /** `figure` is emitted; `measure` and `not-figure` end the search and drop the number. */
  kind: "figure" | "measure" | "not-figure";
  /** Only right after the number ("77,000 killed"), never after other words ("soldiers killed civilians"). */
  immediate?: boolean;
  /** Only for counts of at least this many; a smaller count is of formations ("two forces" met; "12,000 forces" are people). */
  minCount?: number;
  /**
   * The noun can also be an adjective ("French", "Chinese"): when adjective-like words and
   * then a unit noun follow ("19 French military interventions", "2,500 French and
   * Senegalese troops"), that later noun is the head.
   */
  modifier?: boolean;
}

/**
 * Combatants named by what they do, shared by the unit nouns, their categories and the
 * nouns before a bare number ("the invaders, numbering about 1,500").
 */
export const COMBATANT_WORDS = String.raw`invaders?|attackers?|assailants?|raiders?|legionnaires?|legionaries|jihadists?|gunmen|irregulars|auxiliaries|peacekeepers?|troopers?|infantrym[ae]n|riflem[ae]n|gunners?|sappers?|snipers?|bodyguards?|tankm[ae]n|cavalrym[ae]n|fedayeen|peshmerga|special[\s-]forces|tribesm[ae]n|warriors?|horsem[ae]n|bowm[ae]n|spearm[ae]n|swordsm[ae]n|pikem[ae]n|frogm[ae]n|cavalry|infantry|levies|grenadiers?|musketeers?|archers?|knights?|janissaries|sepoys?|jawans?|rangers?|constables?|privates|NCOs?|non-commissioned\s+officers?|aviators?|dragoons?|hussars?|lancers?|cossacks?`;

const figure = (unit: string, immediate = false): UnitLabel => ({unit, kind: "figure", ...(immediate ? {immediate} : {})});
const modifier = (unit: string): UnitLabel => ({unit, kind: "figure", modifier: true});
const measure = (unit: string): UnitLabel => ({unit, kind: "measure"});
const notFigure = (unit: string): UnitLabel => ({unit, kind: "not-figure"});

/**
 * Nouns (and noun phrases) that name what a number counts. The engine tries them at each
 * word after a number, multi-word entries first, skipping adjectives and names
 * ("3,255 truck-mounted Katyusha rocket launchers"); when two unit nouns stand side by
 * side ("Vietnamese troops", "tank crews") the later one is the head.
 */
export const UNIT_NOUNS: readonly Rule<UnitLabel>[] = [
  // Things no unit fits (gold README): counted, but not figures.
  [/(?:army\s+groups?|task\s+forces?|divisions?|brigades?|regiments?|battalions?|companies|platoons?|squadrons?|flotillas?|fleets?|corps|armies|army\s+fronts?|fronts?|units?|detachments?|columns?)\b/i, notFigure("formations"), "two brigades"],
  [/(?:countries|nations?|states?|republics?|colonies|provinces?|regions?|territories|cities|towns?|villages?|districts?|zones?|sectors?|sides?|parties|factions?|groups?|organi[sz]ations?|movements?|governments?|regimes?|times|ways?|seats?|votes?|languages?|pages?|articles?|points?|members?\s+states?)\b/i, notFigure("other-count"), "four Warsaw Pact countries"],
  // Places and structures (gold README: "posts, bunkers, positions, villages, airfields, buildings" are not figures).
  [/(?:posts?|outposts?|bunkers?|positions?|airfields?|airstrips?|air\s+bases?|bases?|buildings?|houses?|bridges?|forts?|fortresses|camps?|checkpoints?|trenches|roads?|ports?|harbou?rs?|schools?|hospitals?|mosques?|churches|temples?)\b/i, notFigure("places"), "destroyed three border outposts"],
  // Lower case only: "two Type 23 frigates" names a class.
  [/(?:kinds?|types?|sorts?)\b/, notFigure("other-count"), "three types of rifle"],
  // Measures: durations, distances, temperatures, weights other than tonnes.
  [/(?:days?|nights?)\b/i, measure("days"), "for about 30 days"],
  [/weeks?\b/i, measure("weeks"), "the first two weeks of April"],
  [/months?\b/i, measure("months"), "three months after the outbreak"],
  [/(?:years?|decades?|centuries|century)\b/i, measure("years"), "almost six years of peace"],
  [/(?:hours?|minutes?)\b/i, measure("hours"), "within 48 hours"],
  [/(?:kilomet(?:re|er)s?|km|square\s+(?:kilomet(?:re|er)s?|km))(?![\p{L}])/iu, measure("km"), "32 km"],
  [/(?:miles?|mi|square\s+miles?)(?![\p{L}])/iu, measure("mi"), "(20 mi)"],
  [/(?:met(?:re|er)s?|feet|ft|yards?|hectares?|acres?)(?![\p{L}])/iu, measure("m"), "300 metres"],
  [/°\s*C\b|degrees?\s+(?:Celsius|centigrade)\b/i, measure("celsius"), "−43 °C"],
  [/°\s*F\b|degrees?\s+Fahrenheit\b/i, measure("fahrenheit"), "−45 °F"],
  [/(?:kilograms?|kg|grams?)\b/i, measure("kg"), "500 kilograms"],
  // Aircraft named by type after a model designation ("50 MiG-21 fighters"), before "fighters" as people.
  // (The lookahead first: it fails fast where the lookbehind would read back at every word.)
  [/(?=fighters?|bombers?|interceptors?)(?<=[\p{L}]+-\d+[\p{L}\d]*\s+)(?:fighters?|bombers?|interceptors?)\b/u, figure("aircraft"), "50 MiG-21 fighters"],
  // Aircraft named by maker or type ("40 Mirage fighters", "jet fighters"), and compounds with "fighter".
  [
    /fighter[\s-](?:bombers?|jets?|aircraft|planes?|interceptors?)\b|(?=fighters?|interceptors?)(?<=\b(?:MiGs?|Sukhois?|Mirages?|Rafales?|Jaguars?|Harriers?|Tornados?|Typhoons?|Phantoms?|Hunters?|Hawker|Spitfires?|Hurricanes?|Messerschmitts?|Yaks?|Skyhawks?|Sabres?|Myst[eè]res?|Northrop|Lockheed|Dassault|jets?|Jets?)\s+)(?:fighters?|interceptors?)\b/u,
    figure("aircraft"),
    "a squadron of 40 Mirage fighters",
  ],
  // Aircraft, missiles and ships named by type (capitalised, so case-sensitive): "12 Sea Harriers", "two Exocets", "six LCUs".
  [
    /(?:Sea\s+)?Harriers|Mirages|Skyhawks|(?:Super\s+)?[ÉE]tendards|Daggers|Pucar[áa]s|Canberras|Vulcans|Nimrods|Hercules|Chinooks|Sea\s+Kings|Wessex(?:es)?|Lynx(?:es)?|Wasps|Pumas|Hueys|Apaches|Black\s+Hawks|Sukhois|Tupolevs|Ilyushins|Antonovs|(?:Super\s+)?Myst[eè]res|Vautours|Ouragans|Meteors|Spitfires|Hurricanes|Messerschmitts|Stukas|Mustangs|Lancasters|Tornados|Jaguars|Rafales|Gripens|Eurofighters|Tomcats|Starfighters|Skyraiders|Vampires|Mosquitos|Dakotas|Globemasters|Orions|Learjets|Cessnas|Fokkers|Alouettes|Gazelles|Sabres|Phantoms|Hawker\s+Hunters|(?:Mirage|Myst[eè]re|Vautour|Ouragan|Meteor|Phantom|Spitfire|Mosquito)\s+[IVX]+[A-Z]?s(?![\p{L}])|(?:MiG|Su|Tu|Il|Yak|An|Mi|Ka|F|A|B|C|E|P|KC|AH|UH|CH|MH|SH|AV|EA|RF|TA)-\d+[A-Z]*s(?![\p{L}])|(?:Boeing|Airbus|Lockheed|Douglas|Learjet|Cessna|Fokker|Embraer|Tupolev|Ilyushin|Antonov)\s+\d+s(?![\p{L}])/u,
    figure("aircraft"),
    "three Boeing 737s and 12 Sea Harriers",
  ],
  [/Exocets|Sidewinders|Stingers|Tomahawks|Scuds|Hellfires|Javelins|Milans|TOWs|Sea\s+Darts|Sea\s+Wolfs|Sea\s+Cats|Rapiers|Blowpipes|SAMs|ICBMs|SLBMs|RPGs|ATGMs|MANPADS/u, figure("items"), "two Exocets"],
  [/LCUs|LCVPs|LSLs|LSTs|LPDs|LCTs|LCAs|LCMs|LHDs|LHAs|Type\s+\d+s(?![\p{L}])/u, figure("vehicles"), "six LCUs and two Type 22s"],
  [/Centurions|Pattons|Shermans|Chieftains|Leopards|Merkavas|Challengers|(?:T|IS|PT|AMX|SU|Su|M|BT|KV)-?\d+[A-Z\d]*s(?![\p{L}])/u, figure("tanks"), "90 Centurions and 40 T-55s"],
  // Ships named after what they carry, before "aircraft" and "helicopters".
  [/(?:aircraft|helicopter|troop|seaplane)\s+carriers?\b/i, figure("vehicles"), "two aircraft carriers"],
  // Persons: immediate participles and adjectives used as nouns ("77,000 killed").
  [/(?:(?:killed|dead)\s+(?:or|and)\s+(?:wounded|injured|captured|missing)|killed|dead|wounded|injured|missing|captured|executed|deported|imprisoned|arrested|detained|displaced)\b/i, figure("persons", true), "77,000 killed"],
  // Persons: people by role.
  [/(?:prisoners?\s+of\s+war|political\s+prisoners?|prisoners?|POWs?|captives?|hostages?|detainees?|internees?|deportees?|refugees?|[ée]migr[ée]s?|emigrants?|exiles?|evacuees?|displaced\s+persons)\b/i, figure("persons"), "320,000 Polish prisoners of war"],
  [/(?:casualties|fatalities|deaths?|victims?|lives|survivors?|losses|injuries|(?:non-?fatal|fatal)\s+casualties)\b/i, figure("persons"), "194,191 total casualties"],
  [/(?:troops?|soldiers?|servicem[ae]n|servicewomen|men|man|personnel|advis[eo]rs?|experts?|instructors?|specialists?|technicians?|officers?|volunteers?|fighters?|guerrill?as?|insurgents?|rebels?|militants?|mercenaries|mercenary|combatants?|sailors?|seamen|airmen|pilots?|marines?|commandos?|paratroopers?|conscripts?|recruits?|reservists?|militiam[ae]n|militia|policem[ae]n|police\s+officers?|police|agents?|spies|spy|guards?|gendarmes?|partisans?|defenders?|crew(?:s|men)?|cadres?|operatives?|spetsnaz|mujahideen|veterans?)\b/i, figure("persons"), "2,000–3,000 military advisers"],
  // Persons: "forces" counted in the hundreds or more are people ("12,000 rebel forces"); "two forces" are formations.
  [/forces\b/i, {unit: "persons", kind: "figure", minCount: 100}, "some 12,000 government forces"],
  // Persons: combatants named by what they do ("invaders", "legionnaires", "gunmen").
  [new RegExp(String.raw`(?:${COMBATANT_WORDS}|terrorists?|hijackers?|kidnappers?|(?:private\s+)?(?:military|security)\s+contractors?)\b`, "i"), figure("persons"), "some 300 invaders"],
  // Losses and captives named by what befell them.
  [/(?:bodies|corpses|martyrs|slaves)\b/i, figure("persons"), "230 bodies were counted"],
  [/(?:reporters?|photographers?|correspondents?|journalists?|applicants?|cooks?|laundrym[ae]n|elders?|porters?|lawyers?|businessm[ae]n|workm[ae]n|smugglers?|traders?|merchants?|pilgrims?|nomads?|herders?|shepherds?|fishermen|representatives?|delegates?|envoys?|ministers?|deputies|notables?|noblem[ae]n|nobles?|chiefs?|engineers?)\b/i, figure("persons"), "two radio reporters"],
  [/(?:people|persons?|individuals?|civilians?|citizens?|inhabitants?|residents?|villagers?|peasants?|farmers?|workers?|labou?rers?|students?|schoolchildren|schoolboys|schoolgirls|pupils|teachers?|doctors?|nurses?|journalists?|diplomats?|missionaries|tourists?|passengers?|children|child|women|woman|boys?|girls?|youths?|dissidents?|opponents?|protesters?|demonstrators?|strikers?|members?|supporters?|sympathi[sz]ers?|officials?|politicians?|leaders?|priests?|clergy(?:men)?|monks?|nuns?|intellectuals?|landowners?|kulaks?|Jews|Muslims?|Christians?|Catholics?|Buddhists?|settlers?|colonists?|natives?|subjects?|nationals?|(?:camp\s+)?followers|porters|servants|pilgrims|traders|merchants|Communists?|Nationalists?|Republicans?|Loyalists?|Royalists?|monarchists?|anarchists?|socialists?)\b/i, figure("persons"), "five youths"],
  // Persons: demonyms (capitalised, so this entry is case-sensitive).
  [/(?:Soviets|Russians|Poles|Czechs|Slovaks|Finns|Swedes|Danes|Britons|Scots|Turks|Kurds|Druze|Bedouins?|Pashtuns|Hazaras|Sikhs|Gurkhas|Mongols|Baluch|Turkmens?|Uzbeks|Tajiks|Kazakhs|Serbs|Croats|Slovenes|Bosniaks|Arabs|Greeks|Balts|Germans|French|Dutch|Filipinos|Thais|Lao|Tatars|Chechens|Ingush|Kalmyks|[A-Z][a-z]+(?:ians|ans|eans|ese|is|ites|ens|eks|iks|yks))\b/, modifier("persons"), "About 1,400 Soviets"],
  // Equipment.
  [/(?:multiple\s+)?(?:rocket|missile)\s+launchers?/i, figure("artillery"), "3,000 truck-mounted rocket launchers"],
  [/(?:machine[\s-]guns?|sub-?machine[\s-]guns?|rifles?|pistols?|small\s+arms|firearms|weapons?|missiles?|rockets?|radars?|(?:intelligence\s+)?gear|equipment|grenades?|(?:land\s?)?mines|rounds(?:\s+of\s+ammunition)?|shells?|bombs?|warheads?|code\s+machines?|machines?|devices?)\b/i, figure("items"), "at least 2 very important American intelligence gear"],
  [/(?:tanks?|assault\s+guns?|tank\s+destroyers?)\b/i, figure("tanks"), "1,267 tanks and assault guns"],
  [/(?:aircraft|airplanes?|aeroplanes?|planes?|warplanes?|jets?|bombers?|helicopters?|gunships?|MiGs?|drones?|interceptors?)\b/i, figure("aircraft"), "7,500 aircraft"],
  [/(?:artillery(?:\s+(?:pieces?|guns?))?|(?:field|anti-?aircraft|anti-?tank|heavy|self-propelled)\s+guns?|guns?|howitzers?|mortars?|cannons?|(?:multiple\s+)?(?:rocket|missile)\s+launchers?|Katyushas?)\b/i, figure("artillery"), "41,600 artillery pieces and mortars"],
  // Launchers alone launch missiles carried by hand or vehicle: equipment, not guns.
  [/launchers?\b/i, figure("items"), "30 launchers and 90 missiles"],
  [/(?:(?:motor\s+|armou?red\s+|military\s+|combat\s+)?vehicles?|trucks?|lorries|lorry|cars?|jeeps?|APCs?|armou?red\s+(?:personnel\s+)?carriers?|(?:war)?ships?|vessels?|boats?|gunboats?|sloops?|corvettes?|minesweepers?|landing\s+craft|freighters?|steamers?|submarines?|destroyers?|cruisers?|frigates?|battleships?|aircraft\s+carriers?|locomotives?|wagons?|railcars?|galleys|galleons?|caravels?|carracks?|xebecs?|triremes?|dhows?|junks|brigs|schooners?|barges?|tugs?|tankers?|trawlers?|ferries|liners?|icebreakers?|hovercraft|ironclads?|men-of-war|ships-of-the-line)\b/i, figure("vehicles"), "95,383 motor vehicles"],
  // Weight.
  [/(?:tonnes?|tons?|metric\s+tons?)\b/i, figure("tonnes"), "176 tonnes"],
  // Events.
  [/(?:interventions?|invasions?|coups?(?:\s+d['’]état)?|operations?|waves?|encounters?|raids?|attacks?|offensives?|campaigns?|battles?|incursions?|missions?|sorties|air\s?strikes?|strikes?|assassinations?|assassination\s+attempts?|attempts?|incidents?|clashes|skirmishes|uprisings?|revolts?|rebellions?|elections?|purges?|executions?|arrests?|deportations?|massacres?|bombings?|ambushes|ambush|engagements?|invasions?|occasions|instances|violations|trips|voyages|expeditions?|sieges?|assaults?|forays?|sallies)\b/i, figure("events"), "36 interventions"],
];

/**
 * A noun phrase "N of them", "N others": the pronoun stands for what the sentence counted
 * before (people unless an earlier figure counts something else: "40 tanks, 12 of which").
 */
export const PRONOUN_UNITS: readonly Rule<UnitLabel>[] = [
  [/of\s+(?:them|whom|those|these|us|which|(?:its|their|his|her|our)\s+own)\b/i, figure("persons"), "captured five of them"],
  [/others\b/i, figure("persons"), "two were killed and nine others were injured"],
];

/**
 * Words right after a number that are not its noun ("two more civilians", "seven other
 * soldiers"): skipped on the way to the noun; with no noun after them they stand for one
 * ("eight more wounded"), like {@link PRONOUN_UNITS}.
 */
export const OTHER_WORDS: Rule = [/(?:other|more|further|additional)\b(?!\s+than\b)\s*/iy, "other-words", "seven more soldiers were killed"];

/**
 * "N of the/its/their … NOUN": a part of what the noun counts ("four of its soldiers",
 * "500 of the general's troops"); the number counts the noun's unit.
 */
export const PARTITIVE: Rule = [/of\s+(?:(?:the|its|their|our|his|her|these|those|my|your)\s+|(?=\p{Lu}[\p{L}\p{M}'’.-]*['’]s\s))/uy, "partitive", "four of its soldiers were killed"];

/**
 * An aside between a count and its noun ("70,000 (mostly reservists) troops"): skipped with
 * the count when the noun follows it. Not one with a number in it ("5,000 (including 2,000
 * reservists) troops"), which is a figure of its own.
 */
export const ASIDE: Rule = [/\([^()\d\n]{1,40}\)[ \t\u00a0]+/uy, "aside", "mobilised 70,000 (mostly reservists) troops"];

/** A calibre before a noun ("six 105 mm howitzers"): part of the noun phrase, skipped with it. */
export const CALIBRE: Rule = [/\d+(?:\.\d+)?\s*(?:mm|cm|-?inch|-?in\.|-?pounders?|pdr)(?![\p{L}])\s*/uy, "calibre", "six 105 mm howitzers"];

/**
 * A share of something named before ("roughly half of it", "two-thirds of whom"): it is
 * about what the sentence's previous figure counts, unless a verb after it says otherwise.
 */
export const PRONOUN_SHARES: readonly Rule<string>[] = [
  [/\s+of\s+(?:it|them|whom|which|these|those|this|that)\b/i, "antecedent", "$4 billion in aid, roughly half of it military"],
];

/** "13,000 were imprisoned": a bare number as the subject of a passive about people. */
export const PASSIVE_PERSONS: readonly Rule<UnitLabel>[] = [
  [/(?:were|had\s+been|have\s+been|are|being)\s+(?:later\s+|subsequently\s+|reportedly\s+|also\s+)?(?:(?:killed|dead)\s+(?:or|and)\s+(?:wounded|injured|captured|missing|taken\s+prisoner)|killed|wounded|injured|captured|imprisoned|jailed|executed|shot|hanged|deported|arrested|detained|tried|sentenced|put\s+on\s+trial|taken\s+prisoner|evacuated|expelled|displaced|murdered|massacred|interned|exiled|resettled|released|freed|repatriated|sent|buried|reburied|exhumed|identified|returned|rescued)\b/i, figure("persons"), "13,000 were imprisoned"],
];

/** "a 2,000-strong force", "a 500-man unit": a number glued to a persons suffix. */
export const STRENGTH_SUFFIXES: readonly Rule<UnitLabel>[] = [
  [/-(?:strong|man|men|member)\b/i, figure("persons"), "a 2,000-strong force"],
  // "some 15,000 strong" as an apposition or before a force ("a 3,000 strong army"), not "two strong positions".
  [/\s+strong\b(?=\s*[,;.)]|\s+(?:force|army|contingent|garrison|militia|column|corps|brigade|unit|detachment|expedition)\b)/i, figure("persons"), "the rebels, some 15,000 strong, attacked"],
];

/**
 * Currency written before a number. Labels are ISO 4217 codes in lower case (the gold's
 * rule for money: other currencies keep their amount and their own code).
 */
export const CURRENCY_BEFORE: readonly Rule<string>[] = [
  [/(?:US|U\.S\.|USD)\s?\$|\$/, "usd", "$1.4 billion"],
  [/USD\s?/, "usd", "USD 40 million"],
  [/£/, "gbp", "£2 million"],
  [/€/, "eur", "€5 million"],
  [/\b(?:Rs\.?|INR)\s?|₹\s?/, "inr", "Rs. 40,000"],
  [/¥/, "jpy", "¥300 million"],
];

/** Every sign or code of {@link CURRENCY_BEFORE}: the engine reads that table only where one stands (a test keeps them in step). */
export const CURRENCY_SIGNS: Rule = [/[$£€¥₹]|USD|Rs|INR/, "currency-signs", "US$40 million"];

/** Currency written after a number (and its magnitude word). */
export const CURRENCY_AFTER: readonly Rule<string>[] = [
  [/\s+(?:(?:US|U\.S\.|American)\s+)?dollars\b/i, "usd", "2 billion US dollars"],
  // A vague amount of money ("millions of dollars", "tens of millions of US dollars").
  [/\s+of\s+(?:(?:US|U\.S\.|American)\s+)?dollars\b/i, "usd", "billions of dollars"],
  [/(?:\s+of)?\s+(?:roubles|rubles)\b/i, "rub", "300 million rubles"],
  // Pounds are money after a magnitude or with a qualifier ("a million British pounds"), else they may be weight.
  [/(?:\s+of)?\s+pounds\s+sterling\b|(?:\s+of)?\s+(?:British|English)\s+pounds\b|(?<=(?:million|billion|thousand)s?)(?:\s+of)?\s+pounds\b(?!\s+of\b)/i, "gbp", "two million British pounds in silver"],
  [/(?:\s+of)?\s+euros\b/i, "eur", "250 million euros"],
  [/(?:\s+of)?\s+(?:Pakistani|Pakistan)\s+rupees\b/i, "pkr", "40 million Pakistani rupees"],
  // Pounds, dinars, riyals, lira and shekels of the Middle East and elsewhere, by country.
  [/(?:\s+of)?\s+Egyptian\s+pounds\b/i, "egp", "20 million Egyptian pounds"],
  [/(?:\s+of)?\s+Israeli\s+(?:pounds|lira)\b/i, "ilp", "300 million Israeli pounds"],
  [/(?:\s+of)?\s+(?:Israeli\s+|new\s+)?shekels\b/i, "ils", "50 million shekels"],
  [/(?:\s+of)?\s+Syrian\s+pounds\b/i, "syp", "10 million Syrian pounds"],
  [/(?:\s+of)?\s+Lebanese\s+pounds\b/i, "lbp", "5 million Lebanese pounds"],
  [/(?:\s+of)?\s+Jordanian\s+dinars\b/i, "jod", "2 million Jordanian dinars"],
  [/(?:\s+of)?\s+Iraqi\s+dinars\b/i, "iqd", "8 million Iraqi dinars"],
  [/(?:\s+of)?\s+Kuwaiti\s+dinars\b/i, "kwd", "4 million Kuwaiti dinars"],
  [/(?:\s+of)?\s+(?:Saudi\s+)?riyals\b/i, "sar", "900 million Saudi riyals"],
  [/(?:\s+of)?\s+Turkish\s+lira\b/i, "try", "6 million Turkish lira"],
  [/(?:\s+of)?\s+Afghan(?:i|is)\b/i, "afn", "40,000 Afghanis"],
  [/(?:\s+of)?\s+(?:Indian\s+)?rupees\b/i, "inr", "paid 3,000 rupees"],
  [/(?:\s+of)?\s+CFA\s+francs\b/i, "xof", "15 million CFA francs"],
  [/(?:\s+of)?\s+Swiss\s+francs\b/i, "chf", "20 million Swiss francs"],
  [/(?:\s+of)?\s+Belgian\s+francs\b/i, "bef", "a billion Belgian francs"],
  // Francs with no country: the French franc, the common reading in histories.
  [/(?:\s+of)?\s+(?:French\s+)?francs\b/i, "frf", "500 million francs in credits"],
  [/(?:\s+of)?\s+(?:Deutsche?\s*[Mm]arks|Deutschmarks|D-[Mm]arks)\b/, "dem", "3 billion Deutsche Marks"],
  [/(?:\s+of)?\s+(?:yen)\b/i, "jpy", "50 million yen"],
  [/(?:\s+of)?\s+(?:yuan|renminbi)\b/i, "cny", "2 billion yuan"],
];

/**
 * The words of {@link CURRENCY_AFTER}: a number with none of them in the few words after it
 * has no currency after it, and the engine skips that table (a test keeps them in step).
 */
export const CURRENCY_WORDS: Rule = [/\b(?:dollars|roubles|rubles|pounds|euros|rupees|francs|[DdMm]arks|Deutschmarks|yen|yuan|renminbi|dinars|riyals|lira|shekels|Afghanis?)\b/i, "currency-words", "2 billion US dollars"];

/**
 * Money whose currency goes unsaid: an amount with a magnitude, then what it paid for
 * ("hundreds of millions in aid", "$" left out). Read as US dollars, the gold's one
 * currency, unless the sentence names another.
 */
export const CURRENCY_IMPLIED: readonly Rule<string>[] = [
  [/(?=\s+in\s+(?:(?!need\b|of\b)[\w-]+\s+)?(?:aid|assistance|loans?|credits?|grants?|arms|weapons|subsidies|funding|support|bribes|payments|reparations)\b)/i, "usd", "hundreds of millions in economic aid"],
];

/** The currency a sentence names, for money whose own currency goes unsaid; US dollars if none. */
export const SENTENCE_CURRENCIES: readonly Rule<string>[] = [
  [/£|\bpounds\s+sterling\b|\bsterling\b/i, "gbp", "£40 million in grants and another 200 million in loans"],
  [/€|\beuros?\b/i, "eur", "€5 million, and later tens of millions in aid"],
  [/\bfrancs\b/i, "frf", "500 million francs in 1962 and millions more in credits"],
  [/\brupees\b/i, "inr", "3,000 rupees at once and thousands more in gifts"],
  [/\b(?:roubles|rubles)\b/i, "rub", "credits of 300 million roubles, then billions in arms"],
];

/** Percent signs and words after a number. */
export const PERCENT: readonly Rule<string>[] = [
  [/\s?%|\s+per\s?cent\b|\s+percent\b|\s+pct\b/i, "percent", "40%"],
];

/**
 * A ratio "N:M" (troop superiority and the like). The second term is at most 10, which
 * keeps clock times ("0:43") out.
 */
export const RATIO: Rule<string> = [/\s?:\s?(\d{1,2}(?:\.\d+)?)(?![\d:])/, "ratio", "5–6:1 in troops"];

/**
 * A tally in a list item: a label, a dash and a bare number ("- Coastal Artillery – 37"; the engine
 * anchors it at the number). Under a
 * sentence that ends with a colon and counts something ("Altogether 410 were killed:"), the
 * number counts what the lead's figure counts, and so do the people the item breaks it into.
 */
export const TALLY_ITEM: Rule = [/^\s*(?:[-*•#]\s+)?[^–—:;.\d]{1,80}?\s[–—-]\s*/, "tally", "- Coastal Artillery – 37"];
