import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listQuotes } from "../../src/answers/listQuotes.js";
import { whoIs } from "../../src/answers/whoIs.js";
import { whoSaid } from "../../src/answers/whoSaid.js";
import { isDenial } from "../../src/statements/speechVerbs.js";
import { SUMMARY_LENGTHS, summarizeStory } from "../../src/summary/summarizeStory.js";
import { fixturePath, libraryOf, moreStoryPath, SEED_STORY } from "../helpers.js";

const STORIES = [
  SEED_STORY,
  ...readdirSync(join(fixturePath("."))).map((name) => fixturePath(name)),
  ...readdirSync(join(moreStoryPath("."))).map((name) => moreStoryPath(name)),
].filter((path) => /\.(?:txt|md)$/.test(path));

/**
 * `/who said`, `/who is`, `/quotes` and the summary's "Quoted:" line come from one reading of who
 * said what: on every story written for the tests, none of them tells another story.
 */
describe.each(STORIES)("one reading of who said what, on %s", (path) => {
  const library = libraryOf(path);
  const story = library.story();
  const { statements, people } = library.statementsOf(story);

  it("GIVEN the story's statements THEN /quotes lists exactly them, with the same speakers", () => {
    const listed = listQuotes(library).quotes.map((q) => [q.paragraph, q.text, q.speaker.name]);
    expect(listed).toEqual(statements.map((s) => [s.paragraph, s.text, s.speaker.name]));
  });

  it("GIVEN each statement's words THEN /who said names its speaker (for a denial, as the one who said otherwise)", () => {
    for (const statement of statements) {
      const text = statement.text.slice(0, 300);
      const answer = whoSaid(library, text);
      // A denied claim was said otherwise ("denied that …"); a denied thing ("any wrongdoing") is theirs.
      const named = [
        ...answer.statements.map((s) => s.speaker.name),
        ...(isDenial(statement.cue) ? [answer.opposite?.speaker.name] : []),
      ];
      expect(named, `¶${statement.paragraph} "${text.slice(0, 50)}"`).toContain(
        statement.speaker.name,
      );
    }
  });

  it("GIVEN a person the story quotes THEN /who is gives their card with every statement, never 'says nothing quoted'", () => {
    for (const person of people) {
      const theirs = statements.filter((s) => s.speaker.name === person.name);
      if (theirs.length === 0) continue;
      const card = whoIs(library, person.name).people.find((p) => p.name === person.name);
      expect(card, person.name).toBeDefined();
      expect(card?.statements.map((s) => [s.paragraph, s.text])).toEqual(
        theirs.map((s) => [s.paragraph, s.text]),
      );
    }
  });

  it("GIVEN an organisation the story quotes THEN /who is gives it a card with every statement", () => {
    const organisations = new Set(
      statements.filter((s) => s.speaker.kind === "organisation").map((s) => s.speaker.name),
    );
    for (const name of organisations) {
      const card = whoIs(library, name).people.find((p) => p.name === name);
      expect(card, name).toBeDefined();
      expect(card?.statements.map((s) => [s.paragraph, s.text])).toEqual(
        statements.filter((s) => s.speaker.name === name).map((s) => [s.paragraph, s.text]),
      );
    }
  });

  it("GIVEN every summary length THEN 'Quoted:' names only speakers of the story's statements", () => {
    const speakers = new Set(statements.map((s) => s.speaker.name));
    for (const length of SUMMARY_LENGTHS) {
      for (const quoted of summarizeStory(library, { length }).quoted)
        expect(speakers, `${length}: ${quoted.name}`).toContain(quoted.name);
    }
  });
});
