import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plainQuestion } from "../../src/text/plainQuestion.js";
import { decorated } from "./discordMarkup.js";

/** Questions as people type them, with the words markup must never eat. */
const QUESTIONS = [
  "what did Sullivan say?",
  "How many drones could Iran provide to Russia?",
  "what does snake_case mean in the parser story",
  "What did O'Neil's lawyer say about the 2.1 percent raise?",
  "Is ~300 drones a lot",
  "Who said don't worry, be happy",
] as const;

describe("plainQuestion", () => {
  it.each([
    ["@everyone what did Sullivan say?", "what did Sullivan say?"],
    ["@here what did Sullivan say?", "what did Sullivan say?"],
    ["<@123456789012345678> what did Sullivan say?", "what did Sullivan say?"],
    ["<@!123456789012345678> what did Sullivan say?", "what did Sullivan say?"],
    ["what did <#456789012345678901> Sullivan say?", "what did Sullivan say?"],
    ["<@&789012345678901234> what did Sullivan say?", "what did Sullivan say?"],
    ["</ask:123456789012345678> what did Sullivan say?", "what did Sullivan say?"],
    ["</who said:123456789012345678> baseless", "baseless"],
    ["what did **Sullivan** say?", "what did Sullivan say?"],
    ["what did *Sullivan* say?", "what did Sullivan say?"],
    ["what did __Sullivan__ say?", "what did Sullivan say?"],
    ["what did _Sullivan_ say?", "what did Sullivan say?"],
    ["what did ~~Sullivan~~ say?", "what did Sullivan say?"],
    ["what did ||Sullivan|| say?", "what did Sullivan say?"],
    ["what did `Sullivan` say?", "what did Sullivan say?"],
    ["> what did Sullivan say?", "what did Sullivan say?"],
    [">>> what did Sullivan say?", "what did Sullivan say?"],
    ["# what did Sullivan say?", "what did Sullivan say?"],
    ["-# what did Sullivan say?", "what did Sullivan say?"],
  ])("GIVEN %j THEN the words are %j", (typed, plain) => {
    expect(plainQuestion(typed)).toBe(plain);
  });

  it("GIVEN apostrophes, underscores and backticks inside words THEN they stay", () => {
    expect(plainQuestion("what is snake_case and __dunder__ in O'Neil's code")).toBe(
      "what is snake_case and dunder in O'Neil's code",
    );
    expect(plainQuestion("why don`t they say")).toBe("why don`t they say");
  });

  it("GIVEN a lone tilde, bar or hash THEN they are words' company, not markup, and stay", () => {
    expect(plainQuestion("~300 drones | #Tehran")).toBe("~300 drones | #Tehran");
  });

  it("GIVEN only mentions and marks THEN nothing is left", () => {
    expect(plainQuestion("@everyone <@123456789012345678> ** ||")).toBe("");
  });

  it("GIVEN any question typed with Markdown, mentions and references around its words THEN its plain words are the question's", () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom(...QUESTIONS)
          .chain((question) => decorated(question).map((typed) => ({ question, typed }))),
        ({ question, typed }) => {
          expect(plainQuestion(typed)).toBe(question);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("GIVEN any text THEN leaving markup out twice changes nothing more", () => {
    const markupHeavy = fc.string({
      unit: fc.constantFrom(..."ab_'*~|`<>@&#!/:1 \n".split(""), "everyone", "here"),
      maxLength: 60,
    });
    fc.assert(
      fc.property(markupHeavy, (text) => {
        const once = plainQuestion(text);
        expect(plainQuestion(once)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("plainQuestion: what slips past the obvious forms", () => {
  it.each([
    ["@\u200beveryone how many drones", "how many drones"],
    ["＠everyone how many drones", "how many drones"],
    ["@\u200dhere how many drones", "how many drones"],
    ["<id:customize> how many drones", "how many drones"],
    [
      "[how many drones](https://example.com/2022/15) did Iran send",
      "how many drones did Iran send",
    ],
    ["how many drones <https://example.com/15> did Iran send", "how many drones did Iran send"],
    ["how many drones https://example.com/a/15 did Iran send", "how many drones did Iran send"],
  ])("GIVEN %j THEN the plain question is %j", (typed, plain) => {
    expect(plainQuestion(typed)).toBe(plain);
  });
});
