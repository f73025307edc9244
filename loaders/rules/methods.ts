/**
 * The methods lexicon: cue phrases in general English, `[pattern, label, "example phrase"]`,
 * and the small tables that decide whether a cue in a sentence is the intervening power's act.
 * Data only; `extract/methods.ts` runs them. Definitions of the labels: gold/README.md.
 *
 * A pattern may name a group `actor`: the words in it must then name the actor (the cue counts
 * only for whom they name), e.g. "Soviet instructors", "Soviet-installed".
 */
import type {Rule} from "../types.ts";

/** The method labels, in the order they are written. */
export const METHODS = ["invasion", "coup", "annexation", "election", "military_aid", "covert"] as const;
export type Method = (typeof METHODS)[number];

/** What each label means (shown on the Methods page and in the data dictionary). */
export const METHOD_DESCRIPTIONS: Readonly<Record<Method, string>> = {
  invasion: "troops entered, invaded or occupied the territory",
  coup: "organised or backed a coup; overthrew, deposed or installed a leader by force",
  annexation: "territory incorporated into or ceded to the power",
  election: "elections forbidden, staged, rigged or restricted",
  military_aid: "arms, money, equipment, advisers, instructors or experts sent to a side",
  covert: "secret police or spy operations, assassinations, disguised troops, false flags, special forces",
};

const TROOPS = "(?:troops|soldiers|forces|force|army|armies|divisions?|brigades?|units|tanks|paratroopers|marines|legionnaires|(?:Foreign\\s+)?Legion|commandos|gendarmes|contingents?|battalions?|regiments?)";
const ARMS = "(?:arms|weapons|weaponry|munitions|ammunition|aircraft|airplanes|planes|jets|fighters|bombers|helicopters|tanks|rifles|guns|artillery|missiles|equipment|materiel|spare\\s+parts|military\\s+[\\p{L}]+)";

/**
 * Not right after a word that puts a participle in an adjective's place: "as armed rebels
 * approached", "the armed opposition", "heavily armed fighters" arm no one; nor inside a
 * compound ("CIA-trained exiles": the compound's own rule names who trained them).
 */
const AS_ADJECTIVE = "(?<![-‐])(?<!\\b(?:as|the|a|an|by|of|with|against|from|when|while|where|to|for|into|on|at|among|between|some|many|several|heavily|lightly|well|poorly|newly)\\s)";

/**
 * Bases, ports and airspace lent to a side at war: "France allowed UK aircraft and warships use
 * of its port", "granted basing rights". A METHOD_CUES row; the events pass takes the side let in
 * as the one helped, never the place the bases are at ("at Dakar in Senegal").
 */
export const BASES_LENT: Rule<Method> = [/\ballow(?:ed|ing|s)?\s+(?:[A-Za-z'’-]+\s+){1,4}?(?:to\s+use|use\s+of|the\s+use\s+of)\s+(?:its|their|the)\s+(?:[A-Za-z-]+\s+){0,3}?(?:bases?|ports?|airfields?|airbases?|air\s+bases?|airspace|facilities|harbou?rs?|territory)\b/i, "military_aid", "France allowed UK aircraft and warships use of its port and airfield facilities"];

/** Cue phrases → method label. Every example must match its own pattern (tested). */
export const METHOD_CUES: Rule<Method>[] = [
  // invasion: troops entered, invaded, occupied
  [/\binvad(?:ed|ing|es|e)\b/iu, "invasion", "the Soviet Union invaded Finland"],
  [/\binvasions?\b/iu, "invasion", "the Soviet invasion"],
  [/\boccup(?:ied|ying|ies|y)\b/iu, "invasion", "the Soviet Union occupied the Baltic states"],
  [/\boccupations?\b/iu, "invasion", "the Axis occupation of Yugoslavia"],
  [/\b(?:entered|enters|(?:marched|moved|rolled|poured|swept|crossed|advanced|pushed|drove|thrust|penetrated|struck|marches|moves|rolls|pours|sweeps|crosses|advances|pushes|drives|thrusts|penetrates|strikes|march|move|roll|pour|sweep|cross|advance|push|thrust|penetrate)\s+(?:deep\s+)?into)\s+(?!(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]*\s+){0,3}(?:Wars?|Conflict|Crisis|Revolution)\b)(?=the\s+(?:country|capital|city)\b|(?:the\s+)?(?:(?:north|south|east|west|central)(?:ern)?\s+)?\p{Lu})/u, "invasion", "Soviet Army tanks entered Budapest"],
  [/\bcrossed\s+the\s+(?:[\p{L}-]+\s+)?(?:border|frontier)\b/iu, "invasion", "Soviet troops crossed the border"],
  [new RegExp(`\\b(?:sent|sends|sending|dispatched|dispatches|dispatching|deployed|deploys|deploying|landed|lands|landing|ordered|orders|ordering)\\s+(?:(?:some|about|around|over|nearly|more than|[\\d,.–-]+|[\\p{L}]+)\\s+){0,5}?${TROOPS}(?:\\s*,\\s*[^,;.]{1,40},)?\\s+(?:(?:in)?to\\b|across\\b|(?:in|at|on|from)\\s+(?=(?:the\\s+)?\\p{Lu})|under\\s+(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:agreement|pact|treaty|accord)\\b)`, "iu"), "invasion", "The Soviet Union sent 1,000 troops into Afghanistan"],
  [new RegExp(`\\b(?:landed|deployed|stationed)\\s+(?:(?:some|about|around|over|nearly|more than|[\\d,.–-]+)\\s+){0,2}${TROOPS}\\s+(?:in|at|on)\\s+(?=(?:the\\s+)?\\p{Lu})`, "u"), "invasion", "the navy landed 5,000 marines in Veracruz"],
  [new RegExp(`\\b${TROOPS}\\s+(?:[\\p{L}]+\\s+)?(?:were\\s+)?(?:deployed|stationed|landed)\\b`, "iu"), "invasion", "the withdrawal of troops deployed by Moscow"],
  [/\b(?:launched|began|started|mounted|renewed)\s+(?:a|an|the|its|their)?\s*(?:[\p{L}-]+\s+){0,2}(?:offensive|incursion|assault)\s+(?:into|on|against|in)\b/iu, "invasion", "the Soviets launched a successful offensive into Romania"],
  [/\b(?:led|sent)\s+(?:his|her|its|their)\s+(?:army|armies|forces|troops)\s+(?:(?:deep|far)\s+)?into\b/iu, "invasion", "He led his army into Mongolia"],
  [/\b(?:captured|captures|seized|seizes|conquered|conquers|conquer|recaptured|reconquered|reconquers|overran|overrun|overruns)\s+(?:all\s+of\s+|most\s+of\s+)?(?!\p{Lu}[\p{L}'’-]*\s+(?:weapons|arms|equipment|tanks|guns|rifles|artillery|ammunition|materiel|aircraft|planes|ships|vessels|vehicles|documents|stocks|supplies|soldiers|troops|officers|prisoners|sailors|airmen|pilots)\b)(?=the\s+(?:country|capital|city|cities|port|ports|town|towns|village|villages|harbou?r|island|islands|fortress|fort|forts|citadel|airport|airfield|oasis|oases|valley|pass|province|region|district|outpost|stronghold|garrison|peninsula|strip|heights|territory|khanate|emirate)\b|(?:the\s+)?(?:(?:north|south|east|west|central)(?:ern)?\s+)?\p{Lu})/u, "invasion", "the Red Army captured Vienna"],
  [new RegExp(`\\badvancing\\s+(?<actor>(?:[\\p{L}-]+\\s+(?:and\\s+)?){0,3})${TROOPS}\\b`, "iu"), "invasion", "They were facing advancing Soviet and Romanian forces"],
  [/\battack(?:ed|ing)\b/iu, "invasion", "Nazi Germany attacked the Soviet Union"],
  [/\battacks\b/iu, "invasion", "Finland repelled Soviet attacks"],
  [/\bintervened\s+(?:militarily\s+)?in\b(?!\s+(?:the\s+)?(?:[\p{L}\d'’-]+\s+){0,3}(?:elections?|votes?|referendums?|plebiscites?|campaigns?|polls)\b)/iu, "invasion", "the Soviets intervened in Operation Storm-333"],
  [new RegExp(`\\b(?:airlift(?:ed|ing)|parachut(?:ed|ing)|air-?dropp(?:ed|ing)|flew\\s+in|flying\\s+in|rushed)\\s+(?:(?:some|about|around|over|nearly|more than|[\\d,.–-]+|[\\p{L}]+)\\s+){0,3}?(?!tanks\\b)${TROOPS}\\b`, "iu"), "invasion", "Paris airlifted paratroopers from Dakar to Libreville"],
  [new RegExp(`\\b(?:stationed|stationing|garrisoned|garrisoning|kept|keeping|maintained|maintaining|based)\\s+(?:(?:some|about|around|over|nearly|more than|[\\d,.–-]+|[\\p{L}]+)\\s+){0,3}?${TROOPS}\\s+(?:in|on|inside|across)\\b`, "iu"), "invasion", "Vietnam stationed some 40,000 troops in Laos"],
  [new RegExp(`\\b${TROOPS}\\s+(?:were\\s+|was\\s+|had\\s+been\\s+)?fighting\\s+(?:in|inside|alongside|against|the)\\b`, "iu"), "invasion", "some 70,000 Egyptian soldiers were fighting the royalists"],
  // Sieges, battles, campaigns, raids, shelling, strikes: acts of war in any telling.
  [/\b(?:besieg(?:ed|ing|es|e)|laid\s+siege|lay\s+siege|laying\s+(?:the\s+)?siege|under\s+siege)\b/iu, "invasion", "Aga of Kish besieged Uruk"],
  [/\bsieges?\b/iu, "invasion", "Enmerkar of Uruk's year-long siege of Aratta"],
  [/\bbattles?\b/iu, "invasion", "Battle of Megiddo"],
  // A civil war is one state's own; a declared war is a declaration, not an act.
  [/(?<!\bdeclared\s)(?<!\bdeclare\s)(?<!\bcivil\s)(?<!\b(?:World|Cold|Great)\s)\bwars?\b(?!\s+(?:on|efforts?|office|ministry|department|crimes?|memorial|cemetery|council|cabinet|time|years?|zone|criminals?|veterans?|debts?|bonds?|reparations?|declaration|chest|effort)\b)/iu, "invasion", "Nebuchadnezzar I of Isin's War with Elam"],
  // A name's campaign is an election campaign ("the Yeltsin campaign") unless it is possessive or goes somewhere.
  [/\b(?:military\s+|naval\s+|punitive\s+|air\s+|aerial\s+|bombing\s+)campaigns?\b|(?<=\p{Lu}[\p{L}'’]*(?:\s+[IVX]+)?['’]s\s)campaigns?\b(?!\s+(?:for|to\s+win)\b)(?![^.;]{0,60}\b(?:vote|votes|voters|election|elections|polls|ballots?|electoral)\b)|(?<!\b(?:political|propaganda|media|election|electoral|smear|publicity|advertising|disinformation|lobbying|pressure|diplomatic|presidential|re-election|leaflet|poster|opposition['’]s|party['’]s|candidate['’]s)\s)\bcampaigns?(?=\s+(?:in|into|against|to|on)\s+(?:the\s+)?\p{Lu})/u, "invasion", "Ahmose I's campaigns to Syria and Nubia"],
  [/\bconquests?\b/iu, "invasion", "Assyrian conquest of Israel"],
  [/\bconquer(?:ed|ing|s)?\b/iu, "invasion", "After conquering Granada"],
  [/\b(?:[Ss]ack(?:ed|ing)?|[Ss]acks)\b(?=\s+(?:of\s+)?(?:the\s+)?\p{Lu})/u, "invasion", "925 BCE Sack of Jerusalem"],
  [/\b(?:air\s+|naval\s+|cross-border\s+)?raid(?:s|ed|ing)?\b/iu, "invasion", "carried out a retaliatory air raid over Gibraltar"],
  [/\bincursions?\b/iu, "invasion", "Spanish incursions into British Waters"],
  [/\b(?:shell(?:ed|ing)|bombard(?:ed|ing|ment|s)|bomb(?:ed|ing)|bombers(?!\s+(?:flown|piloted|manned|supplied|sold|provided|delivered|given|sent)\b)|air\s*strikes?|airstrikes?|surgical\s+strikes?|missile\s+strikes?|drone\s+strikes?|cross[- ]border\s+(?:firing|fire|strikes?|attacks?)|(?:exchanged?|exchanging)\s+(?:of\s+)?(?:artillery\s+|heavy\s+)?fire|fired\s+(?:at|on|into|upon)|open(?:ed)?\s+fire|firing\s+by|sniper\s+(?:fire|attacks?)|skirmish(?:es|ed|ing)?)\b/iu, "invasion", "Heavy shelling targeted the castle and the town"],
  [/\bassault(?:ed|ing|s)?\b/iu, "invasion", "Enrique de Guzmán assaulted Gibraltar"],
  [/\b(?:subdued|subjected|subjugated|defeated|defeating|defeat|routed|crushed|ambushed)\b/iu, "invasion", "Enmebaragesi of Kish subdued Elam"],
  [/\b(?:took|taken|take|takes|taking|retook|retake|retakes|retaking|recovered|recover|recovers|regained|regain|regains|recapture[ds]?|recapturing|wrest(?:ed|s)?)\s+(?:over\s+|back\s+|control\s+of\s+|of\s+)?(?:(?:all|most|much|part|parts|half|two-thirds|one-third|a\s+third|a\s+quarter|large\s+parts)\s+of\s+(?:the\s+)?)?(?!(?:\p{Lu}[\p{L}'’-]*(?:['’]s)?\s+)?(?:foreign|internal|financial|economic|customs|trade|affairs|policy|relations|finances|economy|defen[cs]e)\b)(?=(?:the\s+(?:town|city|fort|fortress|citadel|castle|capital|island|port|outworks|oasis|country|islands)\b)|(?:(?:north|south|east|west|central|upper|lower)(?:ern)?\s+)?\p{Lu})/u, "invasion", "In 1881 they took western Turkmenistan"],
  [/(?<=\b(?:was|were|been|being|is|are)\s+(?:[\p{L}]+ly\s+)?)(?:taken|captured|seized|conquered|occupied)\s+(?:over\s+)?by\b/iu, "invasion", "Gibraltar was taken by Ibn Hud"],
  [/\b(?:engaged|intercepted|surprised|surprise|attacked)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:fleet|army|forces|troops|garrison|squadron|column)\b/iu, "invasion", "a Dutch fleet surprised and engaged a Spanish fleet"],
  // Troops land; aircraft and passengers only arrive.
  [/(?<!\b(?:aircraft|airliner|plane|flight|passengers?|jet|helicopter)\s)\b(?:landed|land|landing)\s+(?:[\p{Ll}]+\s+)?(?:at|in|on|near)\s+(?=the\s+(?:\p{Ll}+\s+(?:point|coast|shore|beach|bay)|(?:island|islands|peninsula|mainland)\b)|(?:the\s+)?\p{Lu})/u, "invasion", "Corsairs landed at Gibraltar"],
  [/\bdefended\s+(?:[\p{L}'’-]+\s+){0,3}against\b/iu, "invasion", "defended Lagash against Ur-Lumma of Umma"],
  [/\b(?:marched|advanced|pushed)\s+(?:[\p{Ll}-]+\s+){0,2}(?:on|into|against|towards?)\s+(?=(?:the\s+)?\p{Lu})/u, "invasion", "the army marched on Kabul"],
  [/\bFall\s+of\s+(?=(?:the\s+)?\p{Lu})/u, "invasion", "Fall of Babylon"],
  [/\b(?:blew\s+up|blow\s+(?:[\p{L}-]+\s+){0,3}up|demolish(?:ed|ing)|destroy(?:ed|ing)|raz(?:ed|ing))\b/iu, "invasion", "instructed Royal Engineers to blow the forts up"],
  // "Intervened militarily" with no "in" after it, and the noun: the act articles about interventions name most.
  [/\bintervened\s+militarily\b|\bmilitary\s+interventions?\b/iu, "invasion", "the United States intervened militarily"],
  [/(?:\b(?:led|commanded|headed)\s+(?:an?|the)\s+)?\b(?:punitive|military|naval|armed)\s+expeditions?\b|\bexpeditionary\s+(?:force|forces|corps|army)\b/iu, "invasion", "Britain dispatched a punitive expedition against the Ashanti"],
  [new RegExp(`\\b${TROOPS}\\s+(?:were|was|had\\s+been|have\\s+been)\\s+(?:sent|dispatched|deployed|airlifted|flown|rushed)\\s+(?:in)?to\\b`, "iu"), "invasion", "troops were sent to the Dominican Republic"],
  [/\bfl(?:ew|own|ying)\s+(?:combat|bombing|strike)\s+(?:missions|sorties)\b/iu, "invasion", "American pilots flew combat missions over Laos"],
  [new RegExp(`\\b${TROOPS}(?:\\s+of\\s+(?:the\\s+)?[^,.;]{1,40}?)?\\s+(?:were\\s+)?(?:(?:flew|flown|airlifted|parachuted|dropped)\\s+in(?:to)?|(?:parachuted|dropped)\\s+(?:on|over|onto|near))\\b`, "iu"), "invasion", "French paratroopers flew in from Dakar"],
  [/\b(?:aircraft|planes|airplanes|jets|warplanes|fighters|bombers|helicopters|gunships|drones|missiles|rockets|artillery|warships|gunboats|[Aa]ir\s+[Ff]orce|[Nn]avy|[Ff]leet)\s+(?:[\p{Ll}]+ly\s+)?(?:struck|hit|strafed|pounded|raided|rocketed)\b/iu, "invasion", "French aircraft struck Libyan tanks near Benghazi"],
  [/\b(?:drove|driven|drive|driving|pushed|pushing|expelled|expelling)\s+(?:[\p{L}'’-]+\s+){1,4}out\s+of\s+(?=(?:the\s+)?(?:(?:north|south|east|west|central)(?:ern)?\s+)?\p{Lu})/u, "invasion", "Operation Serval drove jihadist groups out of northern Mali"],
  [/\b(?:fell|falls|fall|capitulated)\s+to\s+(?:the\s+)?(?=\p{Lu})/u, "invasion", "Algeciras fell to the Castilians"],
  [/\b(?:advanced|pushed|moved|marched|drove|penetrated|thrust|poured|swept|rolled)\s+(?:deep|far|further)\s+into\b/iu, "invasion", "Russian troops advanced deep into Georgia"],
  [/\b(?:entered|enters|violated|violates|violating|crossed\s+into|crosses\s+into|(?:marched|moved|advanced|pushed|drove|penetrated|poured|swept|rolled|marches|moves|advances|pushes|drives|penetrates|pours|sweeps|rolls|march|move|advance|push|penetrate|pour|sweep|roll)\s+into)\s+(?:[\p{Ll}-]+\s+){0,2}\p{Lu}[\p{L}'’-]*\s+(?:territory|soil|airspace|territorial\s+waters)\b/u, "invasion", "Indian jets violated Pakistani airspace"],
  [/\b(?:moved|marched|advanced|drove|pushed|passed|came)\s+(?:through|across|over)\s+(?:[\p{L}'’-]+\s+){1,5}?into\s+(?=(?:the\s+)?\p{Lu})/u, "invasion", "Russian troops moved through the Roki Tunnel into South Ossetia"],
  [/\b(?:launched|mounted|made|began|started|carried\s+out|staged|conducted)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:attack|assault|offensive|incursion|raid|invasion)\s+(?:on|against|into)\b/iu, "invasion", "China launched a punitive attack on northern Vietnam"],
  [/\b(?:capturing|seizing|conquering|overrunning)\s+(?:all\s+of\s+|most\s+of\s+)?(?=the\s+(?:country|capital|city)\b|(?:the\s+)?\p{Lu})/u, "invasion", "capturing Lang Son before withdrawing"],
  [/\b(?:retook|retaken|retaking|regained|regaining|wrested|wresting)\s+(?:control\s+of\s+)?(?:all\s+of\s+|most\s+of\s+)?(?=the\s+\p{Lu})/u, "invasion", "the British retook the South Sandwich Islands"],
  [/\b(?:encircled|encircling|routed|routing|trapped|trapping)\s+(?=(?:the\s+|an?\s+)?(?:[\p{L}\d-]+\s+){0,3}?(?:army|armies|forces|troops|garrison|fleet|division|brigade|corps)\b)/iu, "invasion", "Israeli forces encircled the Egyptian Third Army"],
  [/\b(?:stormed|storms|storming)\s+(?=(?:the\s+)?(?:(?:fortress|fort|citadel|castle|palace|city|town|capital|walls|stronghold|garrison|barracks|island|port|harbou?r|airport|beach|beaches|embassy|parliament|compound)\b|\p{Lu}))/u, "invasion", "a British army stormed the fortress of Magdala"],
  [/\b(?:struck|striking|hit|hitting|targeted|targeting)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:forces|troops|positions|targets|bases|camps|convoys|tanks|airfields|air\s+defen[cs]es|strongholds|installations)\b/iu, "invasion", "the coalition struck Islamic State targets"],
  [/\b(?:enforced|enforcing|imposed|imposing|patrolled|patrolling)\s+(?:a|the)\s+no-fly\s+zones?\b/iu, "invasion", "NATO aircraft enforced a no-fly zone"],
  // Troops sent, told as a noun: "landing of 22,000 troops", "deployment of 14,000 Marines".
  [new RegExp(`\\b(?:deployments?|landings?|dispatch|stationing)\\s+of\\s+(?:(?:some|about|around|over|nearly|[\\d,.–-]+|[\\p{L}]+)\\s+){0,3}?${TROOPS}\\b`, "iu"), "invasion", "landing of 22,000 troops during the civil war"],
  // Troops that arrive in a place entered it ("Marines, followed by French troops, arrived in the capital"); aid and people only arrive.
  [new RegExp(`\\b(?:${TROOPS}|Marines|Troops|Forces|Soldiers|Paratroopers)(?:,\\s+[^,.;]{1,60},)?\\s+(?:had\\s+)?(?:arrived|arriving)\\s+(?:in|at|on)\\s+(?=the\\s+(?:capital|city|country|island)\\b|(?:the\\s+)?\\p{Lu})`, "u"), "invasion", "United States Marines, followed by French and Canadian troops, arrived in the capital"],
  // Forces that secure a place hold it: "the paratroopers secured the airport" (not a loan or a deal).
  [/\bsecur(?:ed|ing)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:airport|airfield|airbase|air\s+base|capital|city|town|port|harbou?r|bridgehead|beachhead|bridges?|border\s+crossings?|pass|island|peninsula|palace|presidential\s+palace)\b/iu, "invasion", "The force of around 1,200 paratroopers soon secured the airport"],
  // Troops carried to a place: "Cuba airlifted and shipped some 36,000 troops to Angola".
  [new RegExp(`\\b(?:airlifted|shipped|ferried|transported|sealifted)\\s+(?:and\\s+(?:airlifted|shipped|ferried|transported|sealifted|sent|flew)\\s+)?(?:(?:some|about|around|over|nearly|[\\d,.–-]+)\\s+){0,2}${TROOPS}\\s+(?:in)?to\\s+(?=(?:the\\s+)?\\p{Lu})`, "u"), "invasion", "Cuba airlifted and shipped some 36,000 troops to Angola"],
  // Bombs dropped on a place: "the United States dropped atomic bombs on Hiroshima".
  [/\bdropp(?:ed|ing)\s+(?:[\p{L}-]+\s+){0,2}(?:bombs?|napalm|ordnance|munitions|explosives)\s+on\b/iu, "invasion", "the United States dropped atomic bombs on Hiroshima and Nagasaki"],
  // Forces pushed back: "pushed United Nations forces back across the 38th parallel".
  [/\b(?:pushed|pushing|drove|driving|forced|forcing|threw|throwing|hurled|beat|beating)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:forces|troops|army|armies|units|defenders|invaders|enemy|\p{Lu}\p{Ll}+(?:ans|ians|ese|is|ks|ts|ch|sh))\s+back\s+(?:across|over|beyond|to|into|behind|towards?)\b/u, "invasion", "pushed United Nations forces back across the 38th parallel"],
  // A named operation launched against a place is an attack on it: "launched Operation Ramadan against Basra".
  [/\b(?:launched|launching|mounted|mounting|began|started|conducted)\s+Operation\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:against|into|on)\s+(?=(?:the\s+)?\p{Lu})/u, "invasion", "Iranian forces launched Operation Ramadan against Basra"],
  // Troops flown to a place: "Israeli commandos flew 4,000 kilometres to Entebbe Airport".
  [new RegExp(`\\b${TROOPS}\\s+(?:flew|were\\s+flown|had\\s+flown)\\s+(?:[\\p{L}\\d,.]+\\s+){0,3}?(?:to|into)\\s+(?=\\p{Lu})`, "u"), "invasion", "Israeli commandos flew 4,000 kilometres to Entebbe Airport"],
  // A named place that surrendered was taken ("Singapore surrendered to the Japanese"); people who surrender to the police were not.
  [/(?<=\b\p{Lu}[\p{L}'’-]+\s)surrendered\s+to\s+(?:the\s+)?(?=\p{Lu}[\p{L}'’-]+(?:\s+(?:forces|troops|army|armies))?\b(?!\s+(?:police|authorities|officials|officers|guards)\b))/u, "invasion", "Singapore surrendered to the Japanese"],
  // A named operation launched against, in or to stop something: "France launched Operation Serval to halt an Islamist advance".
  [/\b(?:launched|launching|mounted|mounting|began|beginning)\s+(?:the\s+)?Operation\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?,?\s+(?:against|in|into|on|to\s+(?:halt|stop|repel|drive|expel|retake|recapture|defeat|fight|oust|topple|overthrow|liberate|free|rescue|evacuate|secure|capture|seize|destroy))\b/u, "invasion", "France launched Operation Serval to halt an Islamist advance"],
  // Missiles and rockets fired at a state: "launching Scud missiles at Israel and Saudi Arabia".
  [/\b(?:launch(?:ed|ing)?|fir(?:ed|ing)|lob(?:bed|bing))\s+(?:[\p{L}\d,-]+\s+){0,3}?(?:missiles|rockets|shells|Scuds|mortars|mortar\s+rounds)\s+(?:at|on|into|against)\b/iu, "invasion", "Iraq responded by launching Scud missiles at Israel"],
  // Counter-attacks are attacks: "Israeli counterattacks on 8 October failed", "the Iranian counter-offensive".
  [/\bcounter-?(?:attack(?:s|ed|ing)?|offensives?|strikes?)\b/iu, "invasion", "Israeli counterattacks on 8 October failed"],
  // A named river or canal crossed by forces: "Egyptian forces crossed the Suez Canal" (who crossed, and whether in arms, is the agent pass's question).
  [/\b(?:crossed|crossing)\s+the\s+(?:\p{Lu}[\p{L}-]+\s+){1,2}(?:Canal|River)\b/u, "invasion", "On 6 October, Egyptian forces crossed the Suez Canal"],
  // Timelines tell in the present: "Italian aircraft bomb Malta", "the Luftwaffe drops bombs on the islands".
  [/(?<!\bto\s)\b(?:bombs?|shells|strafes)\s+(?=(?:the\s+)?(?:(?:north|south|east|west|central)(?:ern)?\s+)?\p{Lu})|\bdrop(?:s|ped|ping)?\s+(?:[\p{L}\d,]+\s+){0,5}?bombs\s+(?:on|over)\b/u, "invasion", "Italy declares war on Britain, and Italian aircraft bomb Malta on 11 June"],
  // An enemy driven out of a place: "Ethiopian troops drove the Islamic Courts Union from Mogadishu".
  [/\b(?:drove|drive|drives|driving|pushed|pushes|pushing|chased|chases|chasing|routed|routs|routing)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:out\s+of|from)\s+(?=(?:the\s+)?\p{Lu})/u, "invasion", "Ethiopian troops drove the Islamic Courts Union from Mogadishu"],
  // Strikes of every kind, and land taken by its measure: "launched pre-emptive strikes on eleven Indian airbases", "captured around 15,010 km2 of Pakistani territory".
  [/\b(?:pre-?emptive|preventive|retaliatory|punitive|artillery|rocket|naval|aerial|cross-?border)\s+(?:air\s+)?strikes?\b/iu, "invasion", "the Pakistan Air Force launched pre-emptive strikes on eleven Indian airbases"],
  [/\b(?:captured|seized|occupied|took|gained|conquered|overran)\s+(?:\S+\s+){0,4}?of(?=\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+)?(?:territory|land|soil)\b)/u, "invasion", "India captured around 15,010 km2 of Pakistani territory in the west"],
  // "launched strikes against Cairo West airfield".
  [/\b(?:launched|launching|carried\s+out|carrying\s+out|conducted|conducting|mounted|mounting|flew|flying)\s+(?:[\p{L}\d,-]+\s+){0,2}?strikes\s+(?:on|against|at|in|into)\b/iu, "invasion", "The Royal Navy's aircraft carriers launched strikes against Cairo West airfield"],
  // Risings put down by force: "British forces suppressed the Iraqi revolt", "mutinies put down by British troops", "suppression of the Mau Mau uprising".
  [/\b(?:suppress(?:ed|ing|es)?|put(?:ting|s)?\s+down|quell(?:ed|ing|s)?|suppression\s+of)\s+(?:the\s+|an?\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:revolts?|rebellions?|uprisings?|insurgency|insurgencies|insurrections?|mutiny|mutinies|risings?)\b/iu, "invasion", "British forces suppressed the Iraqi revolt"],
  [/\b(?:revolts?|rebellions?|uprisings?|insurgency|insurrections?|mutiny|mutinies|risings?)\s+(?:was\s+|were\s+)?(?:suppressed|put\s+down|quelled|crushed)\b/iu, "invasion", "army mutinies put down by British troops"],
  // Troops that fought in a place: "British troops fought nationalists in Surabaya".
  [new RegExp(`\\b${TROOPS}\\s+(?:had\\s+)?fought\\b(?!\\s+(?:alongside|with|beside|for|on\\s+behalf|on\\s+the\\s+side)\\b)`, "iu"), "invasion", "British troops fought nationalists in Surabaya"],
  // A state's intervention in another, named: "The Vietnamese intervention in Cambodia in 1978" (not "in the election").
  [/\binterventions?\s+in\s+(?=(?:the\s+)?(?:(?:north|south|east|west|central)(?:ern)?\s+)?\p{Lu})(?!(?:the\s+)?(?:[\p{Lu}\d][\p{L}\d'’-]*\s+){0,3}(?:[Ee]lections?|[Rr]eferendums?|[Pp]lebiscites?|[Vv]otes?|[Cc]ampaigns?)\b)/u, "invasion", "The Vietnamese intervention in Cambodia in 1978 toppled the Khmer Rouge"],

  // Forces that depose or restore a ruler came in to do it: "French paratroopers overthrew Bokassa".
  [new RegExp(`\\b${TROOPS}\\s+(?:(?:had|then|also|quickly|finally)\\s+)?(?:overthrew|deposed|ousted|toppled|reinstated|restored|reinstalled|installed)\\b`, "iu"), "invasion", "French paratroopers overthrew Bokassa"],
  // A commando raid abroad crosses a border whatever it was for: "Israeli commandos assassinated Abu Jihad in Tunis".
  [/\b(?:commandos|special\s+forces|paratroopers|SEALs|SAS\s+(?:troops|men|soldiers|teams?))\s+(?:[a-z]+\s+)?(?:raided|stormed|attacked|assassinated|killed|kidnapped|abducted|rescued|destroyed|blew\s+up)\b/, "invasion", "Israeli commandos assassinated Abu Jihad in Tunis"],
  // Troops kept where they were after they were due to leave: "refused to withdraw its troops from northern Iran".
  [/\b(?:refused|declined|failed|delayed)\s+(?:to\s+withdraw|withdrawing|the\s+withdrawal\s+of)\s+(?:its|their|the)?\s*(?:[A-Za-z-]+\s+)?(?:troops|forces|army|soldiers|garrisons?)\b/i, "invasion", "The Soviet Union refused to withdraw its troops from northern Iran"],
  // Aircraft shot down, weapons of war used on another's forces or land.
  [/\bsh(?:ot|oot|oots|ooting)\s+down\s+(?=(?:an?|the|two|three|four|five|six|seven|eight|nine|ten|several|many|dozens|its|their|his|her)\s|\d|\p{Lu})/u, "invasion", "the USS Vincennes shot down Iran Air Flight 655"],
  [/\bus(?:ed|ing)\s+(?:[A-Za-z-]+\s+){0,2}?(?:weapons|gas|bombs|missiles|rockets|napalm|agents|artillery)\s+(?:against|on)\b/i, "invasion", "Iraq used chemical weapons against Iranian troops"],
  // A siege relieved: "British troops took part in the relief of the Beijing legations".
  [/\b(?:relief|relieved|relieving)\s+(?:of\s+)?(?:the\s+)?(?:besieged\s+)?(?:[A-Z][A-Za-z-]*\s+)?(?:legations?|garrisons?|city|town|fort|fortress|citadel|siege)\b/, "invasion", "British troops took part in the relief of the Beijing legations"],
  // Forces dropped on a place: "paratroopers dropped on Port Said", "legionnaires parachuted into the mining town".
  [/\b(?:parachuted|parachuting|air-?dropped)\s+(?:in)?to\b|\b(?:parachuted|dropped|were\s+dropped)\s+(?:on|onto|over)\s+(?=(?:the\s+)?\p{Lu})/u, "invasion", "British and French paratroopers dropped on Port Said"],
  // A depth of advance into a land: "advanced more than 3,000 kilometres into Angola".
  [/\badvanc(?:ed|ing)\s+(?:(?:some|about|around|more\s+than|over|nearly|almost|up\s+to|[\d,.]+)\s+){1,3}(?:kilometres|kilometers|km|miles)\s+into\b/i, "invasion", "South African columns advanced more than 3,000 kilometres into Angola"],
  // Harbours mined: "CIA operatives mined the harbours of Corinto and Puerto Sandino".
  [/\b(?:mined|mining)\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,2}?(?:harbou?rs?|ports?|waters|approaches|estuary|straits?|channel)\b/i, "invasion", "CIA operatives mined the harbours of Corinto"],
  // A war waged on another's people: "Washington waged a brutal counterinsurgency against Aguinaldo's republic".
  [/\bwag(?:ed|ing|es)\s+(?:a|an)\s+(?:[A-Za-z-]+\s+){0,2}?(?:counterinsurgency|counter-insurgency|war|campaign)\s+(?:against|on)\b/i, "invasion", "Washington waged a brutal counterinsurgency against Emilio Aguinaldo's republic"],
  // Marching into a land: "Trajan marched into the kingdom".
  [/\bmarch(?:ed|ing|es)\s+(?:[a-z]+\s+)?into\b/i, "invasion", "Trajan marched into the kingdom"],
  // The war carried into another's land: "Iran carried the war into Iraqi territory".
  [/\b(?:carried|carrying|took|taking|brought|bringing)\s+the\s+war\s+(?:in)?to\b/i, "invasion", "Iran carried the war into Iraqi territory"],
  // A rising put down by another state's forces: "The uprising was suppressed by Soviet tanks".
  [/\b(?:suppressed|crushed|put\s+down|quelled|smashed)\s+by\s+(?:the\s+)?(?<actor>\p{Lu}[\p{L}]+)\s+(?:tanks|troops|forces|army|soldiers|armour|armor|paratroopers)\b/u, "invasion", "The uprising was suppressed by Soviet tanks"],
  // Another's forces fought: "Soviet pilots engaged American aircraft over the Yalu".
  [/\bengag(?:ed|ing)\s+(?:the\s+)?(?:\p{Lu}[\p{L}]+\s+)?(?:aircraft|planes|jets|fighters|bombers|troops|forces|ships|warships|fleet|army|armies|garrisons?)\b/u, "invasion", "Soviet pilots engaged American aircraft over the Yalu"],
  // Forces that crossed from a neighbour into the land: "French troops crossed from Algeria".
  [/(?<=\b(?:troops|forces|army|armies|columns?|soldiers|cavalry|units)\s+(?:[a-z]+\s+)?)crossed\s+(?:over\s+)?from\s+(?=(?:the\s+)?\p{Lu})/u, "invasion", "French troops crossed from Algeria"],
  // Forces at a city's gates: "With British troops at the gates of Baghdad, Rashid Ali fled".
  [/\b(?:troops|forces|army|armies|columns?|soldiers)\s+(?:were\s+|was\s+)?(?:at|before|outside)\s+the\s+(?:gates|walls)\s+of\b/i, "invasion", "With British troops at the gates of Baghdad"],
  // coup: organised or backed a coup, overthrew or deposed a leader by force, installed one
  [/\b(?:counter-?)?coups?(?:\s+d['’]état)?\b/iu, "coup", "five youths would launch a coup with Soviet support"],
  [/\bputsch(?:es)?\b/iu, "coup", "a Soviet-backed putsch"],
  [/\boverthr(?:ew|own|owing|ows|ow)\b/iu, "coup", "overthrowing Afghan leader Hafizullah Amin"],
  [/\bdepos(?:ed|ing|es|e)\b/iu, "coup", "the Allies deposed him"],
  [/\boust(?:ed|ing|s)?\b/iu, "coup", "the CIA ousted President Árbenz"],
  [/\b(?:ouster|toppl(?:ed|ing|es|e))\b/iu, "coup", "the agency helped topple the elected government"],
  [/\bremov(?:ed|ing|e|es)\s+(?:[\p{L}'’.-]+\s+){1,4}from\s+(?:power|office)\b/iu, "coup", "the invasion removed the dictator from power"],
  [/\bbr(?:ought|ing|inging)\s+down\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:government|regime|cabinet)\b/iu, "coup", "a campaign to bring down the government"],
  [/\b(?:re)?install(?:ed|ing)\s+(?:the\s+(?:former\s+|exiled\s+|deposed\s+|ousted\s+)?(?:president|prime\s+minister|premier|king|emperor|shah|emir|amir|sultan|leader|general|colonel|vice-president)\s+)?(?:\p{Lu}[\p{L}.'-]*\s+){1,3}(?:in\s+(?:his|her|their)\s+place|as\s+(?:the\s+|an?\s+)?(?:new\s+|puppet\s+|client\s+|pro-[\p{L}]+\s+)?(?:leader|president|prime\s+minister|head|ruler|king|shah|premier|amir|emir|sultan|khan|monarch|regent))/u, "coup", "installing Babrak Karmal in his place"],
  [/\binstall(?:ed|ing|s)\s+(?:a|an|the)\s+(?:(?:new|puppet|pro-[\p{L}]+|friendly|communist|client|compliant)\s+)*(?:government|regime|leader|administration|junta)\b/iu, "coup", "the Soviets installed a puppet government"],
  [/(?<actor>\b\p{Lu}[\p{L}.]*)[-‐]installed\b/u, "coup", "the new Soviet-installed János Kádár government"],
  [/\b(?:placed|put|restored|installed|set)\s+(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+(?:\s+|,[^,;.]{1,90},\s+)on\s+the\s+(?:[\p{L}-]+\s+)?throne\b/iu, "coup", "the Russians placed their candidate on the throne"],
  [/\brestor(?:ed|ing)\s+(?:[\p{L}'’-]+\s+){1,4}to\s+(?:the\s+throne|power|office|(?:the\s+)?presidency)\b/iu, "coup", "the British restored Shah Shuja to the throne"],
  [/\b(?:forc(?:ed|ing)|compell(?:ed|ing)|obliged|induced|pressured)\s+(?:[\p{L}'’-]+\s+){1,4}to\s+abdicate\b|\bforced\s+the\s+abdication\s+of\b/iu, "coup", "the British forced the king to abdicate"],
  [/\bplayed\s+a\s+(?:[\p{L}]+\s+)?(?:part|role)\s+in\s+the\s+(?:fall|overthrow|ouster|removal|deposition)\s+of\b/iu, "coup", "Britain played a part in the fall of Amanullah"],
  // The removal of a named leader: "invasion, occupation and removal of Saddam Hussein".
  [/\b(?:removal|ouster|deposition|toppling|overthrow)\s+of\s+(?:(?:President|Prime\s+Minister|Premier|King|Queen|Emperor|Shah|Emir|Amir|Sultan|General|Colonel|Chancellor|Dictator|dictator|leader)\s+)?\p{Lu}[\p{L}'’.-]+\s+(?:\p{Lu}[\p{L}'’.-]+\s+)?\p{Lu}[\p{L}'’-]+/u, "coup", "invasion, occupation and removal of Saddam Hussein"],
  // Power seized ("take power" is also said of elections): whose act it was is the agent pass's question ("with American support").
  [/\b(?:seiz(?:ed|ing|es|e)|grabbed|grabbing|grab)\s+power\b|\bmilitary\s+takeover\b|(?<=\b(?:who|which|that|and|then)\s+)took\s+power\b/iu, "coup", "the army seized power with American support"],
  [/\bforc(?:ed|ing)\s+(?:[\p{L}'’.-]+\s+){1,4}to\s+(?:resign|step\s+down)\b/iu, "coup", "the British forced the prime minister to resign"],
  [/\b(?:restor(?:ed|ing|e)|reinstat(?:ed|ing|e)|reinstall(?:ed|ing)?|(?:restoration|reinstatement)\s+of)\s+(?:the\s+)?(?:(?:deposed|ousted|exiled|overthrown)\s+)?(?:President|King|Queen|Emperor|Empress|Sultan|Shah|Emir|Amir|Khan|Regent|Khedive|Bey|Dey|Nawab|Maharaja|Raja|Tsar|Czar|Kaiser|Negus|Pasha|Prime\s+Minister|Premier|leader|ruler|monarch|regent|government|regime)\b/u, "coup", "French troops restored President Léon M'ba"],
  [/\binstall(?:ed|ing)\s+(?:a|an|the)\s+(?:\p{Lu}[\p{L}'’-]*\s+(?:of\s+)?){0,4}(?:Republic|Government|Regime|Council|Junta|Administration|Committee|Front|Authority|Directory|Cabinet)\b/u, "coup", "Vietnam installed the People's Republic of Kampuchea"],
  // The same told in the passive; who forced it is the agent pass's question ("after the invasion").
  [/(?<=\b(?:was|were)\s+)forced\s+(?:to\s+(?:abdicate|resign|step\s+down)|into\s+exile|from\s+(?:the\s+throne|power|office))\b/iu, "coup", "Reza Shah was forced to abdicate in favour of his son"],
  // "put M'ba back in power", "brought Dacko back to power".
  [/\b(?:put|putting|brought|bringing|returned|returning|restored|restoring|reinstated|reinstating)\s+(?:[\p{L}'’.-]+\s+){1,4}back\s+(?:in|into|to|on)\s+(?:power|office|the\s+throne|the\s+presidency)\b/iu, "coup", "paratroopers retook Libreville and put M'ba back in power"],
  // A ruler replaced or removed by name, one proclaimed or appointed: "killed Hafizullah Amin and replaced him with Babrak Karmal", "removed Emperor Bokassa", "proclaimed Abdur Rahman Khan amir of Kabul".
  [/\breplac(?:ed|ing|es|e)\s+(?:him|her|them|the\s+(?:king|president|prime\s+minister|premier|amir|emir|shah|sultan|government|regime|leader|ruler)|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s+with\s+(?=\p{Lu})/u, "coup", "Soviet special forces killed Hafizullah Amin and replaced him with Babrak Karmal"],
  [/\b(?:removed|removes|removing)\s+(?:President|Emperor|Empress|King|Queen|Shah|Sultan|Emir|Amir|Khan|Khedive|Prime\s+Minister|Premier|General|Colonel|Dictator)\s+\p{Lu}/u, "coup", "French troops removed Emperor Bokassa"],
  [/\b(?:proclaimed|proclaiming|proclaims|appointed|appointing|appoints|named|naming|names|chose|chosen|choosing|selected|selecting|picked|nominated|nominating)\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:as\s+)?(?:the\s+)?(?:new\s+)?(?:[Aa]mir|[Ee]mir|[Kk]ing|[Ss]hah|[Ss]ultan|khan|[Kk]hedive|bey|[Rr]uler|[Rr]egent|[Vv]iceroy|[Nn]awab|[Mm]aharaja|[Rr]aja|prime\s+minister|premier|head\s+of\s+(?:state|government))\b/u, "coup", "The British proclaimed Abdur Rahman Khan amir of Kabul in July 1880"],
  // A leader removed under pressure: "Moscow pressured the Czechoslovak leadership to remove Alexander Dubček".
  [/\b(?:pressured|pressed|forced|compelled|induced|obliged)\s+(?:[\p{L}'’-]+\s+){1,4}?to\s+(?:remove|oust|dismiss|depose|replace|sack)\s+(?=\p{Lu})/u, "coup", "Moscow pressured the Czechoslovak leadership to remove Alexander Dubček"],
  // A puppet state set up, a state turned into a client: "set up the puppet state of Manchukuo", "turned Slovakia into a client state".
  [/\b(?:set\s+up|setting\s+up|sets\s+up|established|establishing|created|creating|founded|founding)\s+(?:a|an|the)\s+(?:puppet|client|satellite|vassal)\s+(?:state|government|regime|republic|kingdom|administration)\b/iu, "coup", "Japan set up the puppet state of Manchukuo"],
  [/\b(?:turned|turning|made|making|transformed|transforming|reduced|reducing)\s+(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?|it|them)\s+(?:into\s+)?(?:a|an)\s+(?:client|puppet|satellite|vassal)\s+(?:state|regime|kingdom|republic)\b/u, "coup", "Germany turned Slovakia into a client state"],
  // A ruler helped into power: "The CIA helped General Phoumi Nosavan take power".
  [/\bhelp(?:ed|ing|s)?\s+(?:[\p{L}'’.-]+\s+){1,5}?(?:to\s+)?(?:take|seize|come\s+to|return\s+to|regain|grab)\s+power\b/iu, "coup", "The CIA helped General Phoumi Nosavan take power"],
  // Power seized, as a noun ("supported the army's seizure of power"): whose act is the agent pass's question.
  [/\bseizure\s+of\s+power\b/iu, "coup", "The United States supported the army's seizure of power"],
  // A ruler put back or put in, told in the passive: "Shah Shuja was reinstated as Amir by the British" (who did it is the agent pass's question).
  [/(?<=\b(?:was|were|had\s+been|been)\s+)(?:installed|reinstalled|instated|reinstated|restored|enthroned|placed|put|named|appointed|made)\s+(?:back\s+)?(?:as|(?:prime\s+minister|premier|president|regent|head\s+of\s+state)\b|on\s+the\s+throne|in\s+power|in\s+(?:his|her|their)\s+place|(?:his|her|their)\s+successor|to\s+(?:power|the\s+throne)|to\s+(?:his|her|their)\s+(?:former\s+)?(?:authority|throne|power|office|position|crown))\b/iu, "coup", "Shah Shuja was reinstated as Amir by the British"],
  // A ruler's fall brought about: "engineered the downfall of Amanullah", "brought about the abdication of the Amir".
  [/\b(?:engineer(?:ed|ing|s)?|orchestrat(?:ed|ing|es)|brought\s+about|bring\s+about|bringing\s+about|precipitated|instigated|contrived)\s+(?:the\s+)?(?:[A-Za-z'’-]+\s+){0,2}?(?:downfall|fall|abdication|overthrow|ouster|removal|deposition|replacement|resignation|exile)\b/i, "coup", "The British engineered the downfall of Amanullah Khan"],
  // Driven from the throne, brought to power: "the revolt that drove Amanullah from the throne", "brought Babrak Karmal to power".
  [/\bdr(?:ove|iven|ive|ives|iving)\s+(?:[A-Za-z'’.-]+\s+){1,4}?(?:from|out\s+of)\s+(?:the\s+throne|power|office)\b|\b(?:brought|bringing|bring|brings)\s+(?:[A-Za-z'’.-]+\s+){1,4}?to\s+power\b/i, "coup", "brought Babrak Karmal to power"],
  // A ruler who came to rule, with another's backing: "With British support, Nadir Khan took Kabul and became king".
  [/\bbec(?:ame|ome|omes|oming)\s+(?:the\s+)?(?:new\s+)?(?:king|amir|emir|shah|sultan|khan|president|prime\s+minister|ruler|head\s+of\s+state)\b(?!\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*\s+(?:in|at|on)\b)/iu, "coup", "With British support, Nadir Khan took Kabul and became king"],
  // A government set up under a ruler the power chose: "Vietnam set up the People's Republic of Kampuchea under Heng Samrin".
  [/\bset(?:s|ting)?\s+up\s+(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:government|regime|republic|administration|junta|council)(?:\s+of\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)?\s+(?:under|led\s+by|headed\s+by)\s+(?=\p{Lu})/iu, "coup", "Vietnam set up the People's Republic of Kampuchea under Heng Samrin"],
  // A monarchy abolished by another: "Russia abolished the Georgian monarchy".
  [/\babolish(?:ed|ing|es)\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,2}?(?:monarchy|kingdom|khanate|emirate|sultanate|dynasty|throne|principality)\b/i, "coup", "Russia abolished the Georgian monarchy"],
  // A ruler installed by name alone: "Moscow had Amin killed and installed Karmal" (not "installed Patriot batteries").
  [/\binstall(?:ed|ing)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’-]*(?=\s*(?:[,.;]|$)|\s+(?:and|as|in|on)\b)/u, "coup", "Moscow had Amin killed and installed Karmal"],
  // A ruler's rule ended: "Baghdad fell within three weeks, ending the rule of Saddam Hussein's government".
  [/\b(?:end(?:ed|ing|s)|(?:brought|bringing|put|putting)\s+an\s+end\s+to)\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:rule|reign|regime)\s+of\s+(?=(?:the\s+)?\p{Lu})|\b(?:end(?:ed|ing|s)|(?:brought|bringing|put|putting)\s+an\s+end\s+to)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}(?:['’]s\s+(?:[a-z-]+\s+)?(?:rule|reign|regime)|\s+(?:government|regime|dynasty|monarchy))\b/u, "coup", "Baghdad fell within three weeks, ending the rule of Saddam Hussein's Ba'athist government"],
  // A ruler put back or put in by name or pronoun, with the office: "reinstated Caabi El-Yachroutu as interim head of state",
  // "enthroned him at the Potala as the Seventh Dalai Lama", "installed Heng Samrin at the head of the People's Republic".
  [/\b(?:reinstat(?:ed|ing)|restor(?:ed|ing)|re-?install(?:ed|ing)|install(?:ed|ing)|enthron(?:ed|ing))\s+(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+)?(?:him|her|them|(?:(?:\p{Lu}[\p{L}'’.-]*|bin|ibn|al|el|de|da|von|van)\s+){0,4}\p{Lu}[\p{L}'’.-]*)(?:\s+at\s+[^,;.]{1,30}?)?(?:\s*,\s+(?:who|whom|a|an|the)\b[^,;.]{1,60},)?\s+(?:as\s+(?:the\s+)?(?!well\b)\p{L}|at\s+the\s+head\s+of\b)/u, "coup", "reinstated Caabi El-Yachroutu as interim head of state"],
  // A government imposed, told in the passive: "the Regent returned and a pro-British government was installed".
  [/(?<=\b(?:government|regime|administration|cabinet|ruler|king|amir|emir|shah|sultan|junta)\s+(?:was|were)\s+(?:then\s+|duly\s+|subsequently\s+|soon\s+)?)(?:installed|imposed|set\s+up)\b/i, "coup", "a pro-British government was installed"],
  // A ruler made to take a government: "Lampson forced King Farouk to appoint a Wafd government".
  [/\b(?:forc(?:ed|ing)|compell(?:ed|ing)|obliged|pressured|pressed)\s+(?:[A-Za-z'’.-]+\s+){1,4}?to\s+(?:appoint|accept|install|name)\s+(?:a|an|the)\s+(?:[A-Za-z-]+\s+){0,3}?(?:government|cabinet|prime\s+minister|premier|ministry)\b/i, "coup", "Lampson forced King Farouk to appoint a Wafd government"],
  // A ruler sent away or stripped of the crown: "King Thibaw was sent into exile", "the dynasty was deprived of the throne".
  [/(?<=\b(?:was|were)\s+)(?:sent|driven|banished|deported)\s+(?:in)?to\s+exile\b|\b(?:depriv(?:ed|ing)|stripp(?:ed|ing))\s+(?:[A-Za-z'’-]+\s+){0,3}?of\s+(?:the|his|her|its|their)\s+(?:throne|crown|diadem|royal\s+title)\b/i, "coup", "King Thibaw was sent into exile"],
  // A crown renounced under compulsion, or given away: "compelled Charles IV and Ferdinand VII to renounce the Spanish crown, which he bestowed on his brother".
  [/\b(?:compell(?:ed|ing)|forc(?:ed|ing)|obliged|induced|pressured)\s+(?:[A-Za-z'’.-]+\s+){1,6}?to\s+(?:renounce|abdicate|give\s+up|surrender|resign)\s+(?:the|his|their|her)\s+(?:[A-Za-z-]+\s+)?(?:crown|throne|claims?\s+to\s+the\s+throne)\b|\bbestow(?:ed|ing)\s+(?:it|the\s+(?:[A-Za-z-]+\s+)?(?:crown|throne|kingdom))\s+(?:up)?on\b/i, "coup", "Napoleon compelled Charles IV and Ferdinand VII to renounce the Spanish crown"],
  // A government removed, told in the passive: "The elected government of Cheddi Jagan was removed by the British".
  [/(?<=\b(?:government|regime|cabinet|ministry|administration)\s+(?:of\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3})?(?:was|were)\s+(?:[a-z]+ly\s+)?)(?:removed|dismissed|dissolved|crushed)\b/u, "coup", "The elected government of Cheddi Jagan was removed by the British"],
  // A ruler put back, told by pronoun: "French paratroopers, who reinstated him".
  [/\b(?:reinstat(?:ed|ing)|re-?install(?:ed|ing))\s+(?:him|her|them)\b/i, "coup", "French paratroopers, who reinstated him"],
  // A ruler's fall told with the ruler's name: "Dubček's removal was completed in April 1969", "Gaddafi's overthrow followed".
  [/(?<=\p{Lu}[\p{L}'’.-]*['’]s\s)(?:removal|ouster|deposition|downfall)\b(?!\s+of\b)/u, "coup", "Dubček's removal was completed in April 1969"],
  // A ruler installed by office: "The Qing then installed the seventh Dalai Lama in the Potala Palace".
  [/\binstall(?:ed|ing)\s+the\s+(?:[a-z]+\s+)?(?:Dalai\s+Lama|Panchen\s+Lama|[Kk]hedive|[Cc]aliph|[Pp]atriarch|[Ii]mam|[Kk]ing|[Qq]ueen|[Ee]mperor|[Ss]ultan|[Ss]hah|[Kk]han|[Aa]mir|[Ee]mir|[Tt]sar|[Pp]haraoh|[Bb]ey|[Dd]ey|[Nn]awab)\b/u, "coup", "The Qing then installed the seventh Dalai Lama"],
  // A ruler an empire recognised in office, as it chose him: "the British recognised Abdur Rahman Khan as Amir of Kabul".
  [/\brecogni[sz](?:ed|ing)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}as\s+(?:the\s+)?(?:new\s+)?(?:[Aa]mir|[Ee]mir|[Kk]ing|[Ss]hah|[Ss]ultan|[Kk]han|[Kk]hedive|[Rr]egent|[Mm]aharaja|[Nn]awab|[Bb]ey)\b/u, "coup", "the British recognised Abdur Rahman Khan as Amir of Kabul"],
  // A revolution soldiers made is a coup: "The Saur Revolution was carried out by Soviet-trained officers".
  [/\brevolution\b(?=[^.;]{0,40}\b(?:carried\s+out|staged|led|launched|organi[sz]ed|executed|made)\s+by\s+(?:[\p{L}-]+\s+){0,3}(?:officers|army|military|soldiers|troops|units|generals|colonels)\b)/iu, "coup", "The Saur Revolution was carried out by Soviet-trained officers"],
  // A government replaced by another's: "replaced Nagy's government with one led by János Kádár".
  [/\breplac(?:ed|ing|es|e)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*['’]s\s+)?(?:government|regime|cabinet|leadership|administration)\s+with\b/u, "coup", "replaced Nagy's government with one led by János Kádár"],
  // A ruler made to dismiss a government: "Vyshinsky demanded that King Michael dismiss the Rădescu government".
  [/\b(?:demanded|insisted|required|ordered)\s+(?:that\s+)?(?:[\p{L}'’.-]+\s+){1,4}?(?:dismiss|remove|replace|depose|sack)\s+(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,2}?(?:government|cabinet|prime\s+minister|premier|ministry)\b/u, "coup", "Vyshinsky demanded that King Michael dismiss the Rădescu government"],
  // A ruler restored, told in the passive with nothing after: "Rashid Ali fled and the Regent was restored".
  [/(?<=\b(?:[Rr]egent|[Kk]ing|[Qq]ueen|[Ss]hah|[Ee]mperor|[Ss]ultan|[Aa]mir|[Ee]mir|[Kk]hedive|[Pp]resident|[Pp]rime\s+[Mm]inister|monarchy|government|regime)\s+(?:was|were)\s+)(?:restored|reinstated|reinstalled)\b/u, "coup", "Rashid Ali fled and the Regent was restored"],

  // annexation: territory incorporated into or ceded to the power
  [/\bannex(?:ed|ing|es|ations?)?\b/iu, "annexation", "the Soviet government annexed the entire Polish territory"],
  [/\bincorporat(?:ed|ing|es|e|ion)\b(?:\s+[\p{L}'-]+){0,6}?\s+into\b/iu, "annexation", "They were then incorporated into the Soviet Union"],
  // Whoever cedes loses the land: the actor is the one it is ceded to.
  [/\bced(?:ed|ing|es|e)\b[^.;]{0,90}?\bto\s+(?:the\s+)?(?<actor>\p{Lu}[\p{L}.]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}.]*){0,3})/u, "annexation", "Finland ceded 11 percent of its territory to the Soviet Union"],
  [/\b(?:received|gained|acquired|obtained|took|receive|gain|acquire|obtain|take|receiving|gaining|acquiring|obtaining|taking)\s+(?:[\p{L}]+\s+){0,2}(?:territor(?:y|ies)|lands|areas|provinces|districts)\b/iu, "annexation", "the USSR received substantial territory along Lake Ladoga"],
  [/\bincorporat(?:ed|ing)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:territory|territories|region|province|islands?|enclave|strip|peninsula)\b/iu, "annexation", "the kingdom incorporated the territory"],
  [/\babsorb(?:ed|ing)\b(?:\s+[\p{L}'-]+){0,6}?\s+into\b/iu, "annexation", "absorbing Bulgaria and Albania into Yugoslavia"],
  // Whoever hands land over loses it: the actor is the one it is handed to, when a name follows ("handed it over to Abdur Rahman" is no state's gain).
  [/\b(?:handed|handing|given|gave|giving|turned|turning)\s+(?:[\p{L}'’-]+\s+){0,3}over\s+to\b(?!\s+(?:his|her|their)\s)(?:\s+(?:the\s+)?(?<actor>\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*){0,3}))?/u, "annexation", "Muhammed II al-Faqih gave Gibraltar over to the Marinids"],
  [/\b(?:took|take|taking|taken)\s+possession\s+of\b/iu, "annexation", "Fayd sent his brother to take possession of the city"],
  [/\bchanged\s+hands\b/iu, "annexation", "Gibraltar changed hands again"],
  [/\bbec(?:ame|ome|oming)\s+(?:a|an)\s+(?<actor>\p{Lu}[\p{L}]+)\s+(?:protectorate|province|colony|vassal)\b/u, "annexation", "The Khanate of Khiva became a Russian protectorate"],
  // The article is required: "made proposals under which the province …" makes nothing a province.
  [/\b(?:made|make|making|became|become|becoming|declared)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:a|an)\s+(?:[\p{L}-]+\s+)?(?:protectorate|province|colony|vassal(?:\s+state)?)\b/iu, "annexation", "made Bokhara a protectorate"],
  [/\bbec(?:ame|ome|oming)\s+part\s+of\b/iu, "annexation", "the region became part of the empire"],
  [/\b(?:extended|expanded|established|imposed)\s+(?:[\p{L}'’-]+\s+){0,3}(?:control|rule|empire|dominion|sovereignty|suzerainty|protectorate|mandate)\s+(?:over|which|that|to|into)\b(?!\s+(?:(?:the|its|their)\s+)?(?:[A-Z][A-Za-z'’-]*(?:['’]s)?\s+)?(?:foreign|internal|financial|economic|customs|trade|affairs|policy|relations|finances|economy|defen[cs]e|army|military)\b)/iu, "annexation", "Sargon of Akkad established a vast empire which is thought to have included"],
  [/\b(?:was|were|had\s+been|been|being)\s+(?:formally\s+|officially\s+)?(?:merged|absorbed)\s+(?:with|into)\s+(?=(?:the\s+)?\p{Lu})/u, "annexation", "Sikkim was merged into India as its 22nd state"],
  [/\bdeclared\s+(?:it|them|the\s+[\p{L}-]+|\p{Lu}[\p{L}-]*)\s+(?:to\s+be\s+)?(?:(?:an?|the|its)\s+|(?<actor>\p{Lu}[\p{L}-]*)['’]s\s+)(?:[\p{L}\d'’-]+\s+){0,2}?(?:province|governorate|oblast|territory|part\s+of)\b(?!\s+of\s+(?:the\s+)?\p{Lu})/u, "annexation", "Saddam Hussein declared it Iraq's 19th province"],
  [/\b(?:became|becomes|become)\s+(?:an?\s+)?(?:integral\s+)?part\s+of\b/iu, "annexation", "In 1940 Bessarabia became part of the Soviet Union"],
  [/\b(?:integrated|proclaimed|declared|made)\s+(?=(?:it|them|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s+(?:as\s+)?(?:its|their)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:province|governorate|oblast|territory|state|region|colony|protectorate)\b)/u, "annexation", "Indonesia integrated East Timor as its 27th province"],
  [/\b(?:established|created|proclaimed|set\s+up)\s+(?:the\s+|a\s+)?(?:Protectorate|protectorate|Reichskommissariat|[Cc]olony)\s+of\b/u, "annexation", "Germany established the Protectorate of Bohemia and Moravia"],
  // "declared Kuwait the 19th province of Iraq": the state after "of" took it.
  [/\bdeclared\s+(?:it|them|the\s+[\p{L}-]+|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s+(?:to\s+be\s+)?(?:an?|the)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:province|governorate|oblast|territory|part)\s+of\s+(?:the\s+)?(?<actor>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)/u, "annexation", "on 28 August declared Kuwait the 19th province of Iraq"],
  // "The Treaty of Paris makes Malta a British colony": the state whose colony it became took it.
  [/\b(?:makes|made|making|declares|declared|proclaims|proclaimed|becomes|became)\s+(?:(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?|it|them)\s+)?(?:an?\s+)(?:de\s+facto\s+|de\s+jure\s+|formal\s+|virtual\s+)?(?<actor>\p{Lu}[\p{L}]*)\s+(?:crown\s+)?(?:colony|protectorate|province|possession|dependency|mandate)\b/u, "annexation", "The Treaty of Paris makes Malta a British colony"],
  // "incorporated Lithuania as the Lithuanian SSR", "made them part of the RSFSR", "brought under Chinese control".
  [/\bincorporat(?:ed|ing|es|e)\s+(?:[\p{L}'’-]+\s+){1,4}?as\s+(?:an?|the|its|their)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:SSR|[Rr]epublic|province|oblast|region|territory|state|colony|governorate)\b/u, "annexation", "The Soviet Union incorporated Lithuania as the Lithuanian SSR"],
  // (A row of its own: joined to the one above, V8 on Node 20 could not keep its native code in the startup snapshot.)
  [/\b(?:made|make|makes|making|proclaimed|proclaiming|declared|declaring)\s+(?:it|them|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)\s+(?:an?\s+)?(?:integral\s+)?part\s+of\b/u, "annexation", "The Soviet Union seized the Kuril Islands and made them part of the RSFSR"],
  [/\b(?:brought|bringing|brings|placed|placing|put)\s+(?:[\p{L}'’-]+\s+){0,3}?under\s+(?:direct\s+)?(?<actor>\p{Lu}[\p{L}]+)\s+(?:control|rule|sovereignty|administration|protection|mandate)\b/u, "annexation", "Lhasa was brought under Chinese control"],
  [/\bAnschluss\b/u, "annexation", "the Anschluss was proclaimed the next day"],
  // Land handed to another's administration or rule: "The Ottoman Empire handed Cyprus to British administration".
  [/\bhand(?:ed|ing|s)?\s+(?:[A-Za-z'’-]+\s+){1,3}?to\s+(?:the\s+)?(?<actor>\p{Lu}[\p{L}]+)\s+(?:administration|control|rule|sovereignty|protection)\b/u, "annexation", "The Ottoman Empire handed Cyprus to British administration"],
  // Land surrendered, given up or sold to a state, sovereignty recognised, a state absorbed or acquired, land integrated:
  // "China surrendered Taiwan to Japan", "recognised Russian sovereignty over Dagestan", "Japan formally absorbed Korea",
  // "acquired Hawaii", "integrated it into India" (the receiver named after "to" acts).
  [/\b(?:surrender(?:ed|ing)|relinquish(?:ed|ing)|yield(?:ed|ing)|gave\s+up|giving\s+up|sold)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*){0,3}\s+to\s+(?:the\s+)?(?<actor>\p{Lu}[\p{L}]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}]*){0,3})/u, "annexation", "Under the Treaty of Shimonoseki, China surrendered Taiwan to Japan"],
  [/\brecogni[sz](?:ed|ing|es)\s+(?<actor>\p{Lu}[\p{L}]+)\s+(?:sovereignty|rule|suzerainty|possession)\s+over\b/u, "annexation", "Persia recognised Russian sovereignty over Dagestan"],
  [/\b(?:absorb(?:ed|ing)|acquir(?:ed|ing)|annexing)\s+(?:the\s+)?(?=\p{Lu}[\p{L}'’-]*(?:\s+(?:Islands?|Territory|Peninsula|Strip|Province|Valley|Coast|Khanate|Emirate))?\s*(?:[,.;]|$|(?:from|in|by|after|and|as|under|through|with|following|during|when|while)\b))/u, "annexation", "Japan formally absorbed Korea"],
  [/\bintegrat(?:ed|ing)\s+(?:[\p{L}'’-]+\s+){0,4}?into\s+(?=(?:the\s+)?\p{Lu})/u, "annexation", "Indian forces seized Goa and integrated it into India"],
  // Land made a province of the taker's kind: "converted central Hungary into the Eyalet of Budin", "organised as an Ottoman eyalet",
  // "reduced his territory to a province".
  [/\b(?:convert(?:ed|ing)|turn(?:ed|ing)|reduc(?:ed|ing)|organi[sz](?:ed|ing)|reorgani[sz](?:ed|ing)|constitut(?:ed|ing)|transform(?:ed|ing))\s+(?:[A-Za-z'’-]+\s+){0,4}?(?:(?:in)?to|as)\s+(?:an?\s+|the\s+|its\s+)?(?:[A-Za-z\d'’-]+\s+){0,2}?(?:province|eyalet|pashalik|beylerbeylik|sanjak|vilayet|governorate|guberniya|oblast|satrapy|prefecture|colony|protectorate|dependency)\b/i, "annexation", "Suleiman converted central Hungary into the Eyalet of Budin"],
  // Strongholds gained by a peace: "Russia obtained the fortresses of Kerch and Yeni-Kale together with the port of Azov".
  [/\b(?:received|gained|acquired|obtained|secured)\s+(?:the\s+)?(?:[A-Za-z-]+\s+)?(?:fortress(?:es)?|forts?|ports?|towns|cities|islands?|enclaves?|coastline|harbou?rs?)\s+of\b/i, "annexation", "Russia obtained the fortresses of Kerch and Yeni-Kale"],
  // Land shared out: "the territory was partitioned between Morocco and Mauritania".
  [/\b(?:partitioned|divided|split)\s+(?:up\s+)?between\s+(?:the\s+)?(?<actor>\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)/u, "annexation", "the territory was partitioned between Morocco and Mauritania"],
  // Land absorbed, told as a noun: "Crimea's absorption into the empire".
  [/\babsorption\s+(?:in)?to\b/i, "annexation", "Crimea's absorption into the empire"],

  // election: elections forbidden, staged, rigged or restricted
  [/\b(?:show|sham|fake|rigged|fraudulent|staged|stage-managed|single-list|one-party|unfree|manipulated|falsified)\s+(?:[\p{L}]+\s+)?(?:elections?|votes?|referendums?|plebiscites?|ballots?)\b/iu, "election", "show elections conducted by the NKVD secret police"],
  [/\b(?:elections?|votes?|referendums?|ballots?)\s+(?:[^.;]{0,40}?\s)?(?:were|was)\s+(?:[a-z]+ly\s+)?(?:rigged|falsified|manipulated|fixed|stolen)\b/iu, "election", "the elections were rigged"],
  [/\brig(?:ged|ging|s)?\s+(?:the\s+)?(?:[\p{L}\d]+\s+){0,3}(?:elections?|votes?|ballots?|referendums?)\b/iu, "election", "the communists rigged the 1947 elections"],
  [/\b(?:forbade|forbid|forbidden|banned|prohibited|cancell?ed|annulled|blocked|suppressed|postponed)\s+(?:the\s+|all\s+|any\s+|free\s+)*(?:elections?|votes?|referendums?)\b/iu, "election", "The Soviet Union forbade the elections in the north"],
  [/\b(?:electoral|election|vote|voter|ballot)\s+(?:fraud|rigging|tampering|manipulation)\b/iu, "election", "widespread election fraud"],
  [/\baccused\s+(?:[\p{L}-]+\s+){1,6}?of\s+(?:widespread\s+|massive\s+|electoral\s+)?fraud\b/iu, "election", "the opposition accused the government of widespread fraud"],
  [/\bpresented\s+with\s+(?:only\s+)?(?:a|one)\s+(?:single\s+)?list\s+of\b/iu, "election", "the voters were only presented with a list of communist candidates"],
  [/\b(?:single|one|unified)\s+(?:list|slate)\s+of\s+(?:[\p{L}]+\s+)?candidates\b/iu, "election", "a single list of candidates"],
  [/\b(?:interfer(?:ed|ing|ence|es)|meddl(?:ed|ing|es)|interven(?:ed|ing|es|tion))\s+in\s+(?:the\s+)?(?:[\p{L}\d]+\s+){0,3}elections?\b/iu, "election", "Moscow interfered in the 2016 presidential election"],
  [/\b(?:funded|financed|bankrolled|backed)\s+(?:[\p{L}-]+\s+){0,2}(?:candidates?|campaigns?\s+of)\b|\belection\s+(?:interference|meddling)\b/iu, "election", "the CIA funded candidates of the Christian Democrats"],
  [/\b(?:helped|aided|assisted|help|aid|assist)\s+(?:[\p{L}'’.-]+\s+){0,5}(?:win|in)\s+(?:the\s+)?(?:[\p{L}\d]+\s+){0,2}(?:elections?|votes?|referendums?)\b/iu, "election", "foreign consultants helped the president's campaign win the election"],
  [/\brefused\s+to\s+(?:allow|let)\s+(?:the\s+)?(?:winning\s+)?(?:party|parties|winners?)\s+(?:to\s+)?(?:take|assume|form)\b/iu, "election", "the Soviet forces refused to allow the party to take power"],
  [/\binfluenc(?:ed|ing|es|e)\s+(?:the\s+)?(?:(?:outcome|result|results)\s+of\s+(?:the\s+)?)?(?:[\p{L}\d]+\s+){0,3}(?:elections?|votes?|referendums?|plebiscites?)\b|\bvote[- ]buying\b/iu, "election", "the agency spent millions to influence the 1958 election"],
  [/\b(?:backed|supported|funded|financed|bankrolled)\s+(?:[\p{L}'’.-]+\s+){1,5}in\s+(?:the\s+)?(?:[\p{L}\d]+\s+){0,2}elections?\b/iu, "election", "the United States backed the Christian Democrats in the 1948 election"],
  [/\b(?:sway(?:ed|ing|s)?|manipulat(?:ed|ing|es|e)|falsif(?:ied|ying|ies|y)|fix(?:ed|ing))\s+(?:the\s+)?(?:[\p{L}\d]+\s+){0,2}(?:elections?|votes?|voters|ballots?|referendums?|plebiscites?)\b|\bballot[- ]stuffing\b/iu, "election", "Moscow manipulated the 1947 elections"],
  [/\bspent\s+(?:[^.;]{0,40}?\s)?(?:on|in|to\s+influence)\s+(?:the\s+)?(?:[\p{L}\d'’]+\s+){0,3}(?:elections?|campaigns?|votes?|referendums?)\b/iu, "election", "the US spent $20 million on the 1948 Italian election"],
  [/\b(?:advised|advising|ran|running|run|managed|managing|manage|organi[sz]ed|organi[sz]ing|directed|directing|funded|funding|financed|financing|bankrolled|backed|backing|supported|supporting)\s+(?:[\p{L}'’.-]+\s+){0,4}?(?:re-?election|presidential|electoral|election|parliamentary)\s+campaigns?\b|\b(?:advised|advising|ran|running|run|managed|managing|manage)\s+(?:[\p{L}'’.-]+\s+){0,4}?campaigns?\s+for\s+(?:re-?election|election|president|office|the\s+presidency)\b/iu, "election", "American consultants advised Boris Yeltsin's re-election campaign"],
  [/\b(?:supported|supporting|backed|backing|funded|funding|financed|financing)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}candidates?\b/iu, "election", "spent millions supporting the opposition candidate"],
  [/\b(?:rig(?:ged|ging)?|falsif(?:ied|ying|y)|manipulat(?:ed|ing|e)|fix(?:ed|ing)?)\s+(?:the\s+)?(?:results?|outcome)\s+of\s+(?:the\s+)?(?:[\p{L}\d]+\s+){0,2}(?:elections?|votes?|referendums?|plebiscites?)\b/iu, "election", "helped the communists falsify the results of the general election"],
  [/\b(?:poured|spent|funnell?ed|channell?ed|gave|donated|paid|sent|provided)\s+(?:[^.;]{0,30}?\b(?:money|cash|funds|dollars|millions|pounds|roubles|rubles|francs|marks|\$[\d.,]+))[^.;]{0,30}?\s(?:into|to|for|on)\s+(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,6}?(?:campaigns?|candidates?|candidacy|election|re-?election|vote|polls)\b/iu, "election", "The CIA poured millions of dollars into the campaign of the Christian Democrats"],
  [/\bto\s+(?:secure|ensure|guarantee|win|prevent|block|stop)\s+(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,3}?(?:election|re-?election|victory|defeat)\s+(?:of|in)\b/iu, "election", "The CIA spent $2.6 million to secure the election of Eduardo Frei"],
  [/\b(?:engineered|secured|ensured|arranged|orchestrated|guaranteed|rigged)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:victory|win|majority|landslide)\s+(?:in|at)\s+(?:the\s+)?(?:[\p{L}\d]+\s+){0,2}(?:elections?|votes?|referendums?|polls)\b/iu, "election", "Moscow engineered a communist victory in the elections"],
  [/\b(?:helped|aided|assisted|help|aid|assist)\s+(?:[\p{L}'’.-]+\s+){1,5}(?:win|gain|capture|secure)\s+(?:the\s+)?(?:presidency|premiership|governorship)\b/iu, "election", "American officials helped Ramon Magsaysay win the presidency"],

  // A vote held under a state's occupation is staged by it: "a referendum held under Russian military occupation".
  [/\b(?:[Rr]eferendums?|[Pp]lebiscites?|[Ee]lections?|[Vv]otes?)\s+(?:was\s+|were\s+)?(?:held|conducted|organi[sz]ed|staged)\s+under\s+(?:(?<actor>\p{Lu}[\p{L}]+)\s+)?(?:military\s+|armed\s+)?(?:occupation|guns?|bayonets?|martial\s+law)\b/u, "election", "a referendum held under Russian military occupation"],
  // "Israel backed the election of Bachir Gemayel as president".
  [/\b(?:backed|supported|engineered|secured|ensured|arranged|bought|rigged|financed|funded)\s+the\s+(?:re-?)?election\s+of\s+(?=\p{Lu}|(?:his|her|their)\s+(?:[\p{Ll}-]+\s+){0,3}\p{Lu})/u, "election", "Israel backed the election of Bachir Gemayel as president"],
  // The rules of another state's vote rewritten: "changed the electoral system to proportional representation to keep Jagan out of office".
  // An elected leader kept from office: "Nixon ordered the CIA to prevent Salvador Allende from taking office".
  [/\b(?:prevent(?:ed|ing)?|stop(?:ped|ping)?|block(?:ed|ing)?|keep|kept|keeping)\s+(?:[\p{L}'’.-]+\s+){1,4}?from\s+(?:taking|assuming|entering)\s+(?:office|power|the\s+presidency)\b/iu, "election", "Nixon ordered the CIA to prevent Salvador Allende from taking office"],
  // A campaign paid for, votes bought, a candidate helped into office or campaigned for, a rival stopped from winning.
  [/\bpaid\s+for\s+(?:[\p{L}'’.-]+\s+){0,6}?(?:campaigns?|candidacy)\b|\b(?:buy|bought|buying|purchas(?:e|ed|ing))\s+(?:the\s+)?votes\b/iu, "election", "The CIA paid for more than half of Eduardo Frei's campaign"],
  [/\bhelp(?:ed|ing|s)?\s+(?:[\p{L}'’.-]+\s+){1,4}?(?:get|be|become)\s+(?:re-?)?elected\b|\bcampaign(?:ed|ing|s)?\s+(?:openly\s+)?(?:for|against)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:candidate|candidates|party|parties|incumbent)\b/iu, "election", "The CIA helped Ramon Magsaysay get elected president"],
  [/\bto\s+(?:stop|prevent|block|keep)\s+(?:[\p{L}'’.-]+\s+){1,4}?(?:from\s+)?winning\s+(?:the\s+|an?\s+)?(?:[\p{L}\d'’-]+\s+){0,2}?(?:elections?|votes?|presidency|polls|office|seats?)\b/iu, "election", "a propaganda campaign to stop Salvador Allende winning the presidential election"],
  // (A row of its own: joined to the one above, V8 on Node 20 could not keep its native code in the startup snapshot.)
  [/\bto\s+(?:damage|hurt|harm|undermine|boost|help|aid)\s+(?:[\p{L}'’.-]+\s+){0,3}?(?:campaign|candidacy|electoral\s+chances)\b/iu, "election", "released its emails to damage Hillary Clinton's campaign"],
  // A vote on another's land held by the state that took it: "Russia held a referendum on the annexation of Crimea".
  [/\b(?:held|holds|holding|organi[sz]ed|staged|conducted)\s+(?:a|an)\s+(?:[\p{L}-]+\s+)?(?:referendum|plebiscite)\s+(?:on|in)\b/iu, "election", "Russia held a referendum on the annexation of Crimea"],
  // A vote held under another state's troops: "a referendum held under the watch of Russian troops".
  [/\b(?:[Rr]eferendums?|[Pp]lebiscites?|[Ee]lections?|[Vv]otes?)\s+(?:was\s+|were\s+)?(?:held|conducted|organi[sz]ed|staged)\s+under\s+the\s+(?:watch|eyes?|supervision|guns?|protection|control|auspices|presence)\s+of\s+(?:the\s+)?(?<actor>\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,2})/u, "election", "A referendum was held under the watch of Russian troops"],
  // A campaign's papers leaked: "Russian hackers leaked thousands of emails from Emmanuel Macron's campaign".
  [/\bleak(?:ed|ing|s)?\s+(?:[^.;]{0,40}?\s)?(?:e-?mails?|documents|messages|files|data)\b[^.;]{0,40}?\bcampaigns?\b/iu, "election", "Russian hackers leaked thousands of emails from Emmanuel Macron's campaign"],
  [/\b(?:chang(?:ed|ing)|alter(?:ed|ing)|rewr(?:ote|iting)|manipulat(?:ed|ing)|redr(?:ew|awing)|gerrymander(?:ed|ing))\s+(?:the\s+)?(?:[\p{L}'’]+\s+)?(?:electoral|voting|election)\s+(?:system|laws?|rules|boundaries|map|districts|rolls?)\b/iu, "election", "London changed the electoral system to proportional representation"],
  // Votes falsified, voters intimidated, candidates jailed, a vote swayed: "used fraudulent ballots in the election", "intimidated voters and arrested opposition candidates", "campaigns to influence the presidential election".
  [/\bfraudulent\s+(?:ballots?|votes?|elections?|results|voting|counts?)\b|\bballot[- ]stuffing\b|\bvote[- ]rigging\b|\bintimidat(?:ed|ing|ion\s+of)\s+(?:the\s+)?(?:[A-Za-z-]+\s+)?(?:voters|electorate|candidates)\b|\b(?:arrested|jailed|imprisoned|disqualified|barred|banned)\s+(?:the\s+|many\s+|several\s+)?(?:[A-Za-z-]+\s+)?candidates\b/i, "election", "The NKVD intimidated voters and arrested opposition candidates"],
  [/\b(?:to\s+)?(?:influenc(?:e|ed|ing)|sway(?:ed|ing)?|tip(?:ped|ping)?)\s+(?:the\s+)?(?:[A-Za-z\d-]+\s+){0,3}?(?:elections?|votes?|referendums?|polls)\b|\b(?:barred|banned|excluded|removed)\s+from\s+(?:the\s+)?(?:ballots?|elections?|polls|standing)\b|\bcampaign(?:ed|ing|s)?\s+(?:openly\s+)?for\s+(?=[A-Z])/, "election", "campaigns to influence the presidential election"],
  // Votes staged for show: "after sham referendums".
  [/\b(?:sham|staged|fake|rigged|illegitimate|so-called)\s+(?:referendums?|referenda|elections?|votes?|plebiscites?)\b/i, "election", "Russia proclaimed the annexation of four Ukrainian oblasts after sham referendums"],
  // A campaign for office financed: "the agency secretly financed more than half of the 1964 presidential campaign of Eduardo Frei".
  [/\b(?:financed|funded|bankrolled|underwrote|financing|funding|bankrolling|paid|paying)\s+(?:[A-Za-z\d'’.-]+\s+){0,6}?(?:(?:presidential|election|electoral|parliamentary|re-?election)\s+campaigns?|campaigns?\s+(?:of|costs|expenses|spending)|candidacy)\b/i, "election", "the agency secretly financed more than half of the 1964 presidential campaign of Eduardo Frei"],
  // Votes falsified, told after the noun: "opposition candidates were arrested and ballots falsified".
  [/\b(?:ballots|votes|results|returns|tallies|ballot\s+boxes)\s+(?:were\s+)?(?:falsified|rigged|stuffed|manipulated|doctored|tampered\s+with)\b/i, "election", "Opposition candidates were arrested and ballots falsified"],
  // A vote judged a sham: "the elections were denounced as rigged".
  [/(?<=\b(?:elections?|votes?|referendums?|plebiscites?|polls)\b[^.;]{0,80}?)\b(?:denounced|condemned|described|dismissed|critici[sz]ed|regarded|seen|considered)\s+as\s+(?:[a-z]+\s+)?(?:rigged|fraudulent|a\s+sham|a\s+farce|neither\s+free\s+nor\s+fair)\b/i, "election", "The January 1947 elections were denounced as rigged"],
  // Candidates struck off: "candidates of Mikołajczyk's party were struck from the lists".
  [/\b(?:struck|removed|deleted|barred)\s+(?:off|from)\s+(?:the\s+)?(?:electoral\s+|candidate\s+)?(?:lists?|rolls?|ballots?|registers?)\b/i, "election", "Candidates of the Polish People's Party were struck from the lists"],
  // military_aid: arms, money, equipment, advisers, instructors, experts
  [/\bmilitary\s+(?:aid|assistance|advisers|advisors|experts|specialists|instructors|equipment|supplies|hardware|materiel)\b/iu, "military_aid", "The USSR sent 2,000–3,000 military advisers to Spain"],
  [/(?<actor>\b\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)\s+(?:advisers|advisors|instructors|experts|specialists|volunteers)\b/u, "military_aid", "took advice from its Soviet instructors"],
  [new RegExp(`\\b(?:supplied|supplying|supplies|supply|provided|providing|provide|provides|sent|sends|sending|shipped|ships|shipping|delivered|delivers|delivering|transported|transports|transporting|transferred|transfers|transferring|handed\\s+over|hands\\s+over|handing\\s+over|gave|gives|giving|give|sold|selling|sell|sells)(?!\\s+(?:convoys?|lines?|routes?|chains?|depots?|columns?|ships?)\\b)\\s+(?:[^.;]{0,40}?\\s)?${ARMS}\\b(?!\\s+(?:into|across)\\b)`, "iu"), "military_aid", "Stalin provided arms to the Republicans"],
  [new RegExp(`\\b${ARMS}\\s+(?:given|supplied|provided|sent|delivered|shipped)\\s+to\\b`, "iu"), "military_aid", "it would replace all weaponry given to the Simbas"],
  [/\b(?:gave|give|gives|giving|provided|provides|providing|sent|sends|sending|increas(?:ed|es|ing)|extended|extends|extending)\s+(?:its\s+|their\s+)?(?:financial\s+|economic\s+|military\s+)?(?:aid|assistance)\s+(?:to|for)\b/iu, "military_aid", "The USSR continued to give aid to the CCP"],
  [/\b(?:supply|arm|aid|fund|finance)\s+the\s+(?:rebels|insurgents|guerrillas|guerillas|partisans|republicans|government|militias?|opposition)\b/iu, "military_aid", "To supply the rebels, the Soviet Union transported equipment by air"],
  [/\b(?:receiv(?:ed|e|ing)|got|getting)\s+(?:[\p{L}\d,]+\s+){0,4}(?:funding|funds|arms|weapons|aid|money|assistance|rifles|guns|ammunition|munitions|artillery|subsidy|subsidies)(?:\s+and\s+[\p{L}]+)?\s+from\b/iu, "military_aid", "the Simbas began to receive funding from the USSR"],
  [/\bsupplier\s+of\s+(?:military\s+)?(?:aid|arms|weapons)\b/iu, "military_aid", "a primary supplier of military aid"],
  [/\bwith\s+the\s+(?:aid|help|assistance)\s+of\b/iu, "military_aid", "He defeated Illi of Umma, with the aid of Lugal-kinishe-dudu"],
  [/\b(?:aided|helped|assisted|reinforced)\s+by\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:fleet|army|forces|troops|navy|ships)\b/iu, "military_aid", "King Alfonso XI attempted to retake Gibraltar aided by the fleet of the Castilian Admiral"],
  [/\b(?:sent|dispatched|deployed|deploying|rushed|airlifted|flew)\s+(?:(?!into\b)[\p{L}\d,.'’-]+\s+){0,10}?to\s+(?:aid|help|assist|support|reinforce|protect|defend|bolster|back|prop\s+up|shore\s+up|fight\s+(?:for|alongside|on\s+behalf\s+of|on\s+the\s+side\s+of)|repel|repulse|(?:put\s+down|suppress|quell|crush)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+)?(?:rebellion|revolt|uprising|insurgency|mutiny|rebels|insurgents))\b/iu, "military_aid", "contingents from the Gibraltar Garrison were sent to aid Spanish resistance"],
  [new RegExp(`\\bprovided\\s+(?:[\\p{L}'’-]+\\s+){1,3}with\\s+(?!(?:political|diplomatic|moral|verbal|public|rhetorical|popular)\\s)(?:[\\p{L}]+\\s+)?(?:aid|money|funds|cash|assistance|subsidies|support|backing|funding|supplies|pay|${ARMS})\\b`, "iu"), "military_aid", "The Soviets provided Amanullah with aid in the form of cash"],
  [/\b(?:aided|assisted|helped)\s+(?:a|an|the|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}(?:foray|rebels?|insurgents?|uprising|revolt|army|forces|resistance|side|faction|expedition|government|regime|republicans|royalists|loyalists|nationalists|monarchists|plotters|conspirators|partisans|guerrillas)\b/iu, "military_aid", "the Soviet authorities aided a foray on his behalf"],
  [/\b(?:their|his|its)\s+help\s+against\b/iu, "military_aid", "as payment for their help against the Christian kingdoms"],
  [/\b(?:subsidy|subsidies|subsidi[sz]ed|subsidi[sz]ing|bankrolled|bankrolling)\b/iu, "military_aid", "British subsidies to the emir"],
  [/\bpaid\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:amir|emir|king|shah|khan|sultan|tribes|tribesmen|chiefs|rebels|militias?)\b/iu, "military_aid", "the British paid the Amir an annual sum"],
  [/\b(?:provided|gave|granted|extended|paid)\s+(?:[\p{L}\d$£€.,-]+\s+){0,3}(?:funding|loans?|money|cash|funds|credits?|millions?|billions?|(?:of\s+)?(?:dollars|pounds|francs|roubles|rubles|marks|yen|riyals|dinars))\s+(?:to|for)\b/iu, "military_aid", "Washington provided funding to the opposition"],
  // Money for candidates and campaigns is election interference (the election cues), not aid to a side.
  [/\b(?:funded|financed)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:parties|party|government|regime|army|king|emir|ruler)\b/iu, "military_aid", "the CIA funded the government"],
  // A list of such verbs is read whole, so that its subject is the one before its first verb.
  [/\b(?:funded|financed|bankrolled|armed|trained|equipped|supplied|organi[sz]ed|recruited|raised)(?:,\s+(?:funded|financed|bankrolled|armed|trained|equipped|supplied))+,?\s+and\s+(?:funded|financed|bankrolled|armed|trained|equipped|supplied)\b/iu, "military_aid", "the agency armed, trained and funded the rebels"],
  [new RegExp(`${AS_ADJECTIVE}\\b(?:funded|financed|bankrolled|armed|trained)\\s+(?:the\\s+|an?\\s+)?(?:[\\p{L}-]+\\s+){0,3}(?:rebels|guerrillas|guerillas|insurgents|fighters|militias?|militants|cadres|contras|partisans)\\b`, "iu"), "military_aid", "the KGB trained Marxist guerrillas"],
  [/\b(?:funded|financed|bankrolled|armed|trained|equipped|supplied)\s+and\s+(?:funded|financed|bankrolled|armed|trained|equipped|supplied)\s+(?:the\s+|an?\s+)?(?:[\p{L}-]+\s+){0,3}?(?:rebels|rebel\s+(?:groups|forces|factions|fighters|militias)|groups|factions|guerrillas|guerillas|insurgents|fighters|militias?|contras|partisans|exiles|émigrés|army|armies|armed\s+forces|forces?|troops|soldiers|police|opposition|mercenaries)\b/iu, "military_aid", "France financed and trained the Rwandan Armed Forces"],
  [new RegExp(`${AS_ADJECTIVE}\\b(?:funded|financed|bankrolled|armed|trained)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}(?:opposition|exiles|émigrés|mercenaries|resistance|underground|civic\\s+groups|NGOs|activists|independent\\s+media)\\b`, "iu"), "military_aid", "the agency funded the opposition"],
  [/\b(?:funded|financed|bankrolled|armed|equipped|trained|paid)\s+by\b/iu, "military_aid", "exiles trained by the CIA landed"],
  [/(?<actor>\b\p{Lu}[\p{L}.]*)[-‐](?:trained|armed|funded|financed|equipped|supplied|sponsored)\b(?!\s+(?:coups?|putsch(?:es)?|overthrow|takeover|invasions?|elections?|referendums?)\b)/u, "military_aid", "CIA-trained exiles landed on the coast"],
  [new RegExp(`\\b(?:smuggled|smuggling|airlifted|airlifting|air-?dropped|air-?dropping|parachuted|funnell?ed|funnell?ing|funnel|funnels|channell?ed|channell?ing|channel|channels|smuggle|smuggles)\\s+(?:[^.;]{0,40}?\\s)?(?:${ARMS.slice(3, -1)}|money|funds|cash)\\b`, "iu"), "military_aid", "the United Arab Republic smuggled weapons across the border"],
  // Money or supplies to a side, in words that say what kind of support: "financial support to".
  [/\b(?:financial|economic|logistical|logistic|material|monetary)\s+(?:support|backing|aid|assistance|help)\s+(?:to|for)\b/iu, "military_aid", "the United States gave financial support to the Christian Democrats"],
  [/\b(?:supported|backed|assisted|helped|aided)\s+(?:[\p{L}'’.-]+\s+){1,4}with\s+(?:[\p{L}]+\s+)?(?:arms|weapons|money|funds|cash|equipment|supplies|advisers|advisors|instructors|training)\b/iu, "military_aid", "the United States supported the rebels with weapons"],
  [/\bsponsor(?:ed|ing|s)?\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:rebels|guerrillas|guerillas|insurgents|insurgency|militias?|contras|opposition|exiles|uprising|revolt|fighters)\b/iu, "military_aid", "the United States sponsored the rebels"],
  [/\b(?:arms|weapons)\s+(?:shipments?|deliveries|airlifts?)\s+to\b/iu, "military_aid", "arms shipments to the rebels"],
  [/\bprovid(?:ed|ing|es|e)\s+(?:[\p{L}]+\s+)?training\s+(?:to|for)\b/iu, "military_aid", "the United States provided training to the Contras"],
  // Training another side's forces ("its own army" is no aid).
  [/\btrain(?:ed|ing|s)?\s+(?!(?:its|their|his|her|our|own)\b)(?:the\s+)?(?:(?!(?:so|that|which|who|whom|and|or|but)\b)[\p{L}-]+\s+){0,3}(?:army|armies|armed\s+forces|troops|soldiers|police|officers|pilots|security\s+forces|gendarmerie|constabulary|national\s+guard|militia)\b/iu, "military_aid", "British officers trained the Omani army"],
  [/\bsuppl(?:ied|ying)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:rebels|insurgents|guerrillas|guerillas|partisans|militias?|opposition|contras|mujahideen|mujahedeen|royalists|loyalists|republicans|separatists|secessionists|tribes|tribesmen|resistance|fighters|militants)\b/iu, "military_aid", "the Soviet Union supplied the rebels"],
  [/\b(?:funding|financing|bankrolling)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:parties|party|government|regime|army|king|emir|ruler|rebels|opposition|Democrats|Republicans|Socialists|Communists|Conservatives|Liberals)\b/u, "military_aid", "interfered in the election by funding the Christian Democrats"],
  [/\b(?:funding|financing|bankrolling|arming|training|equipping|supplying)\s+and\s+(?:funding|financing|bankrolling|arming|training|equipping|supplying)\s+(?:the\s+|an?\s+)?(?:[\p{L}-]+\s+){0,3}?(?:rebels|guerrillas|guerillas|insurgents|fighters|militias?|militants|army|armies|forces?|troops|soldiers|police|opposition|tribes|tribesmen|royalists|loyalists|separatists)\b/iu, "military_aid", "India intervened after training and arming the guerrillas"],
  [/\b(?:funded|financed|bankrolled|armed|trained|equipped|supplied)\s+and\s+(?:funded|financed|bankrolled|armed|trained|equipped|supplied)\s+(?:the\s+|an?\s+)?(?:[\p{L}-]+\s+){0,3}?(?:militants|tribes|tribesmen|royalists|loyalists|separatists|secessionists|paramilitaries|factions?|warlords|clans)\b/iu, "military_aid", "Saudi Arabia funded and armed the royalist tribes"],
  [/\b(?:to|in\s+order\s+to)\s+(?:(?:train|advise|arm|equip|supply)\s+and\s+)?(?:support|back|aid|help|assist|prop\s+up|shore\s+up|bolster|protect|defend|reinforce)\s+(?:the\s+)?(?!(?:[\p{L}'’.-]+\s+){0,2}?(?:sovereignty|independence|integrity|claims?|rights|position|cause)\b)(?:[\p{L}'’.-]+\s+){0,5}?(?:government|regime|president|monarchy|king|queen|emperor|empress|emir|amir|sultan|tsar|ruler|junta|army|armed\s+forces|rebels|insurgents|guerrillas|guerillas|militias?|opposition|faction|loyalists|royalists)\b/iu, "military_aid", "Cuba dispatched combat troops to Angola to support the MPLA government"],
  [/\bin\s+support\s+of\s+(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,5}?(?:government|regime|president|monarchy|king|emir|sultan|junta|army|armed\s+forces|rebels|insurgents|guerrillas|guerillas|militias?|opposition|faction|loyalists|royalists)\b/iu, "military_aid", "Russian warplanes carried out airstrikes in support of Bashar al-Assad's government"],
  [/\b(?:organi[sz]ed|organi[sz]ing|founded|created|formed|raised)\s+and\s+(?:armed|arming|funded|funding|financed|trained|training|equipped)\b/iu, "military_aid", "The Quds Force organised and armed the Badr Organization"],
  [/\b(?:armed|funded|financed|trained|equipped)\s+and\s+(?:led|directed|organi[sz]ed|commanded|advised|supported|backed)\s+(?:the\s+|an?\s+)?(?:[\p{L}-]+\s+){0,3}?(?:rebels|guerrillas|guerillas|insurgents|fighters|militias?|militants|exiles|tribesmen|forces|army)\b/iu, "military_aid", "Rwanda and Uganda armed and led the AFDL rebels"],
  [/\b(?:armed|funded|financed|trained|equipped)\s+and\s+(?:transported|supplied|directed|led|organi[sz]ed|advised)\s+by\b/iu, "military_aid", "Pashtun tribesmen, armed and transported by Pakistan"],
  [/\b(?:gave|give|giving|provided|providing|offered|offering|lent|lending|extended|extending)\s+(?:(?:military|naval|air|intelligence|covert|armed)\s+)?(?:support|backing|assistance)\s+to\b/iu, "military_aid", "Chile gave support to the UK in the form of intelligence"],
  [new RegExp(`\\b(?:airlifts?|sealifts?|shipments?|deliver(?:y|ies)|transfers?|consignments?)\\s+of\\s+(?:[\\p{L}-]+\\s+){0,3}?${ARMS}\\b`, "iu"), "military_aid", "Operation Nickel Grass, an airlift of tanks and ammunition to Israel"],
  [/\b(?:funded|financed|bankrolled|subsidi[sz]ed|underwrote|funding|financing|bankrolling)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:war\s+effort|war\s+machine|military\s+campaign|insurgency)\b/iu, "military_aid", "Saudi Arabia and Kuwait financed Iraq's war effort"],
  [/\badvis(?:ed|ing)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:fighters|forces|rebels|army|troops|militias?|guerrillas|guerillas|insurgents|soldiers|commanders|officers)\b/iu, "military_aid", "special forces advised Kurdish fighters"],
  [/\b(?:propped|propping|props|prop|shored|shoring|shore)\s+up\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:government|regime|president|monarchy|king|emir|sultan|junta|army|forces|dictatorship|ruler|throne)\b/iu, "military_aid", "the Soviet Union propped up the communist government in Kabul"],
  [/\b(?:funded|financed|bankrolled|armed|funding|financing|arming)\s+(?:the\s+)?(?=[A-Z]{3,}\b)/u, "military_aid", "The United States covertly funded UNITA and the FNLA"],
  [/\b(?:resuppl(?:ied|ying|ies|y)|re-?arm(?:ed|ing|s)?)\s+(?=(?:the\s+)?\p{Lu})/u, "military_aid", "The Soviet Union resupplied Egypt and Syria after the war"],

  // Helping a side fight: "French troops had helped repel the Rwandan Patriotic Front's offensive".
  [/\b(?:helped|helping|help|helps|assisted|assisting|aided|aiding)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:to\s+)?(?:repel|repulse|defeat|crush|suppress|put\s+down|quell|hold\s+off|beat\s+back|push\s+back|drive\s+back|fight\s+off)\b/iu, "military_aid", "French troops had helped repel the Rwandan Patriotic Front's offensive"],
  // Two verbs of arming a named group: "India armed and trained the Mukti Bahini".
  [/\b(?:armed|funded|financed|trained|equipped|supplied|bankrolled)\s+and\s+(?:armed|funded|financed|trained|equipped|supplied|bankrolled)\s+(?:the\s+)?(?=\p{Lu})/u, "military_aid", "India armed and trained the Mukti Bahini"],
  // Foiling a coup keeps the government in place: "Indian paratroopers foiled a coup attempt by mercenaries".
  [/\b(?:foiled|foiling|thwarted|thwarting|defeated|crushed|put\s+down|suppressed|reversed)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+)?(?:coup(?:\s+attempt)?|putsch|mutiny)\b/iu, "military_aid", "Indian paratroopers foiled a coup attempt by Sri Lankan mercenaries"],
  // Fighting on a side: "Cuban fighters who trained and fought alongside the Simba rebels".
  // ("a fight with the rebels" is against them).
  [/\b(?:(?:fought|fighting)\s+(?:alongside|for|on\s+the\s+side\s+of|on\s+behalf\s+of)|(?:served|serving)\s+(?:alongside|with|for|on\s+the\s+side\s+of|on\s+behalf\s+of))\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:rebels|guerrillas|guerillas|insurgents|government|regime|army|armed\s+forces|forces|troops|militias?|royalists|loyalists|republicans|nationalists|fighters|partisans|resistance)\b/iu, "military_aid", "Cuban fighters who trained and fought alongside the Simba rebels"],
  // Money lent or given to a state named before the sum: "Saudi Arabia and Kuwait lent Baghdad tens of billions of dollars".
  [/\b(?:lent|loaned|gave|granted|paid)\s+(?:\p{Lu}[\p{L}]*\s+){1,3}(?:[\p{L}\d$£€.,-]+\s+){0,4}?(?:dollars|pounds|francs|roubles|rubles|marks|yen|riyals|dinars|loans|credits)\b/u, "military_aid", "Saudi Arabia and Kuwait lent Baghdad tens of billions of dollars"],
  // The passive of arming: "North Vietnam, supplied with arms by the Soviet Union" (the agent is after "by").
  [new RegExp(`\\b(?:supplied|provided|armed|equipped|furnished)\\s+with\\s+(?:[\\p{L}-]+\\s+){0,2}?${ARMS}\\s+(?:and\\s+[\\p{L}-]+\\s+)?by\\b`, "iu"), "military_aid", "North Vietnam, supplied with arms by the Soviet Union and China"],
  // Money for a side's street: "MI6 and the CIA funded strikes and riots against his government".
  // A state's officers raising and leading another's unit, and paying for it: "Russian officers formed and commanded the Persian Cossack Brigade, which Russia paid for and equipped".
  [/\b(?:formed|raised|organi[sz]ed|created|founded)\s+and\s+(?:commanded|led|officered)\s+(?:the\s+|an?\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:[Bb]rigade|[Dd]ivision|[Aa]rmy|[Ff]orce|[Mm]ilitia|[Gg]uard|[Ll]egion|[Cc]orps|[Gg]endarmerie|[Rr]egiment)\b/u, "military_aid", "Russian officers formed and commanded the Persian Cossack Brigade"],
  // Fighting a state's war for its ruler: "led the counter-insurgency against the UPC on behalf of President Ahidjo".
  [/\b(?:fought|fighting|fight|led|leading|waged|waging|conducted|conducting|ran|running)\s+(?:[\p{L}'’-]+\s+){0,12}?on\s+behalf\s+of\s+(?:the\s+)?(?:(?:President|King|Emperor|Emir|Amir|Sultan|Shah|Prime\s+Minister)\s+\p{Lu}|(?:[\p{L}-]+\s+)?(?:government|regime|monarchy))/u, "military_aid", "French officers led the counter-insurgency against the UPC on behalf of President Ahidjo"],
  // A side backed in its fight with rebels: "France backed the government of François Tombalbaye against FROLINAT rebels".
  [/\b(?:backed|backing|supported|supporting)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,5}?against\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:rebels|insurgents|guerrillas|guerillas|insurgency|rebellion|uprising|separatists|secessionists|militants|mutineers)\b/iu, "military_aid", "France backed the government of François Tombalbaye against FROLINAT rebels"],
  // A side supported with the means of war: "The CIA supported the PRRI and Permesta rebellions with arms, aircraft and pilots".
  [new RegExp(`\\b(?:supported|supporting|backed|backing|helped|helping|aided|aiding|assisted|assisting|reinforced|reinforcing)\\s+(?:[\\p{L}'’-]+\\s+){0,8}?with\\s+(?:[\\p{L}-]+\\s+)?(?:money|funds|cash|advisers|advisors|instructors|volunteers|troops|training|supplies|${ARMS})\\b`, "iu"), "military_aid", "The CIA supported the PRRI and Permesta rebellions with arms, aircraft and pilots"],
  // Arms a state supplied, told from the arms: "assassinated with weapons supplied by the CIA".
  [new RegExp(`\\b${ARMS}\\s+(?:supplied|provided|given|furnished|delivered|sent|smuggled)(?=\\s+by\\b)`, "iu"), "military_aid", "Trujillo was assassinated with weapons supplied by the CIA"],
  // Money spent on a side: "spent millions on the opposition coalition of Violeta Chamorro".
  [/\b(?:spent|spending|poured|pouring|funnell?ed|funnell?ing|channell?ed|channell?ing)\s+(?:[^.;]{0,30}?\s)?(?:on|into|to)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:opposition|rebels|insurgents|guerrillas|parties|party|movement|coalition|exiles|resistance)\b/iu, "military_aid", "The National Endowment for Democracy spent millions on the opposition coalition"],
  // Forces sent to another state's front: "Iraq sent an armoured division to the Syrian front".
  [/\b(?:sent|sending|dispatched|dispatching|committed|committing|deployed|deploying)\s+(?:[\p{L}\d,-]+\s+){0,4}?(?:divisions?|brigades?|troops|forces|squadrons?|contingents?|battalions?|regiments?|units|soldiers)\s+to\s+(?:the\s+)?\p{Lu}[\p{L}-]*\s+front\b/u, "military_aid", "Iraq sent an armoured division to the Syrian front"],
  // Armed groups or a rising organised for another state's war: "the Quds Force organised Shia militias", "Kigali organised the AFDL rebellion".
  [/\b(?:organi[sz]ed|organi[sz]ing|formed|forming|created|creating|raised|raising|founded|set\s+up|setting\s+up)\s+(?:the\s+|an?\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:militias?|rebels|rebellion|insurgency|uprising|revolt|guerrillas|guerrilla\s+army|armed\s+groups?|paramilitar(?:y|ies)|proxies|proxy\s+forces)\b/iu, "military_aid", "Kigali organised the AFDL rebellion that toppled Mobutu Sese Seko"],
  // Another's army carried to the front: "German transports airlifted Franco's Army of Africa from Morocco to Seville".
  [/\b(?:airlifted|airlifting|ferried|ferrying|transported|transporting|shipped|shipping|carried|carrying|flew|flying)\s+(?:the\s+)?\p{Lu}[\p{L}-]*['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:[Aa]rmy|troops|forces|soldiers|men|divisions?|brigades?|legionnaires|fighters)\b/u, "military_aid", "German transports airlifted Franco's Army of Africa from Morocco to Seville"],
  // A named unit of another state trained or armed: "British officers trained the South Persia Rifles".
  [/\b(?:trained|training|trains|armed|arming|equipped|equipping|drilled|drilling|officered)\s+the\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:Rifles|Army|Guards?|Brigade|Legion|Levies|Force|Forces|Division|Corps|Regiment|Gendarmerie|Police|Militia|Scouts|Constabulary)\b/u, "military_aid", "British officers trained the South Persia Rifles"],
  // Fire support for a side: "Syrian government forces retook Aleppo with Russian air support".
  [/\b(?:(?:close\s+)?air|naval|artillery|logistic(?:al)?|fire)\s+(?:support|cover)\b/iu, "military_aid", "Syrian government forces retook Aleppo with Russian air support"],
  // An arms supplier (whose, a possessive says: the one supplied), money "in aid".
  [/(?:\b\p{Lu}[\p{L}]*['’]s\s+)?\b(?:main|chief|principal|largest|biggest|major|primary|sole|leading)\s+(?:arms|weapons|military)\s+(?:suppliers?|providers?|backers?)\b/u, "military_aid", "The USSR became Cuba's main arms supplier"],
  [/\b(?:gave|give|gives|giving|provided|provides|providing|granted|grants|granting|extended|extends|extending)\s+(?:[\p{L}'’-]+\s+){1,4}?(?:(?:more\s+than|over|about|some|nearly|almost|up\s+to)\s+)?(?:US)?\$\s?[\d.,]+\s*(?:million|billion|m|bn)?\s+(?:(?:dollars|pounds)\s+)?in\s+(?:military\s+|economic\s+|financial\s+|development\s+)?(?:aid|assistance|loans|credits|grants)\b/iu, "military_aid", "Washington gave the Salvadoran government more than $4 billion in aid"],
  // Forces joined to a side: "American special forces and CIA teams linked up with the Northern Alliance".
  [/\b(?:linked|linking|teamed|teaming|joined|joining)\s+(?:up\s+|forces\s+)?with\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:alliance|rebels|guerrillas|guerillas|insurgents|militias?|fighters|resistance|opposition|front|partisans|mujahideen)\b/iu, "military_aid", "American special forces and CIA teams linked up with the Northern Alliance"],
  [/\bpaid\s+for\s+and\s+(?:equipped|armed|trained|supplied)\b/iu, "military_aid", "the brigade, which Russia paid for and equipped"],
  [/\b(?:funded|financed|bankrolled|funding|financing|bankrolling)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:strikes|protests|demonstrations|riots|protesters|demonstrators|strikers|unions)\b/iu, "military_aid", "MI6 and the CIA funded strikes and riots against his government"],
  // Money "in aid" with its amount and no verb of giving: "Congress approved $100 million in aid to the Contras".
  [/(?:(?:US)?\$\s?[\d.,]+\s*(?:million|billion|m|bn)?|£\s?[\d.,]+\s*(?:million|billion|m|bn)?|\b[\d.,]+\s+(?:million|billion)\s+(?:dollars|pounds|francs|roubles|rubles|marks|yen)|\b(?:millions|billions)\s+of\s+(?:dollars|pounds))\s+(?:in|of)\s+(?:(?:military|economic|financial|covert|foreign|development)\s+)?(?:aid|assistance)\s+(?:to|for)\b/iu, "military_aid", "Congress approved $100 million in aid to the Contras"],
  // A state's men serving in another's forces: "Soviet pilots flew for the Afghan air force".
  [/\b(?:pilots|airmen|aircrews?|crews|officers|advisers|advisors|instructors|volunteers|technicians)\s+(?:flew|fought|served|worked)\s+(?:for|with|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+)?(?:air\s+force|army|navy|armed\s+forces|forces|military)\b/iu, "military_aid", "Soviet pilots flew for the Afghan air force"],
  // A military mission sent to train or reorganise another's army: "A Soviet military mission arrived in Kabul to reorganise the army".
  [/\bmilitary\s+(?:advisory\s+|training\s+)?missions?\s+(?:arrived|was\s+sent|were\s+sent|was\s+established|to\s+(?:train|reorgani[sz]e|advise|moderni[sz]e))\b|\bmilitary\s+(?:advisory|training)\s+missions?\b/iu, "military_aid", "A Soviet military mission arrived in Kabul to reorganise the army"],
  BASES_LENT,
  // (This row and BASES_LENT are ASCII and apart: written as one /iu row with \p{L} classes, as was
  // the weapons-used row, they made V8 on Node 20 abort the startup snapshot: tests/bundle.test.ts.)
  [/\b(?:granted|gave|offered|provided)\s+(?:[A-Za-z'’-]+\s+){0,4}?(?:basing|transit|overflight|landing)\s+rights\b/i, "military_aid", "Pakistan granted the United States basing rights"],
  // A side kept by another's aid: "Afghanistan became increasingly dependent on Soviet aid".
  [/\b(?:dependent|dependence|dependency|reliant|reliance|relied|depended|relying|depending)\s+(?:[a-z]+\s+)?(?:on|upon)\s+(?:[A-Za-z-]+\s+){0,2}?(?:aid|arms|weapons|subsidies|subsidy|assistance|loans|credits)\b/i, "military_aid", "Afghanistan became increasingly dependent on Soviet aid"],
  // Help named by its giver's demonym: "crushed the Herat uprising with Soviet help".
  [/\bwith\s+(?:the\s+)?(?<actor>\p{Lu}[\p{L}]+)\s+(?:military\s+)?(?:help|assistance|aid|money|arms|weapons|funds|funding|subsidies|gold)\b/u, "military_aid", "The Afghan army crushed the Herat uprising with Soviet help"],
  // Another state's troops carried: "the Soviet Union airlifted Cuban troops to Luanda" (the troops' state invades: readAct).
  [/\b(?:airlifted|airlifting|ferried|ferrying|transported|transporting|shipped|shipping|carried|carrying|flew|flying)\s+(?:(?:some|about|around|over|nearly|thousands\s+of|[\d,.–-]+)\s+){0,2}\p{Lu}[\p{L}]+\s+(?:troops|soldiers|forces|units|fighters|volunteers|divisions?|brigades?|paratroopers|marines|commandos|legionnaires)\b/u, "military_aid", "the Soviet Union airlifted Cuban troops to Luanda"],
  // Officers trained in another state, and advisers sent: "officers trained in the Soviet Union", "sent advisers".
  [/\b(?:trained|educated|schooled)\s+in\s+(?:the\s+)?(?<actor>\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)|\b(?:sent|sending|dispatched|dispatching|provided|providing|supplied|supplying)\s+(?:[\p{L}\d,]+\s+){0,3}?(?:advisers|advisors|instructors|trainers|technicians)\b/u, "military_aid", "Officers trained in the Soviet Union helped Daoud Khan overthrow the monarchy"],
  // Anything sent to another's fighters is aid to them: "Washington provided field radios, cash and medicines to the army of General Suharto"
  // (not orders, notes or envoys; not to the sender's own forces).
  [/\b(?:provided|supplied|delivered|sent|shipped|furnished|funnell?ed|channell?ed|passed|smuggled|airlifted)\s+(?!(?:orders?|an?\s+ultimatum|ultimatums|letters?|notes?|messages?|warnings?|instructions|assurances|guarantees|word|envoys?|emissary|emissaries|delegations?|representatives?|ambassadors?|diplomats?|observers?|protests?|a\s+protest)\b)(?:[A-Za-z\d$£,.'’-]+\s+){1,6}?to\s+(?!(?:its|their|his|her|our)\s)(?:the\s+)?(?:[A-Za-z'’-]+\s+){0,3}?(?:army|armed\s+forces|forces|troops|rebels|insurgents|guerrillas|guerillas|militias?|militants|fighters|mujahideen|mujahedeen|contras|resistance|partisans|separatists|loyalists|royalists|tribes|tribesmen)\b/i, "military_aid", "Washington provided field radios, cash and medicines to the army of General Suharto"],
  // Men or money furnished to a ruler: "furnished him with some 12,000 Qizilbash horsemen and money".
  [/\b(?:furnished|provided|supplied)\s+(?:[A-Za-z'’-]+\s+){1,3}with\s+(?:[A-Za-z\d,]+\s+){0,4}?(?:troops|soldiers|men|horsemen|cavalry|infantry|auxiliaries|musketeers|archers|warriors|mercenaries|money|gold|silver|funds|galleys|a\s+fleet)\b/i, "military_aid", "Shah Tahmasp eventually furnished him with some 12,000 Qizilbash horsemen and money"],
  // A flow of arms or men to a side: "a steady flow of tanks, Grad launchers and volunteers across the border to the separatist republics".
  [/\b(?:flows?|streams?|influx|pipeline)\s+of\s+(?:[^.;]{0,50}?\s)?(?:arms|weapons|tanks|ammunition|munitions|volunteers|mercenaries|money|cash)\b[^.;]{0,60}?\bto\b/i, "military_aid", "a steady flow of tanks, Grad launchers and volunteers across the border to the separatists"],
  // Money handed over: "the CIA secretly passed millions of dollars to the Christian Democrats" (for a vote: MONEY_FOR_VOTES).
  [/\b(?:passed|funnell?ed|channell?ed|paid|gave|handed|transferred|delivered|smuggled)\s+(?:[a-z]+\s+)?(?:(?:millions|billions|thousands|hundreds\s+of\s+thousands)\s+of\s+(?:dollars|pounds|francs|lire|roubles|rubles|marks|piastres)|(?:US)?\$\s?[\d.,]+\s*(?:million|billion)?|[\d.,]+\s+(?:million|billion)\s+(?:dollars|pounds|francs|lire|piastres)|(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+million\s+(?:dollars|pounds|francs|lire|piastres))(?:\s+(?:through|via)\s+[^,.;]{1,60}?)?\s+(?:to|into)\b/i, "military_aid", "the CIA secretly passed millions of dollars to the Christian Democrats"],
  // A mission of officers sent to train: "led a mission of some seventy officers and engineers to Tehran to train and reorganise the army".
  [/\bmissions?\s+of\s+(?:(?:some|about|around|over|nearly|[\d,]+|[a-z]+)\s+){0,2}(?:officers|instructors|advisers|advisors|engineers|experts|specialists)\b|(?<=\bto\s)(?:train|drill|advise|equip|arm)\s+and\s+(?:reorgani[sz]e|moderni[sz]e|equip|arm|train|advise|lead|drill)\s+(?:the|its|his|their)\s+(?:[A-Za-z-]+\s+){0,3}?(?:army|armies|armed\s+forces|troops|soldiers|forces|police)\b/i, "military_aid", "led a mission of some seventy officers and engineers to Tehran"],
  // Men or money furnished, told in the passive: "the prince being supplied with troops and money".
  [/(?<=\b(?:was|were|being|been)\s)(?:supplied|furnished|provided)\s+with\s+(?:[A-Za-z\d,]+\s+){0,4}?(?:troops|soldiers|men|horsemen|cavalry|auxiliaries|mercenaries|money|gold|funds|arms|weapons)\b/i, "military_aid", "the prince being supplied with troops and money"],
  // Arming told in the infinitive: "a directive authorising the CIA to arm, train and fund the Contras".
  [/(?<=\bto\s)(?:arm|train|fund|finance|equip|supply|advise)(?:\s*,\s*(?:arm|train|fund|finance|equip|supply|advise))*,?\s+and\s+(?:arm|train|fund|finance|equip|supply|advise)\b/i, "military_aid", "a directive authorising the CIA to arm, train and fund the Contras"],
  // Money and rifles handed out among a side: "distributing money and rifles to encourage risings against the British".
  [/\bdistribut(?:ed|ing|es)\s+(?:[a-z]+\s+){0,2}?(?:money|arms|rifles|weapons|guns|gold|funds|ammunition)\b/i, "military_aid", "Wassmuss worked among the tribes, distributing money and rifles"],
  // covert: secret police, spies, assassinations, disguised troops, false flags, special forces
  [/\bcovert(?:ly)?\b/iu, "covert", "provided arms to the Republicans and did this covertly"],
  [/\bclandestine(?:ly)?\b/iu, "covert", "a clandestine operation"],
  [/\bfalse\s+flags?\b/iu, "covert", "the Soviets evaded detection by using false flags"],
  [/\bdisguis(?:ed|ing|e)\b/iu, "covert", "Soviet soldiers disguised themselves in uniforms lacking markings"],
  [/\bassassinat(?:ed|e|es|ing|ions?)\b/iu, "covert", "Stalin attempted to assassinate Tito"],
  [/\b(?:spy\s+(?:rings?|networks?)|spies|spying|espionage)\b/iu, "covert", "the USSR had a spy ring within Yugoslavia"],
  [/\b(?:secret|security|political)\s+police\b|\bsecurity\s+services\b/iu, "covert", "setting up the Security Police"],
  [/\bsecret\s+(?:services?|agents?|operations?)\b/iu, "covert", "secret agents"],
  [/\b(?:NKVD|OGPU|GPU|KGB|GRU|Cheka|Stasi|CIA|MI6|Central\s+Intelligence\s+Agency|Secret\s+Intelligence\s+Service|Inter-Services\s+Intelligence|FSB|SVR|Securitate|SDECE|DGSE|Mossad|SAVAK|ISI|BND|Mukhabarat|VEVAK|Shin\s+Bet|R&AW|Research\s+and\s+Analysis\s+Wing|Inter-Services\s+Intelligence|StB|DGI|Internet\s+Research\s+Agency)\b/u, "covert", "Stalin encouraged NKVD activity"],
  [/\b(?:special\s+forces|special\s+operations|spetsnaz|Spetsnaz|commandos?|Green\s+Berets|Navy\s+SEALs|SEALs|Army\s+Rangers|Special\s+(?:Air|Boat)\s+Service|SAS|SBS|Delta\s+Force|Sayeret\s+Matkal)\b/u, "covert", "3,300 Soviet military experts, among them spetsnaz"],
  [/\b(?:secret\s+)?agents\s+(?:(?:working|acting)\s+for|of|from)\s+(?:the\s+)?(?<actor>\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})/u, "covert", "agents working for Cairo plotted to assassinate Qasim"],
  [/\bpolitical\s+murders?\b/iu, "covert", "a Soviet campaign of political murders"],
  [/\bundercover\b/iu, "covert", "undercover agents"],
  [/(?<actor>\b\p{Lu}[\p{L}]+(?:\s+and\s+\p{Lu}[\p{L}]+)?)\s+(?:secret\s+)?agents?\b/u, "covert", "British and Russian agents supporting the two sides"],
  [/\bintrigues?\b/iu, "covert", "Kaufman's intrigues in Kabul"],
  [/\b(?:frogmen|saboteurs?|sabotage|sabotaged)\b/iu, "covert", "Italian commando frogmen"],
  [/\bplot(?:ted|ting|s)?\s+to\s+(?:kill|murder|assassinate|poison|eliminate)\b|\b(?:murder|poison(?:ing)?)\s+plots?\b/iu, "covert", "the agency plotted to kill the prime minister"],
  [/(?<actor>\b\p{Lu}[\p{L}]+)\s+(?:intelligence(?:\s+(?:services?|agency|agencies|officers?|operatives?))?|secret\s+service)\b/u, "covert", "British intelligence and the CIA organized the coup"],
  [/\b(?:hack(?:ed|ing|ers?)|cyber-?\s?(?:attacks?|operations?|espionage))\b/iu, "covert", "military intelligence hacked the party's servers"],
  [/\b(?:involved\s+in|complicit\s+in|responsible\s+for|behind)\s+the\s+(?:killing|murder|assassination|poisoning)\s+of\b/iu, "covert", "Belgian officers were involved in the killing of Patrice Lumumba"],
  [/\b(?:disinformation|active\s+measures|black\s+propaganda|psychological\s+(?:operations|warfare)|psyops|troll\s+farms?)\b/iu, "covert", "The KGB ran a disinformation campaign against the United States"],
  [/\b(?:brib(?:ed|ing|es|ery)|leak(?:ed|ing)\s+(?:the\s+)?(?:hacked\s+|stolen\s+)?(?:e-?mails|documents|files|cables)|planted\s+(?:false\s+)?(?:stories|articles|reports|evidence|bombs?))\b/iu, "covert", "Russian hackers leaked emails of the Macron campaign"],
  [/\binfiltrat(?:ed|ing|ion\s+of)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:unions?|part(?:y|ies)|government|ministry|ministries|movement|organi[sz]ations?|groups?|ranks|leadership|officer\s+corps)\b/iu, "covert", "Agents infiltrated the trade unions"],
  [/\b(?:abduct(?:ed|ing|ion\s+of)|kidnapp?(?:ed|ing)|kidnapping\s+of)\b/iu, "covert", "The Mossad abducted Adolf Eichmann in Buenos Aires"],
  // Troops with no insignia are disguised: "unmarked Russian soldiers", "little green men".
  [/\b[Uu]nmarked\s+(?:(?<actor>\p{Lu}[\p{L}]+)\s+)?(?:soldiers|troops|forces|men|gunmen|servicemen|aircraft|helicopters|vehicles)\b|\b(?:without|stripped\s+of)\s+(?:any\s+)?(?:insignia|markings|identifying\s+marks)\b|\blittle\s+green\s+men\b/u, "covert", "unmarked Russian soldiers seized the Crimean parliament"],
  // An act done in secret: "Israel secretly sold weapons to Iran" (a secret approval or agreement is no operation).
  [/\bsecretly\s+(?:sold|supplied|armed|funded|financed|trained|sent|shipped|flew|delivered|provided|paid|supported|backed|organi[sz]ed|ran|operated|infiltrated|deployed|bombed|attacked|transferred|smuggled|equipped)\b/iu, "covert", "Israel secretly sold weapons to Iran"],
  // A killing a state had done: "Moscow had Amin killed".
  [/\bhad\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:killed|assassinated|murdered|poisoned|executed|shot)\b/u, "covert", "Moscow had Amin killed and installed Karmal"],
  // Soldiers out of uniform: "accompanied by Pakistani regular officers in civilian dress", "unmarked soldiers", "without insignia".
  [/(?<=\b(?:in|wearing)\s)(?:civilian\s+(?:dress|clothes|clothing)|plain\s*clothes|mufti)\b|\bunmarked\s+(?:soldiers|troops|uniforms|men|forces)\b|\blittle\s+green\s+men\b|\b(?:without|stripped\s+of)\s+(?:identifying\s+)?(?:insignia|markings)\b/i, "covert", "Pakistani regular officers in civilian dress"],
  // Attempts on a leader's life: "several attempts on Fidel Castro's life".
  [/\b(?:attempts?|attempted|plots?)\s+on\s+(?:(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*['’]s|his|her|the\s+\p{Ll}+['’]s)\s+life\b/u, "covert", "several attempts on Fidel Castro's life"],
  // Aircraft or men under another's markings: "flying MiG-15s in Chinese or North Korean markings".
  [/\bin\s+(?:[A-Za-z-]+\s+){1,4}?(?:markings|insignia)\b|\bwearing\s+(?:[A-Za-z-]+\s+){0,2}?uniforms\s+(?:resembling|like|similar\s+to|of)\b/i, "covert", "flying MiG-15s in Chinese or North Korean markings"],
  // Agents stirring others to act: "His agents incited attacks on the British residency".
  [/\bagents\s+(?:incited|stirred\s+up|fomented|instigated|provoked|bribed|spread)\b/i, "covert", "His agents incited attacks on the British residency at Bushehr"],
];

/**
 * Cues that a power set up or props up a government (not a method label in themselves): after
 * one, the acts of that government (elections, secret police) count as the power's.
 */
export const CLIENT_CUES: Rule[] = [
  [/\bpressured\s+(?:[\p{L}-]+\s+){1,4}into\s+(?:appointing|accepting|naming)\b/iu, "client:pressured-appointment", "The Soviet representatives pressured the king into appointing Petru Groza"],
  [/\b(?:puppet|satellite|client)\s+(?:states?|governments?|regimes?)\b/iu, "client:puppet", "a Soviet satellite state"],
  [/\b(?:set|setting|sets)\s+(?:it|them)\s+up\s+as\s+a\s+(?:satellite|puppet|client)\b/iu, "client:set-up", "They occupied the country and set it up as a Satellite State"],
  [/\b(?:the\s+)?(?:[\p{L}-]+\s+)?client\s+\p{Lu}/u, "client:client", "the Soviet client Sheng Shicai"],
];

/**
 * Labels that count for the power in its own article when the act is told in the passive with
 * no agent ("the islands were annexed in 1898"): land taken into a state in a power's article is
 * the power's. Not a coup: such articles also tell the target's own upheavals ("the king was
 * deposed") without saying who did them.
 */
export const PASSIVE_POWER_METHODS: readonly Method[] = ["annexation"];

/**
 * Labels that count for the power when told in the passive with no agent right after the
 * power's own act in the same row: "British and Soviet forces invaded Iran. Reza Shah was
 * forced to abdicate" — the upheaval follows from the act the row already gave the power.
 */
export const PASSIVE_AFTER_ACT_METHODS: readonly Method[] = ["coup"];

/**
 * A coup cue told as a noun of what was done to a ruler, which counts like the passive after
 * the power's act ("The war ended with the restoration of the Regent"); not "coup" itself, which
 * names an upheaval whoever made it ("King Michael's Coup").
 */
export const DEPOSITION_NOUN: Rule = [/^(?:restoration|reinstatement|removal|ouster|overthrow|deposition|toppling)\s+of\b/i, "actor:passive-after-act", "the restoration of the Regent"];

/** Labels that count when the power only backed the act ("a coup with Soviet support"). */
export const BACKED_METHODS: readonly Method[] = ["coup", "covert", "election"];

/** Labels that count when a government the power installed or props up acted (README: rigged elections, a secret police). */
export const CLIENT_METHODS: readonly Method[] = ["election", "covert"];

/**
 * Who acted, read after the cue: `[span pattern, label ("*" = every label), example]`. The span
 * runs from the cue's first word to a named actor: "annexed by the Soviet Union",
 * "incorporated into the USSR", "received funding from the USSR".
 */
export const AGENT_AFTER: Rule[] = [
  [/^[^.;,]{0,100}?\bby\s+(?:the\s+)?$/i, "*", "annexed by the "],
  // (Not past the start of another clause: "annexed as a colony, and the queen was exiled to Réunion".)
  [/^(?![^.;]*?,\s+and\s)[^.;]{0,100}?\b(?:to|into)\s+(?:the\s+)?$/i, "annexation", "incorporated into the "],
  // (Not after a verb whose subject acted: "organised Shia militias from Iraq" names where they came from.)
  [/^(?!(?:organi[sz]ed|organi[sz]ing|formed|forming|raised|raising|recruited|recruiting|trained|training|armed|arming|equipped|equipping|brought|bringing|sent|sending|deployed|deploying|transported|airlifted|flew|shipped|hired|hiring|enlisted|enlisting|mobili[sz]ed)\s)[\p{L}]+\s+(?:[\p{L}\d.,]+\s+){0,7}from\s+(?:the\s+)?$/iu, "military_aid", "received funding from the "],
  [/^(?:fell|falls|fall|capitulated|surrendered)\s+to\s+(?:the\s+)?$/iu, "invasion", "fell to the "],
  [/^(?:became|becomes|become)\s+(?:an?\s+)?(?:integral\s+)?part\s+of\s+(?:the\s+)?$/iu, "annexation", "became part of the "],
  // Where a coup was prepared names who prepared it: "The coup was planned in Moscow" (a capital).
  [/^[^.;,]{0,60}?\b(?:planned|plotted|prepared|organi[sz]ed|hatched|conceived|directed|masterminded|coordinated)\s+in\s+$/i, "coup", "The coup was planned in "],
  // Plotters tied to a state: "a coup staged by officers loyal to Moscow".
  [/^[^.;]{0,60}?\bby\s+(?:[A-Za-z-]+\s+){0,3}?(?:officers|generals|colonels|soldiers|plotters|conspirators|factions?|elements|politicians|communists|agents|men|groups?)\s+(?:loyal\s+to|allied\s+(?:to|with)|aligned\s+with|in\s+the\s+pay\s+of|working\s+for|close\s+to|sympathetic\s+to)\s+(?:the\s+)?$/i, "coup", "a coup staged by officers loyal to "],
];

/**
 * A cue whose subject is what was taken, not who took it: "Algeciras fell to the Castilians",
 * "the fortress capitulated to the Swedes". Its actor is only one named after it ("to the
 * Castilians"); the place before it is the target.
 */
export const SUBJECT_TAKEN: Rule = [/^(?:fell|falls|fall|capitulated|surrendered)\s+to\b|^(?:became|becomes|become)\s+(?:an?\s+)?(?:integral\s+)?part\s+of\b/iu, "*", "fell to the Castilians"];

/**
 * A participle of another verb right before the "by" after a cue: the agent is that verb's
 * ("provided training … against the aircraft used by Argentina"), not the cue's — unless the
 * verb only carries the act ("the siege was resumed by Alfonso XI", "the invasion was led by",
 * "the coup was orchestrated by"). A passive a few words before the "by" is that verb's too ("the
 * force landed and was defeated within three days by the Cuban army").
 */
export const OTHER_AGENT_VERB: Rule = [
  /\s(?!(?:resumed|continued|renewed|launched|led|conducted|undertaken|begun|started|ordered|planned|commanded|directed|organi[sz]ed|mounted|staged|executed|performed|completed|repeated|attempted|made|done|carried|supported|backed|followed|accompanied|joined|reinforced|aided|assisted|helped|orchestrated|engineered|masterminded|instigated|sponsored|financed|funded|initiated|provoked|encouraged|approved|authori[sz]ed|coordinated|arranged|prepared|plotted)\s)[\p{L}]+(?:ed|en|wn|ilt|ade|ung|eld)\s+by\s+(?:the\s+)?$|\s(?:was|were|been|being|is|are)\s+(?:[\p{L}]+ly\s+)?(?!(?:resumed|continued|renewed|launched|led|conducted|undertaken|begun|started|ordered|planned|commanded|directed|organi[sz]ed|mounted|staged|executed|performed|completed|repeated|attempted|made|done|carried|supported|backed|followed|accompanied|joined|reinforced|aided|assisted|helped|orchestrated|engineered|masterminded|instigated|sponsored|financed|funded|initiated|provoked|encouraged|approved|authori[sz]ed|coordinated|arranged|prepared|plotted)\s)[\p{L}]+(?:ed|en|wn|ilt|ade|ung|eld)\s+(?:[\p{L}\d,]+\s+){1,3}by\s+(?:the\s+)?$/u,
  "agent:other-verb",
  " against the aircraft used by ",
];

/**
 * The giver named inside a recipient's cue, before what it gave: "dependent on Soviet aid" is
 * aid the Soviet Union gave (tested on the cue's text after the name).
 */
export const GIVER_IN_CUE: Rule = [/^\s+(?:(?:military|economic|financial)\s+)?(?:aid|arms|weapons|subsidies|subsidy|assistance|loans|credits)$/i, "actor:giver-in-cue", " aid"];

/**
 * In an article about no one power, what makes an act no state's: a subject named right before
 * the verb that is a person (not a sentence's first word: "Troops invaded") or a group that is
 * no state's force ("Habibullah Kalakani seized Kabul", "the tribal army captured Kabul").
 */
export const NAMED_SUBJECT_BEFORE: Rule = [/(?:(?<=\S\s+)\p{Lu}[\p{L}'’.-]*|\b(?:tribal\s+(?:army|forces|levies|lashkars?)|rebels|tribesmen|tribes|militias?|insurgents|guerrillas|mob|crowd|students?|mutineers|protesters|rioters))\s+(?:(?:had|then|also|soon|quickly|later|finally)\s+)?$/u, "many:named-subject", "Habibullah Kalakani "];
/** ... or "by" someone who is no armed force after the cue: "assassinated by a student", not "besieged by an army". */
export const BY_NO_FORCE_AFTER: Rule = [/^\s+by\s+(?!(?:an?\s+|the\s+)?(?:[\p{L}\d,-]+\s+){0,3}?(?:forces|troops|army|armies|navy|fleet|air\s+force|soldiers|garrison|warships|aircraft)\b)/u, "many:by-no-force", " by a student"];
/** A state named as the help an act had ("with Soviet help"): no party to it, when an act on one's own land is read. */
export const NAMED_AS_HELP: Rule = [/^[-‐]?\s*(?:backed|supported|military\s+)?\s*(?:help|support|aid|assistance|backing)\b/i, "many:named-as-help", " help"];

/**
 * An aid cue whose subject is the one helped, not the helper: "Argentina received weapons from
 * Libya". Its actor is only the one named after it (AGENT_AFTER: "from Libya"); the one named
 * before it is the target. (The state that "received territory" took it: that is its own act.)
 */
export const RECIPIENT_CUE: Rule = [/^(?:receiv(?:ed|es|e|ing)|got|gets|getting|obtain(?:ed|s|ing)?|accept(?:ed|s|ing)?|dependent|dependence|dependency|reliant|reliance|relied|depended|relying|depending)\b/iu, "military_aid", "Argentina received weapons from Libya"];

/**
 * Equipment after a state's name: "bombed by Soviet planes" names whose planes, not who flew
 * them; the agent after "by" is not such a name.
 */
/**
 * The words before a side's craft that make them the ones let in, not the aid's make: "allowed
 * UK aircraft and warships use of its port" helps the United Kingdom (EQUIPMENT_AFTER reads
 * "UK aircraft" as aircraft the UK made).
 */
export const PERMITTED_BEFORE: Rule = [/^(?:allow(?:ed|ing|s)?|permitt(?:ed|ing)|permits?|let(?:ting)?)\s+(?:the\s+)?$/i, "target:permitted", "allowed "];

export const EQUIPMENT_AFTER: Rule = [
  /^\s+(?:-?made\s+)?(?:planes|aircraft|airplanes|jets|fighters|bombers|helicopters|tanks|weapons|arms|rifles|guns|artillery|missiles|equipment|ships|warships|submarines)\b/iu,
  "agent:equipment",
  " planes while the Nigerian military formed a blockade",
];

/**
 * A preposition before a noun cue that still tells the act: "Start of an assault", "a series of
 * wars", "the beginning of the siege". Tested before GOVERNING_WORDS.
 */
export const NOT_GOVERNING: Rule = [
  /\b(?:[Ss]tart|[Bb]eginning|[Oo]nset|[Ll]aunch|series|number|string|succession|wave|spate)\s+of\s+(?:the\s+|an?\s+)?(?:[\p{L}\d–-]+\s+)?$/u,
  "act:start-of",
  "Start of an ",
];

/** The start of a war, which is its declaration, not an act of it: "the beginning of the War" (but "a series of wars" is fought). */
export const WAR_START: Rule = [/\b(?:[Ss]tart|[Bb]eginning|[Oo]nset|[Ll]aunch|[Oo]utbreak)\s+of\s+(?:the\s+|an?\s+)?(?:[\p{L}\d–-]+\s+)?$/u, "mention:war-start", "at the beginning of the "];

/** Entering or joining a war, which names it: "China entered the Korean War" is no act on anyone's land. */
export const WAR_JOINED: Rule = [/\b(?:entered|entering|enters|enter|joined|joining|joins|join|entry\s+into)\s+(?:the\s+)?(?:[\p{L}\d–'’-]+\s+){0,3}$/iu, "mention:war-joined", "China entered the Korean "];

/**
 * Words in a sentence that make it about a state's own strife (a revolt, a mutiny, a civil war):
 * in an article about no one power, its acts count only where a named state did them.
 */
export const INTERNAL_STRIFE: Rule = [
  /\b(?:revolts?|rebellions?|mutin(?:y|ies|ied)|uprisings?|insurrections?|civil\s+wars?|rebels|insurgents|internal\s+instability|nobility)\b/iu,
  "internal:strife",
  "In the midst of a nobility revolt against the King",
];

/** A person's name opening a clause ("Chernayev easily took it", "Komarov occupied Merv"): in a power's article, its commander. */
export const COMMANDER_SUBJECT: Rule = [
  /(?:^|[,;:.]\s+|\s[–—-]\s+|\b(?:then|and|but)\s+)(?:(?:In|On|By|At)\s+[^,]{1,30},?\s+)?(?:(?:General|Colonel|Captain|Major|Admiral|Marshal|Count|Prince)\s+)?(?:\p{Lu}[\p{Ll}'’-]+\s+)?(?<name>\p{Lu}[\p{Ll}'’-]+)\s+(?:[\p{Ll}]+ly\s+)?(?:then\s+)?$/u,
  "actor:commander",
  "On March 16, 1884 Komarov ",
];

/**
 * Unnamed armed forces, aircraft or missiles (or "the Reagan administration") opening a clause
 * ("Troops entered the country", "- 1998: Sudan – cruise missiles struck a factory"): in a
 * power's article, the power's.
 */
export const FORCES_SUBJECT: Rule = [
  /(?:^|[,;:.]\s+|\b(?:then|and|but)\s+)(?:(?:In|On|By|At)\s+[^,]{1,30},?\s+)?(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Ss]ome|[Aa]bout|[Oo]ver|[Nn]early)\s+)?(?:[\d,.–-]+\s+)?(?:\p{Lu}[\p{L}-]+\s+(?=[Aa]dministration))?(?:(?!(?:whose|which|who|whom)\s)[\p{Ll}-]+\s+){0,2}(?:[Aa]dministration|[Tt]roops|[Ff]orces|[Aa]rmy|[Aa]rmies|[Ss]oldiers|[Mm]arines|[Pp]aratroopers|[Gg]arrison|[Ff]leet|[Nn]avy|[Ss]quadron|[Cc]ommandos|[Uu]nits|[Cc]olumn|[Dd]etachment|[Bb]attalions?|[Rr]egiments?|[Bb]rigades?|[Dd]ivisions?|[Ww]arships|[Aa]ircraft|[Bb]ombers|[Ww]arplanes|[Jj]ets|[Mm]issiles|[Dd]rones|[Hh]elicopters|[Gg]unboats|[Ss]ubmarines|[Rr]angers|SEALs|[Ll]egionnaires|[Gg]urkhas|[Ss]ailors|[Cc]avalry|[Ii]nfantry)\s+(?:[\p{Ll}]+ly\s+)?(?:then\s+)?$/u,
  "actor:forces",
  "Troops ",
];

/**
 * Forces, positions, ships, settlements, a government or an uprising after a state's name that
 * an act hit: "struck Libyan tanks near Benghazi" was done to Libya, "encircled the Egyptian
 * Third Army" to Egypt, "crushed the Hungarian uprising" to Hungary.
 */
export const FORCES_HIT: Rule = [
  /^\s+(?:[\p{L}\d-]+\s+){0,2}?(?:tanks|troops|forces|positions|units|columns|convoys|ships|warships|vessels|aircraft|planes|jets|airfields|airbases|air\s+bases|bases|garrisons?|posts|outposts|soldiers|artillery|defences|defenses|lines|trenches|fleet|navy|army|air\s+force|division|brigade|corps|patrols?|camps|settlements|villages|towns|cities|ports|harbou?rs|shipping|tankers|platforms|facilities|refineries|border\s+posts|government|regime|leadership|monarchy|junta|uprising|revolution|revolt|rebellion|resistance|rebels|insurgents|insurgency|opposition|civil\s+war|crisis|territory|soil|airspace)\b/iu,
  "target:forces",
  " tanks near Benghazi",
];

/**
 * More of what FORCES_HIT reads, in a pattern of its own (one alternation that long: V8 on Node
 * 20 could not keep its native code in the startup snapshot): waters, targets and warships.
 */
export const FORCES_HIT_MORE: Rule = [
  /^\s+(?:[\p{L}\d-]+\s+){0,2}?(?:territorial\s+waters|targets|assets|installations|personnel|proxies|destroyers?|cruisers?|frigates?|corvettes?|submarines?|battleships?|carriers?|gunboats?|minesweepers?|boats|patrol\s+boats?|stations?|depots?|bunkers?|headquarters|barracks|airports?|reactors?|embass(?:y|ies))\b/iu,
  "target:forces",
  " destroyer Ibrahim el Awal",
];

/** What joins two acts of one actor in a sentence, the second naming no place: " Uganda and " ("invaded Uganda and ousted Idi Amin"). */
export const COORDINATED_ACTS: Rule = [/^[^.;,]{0,60}?\s(?:and|then|and\s+then)\s+(?:[\p{Ll}]+ly\s+)?$/u, "target:coordinated", " Uganda and "];

/** A cue whose parties act on each other: "India and Pakistan continued to exchange fire", "the two armies clashed". */
export const MUTUAL_ACT: Rule = [/\b(?:exchang(?:e|ed|ing)\s+(?:of\s+)?(?:[\p{L}-]+\s+)?fire|clash(?:ed|es)?|skirmish(?:ed|es)?|fought\s+each\s+other|cross[- ]border\s+(?:firing|fire|clashes))\b/iu, "event:mutual", "India and Pakistan continued to exchange fire"];

/** What follows a noun cue that makes it a past act only mentioned: "By now the siege was over". */
export const ACT_OVER: Rule = [/^\s+(?:was|were|had\s+been|had)\s+(?:now\s+)?(?:over|ended|finished|lifted|raised)\b/iu, "mention:over", " was over"];

/**
 * Noun cues whose name right before them is the side that suffered the act: "after the
 * Argentine defeat at Goose Green", "Napoleon's defeat"; "the 1953 Iranian coup d'état" was
 * done in Iran, not by it (who backed it the text says apart: "a Soviet-backed coup").
 */
export const SUFFERED_NOUN = /^(?:defeats?|(?:counter-?)?coups?(?:\s+d['’]état)?|putsch(?:es)?)$/i;

/**
 * Noun cues whose possessor, with no "of" after them, suffered the act: "Gaddafi's overthrow",
 * "Crimea's absorption into the empire", "Dubček's removal" (but "Germany's annexation of
 * Austria" and "Iraq's invasion" are theirs: nouns that name the taker's act are not here).
 */
export const POSSESSOR_SUFFERED: Rule = [
  /^(?:overthrow|ouster|removal|deposition|downfall|fall|assassination|murder|killing|execution|absorption|incorporation|subjugation)$/i,
  "actor:possessor-suffered",
  "overthrow",
];

/** Nouns that name an act rather than assert one; governed by a preposition they are only a mention. */
export const NOMINAL_CUE = /^(?:invasions?|counter-?(?:attacks?|offensives?|strikes?)|military\s+interventions?|(?:punitive|military|naval|armed)\s+expeditions?|expeditionary\s+(?:force|forces|corps|army)|occupations?|annexations?|incorporation|(?:counter-?)?coups?(?:\s+d['’]état)?|attacks?|putsch(?:es)?|offensive|assassinations?|sieges?|battles?|wars?|campaigns?|conquests?|sack|raids?|air\s+raids?|incursions?|assaults?|defeat|shelling|bombardment|skirmish(?:es)?|intrigues?)$/i;

/**
 * Words governing a nominal cue that make it a mention, not an act of the sentence's subject:
 * a preposition ("during the invasion", "for their invasion") or a verb of opposition
 * ("joined to stop the invasion").
 */
export const GOVERNING_WORDS: Rule[] = [
  [
    /\b(?:for|during|after|following|against|before|since|of|to|about|amid|despite|over|until|throughout)\s+(?:(?:the|a|an|its|their|his|her|this|that|such)\s+)?(?:[\p{L}\d–-]+\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,2}$/u,
    "mention:preposition",
    "the Soviet Union sent them military aid for their invasion",
  ],
  [
    /\b(?:stop|stopped|stopping|oppose|opposed|opposing|counter|countered|resist|resisted|resisting|repel|repelled|condemn|condemned|condemning|protest|protested|protesting|denouncing|criticizing|criticising|deploring|deplored|halt|halted|end|ended|survive|survived|fear|feared|fearing|prevent|prevented|deter|deterred|welcomed|welcoming|applauded|praised|recognized|recognised|denounced|criticized|criticised|ratified|approved|endorsed|legitimi[sz]ed|sanctioned|saw|sees|viewed|views|regarded|regards|considered|perceived|described|characteri[sz]ed|blamed|remembered|block|blocked|blocking|forestall|forestalled|pre-?empt|pre-?empted|await|awaited|expect|expected|withstood|withstand|repulsed|repulse|foil|foiled|foiling|thwart|thwarted|thwarting|avert|averted|averting|defeat|defeated|defeating|quashed|quashing|concluded|concluding|incited|inciting|instigated|instigating|fomented|fomenting|accepted|accepting|tolerated|tolerating)\s+(?:(?:the|a|an|its|their|his|her|this|that|any)\s+)?(?:[\p{L}'’-]+\s+){0,2}$/iu,
    "mention:opposed",
    "other countries joined to stop the invasion",
  ],
];

/**
 * A preposition opening a sentence before a war's name: the war is named, not fought ("During the
 * Russo-Persian War (1804–13) …", "Following the Eighty Years' War …"). Only for wars: an
 * occupation or a siege after "After" is still told ("After Komarov's occupation of Tejend …").
 */
export const WAR_NAMED_AFTER: Rule = [
  /(?:^|[.;:]\s+|\()(?:During|After|Following|Before|Since|Throughout|Until|Amid|Despite)\s+(?:the\s+)?(?:[\p{L}\d–'’-]+\s+){0,3}$/u,
  "mention:war-name",
  "During the Russo-Persian War",
];

/**
 * A participle used as an adjective is no act: "persons deported from the occupied Baltic states",
 * "the rivalry might have remained subdued"; nor is one opening an aside, which tells a place's
 * past ("the lands of Algeciras (destroyed in 1369)").
 */
export const ADJECTIVAL_PARTICIPLE: Rule = [/(?:\b(?:the|a|an|its|their|his|her|newly|formerly|once|previously)\s+|\b(?:remained|remains|remain|stayed|stays|seemed|seems|appeared|became|becomes|looked)\s+(?:[\p{Ll}]+ly\s+)?|\(\s*)$/iu, "mention:adjectival", "persons deported from the occupied Baltic states"];

/**
 * People who are no armed force as the subject of a cue: "12,500 Spanish workmen entered
 * Gibraltar every day", "protesters attacked the embassy" tell no state's act.
 */
export const CIVILIAN_SUBJECT: Rule = [
  /\b(?:workers|workmen|labou?rers|tourists|visitors|pilgrims|merchants|traders|shoppers|commuters|refugees|civilians|migrants|immigrants|emigrants|students|families|residents|inhabitants|villagers|crowds?|mobs?|rioters|protesters|demonstrators|smugglers|fishermen|journalists|reporters|delegates|negotiators|diplomats)\s+(?:(?:[\p{Ll}]+ly|then|also|still)\s+)?$/iu,
  "mention:civilian",
  "many Spanish workmen entered Gibraltar every day",
];

/**
 * The side an aid cue helps, named before it: "provided Hanoi with military aid", "supplied the
 * rebels with arms". Tested on the text before the name and between it and the cue.
 */
export const HELPED_BEFORE: Rule = [
  /\b(?:provided|providing|supplied|supplying|furnished|furnishing|equipped|equipping|rearmed|rearming)\s+(?:the\s+)?$/iu,
  "target:helped-before",
  "The Soviet Union provided Hanoi with military aid",
];

/**
 * Money given to a side in a sentence about a vote is interference in it, not military aid: "The
 * CIA gave millions of dollars to the Christian Democrats before the 1948 election", "spent
 * millions on the opposition coalition, which won at the polls". `[the vote's words, label,
 * example]`; MONEY_NOT_ARMS says which aid cues are money alone.
 */
export const MONEY_FOR_VOTES: Rule = [
  /\b(?:elections?|polls|votes?|voters|ballots?|electoral|electorate|re-?election|referendums?|plebiscites?)\b/i,
  "election:money-for-votes",
  "The CIA gave millions of dollars to the Christian Democrats before the 1948 election",
];

/** An aid cue that names money and nothing of war ("gave millions of dollars to", "provided cash to"). */
export const MONEY_NOT_ARMS: Rule = [
  /^(?!.*\b(?:military|arms|weapons|weaponry|munitions|ammunition|equipment|materiel|troops|advisers|advisors|instructors|training|trained|armed|war)\b).*(?:\b(?:money|dollars|cash|funds|funding|funded|financed|financing|bankrolled|paid|payments?|subsidies|subsidi[sz]ed|millions?|billions?|pounds|roubles|rubles|francs|marks)\b|\$\s?\d)/i,
  "election:money-for-votes",
  "gave millions of dollars to",
];

/** Forces after a possessive pronoun, whose owner acted: "its bombers destroyed the Basque town of Guernica". */
export const POSSESSED_FORCES: Rule = [
  /^\s+(?:own\s+)?(?:[\p{L}-]+\s+)?(?:troops|forces|army|armies|bombers|aircraft|planes|jets|fighters|warships|ships|navy|fleet|artillery|tanks|soldiers|men|units|submarines|gunboats|paratroopers|marines|commandos|agents)\b/u,
  "actor:possessed-forces",
  " bombers destroyed the Basque town of Guernica",
];

/**
 * A named operation in an item of a list of one power's operations that tells no act in words:
 * "2000 – Sierra Leone: Operation Palliser" is the power's armed forces sent in. Read only in
 * such lists (elsewhere an operation may be aid or a plan: "Operation Cyclone").
 */
export const OPERATION_NAMED: Rule<Method> = [/\bOperation\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}/u, "invasion", "2000 – Sierra Leone: Operation Palliser"];

/**
 * A sentence whose subject is a named operation or programme, before the cue: in an article about
 * one power, its own ("Operation Mongoose encompassed the sabotage of Cuban sugar mills",
 * "Operation Serval saw French jets strike"). Tested on the sentence up to the cue.
 */
export const OPERATION_SUBJECT: Rule = [
  /^(?:(?:In|On|By|From|During|After|Beginning)\s+[^,;]{1,40},\s+)?(?:the\s+)?(?:Operation|Opération|Operación|Operasi|Operazione|Project|Programme|Program)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?:\s*,\s*[^;]{1,120}?,)?\s+(?!(?:was|were)\s+(?:launched|mounted)\s+(?:by|against)\b)/u,
  "actor:operation",
  "Operation Mongoose, overseen by Edward Lansdale, encompassed the sabotage",
];

/**
 * A named operation right after a passive cue, as the means: "Bokassa was deposed in Operation
 * Barracuda". In an article about one power, its own operation (tested on the text after the cue).
 */
export const OPERATION_AFTER: Rule = [
  /^[^.;]{0,80}?\s(?:in|during|by|through|under|as\s+part\s+of)\s+(?:the\s+)?(?:Operation|Opération|Operación|Operasi|Operazione)\s+\p{Lu}/u,
  "actor:operation",
  " in Operation Barracuda",
];

/**
 * A sentence opened by a bare noun cue ("The invasion ended the rule of the Council", "The
 * occupation lasted until 1946"): in an article about one power, the row's own act, told again.
 * Tested on the sentence up to the cue.
 */
export const ACT_OPENS_SENTENCE: Rule = [
  /^(?:(?:In|By|After|Within)\s+[^,;]{1,30},\s+)?(?:The\s+(?:\d{3,4}\s+)?|(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*['’]s\s+)(?:(?:subsequent|ensuing|resulting|initial|first|second|brief|short|swift|full-scale|large-scale|eventual|formal|final)\s+)?$/u,
  "actor:row-act",
  "The 1940 ",
];

/** What follows such a noun when it is the sentence's subject, not a modifier ("The coup plotters sought …" is about plotters). */
export const ACT_AS_SUBJECT_AFTER: Rule = [
  /^(?:\s*,|\s+(?:of|in|on|against|by|from|into|was|were|had|has|is|began|lasted|ended|saw|brought|led|followed|took|met|resulted|caused|marked|prompted|triggered|involved|succeeded|failed|installed|removed|toppled|overthrew|restored|put|forced|comported|ended|[a-z]+ed)\b)/,
  "actor:row-act",
  " lasted from 25 August",
];

/**
 * A sentence that opens with a participle's clause ("Having landed at Port Said on 6 November,
 * British and French forces advanced …"): a cue inside it is done by the subject named right
 * after the comma that closes it. Tested on the sentence up to the cue.
 */
export const PARTICIPLE_OPENS: Rule = [/^(?!(?:During|Following|Including|According|Regarding|Concerning|Notwithstanding|Pending|Considering|Beginning|Starting|Barring|Excluding|Seven|Eleven|Often|Even|Then|When|Between|Given|Golden|Garden|Heaven|Sweden|Dresden|Bremen|Aden|Yemen|Baden|Leiden|Camden)\b)(?:Having\s+(?:been\s+)?)?[A-Z][a-z]+(?:ed|ing|en|wn)\b[^,;]*$/, "actor:participle-subject", "Having landed at Port Said on 6 November"];

/**
 * Kin or a rival as what an act of war or a deposition was done to: a fight within a ruling
 * house ("Aurangzeb defeated his brother Dara Shikoh at Samugarh", "Selim forced his father to
 * abdicate"), no state's act on another's; kin put on a throne abroad still is ("placed his
 * brother Louis on the throne of Holland"). Tested on the cue and the words after it.
 */
export const KIN_VICTIM: Rule = [/^(?!(?:placed|put|installed|restored|set|appointed|made|proclaimed|enthroned|crowned|reinstated|helped|supported|backed)\b)[A-Za-z-]+(?:\s+[a-z]+)?\s+(?:his|her|their)\s+(?:own\s+)?(?:half-)?(?:brothers?|father|sons?|uncles?|cousins?|nephews?|rivals?|kinsm[ae]n|sisters?|mother)\b/, "negated:kin", "defeated his brother Dara Shikoh"];

/**
 * The titles a power's own ruler or chief minister goes by, per today's country of the power
 * (the Ottoman sultan, the shah, the tsar): in an article about that power, a sentence whose
 * subject is "the sultan" and names no state before its act tells the power's act ("The sultan
 * crossed the Sava and destroyed the Hungarian army at Mohács"). Titles several sides share
 * ("the king", "the emperor" outside a single empire) are left out.
 */
export const RULER_TITLES: Rule[] = [
  [/^(?:sultan|padishah|grand\s+vizier|Porte)$/i, "TUR", "sultan"],
  [/^(?:shah|shahanshah)$/i, "IRN", "shah"],
  [/^(?:tsar|czar|tsarina|empress)$/i, "RUS", "tsar"],
  [/^(?:khan|great\s+khan|khagan)$/i, "MNG", "khan"],
  [/^emperor$/i, "CHN", "emperor"],
  [/^(?:emperor|padshah)$/i, "IND", "emperor"],
  [/^(?:emperor|consul|proconsul)$/i, "ITA", "consul"],
  [/^(?:emperor|shogun)$/i, "JPN", "shogun"],
  [/^pharaoh$/i, "EGY", "pharaoh"],
];

/** A sentence opened by a ruler's title as its subject: "The sultan ", "In 1526 the young sultan ". The title is the `title` group. */
export const RULER_OPENS: Rule = [/^(?:(?:In|On|By|At|After|During|Then)\s+[^,;]{1,40}?,?\s+)?[Tt]he\s+(?:(?:young|old|aged|ageing|aging|new|victorious|reigning)\s+)?(?<title>grand\s+vizier|great\s+khan|[A-Za-z]+)\b/, "actor:ruler-title", "The sultan crossed the Sava"];

/** A passive auxiliary before a cue: the one named before it suffered the act ("these three countries were invaded, occupied and …"). */
export const PASSIVE: Rule = [
  /\b(?:was|were|been|being|be|is|are)\s+(?:(?:[\p{L}]+ly|[\p{L}]+(?:ed|en)\s*,|[\p{L}]+(?:ed|en)\s+and)\s+)*$/iu,
  "passive",
  "these three countries were invaded, occupied and illegally incorporated into the Soviet Union",
];

/**
 * A sentence that names who did the act the sentence before told, by a pronoun or the act's
 * noun: "It was instigated by the United States and the United Kingdom", "The coup was planned
 * by the CIA". Its `verb` group is where the act is quoted; the agent follows "by".
 */
export const CARRIED_ACT: Rule = [
  /^(?:It|This|The\s+(?:coup|putsch|invasion|operation|intervention|attack|occupation|annexation|overthrow|raid|landing|campaign|offensive))\s+was\s+(?:[\p{L}]+ly\s+)?(?<verb>instigated|orchestrated|organi[sz]ed|planned|engineered|masterminded|sponsored|backed|supported|carried\s+out|staged|launched|led|executed|directed|conducted|financed|funded)\s+(?:jointly\s+)?by\s/u,
  "actor:carried-act",
  "It was instigated by the United States and the United Kingdom",
];

/**
 * A cue that tells the purpose of the act before it and names no actor of its own: "landed in
 * Beirut to support President Chamoun", "airstrikes in support of Assad's government".
 */
export const PURPOSE_CUE: Rule = [/^(?:to|in\s+order\s+to|so\s+as\s+to|in\s+support\s+of)\s/iu, "actor:purpose", "to support President"];

/**
 * A denial right before a cue: "Pakistan denied that such surgical strikes occurred", "denied
 * any role in the coup". Apart from NEGATION, whose one long case-insensitive pattern V8 could
 * no longer keep in a startup snapshot with these words in it.
 */
export const DENIAL: Rule = [
  /\b(?:(?:denied|denies|deny|denying|rejected|rejects|disputed|disputes)\s+(?:that\s+)?(?:(?:any|such|the|a|an)\s+)?(?:[a-z-]+\s+)?|(?:denied|denies|deny|denying)\s+(?:any\s+|all\s+)?(?:role|involvement|part|participation|responsibility|knowledge)\s+(?:in|of|for)\s+(?:the\s+|a\s+|an\s+)?)$/i,
  "negated:denial",
  "Pakistan denied that such ",
];

/** Negation or mere intent right before a cue: "a planned invasion", "never annexed". */
export const NEGATION: Rule = [
  /\b(?:not|never|no|no\s+longer|cut\s+off|cutting\s+off|suspended|suspending|withheld|withholding|froze|freezing|curtailed|curtailing|terminated|terminating|stopped|stopping|halted|halting|discontinued|discontinuing|would\s+have|could\s+have|might\s+have|(?:expected|about|likely|poised|ready|preparing|prepared|set|going|intending|intended|hoping|hoped|sought|seeking|wanted|wished)\s+to|(?:aim|goal|objective|purpose)\s+(?:was|being|of\s+which\s+was)\s+to|in\s+(?:an\s+effort|a\s+bid)\s+to|rather\s+than|instead\s+of|refused\s+to|threatened\s+to|threatened\s+(?:an?\s+|the\s+)|threatening\s+(?:an?\s+|the\s+)|(?:a|an|the)\s+(?:threatened|feared|anticipated|impending|looming|prospective)|offered\s+to|proposed\s+to|planned(?!\s+the\s)|planning|plans?\s+to|considered|proposed|proposing|suggested|suggesting|banned|banning|prohibited|prohibiting|forbade|outlawed|would\s+not|did\s+not|was\s+not|were\s+not|should|could|might|must|withdrawal\s+of|withdrew|withdrawing|expelled|expelling|expulsion\s+of|recalled|recalling|possible|potential|improbable|hypothetical|uninvolved\s+in|stayed\s+out\s+of|kept\s+out\s+of|neutral\s+(?:in|during)|(?:talk|plans?|threat|fear|possibility|prospect|idea|rumou?rs?|risk|danger)\s+of\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+)?|(?:plans?|planning|preparations?|contingency\s+plans?)\s+for\s+(?:an?\s+|the\s+)?(?:[\p{L}'’-]+\s+){0,2})\s*(?:(?!(?:after|before|following|upon|when|while|since|by)\s)[\p{L}-]+\s+){0,1}$/iu,
  "negated",
  "There was military buildup and a planned invasion",
];

/**
 * A span of time before a noun cue: "300 years of British occupation", "decades of Soviet
 * domination" tell a lasting state, not an act of the row's years.
 */
export const DURATION_BEFORE: Rule = [
  /\b(?:[\d,]+|a\s+few|several|many|two|three|four|five|six|seven|eight|nine|ten|a\s+hundred|hundreds\s+of)\s+(?:years|decades|centuries|months)\s+of\s+(?:[\p{L}'’-]+\s+){0,2}$/iu,
  "mention:duration",
  "the celebration of 300 years of British ",
];

/**
 * A year right before a noun cue: "the 1727 siege". In a row whose years do not hold it, the cue
 * names another episode ("A Belgian engineer, who had taken part in the 1727 siege, arrived" in
 * the row of 1730).
 */
export const YEAR_BEFORE_CUE: Rule = [/\b(?<year>\d{3,4})\s+(?:[\p{Ll}-]+\s+)?$/u, "mention:other-year", "who had taken part in the 1727 "];

/**
 * What follows a noun cue and says the act did not happen or was only thought of: "A Russian
 * invasion of India seems improbable", "the invasion was called off", "the coup never took place".
 */
export const NEGATION_AFTER: Rule = [
  /^(?:\s+(?:plans?|planning|scares?|threats?|fears?|preparations?|scenarios?)\b|(?:\s+(?:of|on|against|into)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s*){1,3})?\s*(?:(?:seems|seemed|appears|appeared|was|is|were|remained|proved|looked)\s+(?:(?:[\p{Ll}]+ly|to\s+be)\s+)?(?:improbable|unlikely|impossible|hypothetical|unthinkable|called\s+off|cancell?ed|abandoned|averted|postponed|aborted|shelved|never\s+(?:carried\s+out|launched))|never\s+(?:happened|took\s+place|materiali[sz]ed|came))\b)/u,
  "negated:after",
  "A Russian invasion of India seems improbable",
];

/**
 * What follows a cue in its sentence and reports it as a claim that its alleged actor denied:
 * "he had been kidnapped by American forces, a claim the United States denied". ASCII words
 * only (tests/bundle.test.ts: the startup snapshot).
 */
export const DENIED_AFTER: Rule = [
  /^[^.;]{0,80}?,\s+(?:a\s+claim|an\s+allegation|a\s+charge|an\s+accusation|claims|allegations|charges|accusations|which)\s+(?:that\s+)?(?:[A-Za-z.]+\s+){1,4}?(?:(?:has|have|had|always|repeatedly|strongly|officially|publicly)\s+){0,2}(?:denied|denies|rejected|rejects|disputed|disputes)\b/,
  "negated:denied-after",
  " by American forces, a claim the United States denied",
];

/**
 * Forces right after a state's name ("ordered French troops to intervene"): a "they" that opens
 * the next clause after a semicolon stands for them ("…; they landed in Libreville"), and where
 * no subject names a state, the forces a cue names act ("ordered American air and naval forces to").
 */
export const FORCES_NAMED: Rule = [
  /^\s+(?:[a-z-]+\s+){0,3}?(?:troops|forces|force|soldiers|paratroopers|marines|legionnaires|units|army|armies|warships|aircraft|ships|fleet|columns?|garrisons?|expedition|contingents?|detachments?|squadrons?|divisions?|brigades?|battalions?|regiments?)\b/i,
  "actor:forces-antecedent",
  " troops stationed in Dakar",
];

/** A cue that opens with sending forces: the forces it names are the sender's ("ordered American forces to"). */
export const SENDING_VERB: Rule = [
  /^(?:ordered|ordering|sent|sending|dispatched|dispatching|deployed|deploying|landed|landing|airlifted|airlifting|rushed|stationed|stationing)\b/i,
  "actor:forces-in-cue",
  "ordered American air and naval forces to",
];

/**
 * A cue that ends on the act it was done against, as its object: an agent after it ("by …") is
 * that act's, not the cue's ("foiled a coup attempt by Sri Lankan mercenaries"; not "a sniper
 * attack by Pakistani forces", where the act is the cue).
 */
export const OBJECT_ACT_END: Rule = [
  /\s(?:a|an|the|its|their)\s+(?:[a-z-]+\s+){0,2}(?:coup|attempt|putsch|mutiny|uprising|rebellion|revolt|invasion|attack|offensive|advance)$/i,
  "agent:object-act",
  "foiled a coup attempt",
];

/**
 * A cue told as a verb with its own subject ("the rebels seized the capital"), not as a noun
 * ("air strikes on Tripoli", "overthrow of Manuel Noriega"): in a list of one power's operations,
 * only the noun is the power's act by the list's own say (extractMethods: `actor:list`).
 */
export const FINITE_VERB_CUE: Rule = [
  /^(?:[a-z]+ed|took|overran|drove|fought|sent|led|struck|overthrew|ran|won|beat|fell|gave|sold|brought|made|held|hit|put|withdrew|flew|swept|stood|kept|seized)\b/i,
  "act:finite-verb",
  "seized the capital",
];

/**
 * What before a cue makes it an accusation or a call to act, not an act the text asserts: "has
 * been accused of smuggling missiles", "called on Iraqi Shia to overthrow Saddam Hussein", "found no
 * evidence that US officials had supported the coup". ASCII
 * words only (tests/bundle.test.ts: the startup snapshot).
 */
export const NOT_ASSERTED_BEFORE: Rule = [
  /\b(?:(?:accused|suspected|charged)\s+(?:[a-z]+\s+){0,3}?of|(?:called\s+on|called\s+upon|urged|incited|exhorted|appealed\s+to)\s+(?:[A-Za-z'-]+\s+){1,4}?to)\s+(?:[a-z-]+\s+){0,3}?$|\b(?:no|little|scant|insufficient)\s+(?:evidence|proof|indication|signs?)\s+(?:that|of)\s+(?:[A-Za-z.'-]+\s+){0,7}$/,
  "negated:not-asserted",
  "Iran has been accused of ",
];

/**
 * An aside naming forces that went along with the subject before it: "The Mongol army of Hulagu,
 * reinforced by Georgian and Armenian contingents, besieged Baghdad" (both acted).
 */
export const FORCES_ALONGSIDE: Rule = [/,\s*(?:accompanied|joined|reinforced|officered|stiffened)\s+by\s+[^,;.]*$/, "actor:alongside", "The Mongol army of Hulagu, reinforced by "];

/**
 * A clause of its own opened right before a cue, whose subject is a group or a name that is no
 * state: "refused to intervene as the Sandinistas advanced on Managua", "…, but the rebels took
 * Kabul". The cue is that subject's, not a state named earlier in the sentence. ASCII words only
 * (tests/bundle.test.ts: the startup snapshot).
 */
export const SUBORDINATE_SUBJECT: Rule = [
  /(?:,\s+(?:but|and|yet|while|whereupon)|\b(?:[Aa]s|[Ww]hen|[Ww]hile|[Aa]fter|[Bb]efore|[Uu]ntil|[Oo]nce|[Ss]ince|[Bb]ecause|[Aa]lthough|[Tt]hough|[Ww]hereupon))\s+(?:the\s+)?(?:(?:[A-Z][A-Za-z'’-]*(?<!['’]s)\s+){1,3}|(?:[a-z-]+\s+)?(?:rebels|insurgents|guerrillas|guerillas|tribesmen|militants|mutineers|protesters|rioters|mob|crowds?|rebel\s+forces|militias?)\s+)(?:(?:had|have|then|also|finally|soon)\s+)?$/,
  "actor:other-subject",
  "refused to intervene as the Sandinistas ",
];

/**
 * A relative clause opened after someone named, between a name and a cue: ", who", or ", which"
 * after a name or a group ("to the Houthis, who seized Sanaa", "Kata'ib Hezbollah, which
 * attacked"; not "in September 1944, which coincided"). The cue's subject is then the relative's.
 */
export const RELATIVE_CLAUSE: Rule = [
  /,\s+(?:who|whose)\s|(?:\p{Lu}[\p{L}'’-]*|militias|rebels|groups|fighters|insurgents|guerrillas|forces),\s+which\s|\b(?:officers|generals|colonels|soldiers|rebels|plotters|conspirators|putschists|mutineers|insurgents|guerrillas|nationalists|communists|tribesmen|clerics|students|officials|politicians|leaders|exiles|men)\s+(?:who|that)\s/u,
  "actor:relative-clause",
  "to the Houthis, who seized Sanaa",
];

/**
 * What follows an annexation cue and shows that no territory changed hands: people or units
 * taken into an army or a party, a text into a law, a ship or a building taken ("the rebels
 * were incorporated into the national army", "took possession of the ship"). ASCII words and no
 * article group of its own: V8 on Node 20 cannot keep the native code of the pattern written with
 * them in a startup snapshot (tests/bundle.test.ts).
 */
export const NOT_TERRITORY_AFTER: Rule = [
  /^\s*(?:[a-z'’-]+\s+){0,4}?(?:army|armies|armed\s+forces|forces|police|militias?|guard|party|parties|front|movement|company|corporation|firm|government|cabinet|administration|constitution|treaty|agreement|protocol|law|code|system|command|units?|brigades?|battalions?|divisions?|regiments?|alliance|coalition|ship|vessel|aircraft|embassy|building|property|goods|cargo|documents|archives)\b/i,
  "negated:not-territory",
  " the national army",
];

/**
 * An invasion cue used figuratively, read from the cue on: an office occupied, a city bombarded
 * with propaganda, a diplomatic offensive ("occupied the post of foreign minister", "bombarded
 * Belgrade with propaganda", "launched a diplomatic offensive against Germany").
 */
export const NOT_MILITARY: Rule = [
  /^(?:occup(?:ied|ies|y|ying)\s+(?:the|a|an|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:post|position|place|seat|office|role|chair|throne|premiership|presidency|ministry)\b|[^.;]{0,60}?\bwith\s+(?:propaganda|leaflets|letters|requests|protests|complaints|demands|notes|criticism|questions|messages|offers|appeals)\b|(?:[^.;]{0,30}?\s)?(?:diplomatic|political|propaganda|disinformation|smear|influence|lobbying|advertising|charm|peace|media|verbal|rhetorical|legal|economic|trade|press)\s+(?:offensive|attacks?|assault|blitz|campaign)\b)/iu,
  "negated:figurative",
  "launched a diplomatic offensive against Germany",
];

/** A word right before a noun cue that makes it no armed act: "a disinformation campaign", "a diplomatic offensive". */
export const NOT_MILITARY_BEFORE: Rule = [
  /\b(?:diplomatic|political|propaganda|disinformation|smear|influence|lobbying|advertising|charm|peace|media|verbal|rhetorical|legal|economic|trade|press|election|electoral|fundraising|vaccination|literacy|publicity)\s+$/iu,
  "negated:figurative",
  "ran a disinformation ",
];

/** A proposal or plan whose terms a cue tells is no act: "proposals under which Gibraltar would be … incorporated into Spain". */
export const PROPOSAL_TERMS: Rule = [
  /\b(?:proposals?|proposed|plans?|planned|schemes?|offers?|offered|drafts?)\s+(?:under\s+which|whereby|by\s+which|according\s+to\s+which)\b[^.;]{0,150}$/iu,
  "mention:proposal",
  "made proposals under which Gibraltar would be under joint sovereignty for fifty years, before being fully ",
];

/** A pact or a conference that permits an act is not the act: "An agreement at the Yalta Conference permitted the Soviet Union to annex …". */
export const PACT_PERMITS: Rule = [
  /\b(?:pact|treaty|treaties|agreement|accords?|conference|protocol|talks|summit|declaration)\b[^.;]{0,80}?\b(?:permitted|allowed|provided\s+for|granted|recognized|recognised|stipulated|assigned|divided)\b/iu,
  "pact",
  "An agreement at the Yalta Conference permitted the Soviet Union to annex",
];
