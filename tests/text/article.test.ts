import { describe, expect, it } from "vitest";
import { splitArticle, withoutArticle } from "../../src/text/article.js";

describe("a phrase's opening article", () => {
  it.each([
    ["the fire chief", { article: "the", rest: "fire chief" }],
    ["A spokeswoman for the port", { article: "A", rest: "spokeswoman for the port" }],
    ["an aide", { article: "an", rest: "aide" }],
    ["Theresa Obi", { rest: "Theresa Obi" }],
    ["another official", { rest: "another official" }],
  ])("GIVEN %j THEN its article and the rest apart", (phrase, parts) => {
    expect(splitArticle(phrase)).toEqual(parts);
    expect(withoutArticle(phrase)).toBe(parts.rest);
  });
});
