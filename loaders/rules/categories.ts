/**
 * Rule tables for what a figure is about: the category of its noun ("casualties",
 * "troops"), the verbs around it ("were imprisoned", "executed … including N"), the
 * complement of a share ("of its territory") and the words that mark money as military
 * or economic aid. Data only; `extract/figures.ts` runs them. Categories are the gold
 * README's list.
 */
import type {Rule} from "../types.ts";
import {COMBATANT_WORDS} from "./units.ts";

/**
 * How firmly a noun fixes its category. `strong` nouns ("casualties", "refugees") keep
 * theirs whatever the verbs say; `weak` ones ("troops", "men") yield to a verb about
 * them ("15,000 soldiers were killed"); `generic` ones ("people", "Hungarians") take
 * whatever the sentence says happened to them, else their default.
 */
export type Strength = "strong" | "weak" | "generic";

/** A noun's category and how firmly it holds. */
export interface NounCategory {
  category: string;
  strength: Strength;
}

const strong = (category: string): NounCategory => ({category, strength: "strong"});
const weak = (category: string): NounCategory => ({category, strength: "weak"});
const generic = (category: string): NounCategory => ({category, strength: "generic"});

/** The category a unit noun gives, tried in order on the noun as written. */
export const NOUN_CATEGORIES: readonly Rule<NounCategory>[] = [
  // Losses of more than one kind, first: "killed or captured" is not a count of prisoners.
  [/\b(?:killed|dead)\s+(?:or|and)\s+(?:wounded|injured|captured|missing|taken\s+prisoner)\b/i, strong("casualties"), "4,000 were killed or captured"],
  [/\b(?:political\s+prisoners?|detainees?|internees?|imprisoned|arrested|jailed|detained|interned|incarcerated|arrests?)\b/i, strong("imprisoned"), "5,000 political prisoners"],
  [/\b(?:prisoners?|POWs?|captives?|hostages?|captured|slaves)\b/i, strong("prisoners"), "320,000 Polish prisoners of war"],
  [/(?<![\p{L}])(?:refugees?|[ée]migr[ée]s?|emigrants?|exiles?|evacuees?|displaced)(?![\p{L}])/iu, strong("refugees"), "1.5 million refugees"],
  [/\b(?:deportees?|deported)\b/i, strong("deported"), "40,000 deportees"],
  [/\b(?:executed|executions?)\b/i, strong("executed"), "600 executed"],
  [/\b(?:non-?fatal\s+casualties|injuries)\b/i, strong("wounded"), "777 non-fatal casualties"],
  [/\bfatal\s+casualties\b/i, strong("killed"), "seven fatal casualties"],
  [/\b(?:casualties|losses)\b/i, strong("casualties"), "194,191 total casualties"],
  [/\b(?:killed|dead|deaths?|fatalities|lives|victims?|bodies|corpses|martyrs)\b/i, strong("killed"), "77,000 killed"],
  [/\b(?:wounded|injured)\b/i, strong("wounded"), "334,000 wounded"],
  [/\bmissing\b/i, strong("missing"), "292,000 missing"],
  [/\b(?:inhabitants?|residents?|citizens?|subjects?|nationals?|population)\b/i, generic("population"), "13.5 million Polish citizens"],
  [
    /\b(?:troops?|soldiers?|servicem[ae]n|servicewomen|men|personnel|advis[eo]rs?|experts?|instructors?|specialists?|technicians?|officers?|volunteers?|fighters?|guerrill?as?|insurgents?|rebels?|militants?|mercenar(?:y|ies)|combatants?|sailors?|seamen|airmen|pilots?|marines?|commandos?|paratroopers?|conscripts?|recruits?|reservists?|militiam[ae]n|militia|police|policem[ae]n|agents?|spies|spy|guards?|gendarmes?|partisans?|defenders?|crew(?:s|men)?|cadres?|operatives?|spetsnaz|mujahideen|veterans?|strong|man|member|contractors?|forces)\b/i,
    weak("military_personnel"),
    "about 50,000 troops",
  ],
  [/\b(?:interventions?|invasions?|coups?|regime\s+changes?)\b/i, strong("interventions"), "seven interventions"],
  [new RegExp(String.raw`\b(?:${COMBATANT_WORDS})\b`, "i"), weak("military_personnel"), "more than 100 invaders"],
  [/\b(?:terrorists?|hijackers?|kidnappers?)\b/i, weak("other"), "40 hijackers"],
  [/./, generic("other"), "five youths"],
];

/**
 * What may befall captives that the verb after them says, over their noun: "3,000 political
 * prisoners were executed" counts the executed, "22,000 prisoners were killed" the killed.
 */
export const CAPTIVE_FATES: readonly Rule<readonly string[]>[] = [
  [/\b(?:prisoners?|POWs?|captives?|hostages?|detainees?|internees?)\b/i, ["executed", "killed", "deported", "missing"], "3,000 political prisoners were executed"],
];

/** Categories fixed by the unit alone (equipment of every kind). */
export const UNIT_CATEGORIES: Readonly<Record<string, string>> = {
  tanks: "equipment",
  aircraft: "equipment",
  artillery: "equipment",
  vehicles: "equipment",
  items: "equipment",
};

/** Determiners and numbers that begin an object: "soldiers killed the villagers" is active, "civilians killed" is not. */
const OBJECT_NEXT = String.raw`(?!\s+(?:(?:the|a|an|his|her|their|its|our|some|about|over|more|several|many|most|all|at\s+least|nearly|one|two|three|four|five|six|seven|eight|nine|ten|hundreds|thousands|dozens|tens|millions)\b|\d|\p{Lu}))`;

/**
 * A passive auxiliary with the words that may stand between it and the participle:
 * adverbs ("were also killed", "were critically injured") and verbs of report ("were
 * reported to be killed", "were stated to have been injured", "were reported killed").
 * Exported for the tables of bare numbers (units.ts).
 */
export const PASSIVE_AUX = String.raw`\b(?:were|was|are|been|being)\s+(?:(?:[a-z]+ly|also|later|soon|all|both|each|then|either|reported|said|stated|claimed|believed|thought|feared|confirmed|known|presumed)\s+){0,3}(?:to\s+(?:be|have\s+been)\s+)?`;

/**
 * Verbs after a figure that say what happened to the people it counts (the figure is
 * their subject): "200,000 Hungarians fled", "13,000 were imprisoned", "N … to death".
 * The engine takes the nearest match in the figure's clause (the last one when a relative
 * clause follows the figure: "one guard who suffered burns … succumbed to them").
 */
export const PREDICATE_CUES: readonly Rule[] = [
  [
    new RegExp(
      String.raw`${PASSIVE_AUX}(?:killed|dead)\s+(?:or|and)\s+(?:wounded|injured)\b|\b(?:died|were\s+killed)\s+or\s+(?:were\s+)?(?:wounded|injured)\b|^\s*(?:killed|dead)\s+(?:or|and)\s+(?:wounded|injured)\b|\b(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:killed|dead)(?:,\s*(?:wounded|injured|captured|missing))*,?\s+(?:or|and)\s+(?:captured|missing|taken\s+prisoner)\b`,
      "i",
    ),
    "casualties",
    "up to 900 guerrillas were killed or wounded",
  ],
  [new RegExp(String.raw`${PASSIVE_AUX}(?:put\s+on|brought\s+to)\s+trial\b|${PASSIVE_AUX}(?:tried|prosecuted|convicted)\b|\bstood\s+trial\b`, "i"), "tried", "26,000 Hungarians were put on trial"],
  [new RegExp(String.raw`${PASSIVE_AUX}(?:executed|hanged|put\s+to\s+death|shot\s+by\s+firing\s+squad)\b`, "i"), "executed", "600 officers were executed"],
  [
    new RegExp(
      String.raw`${PASSIVE_AUX}(?:killed|murdered|massacred|slaughtered|exterminated|shot(?:\s+dead)?|dead|martyred|lost)\b|\b(?:died|perished|lost\s+their\s+lives|to\s+death|to\s+have\s+died|killed\s+in\s+action|succumbed\s+to\s+(?:\w+\s+){0,2}?(?:injuries|wounds)|embraced\s+martyrdom|were\s+martyred)\b`,
      "i",
    ),
    "killed",
    "nearly 15,000 Soviet soldiers were killed",
  ],
  // "Fourteen naval cooks were among the dead": counted among the dead, the wounded or the prisoners.
  [/\b(?:were|was|are|is)\s+(?:also\s+)?among\s+the\s+(?:dead|killed|fallen|victims)\b/i, "killed", "Fourteen naval cooks were among the dead"],
  [/\b(?:were|was|are|is)\s+(?:also\s+)?among\s+the\s+(?:wounded|injured)\b/i, "wounded", "three officers were among the wounded"],
  [/\b(?:were|was|are|is)\s+(?:also\s+)?among\s+the\s+(?:prisoners|captured|captives)\b/i, "prisoners", "two pilots were among the prisoners"],
  // A bare participle right after the noun ("228 civilians killed", "400 villagers dead"), not an active verb with an object.
  [new RegExp(String.raw`^\s*(?:killed|dead)\b${OBJECT_NEXT}`, "u"), "killed", "killed in the raid (after \"some 600 villagers\")"],
  [new RegExp(String.raw`^\s*(?:wounded|injured)\b${OBJECT_NEXT}`, "u"), "wounded", "wounded by shellfire (after \"1,200 soldiers\")"],
  [new RegExp(String.raw`^\s*(?:captured|taken\s+prisoner)\b${OBJECT_NEXT}`, "u"), "prisoners", "captured in the fighting (after \"15 soldiers\")"],
  [new RegExp(String.raw`^\s*missing\b`, "u"), "missing", "missing after the battle (after \"40 sailors\")"],
  [
    new RegExp(String.raw`${PASSIVE_AUX}(?:wounded|injured|hurt)\b|\b(?:sustained|suffered|received)\s+(?:[\w-]+\s+){0,4}?(?:injuries|wounds|burns)\b`, "i"),
    "wounded",
    "three guards sustained minor injuries",
  ],
  [/\b(?:went|were|are|remain(?:ed)?)\s+(?:listed\s+as\s+)?missing\b|\b(?:disappeared|vanished|were\s+disappeared)\b/i, "missing", "2,000 soldiers went missing"],
  [
    new RegExp(String.raw`${PASSIVE_AUX}(?:captured|taken\s+(?:prisoner|captive))\b|\bsurrendered\b|\b(?:held|taken|kept)\s+(?:as\s+)?(?:hostages?|captive)\b|^\s*(?:as\s+)?hostages?\b`, "i"),
    "prisoners",
    "50 sailors held hostage by the rebels",
  ],
  [new RegExp(String.raw`${PASSIVE_AUX}(?:imprisoned|jailed|arrested|detained|interned|incarcerated|sentenced\s+to\s+(?:prison|imprisonment))\b`, "i"), "imprisoned", "13,000 were imprisoned"],
  [new RegExp(String.raw`${PASSIVE_AUX}(?:deported|resettled|exiled|banished|forcibly\s+(?:moved|relocated|transferred))\b`, "i"), "deported", "40,000 Chechens were deported"],
  [/\b(?:fled|flee|fleeing|escaped|emigrated|emigrating|defected|sought\s+(?:refuge|asylum)|became\s+refugees|left\s+the\s+country|(?:were|was)\s+(?:displaced|evacuated|uprooted|made\s+homeless)|internally\s+displaced|(?:from|out\s+of)\s+their\s+homes|lost\s+their\s+homes|homeless)\b/i, "refugees", "Approximately 200,000 Hungarians fled"],
  // Survivors: people rescued or left alive are counted, but as none of the losses above.
  [new RegExp(String.raw`${PASSIVE_AUX}(?:rescued|saved|picked\s+up|left\s+unscathed|unhurt|unharmed)\b|\bsurvived\b`, "i"), "other", "more than 400 sailors were rescued"],
  // Voters: people counted at a ballot are none of the losses above.
  [/\bvoted\b/i, "other", "some 18,000 voted in the referendum"],
];

/**
 * Stems of every verb and participle in {@link PREDICATE_CUES}: a clause with none of them
 * has no predicate cue, and the engine skips the table (a test keeps the two in step).
 */
export const PREDICATE_STEMS = /kill|dead|die|wound|injur|hurt|captur|captive|prisoner|hostage|surrender|impris|jail|arrest|detain|intern|incarcer|sentenc|deport|resettl|exile|banish|forcibl|fled|flee|escap|emigrat|defect|refuge|asylum|left\s+the|displac|evacuat|uproot|homeless|homes|trial|tried|prosecut|convict|execut|hang|death|shot|murder|massacr|slaughter|extermin|perish|lives|martyr|lost|succumb|sustain|suffer|receiv|missing|disappear|vanish|rescu|saved|picked|unscathed|unhurt|unharm|surviv|voted/i;

/**
 * Verbs right after a bare number that make it a fighting force ("three landed on the beach",
 * "200 stormed the gate"); said of a noun they would not be ("500 refugees landed").
 */
export const BARE_SUBJECT_CUES: readonly Rule[] = [
  [/\b(?:landed|invaded|attacked|stormed|raided|fought|infiltrated|parachuted)\b/i, "military_personnel", "three landed on the beach"],
];

/**
 * Verbs after generic people (not soldiers) that make them a place's population: "about
 * 6,000 people remained in the town", "some 900 families lived there".
 */
export const POPULATION_CUES: readonly Rule[] = [
  [/\b(?:remained|stayed|lived|live|living|resided|reside|residing|inhabited|dwelt)\b/i, "population", "some 2,000 people stayed in the village"],
];

/**
 * Where people were sent, after a figure: says what happened to generic people ("100,000
 * people … to Siberia"), never to soldiers ("sent 2,000 troops to Kazakhstan").
 */
export const DESTINATION_CUES: readonly Rule[] = [
  [/\bto\s+(?:the\s+)?(?:Gulags?|labou?r\s+camps|prison\s+camps|prisons?)\b/i, "imprisoned", "sent 30,000 peasants to labour camps"],
  [/\bto\s+(?:Siberia|Kazakhstan|Central\s+Asia)\b/i, "deported", "hundreds of thousands of people from eastern Poland to Siberia"],
];

/**
 * A person noun that names people by where they came from rather than what they did
 * ("exiles", "émigrés", "volunteers"): in a clause that says they were armed, trained,
 * landed, invaded or fought, they are a fighting force (military personnel), not refugees.
 */
export const COMBATANT_NOUNS: Rule = [/(?<![\p{L}])(?:exiles?|[ée]migr[ée]s?|emigrants?|expatriates?|volunteers?|diaspora)(?![\p{L}])/iu, "combatant-noun", "300 Cuban émigrés"];

/** Words before such a figure, in its clause, that make it a fighting force. */
export const COMBAT_CUES_BEFORE: readonly Rule[] = [
  [/\b(?:arm(?:ed|ing)|train(?:ed|ing)|equipp(?:ed|ing)|recruit(?:ed|ing)|mobili[sz](?:ed|ing))\b|\b(?:force|army|brigade|legion|column|battalion|militia|commando|expedition|invasion\s+force|landing\s+party)\s+of\s+(?:[\w-]+\s+)?$/i, "military_personnel", "the agency recruited and armed about 900 émigrés"],
];

/** Words after such a figure, in its clause, that make it a fighting force (unless it fled). */
export const COMBAT_CUES_AFTER: readonly Rule[] = [
  [/\b(?:invaded|landed|fought|attacked|stormed|raided|infiltrated|parachuted|marched\s+on|crossed\s+the\s+border|took\s+up\s+arms|(?:were\s+|was\s+)?(?:defending|guarding|besieging|garrisoning|fighting)|(?:were\s+|had\s+been\s+)?(?:armed|trained|equipped|recruited)\b)/i, "military_personnel", "1,500 exiles, trained in Nicaragua, invaded the island"],
];

/**
 * What a count of events is a count of, read right after its noun ("42 attempts at regime
 * change", "27 operations to sway elections"): interventions, else the noun decides.
 */
export const EVENT_COMPLEMENTS: readonly Rule[] = [
  [/^\s*(?:at|of|for|in|to|aimed\s+at)\s+(?:(?:[\w'’-]+\s+){0,2}?)(?:regime\s+change|coups?|overthrow\w*|topple|toppling|subvert\w*|sway\w*|influenc\w*|interfer\w*|meddl\w*|rig(?:s|ged|ging)?|interven\w*|destabili[sz]\w*|foreign\s+elections)\b/i, "interventions", "at regime change (after \"12 attempts\")"],
];

/**
 * Verbs before a figure that act on the people it counts (the figure is their object):
 * "executed … including 1,000 to 3,000 dissidents", "captured five of them". The engine
 * takes the nearest match before the figure in its clause.
 */
export const OBJECT_CUES: readonly Rule[] = [
  [/\b(?:executed|executing|hanged|put\s+to\s+death)\b/i, "executed", "executed former officials including 1,000 to 3,000 dissidents"],
  [/\b(?:killed|killing|murdered|murdering|massacred|massacring|slaughtered|exterminated|starved|starving|(?:claimed|claiming|cost|costing|took|taking)\s+the\s+lives\s+of)\b/i, "killed", "starved millions of Biafran civilians to death"],
  [/\b(?:eliminated|eliminating|neutrali[sz]ed|neutrali[sz]ing|wiped\s+out|annihilated)\b/i, "killed", "special forces eliminated a team composed of five enemy soldiers"],
  // Killing told by another verb, by a noun ("the deaths of two soldiers") or by a price ("at a cost of 40 men").
  [/\b(?:shot\s+dead|shot\s+and\s+killed|gunned\s+down|(?:deaths?|killings?|murders?|massacre)\s+of|at\s+(?:a|the)\s+cost\s+of)\b/i, "killed", "resulting in the deaths of two policemen"],
  [/\b(?:wounding|injuring|injury)\s+of\b/i, "wounded", "the wounding of nine"],
  // "the garrison lost 300", "lost more than 40 soldiers": people a side lost died (a count of
  // killed and wounded says so after the figure, and the noun rules read it there).
  [/\b(?:lost|losing|loses)\b/i, "killed", "the garrison lost 300"],
  [/\b(?:captured|capturing|took\s+prisoner|taking\s+prisoner|surrender\s+of)\b/i, "prisoners", "captured five of them"],
  [/\b(?:imprisoned|imprisoning|jailed|jailing|arrested|arresting|detained|detaining|interned)\b/i, "imprisoned", "arrested 4,000 students"],
  [/\b(?:deported|deporting|expelled|expelling|resettled|exiled|banished)\b/i, "deported", "deported 40,000 Chechens"],
  [/\b(?:tried|prosecuted|convicted|put\s+on\s+trial)\b/i, "tried", "prosecuted 700 officials"],
  [/\b(?:wounded|injured|wounding|injuring)\b/i, "wounded", "injured 300 civilians"],
  [/\b(?:evacuated|evacuating|displaced|displacing|uprooted|uprooting|drove\s+out|driving\s+out)\b/i, "refugees", "displaced 2 million people"],
];

/** Nouns anywhere in the sentence that say what happened to generic people ("… four major waves of deportation"). */
export const SENTENCE_CUES: readonly Rule[] = [
  [/\bdeportations?\b/i, "deported", "sent hundreds of thousands of people in four waves of deportation"],
  [/\b(?:emigration|exodus|refugee\s+crisis)\b/i, "refugees", "a wave of emigration, including 70,000 Czechs"],
  [/\b(?:death\s+toll|famine|massacres?)\b/i, "killed", "a famine that claimed millions of peasants"],
];

/**
 * Words before military persons in the sentence that make them losses
 * ("German losses of 77,000 killed, … for a total of 703,000 men").
 */
export const LOSS_CUES: readonly Rule[] = [
  [/\b(?:losses|casualties|death\s+toll)\b/i, "casualties", "losses of 77,000 killed, for a total of 703,000 men"],
  // "The navy lost 19 + 1 men": those a side lost died (as OBJECT_CUES reads "lost 300").
  [/\blost\b/i, "killed", "The navy lost 19 + 1 men"],
];

/**
 * A noun before a bare number that gives it its unit and category: "a population of 13.5
 * million", "the force numbered about 115,000", "Ethiopian casualties exceeded 6,000",
 * "deaths range from 562,000 to 2 million". The engine anchors them at the number (after
 * any hedge, so "casualties exceeded 6,000" reads as "casualties" + a bound), allowing up
 * to two words between noun and verb.
 */
const LINK = String.raw`,?(?:\s+(?:[\w'’-]+\s+){0,2}?(?:of|at|was|were|is|are|stood(?:\s+at)?|reached|numbered|numbering|total(?:l?ed|l?ing)?|range[sd]?(?:\s+from)?|ranging(?:\s+from)?|var(?:y|ies|ied|ying)\s+(?:from|between)|(?:was\s+|were\s+)?(?:put|estimated|placed)\s+at|between|reach(?:es|ed)?|(?:rose|risen|rising|climbed|grew|grown|increased|jumped|soared)\s+to|(?:ran|run|running|numbered|were|was)\s+(?:in|into)(?:\s+the)?|(?:was\s+|were\s+|is\s+|are\s+)?(?:estimated|believed|thought|reckoned)(?:\s+to\s+(?:be|number|have\s+been))?))?\s+`;
export const PRE_NOUNS: readonly Rule<{unit: string; category: string}>[] = [
  [new RegExp(String.raw`\b(?:population|inhabitants)${LINK}`, "i"), {unit: "persons", category: "population"}, "population of 13.5 million"],
  [new RegExp(String.raw`\b(?:army|force|forces|garrison|contingent|strength|troops|soldiers|corps|defenders|crew|guards|sailors|men)${LINK}`, "i"), {unit: "persons", category: "military_personnel"}, "at its peak the force numbered about 115,000"],
  [
    new RegExp(String.raw`\b(?:fighters|guerrill?as|insurgents|rebels|militants|mercenaries|militias?|militiamen|volunteers|paratroopers|marines|commandos|personnel|contractors|${COMBATANT_WORDS})${LINK}`, "i"),
    {unit: "persons", category: "military_personnel"},
    "the insurgents, numbering some 4,000",
  ],
  [new RegExp(String.raw`\b(?:death\s+toll|deaths|dead|fatalities)${LINK}`, "i"), {unit: "persons", category: "killed"}, "Estimates of Afghan deaths range from 562,000 to 2 million"],
  [new RegExp(String.raw`\b(?:casualties|losses|casualty\s+(?:figures|estimates|counts?))${LINK}`, "i"), {unit: "persons", category: "casualties"}, "Ethiopian casualties exceeded 6,000"],
  [new RegExp(String.raw`\b(?:refugees|exodus)${LINK}`, "i"), {unit: "persons", category: "refugees"}, "the number of refugees reached 300,000"],
  [new RegExp(String.raw`\b(?:prisoners|captives)${LINK}`, "i"), {unit: "persons", category: "prisoners"}, "prisoners numbered 90,000"],
];

/**
 * "in the" between such a noun and a vague quantity ("a death toll in the hundreds"); before
 * a number it starts a place or a time instead ("soldiers in the 3 provinces"), so only there.
 * Matched at the end of the words before the quantity, as PRE_NOUNS are.
 */
export const VAGUE_LINK: Rule = [/\bin\s+the\s+/i, "in-the", "a death toll in the hundreds"];

/**
 * What a share is a share of, read from "of" and the words after it ("N% of …", "one-third
 * of …"). The match that ends last wins, as the head of the phrase comes last ("the
 * country's population"); a complement that names a time ("half of 1941") makes it no figure.
 */
export const SHARE_CATEGORIES: readonly Rule<string>[] = [
  [/\bof\s+(?:the\s+)?(?:(?:first|second|last|latter|early|late|same)\s+)?(?:years?|centur(?:y|ies)|decades?|months?|weeks?|days?|war|period|reign|\d{4})\b/i, "not-a-share", "the first half of 1941"],
  [/\bmilitary\s+(?:aid|assistance|supplies|equipment|budget)|\b(?:arms|weapons|armaments|munitions)\b/i, "military_aid", "one-third of its military aid"],
  [/\b(?:aid|assistance|credits?|loans?|grants?|subsidies|imports?|raw\s+materials|grain|wheat|oil|fuel|food|supplies)\b/i, "economic_aid", "70% of its grain imports"],
  [/\b(?:economy|GDP|gross\s+(?:domestic|national)\s+product|industry|industrial|output|production|revenues?|budget|trade|exports?|wealth|income)\b/i, "economy_share", "30 percent of its economy"],
  [/\b(?:territory|territories|land|area|soil|country|region|province|coast(?:line)?|borderlands?|surface)\b/i, "territory_share", "11 percent of its territory"],
  [/\b(?:population|inhabitants|people|citizens|residents|populace)\b/i, "population", "a quarter of the population"],
  // Forces: the gold counts shares of armies and their equipment.
  [/\b(?:army|armies|(?:armed\s+)?forces?|troops|garrison|navy|air\s+force|militias?|corps|divisions?|brigades?|battalions?|regiments?|manpower|strength|contingent|personnel)\b/i, "military_personnel", "half of the garrison"],
  [/\b(?:tanks|aircraft|planes|fleet|ships|vessels|guns|artillery|arsenal|equipment|armou?r|helicopters|vehicles)\b/i, "equipment", "a third of its tanks"],
  [/\b(?:vote|votes|ballots?|seats|electorate)\b/i, "other", "57% of the vote"],
  [/\bof\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central)\s+)?\p{Lu}/u, "territory_share", "southern half of East Prussia"],
];

/** Words in a sentence that say what money is for. Tried in order, in the figure's clause, then the sentence. */
export const MONEY_CUES: readonly Rule<string>[] = [
  [/\bmilitary\s+(?:aid|assistance|supplies|equipment|hardware|credits?|support|training)|\b(?:arms|weapons|weaponry|armaments|munitions)\b/i, "military_aid", "$250 million in arms"],
  [/\b(?:economic\s+aid|aid|assistance|credits?|loans?|grants?|subsid(?:y|ies|ised|ized|ising|izing)|budget\s+support|debts?|bail-?outs?|pledg(?:e|es|ed|ing)|promised|provided|supplied|gave|given|granted|lent|donated|received|fund(?:s|ing|ed)|financ(?:e|ed|ing)|sanctions|reconstruction)\b/i, "economic_aid", "provided Vietnam with a total of $5.4 billion"],
];

/**
 * Equipment handed to a side is military aid (gold: "arms, equipment … sent to a side"):
 * a verb of giving or selling before it in its clause, or a passive one after it. Buying for
 * oneself is not ("Egypt bought 40 fighters"); buying for another is ("to purchase 12
 * missiles for its ally").
 */
export const AID_CUES_BEFORE: readonly Rule<string>[] = [
  [/\b(?:received|receiving|receives|supplied|supplying|supplies|delivered|delivering|transferred|transferring|donated|donating|gifted|shipped|shipping|sold|selling|sells|airlifted|lent|leased|handed\s+over)\b/i, "military_aid", "Libya supplied the rebels with 40 launchers"],
];
export const AID_CUES_AFTER: readonly Rule<string>[] = [
  [/^\s*(?:(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:delivered|supplied|sold|given|transferred|shipped|donated|gifted|airlifted|lent|leased)\b|for\s+(?:the\s+)?\p{Lu})/u, "military_aid", "for Argentina (after \"tried to purchase 12 missiles\")"],
];

/** Words in a sentence that say what a weight is of. */
export const WEIGHT_CUES: readonly Rule<string>[] = [
  [/\bgold\b/i, "gold", "176 tonnes of gold"],
  [/\b(?:grain|wheat|food|flour|rice|sugar|oil|fuel|aid)\b/i, "economic_aid", "200,000 tonnes of grain"],
  [/\b(?:arms|weapons|munitions|ammunition|bombs|explosives)\b/i, "military_aid", "300 tonnes of munitions"],
];

/** Words that make a ratio a balance of forces. */
export const RATIO_CUES: readonly Rule<string>[] = [
  [/\b(?:outnumber(?:ed|ing|s)?|superiority|advantage|odds)\b|\bin\s+(?:troops|men|manpower|tanks|artillery|aircraft|guns|infantry)\b/i, "force_ratio", "outnumbered the Germans by 5–6:1 in troops"],
];
