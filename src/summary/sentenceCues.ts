// What a sentence does in a news story, read from its words: the cues a summary weighs.

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
 * a penalty or fine with its amount, a lawsuit, a charge, "faces up to 10 years", "could face",
 * "would implicate", an emergency order, leave, a referendum. Editors give it in a short summary
 * beside the news and the other side ("Any transaction of this sort would implicate a number of
 * the sanctions", "54 households filed a lawsuit", "faces a possible lifetime ban"). A penalty in
 * a match report, a fine in passing, or "hearing" a sound are not stakes: a penalty or fine counts
 * with its amount or kind ("a civil penalty", "$4.6 million fine").
 */
export const STAKES = new RegExp(
  [
    String.raw`\bsanctions?\b`,
    String.raw`\b(?:could|would|may|might|will)\s+face\b`,
    String.raw`\bfaces?\s+(?:up\s+to|a\s+(?:possible\s+|maximum\s+|potential\s+|lifetime\s+)*(?:ban|sentence|fine|penalty|prison\s+term)|life\b|\d|charges|prison|jail)`,
    String.raw`\b(?:civil|criminal|record)\s+(?:penalty|fine)`,
    String.raw`\b(?:penalty|fine)\s+of\s+(?:up\s+to\s+)?[$£€]`,
    String.raw`[$£€][\d.,]+(?:\s+(?:million|billion))?\s+(?:penalty|fine)\b`,
    String.raw`\bfiled\s+(?:a\s+)?(?:lawsuit|suit|complaint)|\blawsuit\s+against|\bsued\b`,
    String.raw`\bwould\s+(?:implicate|trigger|violate)\b`,
    String.raw`\bemergency\s+order\b`,
    String.raw`\b(?:placed|put)\s+on\s+(?:administrative\s+|paid\s+)?leave\b`,
    String.raw`\breferendum\b`,
    String.raw`\bcharged\b[^.;]{0,60}\bwith\b`,
  ].join("|"),
  "iu",
);
