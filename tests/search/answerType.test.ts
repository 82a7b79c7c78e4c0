import { describe, expect, it } from "vitest";
import { expectedAnswerType, holdsAnswerType, namesIn } from "../../src/search/answerType.js";

describe("the answer a question asks for", () => {
  it.each([
    ["How many drones could Iran provide?", "quantity"],
    ["How old is the winner?", "age"],
    ["what age was the ferry's captain", "age"],
    ["How long has the mill been closed?", "duration"],
    ["for how many years did she coach", "duration"],
    ["what is the number of troops still there", "quantity"],
    ["When did the fire start?", "time"],
    ["which year was the law passed", "time"],
    ["Who founded the company?", "person"],
    ["whose car was it", "person"],
    ["Where did the leaders meet?", "place"],
    ["which city hosted the talks", "place"],
    ["What did the minister say?", undefined],
    ["why did the talks fail", undefined],
  ])("GIVEN %s THEN it asks for %s", (question, type) => {
    expect(expectedAnswerType(question)).toBe(type);
  });

  it("GIVEN a who question THEN only a name the question does not have holds the answer", () => {
    const words = new Set(["who", "did", "okafor", "beat"]);
    expect(
      holdsAnswerType("In the final, Okafor beat Lindqvist in straight sets.", "person", words),
    ).toBe(true);
    expect(holdsAnswerType("In the final, Okafor won in straight sets.", "person", words)).toBe(
      false,
    );
    // A day or a month is no name.
    expect(holdsAnswerType("In the final on Sunday, Okafor won in May.", "person", words)).toBe(
      false,
    );
    // A capital that opens the sentence is not taken for a name.
    expect(holdsAnswerType("Rain delayed the final by an hour.", "person", words)).toBe(false);
  });

  it("GIVEN a who question THEN a name that opens a sentence counts when the story prints it as a name elsewhere", () => {
    const story = [
      "The council met on Monday, and Mayor Tolliver spoke first.",
      "Tolliver opposed the plan. Rain delayed the vote.",
    ];
    const names = namesIn(story);
    const words = new Set(["who", "opposed", "the", "plan"]);
    expect(holdsAnswerType("Tolliver opposed the plan.", "person", words, names)).toBe(true);
    expect(holdsAnswerType("Tolliver opposed the plan.", "person", words)).toBe(false);
    expect(holdsAnswerType("Rain delayed the vote.", "person", words, names)).toBe(false);
    // A name the question has is not the answer.
    expect(
      holdsAnswerType("Tolliver opposed the plan.", "person", new Set(["tolliver"]), names),
    ).toBe(false);
  });

  it("GIVEN age and duration questions THEN an age or a stretch of time holds the answer", () => {
    expect(holdsAnswerType("The 34-year-old skipper swam ashore.", "age")).toBe(true);
    expect(holdsAnswerType("Okafor, 34, swam ashore.", "age")).toBe(true);
    expect(holdsAnswerType("The ferry carried 34 people.", "age")).toBe(false);
    expect(holdsAnswerType("The mill has been closed since the flood.", "duration")).toBe(true);
    expect(holdsAnswerType("It stayed shut for three months.", "duration")).toBe(true);
    expect(holdsAnswerType("The mill closed after the flood.", "duration")).toBe(false);
  });

  it("GIVEN quantity and time questions THEN a number or a date holds the answer", () => {
    expect(holdsAnswerType("Up to several hundred drones were sent.", "quantity")).toBe(true);
    expect(holdsAnswerType("Drones were sent.", "quantity")).toBe(false);
    expect(holdsAnswerType("The fire started on Tuesday night.", "time")).toBe(true);
    expect(holdsAnswerType("The fire started near the mill.", "time")).toBe(false);
  });
});
