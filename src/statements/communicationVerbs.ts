// Generated from WordNet 3.1 by scripts/build-communication-verbs.ts.
import lexicon from "./data/communication-verbs.json" with { type: "json" };

/**
 * A verb counts as reporting speech when one of its MAX_SENSE_RANK most common WordNet senses is a
 * verb of communication: "say", "quip" and "counter" (first sense), "add" and "write" (second), but
 * not "find" (fourth) or "want" (none). Chosen on the tune half of the PolNeAR quotes (eval
 * `--quotes`); see README, "Who said: what each rule family adds".
 */
export const MAX_SENSE_RANK = 2;

/** A word form of a verb of communication: its lemma, and whether it is the -ing form. */
export interface CommunicationVerb {
  readonly lemma: string;
  readonly participle: boolean;
}

const FORMS = new Map<string, CommunicationVerb>();
for (const [lemma, { rank, forms }] of Object.entries(lexicon.verbs)) {
  if (rank > MAX_SENSE_RANK) continue;
  for (const form of forms) FORMS.set(form, { lemma, participle: form.endsWith("ing") });
}

/** The verb of communication a word is a form of ("quipped" → quip), if it is one. */
export function communicationVerb(word: string): CommunicationVerb | undefined {
  return FORMS.get(word.toLowerCase());
}
