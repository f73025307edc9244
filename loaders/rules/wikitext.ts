/**
 * Rule tables for reading wikitext: which templates are inline maintenance markers, which are
 * footnotes, which produce text that wtf_wikipedia does not render (or renders from the clock),
 * and which trailing sections hold lists rather than prose. Data only; `read/wikitext.ts` runs them.
 *
 * Template names are matched lower-cased, with `_` read as a space and runs of spaces folded.
 */
import type {Rule} from "../types.ts";

/**
 * Inline maintenance templates → the label Wikipedia shows in the superscript, which becomes
 * `^{[label]}` in the normalized text (as in the seeds' `^{[citation needed]}`).
 */
export const MAINTENANCE_TEMPLATES: Rule[] = [
  [/^(?:citation needed|cn|fact|cite needed|citeneeded|citation-needed|needcite|refneeded|ref needed|source needed|uncited|cb)$/, "citation needed", "{{citation needed|date=May 2020}}"],
  [/^(?:clarify|clarification needed|clarify me|huh\??)$/, "clarification needed", "{{clarify|date=May 2020}}"],
  [/^(?:when\??|year needed|date needed)$/, "when?", "{{when?}}"],
  [/^(?:who\??)$/, "who?", "{{who?}}"],
  [/^(?:by whom\??)$/, "by whom?", "{{by whom?}}"],
  [/^(?:according to whom\??)$/, "according to whom?", "{{according to whom?}}"],
  [/^(?:which\??)$/, "which?", "{{which?}}"],
  [/^(?:where\??)$/, "where?", "{{where?}}"],
  [/^(?:dubious|dubious – discuss|doubtful)$/, "dubious – discuss", "{{dubious|date=May 2020}}"],
  [/^(?:disputed inline|disputed-inline)$/, "disputed – discuss", "{{disputed inline}}"],
  [/^(?:failed verification|fv|not in citation given|not in source|nicg)$/, "failed verification", "{{failed verification|date=May 2020}}"],
  [/^(?:better source needed|better source|bsn)$/, "better source needed", "{{better source|date=July 2013}}"],
  [/^(?:page needed|pn|page number needed|pages needed)$/, "page needed", "{{page needed}}"],
  [/^(?:full citation needed|full|fcn)$/, "full citation needed", "{{full citation needed}}"],
  [/^(?:verification needed|verify source|vs)$/, "verification needed", "{{verification needed}}"],
  [/^(?:unreliable source\??|unreliable source inline)$/, "unreliable source?", "{{unreliable source?}}"],
  [/^(?:self-published source|sps|self-published inline)$/, "self-published source", "{{self-published source}}"],
  [/^(?:original research inline|or-inline|original research\?)$/, "original research?", "{{original research inline}}"],
  [/^(?:third-party inline|third-party source needed)$/, "third-party source needed", "{{third-party inline}}"],
  [/^(?:irrelevant citation)$/, "irrelevant citation", "{{irrelevant citation}}"],
  [/^(?:vague)$/, "vague", "{{vague}}"],
  [/^(?:specify)$/, "specify", "{{specify}}"],
  [/^(?:definition needed)$/, "definition needed", "{{definition needed}}"],
  [/^(?:example needed)$/, "example needed", "{{example needed}}"],
];

/**
 * Footnote templates → how they are numbered: `ref` (a numbered reference; `name=` reuses,
 * `group=` counts apart), `note` (an explanatory note, lettered a, b, c …), `reuse` (`{{r|name}}`:
 * each parameter names an earlier reference), `short` (`{{sfn|Author|2001|p=4}}`: one reference per
 * distinct parameter list).
 */
export const FOOTNOTE_TEMPLATES: Rule<"ref" | "note" | "reuse" | "short">[] = [
  [/^#tag:ref$/, "ref", "{{#tag:ref|A note with a <ref>source</ref>.|group=nb}}"],
  [/^(?:refn|ref note)$/, "ref", "{{refn|group=n|A note.}}"],
  [/^(?:efn|efn-ua|efn-la|efn-lr|efn-ur|efn-lg|notetag|note tag)$/, "note", "{{efn|Estimates vary.}}"],
  [/^(?:r|rp ref)$/, "reuse", "{{r|Smith}}"],
  [/^(?:sfn|sfnp|sfnm|harvnb ref|sfn whole)$/, "short", "{{sfn|Smith|2001|p=4}}"],
];

/**
 * Templates whose text wtf_wikipedia leaves out, gets wrong, or takes from the clock (which would
 * make two runs differ): `$1`, `$2` … and `$name` stand for parameters (read as wikitext), a
 * `^[label]` for a maintenance marker. An empty rendering drops the template.
 */
export const TEXT_TEMPLATES: Rule[] = [
  [/^(?:emdash|em dash)$/, "—", "{{emdash}}"],
  [/^(?:mdash)$/, "—", "{{mdash}}"],
  [/^(?:ndash|en dash)$/, "–", "{{ndash}}"],
  [/^(?:snd|snds|spnd|sndash|spaced ndash|spaced en dash|spd)$/, " – ", "a{{snd}}b"],
  [/^(?:nbsp|thinsp|hair space|thin space)$/, " ", "5{{nbsp}}km"],
  [/^(?:okina)$/, "ʻ", "Hawai{{okina}}i"],
  [/^(?:fl\.?|floruit)$/, "fl. $1", "{{floruit|1950}}"],
  [/^(?:langx)$/, "$2", "{{langx|ru|Москва}}"],
  [/^(?:smallcaps|small caps|sc)$/, "$1", "{{smallcaps|Abc}}"],
  [/^(?:citation needed span|cns|fact span)$/, "$text^[citation needed]", "{{citation needed span|text=A claim.|date=May 2020}}"],
  [/^(?:clarify span)$/, "$text^[clarification needed]", "{{clarify span|text=A claim.}}"],
  [/^(?:coord|coor|location)$/, "", "{{coord|45|N|30|E}}"],
  [/^(?:currentyear|currentmonth|currentday|currentmonthname|currenttime|localyear|age|age in years|age in years and days|years ago|time ago|years since)$/, "", "{{CURRENTYEAR}}"],
  [/^(?:inflation|inflation-year|format price)$/, "", "{{inflation|US|5|1950}}"],
  [/^(?:rp)$/, "", "{{rp|12}}"],
  // Flags: the country's name as Wikipedia shows it beside the flag image; a bare icon shows no text.
  [/^(?:flag|flagcountry|flag country|flagu|flagdeco country|flagcountry2)$/, "$1", "{{flag|Iran}}"],
  [/^(?:flagicon|flagdeco|flag icon|flagicon image|flagdeco image)$/, "", "{{flagicon|USA}}"],
];

/**
 * Extension tags whose content is not wikitext: copied through untouched (so that no
 * template or reference is read inside them); wtf_wikipedia renders or drops them.
 */
export const RAW_TAGS: readonly string[] = ["nowiki", "pre", "math", "chem", "syntaxhighlight", "source", "score", "gallery", "timeline", "graph", "mapframe", "templatedata"];
