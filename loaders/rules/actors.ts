/**
 * Actor data tables: who can act in a sentence, for any country. Every modern country comes
 * from the maintained `world-countries` package (names, official names, demonyms, capitals as
 * metonyms); historical states, state organs (agencies, seats of government, armed services),
 * abbreviations, combining forms ("Anglo-", "Sino-") and coalitions are small hand tables of
 * general knowledge, each row `[pattern, state, "example phrase"]`. Leaders are not listed:
 * each document teaches its own (LEADER_CONTEXT, run by `extract/actors.ts`). Nothing here is
 * code but the derivations.
 */
import countries from "world-countries";
import type {Rule} from "../types.ts";
import {compareStrings} from "../order.ts";

/** A state that acts: its display name (the `actor` of events.csv) and today's country holding its capital. */
export interface State {
  name: string;
  /** ISO 3166-1 alpha-3 of today's country; null for a coalition. */
  iso3: string | null;
  /** For a coalition, its members' codes; for a state, its own code. */
  members: readonly string[];
}

const state = (name: string, iso3: string): State => ({name, iso3, members: [iso3]});
const coalition = (name: string, members: readonly string[]): State => ({name, iso3: null, members});

/** Display name of a modern country by ISO alpha-3 code. */
export const COUNTRY_NAME_BY_ISO3: ReadonlyMap<string, string> = new Map(countries.map((c) => [c.cca3, c.name.common]));

/**
 * Where a name is shared ("American": the United States and its territories; "Dutch",
 * "Indian"), the country it names: a UN member before a territory, then the larger.
 */
const RANK = new Map(
  [...countries]
    .sort((a, b) => Number(b.unMember) - Number(a.unMember) || b.area - a.area || compareStrings(a.cca3, b.cca3))
    .map((c, i) => [c.cca3, i]),
);
const byRank = (a: readonly [string, string], b: readonly [string, string]) => (RANK.get(a[1]) ?? 1e9) - (RANK.get(b[1]) ?? 1e9);

/** The plural of a demonym as prose writes it: "Americans", "Israelis"; "Chinese", "British" stay. */
function pluralOf(demonym: string): string | null {
  if (/(?:ese|ss|sh|ch)$/.test(demonym) || !/[a-z]$/.test(demonym)) return null;
  return `${demonym}s`;
}

/**
 * Names of modern peoples that `world-countries` does not give as demonyms: `[name, iso3]`.
 */
export const EXTRA_DEMONYMS: readonly (readonly [name: string, iso3: string])[] = [
  ["Spaniard", "ESP"], ["Spaniards", "ESP"], ["Frenchman", "FRA"], ["Frenchmen", "FRA"], ["Englishman", "GBR"], ["Englishmen", "GBR"],
  ["Danes", "DNK"], ["Swedes", "SWE"], ["Finns", "FIN"], ["Argentinian", "ARG"], ["Argentinians", "ARG"], ["Saudi", "SAU"], ["Saudis", "SAU"],
  ["Kazakh", "KAZ"], ["Kazakhs", "KAZ"], ["Uzbek", "UZB"], ["Uzbeks", "UZB"], ["Tajik", "TJK"], ["Tajiks", "TJK"], ["Kyrgyz", "KGZ"],
  ["Turkmens", "TKM"], ["Turkoman", "TKM"], ["Turkomans", "TKM"], ["Filipinos", "PHL"], ["Kuwaitis", "KWT"], ["Emiratis", "ARE"], ["Yemenis", "YEM"],
  ["Omanis", "OMN"], ["Djiboutian", "DJI"], ["Djiboutians", "DJI"], ["Botswanan", "BWA"], ["Comorian", "COM"], ["Comorians", "COM"], ["Qataris", "QAT"], ["Bahrainis", "BHR"], ["Slovenian", "SVN"], ["Kenyans", "KEN"], ["Afghans", "AFG"], ["Congolese", "COD"],
];

/**
 * English names of modern countries that `world-countries` gives only as alternative spellings,
 * or not at all, because its common name is another ("Türkiye", "Eswatini", "Timor-Leste"):
 * `[name, iso3, "example"]`. Local-language spellings stay out (they read as words in prose).
 */
export const ENGLISH_COUNTRY_NAMES: readonly (readonly [name: string, iso3: string, example: string])[] = [
  ["Turkey", "TUR", "Turkey launched a military invasion of Cyprus"],
  ["Republic of Turkey", "TUR", "the Republic of Turkey"],
  ["Swaziland", "SWZ", "South Africa sent troops to Swaziland"],
  ["East Timor", "TLS", "Indonesia invaded East Timor"],
  ["Bosnia-Herzegovina", "BIH", "NATO aircraft over Bosnia-Herzegovina"],
  ["Democratic Republic of Congo", "COD", "Rwanda invaded the Democratic Republic of Congo"],
  ["Congo-Kinshasa", "COD", "troops sent to Congo-Kinshasa"],
  ["Congo-Brazzaville", "COG", "Angolan troops entered Congo-Brazzaville"],
  ["Cote d'Ivoire", "CIV", "French forces in Cote d'Ivoire"],
  ["Côte d'Ivoire", "CIV", "French forces in Côte d'Ivoire"],
  ["Brunei Darussalam", "BRN", "Brunei Darussalam"],
  ["Viet Nam", "VNM", "Viet Nam"],
  ["Rumania", "ROU", "the Soviet occupation of Rumania"],
  ["Holy See", "VAT", "the Holy See"],
];

/**
 * Names, official names, demonyms (and their plurals) of every modern country, from
 * `world-countries`: `[name, iso3]`, one country per name (the first by RANK), longest first.
 * Alternative spellings are left to the gazetteer (rules/places.ts): many are two-letter codes
 * or local names that read as words in prose.
 */
export const COUNTRY_NAMES: readonly (readonly [name: string, iso3: string])[] = (() => {
  const pairs: (readonly [string, string])[] = [];
  for (const c of countries) {
    const names = new Set<string>([c.name.common, c.name.official]);
    for (const demonym of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
      // "Antiguan, Barbudan", "Kittitian or Nevisian": two demonyms in one string.
      for (const d of (demonym ?? "").split(/,\s*|\s+or\s+/)) {
        if (!d) continue;
        names.add(d);
        const plural = pluralOf(d);
        if (plural) names.add(plural);
      }
    }
    for (const n of names) if (n.length >= 4) pairs.push([n, c.cca3]);
  }
  pairs.push(...EXTRA_DEMONYMS, ...ENGLISH_COUNTRY_NAMES.map(([n, iso3]) => [n, iso3] as const));
  pairs.sort(byRank);
  const seen = new Set<string>();
  return pairs.filter(([n]) => !seen.has(n) && seen.add(n)).sort((a, b) => b[0].length - a[0].length || compareStrings(a[0], b[0]));
})();

/**
 * Capitals of UN member states that also name other things (people, other places), and so are
 * not taken for their governments.
 */
const AMBIGUOUS_CAPITALS = new Set(["Victoria", "Kingston", "Georgetown", "Santiago", "Saint John's", "Castries", "Basseterre", "Roseau", "Praia", "Male", "Palikir", "Majuro", "Apia", "Funafuti", "Yaren", "Ngerulmud", "Vatican City", "Jerusalem", "Bern", "Washington D.C."]);

/**
 * Capitals of UN member states, used as metonyms for their governments ("Cairo financed the
 * militias", "Hanoi armed the exiles"): `[capital, iso3]`.
 */
export const CAPITAL_NAMES: readonly (readonly [name: string, iso3: string])[] = countries
  .filter((c) => c.unMember)
  .flatMap((c) => (c.capital ?? []).slice(0, 1).filter((n) => n.length >= 4 && !AMBIGUOUS_CAPITALS.has(n)).map((n) => [n, c.cca3] as const));

/** Names, demonyms and capitals (as metonyms) of every modern country: `[name, iso3]`, longest first. */
export const COUNTRY_ACTOR_NAMES: readonly (readonly [name: string, iso3: string])[] = [...COUNTRY_NAMES, ...CAPITAL_NAMES.filter(([n]) => !COUNTRY_NAMES.some(([m]) => m === n))].sort(
  (a, b) => b[0].length - a[0].length || compareStrings(a[0], b[0]),
);

/**
 * Historical states, their peoples and demonyms, coded by the country that holds their capital
 * today (gold/README.md "Codes": Castile → ESP, the Ottoman Empire → TUR, the British Empire →
 * GBR, the Umayyad caliphate → SYR). Case-sensitive; tried before the modern names, the longest
 * match wins.
 */
export const HISTORICAL_STATES: Rule<State>[] = [
  [
    /\b(?:\p{Lu}[\p{L}-]+ Soviet (?:Federative )?Socialist Republics?|Soviet Union|Union of Soviet Socialist Republics|U\.S\.S\.R\.?|USSR|Soviet Army|Red Army|Soviets?|Politburo|Comintern|Bolsheviks?)\b/u,
    state("Soviet Union", "RUS"),
    "the Soviet Union invaded Finland",
  ],
  [/\b(?:Russian Empire|Tsarist Russia|Imperial Russia|Tsardom of Russia|Muscovy|Muscovites?)\b/u, state("Russian Empire", "RUS"), "the Russian Empire annexed the khanate"],
  [/\b(?:British East India Company|East India Company|British Empire|British India|British Raj|(?<=\bthe\s)Raj|Kingdom of Great Britain|Kingdom of England|Great Britain|Britain|England|English|Britons?)\b/u, state("United Kingdom", "GBR"), "the British Empire and British India"],
  [/\b(?:Ottoman Empire|Ottomans?|Sublime Porte|(?<=\bthe\s)Porte|Turks)\b/u, state("Ottoman Empire", "TUR"), "the Ottoman Empire besieged Vienna"],
  [/\b(?:Byzantine Empire|Byzantines?|Byzantium|Eastern Roman Empire)\b/u, state("Byzantine Empire", "TUR"), "a Byzantine assault on Persia"],
  [/\b(?:Roman Empire|Roman Republic|Romans?)\b/u, state("Rome", "ITA"), "the Roman Republic"],
  [/\b(?:Persian Empire|Persia|Persians?|Achaemenids?|Achaemenid Empire|Sassanids?|Sasanians?|Sassanian|Safavids?|Parthians?|Parthian Empire|Qajars?|Medes|Median Empire|Elamites?|Elam)\b/u, state("Persia", "IRN"), "the Sassanid conquest of Egypt"],
  [/\b(?:Umayyad Caliphate|Umayyads?)\b/u, state("Umayyad Caliphate", "SYR"), "the Umayyad general Tariq ibn Ziyad"],
  [/\b(?:Abbasid Caliphate|Abbasids?)\b/u, state("Abbasid Caliphate", "IRQ"), "Abbasid Caliphate conflicts"],
  [/\b(?:Rashidun Caliphate|Rashidun|Muslim Arabs|Arab armies|(?:Muslim|Arab|Islamic)(?=\s+conquests?\b))\b/u, state("Rashidun Caliphate", "SAU"), "the Rashidun Caliphate"],
  [/\b(?:Fatimid Caliphate|Fatimids?|Ayyubids?|Ayyubid Sultanate|Mamluks?|Mamluk Sultanate|Ancient Egyptians?|Ancient Egypt|Ptolemaic Kingdom|Ptolemies)\b/u, state("Egypt", "EGY"), "Ancient Egyptian forces"],
  [/\b(?:Assyrian Empire|Neo-Assyrian Empire|Assyrians?|Assyria|Babylonian Empire|Neo-Babylonian Empire|Babylonians?|Akkadian Empire|Akkadians?|Sumerians?|Kassites?|Seleucid Empire|Seleucids?)\b/u, state("Mesopotamia", "IRQ"), "the Assyrian conquest of Israel"],
  [/\b(?:Hittite Empire|Hittites?|Lydians?|Lydia|Phrygians?)\b/u, state("Anatolia", "TUR"), "the Hittite Empire"],
  [/\b(?:Kushites?|Kingdom of Kush|Nubians?)\b/u, state("Kush", "SDN"), "the Kushite invasion of Egypt"],
  [/\b(?:Kingdom of Judah|Judeans?|Israelites?|Kingdom of Israel|Hasmoneans?)\b/u, state("Israel", "ISR"), "the Kingdom of Judah"],
  [/\b(?:Mongol Empire|Mongols?|Ilkhanate|Golden Horde|Timurids?|Timurid Empire)\b/u, state("Mongol Empire", "MNG"), "the Mongol invasions"],
  [/\b(?:Seljuks?|Seljuqs?|Seljuk Empire)\b/u, state("Seljuk Empire", "IRN"), "the Seljuk Empire"],
  [/\b(?:Crown of Castile|Kingdom of Castile|Castile|Castilians?|Crown of Aragon|Kingdom of Aragon|Aragonese|Catholic Monarchs|Spanish Empire|Nasrids?|Nasrid Kingdom|Emirate of Granada|Kingdom of Granada|Visigoths?)\b/u, state("Spain", "ESP"), "the Castilian forces"],
  [/\b(?:Marinids?|Marinid Sultanate|Almohads?|Almohad Caliphate|Almoravids?|Moors|Moorish)\b/u, state("Morocco", "MAR"), "a Marinid army"],
  [/\b(?:Habsburgs?|Habsburg Monarchy|Holy Roman Empire|Austrian Empire|Austria-Hungary|Austro-Hungarian)\b/u, state("Austria", "AUT"), "the Holy Roman Empire"],
  [/\b(?:Kingdom of Prussia|Prussians?|Nazi Germany|Third Reich|German Reich|Wehrmacht|Reichswehr|Gestapo|Luftwaffe|Abwehr)\b/u, state("Germany", "DEU"), "Nazi Germany invaded Poland"],
  [/\b(?:East Germany|East Germans?|German Democratic Republic|GDR|Stasi)\b/u, state("East Germany", "DEU"), "700 East German instructors"],
  [/\b(?:Dutch Republic|United Provinces|Dutch East India Company|VOC)\b/u, state("Netherlands", "NLD"), "the United Provinces"],
  [/\b(?:Fascist Italy|Kingdom of Italy|Republic of Venice|Venetians?|Genoese)\b/u, state("Italy", "ITA"), "Fascist Italy gave overt support"],
  [/\b(?:Empire of Japan|Imperial Japan|Kwantung Army)\b/u, state("Japan", "JPN"), "the Empire of Japan invaded Manchuria"],
  [/\b(?:Qing Empire|Qing dynasty|Qing China|Dzungars?|Dzungar Khanate|Manchus?)\b/u, state("China", "CHN"), "the Dzungars drove them off"],
  [/\b(?:Khanate of Khiva|Khivans?|Khanate of Kokand|Kokandis?|Emirate of Bukhara|Khanate of Bukhara|Bukharans?)\b/u, state("Uzbekistan", "UZB"), "the Khanate of Kokand"],
  [/\b(?:Kazakh Khanate)\b/u, state("Kazakhstan", "KAZ"), "the Kazakh Khanate"],
  [/\b(?:Emirate of Afghanistan|Kingdom of Afghanistan|Durrani Empire)\b/u, state("Afghanistan", "AFG"), "the Kingdom of Afghanistan"],
  [/\b(?:North Vietnam(?:ese)?|South Vietnam(?:ese)?|Viet Cong)\b/u, state("Vietnam", "VNM"), "North Vietnamese troops"],
  [/\b(?:Yugoslavia|Yugoslav)\b/u, state("Yugoslavia", "SRB"), "Yugoslav partisans"],
  [/\b(?:Czechoslovakia|Czechoslovak)\b/u, state("Czechoslovakia", "CZE"), "the Czechoslovak army"],
  // Former names of states that acted in the Cold War, as their own texts write them.
  [/\b(?:West Germany|West Germans?|Federal Republic of Germany|FRG|Bundeswehr)\b/u, state("West Germany", "DEU"), "West Germany supplied the rebels"],
  [/\b(?:Holland)\b/u, state("Netherlands", "NLD"), "Holland sent a frigate"],
  [/\b(?:Southern Rhodesia|Rhodesia|Rhodesians?)\b/u, state("Rhodesia", "ZWE"), "Rhodesian forces raided Mozambique"],
  [/\b(?:Zaire|Zairean|Zairian|Zaireans|Zairians)\b/u, state("Zaire", "COD"), "Zaire sent troops into Angola"],
  [/\b(?:Burma|Burmese)\b/u, state("Burma", "MMR"), "the Burmese army"],
  [/\b(?:Siam|Siamese)\b/u, state("Siam", "THA"), "Siam annexed the provinces"],
  [/\b(?:Ceylon|Ceylonese)\b/u, state("Ceylon", "LKA"), "Ceylon asked for help"],
  [/\b(?:Abyssinia|Abyssinians?)\b/u, state("Abyssinia", "ETH"), "Abyssinian troops"],
  [/\b(?:Democratic Kampuchea|Kampuchea|Khmer Rouge)\b/u, state("Kampuchea", "KHM"), "the Khmer Rouge raided Vietnamese villages"],
  [/\b(?:Dahomey|Dahomeyan)\b/u, state("Dahomey", "BEN"), "Dahomeyan troops"],
  [/\b(?:Upper Volta)\b/u, state("Upper Volta", "BFA"), "Upper Volta and Mali fought over the Agacher Strip"],
  // Dynasties named by their bare name: "the Qing expeditionary force", "Mughal armies", "Ming troops".
  [/\b(?:Qing|Ming(?=\s+(?:dynasty|China|Empire|army|armies|forces|troops|court|emperor|general|fleet|navy))|Manchu)\b(?![-‐]\p{L})/u, state("China", "CHN"), "The Qing expeditionary force entered Lhasa"],
  [/\b(?:Mughal Empire|Mughals?|Moghuls?|Mogul Empire|Maratha Empire|Marathas?|Sikh Empire)\b/u, state("India", "IND"), "Mughal forces besieged Bijapur"],
  [/\b(?:Janissar(?:y|ies))\b/u, state("Ottoman Empire", "TUR"), "the Janissaries stormed the walls"],
];

/**
 * Organs of a state that act for it: intelligence agencies, seats of government used as
 * metonyms, armed services with their own names. `[pattern, state, example]`, case-sensitive.
 */
export const STATE_ORGANS: Rule<State>[] = [
  [/\b(?:CIA|Central Intelligence Agency|NSA|Pentagon|White House|State Department|National Endowment for Democracy|NED|USAID|Green Berets|Navy SEALs|U\.S\. Marines|Marine Corps|Delta Force|Langley|Foggy Bottom)\b/u, state("United States", "USA"), "the CIA organised a coup"],
  // The capital as a metonym, where world-countries writes it "Washington D.C.": not George Washington, nor the Washington Post.
  [/(?<!George\s)\bWashington\b(?!\s+(?:D\.?\s?C\.?|Post|Times|State|Consensus|Conference|Naval|Treaty|Agreement|Accords?|Monument|Heights|Square))/u, state("United States", "USA"), "Washington provided military aid"],
  // "America" alone is the United States ("Latin America", "the Americas" are regions: rules/places.ts NOT_STATE_SPANS).
  [/\bAmerica\b/u, state("United States", "USA"), "America sent advisers to Saigon"],
  // "The Marines" alone: the United States Marine Corps ("Royal Marines" is the British organ).
  [/(?<!\bRoyal\s)(?<=\b[Tt]he\s)Marines\b/u, state("United States", "USA"), "the Marines landed"],
  // "Congress" alone, as American prose writes it ("Congress approved $100 million in aid"): not
  // "the Congress" (India's party), a national or party congress, nor the Congress of Vienna.
  [/(?<!\b(?:[Tt]he|National|People's|Indian|African|Continental|Pan-African|Zionist|World|Peace|Youth|Party|Jewish|Socialist|Nepali|Sudanese)\s)\bCongress\b(?!\s+(?:of|[Pp]arty|government|[Ww]orking|[Pp]resident|leaders?|members?|ministry|[Ss]ocialist)\b)(?![-‐])/u, state("United States", "USA"), "Congress approved $100 million in aid to the Contras"],
  [/\b(?:MI6|MI5|SIS|Secret Intelligence Service|Special Air Service|SAS|Special Boat Service|Whitehall|Downing Street|Royal Navy|Royal Marines|Royal Air Force|RAF|British Army)\b/u, state("United Kingdom", "GBR"), "the Special Air Service of the British Army"],
  [/\b(?:KGB|NKVD|OGPU|GPU|Cheka|GRU|FSB|SVR|Spetsnaz|spetsnaz|Kremlin|Wagner Group|Internet Research Agency)\b/u, state("Russia", "RUS"), "Stalin encouraged NKVD activity"],
  [/(?<![\p{L}\p{N}])(?:SDECE|DGSE|Élysée|Elysée|Elysee|Quai d'Orsay|Foreign Legion)\b/u, state("France", "FRA"), "mercenaries financed by the SDECE"],
  [/\b(?:Mossad|Shin Bet|IDF|Israel Defense Forces)\b/u, state("Israel", "ISR"), "the Mossad"],
  [/\b(?:ISI|Inter-Services Intelligence)\b/u, state("Pakistan", "PAK"), "the ISI trained the militants"],
  [/\b(?:R&AW|RAW|Research and Analysis Wing)\b/u, state("India", "IND"), "the Research and Analysis Wing"],
  [/\b(?:SAVAK|IRGC|(?:Islamic\s+)?Revolutionary\s+Guards?\s+Corps|Revolutionary Guards|Quds Force)\b/u, state("Iran", "IRN"), "the Quds Force"],
  [/\b(?:BND|Bundesnachrichtendienst|Afrika Korps|Kriegsmarine|Bundeswehr|Bonn)\b/u, state("Germany", "DEU"), "the BND"],
  [/\b(?:People's Liberation Army|PLA|People's Volunteer Army|People's Volunteers|PVA|Zhongnanhai|MSS|Peking)\b/u, state("China", "CHN"), "the People's Liberation Army"],
  [/\b(?:Korean People's Army|KPA)\b/u, state("North Korea", "PRK"), "the Korean People's Army crossed the 38th parallel"],
  [/\b(?:Securitate)\b/u, state("Romania", "ROU"), "the Securitate"],
  [/\b(?:StB)\b/u, state("Czechoslovakia", "CZE"), "the StB recruited agents"],
  [/\b(?:DGI|Dirección General de Inteligencia)\b/u, state("Cuba", "CUB"), "Cuban advisers of the DGI"],
  [/\b(?:Tatmadaw)\b/u, state("Myanmar", "MMR"), "the Tatmadaw"],
  [/(?<!\bNew\s)\bDelhi\b/u, state("India", "IND"), "Delhi sent troops"],
  [/\b(?:BSF|Border Security Force)\b/u, state("India", "IND"), "the BSF destroyed three border outposts"],
  // Warships by their navy's prefix: "the USS Vincennes", "HMS Sheffield", "ARA General Belgrano".
  [/\bUSS(?=\s+\p{Lu})/u, state("United States", "USA"), "the USS Vincennes shot down the airliner"],
  [/\b(?:HMS|HMY)(?=\s+\p{Lu})/u, state("United Kingdom", "GBR"), "HMS Sheffield was hit by an Exocet"],
  // The armies of British India and the East India Company: "The Army of the Indus restored Shah Shuja".
  [/\b(?:Army of the Indus|East India Company|Honourable East India Company|Bengal Army|Bombay Army|Madras Army)\b/u, state("United Kingdom", "GBR"), "The Army of the Indus restored Shah Shuja to the throne"],
  [/\bARA(?=\s+\p{Lu})/u, state("Argentina", "ARG"), "ARA General Belgrano was sunk"],
  [/\bHMAS(?=\s+\p{Lu})/u, state("Australia", "AUS"), "HMAS Sydney sailed"],
  [/\bHMCS(?=\s+\p{Lu})/u, state("Canada", "CAN"), "HMCS Haida sailed"],
  [/\bINS(?=\s+\p{Lu})/u, state("India", "IND"), "INS Khukri was sunk"],
  [/\bPNS(?=\s+\p{Lu})/u, state("Pakistan", "PAK"), "PNS Ghazi sank off Visakhapatnam"],
  // Armed forces known by their abbreviations.
  [/\b(?:SADF|SANDF|BOSS)\b/u, state("South Africa", "ZAF"), "the SADF invaded southern Angola"],
  [/\b(?:UPDF)\b/u, state("Uganda", "UGA"), "the UPDF occupied much of north-eastern Congo"],
  [/\b(?:TPDF)\b/u, state("Tanzania", "TZA"), "the TPDF captured Kampala"],
  [/\b(?:IPKF|Indian\s+Peace\s+Keeping\s+Force)\b/u, state("India", "IND"), "the IPKF was deployed to Jaffna"],
  [/\b(?:ENDF)\b/u, state("Ethiopia", "ETH"), "the ENDF entered Somalia"],
  // Seats of government before today's: "St. Petersburg protested", "Vichy handed over the bases".
  [/\b(?:St\.?\s+Petersburg|Saint\s+Petersburg)\b/u, state("Russia", "RUS"), "St. Petersburg annexed Merv"],
  [/\b(?:Vichy\s+France|Vichy\s+regime|Vichy\s+government|Vichy)\b/u, state("France", "FRA"), "Vichy France allowed Japan to station troops"],
];

/**
 * Heads of state and government, ministers and commanders whom encyclopedic prose names without
 * saying whose they are ("Nasser sent troops", "the Kennedy administration", "Gaddafi armed the
 * rebels"): the state each acted for. Only names that stand for one state and are no common word
 * or place ("Johnson", "Ford", "Curzon Line", "Ho Chi Minh City" are left out). A leader the
 * document itself names for a state (learnLeaders) is read the same way. Case-sensitive.
 */
export const KNOWN_LEADERS: Rule<State>[] = [
  [/\b(?:Lenin|Stalin|Trotsky|Khrushchev|Brezhnev|Andropov|Chernenko|Gorbachev|Molotov|Beria|Kosygin|Zhukov|Dzerzhinsky|Gromyko|Ustinov|Vyshinsky|Zhdanov|Suslov)\b(?![-‐]\p{Ll})/u, state("Soviet Union", "RUS"), "Khrushchev ordered the missiles shipped"],
  [/\b(?:Yeltsin|Putin|Medvedev|Lavrov|Shoigu|Prigozhin)\b/u, state("Russia", "RUS"), "Putin ordered the annexation"],
  [/\b(?:Peter the Great|Catherine the Great|Ivan the Terrible|Nicholas II|Nicholas I|Alexander III)\b/u, state("Russian Empire", "RUS"), "Catherine the Great annexed the Crimean Khanate"],
  [/\b(?:Truman|Eisenhower|John F\. Kennedy|JFK|Kennedy|Lyndon B\. Johnson|Lyndon Johnson|LBJ|Nixon|Gerald Ford|Jimmy Carter|Carter|Reagan|George H\. W\. Bush|George W\. Bush|Bush|Bill Clinton|Clinton|Obama|Trump|Biden|Woodrow Wilson|Theodore Roosevelt|Franklin D\. Roosevelt|Roosevelt|McKinley|Kissinger|Dulles|McNamara|Rumsfeld|Cheney|Oliver North)\b/u, state("United States", "USA"), "the Kennedy administration backed the generals"],
  [/\b(?:Churchill|Attlee|Anthony Eden|(?<!Garden of )Eden|Macmillan|Harold Wilson|Edward Heath|Thatcher|Tony Blair|Blair|Gordon Brown|David Cameron|Boris Johnson|Lloyd George|Palmerston|Disraeli|Gladstone|Neville Chamberlain|Lord Curzon|Lord Auckland|Lord Lytton|Lord Ellenborough|Lord Dalhousie|Lord Wellesley|Lord Kitchener|Kitchener|Mountbatten)\b/u, state("United Kingdom", "GBR"), "Eden ordered the invasion of Suez"],
  [/\b(?:Napoleon|Bonaparte|de Gaulle|De Gaulle|Pompidou|Giscard d'Estaing|Giscard|Mitterrand|Chirac|Sarkozy|Macron|Foccart|Louis XIV)\b/u, state("France", "FRA"), "de Gaulle sent paratroopers"],
  [/\b(?:Hitler|Bismarck|Wilhelm II|Göring|Goering|Himmler|Ribbentrop|Rommel|Helmut Kohl|Merkel)\b/u, state("Germany", "DEU"), "Hitler ordered the invasion"],
  [/\b(?:Mussolini|Ciano)\b/u, state("Italy", "ITA"), "Mussolini sent troops to Spain"],
  [/\b(?:Francisco Franco|Franco)\b(?![-‐])/u, state("Spain", "ESP"), "Franco sent the Blue Division"],
  [/\b(?:Hirohito|Tojo|Tōjō)\b/u, state("Japan", "JPN"), "Tojo ordered the attack"],
  [/\b(?:Mao Zedong|Mao Tse-tung|Mao|Zhou Enlai|Deng Xiaoping|Lin Biao|Xi Jinping)\b/u, state("China", "CHN"), "Mao sent volunteers to Korea"],
  [/\b(?:Kim Il Sung|Kim Il-sung|Kim Jong-il|Kim Jong Il|Kim Jong-un|Kim Jong Un)\b/u, state("North Korea", "PRK"), "Kim Il Sung invaded the South"],
  [/\b(?:Ho Chi Minh(?!\s+(?:City|[Tt]rail))|Lê Duẩn|Le Duan|Võ Nguyên Giáp|Vo Nguyen Giap|Giáp|Giap)\b/u, state("Vietnam", "VNM"), "Le Duan ordered the invasion"],
  [/\b(?:Fidel Castro|Raúl Castro|Castro|Che Guevara|Guevara)\b/u, state("Cuba", "CUB"), "Castro sent troops to Angola"],
  [/\b(?:Nasser|Sadat|Mubarak)\b/u, state("Egypt", "EGY"), "Nasser sent troops to Yemen"],
  [/\b(?:Gaddafi|Qaddafi|Qadhafi|Kadhafi)\b/u, state("Libya", "LBY"), "Gaddafi armed the rebels"],
  [/\b(?:Saddam Hussein|Saddam)\b/u, state("Iraq", "IRQ"), "Saddam invaded Kuwait"],
  [/\b(?:Hafez al-Assad|Bashar al-Assad|Assad)\b/u, state("Syria", "SYR"), "Assad sent troops into Lebanon"],
  [/\b(?:Khomeini|Khamenei|Ahmadinejad|Soleimani)\b/u, state("Iran", "IRN"), "Soleimani directed the militias"],
  [/\b(?:Ben-Gurion|Golda Meir|Menachem Begin|Yitzhak Rabin|Rabin|Ariel Sharon|Netanyahu|Moshe Dayan)\b/u, state("Israel", "ISR"), "Menachem Begin ordered the invasion of Lebanon"],
  [/\b(?:Nehru|Indira Gandhi|Rajiv Gandhi|Narendra Modi)\b/u, state("India", "IND"), "Indira Gandhi ordered the army into East Pakistan"],
  [/\b(?:Zia-ul-Haq|Zia ul-Haq|Ayub Khan|Yahya Khan|Bhutto|Musharraf)\b/u, state("Pakistan", "PAK"), "Zia-ul-Haq armed the mujahideen"],
  [/\b(?:Atatürk|Ataturk|Erdoğan|Erdogan)\b/u, state("Turkey", "TUR"), "Erdoğan ordered the incursion"],
  [/\b(?:Tito)\b/u, state("Yugoslavia", "SRB"), "Tito sent arms to the Greek communists"],
  [/\b(?:Ceaușescu|Ceauşescu|Ceausescu)\b/u, state("Romania", "ROU"), "Ceaușescu refused to join the invasion"],
  [/\b(?:Sukarno|Suharto)\b/u, state("Indonesia", "IDN"), "Suharto ordered the invasion of East Timor"],
  [/\b(?:P\. ?W\. Botha|Vorster|Verwoerd)\b/u, state("South Africa", "ZAF"), "Vorster approved Operation Savannah"],
  [/\b(?:Idi Amin|Museveni)\b/u, state("Uganda", "UGA"), "Idi Amin annexed the Kagera Salient"],
  [/\b(?:Nyerere)\b/u, state("Tanzania", "TZA"), "Nyerere sent the army into Uganda"],
  [/\b(?:Kagame)\b/u, state("Rwanda", "RWA"), "Kagame sent troops into Zaire"],
  [/\b(?:Mobutu)\b/u, state("Zaire", "COD"), "Mobutu sent troops into Angola"],
  [/\b(?:Haile Selassie|Mengistu)\b/u, state("Ethiopia", "ETH"), "Mengistu asked for Cuban troops"],
  [/\b(?:Siad Barre)\b/u, state("Somalia", "SOM"), "Siad Barre invaded the Ogaden"],
  [/\b(?:Nader Shah)\b/u, state("Persia", "IRN"), "Nader Shah sacked Delhi"],
  [/\b(?:Ahmad Shah Durrani|Ahmad Shah Abdali)\b/u, state("Afghanistan", "AFG"), "Ahmad Shah Durrani invaded the Punjab"],
  [/\b(?:Genghis Khan|Kublai Khan|Kublai|Hulagu|Ögedei|Ogedei|Batu Khan|Tamerlane|Timur(?!\s+\p{Lu}))\b(?![-‐]\p{L})/u, state("Mongol Empire", "MNG"), "Genghis Khan invaded Khwarazm"],
  // Conquerors of antiquity and the Middle Ages, coded as their states are (HISTORICAL_STATES).
  [/\b(?:Julius Caesar|Caesar|Pompey|Crassus|Mark Antony|Antony(?!\s+\p{Lu})|Augustus|Trajan|Hadrian|Aelius Gallus|Lucullus|Septimius Severus|Marcus Aurelius|Lucius Verus|Vespasian|Scipio Africanus|Scipio|Tiberius|Caligula|Claudius|Nero|Domitian|Titus(?!\s+\p{Lu})|Corbulo|Agricola|Germanicus|Diocletian|Aurelian|Galerius|Constantine the Great|Theodosius)\b/u, state("Rome", "ITA"), "Crassus invaded Mesopotamia"],
  [/\b(?:Justinian|Heraclius|Belisarius|Basil II)\b/u, state("Byzantine Empire", "TUR"), "Heraclius invaded Persia"],
  [/\b(?:Cyrus the Great|Cyrus(?!\s+\p{Lu})|Cambyses|Darius(?!\s+\p{Lu})|Xerxes|Artaxerxes|Shapur|Ardashir|Khosrow|Khosrau|Chosroes|Shahin(?!\s+\p{Lu})|Shahrbaraz|Shah Abbas|Abbas the Great)\b/u, state("Persia", "IRN"), "Ardashir raided Mesopotamia"],
  [/\b(?:Sargon of Akkad|Naram-Sin|Naram-sin|Hammurabi|Nebuchadnezzar|Sennacherib|Ashurbanipal|Esarhaddon|Tiglath-Pileser|Shalmaneser|Ashurnasirpal)\b/u, state("Mesopotamia", "IRQ"), "Sennacherib besieged Jerusalem"],
  [/\b(?:Ramesses|Ramses|Thutmose|Tuthmosis|Necho|Saladin|Baybars)\b/u, state("Egypt", "EGY"), "Saladin captured Jerusalem"],
  [/\b(?:Alexander the Great|Philip II of Macedon)\b/u, state("Macedon", "GRC"), "Alexander the Great conquered Persia"],
  [/\b(?:Hannibal|Hamilcar|Hasdrubal)\b/u, state("Carthage", "TUN"), "Hannibal crossed the Alps"],
  [/\b(?:Mehmed II|Mehmed the Conqueror|Suleiman the Magnificent|Suleiman(?!\s+(?:Pasha|Shah|Mirza|Khan))|Selim(?:\s+I{1,3})?|Bayezid(?:\s+I{1,2})?|Murad(?:\s+I{1,4}V?)?|Orhan|Mahmud II|Abdulhamid II|Abdul Hamid II)\b/u, state("Ottoman Empire", "TUR"), "Mehmed II besieged Constantinople"],
  [/\b(?:Babur|Humayun(?=\s+(?:marched|invaded|took|captured|defeated|sent|led|conquered|besieged|annexed|recovered))|Akbar|Jahangir|Shah Jahan|Aurangzeb)\b/u, state("Mughal Empire", "IND"), "Aurangzeb directed the siege of Bijapur"],
  [/\b(?:Shah Ismail|Ismail I|Tahmasp|Abbas I|Agha Mohammad Khan|Fath-Ali Shah|Fath Ali Shah)\b/u, state("Persia", "IRN"), "Tahmasp sent an army"],
  [/\b(?:Qianlong|Kangxi|Yongzheng|Nurhaci|Hong Taiji)(?:\s+Emperor)?\b/u, state("Qing Empire", "CHN"), "the Qianlong Emperor sent an army"],
  [/\b(?:Charlemagne)\b/u, state("Francia", "FRA"), "Charlemagne invaded Saxony"],
];

/** Abbreviations of states that `world-countries` does not give, or gives among two-letter codes. */
export const STATE_ABBREVIATIONS: Rule<State>[] = [
  [/(?<![\p{L}.])(?:U\.S\.A\.|U\.S\.|USA|US)(?![\p{L}])/u, state("United States", "USA"), "the U.S. Army"],
  [/(?<![\p{L}.])(?:U\.K\.|UK)(?![\p{L}])/u, state("United Kingdom", "GBR"), "the U.K. government"],
  [/\b(?:PRC)\b/u, state("China", "CHN"), "the PRC"],
  [/\b(?:ROK)\b/u, state("South Korea", "KOR"), "ROK forces"],
  [/\b(?:DPRK)\b/u, state("North Korea", "PRK"), "the DPRK"],
  [/\b(?:UAE)\b/u, state("United Arab Emirates", "ARE"), "the UAE"],
  [/\b(?:DRC)\b/u, state("DR Congo", "COD"), "the DRC"],
];

/** Coalitions and their members' codes: a coalition's act counts as each member's. */
export const COALITIONS: Rule<State>[] = [
  [/\b(?:the Allies|Allied forces|Allied Powers|Allies)\b/u, coalition("Allies", ["RUS", "USA", "GBR", "FRA"]), "the Allies deposed him"],
  [/\b(?:Axis powers|the Axis|Axis)\b/u, coalition("Axis", ["DEU", "ITA", "JPN"]), "the Axis occupation of Yugoslavia"],
  [/\b(?:Warsaw Pact)\b/u, coalition("Warsaw Pact", ["RUS"]), "four Warsaw Pact countries invaded"],
  [/\b(?:NATO)\b/u, coalition("NATO", ["USA", "GBR", "FRA"]), "NATO bombed Yugoslavia"],
];

/**
 * Combining forms of states in compounds: "Anglo-Dutch fleet", "Franco-Spanish army",
 * "Sino-Soviet": `[form, iso3]`. The compound names every state it joins ("Anglo-Dutch" →
 * GBR and NLD).
 */
export const COMBINING_FORMS: Readonly<Record<string, string>> = {
  Anglo: "GBR", Franco: "FRA", Russo: "RUS", Sino: "CHN", Indo: "IND", Austro: "AUT", Italo: "ITA", Germano: "DEU", Turco: "TUR",
  Greco: "GRC", Hispano: "ESP", Luso: "PRT", Polono: "POL", Japano: "JPN", Irano: "IRN", Afro: "", Dutch: "NLD",
};

/** Third-person pronouns: resolved to the nearest named actor before them in the sentence. */
export const PRONOUNS: Rule = [/\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he\s+agency(?![\p{L}'’]))\b/u, "pronoun", "Stalin waited before launching his own invasion"];

/** Pronouns that may stand for an actor named in an earlier sentence of the same paragraph ("the agency": the intelligence service named before). */
export const CARRIED_PRONOUNS = /^(?:[Hh]e|[Ss]he|[Tt]hey|[Tt]he\s+agency)$/;

/**
 * Context rules that decide whether a name is a possible subject (the one who acts) or not.
 * `before` patterns test the text just before the name, `after` patterns the text just after.
 */
export const MENTION_CONTEXT: Rule[] = [
  // A name inside a compound is not an actor: "pro-Soviet", "anti-Soviet", "Sino-Soviet", "Soviet-made".
  [/(?:\b(?:pro|anti|non|post|pre|neo|ex)|[\p{L}])[-‐–]$/u, "before:compound", "the pro-Soviet provincial government"],
  // A body of troops "of" a state that opens a clause is that state acting: "A brigade of Dutch Royal Marines … began to besiege Gibraltar".
  [
    /(?:(?:^|[.;:,]\s+)(?:(?:In|On|By|At|During)\s+[^,]{1,30}?,?\s+)?(?:(?:when|after|as|while|before|until|once|since|where)\s+)?|\b(?:when|after|while|before|until|once|since|where)\s+)(?:(?:a|an|the|some|its|their)\s+)?(?:[\p{Ll}\d,–-]+\s+){0,2}(?:[\p{L}\d]+-)?(?:brigades?|army|armies|forces?|troops|soldiers|men|regiments?|detachments?|squadrons?|fleet|contingents?|battalions?|columns?|divisions?|corps|garrison|expedition|flotilla|units?|companies|company|helicopters|aircraft|jets|planes|warplanes|bombers|warships|ships|gunboats|marines|paratroopers|legionnaires|commandos)\s+(?:of|from)\s+(?:the\s+)?(?:(?:about|some|around|nearly|over|up\s+to|more\s+than)\s+)?(?:\d[\d,.–-]*\s+)?$/iu,
    "before:unit-of",
    "A brigade of ",
  ],
  // Forces led by a state are its own: "A coalition led by the United States launched the invasion".
  [
    /\b(?:coalition|alliance|force|forces|troops|army|armies|expedition|expeditionary\s+force|contingents?|fleet|intervention|operation|campaign|mission|invasion|offensive|aircraft|jets|warplanes|planes|warships|ships|program|programme|project|network)\s+(?:led|headed|commanded|spearheaded|run|operated|managed|overseen|directed|conducted)\s+by\s+(?:the\s+)?$/iu,
    "before:unit-of",
    "A coalition led by the ",
  ],
  // A year opening the sentence is when, not a count: "In 114 Trajan … annexed Armenia" (not "in 300 Soviet tanks").
  [/(?:^|[.;:]\s+)(?:In|By|From|After|Around)\s+(?:c\.\s*)?\d{1,4}(?:\s*(?:BC|BCE|AD|CE))?,?\s+$/u, "before:unit-of", "In 114 "],
  // Forces that went with another's act are part of it: "tribal lashkars, accompanied by Pakistani regular officers, crossed into Kashmir".
  [
    /\b(?:accompanied|joined|reinforced|officered|stiffened)\s+by\s+(?:the\s+)?(?:(?:some|about|several|[\d,]+)\s+)?(?:[a-z-]+\s+){0,2}$/u,
    "before:unit-of",
    "tribal lashkars, accompanied by ",
  ],
  // The members an aside lists for a group that opens the clause act as the group: "The coalition, which included the United Kingdom, Australia and Poland, sent …".
  [
    /\b(?:coalition|alliance|bloc|force|forces|powers|states|countries|nations|members|allies|contingents?),?\s+(?:which|that|who)\s+(?:included|comprised|consisted\s+of|was\s+made\s+up\s+of|were)\s+(?:the\s+)?$/iu,
    "before:members-of",
    "The coalition, which included the United Kingdom",
  ],
  // Names right after a preposition are obliques, not subjects: "at the request of the Mongolian People's Party"
  // ("about", "over", "around" before a number hedge it: "About 15,000 Cuban troops … helped").
  [
    /\b(?:(?:of|from|with|to|into|onto|against|by|for|at|in|on|between|among|unlike|like|toward|towards|upon|within|without|through|across|via|than|despite|including|such as|except|besides|beyond|behind|throughout|after|before|since|until|during|inside|outside|whom)\s+(?:(?:the|a|an|its|their|his|her|some|many|most|several|all|both|other|these|those|each|any|(?:north|south)-?(?:east|west)(?:ern)?|(?:north|south|east|west)ern|central|occupied|neighbou?ring|coastal|rural|(?!(?:1\d|20)\d\d(?:[–-]\d+)?\s)\d(?:[\d,.–-]*\d)?)\s+)*(?:[A-Za-z.]+['’]s\s+)?|(?:about|around|over|near|under)\s+(?:(?:the|a|an|its|their|his|her)\s+)*)$/i,
    "before:preposition",
    "at the request of the Mongolian People's Party",
  ],
  // Names right after a verb of attack are its victims: "Nazi Germany attacked the Soviet Union".
  [
    /\b(?:attacked|attacking|invaded|invading|defeated|defeating|occupied|occupying|bombed|bombing|betrayed|fought|fighting|expelled|expelling|condemned|condemning|opposed|opposing|annexed|annexing|overthrew|deposed|joined|halted|stopped|repelled|resisted|joining|entered|captured|seized|crossed|left|threaten|threatened|besieged|conquered|subdued|engaged|intercepted|surprised|crushed|took|retook|overran|struck|beat|drove|shot|won|freed|liberated)\s+(?:(?:the|a|an)\s+)?$/i,
    "before:victim",
    "Nazi Germany attacked the Soviet Union",
  ],
  // Any other verb in -ed or -ing right before a name takes it as object: "the Red Army entered Austria", "overthrowing Afghan leader Hafizullah Amin"
  // ("several hundred Wagner Group mercenaries": a number, not a verb).
  [/(?<![\p{L}-])(?!(?:united|armed|red|allied|so-called|self-proclaimed|hundred)\s)[a-z]{2,}(?:ed|ing)\s+(?:(?:the|a|an)\s+)?$/u, "before:object", "overthrowing Afghan leader Hafizullah Amin"],
  // "Soviet-backed", "Soviet-installed", "U.S.-supported": the power backs someone else's act.
  [/^[-‐](?:backed|installed|supported|sponsored|funded|armed|trained|aligned|controlled|dominated|friendly|allied|organi[sz]ed|inspired|orchestrated|engineered|instigated|masterminded|directed)\b/, "after:backing", "the Soviet-backed government"],
  // "the Kazakh steppe", "Indian media", "the Chilean coup": a state's name that says whose land,
  // people or coup, not who acted.
  [
    /^\s+(?:steppe|border|borders|frontier|territory|territories|side|coast|waters|desert|mountains|city|town|village|villages|river|province|region|lands?|soil|airspace|civilians?|population|people|language|culture|economy|sources|historians?|historiography|media|press|records|archives|writers?|nationalists?|envoy|ambassador|embassy|consulates?|coups?|putsch)\b/,
    "after:modifier",
    "the eastern Kazakh steppe",
  ],
  // "Soviet-led": the power leads the act.
  [/^[-‐]led\b/, "after:led", "a Soviet-led invasion"],
  // Any other hyphenated compound ("Soviet-made tanks", "Soviet-Sudanese convoys", "Molotov–Ribbentrop Pact").
  [/^[-‐–][\p{L}]/u, "after:compound", "Soviet-made tanks"],
  // A name before a colon labels what follows, as a list item's head does: "- 1958 – Lebanon: Marines landed in Beirut"
  // (every name of a list before it: "- 1998 – Sudan and Afghanistan: cruise missile strikes"; an aside before the colon:
  // "Dominican Republic (Operation Power Pack): Marines landed").
  [/^(?:\s*(?:,|and|&|\/)\s*(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’.-]*)*)*(?:\s*\([^()]{1,60}\))?\s*:(?!\d)/u, "after:label", "- 1998 – Sudan and Afghanistan: cruise missile strikes"],
  // A dated item's head set off by a dash is its label too: "- 1983 – Grenada – Invasion to depose the government" (both sides tested: readContext).
  [/^(?:[-*•]\s*)?(?:(?:c\.|ca\.)\s*)?\d{1,4}(?:\s*[–—-]\s*\d{1,4})?(?:\s*(?:BCE|BC|AD|CE))?\s*[–—:-]\s*$/u, "before:item-date", "- 1983 – "],
  [/^\s+[–—]\s/u, "after:item-dash", "Grenada – Invasion"],
  // "after British troops occupied Kabul": "after" opens a clause whose subject the forces are (both halves).
  [/\b(?:[Aa]fter|[Bb]efore|[Ss]ince|[Uu]ntil|[Oo]nce|[Ww]hen|[Ww]hile|[Aa]s)\s+(?:the\s+)?$/u, "before:subordinator", "after "],
  [/^\s+(?:[\p{Ll}-]+\s+)?(?:troops|forces|soldiers|army|armies|aircraft|planes|jets|warships|ships|navy|fleet|marines|paratroopers|tanks|units|commandos)\s+(?:had\s+|have\s+|also\s+)?(?:[a-z]+ed|took|overran|drove|fought|struck|began|went|came|broke|swept|rode|threw|beat|shot|won)\b/u, "after:forces-acted", " troops occupied Kabul"],
  // One ordered to act is the actor of the act ordered: "Nixon ordered the CIA to prevent Allende from taking office" (both halves).
  [/\b(?:ordered|ordering|instructed|instructing|directed|directing|authori[sz]ed|authori[sz]ing|tasked|tasking|commissioned|charged|asked|told|urged|encouraged)\s+(?:the\s+)?$/i, "before:ordered", "Nixon ordered the "],
  [/^\s+to\s+(?!the\b|a\b|an\b|\p{Lu})[\p{Ll}]+\b/u, "after:to-act", " to prevent Salvador Allende from taking office"],
  // A relative clause makes the name a subject even after a preposition: "supported by the Soviet Union who sent…".
  // So does one after the forces the name qualifies: "led about 100 Cuban fighters who trained and fought alongside".
  [/^\s*,?\s*(?:who|which|that)\b|^\s+(?:troops|soldiers|fighters|forces|advisers|advisors|instructors|volunteers|pilots|officers|agents|mercenaries|paratroopers|units)\s*,?\s*(?:who|which|that)\b/, "after:relative", "supported by the Soviet Union who ended up sending them aid"],
];

/**
 * A place-preposition right before a name: such a name is where, and the name coordinated after
 * it starts a new clause rather than joining it ("use of its facilities at Dakar in Senegal and
 * France provided training": France alone provided). "Troops from Cuba and the Soviet Union"
 * (origin, not place) still join.
 */
export const LOCATIVE_BEFORE: Rule = [
  /\b(?:in|at|near|on|into|onto|inside|outside|within|throughout|around|across|through|via|toward|towards)\s+(?:the\s+)?$/i,
  "coordinated:locative",
  "facilities at Dakar in ",
];

/**
 * Phrases around a name that make a power the backer of whatever the sentence describes:
 * "with Soviet support", "with the help of the USSR", "backed by the Soviets".
 */
export const BACKING_BEFORE: Rule[] = [
  [/\b(?:had|has|enjoyed|received|won|gained|secured|obtained)\s+(?:the\s+)?(?:[\p{L}]+\s+)?(?:support|help|backing|blessing|approval|encouragement)\s+(?:of|from)\s+(?:the\s+)?$/iu, "backing:had-support-of", "The coup had the blessing of the "],
  [/\bwith\s+(?:the\s+)?(?:[\p{L}]+\s+)?(?:support|help|backing|aid|assistance|blessing|encouragement|approval|connivance|complicity|collusion)\s+(?:of|from)\s+(?:the\s+)?$/iu, "backing:with-support-of", "with the help of the USSR"],
  [/\b(?:backed|supported|sponsored|aided|helped|assisted|encouraged|organi[sz]ed|orchestrated|engineered|financed|funded|bankrolled|armed|trained|equipped|hired|paid|recruited|employed|directed|instigated)\s+by\s+(?:the\s+)?$/i, "backing:by", "a coup backed by the Soviets"],
  // Help from men another state trained, as "Soviet-trained" officers are: "with the help of army officers trained in the Soviet Union".
  // So are men another state trained who acted: "Army officers who had been trained in the USSR carried out the coup".
  [/\b(?:with\s+the\s+(?:help|aid|support|backing)\s+of\s+(?:[a-z-]+\s+){0,3})?(?:officers|troops|soldiers|units|cadres|pilots)\s+(?:who\s+had\s+been\s+|who\s+were\s+)?(?:trained|armed|equipped|backed)\s+(?:in|by)\s+(?:the\s+)?$/i, "backing:trained-men", "with the help of army officers trained in the "],
];
/** What before a backer's name says its backing is only claimed: "a rebellion which some claimed the British had encouraged". */
export const BACKING_CLAIMED: Rule = [/\b(?:some|many|critics|historians|observers|others|it\s+was|he|she|they)\s+(?:have\s+|had\s+)?(?:claimed|alleged|suspected|rumou?red|speculated|suggested|believed)\s+(?:that\s+)?(?:the\s+)?$/i, "backing:claimed", "a rebellion which some claimed the "];
export const BACKING_AFTER: Rule[] = [
  [/^\s+(?:support|help|backing|aid|assistance|blessing|encouragement|approval|connivance|complicity|collusion|pressure|supervision|auspices|tutelage|guidance)\b/i, "backing:with-power-support", "with Soviet support"],
];

/** A power as the subject of a verb of support: "the USSR would come to support them". */
export const BACKING_VERB: Rule = [
  /^\s+(?:(?:administration|government|leadership|authorities)\s+)?(?:(?:would|did|had|also|then|quickly|openly|soon|tacitly|secretly)\s+)*(?:come\s+to\s+)?(?:(?:welcomed|encouraged|approved)\s+and\s+)?(?:supported|backed|support|back|aided|assisted|endorsed|encouraged|cultivated|groomed|recruited|sponsored|gave\s+(?:(?:its|his|their|tacit|a|the)\s+)*(?:approval|backing|support|blessing|green\s+light)\s+to)\b/i,
  "backing:verb",
  "the communist party decided to stage a coup; the USSR would come to support them",
];

// ---------------------------------------------------------------------------------------------
// Leaders: a document names its actors' heads ("Soviet leader Leonid Brezhnev", "King
// Ferdinand IV of Castile", "Joseph Stalin, the Soviet Union's leader", "the king of Fez,
// Fayd", "Hammurabi of Babylon"); the name then stands for that state in the whole document.

/** Titles of heads, ministers and commanders, as prose writes them before or after a name (either case of the first letter). */
const TITLE_WORDS = [
  "president", "prime\\s+minister", "premier", "chancellor", "king", "queen", "emperor", "empress", "shah", "sultan", "emir", "amir", "khan", "caliph",
  "pharaoh", "tsar", "czar", "kaiser", "leader", "ruler", "dictator", "monarch", "regent", "general", "marshal", "field\\s+marshal", "admiral",
  "commander(?:-in-chief)?", "foreign\\s+minister", "defen[cs]e\\s+minister", "war\\s+minister", "interior\\s+minister", "minister\\s+of\\s+(?:war|defen[cs]e|foreign\\s+affairs)",
  "secretary\\s+of\\s+state", "governor-general", "ambassador", "envoy", "viceroy", "governor", "chieftain", "chief", "prince", "warlord", "consul", "satrap", "colonel", "captain", "founder",
];
const TITLE = `(?:${TITLE_WORDS.map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join("|")})`;
/** The titles as a pattern source, for the passes that look for them. */
export const LEADER_TITLE = TITLE;

/** Honorifics between a title and a name: "General Francisco Franco", "Sir George Rooke". */
const HONORIFIC = "(?:(?:General|Marshal|Admiral|Sir|Lord|Colonel|Captain|Major|Sheikh|Sultan|King|Queen|Emperor|Prince|Pharaoh|Shah|Emir|Khan|Count|Duke)\\s+)*";
/** A person's name: capitalised words, particles ("al", "ibn", "de"), regnal numbers ("IV"). */
export const PERSON_NAME = "\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:(?:al|ibn|bin|de|del|la|von|van|der|el|ud|ad|y|da|di|du|le)\\s+)*(?:\\p{Lu}[\\p{L}'’-]*|[IVX]{1,4}\\b))*";

/**
 * Where a name stands for a state, read around a mention of the state (or of a place ruled by
 * one): `before:<shape>` patterns test the text before the mention, `after:<shape>` the text
 * after it; the group `name` is the leader's name. A `pair:*` rule needs its `before:` and
 * `after:` halves both.
 */
export const LEADER_CONTEXT: Rule[] = [
  // "Soviet leader Leonid Brezhnev", "the British admiral Sir John Leake", "Spain's dictator Franco".
  [new RegExp(`^(?:['’]s)?\\s+(?:[\\p{Ll}-]+\\s+){0,2}?${TITLE}\\s+${HONORIFIC}(?<name>${PERSON_NAME})`, "u"), "after:title-name", "Soviet leader Leonid Brezhnev"],
  // "King Ferdinand IV of Castile", "Hammurabi of Babylon", "Abu al-Abbas Ahmad of Fez".
  [new RegExp(`(?<![\\p{L}'’-])${HONORIFIC}(?<name>${PERSON_NAME})\\s+of\\s+(?:the\\s+)?$`, "u"), "before:name-of", "King Ferdinand IV of "],
  // "Ibn Hud, Taifa emir of Murcia", "Anne, Queen of Great Britain".
  [new RegExp(`(?<![\\p{L}'’-])(?<name>${PERSON_NAME}),\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}?${TITLE}\\s+of\\s+(?:the\\s+)?$`, "u"), "before:name-title-of", "Ibn Hud, Taifa emir of "],
  // "General Edmund Ironside, who commanded the British forces", "Ahmad Shah, who led the Afghan army".
  [new RegExp(`(?<![\\p{L}'’-])${HONORIFIC}(?<name>${PERSON_NAME}),\\s+who\\s+(?:had\\s+|then\\s+|also\\s+)?(?:commanded|led|headed)\\s+(?:the\\s+|an?\\s+)?$`, "u"), "before:name-who-led", "Edmund Ironside, who commanded the "],
  // "the king of Fez, Fayd".
  [new RegExp(`\\b${TITLE}\\s+of\\s+(?:the\\s+)?$`, "u"), "pair:title-of", "the king of "],
  [new RegExp(`^,\\s+(?<name>${PERSON_NAME})(?=\\s*[,.;:)]|\\s+(?:who|and|was|had|sent|took)\\b)`, "u"), "pair:then-name", ", Fayd."],
  // "Joseph Stalin, the Soviet Union's leader", "Abul Hassan, the Marinid sultan".
  [new RegExp(`(?<![\\p{L}'’-])(?<name>${PERSON_NAME}),\\s+(?:the\\s+)?$`, "u"), "pair:name-comma", "Joseph Stalin, the "],
  [new RegExp(`^(?:['’]s)?\\s+(?:[\\p{Ll}-]+\\s+){0,2}?${TITLE}\\b`, "u"), "pair:then-title", "'s leader"],
];

/**
 * A state organ's name written out with its abbreviation, which the text then uses alone: "the
 * Indian Peace Keeping Force (IPKF)", "the South African Defence Force (SADF)". The abbreviation
 * stands for the state the name names, when the name has a word of ORGAN_WORDS and none of
 * NOT_ORGAN_WORDS (a rebel army's name names a state too: "Free Syrian Army (FSA)").
 */
export const ORGAN_ABBREVIATION: Rule = [
  /(?<name>\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*){1,6})\s+\((?<abbr>\p{Lu}[\p{Lu}&]{1,7})\)/u,
  "state:organ-abbreviation",
  "the Indian Peace Keeping Force (IPKF) was deployed to Jaffna",
];
/**
 * A chartered company a text names in full, then as "the Company": "the East India Company
 * declared war on Nepal … Nepal ceded Sikkim to the Company". The short name stands for the
 * company's state in that text.
 */
export const COMPANY_SHORT_NAME: Rule = [/\b(?:(?:British|English|Dutch|French|Danish|Swedish|Ostend)\s+)?East\s+India\s+Company\b/u, "state:company", "the East India Company declared war on Nepal"];
/** Words of a state organ's name (ORGAN_ABBREVIATION). */
export const ORGAN_WORDS = /\b(?:Forces?|Army|Navy|Air\s+Force|Defen[cs]e|Guards?|Intelligence|Service|Agency|Police|Corps|Command|Ministry|Directorate|Bureau|Gendarmerie)\b/u;
/** Words of a name that is no state's organ, though it names a state (ORGAN_ABBREVIATION). */
export const NOT_ORGAN_WORDS = /\b(?:Liberation|Free|Rebels?|Resistance|Revolutionary|Front|Movement|Party|Union|Alliance|Coalition|Opposition|Islamic|Democratic|Mujahideen|Militias?|Popular|Patriotic|Salvation|Independence|Insurgent|Tigers)\b/u;

/**
 * Words that show a capitalised phrase before "of" is no person: "Battle of Kadesh", "Siege of
 * Babylon", "Treaty of Utrecht", "Bay of Gibraltar", "Duke of Medina Sidonia" (a title alone).
 */
export const NOT_A_PERSON = new Set(
  (
    "Battle Battles Siege Sieges Sack Fall Conquest Capture Invasion Invasions Campaign Campaigns War Wars Treaty Treaties Peace Kingdom Kingdoms Empire Khanate Emirate Sultanate " +
    "Caliphate Republic Dynasty Province Region City Town Bay Strait Straits Gulf Sea River Lake Mount Mountains Rock Port Isle Island Islands Bank Church Diocese Bishop Cathedral " +
    "Council House Parliament Government Crown Duke Duchess Count Countess Lord Lordship Marquis Governor Mayor King Queen Emperor Empress Prince Princess Sultan Emir Khan Shah " +
    "Caliph Pharaoh Tsar Czar President Premier Chancellor General Admiral Marshal Colonel Captain Major Army Navy Forces People Peoples Union League Congress University " +
    "Museum Revolt Rebellion Uprising Massacre Pogrom Riots Crusade Declaration Agreement Accords Act Charter Constitution Flag Coat Arms Chief Minister Ministry Department " +
    "Office Foreign State States Border Line Pass Valley Desert Plateau Steppe Oasis Fort Castle Tower Wall Gate Cape Point Day Night Year Period Age Era Land Lands Territory " +
    "North South East West Northern Southern Eastern Western Central Upper Lower Greater Little New Old Great Holy Free United Federation Commonwealth Organization Committee " +
    "Company Assembly Court Senate Party Front Movement Alliance Coalition Legion Regiment Battalion Brigade Division Corps Fleet Squadron Garrison Unification Hegemony Rise " +
    "Return Restoration Independence History Timeline List Kings Queens Son Daughter Brother Wife Father Mother Heir Governors Marquisate Viceroyalty Colony Protectorate " +
    "Principality Duchy County Bishopric Archbishop Patriarch Pope Order Knights Expedition Defeat Victory Occupation Annexation Partition Liberation Sultans Emirs Khans " +
    "Revolution Crisis Conflict Incident Affair Operation Mission Plan Doctrine Pact Convention Conference Summit Talks Coup Attack Raid Raids Assault Offensive Battle " +
    // Eras before a dated list item's name: "1125 BCE Nebuchadnezzar I of Isin".
    "BC BCE AD CE"
  ).split(" "),
);

// ---------------------------------------------------------------------------------------------
// Titles: who an article is about.

/**
 * The shape of an article's title, read before its states: `power` (one state, or a group,
 * intervenes: "United States involvement in regime change", "Russian conquest of Central
 * Asia", "Foreign interventions by France"), `internal` (a civil war or revolution of the state
 * it names: only foreign states' acts count), `many` (a war, a border conflict, a timeline of a
 * territory, a list of conflicts: every state acting on another's territory counts). The first
 * rule that matches decides; a title that matches none is `power` if it names one state.
 */
export const TITLE_SHAPES: Rule<"power" | "internal" | "many">[] = [
  [/^(?:foreign|military|covert)\s+(?:interventions?|involvement|operations|wars|relations|policy)\s+(?:by|of)\b/iu, "power", "Foreign interventions by France"],
  [/^(?:[Tt]imeline|[Cc]hronology|[Ll]ist|[Oo]utline|[Hh]istory)\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:(?:military|naval|overseas|foreign|covert)\s+(?:operations|interventions|actions|expeditions|deployments)|interventions|invasions|covert\s+operations|regime\s+change\s+(?:operations|actions))\b/u, "power", "Timeline of United States military operations"],
  [/^(?:timeline|chronology|history|list|outline|index)\b/iu, "many", "Timeline of the history of Gibraltar"],
  [/^\S.*?\s+in\s+(?:the\s+)?(?:World\s+War|First\s+World\s+War|Second\s+World\s+War|Great\s+War|Cold\s+War)\b/u, "power", "Soviet Union in World War II"],
  [/\b(?:civil\s+wars?|revolution|rebellion|uprising|revolt|insurgency|coup(?:\s+d['’]état)?|mutiny|secession)\b/iu, "internal", "Afghan Civil War (1928–1929)"],
  [/\b(?:involvement|interventions?|intervention|conquests?|invasions?|occupation|influence|expansion|colonization|colonisation|colonialism|imperialism|annexations?|interference|meddling|support|presence|sphere|activities|operations|role)\b/iu, "power", "Russian conquest of Central Asia"],
  // A state in another: "British Empire in Afghanistan", "France in Indochina" (a title naming no state before "in" names no power).
  [/^(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}in\s+(?:the\s+)?\p{Lu}/u, "power", "British Empire in Afghanistan"],
  [/\b(?:wars?|skirmishes|conflicts?|crisis|clashes|incidents?|battles?|sieges?|standoff|disputes?|confrontations?|hostilities|border|campaigns?|offensives?|raids?)\b/iu, "many", "India–Pakistan border skirmishes (2016–2018)"],
];

/**
 * The TITLE_SHAPES rows, by their example, that title a list of one power's operations: each
 * item is one of the power's ("1986 – Libya: air strikes on Tripoli").
 */
export const OPERATIONS_LIST_SHAPES: ReadonlySet<string> = new Set(["Foreign interventions by France", "Timeline of United States military operations"]);

/**
 * A state's part in another's civil war or revolution: "Russian involvement in the Syrian civil
 * war", "Soviet intervention in the Hungarian Revolution". Where a state is named before these
 * words, it is the power, though the title names an internal war.
 */
export const POWER_IN_INTERNAL: Rule = [
  /\b(?:involvement|interventions?|interference|meddling|support|role|participation|influence|presence)\s+in\b|(?<=^(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3})in\s+(?=the\s)/u,
  "power-in-internal",
  "Russian involvement in the Syrian civil war",
];

/**
 * Groups of states a title may name as its power that are no `world-countries` region: the
 * Western powers (Europe, the United States, Canada, Australia, New Zealand) and the Arab
 * League's members. `{group: [iso3, …]}`; a REGION_POWERS label not found here is a region.
 */
export const POWER_GROUPS: Readonly<Record<string, readonly string[]>> = {
  Western: [...countries.filter((c) => c.region === "Europe").map((c) => c.cca3), "USA", "CAN", "AUS", "NZL"],
  "Arab League": ["DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT", "MAR", "OMN", "PSE", "QAT", "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM"],
};

/**
 * Words of a title that name a group of states as the power: "European influence in
 * Afghanistan" → every European state the text names. `[pattern, world-countries region, example]`.
 */
export const REGION_POWERS: Rule[] = [
  [/\bEuropean\b/u, "Europe", "European influence in Afghanistan"],
  [/\bWestern(?=\s+(?:powers?|intervention|interventions|involvement|influence|interference|imperialism|colonialism|support|allies|states|governments?)\b)/u, "Western", "Western intervention in Russia"],
  [/\bArab(?=\s+(?:powers?|intervention|interventions|involvement|influence|interference|support|states|governments?|League)\b)/u, "Arab League", "Arab intervention in Yemen"],
  [/\bAfrican\b/u, "Africa", "African interventions"],
  [/\bAsian\b/u, "Asia", "Asian involvement"],
];
