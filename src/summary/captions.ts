import { communicationVerb } from "../statements/communicationVerbs.js";

/**
 * Photo captions that a page's text runs into the next sentence with no full stop between them:
 * "… the ferry leaves the harbour at dawn (pictured) The crossing takes four hours …". A caption is no part
 * of the story's text (nor are "Scroll down for video" and its like); the sentence starts where a
 * word that opens sentences follows a word with no stop after it.
 */
const OPENS_A_SENTENCE = /^(?:He|She|They|It|We|His|Her|Their|Its|But|The|A|An)$/u;
/**
 * Words after which "The", "A" or "An" in capitals go on the same sentence, as a title or a name
 * begins ("reported by The Times", "in the film A Star Is Born", "vitamin A").
 */
const BEFORE_A_TITLE =
  /^(?:by|of|in|on|at|to|from|for|with|as|and|or|the|said|told|tells|called|named|dubbed|like|via|read|reads|starring|star|into|onto|about|against|than|between|is|was|were|are|be|became|become|titled|entitled|nicknamed|film|movie|album|show|song|band|group|book|newspaper|magazine|paper|hit|single|series|novel|play|musical|see|saw|watch|watched|hosted|presented|joined|his|her|their|its|our|my|your|won|tv|television|vitamin|grade|type|plan|class|category|section|level|size|blood)$/iu;
/** A word, a space, and a capitalised word: where a caption may end and a sentence start. */
const WORD_THEN_CAPITAL = /(?<=(?:^|\s)(\S+))\s+(?=(\p{Lu}\p{Ll}*)\s+(\S+))/gu;
/**
 * Words that never follow an article that opens a sentence: "met Patient A with his lawyer" is a
 * letter that names someone, not a sentence that starts at "A".
 */
const NOT_AFTER_AN_ARTICLE =
  /^(?:with|of|and|or|to|in|on|at|for|from|by|is|was|are|were|has|had|have|who|which|that|as|but)$/u;
const LINK_TO_VIDEO = /^Scroll down for (?:the )?videos?\s+/iu;
/** A caption under this many words is more likely part of the sentence than a caption. */
const MIN_CAPTION_WORDS = 4;

/**
 * Where the sentence itself starts in a run of captions and a sentence: 0 when nothing runs into
 * it. `quoted(offset)` tells whether an offset lies inside a quotation, where no caption is.
 *
 * @example captionEnd("Hill takes the ball past a defender (left) The striker said he was ready.", () => false)
 * // → the offset of "The striker"
 */
export function captionEnd(sentence: string, quoted: (offset: number) => boolean): number {
  let end = LINK_TO_VIDEO.exec(sentence)?.[0].length ?? 0;
  for (const match of sentence.matchAll(WORD_THEN_CAPITAL)) {
    const before = match[1] ?? "";
    const opener = match[2] ?? "";
    const at = (match.index ?? 0) + match[0].length;
    if (!OPENS_A_SENTENCE.test(opener) || quoted(at)) continue;
    if (/^(?:The|A|An)$/u.test(opener) && NOT_AFTER_AN_ARTICLE.test(match[3] ?? "")) continue;
    // After a stop or a comma it is no caption's end.
    if (!/[\p{Ll}\d)\]'’"”]$/u.test(before)) continue;
    // "co-hosted The Late Hour", "ultra-violet A light": a compound word leads into a name or a term.
    if (before.includes("-")) continue;
    if (/['’]s$/u.test(before)) continue;
    // "reported by The Times"; in a title, "Beauty And The Beast" and "Wind In Her Hair".
    if (
      BEFORE_A_TITLE.test(before) &&
      (/^(?:The|A|An)$/u.test(opener) || /^\P{L}*\p{Lu}/u.test(before))
    )
      continue;
    if (sentence.slice(end, at).split(/\s+/).filter(Boolean).length < MIN_CAPTION_WORDS) continue;
    end = at;
  }
  return end;
}

/**
 * A photo caption's label, as the Daily Mail prints them: one to three words and a colon before a
 * capital ("Rescued: The skipper …", "Proud owner: Ken Obi …", "See the pictures: …").
 */
const CAPTION_LABEL = /^(\p{Lu}[\p{L}'’-]*(?:,?\s+[\p{L}'’-]+){0,2}):\s+(?=[\p{Lu}\d])/u;

/**
 * Whether a sentence opens on a caption's label ("Bride: Dana Ruiz, pictured, has married four
 * times."): a caption, not the story's text. Speech introduced by its verb ("He added: That …")
 * and a question ("Who was worse: …?") are the story's.
 *
 * @example opensOnCaptionLabel("Rescued: The skipper is helped ashore at Port Alder.") // → true
 */
export function opensOnCaptionLabel(sentence: string): boolean {
  const label = CAPTION_LABEL.exec(sentence)?.[1];
  if (label === undefined || /\?["”'’)]*$/u.test(sentence)) return false;
  return !label
    .split(/[\s,]+/u)
    .some((word) => communicationVerb(word.replace(/['’]s$/u, "")) !== undefined);
}

/** A repeated caption shorter than this many words may be a phrase the story happens to use twice. */
const MIN_REPEATED_WORDS = 6;

/**
 * Finds where the sentence itself starts after a photo caption that repeats another sentence of
 * the story word for word, with no full stop before the next sentence runs on ("… the ferry left
 * the harbour at dawn Ken Obi, the skipper, said …" where "The ferry left the harbour at dawn." is
 * a sentence of its own): 0 when no other sentence's words, without their stop, open it up to a
 * capital. `others` are the story's sentences. Each is looked up by its longest inner word, so a
 * story of thousands of sentences is not compared pair by pair.
 *
 * @example repeatedCaptions(["Crowds lined the quay in Port Alder."])("Crowds lined the quay in Port Alder Ken Obi said he was proud.")
 * // → the offset of "Ken Obi"
 */
export function repeatedCaptions(others: readonly string[]): (sentence: string) => number {
  const byInnerWord = new Map<string, string[]>();
  for (const other of others) {
    const words = other.replace(/[.!?]["”'’]*\s*$/u, "").trim();
    const tokens = words.split(/\s+/);
    if (tokens.length < MIN_REPEATED_WORDS) continue;
    // An inner word of a repeat stands between spaces in the sentence too.
    const key = tokens.slice(1, -1).reduce((a, b) => (b.length > a.length ? b : a));
    const bucket = byInnerWord.get(key);
    if (bucket) bucket.push(words);
    else byInnerWord.set(key, [words]);
  }
  return (sentence) => {
    let end = 0;
    const whole = sentence.trim();
    for (const token of new Set(sentence.split(/\s+/))) {
      for (const words of byInnerWord.get(token) ?? []) {
        if (words === whole) continue;
        const at = sentence.indexOf(words);
        if (at < 0) continue;
        const rest = sentence.slice(at + words.length);
        const next = /^\s+(?=["“‘']?\p{Lu})/u.exec(rest);
        // A sentence of its own follows, not a word or two that end this one ("… at dawn Monday.").
        if (next && rest.trim().split(/\s+/).length >= MIN_CAPTION_WORDS)
          end = Math.max(end, at + words.length + next[0].length);
      }
    }
    return end;
  };
}

/** Words a sentence's opening must have for its recurrence to be a restart, not a phrase used twice. */
const RESTART_WORDS = 4;
/** Words that join a clause on: "… and Ken Obi said …" goes on the same sentence. */
const JOINS_A_CLAUSE =
  /^(?:and|but|or|nor|that|as|when|while|because|after|before|then|so|if|where|since|until|than|though|although|said|says|say)$/iu;

/**
 * Where a sentence starts again: a headline or caption run into the text with no stop, and the
 * text then opening on the same four words ("Ken Obi will open the Port Alder bridge today Ken
 * Obi will open the bridge at noon …"). The offset of the second opening, after a word with no stop that
 * joins no clause; 0 when the opening words do not recur.
 *
 * @example restartAt("Dana Ruiz will race today Dana Ruiz will race at noon.") // → 26
 */
export function restartAt(sentence: string): number {
  // Most sentences never use their first word again: they are not split into words.
  const first = /^\S+/u.exec(sentence)?.[0];
  if (!first || !sentence.includes(` ${first} `, first.length)) return 0;
  const words = [...sentence.matchAll(/\S+/gu)];
  const opening = words.slice(0, RESTART_WORDS).map((m) => m[0]);
  if (opening.length < RESTART_WORDS || !/^\p{Lu}/u.test(opening[0] ?? "")) return 0;
  for (let k = RESTART_WORDS; k + RESTART_WORDS < words.length; k++) {
    if (!opening.every((word, i) => words[k + i]?.[0] === word)) continue;
    const before = words[k - 1]?.[0] ?? "";
    if (/[\p{Ll}\d'’"”)]$/u.test(before) && !JOINS_A_CLAUSE.test(before))
      return words[k]?.index ?? 0;
  }
  return 0;
}
