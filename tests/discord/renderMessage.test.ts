import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import type { CommandContext, CommandResult } from "../../commands/types.js";
import { parseCommandLine } from "../../src/cli/parseCommandLine.js";
import { readButtonId } from "../../src/discord/customIds.js";
import {
  COLORS,
  pinnedMessage,
  type ReplyContext,
  renderMessage,
} from "../../src/discord/renderMessage.js";
import { parseStory } from "../../src/story/parseStory.js";
import { StoryLibrary } from "../../src/storyLibrary.js";
import { bundledStoryQuestion, libraryOf, moreStoryPath, SEED_STORY } from "../helpers.js";
import { expectWithinLimits } from "./withinLimits.js";

const MARKDOWN_STORY = fileURLToPath(
  new URL("../fixtures/discord/parser-flaw-patch.md", import.meta.url),
);
const ASKER = "222222222222222222";

function answer(library: StoryLibrary, line: string, page = 0): CommandResult {
  const parsed = parseCommandLine(
    line,
    commands.map((c) => c.data),
  );
  const context: CommandContext = { library, commands, page };
  const command = commands.find((c) => c.data.name === parsed.name);
  if (!command) throw new Error(line);
  const result = command.run(parsed.input, context, parsed.subcommand);
  if (result instanceof Promise) throw new Error(`${line} answers asynchronously`);
  return result;
}

/** The command a console line stands for, as a footer records it. */
function typed(line: string) {
  const parsed = parseCommandLine(
    line,
    commands.map((c) => c.data),
  );
  return {
    name: parsed.name,
    ...(parsed.subcommand ? { subcommand: parsed.subcommand } : {}),
    input: parsed.input,
  };
}

function reply(library: StoryLibrary, line: string, extra: Partial<ReplyContext> = {}) {
  const page = extra.page ?? 0;
  return renderMessage(answer(library, line, page), {
    command: typed(line),
    asker: ASKER,
    page,
    pinnable: true,
    ...extra,
  });
}

const seed = libraryOf(SEED_STORY);

describe("renderMessage: answers as Discord embeds", () => {
  it("GIVEN a quote the story leaves open at its paragraph's end THEN the embed shows it open, with no closing mark the story did not print", () => {
    const election = libraryOf(moreStoryPath("marlow-county-executive.txt"));
    const message = reply(election, "/who said make sure the transition is smooth");
    const shown = message.embeds?.[0]?.description ?? "";
    expect(shown).toContain("“I'm proud of what we built");
    expect(shown).toContain("is **smooth**.\n");
    expect(shown).not.toContain("**smooth**.”");
  });

  it("GIVEN /quotes for a name two stories share THEN one embed per story, each statement under its own story's credit", () => {
    const two = new StoryLibrary([
      parseStory(
        "strike.md",
        '---\ntitle: Bus drivers strike\noutlet: Lakeport Herald\n---\n\n"We will not move," union leader Mark Sullivan said.\n',
      ),
      parseStory(
        "summit.md",
        '---\ntitle: Leaders meet at summit\noutlet: Daily Planet\n---\n\n"The talks went well," adviser Jake Sullivan said.\n',
      ),
    ]);
    const message = reply(two, "/quotes speaker:Sullivan");
    expect(message.embeds).toHaveLength(2);
    for (const embed of message.embeds) {
      const mark = embed.description?.includes("Mark Sullivan");
      expect(embed.description).toMatch(mark ? /Lakeport Herald$/ : /Daily Planet$/);
      expect(embed.description?.includes(mark ? "Jake" : "Mark")).toBe(false);
    }
    expectWithinLimits(message);
  });

  it("GIVEN /ask on the bundled story THEN public embeds with the passage, matched words bold and a full attribution line", () => {
    const message = reply(seed, "/ask question:How many drones could Iran provide to Russia?");
    expect(message.ephemeral).toBe(false);
    expect(message.content).toBeUndefined();
    const [first] = message.embeds;
    expect(first?.color).toBe(COLORS.passage);
    expect(first?.description).toContain("**UAVs**");
    expect(first?.description).toMatch(
      /— ¶\d+ · “[^”]+” · Fox News · by Ben Evansky, Caitlin McFall and The Associated Press$/,
    );
    expect(message.embeds.at(-1)?.footer?.text).toBe(
      '/ask question:"How many drones could Iran provide to Russia?"',
    );
    expectWithinLimits(message);
  });

  it("GIVEN an answer with more passages THEN Previous (disabled), page 1 of n and More for the asker's next page, then Pin, Wrong? and Delete", () => {
    const message = reply(seed, "/ask question:Iran drones Russia");
    const ids = message.components.flatMap((row) =>
      row.components.map((b) => ("custom_id" in b ? b.custom_id : "")),
    );
    expect(ids.map(readButtonId)).toEqual([
      { action: "more", asker: ASKER, page: 0 },
      { action: "at", page: 0 },
      { action: "more", asker: ASKER, page: 1 },
      { action: "pin" },
      { action: "wrong" },
      { action: "delete", asker: ASKER },
    ]);
    const [previous, at] = message.components[0]?.components ?? [];
    expect(previous).toMatchObject({ label: "Previous", disabled: true });
    expect(at).toMatchObject({ label: expect.stringMatching(/^Page 1 of [2-5]$/), disabled: true });
    const next = reply(seed, "/ask question:Iran drones Russia", { page: 1 });
    expect(next.embeds.at(-1)?.footer?.text).toBe('/ask question:"Iran drones Russia" · page 2');
    const firstPage = message.embeds.map((e) => e.description);
    for (const description of next.embeds.map((e) => e.description)) {
      expect(firstPage).not.toContain(description);
    }
  });

  it("GIVEN passages Byline is unsure answer the question THEN public embeds in the paler colour, the first titled “The story may not answer this directly”", () => {
    const sure = answer(seed, "/ask question:Iran drones Russia");
    if (sure.kind !== "passages") throw new Error(sure.kind);
    const context = { command: typed("/ask question:Iran drones Russia"), asker: ASKER, page: 0 };
    const confident = renderMessage(sure, { ...context, pinnable: true });
    const unsure = renderMessage({ ...sure, answered: false }, { ...context, pinnable: true });
    expect(unsure.ephemeral).toBe(false);
    expect(unsure.embeds.map((embed) => embed.color)).toEqual(
      sure.passages.map(() => COLORS.closest),
    );
    expect(COLORS.closest).not.toBe(COLORS.passage);
    expect(unsure.embeds.map((embed) => embed.title)).toEqual([
      "The story may not answer this directly. Closest passages:",
      ...sure.passages.slice(1).map(() => undefined),
    ]);
    expect(unsure.embeds.map((embed) => embed.description)).toEqual(
      confident.embeds.map((embed) => embed.description),
    );
    expect(unsure.embeds.at(-1)?.footer).toEqual(confident.embeds.at(-1)?.footer);
    expect(unsure.components).toEqual(confident.components);
    expect(confident.embeds.every((embed) => embed.title === undefined)).toBe(true);
    expectWithinLimits(unsure);

    const several = renderMessage(
      { ...sure, answered: false, storiesSearched: 3 },
      { ...context, pinnable: true },
    );
    expect(several.embeds[0]?.title).toBe(
      "The loaded stories may not answer this directly. Closest passages:",
    );
  });

  it("GIVEN any question to the bundled story THEN the message is private only with no passage, and titled and pale exactly when not answered", () => {
    fc.assert(
      fc.property(bundledStoryQuestion, (question) => {
        const line = `/ask question:${question}`;
        const result = answer(seed, line);
        if (result.kind !== "passages") throw new Error(result.kind);
        const message = reply(seed, line);
        expect(message.ephemeral).toBe(result.passages.length === 0);
        if (result.passages.length === 0) return;
        expect(message.embeds[0]?.title).toBe(
          result.answered ? undefined : "The story may not answer this directly. Closest passages:",
        );
        for (const embed of message.embeds) {
          expect(embed.color).toBe(result.answered ? COLORS.passage : COLORS.closest);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("GIVEN /who said baseless THEN the speaker and role as author, the statement with the cue and ¶9", () => {
    const message = reply(seed, "/who said quote:baseless");
    const [embed] = message.embeds;
    expect(embed?.author?.name).toBe("Hossein Amirabdollahian — Iran's Foreign Minister");
    expect(embed?.description).toMatch(
      /^said \(¶9\), in the story's words:\nthe U\.S\. .*\*\*baseless\*\*/s,
    );
    expect(embed?.description).toContain("— ¶9 ·");
    expect(embed?.color).toBe(COLORS.statement);
  });

  it("GIVEN /who said words a described speaker said (“the company said”) THEN the description as printed heads the embed, capitalised", () => {
    const ferry = new StoryLibrary([
      parseStory(
        "ferry-cuts.txt",
        '"We cannot run empty boats through the winter," the company said in a statement.',
      ),
    ]);
    const [embed] = reply(ferry, "/who said quote:empty boats").embeds;
    expect(embed?.author?.name).toBe("The company");
    expect(reply(ferry, "/who is name:the company").embeds[0]?.title).toBe("The company");
  });

  it("GIVEN /who said with a claim the story's speaker negates THEN “No one … said that” over her statement, said otherwise", () => {
    const election = libraryOf(moreStoryPath("marlow-county-executive.txt"));
    const [embed, ...others] = reply(election, "/who said quote:the outcome said much").embeds;
    expect(others).toEqual([]);
    expect(embed?.title).toBe(
      "No one in the story said that. The closest statement in the story says otherwise:",
    );
    expect(embed?.author?.name).toMatch(/^Lydia Brannigan — political scientist/);
    expect(embed?.description).toMatch(
      /^said \(¶16\), in the story's words:\nshe did not think the \*\*outcome\*\* said much/,
    );
  });

  it("GIVEN words quoted with no readable speaker that a statement says otherwise THEN both: the quotation's paragraph, then the statement", () => {
    const bridge = new StoryLibrary([
      parseStory(
        "bridge.txt",
        'Mayor Ana Ruiz spoke on Monday.\n\nRuiz said the bridge would not close this winter.\n\nA flyer posted downtown warned that "the bridge would close this winter for repairs" and urged drivers to plan ahead.',
      ),
    ]);
    const embeds = reply(bridge, "/who said quote:the bridge would close this winter").embeds;
    expect(embeds.map((embed) => embed.title)).toEqual([
      "The story quotes these words, but Byline cannot tell who said them",
      "The closest statement in the story says otherwise:",
    ]);
    expect(embeds[1]?.author?.name).toMatch(/^Ana Ruiz/);
  });

  it("GIVEN questions the story cannot answer THEN a private notice, no embed and no buttons", () => {
    for (const line of [
      "/ask question:What is the capital of Peru?",
      "/who said quote:the earth is flat",
    ]) {
      const message = reply(seed, line);
      expect(message.ephemeral).toBe(true);
      expect(message.embeds).toEqual([]);
      expect(message.components).toEqual([]);
      expect(message.content).toMatch(/story does not answer|No one in the story said that/);
    }
  });

  it("GIVEN /summary THEN one embed whose sentences each carry their ¶ and a Quoted field with roles", () => {
    const message = reply(seed, "/summary length:medium");
    const [embed] = message.embeds;
    expect(embed?.title).toBe("Summary (medium)");
    const lines = (embed?.description ?? "").split("\n\n");
    expect(lines.slice(0, -1).every((line) => / \*¶\d+\*$/.test(line))).toBe(true);
    expect(embed?.fields?.[0]?.name).toBe("Quoted");
    expectWithinLimits(message);
  });

  it("GIVEN a for: user THEN the content addresses them, and only them", () => {
    const message = reply(seed, "/ask question:Where is Putin going?", {
      addressee: "333333333333333333",
    });
    expect(message.content).toBe("For <@333333333333333333>:");
  });

  it("GIVEN a story full of markdown and mention syntax THEN it is shown escaped, never styling the answer or mentioning", () => {
    const library = libraryOf(MARKDOWN_STORY);
    const excerpt = reply(library, "/excerpt paragraph:6");
    const text = excerpt.embeds[0]?.description ?? "";
    expect(text).not.toMatch(/<[@#]/);
    expect(text.replace(/\u200b/g, "")).toContain("<@123456789012345678>");
    const quote = reply(library, "/excerpt paragraph:3").embeds[0]?.description ?? "";
    expect(quote).toContain("\\*\\*strict\\_keys\\*\\*");
    expect(quote).toContain(
      "— ¶3 · [“Maintainers patch \\*critical\\* flaw in popular…”](https://example.org/news/config-parser-flaw?id=7&ref=%28feed%29) · Open Source Weekly · by Dana\\_Whitfield and Ola \\*\\*Bright\\*\\*",
    );
    const quoted = reply(library, "/excerpt paragraph:5").embeds[0]?.description ?? "";
    expect(quoted.startsWith("\\>")).toBe(true);
  });

  it("GIVEN /pin's excerpt THEN the posted message names the speaker and who pinned it", () => {
    const result = answer(seed, "/pin quote:baseless");
    if (result.kind !== "pin") throw new Error(result.kind);
    const message = pinnedMessage(result, "mod_anna");
    expect(message.embeds[0]?.author?.name).toBe(
      "Hossein Amirabdollahian — Iran's Foreign Minister",
    );
    expect(message.embeds[0]?.footer?.text).toBe("📌 Pinned by mod_anna");
    expect(message.embeds[0]?.description).toContain("— ¶9 ·");
  });

  it("GIVEN any story, its metadata and statements, and any question WHEN answered THEN every message stays within Discord's limits", () => {
    const word = fc.stringMatching(/^[A-Za-z*_~`>#@<|()[\]-]{1,14}$/);
    const words = (max: number) =>
      fc.array(word, { minLength: 1, maxLength: max }).map((w) => w.join(" "));
    const name = fc.constantFrom("Maria Olsen", "Tomasz Wilk", "Priya **Raman**", "Dana_Whitfield");
    const paragraph = fc.oneof(
      words(900).map((text) => `${text}.`),
      fc.constant("Long paragraph of plain words. ".repeat(180).trim()),
      fc
        .tuple(words(400), name, words(60))
        .map(([said, who, role]) => `"${said}," ${who}, ${role}, said.`),
    );
    const story = fc.record({
      title: words(60),
      outlet: words(50),
      url: fc
        .constantFrom(0, 40, 490, 900)
        .map((length) => `https://example.org/${"a(1)/".repeat(length / 5)}`),
      contributors: fc.array(name, { maxLength: 6 }),
      paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 6 }),
    });
    fc.assert(
      fc.property(story, words(12), (generated, question) => {
        const text = [
          "---",
          `title: ${JSON.stringify(generated.title)}`,
          `outlet: ${JSON.stringify(generated.outlet)}`,
          `url: ${JSON.stringify(generated.url)}`,
          `contributors: ${JSON.stringify(generated.contributors)}`,
          "---",
          "",
          generated.paragraphs.join("\n\n"),
        ].join("\n");
        let library: StoryLibrary;
        try {
          library = new StoryLibrary([parseStory("long.md", text)]);
        } catch {
          return; // all-capital lines are headlines: a story without a body is refused on loading
        }
        for (const line of [
          `/ask question:${question}`,
          `/who said quote:${question}`,
          "/who is name:Olsen",
          "/quotes",
          "/excerpt paragraph:1",
          "/pin paragraph:1",
          "/summary length:long",
          "/story",
          "/help",
        ]) {
          let result: CommandResult;
          try {
            result = answer(library, line);
          } catch {
            continue; // an invalid question is refused before anything is rendered
          }
          expectWithinLimits(
            renderMessage(result, { command: typed(line), asker: ASKER, page: 0, pinnable: true }),
          );
          if (result.kind === "pin") expectWithinLimits(pinnedMessage(result, "m".repeat(40)));
        }
      }),
      { numRuns: 40 },
    );
    // Forty stories of up to six 900-word paragraphs, each read for who said what: 15–25 s on the
    // 2-core machine, with or without this session's changes, around vitest's 20 s default.
  }, 60_000);
});
