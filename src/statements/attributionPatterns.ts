import { WEEKDAYS } from "../text/calendar.js";
import { SPEECH_VERBS } from "./speechVerbs.js";

// The patterns of news attribution, read on a paragraph whose quoted words are masked (see
// maskedText.ts). Each names the form it reads.

export const VERB = SPEECH_VERBS.join("|");
/** Participles that carry a claim on: ", saying that …", ", warning that …". */
const CLAIM_PARTICIPLE =
  "saying|adding|noting|arguing|warning|writing|explaining|declaring|insisting|asking";
export const PARTICIPLE = `${CLAIM_PARTICIPLE}|telling`;
/**
 * A participle and what opens the claim it carries: ", saying (that) …", ", saying only that …",
 * ", telling reporters that …" (the listener is no part of the claim). `cue` or `listenerCue` is
 * the participle; with `that: "required"`, only a "that" clause counts.
 */
function participleOpening(that: "required" | "optional"): string {
  return String.raw`(?:(?<cue>${CLAIM_PARTICIPLE}${that === "optional" ? "|say" : ""})\s+(?:only\s+)?(?:that\s+)${that === "optional" ? "?" : ""}|(?<listenerCue>telling)\s+[^\s,]+(?:\s+(?!(?:the|a|an|this|that|his|her|its|their)\b)[^\s,]+){0,2}\s+that\s+)`;
}
const MAX_PHRASE = 160;
/**
 * When or where something was said, after its verb: "said Sunday", "said in a statement on
 * Friday". An attribution that interrupts or ends a sentence says no more than that.
 */
const WHEN_SAID = String.raw`(?:\s+(?:on|in|at|during|after|before|late|early|this|last|${WEEKDAYS}|today|yesterday|tonight|earlier|later)\b[^,.]{0,60})?`;
// `," Sullivan said.`  `," said Priya Raman, a semiconductor analyst.`  `," Price told reporters`
export const AFTER_SPEAKER_VERB = new RegExp(
  String.raw`^[\s,!?—–-]*(?<phrase>[^.!?;"“”]{1,${MAX_PHRASE}}?)\s+(?<verb>${VERB})\b`,
  "u",
);
export const AFTER_VERB_SPEAKER = new RegExp(
  String.raw`^[\s,!?—–-]*(?<verb>${VERB})\s+(?<phrase>[^.!?;"“”]{1,${MAX_PHRASE}})`,
  "u",
);
// `Lindqvist told reporters: "…"`  `He said, "…"`
export const BEFORE_QUOTE = new RegExp(
  String.raw`(?:^|[.!?;]\s+|[”"]\s*)(?<phrase>[^.!?;"“”]{1,${MAX_PHRASE}}?)\s+(?<verb>${VERB})(?:(?<listener>\s+(?:(?!\bthat\b)[^.!?;"“”,:]){1,60}?)?\s*[,:]|\s*)\s*$`,
  "u",
);
// `Peskov said Putin will attend…`  `Amirabdollahian said in a phone call … that the U.S. accusations…`
export const REPORTED = new RegExp(
  String.raw`^(?<phrase>[^"“”]{1,${MAX_PHRASE}}?)\s+(?<verb>${VERB})\b(?<rest>.+)$`,
  "u",
);
// `…for meetings with Iranian and Turkish officials, the Kremlin said, after warnings…`
// `…reckless driving, Sgt. Andrea Molina, a police spokeswoman, said Sunday.`
export const TRAILING_ATTRIBUTION = new RegExp(
  String.raw`^(?<content>.{12,}?),\s+(?!(?:and|but|as)\s)(?<phrase>[^,"“”]{2,80}?(?:,\s+(?:a|an|the|his|her|its|their)\s[^,"“”]{2,80}?,)?)\s+(?<verb>${VERB})${WHEN_SAID}(?:[,.]|$)`,
  "u",
);
// `…from 50 minutes to 15, says Carl Whitacre, the Camden County commissioner.`: the verb before
// the speaker, in either tense ("said Carl Whitacre", "says Carl Whitacre"), ending the sentence.
// The speaker opens on a name or a determiner ("said he had …" opens a claim, not a speaker).
export const TRAILING_INVERTED_ATTRIBUTION = new RegExp(
  String.raw`^(?<content>.{12,}?),\s+(?<verb>${VERB})\s+(?<phrase>(?:\p{Lu}|(?:the|a|an|his|her|its|their)\s)[^,"“”;:]{1,80}?(?:,\s+(?:a|an|the|his|her|its|their)\s[^"“”;]{2,160}?)?)(?:\s+(?:on\s+)?(?:${WEEKDAYS}|today|yesterday))?[.!?]?\s*$`,
  "u",
);
// "According to the council's finance director, Joyce Amadi, borrowing …": a name after the source.
export const ACCORDING_TO_FIRST =
  /^(?:(?:[Bb]ut|[Aa]nd|[Yy]et|[Ss]till|[Hh]owever|[Mm]eanwhile),?\s+)?[Aa]ccording to (?<phrase>[^,]{2,100}(?:,\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}(?=,\s+\p{Ll}))?),\s+(?<content>.+)$/u;
export const ACCORDING_TO_LAST = new RegExp(
  String.raw`^(?<content>.{12,}?),?\s+according to (?<phrase>[^,.]{2,100}?)(?:,\s+(?:who\s+(?<verb>${VERB})\s+(?:that\s+)?(?<more>.+?)|which\s.+?))?[.,]?$`,
  "i",
);
export const ADVERBIAL =
  /^(?:\s*(?:on|in|at|during|after|before|while|when|through|via|from|outside|inside|near|over|under|with|without|amid|despite|following|since|throughout|within|about|of|for|to|late|early|last|this|earlier|later|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)\b[^,"“”]*?)?(?:\s*,)?\s*that\s+/i;
// "During his years in office, Mr. Obama said…": the speaker comes after the opening phrase.
export const INTRODUCTORY_PHRASE =
  /^\s*(?:In|During|At|On|After|Before|While|Speaking|Asked|Earlier|Later|Last|This|From|Following|Under|With|Outside|Inside|Near|Afterward|Afterwards|Elsewhere|Separately|(?:(?:Late|Early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Yesterday|Today|Tonight|Overnight))\b[^,]*?(?:,|[”"](?=\s+\p{Lu}))\s*/u;
// "These employees, Stumpf explained earlier in the hearing, were "well-paid"": attribution inside.
export const INTERRUPTING_ATTRIBUTION = new RegExp(
  String.raw`^(?<first>[^,]{8,}),\s+(?<phrase>[^,]{2,60}?)\s+(?<verb>${VERB})\b(?:(?<=\btold)\s+[^,\s]+(?:\s+[^,\s]+)?)?${WHEN_SAID},\s+(?<second>.{8,})$`,
  "u",
);
// "Dana Ruiz, the party's spokeswoman, said in a statement." or "Ken Obi agreed.": a sentence that
// only says who speaks, before the quote that opens the next one.
export const BARE_ATTRIBUTION = new RegExp(
  String.raw`^\s*(?<phrase>[^.!?;"“”_]{1,${MAX_PHRASE}}?)\s+(?<verb>${VERB})${WHEN_SAID}\s*[.:]\s*$`,
  "u",
);
// Words that cannot open what someone said: "said in a statement", "said to reporters".
export const NOT_A_CLAUSE =
  /^(?:to|for|on|in|at(?!\s+(?:least|most)\b)|with|about(?!\s+[$\d])|of|from|by|as|into|over|after|before|during|under|so|goodbye|hello|yes|no|and|or|but)\b|^[,;:—–-]/i;
// Verbs whose object and complement are the statement: "called half of Trump's supporters "deplorables"".
export const OBJECT_COMPLEMENT_VERBS = new Set(
  `classified called branded dubbed labeled labelled condemned described likened praised criticized
  criticised blasted slammed dismissed hailed accused blamed`.split(/\s+/),
);
// "Mook said as much in an interview, arguing that Trump…", "Sanders said, going on to say that…".
export const PARTICIPLE_CLAIM = new RegExp(
  String.raw`,\s+(?:\S+\s+){0,3}?${participleOpening("optional")}`,
  "i",
);
// "argued for five years, saying her client had been consumed …": what was argued for is the
// reporter's summary; the claim follows the participle.
export const PARTICIPLE_AFTER_OBJECT = new RegExp(
  String.raw`^\s*\S.{0,40}?,\s+${participleOpening("optional")}`,
  "iu",
);
// "Vos was more upbeat, writing that the sell-off was …": a claim carried by a participle alone.
export const PARTICIPLE_THAT = new RegExp(String.raw`,\s+${participleOpening("required")}`, "i");
// "…, which city finance officials estimate will add about $96…", "Priya Natarajan, who objected to…"
export const RELATIVE_ATTRIBUTION = new RegExp(
  String.raw`(?:\bwhich\s+(?<phrase>[^,;"“”]{2,50}?)\s+(?<noun>estimate|estimates|estimated|say|says|said|predict|predicts|predicted|expect|expects|expected)\s+|(?<phrase2>\p{Lu}[^,;"“”]{2,90}),\s+who\s+(?<noun2>${VERB}|objected)\s+(?:to\s+|that\s+)?)(?<content>[^;"“”]{8,}?)(?=[,;.]\s|[.]?$)`,
  "gu",
);
// What may follow "X said" when X's words are the quote before it: the sentence ends, or a comma
// comes, within a few words ("told the crowd, reciting…", "said Thursday morning on Fox News").
export const ENDS_ATTRIBUTION =
  /^(?:\s*[,.;:!?—–-]|\s*$|(?:\s+[^\s,.;:!?]+){1,8}?\s*(?:[,.;:!?—–]|$)|\s+(?:on|in|at|during|to|from|with|after|before|while|when|late|early|this|last|about|of|as|through|via|today|yesterday|tonight|earlier|later|recently|again|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|reporters)\b)/u;
export const SUBORDINATOR =
  /^\s*(?:While|Although|Though|Because|If|When|Since|Even though|Whereas)\b/;
// "…, many of them parents urging the council to keep the pool open": a group's plea.
export const GROUP_PARTICIPLE =
  /\b(?<phrase>\p{Ll}+s)\s+(?<noun>urging|asking|begging|demanding|pressing|calling on)\s+(?<content>[^;"“”]{8,}?)(?=[,;.]\s|[.]?$)/gu;
export const NOUN_ATTRIBUTION =
  /\b(?<noun>warnings?|claims?|statements?|assertions?|allegations?|accusations?|assurances?|predictions?)\s+(?:from|by)\s+(?<phrase>[^,;"“”]{2,60}?)\s+that\s+(?<content>[^;"“”]{8,}?)(?=[,;.]\s|[.]?$)/gu;
export const SECOND_CLAIM = new RegExp(
  String.raw`,?\s+and\s+(?:also\s+)?(?<verb>${VERB})\s+(?:(?:\S+\s+){0,3}?that\s+|(?=(?:it|they|he|she|we|I|(?:the\s+)?\p{L}+(?:\s+\p{L}+)?)\s+(?:would|will|was|were|had|has|is|are|could|might|must|should)\b))`,
  "u",
);
export const TIME_WORD =
  /^\s*(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|earlier|later|again|also|repeatedly|previously|recently)\b,?/i;
