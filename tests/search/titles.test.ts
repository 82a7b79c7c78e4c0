import { describe, expect, it } from "vitest";
import { titleForms } from "../../src/search/titles.js";

describe("titleForms", () => {
  it("GIVEN an abbreviation THEN it and the spelled-out titles", () => {
    expect(titleForms("CFO")).toEqual(["CFO", "chief financial officer", "finance chief"]);
  });

  it("GIVEN a spelled-out title in any case THEN it and its abbreviation", () => {
    expect(titleForms("Chief Executive")).toEqual([
      "Chief Executive",
      "CEO",
      "chief executive officer",
    ]);
  });

  it("GIVEN words that are no title THEN only themselves", () => {
    expect(titleForms("goalkeeper")).toEqual(["goalkeeper"]);
  });
});
