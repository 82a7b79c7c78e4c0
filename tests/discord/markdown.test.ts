import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emphasised, emphasisedWithin, plain } from "../../src/discord/markdown.js";

/** Bold markers left once every escaped character is set aside: an even count means bold is balanced. */
function boldMarkers(markdown: string): number {
  return (markdown.replace(/\\./gs, "").match(/\*\*/g) ?? []).length;
}

describe("plain: story text and user input shown as written", () => {
  it("GIVEN markdown, a heading, a list and a quote marker WHEN escaped THEN none of them can style the answer", () => {
    const text = "# Breaking\n- **not bold** and __not underlined__\n> not a quote\n1. not a list";
    const escaped = plain(text);
    expect(escaped).toContain("\\# Breaking");
    expect(escaped).toContain("\\*\\*not bold\\*\\*");
    expect(escaped).toContain("\\_\\_not underlined\\_\\_");
    expect(escaped).toContain("\\> not a quote");
    expect(escaped).not.toMatch(/^- /m);
  });

  it("GIVEN mention syntax WHEN escaped THEN it cannot render as a mention, channel or timestamp", () => {
    const escaped = plain("hi <@123456789012345678> in <#42> at <t:1700000000> @everyone");
    expect(escaped).not.toMatch(/<[@#t]/);
    expect(escaped.replace(/\u200b/g, "")).toContain("<@123456789012345678>");
  });
});

describe("emphasised: matched words bold, the rest escaped", () => {
  it("GIVEN spans WHEN emphasised THEN exactly those words are bold", () => {
    const text = "Iran's Foreign Minister called the accusations baseless.";
    const start = text.indexOf("baseless");
    expect(emphasised(text, [[start, start + 8]])).toBe(
      "Iran's Foreign Minister called the accusations **baseless**.",
    );
  });

  it("GIVEN any text, spans and limit WHEN fitted THEN it stays within the limit with bold balanced", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 600 }),
        fc.array(fc.tuple(fc.nat(600), fc.nat(30)), { maxLength: 8 }),
        fc.integer({ min: 20, max: 700 }),
        (text, raw, max) => {
          const spans = raw
            .map(([start, length]) => [start, start + length] as const)
            .filter(([start, end]) => end <= text.length && start < end)
            .sort((a, b) => a[0] - b[0])
            .filter((span, index, all) => index === 0 || span[0] >= (all[index - 1]?.[1] ?? 0));
          const fitted = emphasisedWithin(text, spans, max);
          expect(fitted.length).toBeLessThanOrEqual(max);
          expect(boldMarkers(fitted) % 2).toBe(0);
        },
      ),
    );
  });

  it("GIVEN a backslash at the end of a matched word THEN it is escaped and cannot swallow the closing bold", () => {
    expect(emphasised("  \\", [[0, 3]])).toBe("**  \\\\**");
  });

  it("GIVEN a long paragraph WHEN fitted to a short limit THEN it is cut at a word and ends with an ellipsis", () => {
    const text = "Kremlin spokesman Dmitry Peskov said Putin will attend a trilateral meeting.";
    const fitted = emphasisedWithin(text, [[18, 24]], 40);
    expect(fitted).toBe("Kremlin spokesman **Dmitry** Peskov…");
  });
});
