import { describe, expect, it } from "vitest";
import { expectedAnswerType, holdsAnswerType } from "../../src/search/answerType.js";

describe("the answer a question asks for", () => {
  it.each([
    ["How many drones could Iran provide?", "quantity"],
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
    // A capital that opens the sentence is not taken for a name.
    expect(holdsAnswerType("Rain delayed the final by an hour.", "person", words)).toBe(false);
  });

  it("GIVEN quantity and time questions THEN a number or a date holds the answer", () => {
    expect(holdsAnswerType("Up to several hundred drones were sent.", "quantity")).toBe(true);
    expect(holdsAnswerType("Drones were sent.", "quantity")).toBe(false);
    expect(holdsAnswerType("The fire started on Tuesday night.", "time")).toBe(true);
    expect(holdsAnswerType("The fire started near the mill.", "time")).toBe(false);
  });
});
