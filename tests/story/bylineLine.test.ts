import { describe, expect, it } from "vitest";
import { parseBylineLine } from "../../src/story/bylineLine.js";
import { parseStory } from "../../src/story/parseStory.js";

describe("parseBylineLine", () => {
  it.each([
    ["By Jane Doe", { contributors: ["Jane Doe"] }],
    ["By Jane Doe, Associated Press", { contributors: ["Jane Doe"], outlet: "Associated Press" }],
    ["Jane Doe, Associated Press", { contributors: ["Jane Doe"], outlet: "Associated Press" }],
    [
      "By Ken Mori and Lena Visser, The New York Times",
      { contributors: ["Ken Mori", "Lena Visser"], outlet: "The New York Times" },
    ],
    ["By Jane Doe, Ken Mori", { contributors: ["Jane Doe", "Ken Mori"] }],
    ["By Ruth Calloway, Fenwick Star", { contributors: ["Ruth Calloway"], outlet: "Fenwick Star" }],
    ["By Ken Mori, Harbor Ledger", { contributors: ["Ken Mori"], outlet: "Harbor Ledger" }],
    // A paper with no outlet word of the list, and one whose last word is one of a paper's.
    [
      "By Tom Vance and Dana Ruiz, The Fenwick Star",
      { contributors: ["Tom Vance", "Dana Ruiz"], outlet: "The Fenwick Star" },
    ],
    [
      "By Nia Okafor, Port Alder Ledger",
      { contributors: ["Nia Okafor"], outlet: "Port Alder Ledger" },
    ],
    ["By Ana de la Cruz", { contributors: ["Ana de la Cruz"] }],
    ["By Jane Doe, Staff Writer", { contributors: ["Jane Doe"] }],
    ["By Dana Ruiz, Health correspondent", { contributors: ["Dana Ruiz"] }],
  ])("GIVEN %j THEN it is a byline", (line, credit) => {
    expect(parseBylineLine(line)).toEqual(credit);
  });

  it.each([
    "Putin, Erdogan meet in Tehran",
    "Storm hits coast, thousands flee",
    "Jane Doe",
    "By the river, a town waits",
    "The council voted on Tuesday to close the landfill.",
  ])("GIVEN %j THEN it is not a byline", (line) => {
    expect(parseBylineLine(line)).toBeNull();
  });
});

describe("a story with a byline above it", () => {
  const body = [
    "The county board voted 5-2 on Tuesday to close the Marlow Road landfill by 2028, ending a decade of complaints from neighbors.",
    '"This is the right call," board chair Ann Pike said.',
    "The landfill takes about 400 tons of trash a day.",
  ];

  it.each([["By Jane Doe, Associated Press"], ["Jane Doe, Associated Press"]])(
    "GIVEN %j on the first line THEN it is the story's credit, not its title or ¶1",
    (line) => {
      const story = parseStory("landfill.txt", [line, ...body].join("\n\n"));
      expect(story.body.map((p) => p.text)).toEqual(body);
      expect(story.title).toMatch(/^The county board voted/);
      expect(story.outlet).toBe("Associated Press");
      expect(story.contributors).toEqual(["Jane Doe"]);
    },
  );

  it("GIVEN a headline, then a byline THEN the headline is the title and the byline the credit", () => {
    const story = parseStory(
      "landfill.txt",
      ["County votes to close Marlow Road landfill", "By Jane Doe", ...body].join("\n\n"),
    );
    expect(story.title).toBe("County votes to close Marlow Road landfill");
    expect(story.contributors).toEqual(["Jane Doe"]);
    expect(story.body).toHaveLength(3);
  });
});
