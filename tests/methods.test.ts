// Method labels from a section's sentences: cue phrases in general English, counted only when
// the sentence ties the act to the article's power. Most phrases here are not from the seed.
import {describe, expect, test} from "vitest";
import {parseDocument} from "../loaders/parse/document.ts";
import {splitSentences} from "../loaders/parse/sentences.ts";
import {extractInterventions} from "../loaders/extract/interventions.ts";
import {extractMethods, findCues, powerOf, resolveAgent, scanMentions} from "../loaders/extract/methods.ts";
import {runPipeline} from "../loaders/pipeline.ts";
import {castOfTitle, powerOfTitle} from "../loaders/extract/actors.ts";
import {BACKING_AFTER, BACKING_BEFORE, BACKING_CLAIMED, BACKING_VERB, COALITIONS, HISTORICAL_STATES, LEADER_CONTEXT, LOCATIVE_BEFORE, MENTION_CONTEXT, PRONOUNS, ORGAN_ABBREVIATION, COMPANY_SHORT_NAME, STATE_ABBREVIATIONS, STATE_ORGANS, TITLE_SHAPES, REGION_POWERS, POWER_IN_INTERNAL, OPERATIONS_LIST_SHAPES} from "../loaders/rules/actors.ts";
import {ADJECTIVAL_PARTICIPLE, AGENT_AFTER, CARRIED_ACT, DENIAL, DENIED_AFTER, FORCES_NAMED, SENDING_VERB, OBJECT_ACT_END, FINITE_VERB_CUE, NOT_ASSERTED_BEFORE, RELATIVE_CLAUSE, HELPED_BEFORE, DEPOSITION_NOUN, MONEY_FOR_VOTES, MONEY_NOT_ARMS, POSSESSED_FORCES, OPERATION_NAMED, NOT_MILITARY, NOT_MILITARY_BEFORE, NOT_TERRITORY_AFTER, PURPOSE_CUE, CIVILIAN_SUBJECT, CLIENT_CUES, COORDINATED_ACTS, DURATION_BEFORE, FORCES_HIT, FORCES_HIT_MORE, EQUIPMENT_AFTER, GOVERNING_WORDS, METHOD_CUES, METHODS, NEGATION, NEGATION_AFTER, OTHER_AGENT_VERB, PACT_PERMITS, PASSIVE, PROPOSAL_TERMS, RECIPIENT_CUE, SUBJECT_TAKEN, WAR_JOINED, WAR_NAMED_AFTER, WAR_START, YEAR_BEFORE_CUE, NAMED_SUBJECT_BEFORE, BY_NO_FORCE_AFTER, NAMED_AS_HELP, GIVER_IN_CUE, PERMITTED_BEFORE, BASES_LENT, SUBORDINATE_SUBJECT, FORCES_ALONGSIDE, OPERATION_SUBJECT, OPERATION_AFTER, ACT_OPENS_SENTENCE, ACT_AS_SUBJECT_AFTER, POSSESSOR_SUFFERED, PARTICIPLE_OPENS, KIN_VICTIM, RULER_TITLES, RULER_OPENS} from "../loaders/rules/methods.ts";
import {EVENT_NAME_WORD} from "../loaders/rules/headings.ts";

const SOVIET = "Soviet involvement in regime change";
const US = "United States involvement in regime change";
const RUSSIA = "Russian involvement in regime change";

/** One dated section with `body` under an article titled `title`. */
function section(body: string, title = SOVIET, place = "Hungary") {
  const text = `= ${title} =\n\n== 1900–2020: Period ==\n\n==== 1956: ${place} ====\n\n${body}\n`;
  const doc = parseDocument(text, "t.txt");
  const sentences = splitSentences(doc);
  const interventions = extractInterventions(doc);
  const cues = extractMethods(doc, sentences, interventions);
  return {doc, interventions, cues};
}

/**
 * The row of a one-section article: `= title =`, a period, one dated section `heading` holding
 * `sentence`, run through the whole pipeline.
 */
function sectionRow(title: string, heading: string, sentence: string, period = "Episodes") {
  const text = [`= ${title} =`, "", `== ${period} ==`, "", `=== ${heading} ===`, "", sentence, ""].join("\n");
  return runPipeline([{file: "t.txt", slug: "t", text, bytes: text.length, warnings: []}]).interventions[0];
}

/** One test per `[title, heading, sentence, methods]` case: the methods of its one-section article (sectionRow). */
function testSectionRows(cases: readonly (readonly [title: string, heading: string, sentence: string, methods: readonly string[]])[]) {
  test.each(cases)("%s, %s: %s → %j", (title, heading, sentence, methods) => {
    expect([...sectionRow(title, heading, sentence).methods].sort()).toEqual([...methods].sort());
  });
}

/** One test per `[text, [[method, quote], …]]` case: the cues findCues reads in `text`, in order, each with its words. */
function testCues(cases: readonly (readonly [text: string, cues: readonly (readonly [string, string])[]])[]) {
  test.each(cases)("findCues(%j) → %j", (text, expected) => {
    expect(findCues(text).map((c) => [c.method, text.slice(c.start, c.end)])).toEqual(expected);
  });
}

/** The row of a one-item list article: `= title =`, a section `period`, one list item `item`. */
function itemRow(title: string, period: string, item: string) {
  const text = [`= ${title} =`, "", `== ${period} ==`, "", `- ${item}`, ""].join("\n");
  return runPipeline([{file: "t.txt", slug: "t", text, bytes: text.length, warnings: []}]).interventions[0];
}

describe("extractMethods", () => {
  test.each([
    // The power acts.
    ["Soviet troops crossed the border into Hungary.", SOVIET, ["invasion"]],
    ["The Red Army entered Prague and installed a puppet government.", SOVIET, ["invasion", "coup"]],
    ["The Soviet Union annexed the region in 1940.", SOVIET, ["annexation"]],
    ["Finland ceded Karelia to the Soviet Union.", SOVIET, ["annexation"]],
    ["The province was incorporated into the USSR as a republic.", SOVIET, ["annexation"]],
    ["Moscow shipped tanks and rifles to the rebels.", SOVIET, ["military_aid"]],
    ["Soviet advisers trained the army.", SOVIET, ["military_aid"]],
    ["The rebels received funding from the USSR.", SOVIET, ["military_aid"]],
    ["The Soviet Union forbade elections in the north.", SOVIET, ["election"]],
    ["The KGB organised the assassination of the prime minister.", SOVIET, ["covert"]],
    ["Soviet special forces disguised as local troops seized the airport.", SOVIET, ["invasion", "covert"]],
    // The power backs someone else's act.
    ["A coup with Soviet support deposed the king.", SOVIET, ["coup"]],
    ["Officers staged a coup; Moscow would come to support them.", SOVIET, ["coup"]],
    // A government the power installed acts.
    ["The Soviets installed a puppet government. The new government rigged the 1947 elections.", SOVIET, ["coup", "election"]],
    ["The government rigged the 1947 elections.", SOVIET, []],
    // Someone else acts, or nobody does.
    ["Germany invaded Poland.", SOVIET, []],
    ["The United States supplied weapons to the rebels.", SOVIET, []],
    ["Rebels overthrew the pro-Soviet government.", SOVIET, []],
    ["The Vietnamese invasion was supported by the Soviet Union.", SOVIET, []],
    ["Other countries joined to stop the invasion.", SOVIET, []],
    ["During the invasion, many people fled.", SOVIET, []],
    ["There was a planned invasion that never happened.", SOVIET, []],
    ["The Soviet Union did not invade the country.", SOVIET, []],
    ["An agreement at the conference permitted the Soviet Union to annex the region.", SOVIET, []],
    ["Persons were deported from the occupied territories.", SOVIET, []],
    // A proposal's terms are no act.
    ["The minister made proposals under which the province would be fully incorporated into the USSR.", SOVIET, []],
    ["The province was fully incorporated into the USSR.", SOVIET, ["annexation"]],
    // A noun cue denied by what follows it.
    ["A Soviet invasion of Finland seemed unlikely.", SOVIET, []],
    ["The Soviet invasion was called off at the last minute.", SOVIET, []],
    ["The Soviet invasion of Finland was swift.", SOVIET, ["invasion"]],
    // Other powers' articles use the same lexicon.
    ["The CIA staged a coup against the president.", US, ["coup", "covert"]],
    ["American troops landed in Grenada.", US, ["invasion"]],
    ["The United States funded the Contra rebels.", US, ["military_aid"]],
    ["Soviet troops invaded Afghanistan.", US, []],
    ["Russia annexed Crimea.", RUSSIA, ["annexation"]],
    ["Russian special forces seized the parliament.", RUSSIA, ["covert"]],
    ["Moscow interfered in the 2016 presidential election.", RUSSIA, ["election"]],
    // Capitals as metonyms for any country's government; proxies; phrasings beyond the seed.
    ["Tripoli armed and trained the Chadian rebels.", "Libyan involvement in regime change", ["military_aid"]],
    ["Cairo backed the coup attempt of September 1962.", "Egyptian involvement in regime change", ["coup"]],
    ["Exiles trained by the CIA landed at the Bay of Pigs.", US, ["military_aid", "covert"]],
    ["The rebels, armed by China, took the capital.", SOVIET, []],
    ["Paris airlifted paratroopers to Libreville.", "French involvement in regime change", ["invasion"]],
    ["Mercenaries financed by the SDECE overthrew the president.", "French involvement in regime change", ["coup", "military_aid", "covert"]],
    ["Vietnam stationed some 40,000 troops in Laos.", "Vietnamese involvement in regime change", ["invasion"]],
    ["Egypt administered the territory rather than annexed it.", "Egyptian involvement in regime change", []],
  ])("extractMethods(%j) under %j → %j", (body, title, expected) => {
    const {interventions} = section(body, title);
    expect(interventions[0].methods).toEqual(expected);
  });

  test("records for every label the triggering sentence, quote, offsets and rule", () => {
    const {doc, cues} = section("Nothing happened at first. Soviet troops crossed the border in 1956.");
    expect(cues).toHaveLength(1);
    const [cue] = cues;
    expect(cue).toMatchObject({document: "t", order: 1, method: "invasion", quote: "crossed the border", sentence: "Soviet troops crossed the border in 1956."});
    expect(doc.text.slice(cue.start, cue.end)).toBe(cue.quote);
    expect(doc.text.split("\n")[cue.line - 1]).toContain(cue.quote);
    expect(cue.rule).toMatch(/^method:invasion#\d+\+actor:subject$/);
  });

  test("a document about no one power labels every state's acts, and a civil war's only foreign ones", () => {
    expect(section("Troops invaded the country.", "A history of things").interventions[0].methods).toEqual(["invasion"]);
    expect(section("The rebels besieged the capital.", "Hungarian Civil War").interventions[0].methods).toEqual([]);
    expect(section("Romanian troops besieged the capital.", "Hungarian Civil War").interventions[0].methods).toEqual(["invasion"]);
  });

  test.each([
    // People who are no armed force do no state's act; an aside's participle tells a place's past.
    ["Many Spanish workmen entered Gibraltar every day.", []],
    ["Protesters attacked the embassy.", []],
    // A war fought in a list item's title: "a series of wars against" is fought; the beginning of a war is its declaration.
    ["- The king won a series of wars against neighboring kingdoms.", ["invasion"]],
    ["- At the beginning of the war, the king stayed home.", []],
    // A noun cue dated outside the row's years (1956) is another episode.
    ["An engineer who had taken part in the 1948 siege arrived in the town.", []],
    ["The 1956 siege of the town lasted a month.", ["invasion"]],
    // A participle after a copula is an adjective; staying out of a war is no part in it.
    ["The rivalry of the great powers in Persia might have remained subdued.", []],
    ["While Germany was uninvolved in the war, Britain invaded Persia.", ["invasion"]],
    ["The lands of Algeciras (destroyed in 1369) were granted to the town.", []],
    // The same cues with an armed subject, or outside an aside, still count.
    ["Spanish troops entered Gibraltar.", ["invasion"]],
    ["The Castilians destroyed Algeciras in 1369.", ["invasion"]],
    // A span of years before a noun cue tells a lasting state, not an act of the row.
    ["Officials labelled this as the celebration of 300 years of British occupation.", []],
    ["British troops began the occupation of the town.", ["invasion"]],
    // An agency's act in a row about another state is done there, though its sentence names no place.
    ["The CIA organized the coup that removed the prime minister.", ["coup", "covert"]],
  ])("extractMethods(%j) in an article about no one power → %j", (body, expected) => {
    expect(section(body, "A history of things").interventions[0].methods).toEqual(expected);
  });
});

describe("extractMethods in another power's article", () => {
  test.each([
    // An organ after a demonym joins the actor after "and"; "<Demonym> intelligence" is a covert act.
    ["British intelligence and the CIA organized the coup that removed the prime minister.", ["coup", "covert"]],
    // Welcoming a coup is no part in it.
    ["London welcomed the coup and supplied the new government with arms.", ["military_aid"]],
    ["British paratroopers landed in Freetown and helped the government defeat the rebels.", ["invasion", "military_aid"]],
    ["The Royal Air Force struck government forces.", ["invasion"]],
  ])("extractMethods(%j) → %j", (body, expected) => {
    expect(section(body, "British involvement in regime change", "Iran").interventions[0].methods).toEqual(expected);
  });
});

describe("powerOfTitle", () => {
  test.each([
    [SOVIET, "iso:RUS"],
    ["Soviet Union in World War II", "iso:RUS"],
    [US, "iso:USA"],
    [RUSSIA, "iso:RUS"],
    ["British involvement in regime change", "iso:GBR"],
    ["Russian conquest of Central Asia", "iso:RUS"],
    ["Foreign interventions by France", "iso:FRA"],
    ["Anglo-French intervention in Egypt", "iso:GBR+FRA"],
    ["European influence in Afghanistan", "region:Europe"],
    ["A history of things", null],
    ["Falklands War", null],
    ["Afghan Civil War (1928–1929)", null],
    ["India–Pakistan border skirmishes (2016–2018)", null],
    ["Timeline of the history of Gibraltar", null],
    // A state named after an act's "of" is what was acted on: the invader is named before, or not at all.
    ["2003 invasion of Iraq", null],
    ["The conquest of Mexico", null],
    ["Turkish invasion of Cyprus", "iso:TUR"],
    ["Foreign interventions of France", "iso:FRA"],
    // A coalition an X leads is no one power's: every member acts.
    ["Saudi Arabian-led intervention in Yemen", null],
    // A title made from a file name has lost its capitals.
    ["United states involvement in regime change", "iso:USA"],
    ["Timeline of united states military operations", "iso:USA"],
  ])("powerOfTitle(%j) → %j", (title, power) => {
    expect(powerOfTitle(title)).toBe(power);
  });

  test("powerOf falls back to the slug", () => {
    expect(powerOf({title: "t", slug: "united-states-involvement", prose: ""})).toBe("iso:USA");
  });
});

describe("findCues", () => {
  testCues([
    ["the Soviet Union invaded Finland", [["invasion", "invaded"]]],
    ["Finland ceded 11 percent of its territory to the Soviet Union", [["annexation", "ceded 11 percent of its territory to the Soviet Union"]]],
    ["the USSR sent 2,000 military advisers and covertly shipped arms", [["military_aid", "military advisers"], ["covert", "covertly"], ["military_aid", "shipped arms"]]],
    ["show elections conducted by the NKVD secret police", [["election", "show elections"], ["covert", "NKVD"], ["covert", "secret police"]]],
    ["The weather was fine.", []],
    // General wordings of each label (no article's: the lexicon's vocabulary, not evidence of generalization).
    ["the army seized power with American support", [["coup", "seized power"]]],
    ["Stalin tried to take power within the Republicans", []],
    ["the United States intervened militarily", [["invasion", "intervened militarily"]]],
    ["the agency spent millions to influence the 1958 election", [["election", "influence the 1958 election"]]],
    ["the United States gave financial support to the Christian Democrats", [["military_aid", "financial support to"]]],
    ["Washington supported the rebels with weapons and money", [["military_aid", "supported the rebels with weapons"]]],
    ["the United States sponsored the insurgency", [["military_aid", "sponsored the insurgency"]]],
    ["arms shipments to the rebels continued", [["military_aid", "arms shipments to"]]],
    ["the United States would prohibit arms sales to Argentina", []],
    ["the agency plotted to kill the prime minister", [["covert", "plotted to kill"]]],
    ["Britain dispatched a punitive expedition against the Ashanti", [["invasion", "punitive expedition"]]],
    ["troops were sent to the Dominican Republic", [["invasion", "troops were sent to"]]],
    ["the British forced the prime minister to resign", [["coup", "forced the prime minister to resign"]]],
    ["the United States backed the Christian Democrats in the 1948 election", [["election", "backed the Christian Democrats in the 1948 election"]]],
    ["the United States provided training to the Contras", [["military_aid", "provided training to"]]],
    ["British officers trained the Omani army", [["military_aid", "trained the Omani army"]]],
    ["the kingdom trained its own army", []],
    ["the Soviet Union supplied the rebels", [["military_aid", "supplied the rebels"]]],
    ["the agency armed and trained an invasion force", [["military_aid", "armed and trained an invasion force"], ["invasion", "invasion"]]],
    ["French paratroopers flew in from Dakar", [["invasion", "paratroopers flew in"]]],
    ["Moscow manipulated the 1947 elections", [["election", "manipulated the 1947 elections"]]],
    ["the agency tried to sway the 1970 election", [["election", "sway the 1970 election"]]],
    ["the US spent $20 million on the 1948 Italian election", [["election", "spent $20 million on the 1948 Italian election"]]],
    ["France airdropped weapons to rebels in the mountains", [["military_aid", "airdropped weapons"]]],
    ["a multinational force restored Aristide to the presidency", [["invasion", "force restored"], ["coup", "restored Aristide to the presidency"]]],
    ["Saudi Arabia funded and armed the royalist tribes", [["military_aid", "funded and armed the royalist tribes"]]],
    ["India acted after training and arming the guerrillas", [["military_aid", "training and arming the guerrillas"]]],
    // Troops deployed to a country entered it, and were sent to help a side: both, as with "2,000 soldiers".
    ["Cuba deployed tens of thousands of soldiers to support the government", [["invasion", "deployed tens of thousands of soldiers to"], ["military_aid", "deployed tens of thousands of soldiers to support"]]],
    ["the agency gave millions of dollars to the Christian Democrats", [["military_aid", "gave millions of dollars to"]]],
    ["the expedition landed on the island", [["invasion", "landed on"]]],
    ["Legion paratroopers were dropped on Kolwezi", [["invasion", "paratroopers were dropped on"]]],
    ["South African forces crossed into Angola", [["invasion", "crossed into"]]],
    ["the Red Army entered the Baltic states", [["invasion", "entered"]]],
    ["China entered the Korean War", [["invasion", "War"]]],
    ["French troops restored President Léon M'ba after the attempt", [["invasion", "troops restored"], ["coup", "restored President"]]],
    ["Operation Serval drove jihadist groups out of northern Mali", [["invasion", "drove jihadist groups out of"]]],
    ["France sent the Foreign Legion to Chad", [["invasion", "sent the Foreign Legion to"]]],
    ["American consultants advised Boris Yeltsin's re-election campaign", [["election", "advised Boris Yeltsin's re-election campaign"]]],
    ["the agency spent millions supporting the opposition candidate", [["election", "supporting the opposition candidate"]]],
    ["they helped the communists falsify the results of the general election", [["election", "falsify the results of the general election"]]],
    ["military intelligence hacked the party's servers", [["covert", "hacked"]]],
    ["Belgian officers were involved in the killing of Patrice Lumumba", [["covert", "involved in the killing of"]]],
    ["Washington interfered by funding the Christian Democrats", [["military_aid", "funding the Christian Democrats"]]],
    ["the SAS carried out a raid on Pebble Island", [["covert", "SAS"], ["invasion", "raid"]]],
    // Arms sent into a country are an invasion, not aid.
    ["Moscow sent tanks into Budapest", [["invasion", "sent tanks into"]]],
    // Troops sent to prop up a side, however many words and figures between; a side supported, helped or backed.
    ["Cuba sent a tank battalion and several hundred troops to aid Algeria", [["military_aid", "sent a tank battalion and several hundred troops to aid"]]],
    ["Cuba dispatched 25,000 combat troops to Angola to support the MPLA government", [["invasion", "dispatched 25,000 combat troops to"], ["military_aid", "dispatched 25,000 combat troops to Angola to support"]]],
    ["The Soviet Union sent 1,000 troops into Afghanistan to support Amanullah Khan", [["invasion", "sent 1,000 troops into"]]],
    ["Russian warplanes carried out airstrikes in support of Bashar al-Assad's government", [["invasion", "airstrikes"], ["military_aid", "in support of Bashar al-Assad's government"]]],
    ["Chile gave support to the UK", [["military_aid", "gave support to"]]],
    ["Britain gave diplomatic support to the rebels", []],
    ["instructors were sent to train the national army", [["military_aid", "train the national army"]]],
    ["The Quds Force organised and armed the Badr Organization", [["military_aid", "organised and armed"]]],
    ["Zaire supported the government of Angola", []],
    ["the IRGC sent advisers to prop up the Assad government", [["military_aid", "sent advisers to prop up"]]],
    ["the rebels fought to defend the government", [["military_aid", "to defend the government"]]],
    ["Rwanda and Uganda armed and led the AFDL rebels", [["military_aid", "armed and led the AFDL rebels"]]],
    ["tribesmen, armed and transported by Pakistan, crossed the border", [["military_aid", "armed and transported by"], ["invasion", "crossed the border"]]],
    // Moving deep into, through a pass into, or into a state's territory or airspace; an attack launched on; taking back.
    ["Russian troops advanced deep into undisputed Georgian territory", [["invasion", "advanced deep into"]]],
    ["Indian jets violated Pakistani airspace", [["invasion", "violated Pakistani airspace"]]],
    ["the column pushed into undisputed Afghan territory", [["invasion", "pushed into undisputed Afghan territory"]]],
    ["the column pushed into northern Afghan territory", [["invasion", "pushed into"]]],
    ["the army moved through the Roki Tunnel into South Ossetia", [["invasion", "moved through the Roki Tunnel into"]]],
    ["China launched a punitive attack on northern Vietnam, capturing Lang Son", [["invasion", "launched a punitive attack on"], ["invasion", "capturing"]]],
    ["Libya sent its army deep into northern Chad", [["invasion", "sent its army deep into"]]],
    ["the British retook the South Sandwich Islands", [["invasion", "retook"]]],
    // A government installed by name; a territory merged into a state.
    ["Vietnam installed the People's Republic of Kampuchea", [["coup", "installed the People's Republic"]]],
    ["Sikkim was merged into India", [["annexation", "was merged into"]]],
    ["the two parties merged into one", []],
    // Forces encircled or routed; arms airlifted; a war effort financed; a conquest declared a province; a direction before the name entered.
    ["Israeli forces encircled the Egyptian Third Army", [["invasion", "encircled"]]],
    ["a British army stormed the fortress of Magdala", [["invasion", "stormed"]]],
    ["the crowd stormed out of the hall", []],
    ["the allies encircled the city", []],
    ["Operation Nickel Grass, an airlift of tanks and ammunition to Israel", [["military_aid", "airlift of tanks"]]],
    ["Saudi Arabia and Kuwait financed Iraq's war effort", [["military_aid", "financed Iraq's war effort"]]],
    ["Saudi Arabia supplied the royalists", [["military_aid", "supplied the royalists"]]],
    ["the Soviet Union propped up the communist government in Kabul", [["military_aid", "propped up the communist government"]]],
    ["Italy dispatched the Corpo Truppe Volontarie, some 50,000 men, to fight for the Nationalists", [["military_aid", "dispatched the Corpo Truppe Volontarie, some 50,000 men, to fight for"]]],
    ["The United States covertly funded UNITA and the FNLA", [["covert", "covertly"], ["military_aid", "funded"]]],
    ["the state funded the World Cup", []],
    // Covert wordings: disinformation, bribes, leaked emails, infiltration, abduction.
    ["Soviet active measures and disinformation", [["covert", "active measures"], ["covert", "disinformation"]]],
    ["the agency bribed deputies and leaked stolen emails", [["covert", "bribed"], ["covert", "leaked stolen emails"]]],
    ["agents infiltrated the trade unions", [["covert", "infiltrated the trade unions"]]],
    ["militants infiltrated across the border", []],
    ["Israeli agents abducted Adolf Eichmann", [["covert", "Israeli agents"], ["covert", "abducted"]]],
    // Money into a campaign, a win secured or engineered, a campaign run for re-election.
    ["The CIA poured millions of dollars into the campaign of the Christian Democrats", [["covert", "CIA"], ["election", "poured millions of dollars into the campaign"]]],
    ["the army poured troops into the campaign", []],
    ["The agency worked to secure the election of Eduardo Frei", [["election", "to secure the election of"]]],
    ["Moscow engineered a communist victory in the elections", [["election", "engineered a communist victory in the elections"]]],
    ["American officials helped Ramon Magsaysay win the presidency", [["election", "helped Ramon Magsaysay win the presidency"]]],
    ["U.S. advisers helped run Boris Yeltsin's campaign for re-election", [["election", "run Boris Yeltsin's campaign for re-election"]]],
    ["Saddam Hussein declared it Iraq's 19th province", [["annexation", "declared it Iraq's 19th province"]]],
    ["Turkish troops entered northern Iraq", [["invasion", "entered"]]],
  ]);
});

describe("resolveAgent", () => {
  test.each([
    ["Germany invaded Poland on September 1, 1939", "invaded", "Germany"],
    ["Nazi Germany attacked the Soviet Union and, within weeks, occupied the Baltic states", "occupied", "Germany"],
    ["Part of Finland was annexed by the Soviet Union", "annexed", "Soviet Union"],
    ["the Soviet Union, Bulgaria, Poland and Hungary invaded Czechoslovakia", "invaded", "Soviet Union;Bulgaria;Poland;Hungary"],
    ["Stalin waited until September 17 before launching his own invasion of Poland", "invasion", "Soviet Union"],
    ["with the support of China, he tried to overthrow the pro-Soviet government", "overthrow", ""],
    ["The Vietnamese invasion was supported by the Soviet Union", "invasion", "Vietnam"],
    ["Stalin provided arms and, unlike Germany and Italy, did this covertly", "covertly", "Soviet Union"],
    ["these three countries were invaded, occupied and incorporated into the Soviet Union", "invaded", ""],
    ["About 1,400 Soviets, 700 East German and 500 Cuban instructors arrived", "instructors", "Soviet Union;East Germany;Cuba"],
    // Inside an aside, the subject is in it or right before it.
    ["armed tribesmen, which included Waziri, Wardak, Ghilzai and Tajik tribesmen, but also more recently the Mangal tribesmen (who recently were at war with Amanullah's government) trickled into the capital", "war", ""],
    ["the Soviet Union (which invaded Finland that winter) was expelled", "invaded", "Soviet Union"],
    // A war named after a preposition opening the sentence is named, not fought.
    ["During the Russo-Persian War (1804–13) British agents were active in Persia", "War", ""],
    ["Following the Russo-Persian War (1722–23) Russia briefly occupied the west side of the Caspian Sea", "War", ""],
    ["In 1804 Russia and Persia fought the Russo-Persian War", "War", "Russia;Persia"],
    // The name before "defeat" is the side that lost.
    ["after the Argentine defeat at Goose Green, Venezuela offered to send paratroopers", "defeat", ""],
    ["Napoleon's defeat at Waterloo ended the war", "defeat", ""],
    ["Britain defeated France at Waterloo", "defeated", "United Kingdom"],
    // A state's organ after its possessive name is one conjunct of the subject.
    ["In 1953 the CIA and Britain's MI6 organised the overthrow of the prime minister", "overthrow", "United States;United Kingdom;United Kingdom"],
  ])("resolveAgent(%j, %j) → %j", (text, word, actor) => {
    const cue = findCues(text).find((c) => text.slice(c.start, c.end).includes(word))!;
    expect(cue).toBeDefined();
    // Leaders are learned from the text ("Soviet leader Joseph Stalin"), never listed by hand.
    const agent = resolveAgent(text, scanMentions(text, castOfTitle(SOVIET, "Soviet leader Joseph Stalin spoke.")), cue);
    expect(agent.mentions.map((m) => m.actor).join(";")).toBe(actor);
  });
});

describe("scanMentions", () => {
  test.each([
    ["Germany invaded Poland", [["Germany", "subject"], ["Poland", "victim"]]],
    ["the pro-Soviet government", [["Soviet Union", "compound"]]],
    ["at the request of the Mongolian People's Party", [["Mongolia", "oblique"]]],
    ["with Soviet support", [["Soviet Union", "backing"]]],
    ["the Soviet-installed government", [["Soviet Union", "backing"]]],
    // A demonym and a name with one space between are one place, in one role.
    ["French bombers, based in French Morocco, raided Gibraltar", [["France", "subject"], ["France", "oblique"], ["Morocco", "oblique"], ["Gibraltar", "victim"]]],
    // A body of troops "of" a state opening a clause is that state.
    ["In 1934, two brigades of about 7,000 Soviet troops crossed the border", [["Soviet Union", "subject"]]],
    ["The Marinids defeated an army of Castile", [["Morocco", "subject"], ["Spain", "oblique"]]],
  ])("scanMentions(%j) → %j", (text, expected) => {
    expect(scanMentions(text, castOfTitle(SOVIET)).map((m) => [m.actor, m.role])).toEqual(expected);
  });
});

test("scanMentions: a name right after a state's own name or its capital starts the clause (only after a demonym do the two make one place)", () => {
  const cast = castOfTitle(SOVIET, "Soviet leader Joseph Stalin spoke.");
  expect(scanMentions("from Moscow Stalin ordered the invasion", cast).map((m) => [m.actor, m.role])).toEqual([["Soviet Union", "oblique"], ["Soviet Union", "subject"]]);
  expect(scanMentions("based in French Morocco", cast).map((m) => [m.actor, m.role])).toEqual([["France", "oblique"], ["Morocco", "oblique"]]);
});

test("findCues: a cue ends at its last word, not at the space its pattern took ('captured ', 'fell to the ')", () => {
  for (const text of ["the Red Army captured Vienna", "Algeciras fell to the Castilians", "South African forces crossed into Angola"]) {
    for (const c of findCues(text)) expect(text.slice(c.start, c.end)).toBe(text.slice(c.start, c.end).trim());
  }
});

describe("rule tables: every example phrase matches its own pattern", () => {
  // Context rules are anchored to the text before (`…$`) or after (`^…`) a name or cue; their
  // examples are phrases that contain that context, so the anchors are dropped here.
  const unanchored = (p: RegExp) => new RegExp(p.source.replace(/^\^/, "").replace(/\$$/, ""), p.flags.replace("g", ""));
  const tables: Record<string, readonly (readonly [RegExp, string | {name: string}, string])[]> = {
    METHOD_CUES,
    CLIENT_CUES,
    AGENT_AFTER,
    GOVERNING_WORDS,
    MENTION_CONTEXT,
    HISTORICAL_STATES,
    STATE_ORGANS,
    STATE_ABBREVIATIONS,
    COALITIONS,
    TITLE_SHAPES,
    REGION_POWERS,
    LEADER_CONTEXT,
    BACKING_BEFORE,
    BACKING_AFTER,
    RULER_TITLES,
    single: [NEGATION, NEGATION_AFTER, PACT_PERMITS, PROPOSAL_TERMS, ADJECTIVAL_PARTICIPLE, CIVILIAN_SUBJECT, WAR_NAMED_AFTER, WAR_START, YEAR_BEFORE_CUE, PASSIVE, PRONOUNS, BACKING_VERB, EQUIPMENT_AFTER, RECIPIENT_CUE, OTHER_AGENT_VERB, LOCATIVE_BEFORE, WAR_JOINED, FORCES_HIT, COORDINATED_ACTS, FORCES_HIT_MORE, DURATION_BEFORE, SUBJECT_TAKEN, CARRIED_ACT, PURPOSE_CUE, POWER_IN_INTERNAL, EVENT_NAME_WORD, NOT_TERRITORY_AFTER, NOT_MILITARY, NOT_MILITARY_BEFORE, DENIED_AFTER, FORCES_NAMED, DENIAL, SENDING_VERB, OBJECT_ACT_END, FINITE_VERB_CUE, NOT_ASSERTED_BEFORE, RELATIVE_CLAUSE, HELPED_BEFORE, DEPOSITION_NOUN, MONEY_FOR_VOTES, MONEY_NOT_ARMS, ORGAN_ABBREVIATION, POSSESSED_FORCES, COMPANY_SHORT_NAME, OPERATION_NAMED, NAMED_SUBJECT_BEFORE, BY_NO_FORCE_AFTER, NAMED_AS_HELP, GIVER_IN_CUE, PERMITTED_BEFORE, BASES_LENT, SUBORDINATE_SUBJECT, FORCES_ALONGSIDE, OPERATION_SUBJECT, OPERATION_AFTER, ACT_OPENS_SENTENCE, ACT_AS_SUBJECT_AFTER, POSSESSOR_SUFFERED, PARTICIPLE_OPENS, KIN_VICTIM, BACKING_CLAIMED, RULER_OPENS],
  };
  const rows = Object.entries(tables).flatMap(([table, rules]) => rules.map(([pattern, label, example]) => [table, typeof label === "string" ? label : label.name, example, pattern] as const));
  test.each(rows)("%s %s: %j", (_table, _label, example, pattern) => {
    expect(unanchored(pattern).test(example)).toBe(true);
  });

  test("every OPERATIONS_LIST_SHAPES entry is a power-shaped TITLE_SHAPES example", () => {
    for (const example of OPERATIONS_LIST_SHAPES) expect(TITLE_SHAPES.some(([, label, e]) => e === example && label === "power")).toBe(true);
  });

  test("every method label has cues, and every cue's label is a method", () => {
    expect(new Set(METHOD_CUES.map(([, label]) => label))).toEqual(new Set(METHODS));
  });
});

describe("powerOfTitle (any country)", () => {
  test.each([
    ["Libyan involvement in regime change", "iso:LBY"],
    ["Indian involvement in regime change", "iso:IND"],
    ["South African involvement in regime change", "iso:ZAF"],
    ["Soviet involvement in regime change", "iso:RUS"],
    ["A history of nothing in particular", null],
    // Capitals are metonyms in the text, not the power of a title.
    ["The Tripoli Agreement", null],
    // A state's part in another's civil war: the state before "involvement" is the power; "foreign" names none.
    ["Russian involvement in the Syrian civil war", "iso:RUS"],
    ["Foreign involvement in the Spanish Civil War", null],
    ["Afghan Civil War (1928–1929)", null],
    // A state named after "in" is where the power acted, not the power; a group of states may be.
    ["Foreign intervention in Iran", null],
    ["Western intervention in Russia", "region:Western"],
    ["Arab intervention in Yemen", "region:Arab League"],
    // A timeline or list of one power's operations is that power's article; a timeline of a place, or of wars a state took part in, is not.
    ["Timeline of United States military operations", "iso:USA"],
    ["List of French military interventions", "iso:FRA"],
    ["List of wars involving France", null],
    ["Timeline of the history of Gibraltar", null],
  ])("powerOfTitle(%j) → %j", (title, power) => {
    expect(powerOfTitle(title)).toBe(power);
  });

  test("a country with no hand-made aliases still labels its own acts", () => {
    const doc = parseDocument("= Libyan involvement in regime change =\n\n==== 1980: Chad ====\n\nLibya invaded Chad and occupied the Aouzou Strip.\n", "libya.txt");
    const sentences = splitSentences(doc);
    const interventions = extractInterventions(doc);
    extractMethods(doc, sentences, interventions);
    expect(interventions[0].methods).toContain("invasion");
  });
});

describe("scanMentions (lists)", () => {
  test.each([
    ["in Kyiv, Russian special forces seized Crimea.", "Russian", "subject"],
    ["unlike Germany and Italy, the Soviet Union acted covertly.", "Italy", "oblique"],
  ])("scanMentions(%j): %s is %s", (text, name, role) => {
    const mention = scanMentions(text, castOfTitle(RUSSIA)).find((m) => m.text === name);
    expect(mention?.role).toBe(role);
  });
});

// Phrasings of a power's regime-change article, in our own words (general English, not quoted
// from any article): each dated section's labels, as gold/README.md defines them.
describe("extractMethods on a power's article: phrasings of aid, elections, coups and landings", () => {
  const cases: [heading: string, sentence: string, methods: string[]][] = [
    ["1953: Iran", "The CIA and MI6 orchestrated the overthrow of Prime Minister Mohammad Mosaddegh.", ["coup", "covert"]],
    ["1954: Guatemala", "The United States backed a coup that ousted President Jacobo Árbenz.", ["coup"]],
    ["1961: Cuba", "CIA-trained Cuban exiles landed at the Bay of Pigs in a failed attempt to topple Fidel Castro.", ["coup", "military_aid", "covert"]],
    ["1948: Italy", "The U.S. funded the Christian Democrats and interfered in the Italian general election.", ["election"]],
    ["1964: Chile", "Washington covertly financed the presidential campaign of Eduardo Frei.", ["election", "covert"]],
    ["1965: Dominican Republic", "President Johnson sent 22,000 Marines to the island.", ["invasion"]],
    ["1983: Grenada", "American forces invaded the island and deposed the revolutionary government.", ["invasion", "coup"]],
    ["1989: Panama", "U.S. troops invaded Panama and removed Manuel Noriega from power.", ["invasion", "coup"]],
    ["1981–1990: Nicaragua", "The Reagan administration armed, trained and funded the Contra rebels.", ["military_aid"]],
    ["1979–1989: Afghanistan", "The CIA supplied weapons and billions of dollars to the mujahideen through Operation Cyclone.", ["military_aid", "covert"]],
    ["1960: Congo", "The CIA plotted to assassinate Patrice Lumumba.", ["covert"]],
    ["1973: Chile", "The United States supported the military coup led by Augusto Pinochet.", ["coup"]],
    ["2003: Iraq", "A U.S.-led coalition invaded Iraq and toppled Saddam Hussein.", ["invasion", "coup"]],
    ["2011: Libya", "NATO aircraft, led by the United States, bombed government forces.", ["invasion"]],
    ["1893: Hawaii", "American businessmen, backed by U.S. Marines, overthrew Queen Liliuokalani; the islands were annexed in 1898.", ["coup", "annexation"]],
    ["1947–1949: Greece", "Washington provided military aid and advisers to the Greek government against the communist insurgents.", ["military_aid"]],
    ["1996: Russia", "American consultants helped the Yeltsin campaign win the election.", ["election"]],
    ["1958: Lebanon", "The United States landed 14,000 troops in Beirut at the request of President Chamoun.", ["invasion"]],
  ];
  const text = ["= United States involvement in regime change =", "", "== Cold War ==", "", ...cases.flatMap(([h, s]) => [`=== ${h} ===`, "", s, ""])].join("\n");
  const rows = runPipeline([{file: "us.txt", slug: "us", text, bytes: text.length, warnings: []}]).interventions;
  test.each(cases.map(([h, s, m], i) => [h, s, m, i] as const))("%s: %s → %j", (_h, _s, methods, i) => {
    expect([...rows[i].methods].sort()).toEqual([...methods].sort());
  });
});

describe("extractMethods on a power's article: what the sentence's other words say of the cue", () => {
  const cases: [heading: string, sentence: string, methods: string[]][] = [
    // A participle in an adjective's place arms no one.
    ["2004: Haiti", "President Aristide left Haiti aboard a U.S. aircraft as armed rebels approached Port-au-Prince.", []],
    // A claim its alleged actor denied is no act the text asserts.
    ["2004: Haiti", "Aristide later said that he had been kidnapped by American forces, a claim the United States denied.", []],
    ["2004: Haiti", "United States Marines, followed by French and Canadian troops, arrived in the capital the same week.", ["invasion"]],
    ["1971: Bolivia", "The United States provided the plotters with financial support.", ["military_aid"]],
    ["1971: Bolivia", "The United States provided the new government with diplomatic support.", []],
    // Bombers that others fly are equipment, not an attack.
    ["1958: Indonesia", "The CIA supplied the rebels with weapons and a small air force of B-26 bombers flown by American pilots.", ["military_aid", "covert"]],
  ];
  const text = ["= United States involvement in regime change =", "", "== Cold War ==", "", ...cases.flatMap(([h, s]) => [`=== ${h} ===`, "", s, ""])].join("\n");
  const rows = runPipeline([{file: "us.txt", slug: "us", text, bytes: text.length, warnings: []}]).interventions;
  test.each(cases.map(([h, s, m], i) => [h, s, m, i] as const))("%s: %s → %j", (_h, _s, methods, i) => {
    expect([...rows[i].methods].sort()).toEqual([...methods].sort());
  });
});

describe("extractMethods on British and French articles: forces named by their organ, their deeds, and 'they' after a semicolon", () => {
  const cases: [title: string, heading: string, sentence: string, methods: string[]][] = [
    ["British involvement in regime change", "1964: Tanganyika", "45 Commando of the Royal Marines was landed from HMS Centaur and disarmed the mutineers.", ["invasion"]],
    ["British involvement in regime change", "2000: Sierra Leone", "The force of around 1,200 paratroopers and Royal Marines soon secured the airport.", ["invasion"]],
    ["British involvement in regime change", "1953: British Guiana", "Britain suspended the constitution and sent warships and some 700 troops to Georgetown.", ["invasion"]],
    ["French involvement in regime change", "1964: Gabon", "De Gaulle ordered French troops stationed in Dakar to intervene; they landed in Libreville the following day and restored M'ba to office.", ["invasion", "coup"]],
    ["French involvement in regime change", "1979: Central African Republic", "French paratroopers of the SDECE's Operation Caban flew into Bangui and installed the former president David Dacko in his place.", ["invasion", "coup", "covert"]],
    ["French involvement in regime change", "1994: Rwanda", "French troops had helped repel the Rwandan Patriotic Front's offensive in 1993.", ["military_aid"]],
    // A purpose to restore a government is its act too.
    ["Saudi Arabian involvement in regime change", "2015: Yemen", "Saudi Arabia began airstrikes against the Houthis to restore the government of President Hadi.", ["invasion", "coup"]],
    // A fight with a side is against it.
    ["French involvement in regime change", "1964: Gabon", "French troops landed in Libreville and restored M'ba to office after a brief fight with the rebels.", ["invasion", "coup"]],
    // Troops without insignia are disguised; a vote held under a state's occupation is staged by it.
    ["Russian involvement in regime change", "2014: Ukraine", "Unmarked Russian soldiers seized key installations across the peninsula.", ["covert"]],
    ["Russian involvement in regime change", "2014: Ukraine", "The referendum was held under Russian military occupation.", ["election"]],
    // An accusation (denied) and a call to act are no acts; a relative clause after another's name has its own subject.
    ["Iranian involvement in regime change", "2014: Yemen", "Iran has been accused of smuggling missiles to the Houthis, who seized Sanaa and ousted President Hadi.", []],
    ["Iranian involvement in regime change", "1980: Iraq", "Tehran's radio broadcasts called on Iraqi Shia to overthrow Saddam Hussein.", []],
    ["Iranian involvement in regime change", "2004: Iraq", "The Quds Force armed Shia militias such as Kata'ib Hezbollah, which attacked American troops.", ["military_aid"]],
    ["Israeli involvement in regime change", "1982: Lebanon", "Israel backed the election of Bachir Gemayel as president.", ["election"]],
    ["Israeli involvement in regime change", "1976: Uganda", "Israeli commandos flew 4,000 kilometres to Entebbe Airport and freed the hostages.", ["invasion", "covert"]],
    // "hundred" is a number, not a verb taking the name as its object.
    ["Russian involvement in regime change", "2021: Mali", "From December 2021, several hundred Wagner Group mercenaries deployed to Mali, where they trained the Malian army.", ["military_aid"]],
  ];
  test.each(cases)("%s, %s: %s → %j", (title, heading, sentence, methods) => {
    expect([...sectionRow(title, heading, sentence, "Cold War").methods].sort()).toEqual([...methods].sort());
  });
});

describe("extractMethods on power articles: an upheaval after the power's act, commanders by their command, paid-for units, votes rewritten", () => {
  const cases: [title: string, heading: string, text: string, methods: string[]][] = [
    // A deposition told with no agent right after the power's own act is the power's doing; told alone, it is not.
    ["British involvement in regime change", "1941: Iran", "In August 1941, British and Soviet forces invaded Iran. Reza Shah was forced to abdicate in favour of his son.", ["invasion", "coup"]],
    ["British involvement in regime change", "1941: Iran", "Reza Shah was forced to abdicate in favour of his son.", []],
    ["British involvement in regime change", "1941: Iraq", "British forces landed at Basra and advanced on Baghdad. The war ended with the restoration of the Regent, Abd al-Ilah.", ["invasion", "coup"]],
    // A person who "commanded the British forces" stands for Britain; "in northern Persia" is where, not who.
    ["British involvement in regime change", "1921: Persia", "General Edmund Ironside, who commanded the British forces in northern Persia, had encouraged the officers and provided them with ammunition and pay.", ["military_aid"]],
    ["Russian influence in Persia", "The Persian Cossack Brigade, 1879–1921", "Russian officers formed and commanded the Persian Cossack Brigade, which Russia paid for and equipped.", ["military_aid"]],
    ["British involvement in regime change", "1961–1965: British Guiana", "London changed the electoral system to proportional representation to keep Cheddi Jagan out of office.", ["election"]],
    ["British involvement in regime change", "1961–1965: British Guiana", "MI6 and the CIA funded strikes and riots against his government.", ["military_aid", "covert"]],
    // Paratroopers dispatched from a base, troops under a defence agreement, a named operation with a military aim.
    ["French involvement in regime change", "1964: Gabon", "Paris dispatched paratroopers from Dakar and Brazzaville. They retook Libreville within two days and put M'ba back in power.", ["invasion", "coup"]],
    ["French involvement in regime change", "1966–1967: Chad", "France backed the government of François Tombalbaye against FROLINAT rebels, sending troops under a defence agreement.", ["invasion", "military_aid"]],
    ["French involvement in regime change", "2013: Mali", "At the request of the interim government, France launched Operation Serval to halt an Islamist advance on Bamako.", ["invasion"]],
    ["French involvement in regime change", "1960–1963: Cameroon", "French officers led the counter-insurgency against the Union of the Peoples of Cameroon on behalf of President Ahmadou Ahidjo.", ["military_aid"]],
    ["French involvement in regime change", "1977: Zaire", "In Operation Verveine, French transport aircraft flew Moroccan troops to Shaba province to repel an invasion by Katangan rebels.", ["military_aid"]],
    // Money for a side in a sentence about a vote is interference in the vote; arms told from the arms; "the agency" is the service named before.
    ["United States involvement in regime change", "1957: Lebanon", "The CIA provided cash to President Camille Chamoun and to pro-Western candidates in the parliamentary elections.", ["election", "covert"]],
    ["United States involvement in regime change", "1990: Nicaragua", "The National Endowment for Democracy spent millions on the opposition coalition of Violeta Chamorro, who defeated the Sandinistas at the polls.", ["election"]],
    ["United States involvement in regime change", "1958: Indonesia", "The CIA supported the PRRI and Permesta rebellions with arms, aircraft and pilots.", ["military_aid", "covert"]],
    ["United States involvement in regime change", "1962: Dominican Republic", "Rafael Trujillo was assassinated with weapons supplied by the CIA.", ["military_aid", "covert"]],
    ["United States involvement in regime change", "1970–1973: Chile", "Nixon ordered the CIA to prevent Salvador Allende from taking office. The agency financed opposition newspapers and truckers' strikes.", ["election", "military_aid", "covert"]],
  ];
  testSectionRows(cases);

  test("an Azerbaijan row that tells of Tabriz is Iran's province", () => {
    const text = ["= Soviet involvement in regime change =", "", "== Cold War ==", "", "=== 1945–1946: Azerbaijan ===", "", "Soviet troops stayed in northern Iran, and the Azerbaijan People's Government was proclaimed in Tabriz.", ""].join("\n");
    const [row] = runPipeline([{file: "t.txt", slug: "t", text, bytes: text.length, warnings: []}]).interventions;
    expect(row.target_iso3).toEqual(["IRN"]);
  });
});

describe("extractMethods on lists of other powers' interventions: forces after a hedge, relative clauses, coups foiled", () => {
  const cases: [title: string, item: string, methods: string[]][] = [
    ["Foreign interventions by Cuba", "1965 – Congo-Léopoldville: Che Guevara led about 100 Cuban fighters who trained and fought alongside the Simba rebels in South Kivu.", ["military_aid"]],
    // "About" before a number hedges it: the troops after it are the clause's subject.
    ["Foreign interventions by Cuba", "1977–1978 – Ethiopia: About 15,000 Cuban troops, backed by Soviet advisers and equipment, helped Ethiopia defeat the Somali invasion of the Ogaden.", ["military_aid"]],
    ["Foreign interventions by Cuba", "1975–1991 – Angola: In Operation Carlota, Cuba airlifted and shipped some 36,000 troops to Angola.", ["invasion"]],
    ["Foreign interventions by India", "1971 – East Pakistan: India armed and trained the Mukti Bahini.", ["military_aid"]],
    // The agent of the coup foiled is not the one who foiled it.
    ["Foreign interventions by India", "1988 – Maldives: Indian paratroopers were flown to Malé and foiled a coup attempt by Sri Lankan mercenaries.", ["invasion", "military_aid"]],
    ["Foreign interventions by China", "1950–1953 – Korea: The People's Volunteer Army entered the war in October 1950 and pushed United Nations forces back across the 38th parallel.", ["invasion"]],
  ];
  test.each(cases)("%s: %s → %j", (title, item, methods) => {
    const text = [`= ${title} =`, "", "== Interventions ==", "", `- ${item}`, ""].join("\n");
    const [row] = runPipeline([{file: "t.txt", slug: "t", text, bytes: text.length, warnings: []}]).interventions;
    expect([...row.methods].sort()).toEqual([...methods].sort());
  });
});

describe("extractMethods: interference in votes in many phrasings", () => {
  const cases: [title: string, heading: string, sentence: string, methods: string[]][] = [
    ["United States involvement in regime change", "1955: Indonesia", "The CIA gave about $1 million to the Masyumi party ahead of the 1955 legislative election.", ["election", "covert"]],
    ["United States involvement in regime change", "1990: Nicaragua", "The US provided $9 million to the opposition through the National Endowment for Democracy before the vote.", ["election"]],
    ["United States involvement in regime change", "1964: Chile", "The CIA paid for more than half of Eduardo Frei's campaign.", ["election", "covert"]],
    // An election intervened in is interfered with, not invaded.
    ["United States involvement in regime change", "1996: Russia", "The United States intervened in the 1996 Russian presidential election to help Boris Yeltsin win.", ["election"]],
    ["United States involvement in regime change", "1970: Chile", "The CIA ran a propaganda campaign to stop Salvador Allende winning the presidential election.", ["election", "covert"]],
    ["United States involvement in regime change", "1953: Philippines", "The CIA helped Ramon Magsaysay get elected president.", ["election", "covert"]],
    ["United States involvement in regime change", "1957: Syria", "The CIA tried to buy votes in the parliamentary elections.", ["election", "covert"]],
    ["Russian involvement in regime change", "1999: Ukraine", "Moscow openly campaigned for the pro-Russian candidate.", ["election"]],
    ["Russian involvement in regime change", "2016: United States", "Russian intelligence hacked the Democratic National Committee and released its emails to damage Hillary Clinton's campaign.", ["election", "covert"]],
    ["Russian involvement in regime change", "2014: Ukraine", "Russia held a referendum on the annexation of Crimea.", ["annexation", "election"]],
    ["Russian involvement in regime change", "2014: Ukraine", "A referendum was held under the watch of Russian troops.", ["election"]],
    // A campaign's papers leaked is interference, and its campaign no military one; civic groups funded before a vote.
    ["Russian involvement in regime change", "2017: France", "Russian hackers leaked thousands of emails from Emmanuel Macron's campaign two days before the vote.", ["election", "covert"]],
    ["United States involvement in regime change", "1990: Czechoslovakia", "The NED funded civic groups and independent media ahead of the first free elections.", ["election"]],
    ["Soviet involvement in regime change", "1940: Latvia", "Elections were held under the supervision of the Red Army.", ["election"]],
    // Winning a war is no vote; money for arms is aid whatever the sentence says of votes.
    ["Soviet involvement in regime change", "1945–1950: China", "The USSR and the USA made sure that they stayed at peace to stop the Japanese from winning.", []],
    ["United States involvement in regime change", "1948: Greece", "The United States gave $300 million in military aid to the government before the election.", ["military_aid"]],
  ];
  testSectionRows(cases);
});

describe("extractMethods on any power's article: its organs, seats of government and forces", () => {
  const cases: [title: string, heading: string, sentence: string, methods: string[]][] = [
    ["Indian involvement in regime change", "1971: East Pakistan", "R&AW trained and armed the Mukti Bahini guerrillas.", ["military_aid", "covert"]],
    ["Indian involvement in regime change", "1987–1990: Sri Lanka", "The Indian Peace Keeping Force (IPKF) was formed in 1987. The IPKF occupied Jaffna.", ["invasion"]],
    ["South African involvement in regime change", "1975–1988: Angola", "The SADF invaded southern Angola and Pretoria armed UNITA.", ["invasion", "military_aid"]],
    ["Saudi Arabian involvement in regime change", "2011: Bahrain", "Riyadh sent 1,000 troops across the causeway to help crush the protests.", ["invasion", "military_aid"]],
    ["Iranian involvement in regime change", "2014–present: Iraq", "The IRGC's Quds Force organised Shia militias.", ["military_aid"]],
    ["Rwandan involvement in regime change", "1996–1997: Zaire", "Kigali organised the AFDL rebellion that toppled Mobutu Sese Seko.", ["coup", "military_aid"]],
    ["Ugandan involvement in regime change", "1998: DR Congo", "The UPDF occupied much of north-eastern Congo.", ["invasion"]],
    ["Ethiopian involvement in regime change", "2006: Somalia", "Ethiopian troops drove the Islamic Courts Union from Mogadishu and installed the Transitional Federal Government.", ["invasion", "coup"]],
  ];
  testSectionRows(cases);
});

describe("extractMethods: land taken and agents, in more phrasings", () => {
  const cases: [title: string, heading: string, sentence: string, methods: string[]][] = [
    ["Soviet involvement in regime change", "1940: Lithuania", "The Soviet Union incorporated Lithuania as the Lithuanian SSR.", ["annexation"]],
    ["Soviet involvement in regime change", "1945: Japan", "The Soviet Union seized the Kuril Islands and South Sakhalin and made them part of the RSFSR.", ["invasion", "annexation"]],
    ["Chinese involvement in regime change", "1950: Tibet", "The People's Liberation Army entered Tibet and Lhasa was brought under Chinese control.", ["invasion", "annexation"]],
    ["Indonesian involvement in regime change", "1975: East Timor", "Indonesia invaded East Timor and declared it the country's 27th province.", ["invasion", "annexation"]],
    ["Soviet involvement in regime change", "1940: Mexico", "A Soviet agent, Ramón Mercader, killed Leon Trotsky with an ice axe.", ["covert"]],
    // Protectorates, client and puppet states.
    ["French involvement in regime change", "1881: Tunisia", "France established a protectorate over Tunisia by the Treaty of Bardo.", ["annexation"]],
    ["French involvement in regime change", "1912: Morocco", "The Treaty of Fez placed Morocco under French protection.", ["annexation"]],
    ["British involvement in regime change", "1882: Egypt", "Egypt became a de facto British protectorate.", ["annexation"]],
    ["Japanese involvement in regime change", "1932: Manchuria", "Japan set up the puppet state of Manchukuo under the last Qing emperor, Puyi.", ["coup"]],
    ["German involvement in regime change", "1938: Austria", "German troops marched into Austria and the Anschluss was proclaimed the next day.", ["invasion", "annexation"]],
    ["German involvement in regime change", "1939: Czechoslovakia", "Germany occupied the rest of the Czech lands and turned Slovakia into a client state.", ["invasion", "coup"]],
  ];
  testSectionRows(cases);
});

describe("extractMethods: rulers replaced, proclaimed, removed, restored", () => {
  const cases: [title: string, heading: string, sentence: string, methods: string[]][] = [
    ["Soviet involvement in regime change", "1979: Afghanistan", "Soviet special forces stormed the Tajbeg Palace, killed Hafizullah Amin and replaced him with Babrak Karmal.", ["invasion", "coup", "covert"]],
    ["British involvement in regime change", "1880: Afghanistan", "The British proclaimed Abdur Rahman Khan amir of Kabul in July 1880.", ["coup"]],
    // The upheaval first, the power's act after it in the same sentence.
    ["British involvement in regime change", "1879: Afghanistan", "Yaqub Khan was forced to abdicate after British troops occupied Kabul.", ["invasion", "coup"]],
    ["United States involvement in regime change", "1963: Iraq", "The CIA backed the Ba'athist officers who killed Abd al-Karim Qasim and took power.", ["coup", "covert"]],
    ["French involvement in regime change", "1979: Central African Republic", "French paratroopers landed in Bangui, removed Emperor Bokassa and reinstalled David Dacko as president.", ["invasion", "coup"]],
    ["British involvement in regime change", "1882: Egypt", "Britain invaded Egypt, crushed the Urabi revolt and restored Khedive Tewfik's authority.", ["invasion", "coup"]],
    // One the power had cultivated seized power with its backing.
    ["United States involvement in regime change", "1965: Congo", "Mobutu, whom the CIA had cultivated for years, seized power in a second coup.", ["coup", "covert"]],
    ["Soviet involvement in regime change", "1968: Czechoslovakia", "Moscow pressured the Czechoslovak leadership to remove Alexander Dubček.", ["coup"]],
    ["United States involvement in regime change", "1960: Laos", "The CIA helped General Phoumi Nosavan take power.", ["coup", "covert"]],
    ["French involvement in regime change", "1977: Benin", "Bob Denard's mercenaries, reportedly hired by France, attempted to overthrow Mathieu Kérékou.", ["coup"]],
    // Power taken by an election is no coup.
    ["United States involvement in regime change", "1990: Nicaragua", "Violeta Chamorro took power after winning the election.", []],
  ];
  testSectionRows(cases);
});

describe("extractMethods: acts only expected, prepared, counterfactual or denied are no acts", () => {
  test.each([
    "The Soviets would have invaded Romania had the king resisted.",
    "The Soviet Union was expected to invade Poland.",
    "There was no Soviet invasion of Poland.",
    "Soviet troops were reportedly preparing to invade.",
    "The Soviet Union prepared an invasion plan for Iran but never carried it out.",
    "Many sources conclude that the Soviet Union had intended to conquer all of Finland.",
    // Aid cut off, an invasion condemned.
    "The Soviet Union cut off military aid to the regime in 1960.",
    "The Soviet Union voted for the resolution condemning the invasion.",
    // An operation named outside a list of operations is no act by itself.
    "Operation Cyclone was the code name.",
  ])("%s → []", (sentence) => {
    expect(sectionRow("Soviet involvement in regime change", "1980: Somewhere", sentence).methods).toEqual([]);
  });
});

describe("extractMethods on a list of one power's interventions: risings put down, fights, places retaken", () => {
  test.each([
    ["1920 – Iraq: British forces suppressed the Iraqi revolt.", ["invasion"]],
    ["1945–1946 – Indonesia: British troops fought nationalists in Surabaya.", ["invasion"]],
    ["1952–1960 – Kenya: suppression of the Mau Mau uprising.", ["invasion"]],
    ["1964 – Tanganyika, Uganda and Kenya: army mutinies put down by British troops.", ["invasion"]],
    ["1982 – Falkland Islands: recapture of the islands from Argentina.", ["invasion"]],
    // An item that names an operation and no act is the power's operation.
    ["2000 – Sierra Leone: Operation Palliser.", ["invasion"]],
    ["1956 – Egypt: Suez Crisis, Operation Musketeer.", ["invasion"]],
    // Fighting beside a side is aid to it, no attack on it.
    ["1944 – Greece: British troops fought alongside the royalists.", ["military_aid"]],
  ])("%s → %j", (item, methods) => {
    expect([...itemRow("List of British military interventions", "20th century", item).methods].sort()).toEqual([...methods].sort());
  });
});

describe("extractMethods: whose forces acted", () => {
  const cases: [title: string, heading: string, sentence: string, methods: string[]][] = [
    // "whose forces" are the side's named before, not the power's.
    ["Chinese involvement in regime change", "1967–1970: Burma", "China armed and financed the Communist Party of Burma, whose forces crossed into Shan State from Yunnan.", ["military_aid"]],
  ];
  testSectionRows(cases);
});

describe("extractMethods: aid and invasion in more phrasings", () => {
  const cases: [title: string, heading: string, sentence: string, methods: string[]][] = [
    // The one supplied is named by the possessive; the supplier is the clause's subject.
    ["Soviet involvement in regime change", "1960: Cuba", "The USSR became Cuba's main arms supplier.", ["military_aid"]],
    ["British involvement in regime change", "1880: Afghanistan", "Abdur Rahman received an annual subsidy of 1.2 million rupees from the British.", ["military_aid"]],
    ["United States involvement in regime change", "1980s: El Salvador", "Washington gave the Salvadoran government more than $4 billion in aid during the civil war.", ["military_aid"]],
    ["United States involvement in regime change", "2001: Afghanistan", "American special forces and CIA teams linked up with the Northern Alliance to topple the Taliban.", ["military_aid", "coup", "covert"]],
    // Ports and islands seized or stormed, a named border crossed, troops "from" a state.
    ["United States involvement in regime change", "1914: Mexico", "US Marines seized the port of Veracruz and held it for seven months.", ["invasion"]],
    ["United States involvement in regime change", "1983: Grenada", "Some 7,600 troops from the United States and the Caribbean stormed the island in Operation Urgent Fury.", ["invasion"]],
    ["Soviet involvement in regime change", "1939: Poland", "On 17 September the Red Army crossed the Polish border and advanced west.", ["invasion"]],
    // A commander who led an expedition is the power's in its own article.
    ["United States involvement in regime change", "1916: Mexico", "General Pershing led a punitive expedition into Chihuahua in pursuit of Pancho Villa.", ["invasion"]],
  ];
  testSectionRows(cases);
});

describe("extractMethods on a timeline told in the present tense", () => {
  const cases: [item: string, methods: string[]][] = [
    ["1798 – Napoleon's fleet captures Malta on its way to Egypt; the Knights surrender.", ["invasion"]],
    ["1814 – The Treaty of Paris makes Malta a British colony.", ["annexation"]],
    ["1940 – Italy declares war on Britain, and Italian aircraft bomb Malta on 11 June.", ["invasion"]],
    ["1942 – The Luftwaffe drops thousands of tonnes of bombs on the islands.", ["invasion"]],
    ["1956 – Soviet tanks roll into Budapest and the army installs a new government.", ["invasion", "coup"]],
    ["1974 – Turkish troops land on the island and Turkey takes the north.", ["invasion"]],
    ["1936 – The Soviet Union sends tanks and aircraft to the Republicans.", ["military_aid"]],
    ["1979 – Libya provides arms to the government and gives financial aid to the army.", ["military_aid"]],
    // An infinitive after a plan is no act.
    ["1988 – Police find explosives that the cell had planned to use to bomb the Changing of the Guard.", []],
  ];
  test.each(cases)("%s → %j", (item, methods) => {
    expect([...itemRow("Timeline of the history of Malta", "Events", item).methods].sort()).toEqual([...methods].sort());
  });

  test("a pact named after a city names no target: 'The Treaty of Paris makes Malta a British colony' is about Malta", () => {
    expect(itemRow("Timeline of the history of Malta", "Events", "1814 – The Treaty of Paris makes Malta a British colony.").target_iso3).toEqual(["MLT"]);
  });
});

describe("extractMethods on a timeline of one power's operations: unnamed forces after the item's label", () => {
  const cases: [item: string, methods: string[]][] = [
    ["1958 – Lebanon: Marines landed in Beirut.", ["invasion"]],
    // A purpose names no actor of its own: it is the landing's; the city before "to" is where.
    ["1958 – Lebanon: Marines landed in Beirut to support President Camille Chamoun.", ["invasion", "military_aid"]],
    ["1959 – Cuba: rebels landed in Oriente to support the insurgents.", []],
    ["1998 – Sudan: cruise missiles struck a pharmaceutical factory in Khartoum.", ["invasion"]],
    ["1993 – Somalia: U.S. Army Rangers raided Mogadishu.", ["invasion", "covert"]],
    ["2011 – Libya: aircraft enforced a no-fly zone.", ["invasion"]],
    ["2014 – Syria: U.S. aircraft struck Islamic State targets, and advisers trained Kurdish fighters.", ["invasion", "military_aid"]],
    // A place before the colon is the item's label, never the one who acted.
    ["1965 – Dominican Republic: the rebels seized the capital.", []],
    // The item's opening words tell the power's operation as a noun, with no one else named.
    ["1986 – Libya: air strikes on Tripoli and Benghazi.", ["invasion"]],
    ["1989 – Panama: Operation Just Cause; overthrow of Manuel Noriega.", ["coup"]],
    ["2003 – Iraq: invasion, occupation and removal of Saddam Hussein.", ["invasion", "coup"]],
    ["1965 – Dominican Republic: landing of 22,000 troops during the civil war.", ["invasion"]],
    ["1946–1949 – Greece: military aid and advisers to the royalist government.", ["military_aid"]],
    ["1915–1934 – Haiti: occupation; the Marines trained a new gendarmerie.", ["invasion", "military_aid"]],
    // Every name of a list before the colon is the label.
    ["1998 – Sudan and Afghanistan: cruise missile strikes on alleged terrorist facilities.", ["invasion"]],
    // A label set off by a dash, or with an aside before its colon.
    ["1983 – Grenada – Invasion to depose the government.", ["invasion", "coup"]],
    ["1965 – Dominican Republic (Operation Power Pack): Marines landed in Santo Domingo.", ["invasion"]],
    // Only the opening words: a later sentence's act needs its actor named.
    ["1999 – Kosovo: peacekeepers arrived. The bombing had ended.", []],
  ];
  const text = ["= Timeline of United States military operations =", "", "== Operations ==", "", ...cases.map(([item]) => `- ${item}`), ""].join("\n");
  const rows = runPipeline([{file: "us.txt", slug: "us", text, bytes: text.length, warnings: []}]).interventions;
  test.each(cases.map(([item, methods], i) => [item, methods, i] as const))("%s → %j", (_item, methods, i) => {
    expect([...rows[i].methods].sort()).toEqual([...methods].sort());
  });
});

describe("findCues: strikes on forces, no-fly zones, advisers", () => {
  testCues([
    ["the coalition struck Islamic State targets", [["invasion", "struck Islamic State targets"]]],
    ["NATO aircraft enforced a no-fly zone", [["invasion", "enforced a no-fly zone"]]],
    ["special forces advised Kurdish fighters", [["covert", "special forces"], ["military_aid", "advised Kurdish fighters"]]],
    ["the minister advised the president", []],
  ]);
});

describe("extractMethods: leaders the text names without their state (KNOWN_LEADERS)", () => {
  const cases: [title: string, heading: string, sentence: string, methods: string[]][] = [
    ["United States involvement in regime change", "1963: South Vietnam", "The Kennedy administration gave tacit approval to the generals who toppled Ngo Dinh Diem.", ["coup"]],
    ["Libyan involvement in regime change", "1980: Chad", "Gaddafi orchestrated the overthrow of Hissène Habré's rivals.", ["coup"]],
    ["Egyptian involvement in regime change", "1962–1967: Yemen", "Nasser sent 70,000 troops to Yemen.", ["invasion"]],
    // A leader of the other side is no agent of the power.
    ["British involvement in regime change", "1956: Egypt", "Nasser nationalised the canal company.", []],
  ];
  testSectionRows(cases);
});

describe("extractMethods: coups in more phrasings", () => {
  const cases: [title: string, heading: string, sentence: string, methods: string[]][] = [
    // Forces that depose a ruler came in to do it.
    ["French involvement in regime change", "1979: Central African Republic", "In Operation Barracuda, French paratroopers overthrew Bokassa and flew Dacko to Bangui.", ["coup", "invasion"]],
    ["United States involvement in regime change", "1965: Indonesia", "The United States supported the army's seizure of power from Sukarno.", ["coup"]],
    ["Vietnamese involvement in regime change", "1979: Cambodia", "Vietnam set up the People's Republic of Kampuchea under Heng Samrin.", ["coup"]],
    // A coup foiled is no coup of the one who foiled it.
    ["Indian involvement in regime change", "1988: Maldives", "Indian paratroopers landed in Malé and foiled the coup.", ["invasion", "military_aid"]],
    ["British involvement in regime change", "1964: Tanganyika", "Royal Marines thwarted a coup attempt against Nyerere.", ["military_aid"]],
  ];
  testSectionRows(cases);
});

describe("extractMethods: aid in more phrasings", () => {
  const cases: [title: string, heading: string, sentence: string, methods: string[]][] = [
    // Aid stopped, halted or discontinued is no aid given.
    ["British involvement in regime change", "1919: Afghanistan", "The British stopped the subsidy after the Third Anglo-Afghan War.", []],
    ["United States involvement in regime change", "1977: Nicaragua", "Washington halted military aid to Somoza.", []],
    // Troops counted in many words before them.
    ["Cuban involvement in regime change", "1975–1991: Angola", "Havana dispatched tens of thousands of combat troops to shore up the MPLA government.", ["invasion", "military_aid"]],
    // "Congress" alone is the American one; India's party is "the Congress".
    ["United States involvement in regime change", "1986: Nicaragua", "Congress approved $100 million in aid to the Contras.", ["military_aid"]],
    ["Soviet involvement in regime change", "1950s: India", "The Congress received aid from Moscow.", ["military_aid"]],
  ];
  testSectionRows(cases);
});

describe("findCues: places seized by their kind", () => {
  testCues([
    ["Russian forces seized the oasis of Panjdeh", [["invasion", "seized"]]],
    ["the army captured the valley and the pass", [["invasion", "captured"]]],
    ["the rebels seized the initiative", []],
  ]);
});

describe("extractMethods: rulers put in by a power, and its men in another's forces", () => {
  const cases: [title: string, heading: string, sentence: string, methods: string[]][] = [
    ["British involvement in Afghanistan", "1839–1842: Afghanistan", "The British invaded Afghanistan and installed Shah Shuja as a puppet ruler.", ["invasion", "coup"]],
    ["British involvement in Afghanistan", "1839: Afghanistan", "Shah Shuja was reinstated as Amir by the British.", ["coup"]],
    ["British involvement in Afghanistan", "1929: Afghanistan", "With British support, Nadir Khan marched on the capital and became king.", ["coup"]],
    // One replaced in an office is no one put in by force ("was replaced as first secretary").
    ["Soviet involvement in regime change", "1969: Czechoslovakia", "Dubček was replaced as first secretary by Gustáv Husák.", []],
    ["Soviet involvement in Afghanistan", "1924: Afghanistan", "Soviet pilots flew for the Afghan air force against the rebels.", ["military_aid"]],
    ["Soviet involvement in Afghanistan", "1956: Afghanistan", "A Soviet military mission arrived in Kabul to reorganise the army.", ["military_aid"]],
  ];
  testSectionRows(cases);
});

describe("extractMethods: a ruler's fall brought about, told every way", () => {
  const T = "European influence in Afghanistan";
  const cases: [title: string, heading: string, sentence: string, methods: string[]][] = [
    [T, "1929: Afghanistan", "The British engineered the downfall of Amanullah Khan.", ["coup"]],
    [T, "1929: Afghanistan", "British agents incited the tribal revolt that drove Amanullah from the throne.", ["coup", "covert"]],
    [T, "1929: Afghanistan", "Amanullah was forced into exile after a British-backed rebellion.", ["coup"]],
    [T, "1979: Afghanistan", "The KGB organised the assassination of Hafizullah Amin and brought Babrak Karmal to power.", ["coup", "covert"]],
    [T, "1986: Afghanistan", "Moscow engineered Karmal's replacement by Najibullah.", ["coup"]],
    [T, "1919: Afghanistan", "Habibullah was assassinated, reportedly with British connivance.", ["covert"]],
    [T, "1863: Afghanistan", "Britain helped Sher Ali Khan win the succession struggle with money and arms.", ["military_aid"]],
    // An accusation is no act the text asserts, however many words stand between.
    ["United States involvement in regime change", "2002: Venezuela", "The Bush administration was accused of backing a failed coup against Hugo Chávez.", []],
  ];
  testSectionRows(cases);
});

describe("extractMethods: control of another's policy is no land taken; land handed to a person is no state's; aid depended on", () => {
  const T = "European influence in Afghanistan";
  const cases: [title: string, heading: string, sentence: string, methods: string[]][] = [
    [T, "1879: Afghanistan", "Under the Treaty of Gandamak, Britain took control of Afghan foreign affairs.", []],
    [T, "1880: Afghanistan", "The British established control over Afghanistan's foreign relations in exchange for a subsidy.", ["military_aid"]],
    [T, "1893: Afghanistan", "Britain gained the tribal areas east of the Durand Line.", ["annexation"]],
    [T, "1881: Afghanistan", "The British evacuated Kandahar and handed it over to Abdur Rahman.", []],
    [T, "1970s: Afghanistan", "Afghanistan became increasingly dependent on Soviet aid.", ["military_aid"]],
    // The one who depends is helped, not the helper.
    ["Soviet involvement in regime change", "1980s: Poland", "Moscow relied on loans from the West.", []],
  ];
  testSectionRows(cases);
});

describe("extractMethods: coups a power sponsored, orchestrated or backed, told as compounds and support had", () => {
  const T = "Soviet involvement in regime change";
  const cases: [title: string, heading: string, sentence: string, methods: string[]][] = [
    // A coup sponsored is no aid.
    [T, "1978: Afghanistan", "A Soviet-sponsored coup brought the PDPA to power.", ["coup"]],
    [T, "1978: Afghanistan", "The Kremlin-orchestrated overthrow of Daoud followed.", ["coup"]],
    [T, "1978: Afghanistan", "The coup plotters received Soviet backing.", ["coup"]],
    // Support sought is not had.
    [T, "1978: Afghanistan", "The coup plotters sought Soviet backing.", []],
  ];
  testSectionRows(cases);
});

describe("extractMethods: votes falsified, voters intimidated, a vote swayed, and the power that backed it", () => {
  const S = "Soviet involvement in regime change";
  const cases: [title: string, heading: string, sentence: string, methods: string[]][] = [
    [S, "1947: Hungary", "The Soviet-backed communists used fraudulent ballots in the election.", ["election"]],
    [S, "1945: Bulgaria", "Under Soviet pressure, opposition parties were barred from the ballot.", ["election"]],
    [S, "1946: Romania", "The NKVD intimidated voters and arrested opposition candidates.", ["election", "covert"]],
    ["Russian involvement in regime change", "2004: Ukraine", "Putin twice visited Ukraine to campaign for Viktor Yanukovych before the election.", ["election"]],
    ["Russian involvement in regime change", "2016: United States", "The Internet Research Agency ran social media campaigns to influence the presidential election.", ["election", "covert"]],
    // A political campaign against a ruler is no military one.
    ["United States involvement in regime change", "2000: Serbia", "USAID funded the opposition's campaign against Milošević before the election.", ["election"]],
  ];
  testSectionRows(cases);
});

describe("extractMethods: commando raids abroad, plans to kill", () => {
  const cases: [title: string, heading: string, sentence: string, methods: string[]][] = [
    ["Israeli involvement in regime change", "1988: Tunisia", "Israeli commandos assassinated Abu Jihad in Tunis.", ["covert", "invasion"]],
    ["United States involvement in regime change", "2011: Pakistan", "US Navy SEALs killed Osama bin Laden in Abbottabad.", ["covert", "invasion"]],
    // Plans are no act.
    ["British involvement in regime change", "1956: Egypt", "Britain drew up plans to assassinate Nasser.", []],
  ];
  testSectionRows(cases);
});

describe("extractMethods on an article about no one power: a named subject that is no state acts for none", () => {
  const T = "History of Afghanistan (1919–1978)";
  const cases: [title: string, heading: string, sentence: string, methods: string[]][] = [
    [T, "1929: Afghanistan", "Habibullah Kalakani seized Kabul and proclaimed himself emir.", []],
    [T, "1929: Afghanistan", "Nadir Khan's tribal army captured Kabul and executed Kalakani.", []],
    [T, "1961: Afghanistan", "Afghan troops crossed into Bajaur and clashed with Pakistani forces.", ["invasion"]],
    // One killed by someone who is no armed force; a state's army on its own land, with another's help.
    [T, "1933: Afghanistan", "Nadir Shah was assassinated by a student in Kabul.", []],
    [T, "1979: Afghanistan", "The Afghan army crushed the Herat uprising with Soviet help.", ["military_aid"]],
    // A noun names an act of whoever did it.
    ["List of conflicts in the Near East", "597 BCE: Judah", "Siege of Jerusalem.", ["invasion"]],
    ["India–Pakistan border skirmishes", "2018: Kashmir", "The BSF destroyed three Pakistani border outposts.", ["invasion"]],
  ];
  testSectionRows(cases);
});

describe("extractMethods: troops carried for another, advisers expelled, troops kept", () => {
  const S = "Soviet involvement in regime change";
  const cases: [title: string, heading: string, sentence: string, methods: string[]][] = [
    // Troops carried are their own state's invasion; the carrier's act is aid.
    [S, "1975: Angola", "The Soviet Union airlifted Cuban troops to Luanda.", ["military_aid"]],
    ["Cuban involvement in regime change", "1975: Angola", "The Soviet Union airlifted Cuban troops to Luanda.", ["invasion"]],
    [S, "1948: Yugoslavia", "Tito expelled Soviet advisers and resisted Stalin's pressure.", []],
    [S, "1946: Iran", "The Soviet Union refused to withdraw its troops from northern Iran.", ["invasion"]],
  ];
  testSectionRows(cases);
});

describe("extractMethods: rulers chosen, officers trained abroad, advisers sent, and who a relative clause's act is", () => {
  const T = "European influence in Afghanistan";
  const cases: [title: string, heading: string, sentence: string, methods: string[]][] = [
    [T, "1880: Afghanistan", "The British chose Abdur Rahman Khan as the new Amir.", ["coup"]],
    // Men another state trained who made a coup made it with that state's backing, as "Soviet-trained officers" do.
    [T, "1978: Afghanistan", "Army officers who had been trained in the USSR carried out the coup that killed Daoud.", ["coup", "military_aid"]],
    [T, "1978: Afghanistan", "Moscow quickly recognised the new government and sent advisers.", ["military_aid"]],
    [T, "1929: Afghanistan", "Nadir Khan, with British money and weapons, took Kabul.", ["military_aid"]],
    // Ties to the plotters are no part in their coup; approval given to them is backing.
    [T, "1978: Afghanistan", "The Soviet Union had close ties to the officers who led the coup.", []],
    ["United States involvement in regime change", "1963: South Vietnam", "The Kennedy administration gave tacit approval to the generals who toppled Ngo Dinh Diem.", ["coup"]],
  ];
  testSectionRows(cases);
});

describe("extractMethods: forces beaten where they fought, sieges relieved, land handed to another's rule", () => {
  const B = "British involvement in regime change";
  const cases: [title: string, heading: string, sentence: string, methods: string[]][] = [
    [B, "1807: Egypt", "A British force of 5,000 men was defeated at Rosetta.", ["invasion"]],
    [B, "1880: Afghanistan", "A British column was ambushed near Maiwand.", ["invasion"]],
    [B, "1900: China", "British troops took part in the relief of the Beijing legations.", ["invasion"]],
    [B, "1878: Cyprus", "The Ottoman Empire handed Cyprus to British administration.", ["annexation"]],
    // Another's forces beaten are no act of the power's.
    [B, "1880: Afghanistan", "The Afghan army was routed at Kandahar.", []],
  ];
  testSectionRows(cases);
});

describe("extractMethods: land surrendered, sold, absorbed, acquired, integrated; sovereignty recognised; a monarchy abolished", () => {
  const cases: [title: string, heading: string, sentence: string, methods: string[]][] = [
    ["Russian conquest of the Caucasus", "1801: Georgia", "Russia abolished the Georgian monarchy and incorporated Kartli-Kakheti as a province.", ["annexation", "coup"]],
    ["Russian conquest of the Caucasus", "1813: Persia", "By the Treaty of Gulistan, Persia recognised Russian sovereignty over Dagestan.", ["annexation"]],
    ["Japanese expansion", "1895: Taiwan", "Under the Treaty of Shimonoseki, China surrendered Taiwan to Japan.", ["annexation"]],
    ["Japanese expansion", "1910: Korea", "Japan formally absorbed Korea.", ["annexation"]],
    ["United States expansion", "1898: Hawaii", "The United States acquired Hawaii by a joint resolution of Congress.", ["annexation"]],
    ["United States expansion", "1898: Philippines", "Spain sold the Philippines to the United States for $20 million.", ["annexation"]],
    ["Indian involvement in regime change", "1961: Goa", "Indian forces seized Goa from Portugal and integrated it into India.", ["invasion", "annexation"]],
    // Weapons bought or sold are no land.
    ["Pakistani involvement", "1967: Pakistan", "Pakistan acquired French Mirage jets in 1967.", []],
    ["Israeli involvement in regime change", "1975: Iran", "Israel sold Phantom jets to Iran.", ["military_aid"]],
  ];
  testSectionRows(cases);
});

describe("extractMethods: aid proposed or banned is none", () => {
  const cases: [title: string, heading: string, sentence: string, methods: string[]][] = [
    ["Soviet involvement in regime change", "1960: Congo", "Khrushchev proposed sending advisers to the Congo.", []],
    ["United States involvement in regime change", "1984: Nicaragua", "Congress banned further military aid to the Contras in 1984.", []],
  ];
  testSectionRows(cases);
});

describe("findCues: a part of a land taken", () => {
  testCues([
    ["Morocco took control of two-thirds of Western Sahara after the Green March.", [["invasion", "took control of two-thirds of"]]],
    ["The army took half of the city.", [["invasion", "took half of"]]],
    // Another's policy is no land, whatever part of it.
    ["Britain took control of Afghan foreign affairs.", []],
  ]);
});

describe("extractMethods: a ruler installed by name, a killing had done, support had", () => {
  const T = "European influence in Afghanistan";
  testSectionRows([
    [T, "1979: Afghanistan", "Moscow had Amin killed and installed Karmal.", ["coup", "covert"]],
    [T, "1978: Afghanistan", "The coup had the blessing of the Soviet leadership.", ["coup"]],
    [T, "1839: Afghanistan", "The British put their protégé Shah Shuja back on the throne.", ["coup"]],
    // Missiles and batteries installed are no rulers.
    ["United States involvement in regime change", "1961: Turkey", "The United States installed Jupiter missiles in Turkey.", []],
  ]);
});

describe("extractMethods: air campaigns, another's paratroopers carried", () => {
  testSectionRows([
    ["North Atlantic Treaty Organization operations", "2011: Libya", "NATO's air campaign lasted seven months.", ["invasion"]],
    ["United States involvement in regime change", "1964: Congo", "US aircraft transported Belgian paratroopers to Stanleyville.", ["military_aid"]],
  ]);
});

describe("extractMethods: a coup planned by the power, planned in its capital, or staged by men loyal to it", () => {
  const T = "European influence in Afghanistan";
  testSectionRows([
    [T, "1978: Afghanistan", "Soviet advisers planned the coup.", ["coup", "military_aid"]],
    [T, "1978: Afghanistan", "The coup was planned in Moscow.", ["coup"]],
    [T, "1978: Afghanistan", "Daoud was killed in a coup staged by officers loyal to Moscow.", ["coup"]],
    // An act planned is still no act: "a planned invasion", "planned an invasion".
    ["Soviet involvement in regime change", "1946: Iran", "The Soviet Union planned an invasion of Iran.", []],
  ]);
});

describe("extractMethods: a subject past an aside or a possessive organ, forces led by a state, a rule ended, a clause of another's", () => {
  const U = "United States involvement in regime change";
  testSectionRows([
    [U, "1953: Iran", "In August 1953 the CIA, working closely with Britain's MI6, orchestrated the overthrow of Prime Minister Mohammad Mosaddegh.", ["coup", "covert"]],
    [U, "2003: Iraq", "A coalition led by the United States launched the invasion of Iraq on 20 March 2003.", ["invasion"]],
    [U, "1983: Grenada", "Operation Urgent Fury began on 25 October 1983, when some 7,600 troops from the United States and the Caribbean stormed the island, deposing the Revolutionary Military Council.", ["coup", "invasion"]],
    [U, "1965: Indonesia", "Washington provided field radios, cash and medicines to the army of General Suharto.", ["military_aid"]],
    ["Wagner Group activities in Africa", "2021: Mali", "Russian mercenaries were deployed to Mali in 2021 to train and support the junta of Assimi Goïta.", ["military_aid"]],
    // Threats, a support nobody found, and another's advance are no acts of the power's.
    [U, "1962: Cuba", "Kennedy threatened a full-scale invasion should the Soviet missiles remain.", []],
    [U, "2002: Venezuela", "A later report found no evidence that US officials had supported the coup.", []],
    [U, "1979: Nicaragua", "Carter refused to intervene as the Sandinistas advanced on Managua in July 1979.", []],
    // Notes and envoys sent are no aid.
    [U, "1964: Congo", "The United States sent an ultimatum to the rebels in Stanleyville.", []],
  ]);
});

describe("findCues: a rule ended, men furnished, a flow of arms, arms channelled", () => {
  testCues([
    ["Baghdad fell within three weeks, ending the rule of Saddam Hussein's government.", [["coup", "ending the rule of"]]],
    ["The Shah furnished him with some 12,000 Qizilbash horsemen and money.", [["military_aid", "furnished him with some 12,000 Qizilbash horsemen"]]],
    ["Officials documented a steady flow of tanks and volunteers across the border to the separatists.", [["military_aid", "flow of tanks and volunteers across the border to"]]],
    ["The operation saw the CIA channel arms and mercenaries to the FNLA.", [["covert", "CIA"], ["military_aid", "channel arms"]]],
  ]);
});

describe("extractMethods: rulers reinstated, restored, enthroned, exiled, deprived of the throne; crowns renounced; governments imposed", () => {
  testSectionRows([
    ["Françafrique", "1995: Comoros", "Some 600 French troops landed on Grande Comore and reinstated Caabi El-Yachroutu as interim head of state.", ["coup", "invasion"]],
    ["British military history of the Middle East", "1882: Egypt", "British forces occupied Cairo and Tewfik was restored to his authority.", ["coup", "invasion"]],
    ["Anglo-Zanzibar War", "1896: Zanzibar", "The British installed the pro-British Hamoud bin Mohammed as sultan.", ["coup"]],
    ["British military history of the Middle East", "1942: Egypt", "The British forced King Farouk to appoint a Wafd government.", ["coup"]],
    ["British conquest of Burma", "1885: Burma", "British forces took Mandalay and King Thibaw was sent into exile.", ["coup", "invasion"]],
    ["Russian conquest of the Caucasus", "1801: Georgia", "Russia annexed Kartli-Kakheti and the Bagrationi dynasty was deprived of the throne.", ["annexation", "coup"]],
    ["French conquests", "1808: Spain", "Napoleon compelled Charles IV and Ferdinand VII to renounce the Spanish crown.", ["coup"]],
    ["Chinese expedition to Tibet (1720)", "1720: Tibet", "The Qing expeditionary force entered Lhasa and enthroned him at the Potala as the Seventh Dalai Lama.", ["coup", "invasion"]],
    ["British military history of the Middle East", "1941: Iraq", "British forces entered Baghdad, after which a pro-British government was installed.", ["coup", "invasion"]],
    // A government set up with no act of the power's in the sentence is no coup of its.
    ["British military history of the Middle East", "1952: Egypt", "A new government was installed after the revolution.", []],
  ]);
});

describe("extractMethods: land made a province, strongholds gained, land partitioned, a named taker preferred", () => {
  testSectionRows([
    ["French colonial empire", "1881: Tunisia", "The Bey was compelled to sign the Treaty of Bardo, making Tunisia a French protectorate.", ["annexation"]],
    ["Ottoman wars in Europe", "1541: Hungary", "Suleiman seized Buda and converted central Hungary into the Eyalet of Budin.", ["annexation", "invasion"]],
    ["Russo-Turkish wars", "1774: Crimea", "By the treaty Russia obtained the fortresses of Kerch and Yeni-Kale.", ["annexation"]],
    ["Western Sahara conflict", "1975: Western Sahara", "Under the Madrid Accords the territory was partitioned between Morocco and Mauritania.", ["annexation"]],
    ["Russo-Ukrainian War", "2014: Crimea", "Russian troops seized Simferopol, paving the way for the peninsula's incorporation into Russia.", ["annexation", "invasion"]],
  ]);
});

describe("extractMethods: forces of a state after 'of' or 'accompanied by', a place before a verb, drops and depths of advance, soldiers out of uniform, intent", () => {
  const F = "French military interventions in Africa";
  testSectionRows([
    [F, "1986: Chad", "French Jaguar aircraft operating from Bangui bombed the airstrip at Ouadi Doum.", ["invasion"]],
    [F, "1978: Zaire", "At Kolwezi in May 1978, legionnaires of the 2e REP parachuted into the mining town.", ["invasion"]],
    [F, "2011: Côte d'Ivoire", "Gbagbo was arrested after helicopters of the French Licorne force had shelled the compound.", ["invasion"]],
    ["List of British interventions", "2000: Sierra Leone", "Soldiers of the SAS stormed the West Side Boys' base at Gberi Bana.", ["covert", "invasion"]],
    ["Pakistani involvement in Kashmir", "1947: Kashmir", "Tribal lashkars, accompanied by Pakistani regular officers in civilian dress, crossed into Jammu and Kashmir.", ["covert", "invasion"]],
    ["South African involvement in Angola", "1975: Angola", "South African columns advanced more than 3,000 kilometres into Angola.", ["invasion"]],
    ["Research and Analysis Wing", "1983: Sri Lanka", "RAW trained several hundred Tamil militants at camps in Tamil Nadu.", ["military_aid"]],
    // An aim is no act.
    ["Suez Crisis", "1956: Egypt", "Paratroopers landed at Port Said in an operation whose aim was to topple Nasser.", ["invasion"]],
    // A leader of a people is not its state's forces ("forces led by a Tajik leader").
    ["Afghan Civil War", "1928: Afghanistan", "Forces led by a Tajik leader besieged Jabal al-Siraj.", []],
  ]);
});

describe("extractMethods: forces that went along, operations and programmes as subjects, money passed, campaigns financed, harbours mined, attempts on a life", () => {
  const U = "United States involvement in regime change";
  testSectionRows([
    ["Mongol invasions and conquests", "1258: Baghdad", "The Mongol army of Hulagu Khan, reinforced by Georgian and Armenian contingents, besieged Baghdad.", ["invasion"]],
    [U, "1961–1963: Cuba", "Operation Mongoose, overseen by Edward Lansdale, encompassed the sabotage of Cuban sugar mills and several attempts on Fidel Castro's life.", ["covert"]],
    [U, "2013–2017: Syria", "Timber Sycamore, a classified program run by the CIA, supplied arms and training to Syrian rebel groups.", ["covert", "military_aid"]],
    [U, "1948: Italy", "Fearing a communist victory in the April 1948 general election, the CIA secretly passed millions of dollars to the Christian Democrats.", ["covert", "election"]],
    [U, "1964: Chile", "The CIA secretly financed more than half of the 1964 presidential campaign of Eduardo Frei.", ["covert", "election"]],
    [U, "1984: Nicaragua", "In early 1984 CIA operatives mined the harbours of Corinto and Puerto Sandino.", ["covert", "invasion"]],
    [U, "1899–1902: Philippines", "Washington waged a brutal counterinsurgency against Emilio Aguinaldo's First Philippine Republic.", ["invasion"]],
    ["Françafrique", "1993: Gabon", "French advisers helped rig the December 1993 presidential election.", ["election", "military_aid"]],
    ["Saudi Arabian-led intervention in Yemen", "2015: Yemen", "Coalition aircraft led by Riyadh struck Houthi positions in Sanaa, in an effort to restore the government of Abdrabbuh Mansour Hadi.", ["invasion"]],
    ["Franco-Persian alliance", "1807: Persia", "France sent a mission of some seventy officers and engineers to Tehran.", ["military_aid"]],
    // An operation against the power is not its own.
    [U, "1941: Hawaii", "Operation Z was launched by Japan against Pearl Harbor.", []],
  ]);
});

describe("extractMethods: an era before the year, a year opening the sentence, a march into a land, an upheaval after a named state's act in a war, a taker not past another clause", () => {
  testSectionRows([
    ["Roman client kingdoms", "AD 6: Judea", "Augustus deposed Herod Archelaus and reduced his territory to a province.", ["annexation", "coup"]],
    ["Roman–Parthian Wars", "114: Armenia", "In 114 Trajan, having refused to recognise Parthamasiris as king of Armenia, marched into the kingdom, stripped him of his diadem, and annexed Armenia as a Roman province.", ["annexation", "coup", "invasion"]],
    ["Anglo-Egyptian War", "1882: Egypt", "British forces routed Urabi's army at Tel el-Kebir, and Tewfik was restored to his authority.", ["coup", "invasion"]],
    ["French colonial empire", "1895–1897: Madagascar", "A French expeditionary force landed at Majunga; the island was annexed as a colony the following year, and the queen was exiled to Réunion.", ["annexation", "invasion"]],
    // In a war's article, an upheaval after no state's act is no one's.
    ["Anglo-Egyptian War", "1882: Egypt", "Urabi's followers rioted in Alexandria, and the khedive was restored to his authority.", []],
  ]);
});

describe("extractMethods: coups told in the passive, by pronoun, by an operation, or by the row's own act named again", () => {
  const U = "United States involvement in regime change", S = "Soviet involvement in regime change", F = "French military interventions in Africa";
  testSectionRows([
    [S, "1979: Afghanistan", "Amin was killed by Soviet special forces, and Babrak Karmal was installed in his place.", ["coup", "covert"]],
    [S, "1945: Romania", "Under Soviet pressure, King Michael appointed Petru Groza as prime minister, ending the Rădescu government.", ["coup"]],
    ["British involvement in regime change", "1953: British Guiana", "The elected government of Cheddi Jagan was removed by the British after only 133 days in office.", ["coup"]],
    [F, "1964: Gabon", "The putsch was reversed within two days by French paratroopers, who reinstated him.", ["coup"]],
    [F, "1979: Central African Republic", "Bokassa was deposed in Operation Barracuda while visiting Libya.", ["coup"]],
    [U, "1983: Grenada", "The invasion ended the rule of the Revolutionary Military Council.", ["coup", "invasion"]],
    [U, "1965: Indonesia", "The army's seizure of power, which Washington welcomed and supported, led to Sukarno's downfall.", ["coup"]],
    // A person handed over is no land; a bare noun act in a sentence naming another state is not the power's.
    [U, "1961: Congo", "Lumumba was handed over to his Katangese enemies.", []],
    [U, "1939: Poland", "The invasion by Germany began on 1 September.", []],
  ]);
});

describe("extractMethods: a possessor that underwent the act, an act named again after a year or a possessive, votes falsified or denounced", () => {
  const S = "Soviet involvement in regime change";
  testSectionRows([
    [S, "1940: Baltic states", "The 1940 annexation of the three republics was never recognised by most Western states.", ["annexation"]],
    [S, "1783: Crimea", "Crimea's incorporation into the Soviet Union was proclaimed in 1954.", ["annexation"]],
    [S, "1968–1969: Czechoslovakia", "Dubček's removal was completed in April 1969.", ["coup"]],
    ["United States involvement in regime change", "2011: Libya", "Gaddafi's overthrow followed months of American air strikes.", ["coup", "invasion"]],
    [S, "1946: Romania", "Opposition candidates were arrested and ballots falsified, giving the Soviet-backed bloc nearly 70 percent.", ["election"]],
    // The possessor with "of" after the noun is who acted: another state's act is not the power's.
    [S, "1938: Austria", "Germany's annexation of Austria alarmed Moscow.", []],
  ]);
});

describe("findCues: a vote judged a sham, land absorbed as a noun", () => {
  testCues([
    ["The January 1947 elections were denounced as rigged.", [["election", "denounced as rigged"]]],
    ["Crimea's absorption into the empire ended Tatar rule.", [["annexation", "absorption into"]]],
  ]);
});

describe("extractMethods: a participle's clause opening the sentence, the war carried abroad, risings put down by another's tanks, another's markings, an operation as the means", () => {
  testSectionRows([
    ["British military history", "1956: Egypt", "Having landed at Port Said on 6 November, British and French forces advanced south along the canal.", ["invasion"]],
    ["Iran–Iraq War", "1982: Iraq", "Having expelled the Iraqis from Khorramshahr, Iran carried the war into Iraqi territory.", ["invasion"]],
    ["Soviet involvement in regime change", "1953: East Germany", "The uprising was suppressed by Soviet tanks, which fired on protesters in East Berlin.", ["invasion"]],
    ["Soviet involvement in regime change", "1950–1953: Korea", "Soviet pilots, flying MiG-15s in Chinese or North Korean markings, engaged American aircraft over the Yalu.", ["covert", "invasion"]],
    ["Israeli military operations", "1981: Iraq", "Eight F-16s bombed the Osirak reactor near Baghdad on 7 June in Operation Opera.", ["invasion"]],
    // A preposition in -ing opens no participle's clause: the name after its comma did not do what it governs.
    ["British military history", "1956: Egypt", "During the invasion, Britain evacuated its citizens from Cairo.", []],
  ]);
});

describe("extractMethods: a fight within a ruling house, an election secured for a favourite", () => {
  testSectionRows([
    ["Mughal Empire", "1658: Delhi", "Aurangzeb defeated his brother Dara Shikoh at Samugarh and confined his father in the Agra Fort.", []],
    ["Russian Empire", "1764: Poland", "Catherine the Great secured the election of her former lover Stanisław August Poniatowski as King of Poland.", ["election"]],
    // Another ruler defeated is still a war's act.
    ["Mughal Empire", "1686: Bijapur", "Aurangzeb defeated the Adil Shahi army and besieged Bijapur.", ["invasion"]],
  ]);
});

describe("extractMethods: sections of several sentences told as Wikipedia tells them (agencies by their full names, infinitives of arming, money for a vote, governments installed as committees)", () => {
  const U = "United States involvement in regime change", S = "Soviet involvement in regime change";
  testSectionRows([
    [U, "1953: Iran", "The Eisenhower administration authorized the Central Intelligence Agency to work with MI6 on a plan code-named Operation Ajax.", ["covert"]],
    [U, "1981–1990: Nicaragua", "In November 1981 President Ronald Reagan signed a directive authorising the CIA to arm, train and fund the Contras.", ["covert", "military_aid"]],
    [U, "1990: Nicaragua", "Ahead of the February 1990 election, Washington channelled some $9 million through the National Endowment for Democracy to the opposition coalition UNO.", ["election"]],
    [U, "1964: Chile", "The CIA secretly paid more than half the campaign costs of the Christian Democrat Eduardo Frei.", ["covert", "election"]],
    [U, "1961: Cuba", "Brigade 2506 consisted of about 1,400 Cuban exiles who had been recruited, trained and equipped by the CIA in Guatemala.", ["covert", "military_aid"]],
    [S, "1944: Poland", "As the Red Army advanced westward in July 1944, Stalin installed the Polish Committee of National Liberation in Lublin.", ["coup"]],
    [S, "1947: Poland", "Candidates of the Polish People's Party were struck from the lists by the Soviet-backed authorities.", ["election"]],
    ["Anglo-Zanzibar War", "1896: Zanzibar", "The British installed Hamoud bin Mohammed, who was more favourable to their interests, as sultan the same afternoon.", ["coup"]],
    ["Japanese expansion", "1907: Korea", "Japan compelled Emperor Gojong to abdicate and made Korea its protectorate.", ["annexation", "coup"]],
    ["Portuguese Colonial War", "1970: Guinea", "Some 400 Portuguese troops, many wearing uniforms resembling those of the Guinean army, landed in Conakry.", ["covert", "invasion"]],
    ["Israeli military operations", "1981: Iraq", "On 7 June 1981 eight F-16 fighter-bombers of the Israeli Air Force bombed the reactor at Al Tuwaitha.", ["invasion"]],
    ["Vietnamese involvement in regime change", "1978: Cambodia", "Hanoi organised, armed and trained a Kampuchean United Front for National Salvation.", ["military_aid"]],
    // Support for a sovereignty declared is no aid.
    ["German foreign policy", "1905: Morocco", "Berlin declared that it had come to support the sovereignty and independence of the sultan.", []],
  ]);
});

describe("extractMethods: forces of two states coordinated, first-century year ranges, emperors' generals", () => {
  testSectionRows([
    ["United States intervention in Libya", "2011: Libya", "On 19 March American warships and a British submarine fired more than 110 Tomahawk cruise missiles at Libyan air defences, and B-2 bombers struck airfields near Sirte.", ["invasion"]],
    ["Roman–Parthian Wars", "58–63: Armenia", "In 58 Nero's general Gnaeus Domitius Corbulo invaded Armenia and captured its capital Artaxata.", ["invasion"]],
  ]);
});

describe("extractMethods: a deposition within a ruling house, kin put on a throne abroad, thrones named by their land, rulers installed by office", () => {
  testSectionRows([
    ["Ottoman–Persian Wars", "1512: Constantinople", "Selim I forced his father Bayezid II to abdicate in 1512.", []],
    ["French client republics", "1806: Holland", "Napoleon dissolved the Batavian Commonwealth and placed his brother Louis Bonaparte on the throne of the newly created Kingdom of Holland.", ["coup"]],
    ["Roman–Parthian Wars", "58–63: Armenia", "Corbulo then placed Tigranes VI, a Cappadocian prince who had been raised as a hostage in Rome, on the Armenian throne.", ["coup"]],
    ["Chinese expedition to Tibet (1720)", "1720: Tibet", "The Qing then installed the seventh Dalai Lama in the Potala Palace.", ["coup"]],
  ]);
});

describe("extractMethods: a clause of its own after a listed name, a successor named, the Company's armies, a ruler recognised in office, backing only claimed", () => {
  const T = "European influence in Afghanistan";
  testSectionRows([
    [T, "1979: Afghanistan", "Amin was assassinated by the KGB, and the Soviets installed Babrak Karmal as president.", ["coup", "covert"]],
    [T, "1979: Afghanistan", "On 27 December 1979 Soviet special forces stormed the Tajbeg Palace and killed Amin; Babrak Karmal was named his successor.", ["coup", "covert", "invasion"]],
    [T, "1839: Afghanistan", "The Army of the Indus restored Shah Shuja to the throne in Kabul in August 1839.", ["coup"]],
    [T, "1880: Afghanistan", "The British recognised Abdur Rahman Khan as Amir of Kabul.", ["coup"]],
    // Recognising a government or a state installs no one; backing some only claimed is none.
    [T, "1973: Afghanistan", "The Soviet Union quickly recognised the new republic.", []],
    [T, "1929: Afghanistan", "Amanullah was forced to abdicate after a rebellion which some claimed the British had encouraged.", []],
  ]);
});

describe("extractMethods: a revolution soldiers made, help from men another state trained", () => {
  const T = "European influence in Afghanistan";
  testSectionRows([
    [T, "1978: Afghanistan", "The Saur Revolution was carried out by Soviet-trained officers of the Afghan army and air force.", ["coup", "military_aid"]],
    [T, "1978: Afghanistan", "In April 1978 the PDPA seized power in the Saur Revolution, with the help of army officers trained in the Soviet Union.", ["coup", "military_aid"]],
    // A revolution of the people is no coup of anyone's.
    [T, "1979: Iran", "The revolution was carried out by students and workers.", []],
  ]);
});

describe("extractMethods: a possessive before an act noun names its actor, not the row's act told again", () => {
  test("'Kuchik's occupation of Rasht …' opening a sentence of the power's article is Kuchik's, not the row's act told again (actor:row-act)", () => {
    const row = sectionRow("Soviet involvement in regime change", "1921: Iran", "Kuchik's occupation of Rasht ended in 1921.");
    expect(row.methods).not.toContain("invasion");
  });
});

describe("extractMethods: the power's ruler by title (RULER_TITLES)", () => {
  testSectionRows([
    ["Ottoman conquest of Hungary", "1526: Hungary", "The sultan crossed the Sava and the Drava and destroyed the Hungarian army at the Battle of Mohács.", ["invasion"]],
    ["Russian conquest of the Caucasus", "1801: Georgia", "In September 1801 the tsar annexed the Kingdom of Kartli-Kakheti.", ["annexation"]],
    // "He" after a sentence the ruler opens by title stands for the power; after a sentence another king opens, for his state.
    ["Ottoman conquest of Hungary", "1526: Hungary", "King Louis II of Hungary gathered 26,000 troops. The sultan crossed the Drava. He then entered Buda, which his troops sacked.", ["invasion"]],
    ["Ottoman conquest of Hungary", "1526: Hungary", "The sultan stayed in Constantinople. King Louis II of Hungary raised an army. He then attacked Belgrade.", []],
    // A title the power's ruler does not bear, or a state named before the act, is someone else's.
    ["Ottoman conquest of Hungary", "1526: Hungary", "The king gathered 26,000 troops and attacked the Ottoman camp.", []],
    ["Russian conquest of the Caucasus", "1804: Erivan", "The shah besieged Russian-held Erivan.", []],
  ]);
});

describe("extractMethods on list articles: a war a peace ended, a coup a state backed amid a revolt, forces that crossed from a neighbour", () => {
  test.each([
    ["List of wars involving the Ottoman Empire", "17th century", "1606 – Peace of Zsitvatorok ended the Long Turkish War with the Habsburg monarchy", []],
    ["Timeline of the history of Guatemala", "20th century", "1954 – CIA-backed rebels overthrew President Jacobo Árbenz", ["coup"]],
    ["List of French military interventions", "19th century", "1881 – Tunisia: French troops crossed from Algeria; under the Treaty of Bardo Tunisia became a French protectorate", ["annexation", "invasion"]],
    // A revolt with no state behind it is no state's coup.
    ["Timeline of the history of Guatemala", "20th century", "1944 – Rebels overthrew President Jorge Ubico", []],
  ])("itemRow(%j, %j, %j) → %j", (title, period, item, methods) => {
    expect([...itemRow(title, period, item).methods].sort()).toEqual([...methods].sort());
  });
});

describe("extractMethods: European powers in Asia and Africa (an upheaval after a state's act in the row, money and rifles handed out, agents inciting, a land proclaimed part of an empire, a threatened invasion)", () => {
  testSectionRows([
    ["Soviet–Afghan War", "1979: Afghanistan", "KGB special forces stormed the Tajbeg Palace in Kabul and killed Amin. Babrak Karmal, flown in from exile in Czechoslovakia, was installed as general secretary.", ["coup", "covert", "invasion"]],
    ["European influence in Persia", "1915: Persia", "The German consul Wilhelm Wassmuss worked among the Tangistani tribes, distributing money and rifles to encourage risings against the British.", ["military_aid"]],
    ["European influence in Persia", "1915: Persia", "German agents incited attacks on the British residency at Bushehr.", ["covert"]],
    ["Italian colonial empire", "1936: Ethiopia", "Italian forces entered Addis Ababa on 5 May 1936, and four days later Mussolini proclaimed Ethiopia part of the new Italian East Africa.", ["annexation", "invasion"]],
    ["Italian colonial empire", "1889: Ethiopia", "Menelik had received thousands of Remington rifles and ammunition from Italy.", ["military_aid"]],
    // A threatened invasion is none.
    ["European influence in Persia", "1800: Persia", "The East India Company sent Captain John Malcolm to Tehran to secure Persian help against a threatened Afghan invasion of India.", []],
  ]);
});

describe("extractMethods: countercoups encouraged, governments replaced or dismissed on demand, rulers restored in the passive, forces at the gates, a coup accepted", () => {
  const U = "United States involvement in regime change", S = "Soviet involvement in regime change";
  testSectionRows([
    [U, "1960: Laos", "American officials encouraged Phoumi Nosavan's countercoup, which restored a pro-Western government in Vientiane.", ["coup"]],
    [S, "1956: Hungary", "On 4 November Soviet forces crushed the uprising and replaced Nagy's government with one led by János Kádár.", ["coup", "invasion"]],
    [S, "1945: Romania", "Vyshinsky demanded that King Michael dismiss the Rădescu government, and Petru Groza was appointed prime minister.", ["coup"]],
    ["British involvement in regime change", "1941: Iraq", "With British troops at the gates of Baghdad, Rashid Ali fled and the Regent was restored.", ["coup", "invasion"]],
    ["Egyptian involvement in regime change", "1962: Yemen", "Egyptian officers helped the republicans depose the Imam.", ["coup", "military_aid"]],
    // A coup accepted after the fact is no part in it; order restored is no ruler.
    ["French involvement in regime change", "1996: Niger", "Paris quickly accepted the coup that brought Ibrahim Baré Maïnassara to power.", []],
    ["British involvement in regime change", "1882: Egypt", "British troops landed at Alexandria and order was restored.", ["invasion"]],
  ]);
});
