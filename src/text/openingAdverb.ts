// Generated from WordNet 3.1 by scripts/build-adverbs.ts.
import adverbs from "./data/ly-adverbs.json" with { type: "json" };

const LY_ADVERBS: ReadonlySet<string> = new Set(adverbs);

/** "Most recently, ", "Notably, ", "Perhaps more importantly, ": an adverb set off by a comma. */
const OPENING = /^\s*(?:(?:perhaps|most|more|just|only|even|very|quite)\s+){0,2}(\p{L}+ly),\s+/iu;

/**
 * The text without the sentence adverb that opens it ("Most recently, Dana Ruiz" → "Dana Ruiz"):
 * a word WordNet files as an adverb, so that a name ending the same way ("Connolly, a nurse,")
 * stays.
 */
export function withoutOpeningAdverb(text: string): string {
  const found = OPENING.exec(text);
  return found && LY_ADVERBS.has(found[1]?.toLowerCase() ?? "")
    ? text.slice(found[0].length)
    : text;
}
