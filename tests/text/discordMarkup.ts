import fc from "fast-check";

const snowflake = fc.bigInt({ min: 10n ** 16n, max: 10n ** 19n }).map(String);

/** What Discord puts in a slash command's text for a mention or reference someone picked. */
export const reference: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("@everyone", "@here"),
  snowflake.map((id) => `<@${id}>`),
  snowflake.map((id) => `<@!${id}>`),
  snowflake.map((id) => `<#${id}>`),
  snowflake.map((id) => `<@&${id}>`),
  fc
    .tuple(fc.constantFrom("ask", "who said", "summary"), snowflake)
    .map(([name, id]) => `</${name}:${id}>`),
  snowflake.map((id) => `<:drone:${id}>`),
  fc.constantFrom("<t:1658188800:R>", "<t:1658188800>"),
);

/** Markdown around a word, as Discord shows it: the word stays, the marks do not. */
const WRAPPERS = ["**", "*", "***", "__", "_", "~~", "||", "`", "``"] as const;

/** A line's start marker: quote, heading, subtext. */
const LINE_STARTS = ["> ", ">>> ", "# ", "## ", "### ", "-# "] as const;

/**
 * `question` as someone might type it in Discord: some words in Markdown, mentions and references
 * between words, a quote or heading marker in front. Its words are those of `question`.
 */
export function decorated(question: string): fc.Arbitrary<string> {
  const words = question.split(" ");
  return fc
    .tuple(
      fc.array(fc.option(fc.constantFrom(...WRAPPERS), { nil: undefined }), {
        minLength: words.length,
        maxLength: words.length,
      }),
      fc.array(fc.option(reference, { nil: undefined, freq: 3 }), {
        minLength: words.length + 1,
        maxLength: words.length + 1,
      }),
      fc.option(fc.constantFrom(...LINE_STARTS), { nil: undefined }),
    )
    .map(([wraps, references, lineStart]) => {
      const parts = words.flatMap((word, index) => {
        const mark = wraps[index];
        const before = references[index];
        return [...(before ? [before] : []), mark ? `${mark}${word}${mark}` : word];
      });
      const last = references[words.length];
      return `${lineStart ?? ""}${[...parts, ...(last ? [last] : [])].join(" ")}`;
    });
}
