import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ask } from "../../commands/ask.js";
import { commands } from "../../commands/index.js";
import type { Passage } from "../../src/answers/ask.js";
import { attributionFor } from "../../src/answers/attribution.js";
import { whoIs } from "../../src/answers/whoIs.js";
import { whoSaid } from "../../src/answers/whoSaid.js";
import {
  ANSI_STYLE,
  MARKDOWN_STYLE,
  NOTHING_FOUND,
  nothingFoundText,
  renderText,
} from "../../src/render/textAnswer.js";
import { decodeStoryFile } from "../../src/story/decodeStoryFile.js";
import { parseStory } from "../../src/story/parseStory.js";
import type { Story } from "../../src/story/types.js";
import { StoryLibrary } from "../../src/storyLibrary.js";
import { bundledStoryQuestion, libraryOf, SEED_STORY } from "../helpers.js";

function loadStory(path: string): Story {
  const file = fileURLToPath(new URL(path, import.meta.url));
  return parseStory(file, decodeStoryFile(file, readFileSync(file)));
}

const tehran = loadStory("../../corpus/putin-visits-tehran.txt");
const harbor = loadStory("../fixtures/stories/harbor-city-budget.md");

/** A passage of a real paragraph with the given words highlighted (each word's first occurrence). */
function passage(story: Story, number: number, words: readonly string[]): Passage {
  const paragraph = story.body[number - 1];
  if (!paragraph) throw new Error(`no ¶${number}`);
  const highlights = words
    .map((word) => {
      const start = paragraph.text.indexOf(word);
      if (start === -1) throw new Error(`"${word}" not in ¶${number}`);
      return [start, start + word.length] as const;
    })
    .sort((a, b) => a[0] - b[0]);
  return {
    story: story.id,
    paragraph: number,
    text: paragraph.text,
    score: 12.5,
    sentence: paragraph.sentences[0] ?? {
      text: paragraph.text,
      start: 0,
      end: paragraph.text.length,
    },
    highlights,
    attribution: attributionFor(story, number),
  };
}

const TEHRAN_CREDIT = "Fox News · by Ben Evansky, Caitlin McFall and The Associated Press";

describe("renderText for /ask", () => {
  it("GIVEN a passage with highlights WHEN rendered in Markdown style THEN the matched words are wrapped in ** and the rest is verbatim", () => {
    const text = renderText({
      kind: "passages",
      question: "how many drones",
      passages: [passage(tehran, 5, ["Russia", "UAVs"])],
      answered: true,
    });
    const [body, attribution] = text.split("\n");
    expect(body).toBe(
      'White House national security adviser Jake Sullivan said the Biden administration had information that indicated the Iranian government was preparing to provide **Russia** with "up to several hundred **UAVs**, including weapons-capable UAVs on an expedited timeline."',
    );
    expect(attribution).toBe(
      `— ¶5 · “Russian President Vladimir Putin is traveling to Tehran…” · ${TEHRAN_CREDIT}`,
    );
  });

  it("GIVEN a passage with highlights WHEN rendered in ANSI style THEN matched words are bold and removing the escapes gives the paragraph back", () => {
    const answer = passage(tehran, 5, ["Sullivan", "UAVs"]);
    const text = renderText(
      { kind: "passages", question: "q", passages: [answer], answered: true },
      ANSI_STYLE,
    );
    const [body] = text.split("\n");
    expect(body).toContain("\u001b[1mSullivan\u001b[22m");
    expect(body).toContain("\u001b[1mUAVs\u001b[22m");
    // biome-ignore lint/suspicious/noControlCharactersInRegex: matching the ANSI escapes on purpose
    expect(body?.replace(/\u001b\[(?:1|22)m/g, "")).toBe(answer.text);
  });

  it("GIVEN a highlight at the very start and end of the paragraph WHEN rendered THEN both are bold and nothing is lost", () => {
    const answer = passage(tehran, 6, ["UAVs", "drones."]);
    expect(
      renderText(
        { kind: "passages", question: "q", passages: [answer], answered: true },
        MARKDOWN_STYLE,
      ).split("\n")[0],
    ).toBe("**UAVs** are unmanned aerial vehicles, or **drones.**");
  });

  it("GIVEN two passages WHEN rendered THEN they appear in order, separated by a blank line, each with its attribution", () => {
    const text = renderText({
      kind: "passages",
      question: "q",
      passages: [passage(tehran, 5, []), passage(tehran, 1, [])],
      answered: true,
    });
    const blocks = text.split("\n\n");
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toMatch(/^White House national security adviser[^\n]+\n— ¶5 · /);
    expect(blocks[1]).toMatch(/^Russian President Vladimir Putin is traveling[^\n]+\n— ¶1 · /);
  });

  it("GIVEN empty answers from several stories searched THEN the texts speak of the loaded stories, not “the story”", () => {
    expect(
      renderText({
        kind: "passages",
        question: "who won",
        passages: [],
        answered: false,
        storiesSearched: 5,
      }),
    ).toBe(
      "No loaded story answers that. Try other words, or name one with story: (/story lists them).",
    );
    expect(
      renderText({ kind: "whoSaid", quote: "x", answer: { statements: [] }, storiesSearched: 5 }),
    ).toBe("No one in the loaded stories said that.");
    expect(
      renderText({
        kind: "whoIs",
        name: "Nobody",
        answer: { people: [], suggestions: [] },
        storiesSearched: 2,
      }),
    ).toBe('No one called "Nobody" is in the loaded stories.');
  });

  it("GIVEN an empty answer from one story named among several THEN the /excerpt hint names that story too", () => {
    expect(
      renderText({
        kind: "passages",
        question: "who won",
        passages: [],
        answered: false,
        storiesSearched: 1,
        story: "chip-export-rules",
      }),
    ).toContain("/excerpt 1 story:chip-export-rules");
  });

  it("GIVEN no passages WHEN rendered THEN the text says the story does not answer and points at /excerpt and /story", () => {
    const text = renderText({
      kind: "passages",
      question: "who won the cup final",
      passages: [],
      answered: false,
    });
    expect(text).toBe(NOTHING_FOUND);
    expect(text).toContain("/excerpt 1");
    expect(text).toContain("/story");
  });

  it("GIVEN passages Byline is unsure answer the question WHEN rendered THEN a first line says so, then the passages as usual", () => {
    const passages = [passage(tehran, 13, ["Moscow"]), passage(tehran, 1, [])];
    const question = "best pizza in Moscow";
    const sure = renderText({ kind: "passages", question, passages, answered: true });
    const unsure = renderText({ kind: "passages", question, passages, answered: false });
    expect(unsure).toBe(`The story may not answer this directly. Closest passages:\n${sure}`);
    expect(unsure.split("\n")[1]).toMatch(/^"Be it drone sales .*\*\*Moscow\*\*/);
    expect(
      renderText({ kind: "passages", question, passages, answered: false, storiesSearched: 3 }),
    ).toBe(`The loaded stories may not answer this directly. Closest passages:\n${sure}`);
  });

  it("GIVEN any question to the bundled story THEN the text has the unsure line exactly when the answer is not sure, and the empty answer's words when there is none", () => {
    const seed = libraryOf(SEED_STORY);
    fc.assert(
      fc.property(bundledStoryQuestion, (question) => {
        const result = ask.run({ question }, { library: seed, commands });
        if (result.kind !== "passages") throw new Error(result.kind);
        const text = renderText(result);
        const [first] = text.split("\n");
        if (result.passages.length === 0) expect(text).toBe(nothingFoundText(result));
        else if (result.answered) expect(first).not.toMatch(/may not answer/);
        else expect(first).toBe("The story may not answer this directly. Closest passages:");
      }),
      { numRuns: 150 },
    );
  });

  it("GIVEN a passage from a story with a url WHEN rendered THEN the attribution line ends with the url", () => {
    const text = renderText({
      kind: "passages",
      question: "q",
      passages: [passage(harbor, 2, ["2.1 percent"])],
      answered: true,
    });
    expect(text).toContain("**2.1 percent**");
    expect(text.split("\n").at(-1)).toBe(
      "— ¶2 · “Harbor City Council passes $1.42 billion budget with first…” · Harbor City Ledger · by Dana Whitfield and Marcus Oyelaran · https://www.example.com/news/2026/03/14/harbor-city-council-passes-budget",
    );
  });
});

describe("renderText for /excerpt, /story and /help", () => {
  it("GIVEN an excerpt WHEN rendered THEN it is the paragraph verbatim with no bold, then its attribution", () => {
    const paragraph = tehran.body[2];
    const text = renderText({
      kind: "excerpt",
      excerpt: {
        story: tehran.id,
        paragraph: 3,
        text: paragraph?.text ?? "",
        attribution: attributionFor(tehran, 3),
      },
    });
    expect(text).toBe(
      `While in Tehran, Putin is expected to have a separate meeting with Turkish President Recep Tayyip Erdogan.\n— ¶3 · “Russian President Vladimir Putin is traveling to Tehran…” · ${TEHRAN_CREDIT}`,
    );
  });

  it("GIVEN story cards WHEN rendered THEN each shows title with id and range, then source, contributors and url lines", () => {
    const text = renderText({
      kind: "stories",
      stories: [
        {
          story: "harbor-city-budget",
          title: "Harbor City Council passes budget",
          outlet: "Harbor City Ledger",
          published: "2026-03-14",
          contributors: ["Dana Whitfield", "Marcus Oyelaran"],
          url: "https://example.com/budget",
          paragraphs: 17,
          file: "harbor-city-budget.md",
        },
        {
          story: "brief",
          title: "Bridge reopens",
          contributors: [],
          paragraphs: 1,
          file: "brief.txt",
        },
      ],
    });
    expect(text).toBe(
      [
        "Harbor City Council passes budget (harbor-city-budget: ¶1–¶17)",
        "  Harbor City Ledger, 2026-03-14",
        "  by Dana Whitfield and Marcus Oyelaran",
        "  https://example.com/budget",
        "",
        "Bridge reopens (brief: ¶1–¶1)",
      ].join("\n"),
    );
  });

  it("GIVEN the help result WHEN rendered THEN every command's usage and description is on its own line", () => {
    const text = renderText({
      kind: "help",
      commands: [
        { name: "excerpt", description: "Show one paragraph", usage: "/excerpt 3" },
        { name: "story", description: "What story is loaded", usage: "/story" },
      ],
    });
    const lines = text.split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^ {2}\/excerpt 3 +Show one paragraph$/);
    expect(lines[2]).toMatch(/^ {2}\/story +What story is loaded$/);
  });
});

describe("renderText for /who said with a described speaker", () => {
  const ferry = new StoryLibrary([
    parseStory(
      "ferry-cuts.txt",
      [
        "Harbor Mutual Lines will halve its winter ferry service to Port Alder from January.",
        '"We cannot run empty boats through the winter," the company said in a statement.',
        'A spokeswoman for the port said the timetable was "under review."',
      ].join("\n\n"),
    ),
  ]);

  it.each([
    ["We cannot run empty boats", "the company", "**The company** said (¶2):"],
    [
      "under review",
      "a spokeswoman for the port",
      "**A spokeswoman for the port** said (¶3), in the story's words:",
    ],
  ])("GIVEN %j THEN %j, article and all, opening the line with a capital", (quote, name, line) => {
    const answer = whoSaid(ferry, quote);
    expect(answer.statements[0]?.speaker.name).toBe(name);
    expect(renderText({ kind: "whoSaid", quote, answer }, MARKDOWN_STYLE).split("\n")[0]).toBe(
      line,
    );
  });

  it("GIVEN /who is the company THEN its card is headed by the description, capitalised", () => {
    const answer = whoIs(ferry, "the company");
    expect(answer.people[0]?.name).toBe("the company");
    expect(renderText({ kind: "whoIs", name: "the company", answer }, MARKDOWN_STYLE)).toMatch(
      /^\*\*The company\*\*\n/,
    );
  });
});
