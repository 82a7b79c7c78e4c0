import { describe, expect, it } from "vitest";
import type { CommandResult } from "../../commands/types.js";
import { whoSaid } from "../../src/answers/whoSaid.js";
import { renderMessage } from "../../src/discord/renderMessage.js";
import { jsonAnswer } from "../../src/render/jsonAnswer.js";
import { nameWithSource } from "../../src/render/speakerName.js";
import { renderText } from "../../src/render/textAnswer.js";
import { parseStory } from "../../src/story/parseStory.js";
import { StoryLibrary } from "../../src/storyLibrary.js";

/** An invented story whose second quote comes through an outlet. */
const library = new StoryLibrary([
  parseStory(
    "port-alder-toll.txt",
    [
      "Port Alder weighs a harbor toll",
      "PORT ALDER — Mayor Ken Obi wants a toll on every boat that docks at the pier.",
      '"We will not back down on the toll," Obi told the Fenwick Star.',
      '"The fishermen will pay twice," Dana Ruiz said at the meeting.',
    ].join("\n\n"),
  ),
]);

const QUOTE = "we will not back down on the toll";
const result = (quote: string): CommandResult => ({
  kind: "whoSaid",
  quote,
  answer: whoSaid(library, quote),
  storiesSearched: 1,
});

describe("/who said names the outer source beside the speaker", () => {
  it("GIVEN a name and a source THEN “name (according to source)”; without a source, the name alone", () => {
    expect(nameWithSource("Ken Obi", "the Fenwick Star")).toBe(
      "Ken Obi (according to the Fenwick Star)",
    );
    expect(nameWithSource("Ken Obi")).toBe("Ken Obi");
  });

  it("GIVEN words Obi told the Fenwick Star WHEN asked who said them THEN Ken Obi, via the Fenwick Star", () => {
    const [best] = whoSaid(library, QUOTE).statements;
    expect(best).toMatchObject({ speaker: { name: "Ken Obi" }, via: "the Fenwick Star" });
  });

  it("GIVEN it WHEN rendered as text THEN the first line names Obi, the Star and his role", () => {
    const [first] = renderText(result(QUOTE)).split("\n");
    expect(first).toBe("**Ken Obi** (according to the Fenwick Star), Mayor, said (¶2):");
  });

  it("GIVEN it WHEN rendered for Discord THEN the embed's author names Obi and the Star, then his role", () => {
    const message = renderMessage(result(QUOTE), {
      command: { name: "who", subcommand: "said", input: { quote: QUOTE } },
      asker: "222222222222222222",
      page: 0,
      pinnable: false,
    });
    expect(message.embeds[0]?.author?.name).toBe("Ken Obi (according to the Fenwick Star) — Mayor");
  });

  it("GIVEN it WHEN rendered as JSON THEN the statement carries `via` beside its speaker", () => {
    const json = jsonAnswer("who said", { quote: QUOTE }, result(QUOTE));
    expect(json.results[0]).toMatchObject({
      speaker: { name: "Ken Obi", kind: "person" },
      via: "the Fenwick Star",
    });
  });

  it("GIVEN words said with no outer source THEN no source is shown, and JSON has no `via`", () => {
    const quote = "the fishermen will pay twice";
    expect(renderText(result(quote)).split("\n")[0]).toBe("**Dana Ruiz** said (¶3):");
    expect(jsonAnswer("who said", { quote }, result(quote)).results[0]).not.toHaveProperty("via");
  });
});
