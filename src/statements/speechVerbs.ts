/** Verbs news writing attributes speech with, in the forms stories use. */
export const SPEECH_VERBS =
  `said says told tells added adds warned warns noted notes argued argues claimed claims announced
  announces explained explains insisted insists stressed stresses asserted asserts declared declares
  wrote writes acknowledged acknowledges admitted admits conceded concedes recalled recalls replied
  replies responded responds predicted predicts suggested suggests urged urges cautioned cautions
  complained complains estimated estimates accused accuses asked asks continued continues observed
  observes remarked agreed agrees confirmed confirms denied denies emphasized emphasised maintained
  maintains stated states vowed vows promised promises proclaimed contended contends countered
  quipped joked tweeted posted testified alleged alleges pledged threatened reported revealed
  described called disclosed assured boasted charged condemned praised criticized criticised blasted
  slammed defended dismissed labeled labelled branded hailed welcomed questioned rejected blamed
  demanded lamented mused wondered thundered reports likened dubbed pressed shouted exclaimed
  scolded recounted spoke classified`.split(/\s+/);

/** The speech verbs, to look a word up. */
export const SPEECH_VERB_FORMS: ReadonlySet<string> = new Set(SPEECH_VERBS);

/** Speech verbs that take the listener as object: "told reporters", "told Fox News that". */
export const VERBS_WITH_LISTENER = new Set(
  `told tells assured urged urges asked asks pressed`.split(/\s+/),
);

/** Whether a statement's cue denies its words ("denied any wrongdoing", "rejected claims that …"). */
export function isDenial(cue: string): boolean {
  return /^(?:denied|denies|deny|rejected|rejects|dismissed|disputed|disputes)$/.test(cue);
}
