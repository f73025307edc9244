// The actors pass (loaders/extract/actors.ts): which states a text names.
import {describe, expect, test} from "vitest";
import {findKnownLeaders, findStates, learnLeaders, readTitle} from "../loaders/extract/actors.ts";
import {ENGLISH_COUNTRY_NAMES, KNOWN_LEADERS} from "../loaders/rules/actors.ts";

describe("findStates", () => {
  test.each<[string, string[]]>([
    ["an Anglo-Dutch fleet and the Red Army", ["GBR+NLD", "RUS"]],
    ["Washington provided military aid to the junta", ["USA"]],
    ["the Kremlin and the CIA", ["RUS", "USA"]],
    // Britain, and states' former names.
    ["Britain and the United States organised the coup", ["GBR", "USA"]],
    ["Rhodesian forces raided Mozambique", ["ZWE", "MOZ"]],
    ["Zaire sent troops into Angola", ["COD", "AGO"]],
    ["the Khmer Rouge raided Vietnamese villages", ["KHM", "VNM"]],
    ["West Germany and Holland", ["DEU", "NLD"]],
    // Another place's name: no state.
    ["the USS New Jersey shelled Lebanon", ["USA", "LBN"]],
    ["the viceroyalty of New Spain sent troops to New Mexico", []],
    ["New Zealand sent a frigate", ["NZL"]],
    ["a raid on Pebble Island", []],
    // A region, an organisation of states, a sea named after a country: no state.
    ["Latin American governments asked the Organization of American States", []],
    ["US warships in the Gulf of Mexico and the South China Sea", ["USA"]],
    ["the Indian Ocean and the British Indian Army", ["GBR", "IND"]],
    ["the Mexican–American War", ["MEX+USA"]],
    ["America sent advisers; Latin America and Spanish America, the Americas", ["USA"]],
    // Seats of government and forces by their own names, a name that starts with a letter beyond ASCII included.
    ["the Élysée and the Porte", ["FRA", "TUR"]],
    ["the Raj sent the Afrika Korps a note", ["GBR", "DEU"]],
    ["Porte Maillot and Raj Kapoor", []],
    // English names world-countries has only as alternative spellings (its common name is "Türkiye").
    ["Turkey launched a military invasion of Cyprus", ["TUR", "CYP"]],
    ["Indonesia invaded East Timor", ["IDN", "TLS"]],
    ["turkey and chad for dinner", []],
    // Secret police, armed forces and former capitals as their states.
    ["the Securitate, the StB and the Kriegsmarine", ["ROU", "CZE", "DEU"]],
    ["Peking and Bonn; the Tatmadaw and the DGI", ["CHN", "DEU", "MMR", "CUB"]],
    // A state's armed forces and another's army, joined by "and", are two actors.
    ["the Islamic Revolutionary Guard Corps and Hezbollah", ["IRN"]],
    // "the Muslim (Arab) conquests" are the early caliphate's; Muslims otherwise are no state.
    ["the Muslim conquest of Egypt and the Arab conquest of Armenia", ["SAU", "EGY", "SAU", "ARM"]],
    ["Muslim rebels and Arab volunteers", []],
  ])("findStates(%j) → %j", (text, members) => {
    expect(findStates(text).map((m) => m.state.members.join("+"))).toEqual(members);
  });
});

describe("findStates: English country names (ENGLISH_COUNTRY_NAMES)", () => {
  test.each(ENGLISH_COUNTRY_NAMES.map(([name, iso3, example]) => [name, iso3, example] as const))("%j → %j in %j", (name, iso3, example) => {
    expect(findStates(example).some((m) => m.text === name && m.state.members.includes(iso3))).toBe(true);
  });

  test("readTitle: the state a group of powers acted in is none of them", () => {
    expect(readTitle("Western intervention in Russia").power?.iso3).not.toContain("RUS");
    expect(readTitle("Western intervention in Russia").power?.iso3).toEqual(expect.arrayContaining(["GBR", "FRA", "USA"]));
    expect(readTitle("Arab intervention in Yemen").power?.iso3).not.toContain("YEM");
  });

  test("readTitle(\"Foreign interventions by Turkey\") names Turkey the power", () => {
    expect(readTitle("Foreign interventions by Turkey").power?.iso3).toEqual(["TUR"]);
  });
});

describe("learnLeaders: leaders by their command, organs by the abbreviation the text writes out", () => {
  test.each<[string, [string, string][]]>([
    ["General Edmund Ironside, who commanded the British forces in northern Persia, encouraged the officers.", [["Edmund Ironside", "GBR"], ["Ironside", "GBR"]]],
    ["The Kenya Defence Forces (KDF) entered Somalia in 2011; the KDF took Kismayo.", [["KDF", "KEN"]]],
    ["The Royal Thai Army (RTA) crossed the border.", [["RTA", "THA"]]],
    // A colony named by its ruler's demonym is the ruler's; a country named with its own demonym is its own.
    ["Afonso de Albuquerque, the second governor of Portuguese India, seized Goa.", [["Afonso de Albuquerque", "PRT"], ["Albuquerque", "PRT"]]],
    ["Ibn Saud, the king of Saudi Arabia, received the envoy.", [["Ibn Saud", "SAU"], ["Saud", "SAU"]]],
    // A rebel army's or a party's name names a state too: its abbreviation stands for no state.
    ["The Free Syrian Army (FSA) and the National Union for the Total Independence of Angola (UNITA) fought on.", []],
  ])("learnLeaders(%j)", (prose, expected) => {
    expect([...learnLeaders(prose)].map(([name, s]) => [name, s.iso3])).toEqual(expected);
  });
});

describe("findKnownLeaders: leaders named without their state (KNOWN_LEADERS)", () => {
  test.each(KNOWN_LEADERS.map(([, s, example]) => [example, s.iso3] as const))("findKnownLeaders(%j) → %j", (example, iso3) => {
    expect(findKnownLeaders(example).map((m) => m.state.iso3)).toEqual([iso3]);
  });
  test.each<[string, string[]]>([
    ["The Kennedy administration and Khrushchev", ["USA", "RUS"]],
    // Places, doctrines' neighbours and common words named after no one of them.
    ["the Franco-Prussian War near Ho Chi Minh City, on the Ho Chi Minh trail", []],
    ["Stalingrad, the Garden of Eden, President Johnson and Ford", []],
    // Given names of modern people: "Antony Blinken", "Cyrus Vance".
    ["Antony Blinken and Cyrus Vance met Timur Bekmambetov", []],
    ["Antony's Parthian War and Shahin's invasion of Asia Minor", ["ITA", "IRN"]],
    // Sultans and emperors of dynasties named alone; a pasha named Suleiman is no sultan.
    ["Suleiman marched on Buda; Aurangzeb took Bijapur; the Qianlong Emperor sent an army; Suleiman Pasha", ["TUR", "IND", "CHN"]],
  ])("findKnownLeaders(%j) → %j", (text, iso3) => {
    expect(findKnownLeaders(text).map((m) => m.state.iso3)).toEqual(iso3);
  });
  test("findKnownLeaders answers for its own text after findStates read another (they share one scan)", () => {
    expect(findStates("Nasser met the Soviet ambassador").map((m) => m.state.iso3)).toEqual(["RUS"]);
    expect(findKnownLeaders("Stalin ordered the invasion").map((m) => m.state.iso3)).toEqual(["RUS"]);
    expect(findKnownLeaders("Nasser met the Soviet ambassador").map((m) => m.state.iso3)).toEqual(["EGY"]);
  });
});

describe("findStates: Congress, warships by their navy's prefix, a capital inside a name", () => {
  test.each<[string, string[]]>([
    // "Congress" alone is the American one; India's party, a national congress, a congress of a city are not.
    ["Congress approved the aid", ["USA"]],
    ["the Congress won the election; the Indian National Congress; the Congress of Vienna; the Congress Party", ["IND"]],
    ["HMS Sheffield and ARA General Belgrano", ["GBR", "ARG"]],
    ["the USS Stark and INS Khukri", ["USA", "IND"]],
    // A capital that is part of a name names no state.
    ["Argentine Canberra bomber planes", ["ARG"]],
    ["Canberra sent troops", ["AUS"]],
    // Dynasties by their bare name; "Ming" only before a word of state or force ("Yao Ming" is a person).
    ["The Qing army and Mughal forces met the Janissaries", ["CHN", "IND", "TUR"]],
    ["Ming troops, Yao Ming and the Ming vase", ["CHN"]],
  ])("findStates(%j) → %j", (text, iso3) => {
    expect(findStates(text).map((m) => m.state.iso3)).toEqual(iso3);
  });
});

describe("readTitle: a state in another, in another's civil war, and an organ's activities", () => {
  test.each<[string, string, string | null]>([
    ["British Empire in Afghanistan", "power", "iso:GBR"],
    ["France in Indochina", "power", "iso:FRA"],
    ["CIA activities in Chile", "power", "iso:USA"],
    ["Russia in the Syrian civil war", "power", "iso:RUS"],
    ["Cuba in the Angolan Civil War", "power", "iso:CUB"],
    // A state's foreign relations or policy are its own acts.
    ["Foreign relations of India", "power", "iso:IND"],
    ["Foreign policy of the United States", "power", "iso:USA"],
    // No state before "in": no power.
    ["Women in Afghanistan", "many", null],
    ["Women in the Iranian Revolution", "internal", null],
  ])("readTitle(%j) → %s %s", (title, shape, key) => {
    const r = readTitle(title);
    expect([r.shape, r.power?.key ?? null]).toEqual([shape, key]);
  });
});
