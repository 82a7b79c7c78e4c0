/**
 * Discord's references, as they arrive in a slash command's text: users (`<@123>`, `<@!123>`),
 * roles (`<@&123>`), channels (`<#123>`), slash commands (`</who said:123>`), custom emoji
 * (`<:name:123>`, `<a:name:123>`) and timestamps (`<t:1700000000:R>`). Their ids are numbers the
 * search would otherwise read as figures the story might print.
 */
const REFERENCE =
  /<(?:@[!&]?\d+|#\d+|\/[^<>:]+:\d+|a?:\w+:\d+|t:-?\d+(?::[a-zA-Z])?|id:[\w-]+(?::\d+)?)>/g;
/** Invisible format characters (zero-width spaces and joiners) that split "@\u200beveryone". */
const FORMAT_CHARACTERS = /\p{Cf}/gu;
/** A masked link `[text](url)`: its text is what the reader sees. */
const MASKED_LINK = /\[([^\]]*)\]\(\s*<?https?:\/\/[^)\s]*>?\s*\)/g;
/** A link, bare or in angle brackets: its digits are not figures the story might print. */
const LINK = /<?https?:\/\/[^\s>]+>?/g;
const EVERYONE = /@(?:everyone|here)\b/gi;
/** Quote (`> `, `>>> `), heading (`# `…`### `) and subtext (`-# `) markers at a line's start. */
const LINE_MARKERS = /^\s*(?:(?:>{1,3}|#{1,3}|-#)(?:\s+|$))+/gm;
/** Bold, italics, strikethrough and spoiler marks; a lone `~` or `|` is left ("~300 drones"). */
const EMPHASIS = /\*+|~~|\|\|/g;
/** Underlines and `_italics_`: underscores at a word's edge, never inside one ("snake_case"). */
const EDGE_UNDERSCORES = /(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu;
/** Code marks, except a lone backtick typed for an apostrophe inside a word ("don`t"). */
const CODE_MARKS = /(?<![\p{L}\p{N}])`+|`+(?![\p{L}\p{N}])|`{2,}/gu;

/**
 * The words of a question as a reader sees them once Discord has rendered it: mentions, channel,
 * role and command references and links left out (a masked link's text kept), Markdown marks
 * dropped (the words inside kept), invisible characters dropped, compatibility forms (full-width
 * letters) made plain, spaces collapsed. What is searched, never what is echoed back. Apostrophes
 * and underscores inside a word stay.
 *
 * @example plainQuestion("@everyone what did **Sullivan** say? <@123>") // → "what did Sullivan say?"
 * @example plainQuestion("> is `snake_case` O'Neil's ||spoiler||") // → "is snake_case O'Neil's spoiler"
 */
export function plainQuestion(question: string): string {
  // Compatibility forms first: a full-width "＠everyone" is "@everyone".
  let text = question.normalize("NFKC").replace(FORMAT_CHARACTERS, "");
  // Until nothing changes: leaving out one mark can make another ("<**@1>", "*> quote").
  for (let previous = ""; text !== previous; ) {
    previous = text;
    text = text
      .replace(MASKED_LINK, "$1")
      .replace(LINK, " ")
      .replace(REFERENCE, " ")
      .replace(EVERYONE, " ")
      .replace(EMPHASIS, "")
      .replace(EDGE_UNDERSCORES, "")
      .replace(CODE_MARKS, "")
      .replace(LINE_MARKERS, "")
      .replace(/\s+/g, " ")
      .trim();
  }
  return text;
}
