import { describe, expect, it } from "vitest";
import { help } from "../../commands/help.js";
import { commands } from "../../commands/index.js";
import { storyExamples } from "../../src/answers/storyExamples.js";
import { parseCommandLine } from "../../src/cli/parseCommandLine.js";
import { fixturePath, libraryOf, moreStoryPath, SEED_STORY } from "../helpers.js";

const usages = (library: ReturnType<typeof libraryOf>) => {
  const result = help.run({}, { library, commands });
  return result.kind === "help" ? result.commands.map((command) => command.usage) : [];
};

describe("/help examples", () => {
  it("GIVEN the bundled story THEN the examples name its most quoted person and open one of its quotes", () => {
    expect(storyExamples(libraryOf(SEED_STORY))).toMatchObject({
      person: "Sullivan",
      quote: "We assess an official",
      paragraph: 3,
    });
  });

  it("GIVEN another story THEN /help shows examples from it, never the bundled story's", () => {
    const shown = usages(libraryOf(moreStoryPath("rovers-derby.txt"))).join("\n");
    expect(shown).toContain("/who is Tolliver");
    expect(shown).toContain("/who said I've been waiting for");
    expect(shown).not.toMatch(/Sullivan|drones|Iran/);
  });

  it("GIVEN a most quoted person whose surname another person shares THEN the full name", () => {
    // The wildfire story quotes Fire Chief Maria Alvarez most; Tom Alvarez is in it too.
    expect(storyExamples(libraryOf(fixturePath("ridgeline-wildfire.txt"))).person).toBe(
      "Maria Alvarez",
    );
  });

  it("GIVEN several stories THEN each example names the story it is from with story:", () => {
    const library = libraryOf(
      moreStoryPath("rovers-derby.txt"),
      moreStoryPath("portland-crash.txt"),
    );
    const first = library.stories[0]?.id;
    const shown = usages(library);
    expect(shown).toContain(`/excerpt 3 story:${first}`);
    expect(shown).toContain("/help");
  });

  it("GIVEN several stories THEN every example reads as a command line, and /stories, which takes no story:, is shown without one", () => {
    const library = libraryOf(
      moreStoryPath("rovers-derby.txt"),
      moreStoryPath("portland-crash.txt"),
    );
    const shown = usages(library);
    expect(shown).toContain("/stories");
    const definitions = commands.map((command) => command.data);
    for (const usage of shown.filter((line) => !line.includes("<"))) {
      expect(() => parseCommandLine(usage, definitions), usage).not.toThrow();
    }
  });
});
