import { describe, expect, it } from "vitest";
import { whoIs } from "../../src/answers/whoIs.js";
import { whoSaid } from "../../src/answers/whoSaid.js";
import { libraryOf, moreStoryPath } from "../helpers.js";

// Stories written after the rules were, by reviewers who had not read them: a crash report, a
// match report, an obituary, a court ruling, an earnings story and a health study.
const crash = libraryOf(moreStoryPath("portland-crash.txt"));
const match = libraryOf(moreStoryPath("rovers-derby.txt"));

const speakerOf = (quote: string, library: typeof crash) =>
  whoSaid(library, quote).statements[0]?.speaker.name;

describe("speakers in stories the rules were not written against", () => {
  it("GIVEN “He added …” after “Tolliver said that Rasmussen …” THEN the manager goes on speaking, not the striker he spoke of", () => {
    expect(speakerOf("the striker would be assessed on Monday", match)).toBe("Graham Tolliver");
  });

  it("GIVEN a witness named by first name after his full name, then “he said” after the victim is named THEN the witness", () => {
    expect(speakerOf("She was still holding the handlebars", crash)).toBe("Jonah Pettersen");
    expect(speakerOf("two other bystanders ran to help", crash)).toBe("Jonah Pettersen");
  });

  it("GIVEN words the story prints only under “did not say whether” THEN it does not say them: only the closest words, not “as typed”", () => {
    const { statements, narration } = whoSaid(crash, "Whitcomb had prior convictions");
    expect(statements).toEqual([]);
    expect(narration).toMatchObject({ paragraph: 15, exact: false });
    expect(
      whoSaid(crash, "was booked into the Multnomah County Detention Center").narration,
    ).toMatchObject({ paragraph: 7, exact: true });
  });

  it("GIVEN a lone first name that only one person in the story has THEN it is that person, not a second one", () => {
    expect(whoIs(crash, "Jonah").people.map((person) => person.name)).toEqual(["Jonah Pettersen"]);
  });
});
