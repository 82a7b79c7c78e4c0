// What a sentence does in a news story, read from its words: the cues a summary weighs.
import { MONTHS } from "../text/calendar.js";

/**
 * "A spokesperson for the Commission declined to comment.": that no one answered tells a reader
 * nothing about the story, and takes a short summary's room.
 */
export const NO_COMMENT =
  /\b(?:declined|refused) to comment\b|\bcould not (?:immediately )?be reached\b|\b(?:did not|didn't) (?:immediately )?(?:respond|return|reply)\b[^.]{0,60}\bcomment\b|\bseeking comment\b[^.]{0,30}\b(?:not returned|went unanswered)\b/i;
/**
 * The other side: a denial, a dispute, a plea or an appeal ("said the accusations are
 * 'baseless'", "strongly disagrees", "has pleaded not guilty", "would appeal"). Editors give it in
 * the shortest summary of a story that accuses someone.
 */
export const RESPONDS =
  /\b(?:denied|denies|denying)\s+(?:that|any|all|wrongdoing|having|being|knowing|the\s+(?:\S+\s+){0,2}?(?:accusations?|allegations?|charges?|claims?|reports?))\b|\b(?:rejected|rejects|rejecting|disputed|disputes|disagreed with|disagrees with)\s+(?:\S+\s+){0,3}?(?:accusations?|allegations?|claims?|charges?|criticism|findings?|suggestions?|characteri[sz]ation|account|report)\b|\b(?:disagrees?|disagreed)\b|\b(?:baseless|groundless|unfounded|untrue)\b|\bplead(?:ed|s)? not guilty\b|\b(?:will|would|plans? to|intends? to) appeal(?:\s+(?:the|against)\b|\s+to\s+the\s+(?:court|tribunal|supreme|high court|appeals)|[.,])/iu;
/**
 * The other side put without a denial: opposition to what the story reports ("has opposed further
 * delays", "voted against the budget", "Campaigners said …", "criticised the decision", "would fight the closure").
 */
export const OPPOSES =
  /(?<!\bas\s)\b(?:opposes|opposed|opposing)\b|\b(?:voted|argued|argues|campaigned|campaigns|spoke|speaks|lobbied|protested|rallied|warned|warns)\s+against\b|\b(?:critics|opponents|campaigners|protesters|detractors)\b|\b(?:criticised|criticized|criticises|criticizes|condemned|condemns|objected|objects to)\b|\bobjections\b|\b(?:will|would|vow(?:ed|s)? to|plans? to|promised to|pledged to|intends? to)\s+(?:fight|challenge|contest|oppose|resist|block)\b/iu;
/**
 * What is at stake: what the story's news may cost someone, or what follows from it — sanctions,
 * a penalty or fine with its amount or kind, a lawsuit, a charge, a sentence, "faces up to 10
 * years", "could face charges", "was fined", "pleaded guilty", "would implicate", an emergency
 * order, leave, a referendum forced. Editors give it in a short summary beside the news and the
 * other side ("Any transaction of this sort would implicate a number of the sanctions", "54
 * households filed a lawsuit", "faces a possible lifetime ban"). Not stakes: a penalty in a match
 * report, a fine or ban in passing ("Ashby, who was fined £2,000 in October, said"), "will face
 * Arsenal", "faces up to 20 centimetres of snow", "Cars are banned from the centre", "suing for
 * peace", "charged with emotion".
 */
const STAKES = new RegExp(
  [
    String.raw`\bsanctions?\b`,
    String.raw`\b(?:could|would|may|might|will)\s+face\s+(?:\S+\s+){0,3}?(?:charges?|fines?|penalt(?:y|ies)|prison|jail|sanctions?|lawsuits?|prosecution|trial|ban|suspension|dismissal|disciplin\w*|investigation|deportation|impeachment|life\s+in\s+prison)\b`,
    String.raw`\bfaces?\s+(?:up\s+to\s+(?:\S+\s+){0,4}?(?:years?|months?|life|prison|jail|fines?|[$£€])|a\s+(?:possible\s+|maximum\s+|potential\s+|lifetime\s+|\S+-(?:year|month|match|game)\s+)*(?:ban|sentence|fine|penalty|prison\s+term|trial|suspension)\b|life\s+(?:in\s+prison|imprisonment|sentence)|(?:criminal\s+)?charges|prison|jail|trial|deportation)`,
    String.raw`\b(?:civil|criminal|record)\s+(?:penalty|fine)`,
    String.raw`\b(?:penalty|fine)\s+of\s+(?:up\s+to\s+)?[$£€]`,
    String.raw`[$£€][\d.,]+(?:\s+(?:million|billion))?\s+(?:penalty|fine|settlement)\b`,
    // Not in passing: "Mr Ashby, who was fined £2,000 in October for criticising a referee, said …"
    String.raw`(?<!\b(?:who|which|that)\s+(?:had\s+|has\s+|have\s+)?)\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:fined|indicted|sentenced|banned|disqualified|expelled|sued|jailed|imprisoned|convicted|suspended\s+for|handed\s+an?\s+(?:\S+\s+){0,2}?(?:ban|suspension|sentence|fine))\b`,
    String.raw`\bcould\s+be\s+(?:jailed|fined|imprisoned|charged|prosecuted|banned|suspended|expelled|deported|sued)\b`,
    String.raw`\bplead(?:ed|s)?\s+guilty\b`,
    String.raw`\bfiled\s+(?:a\s+|an\s+)?(?:\S+\s+)?(?:lawsuit|suit|complaint)|\blawsuits?\s+(?:against|seeks|seeking|(?:was|were|has\s+been|have\s+been)\s+filed)|\bsued\b|\b(?:suing|sues)\b(?!\s+for\s+peace)|\b(?:plans?|planning|threaten(?:ed|s)?|vow(?:ed|s)?|intends?)\s+to\s+sue\b`,
    String.raw`\bordered\s+to\s+(?:re)?pay\s+(?:\S+\s+){0,2}?[$£€\d]|\bagreed\s+to\s+pay\s+[$£€\d]|\bto\s+settle\s+(?:a\s+|the\s+)?(?:lawsuit|case|claims|charges)\b`,
    String.raw`\bwould\s+(?:implicate|violate)\b`,
    String.raw`\bemergency\s+order\b`,
    String.raw`\b(?:placed|put)\s+on\s+(?:administrative\s+|paid\s+)?leave\b`,
    String.raw`\b(?:force|forcing|trigger|triggering|demand|demanding|seek|seeking|call\s+for|calling\s+for|petition\s+for)\s+(?:a\s+|an\s+)?(?:\S+\s+)?referendum\b`,
  ].join("|"),
  "iu",
);

/** Offences someone is "charged with" (not "charged with emotion", "charged with reviewing"). */
const OFFENCE = String.raw`(?:\S+\s+){0,4}?(?:murder|manslaughter|homicide|assault|battery|fraud|theft|robbery|burglary|possession|conspiracy|corruption|bribery|embezzlement|rape|kidnapping|trafficking|smuggling|laundering|terrorism|treason|espionage|arson|perjury|obstruction|tampering|stalking|harassment|extortion|misconduct|negligence|endangerment|violations?|counts?|offen[cs]es?|crimes?|felony|felonies|misdemeanou?rs?|driving|\p{L}+-degree)\b`;

/**
 * "charged with fraud", or "charged her coach, Ansel Korver, with possession": a charge, not a run
 * ("charged onto the pitch with flares"), a battery ("is charged with a USB-C cable") or a mood
 * ("charged with emotion"). Case matters here: a name is what has a capital.
 */
const CHARGED = new RegExp(
  String.raw`\b[Cc]harged\s+(?:(?:him|her|them|the|his|its|their|a|an|\p{Lu}[\p{L}'’.-]*)\s[^.;]{0,50}?\s)?with\s+${OFFENCE}|\b(?:been|were|was|are|is)\s+charged\b(?!\s+with)(?!\s+(?:in|for|by|up|on|at)\b)`,
  "u",
);

/** Whether a sentence says what is at stake (see STAKES). */
export function saysWhatIsAtStake(sentence: string): boolean {
  return STAKES.test(sentence) || CHARGED.test(sentence);
}

/**
 * "Okafor was fined £300 in March 2019 for …", "…, was jailed in 2016": a penalty the sentence puts
 * in a year of its own is an earlier case, someone's record, not what the story's news may cost
 * (the year opens with "in", so "a ban until 2030" is not one).
 */
const IN_A_YEAR = new RegExp(
  String.raw`\bin\s+(?:(?:early|late|mid)[-\s]+)?(?:(?:${MONTHS})\s+)?(?:19|20)\d\d\b`,
  "u",
);

/** Whether a sentence puts what it tells in a year ("in 2016", "in March 2019", "in mid-2014"). */
export function datedToAYear(sentence: string): boolean {
  return IN_A_YEAR.test(sentence);
}
