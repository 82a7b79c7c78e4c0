import { describe, expect, it } from "vitest";
import { parseStory } from "../../src/story/parseStory.js";
import type { Story } from "../../src/story/types.js";

const BODY = [
  "Halvern Appliance Co. said Tuesday it will close its dishwasher plant in Findlay, Ohio, by next June.",
  "“These are painful decisions,” Chief Executive Dana Whitlock said on a call with analysts.",
];

/** A short story whose last paragraph is the given line. */
function storyEndingWith(credit: string, lede = ""): Story {
  return parseStory("story.txt", [`${lede}${BODY[0]}`, BODY[1], credit].join("\n\n"));
}

function expectCredit(story: Story, credit: string): void {
  expect(story.body.map((paragraph) => paragraph.text)).not.toContain(credit);
  expect(story.body).toHaveLength(BODY.length);
  expect(story.asides).toEqual([{ kind: "credit", text: credit, after: BODY.length }]);
}

describe("credit lines: the places people reported from are not contributors", () => {
  it.each([
    [
      "Associated Press writer Carla Mendes in Findlay, Ohio, contributed to this report.",
      ["Carla Mendes", "Associated Press"],
    ],
    [
      "Associated Press writer Maria Sanchez in Albany, New York, contributed to this report.",
      ["Maria Sanchez", "Associated Press"],
    ],
    [
      "Associated Press writers Jamey Keaten in Geneva, Edith M. Lederer at the United Nations and Matthew Lee in Washington contributed to this report.",
      ["Jamey Keaten", "Edith M. Lederer", "Matthew Lee", "Associated Press"],
    ],
    [
      "Associated Press writers Susie Blann in Kyiv, Ukraine, Jim Heintz in Tallinn, Estonia, and Hanna Arhirova contributed.",
      ["Susie Blann", "Jim Heintz", "Hanna Arhirova", "Associated Press"],
    ],
    [
      "Associated Press writer Amra Hodzic in Sarajevo, Bosnia and Herzegovina, contributed.",
      ["Amra Hodzic", "Associated Press"],
    ],
    [
      "Associated Press writers Lisa Mascaro, Kevin Freking and Mary Clare Jalonick in Washington, D.C., contributed.",
      ["Lisa Mascaro", "Kevin Freking", "Mary Clare Jalonick", "Associated Press"],
    ],
    ["Reporting by Eleanor Hart at Marlow Road; editing by Neil Adebayo", ["Eleanor Hart"]],
    ["Mia Lund contributed reporting from Oslo, Norway.", ["Mia Lund"]],
  ])(
    "GIVEN the closing line “%s” THEN it is a credit, not a paragraph, and the contributors are %j",
    (credit, contributors) => {
      const story = storyEndingWith(credit);
      expectCredit(story, credit);
      expect(story.contributors).toEqual(contributors);
    },
  );

  it.each([
    ["Ana Ruiz, Tom Hale and Li Wei contributed.", ["Ana Ruiz", "Tom Hale", "Li Wei"]],
    [
      "Ana Ruiz, Tom Hale, and Li Wei contributed to this story.",
      ["Ana Ruiz", "Tom Hale", "Li Wei"],
    ],
    ["The Associated Press contributed to this report.", ["The Associated Press"]],
    [
      "Fox News' Ben Evansky, Caitlin McFall and The Associated Press contributed to this report.",
      ["Ben Evansky", "Caitlin McFall", "The Associated Press"],
    ],
  ])(
    "GIVEN a list of people with no places, “%s”, THEN every name is a contributor",
    (credit, contributors) => {
      const story = storyEndingWith(credit);
      expectCredit(story, credit);
      expect(story.contributors).toEqual(contributors);
    },
  );

  it("GIVEN an AP story whose writer is credited from another city WHEN parsed THEN the writer is the one contributor and the AP of the dateline the outlet", () => {
    const credit =
      "Associated Press writer Carla Mendes in Findlay, Ohio, contributed to this report.";
    const story = storyEndingWith(credit, "TOLEDO, Ohio (AP) — ");
    expect(story.contributors).toEqual(["Carla Mendes"]);
    expect(story.outlet).toBe("The Associated Press");
  });
});

describe("credit lines: Reuters-style roles and the other common forms", () => {
  it.each([
    [
      "Reporting by Olena Harmash in Kyiv and Guy Faulconbridge in Moscow; Additional reporting by Jan Lopatka in Prague; Writing by Mark Trevelyan; Editing by Alison Williams and Frances Kerry",
      ["Olena Harmash", "Guy Faulconbridge", "Jan Lopatka", "Mark Trevelyan"],
    ],
    ["(Reporting by Hana Okonkwo; Editing by Martin Feld)", ["Hana Okonkwo"]],
    ["Writing by Sam Lee; Editing by Dan Ho", ["Sam Lee"]],
    ["Reporting by Eleanor Hart, editing by Neil Adebayo", ["Eleanor Hart"]],
    ["Reporting by Jane Doe. Editing by Tom Hale.", ["Jane Doe"]],
    ["Additional reporting by Li Wei.", ["Li Wei"]],
    ["— With reporting by Li Wei", ["Li Wei"]],
    ["— With assistance from Li Wei and Omar Said.", ["Li Wei", "Omar Said"]],
    [
      "Reporting was contributed by Ana Ruiz from Lima and Tom Hale from Quito.",
      ["Ana Ruiz", "Tom Hale"],
    ],
    ["Andrew Kramer reported from Kyiv.", ["Andrew Kramer"]],
    [
      "Andrew E. Kramer reported from Kyiv, Ukraine, and Marc Santora from London.",
      ["Andrew E. Kramer", "Marc Santora"],
    ],
    [
      "AP writers Jill Lawless in London and Geir Moulson in Berlin contributed.",
      ["Jill Lawless", "Geir Moulson", "AP"],
    ],
  ])(
    "GIVEN the closing line “%s” THEN it is a credit, not a paragraph, and the writers (not the editors) are the contributors %j",
    (credit, contributors) => {
      const story = storyEndingWith(credit);
      expectCredit(story, credit);
      expect(story.contributors).toEqual(contributors);
    },
  );

  it("GIVEN a closing line that only names the editor WHEN parsed THEN it is a credit, not a paragraph, and names no contributor", () => {
    const story = storyEndingWith("Editing by Dan Ho");
    expectCredit(story, "Editing by Dan Ho");
    expect(story.contributors).toEqual([]);
  });

  it.each([
    "Officials reported from Kyiv.",
    "Andrew Kramer reported from Kyiv that the bridge was shut.",
    "Shelling was reported from Kharkiv.",
    "Reported by the Daily Mail, the claim was denied.",
  ])(
    "GIVEN a last paragraph that is news, “%s”, WHEN parsed THEN it stays a numbered paragraph",
    (last) => {
      const story = storyEndingWith(last);
      expect(story.body.at(-1)?.text).toBe(last);
      expect(story.asides).toEqual([]);
      expect(story.contributors).toEqual([]);
    },
  );
});

describe("credit lines: the agency that filed the story", () => {
  it("GIVEN an AP story credited to “AP writers Jill Lawless in London and Geir Moulson in Berlin” WHEN parsed THEN the writers are the contributors and the AP the outlet, not a contributor too", () => {
    const credit = "AP writers Jill Lawless in London and Geir Moulson in Berlin contributed.";
    const story = storyEndingWith(credit, "TOLEDO, Ohio (AP) — ");
    expectCredit(story, credit);
    expect(story.contributors).toEqual(["Jill Lawless", "Geir Moulson"]);
    expect(story.outlet).toBe("The Associated Press");
  });
});
