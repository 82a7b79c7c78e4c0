import { describe, expect, it } from "vitest";
import { whoIs } from "../../src/answers/whoIs.js";
import { MAX_STORY_BYTES } from "../../src/story/loadCorpus.js";
import { parseStory } from "../../src/story/parseStory.js";
import { StoryLibrary } from "../../src/storyLibrary.js";
import {
  SUMMARY_TARGETS,
  summarizeStory,
  summaryCandidates,
} from "../../src/summary/summarizeStory.js";
import { SUMMARY_MODEL } from "../../src/summary/summaryWeights.js";
import { longStory } from "../fixtures/longStory.js";
import { fixturePath, libraryOf, moreStoryPath, SEED_STORY } from "../helpers.js";

const seed = libraryOf(SEED_STORY);
const words = (texts: readonly { text: string }[]) =>
  texts.reduce((n, s) => n + s.text.split(/\s+/).length, 0);
/** The verbatim pieces of a sentence shown with asides left out ("said … that"). */
const piecesOf = (text: string) =>
  text
    .split("…")
    .map((piece) => piece.trim().replace(/^,\s*/, ""))
    .filter(Boolean);
/** Each piece is in the paragraph, in order, and so is the whole sentence. */
const expectVerbatimIn = (
  paragraph: string,
  sentence: { text: string; wholeSentence?: string },
) => {
  let from = 0;
  for (const piece of piecesOf(sentence.text)) {
    const at = paragraph.indexOf(piece, from);
    expect(at, `"${piece}" in order in "${paragraph}"`).toBeGreaterThanOrEqual(0);
    from = at + piece.length;
  }
  expect(paragraph).toContain(sentence.wholeSentence ?? sentence.text);
};

describe("summarizeStory", () => {
  it.each(["short", "medium", "long"] as const)(
    "GIVEN length %s THEN at most its sentences and words, in story order, each verbatim from its paragraph (an aside left out only where marked …)",
    (length) => {
      const summary = summarizeStory(seed, { length });
      const target = SUMMARY_TARGETS[length];
      expect(summary.sentences.length).toBeGreaterThan(0);
      expect(summary.sentences.length).toBeLessThanOrEqual(target.sentences);
      expect(words(summary.sentences)).toBeLessThanOrEqual(target.words);
      const paragraphs = summary.sentences.map((s) => s.paragraph);
      expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b));
      for (const sentence of summary.sentences) {
        expectVerbatimIn(seed.story().body[sentence.paragraph - 1]?.text ?? "", sentence);
        expect(sentence.attribution).toMatchObject({
          outlet: "Fox News",
          paragraph: sentence.paragraph,
        });
      }
    },
  );

  it("GIVEN the bundled story WHEN summarised short THEN it opens on Putin's trip to Tehran and the US warning about drones", () => {
    const [first] = summarizeStory(seed).sentences;
    expect(first?.paragraph).toBe(1);
    expect(first?.text).toMatch(/Tehran/);
    expect(first?.text).toMatch(/drones/);
  });

  it("GIVEN a longer summary THEN it adds sentences rather than changing the short one's", () => {
    const short = summarizeStory(seed, { length: "short" }).sentences.map((s) => s.text);
    const long = summarizeStory(seed, { length: "long" }).sentences.map((s) => s.text);
    expect(long.length).toBeGreaterThan(short.length);
    expect(long).toEqual(expect.arrayContaining(short.slice(0, 1)));
  });

  it("GIVEN focus on a topic THEN every sentence is about it", () => {
    const summary = summarizeStory(seed, { focus: "sanctions", length: "medium" });
    expect(summary.sentences.length).toBeGreaterThan(0);
    for (const sentence of summary.sentences) expect(sentence.text).toMatch(/sanction/i);
  });

  it("GIVEN focus on a topic typed with a typo (“sanctoins”) THEN the sentences about sanctions, as /ask would read it", () => {
    const typed = summarizeStory(seed, { focus: "sanctoins", length: "medium" });
    const spelt = summarizeStory(seed, { focus: "sanctions", length: "medium" });
    expect(typed.sentences.length).toBeGreaterThan(0);
    expect(typed.sentences.map((s) => s.text)).toEqual(spelt.sentences.map((s) => s.text));
  });

  it("GIVEN focus on a person THEN the sentences name them or are their statements, and they are listed as quoted", () => {
    const summary = summarizeStory(seed, { focus: "Sullivan" });
    expect(summary.sentences.length).toBeGreaterThan(0);
    for (const sentence of summary.sentences) expect(sentence.text).toMatch(/Sullivan/);
    expect(summary.quoted.map((q) => q.name)).toContain("Jake Sullivan");
  });

  it("GIVEN focus on a person's name typed with a typo (“Amirabdolahian”) THEN the summary keeps to that person", () => {
    const summary = summarizeStory(seed, { focus: "Amirabdolahian" });
    expect(summary.sentences.length).toBeGreaterThan(0);
    const { paragraphs } = whoIs(seed, "Hossein Amirabdollahian").people[0] ?? { paragraphs: [] };
    for (const sentence of summary.sentences) expect(paragraphs).toContain(sentence.paragraph);
    expect(summary.quoted.map((q) => q.name)).toEqual(["Hossein Amirabdollahian"]);
  });

  it("GIVEN focus on one of two people who share a surname (the wildfire's Tom and Maria Alvarez) THEN only that one's sentences", () => {
    const wildfire = libraryOf(fixturePath("ridgeline-wildfire.txt"));
    const tom = summarizeStory(wildfire, { focus: "Tom Alvarez", length: "long" });
    expect(tom.quoted.map((q) => q.name)).toEqual(["Tom Alvarez"]);
    expect(tom.sentences.map((s) => s.paragraph)).toEqual([7, 8]);
    const maria = summarizeStory(wildfire, { focus: "Maria Alvarez", length: "long" });
    expect(maria.quoted.map((q) => q.name)).toEqual(["Maria Alvarez"]);
    expect(maria.sentences.map((s) => s.paragraph)).not.toContain(7);
  });

  it("GIVEN a topic of two words (“heat stroke”) THEN sentences with both, not either", () => {
    const marathon = libraryOf(fixturePath("coastal-marathon-heat.md"));
    const summary = summarizeStory(marathon, { focus: "heat stroke", length: "long" });
    expect(summary.sentences.length).toBeGreaterThan(0);
    for (const sentence of summary.sentences) expect(sentence.text).toMatch(/heat stroke/i);
  });

  it.each(["rice", "trice"])(
    "GIVEN a lower-case word one letter off a surname (%j for Price) THEN no summary of that person",
    (focus) => {
      expect(summarizeStory(seed, { focus }).sentences).toEqual([]);
    },
  );

  it("GIVEN a focus one letter off two people's names THEN no guess between them", () => {
    const story = parseStory(
      "two.txt",
      [
        "Council member Mark Olsen voted for the plan on Monday.",
        "Council member Mary Olson voted against the plan on Monday.",
      ].join("\n\n"),
    );
    expect(summarizeStory(new StoryLibrary([story]), { focus: "Marc Olsan" }).sentences).toEqual(
      [],
    );
    expect(summarizeStory(new StoryLibrary([story]), { focus: "Mari Olsom" }).sentences).toEqual([
      expect.objectContaining({ paragraph: 2 }),
    ]);
  });

  it("GIVEN several stories and a focus without story: THEN the one story that mentions it; several → a clear error naming them; none → a clear error", () => {
    const library = new StoryLibrary([
      parseStory(
        "pool.txt",
        "The city council voted 7-2 on Tuesday to close the Eastside pool for the winter, officials said.\n",
      ),
      parseStory(
        "bridge.txt",
        "The county reopened the river bridge on Monday after repairs that cost $2 million, officials said.\n",
      ),
    ]);
    expect(summarizeStory(library, { focus: "pool" }).story).toBe("pool");
    expect(() => summarizeStory(library, { focus: "officials" })).toThrow(
      /^2 stories mention "officials", likeliest first: (pool, bridge|bridge, pool)\. Name one with story:\.$/,
    );
    const ferries = new StoryLibrary(
      ["north", "south", "east", "west", "harbor", "island", "river"].map((place) =>
        parseStory(`${place}.txt`, `The ${place} ferry will run again from May, the port said.\n`),
      ),
    );
    expect(() => summarizeStory(ferries, { focus: "ferry" })).toThrow(
      /^7 stories mention "ferry", likeliest first: (\w+, ){4}\w+ and 2 more\. Name one with story:\.$/,
    );
    expect(() => summarizeStory(library, { focus: "unicorns" })).toThrow(
      'No loaded story mentions "unicorns".',
    );
  });

  it("GIVEN a focus the story never mentions THEN no sentences and no one quoted: no summary of something else", () => {
    const summary = summarizeStory(seed, { focus: "bitcoin" });
    expect(summary).toMatchObject({ sentences: [], quoted: [], mentionedIn: [] });
  });

  it("GIVEN a focus of common words only (“the”, “what about it”) THEN an error saying there is nothing to look for, never “the story does not mention ‘the’”, with one story or several", () => {
    const mill = new StoryLibrary([
      parseStory(
        "fenwick-mill.txt",
        "FENWICK, Maine (AP) — Northgate Paper will close its Fenwick mill in March, eliminating about 300 jobs, the company said Tuesday.\n",
      ),
    ]);
    for (const focus of ["the", "what about it"]) {
      expect(() => summarizeStory(mill, { focus })).toThrow(
        `focus: "${focus}" holds only common words, nothing to look for.`,
      );
      expect(() =>
        summarizeStory(libraryOf(SEED_STORY, moreStoryPath("rovers-derby.txt")), { focus }),
      ).toThrow("holds only common words");
    }
    expect(summarizeStory(mill, { focus: "zebras" })).toMatchObject({ sentences: [] });
  });

  it("GIVEN a focus on a role one person holds (“the judge”) THEN that person's sentences and statements, as with their name", () => {
    const sentencing = libraryOf(moreStoryPath("harlan-fraud-sentencing.txt"));
    const paragraphs = (focus: string) =>
      summarizeStory(sentencing, { focus, length: "long" }).sentences.map((s) => s.paragraph);
    expect(paragraphs("the judge")).toEqual(paragraphs("Vasquez-Ruiz"));
  });

  it("GIVEN a topic word that is also part of someone's role, without “the” (“fire”) THEN it stays a topic", () => {
    const wildfire = libraryOf(fixturePath("ridgeline-wildfire.txt"));
    const summary = summarizeStory(wildfire, { focus: "fire", length: "long" });
    expect(summary.sentences.every((s) => /fire/i.test(s.text))).toBe(true);
  });

  it("GIVEN a person's name typed without its accent (“Gomez” for Gómez) THEN the same summary as with it", () => {
    const transit = libraryOf(moreStoryPath("millbrook-bus-lanes.txt"));
    const texts = (focus: string) =>
      summarizeStory(transit, { focus, length: "long" }).sentences.map((s) => s.text);
    expect(texts("Gomez")).toEqual(texts("Gómez"));
    expect(texts("Gomez").length).toBeGreaterThan(1);
  });

  it("GIVEN a focus sentence that leans on the one before (“She wrote that … Dr. Maren Solvang …”) THEN the sentence before comes with it, in order", () => {
    const ruling = libraryOf(moreStoryPath("dam-ruling.md"));
    const texts = summarizeStory(ruling, { focus: "Solvang" }).sentences.map((s) => s.text);
    const leaning = texts.findIndex((text) => text.startsWith("She wrote that"));
    expect(leaning).toBeGreaterThan(0);
    expect(texts[leaning - 1]).toBe("Marquardt rejected that argument.");
  });

  it("GIVEN a focus the story mentions only inside a longer quote or in a sentence that leans on the one before THEN no sentences, and the paragraphs that mention it", () => {
    const obituary = libraryOf(moreStoryPath("lotte-obit.md"));
    // ¶3: "She was still arguing with the foundry about the color of a patina," inside a quote.
    expect(summarizeStory(obituary, { focus: "patina" })).toMatchObject({
      sentences: [],
      mentionedIn: [3],
    });
    // ¶6: "Her best-known piece, "The Waiting Wife," …" leans on the sentence before it.
    expect(summarizeStory(obituary, { focus: "Waiting Wife" }).mentionedIn).toEqual([6]);
  });

  it("GIVEN a story of one paragraph THEN its summary is drawn from that paragraph", () => {
    const story = parseStory(
      "one.txt",
      "The city council voted 7-2 on Tuesday to close the Eastside pool for the winter. The pool will reopen in May, officials said. Repairs to its roof will cost about $2 million.",
    );
    const summary = summarizeStory(new StoryLibrary([story]));
    expect(summary.sentences.length).toBeGreaterThan(0);
    expect(summary.sentences.every((s) => s.paragraph === 1)).toBe(true);
    expect(summary.sentences[0]?.text).toMatch(/^The city council voted/);
  });

  it.each([
    ["coastal-marathon-heat.md", /^Organizers of the Seabright Coastal Marathon/],
    ["chip-export-rules.txt", /^The United States on Thursday/],
    ["ridgeline-wildfire.txt", /^Thousands of people fled/],
  ])(
    "GIVEN %s, whose lede opens on a dateline THEN its summary's first sentence starts after it",
    (file, opening) => {
      const summary = summarizeStory(libraryOf(fixturePath(file)));
      expect(summary.sentences[0]?.paragraph).toBe(1);
      expect(summary.sentences[0]?.text).toMatch(opening);
    },
  );

  it("GIVEN sentences cut from a longer quote THEN they are left out, and one opening on a pronoun only follows the sentence before it", () => {
    for (const file of [
      "harbor-city-budget.md",
      "coastal-marathon-heat.md",
      "ridgeline-wildfire.txt",
    ]) {
      const library = libraryOf(fixturePath(file));
      const all = library.story().body.flatMap((p) => p.sentences.map((s) => s.text));
      const chosen = summarizeStory(library, { length: "long" }).sentences.map((s) => s.text);
      chosen.forEach((text, i) => {
        expect((text.match(/"/g) ?? []).length % 2).toBe(0);
        if (/^(?:He|She|It|They|This)\b/.test(text)) {
          expect(chosen[i - 1]).toBe(all[all.indexOf(text) - 1]);
        }
      });
    }
  });
});

describe("summarizeStory: what counts as a summary sentence", () => {
  const story = parseStory(
    "storm.txt",
    [
      "A winter storm dropped 40 centimetres of snow on Ashford overnight, closing schools and the main highway, officials said on Wednesday.",
      "Crews cleared the highway by noon, and the county said schools would reopen on Thursday after roads were salted.",
      '"We had every plough out by four in the morning. The drivers worked through the night. Nobody got stuck for long," county roads chief Maria Olsen said.',
      '"This was the heaviest snowfall in the town in more than a decade," said Olsen, who has run the roads department since 2011.',
      "Snow-covered cars line Main Street in Ashford on Wednesday morning",
      "Forecasters expect another, lighter storm to reach Ashford on Saturday, with up to 10 centimetres of snow.",
    ].join("\n\n"),
  );
  const library = new StoryLibrary([story]);
  const chosen = (length: "short" | "long") =>
    summarizeStory(library, { length }).sentences.map((s) => s.text);

  it("GIVEN a photo caption (no closing full stop) THEN it is never in a summary", () => {
    expect(chosen("long").some((text) => text.startsWith("Snow-covered cars"))).toBe(false);
  });

  it("GIVEN a photo caption run into the next sentence with no full stop THEN the summary shows the sentence without the caption, verbatim", () => {
    const paragraph =
      "Ferry crews unload relief supplies at Port Alder harbour on Tuesday (pictured) The council said 300 homes on the island still had no power after the storm.";
    const library = new StoryLibrary([
      parseStory(
        "island-storm.txt",
        [
          "A storm cut power to most of Tarrow Island on Monday night and closed its only bridge to the mainland.",
          "Engineers expect to reopen the bridge by the weekend once its cables have been checked.",
          paragraph,
        ].join("\n\n"),
      ),
    ]);
    const third = summarizeStory(library).sentences.find((s) => s.paragraph === 3);
    expect(third?.text).toBe(
      "The council said 300 homes on the island still had no power after the storm.",
    );
    if (third) expectVerbatimIn(paragraph, third);
  });

  it("GIVEN a headline run into the lede that then opens on the same words THEN the summary shows the lede without the headline, verbatim", () => {
    const lede =
      "Ken Obi will reopen the Fenwick bridge after a 'long winter' Ken Obi will reopen the Fenwick bridge to traffic on Friday, the council said.";
    const library = new StoryLibrary([
      parseStory(
        "fenwick-bridge.txt",
        [
          lede,
          "The bridge has been shut since January, when ice cracked two of its supports.",
          "Drivers have taken a 40-minute detour through Port Alder since then.",
        ].join("\n\n"),
      ),
    ]);
    const first = summarizeStory(library).sentences[0];
    expect(first?.text).toBe(
      "Ken Obi will reopen the Fenwick bridge to traffic on Friday, the council said.",
    );
    if (first) expectVerbatimIn(lede, first);
  });

  it("GIVEN a photo caption with a label (“Flooded: …”) in a story run as one block THEN it is never in a summary, and a sentence after it that leans on the one before the caption still may follow that one", () => {
    const library = new StoryLibrary([
      parseStory(
        "fenwick-flood.txt",
        [
          "The river Fen burst its banks at Fenwick on Sunday night, flooding 200 homes and the town's only school.",
          "Flooded: Dana Ruiz and her son wade down Mill Lane on Monday morning after the river rose by two metres.",
          "She said the water reached her kitchen within twenty minutes of the first warning.",
          "The council has opened the sports hall for families who cannot stay in their homes.",
          "Engineers expect the river to fall by Wednesday if the rain stops.",
        ].join(" "),
      ),
    ]);
    const texts = summarizeStory(library, { length: "long" }).sentences.map((s) => s.text);
    expect(texts.some((text) => text.startsWith("Flooded:"))).toBe(false);
    const short = summarizeStory(
      new StoryLibrary([
        parseStory(
          "fenwick-flood-2.txt",
          [
            "Dana Ruiz, a nurse at Fenwick hospital, was trapped in her car for six hours when the river Fen burst its banks on Sunday night.",
            "Rescued: Dana Ruiz is helped from her car by firefighters on Mill Lane early on Monday.",
            "She said the water had reached the car's windows before the firefighters arrived.",
          ].join(" "),
        ),
      ]),
    ).sentences.map((s) => s.text);
    expect(short).toEqual([
      "Dana Ruiz, a nurse at Fenwick hospital, was trapped in her car for six hours when the river Fen burst its banks on Sunday night.",
      "She said the water had reached the car's windows before the firefighters arrived.",
    ]);
  });

  it("GIVEN a story run as one block THEN a sentence is central by the story's rarer words it shares, not by the word every sentence has", () => {
    const sentences = [
      "Fenwick council voted on Monday to close the Mill Lane bridge over the river Fen for repairs.",
      "Fenwick traders said the Mill Lane bridge closure would cost Fenwick shops their customers.",
      "Fenwick people say Fenwick looks after Fenwick, and Fenwick will get through this too.",
      "The Fenwick mayor said the repairs in Fenwick would take four months.",
      "Engineers found cracks in the Fenwick bridge in March.",
    ];
    const library = new StoryLibrary([parseStory("fenwick-bridge.txt", sentences.join(" "))]);
    const centrality = new Map(
      summaryCandidates(library, library.story()).map((c) => [c.text, c.features.centrality]),
    );
    expect(centrality.get(sentences[1] ?? "")).toBeGreaterThan(
      centrality.get(sentences[2] ?? "") ?? 1,
    );
  });

  it("GIVEN a lead whose third sentence does not fit and only a late aside that does THEN the short summary stops at two sentences rather than pad with it", () => {
    const paragraphs = [
      "Fenwick council voted on Monday night to close the Mill Lane bridge over the river Fen for at least four months after engineers found deep cracks in two of its three stone arches during a routine inspection.",
      "Drivers will have to take a twelve-mile detour through Ashby while the bridge is shut, and the council said buses would run a shuttle for people on foot.",
      "Traders on both banks of the river said the closure would cost them customers through the summer, when visitors to the Fen valley usually fill their cafes and shops.",
      "The bridge was built in 1821 and has carried traffic between the two halves of the town for two centuries without a serious repair, according to the county archive.",
      "Engineers from the county said the cracks had probably been widened by the heavy lorries that have used the bridge since the bypass was closed for roadworks in January.",
      "Council leader Dana Ruiz said the repairs would cost about £2 million and that the council would ask the government for help with the bill before the autumn.",
      "Ken Obi, who runs the bakery at the foot of the bridge, said he had already lost a third of his trade since the weight limit was lowered in the spring.",
      "A public meeting about the closure will be held in the town hall on Thursday evening, and residents have been asked to send their questions to the council beforehand.",
      "The county's last major bridge repair, on the river Orme at Castlegate, took eleven months and cost twice what the council there had first been told it would.",
      "Walkers will still be able to cross the river by the footbridge at Fenwick weir, about half a mile upstream, which the council says is safe and will stay open.",
      "Schools on the north bank said pupils who live south of the river would be collected by the shuttle buses each morning while the bridge is closed. The town's choir will sing at the summer fete in July.",
    ];
    const library = new StoryLibrary([parseStory("fenwick-bridge.txt", paragraphs.join("\n\n"))]);
    const paragraphsOf = (model = SUMMARY_MODEL) =>
      summarizeStory(library, {}, model).sentences.map((s) => s.paragraph);
    expect(paragraphsOf()).toEqual([1, 2]);
    // Without the least relevance a sentence must have, the choir would fill the third place.
    expect(paragraphsOf({ ...SUMMARY_MODEL, leastRelevance: undefined })).toEqual([1, 2, 11]);
  });

  it("GIVEN a quote that runs over three sentences THEN its middle sentence is never chosen alone", () => {
    expect(chosen("long")).not.toContain("The drivers worked through the night.");
  });

  it("GIVEN a lede that opens on a pronoun and names its subject later THEN it stands alone: nothing comes before it", () => {
    const story = parseStory(
      "lede-pronoun.txt",
      [
        "She has lived in Lisbon for a year now, and the architect Ines Varela has just won the city's prize for public housing.",
        "The jury praised her design of 120 flats on a former rail yard in the east of the city.",
        "Varela will receive 50,000 euros at a ceremony in June.",
      ].join("\n\n"),
    );
    const short = summarizeStory(new StoryLibrary([story]), { length: "short" });
    expect(short.sentences[0]?.paragraph).toBe(1);
  });

  it("GIVEN an early sentence that opens on a quotation THEN the story's own account of the news is preferred to it", () => {
    const quoteSecond = parseStory(
      "storm-quote.txt",
      [
        "A winter storm dropped 40 centimetres of snow on Ashford overnight, closing schools and the main highway, officials said on Wednesday.",
        '"The storm closed the highway and the schools, and the snow kept falling on Ashford all night," county roads chief Maria Olsen said.',
        "Crews cleared the highway by noon, and the county said schools would reopen on Thursday after roads were salted.",
        "Forecasters expect another, lighter storm to reach Ashford on Saturday, with up to 10 centimetres of snow.",
        "The town last closed its schools for snow in 2019.",
      ].join("\n\n"),
    );
    const short = summarizeStory(new StoryLibrary([quoteSecond]), { length: "short" });
    expect(short.sentences.map((s) => s.paragraph)).toEqual([1, 3, 4]);
  });
});

describe("summarizeStory: what a short summary owes its reader", () => {
  const inStory = (text: readonly string[]) =>
    new StoryLibrary([parseStory("story.txt", text.join("\n\n"))]);
  const shortOf = (library: StoryLibrary, focus?: string) =>
    summarizeStory(library, { length: "short", ...(focus ? { focus } : {}) }).sentences.map(
      (s) => s.paragraph,
    );

  it("GIVEN the bundled story WHEN summarised short THEN Iran's denial is in it, beside the trip and the warning", () => {
    const texts = summarizeStory(seed).sentences.map((s) => s.text);
    expect(texts.join(" ")).toMatch(/"baseless\."/);
  });

  it("GIVEN the bundled story WHEN summarised short THEN the trip, the US warning, the meeting with Turkey, Iran's denial and sanctions fit in 90 words, every sentence cited, the denial's circumstances left out and marked", () => {
    const summary = summarizeStory(seed, { length: "short" });
    const text = summary.sentences.map((s) => s.text).join(" ");
    expect(text).toMatch(/Putin is traveling to Tehran/);
    expect(text).toMatch(/Iran could provide Russia with drones/);
    expect(text).toMatch(
      /meetings? with (?:Iranian and Turkish officials|leaders from Iran and Turkey)/,
    );
    expect(text).toMatch(/accusations .* are "baseless\."/);
    expect(text).toMatch(/\bsanctions\b/);
    for (const sentence of summary.sentences) {
      expect(sentence.attribution).toMatchObject({
        outlet: "Fox News",
        paragraph: sentence.paragraph,
      });
    }
    expect(words(summary.sentences)).toBeLessThanOrEqual(SUMMARY_TARGETS.short.words);
    const denial = summary.sentences.find((s) => s.text.includes("baseless"));
    expect(denial?.text).toContain("said … that");
    expect(denial?.wholeSentence).toContain("said in a phone call with his Ukrainian counterpart");
  });

  it("GIVEN a story of an accusation, its denial and, later, what it may cost (a penalty, a lawsuit) THEN the short summary gives all three", () => {
    const wells = libraryOf(moreStoryPath("calder-falls-well-contamination.txt"));
    const texts = summarizeStory(wells).sentences.map((s) => s.text);
    expect(texts[0]).toMatch(/accused a fertilizer manufacturer of contaminating/);
    expect(texts.some((text) => /denied that its ponds were the source/.test(text))).toBe(true);
    expect(texts.some((text) => /filed a lawsuit|civil penalty/.test(text))).toBe(true);
  });

  it.each([
    ["ashgrove-stadium-financing.txt", /force a citywide referendum/],
    ["harwick-commuter-derailment.txt", /issued an emergency order/],
  ])(
    "GIVEN %s, whose later paragraphs say what follows from the news THEN the short summary says it",
    (file, stakes) => {
      const texts = summarizeStory(libraryOf(moreStoryPath(file))).sentences.map((s) => s.text);
      expect(texts.filter((text) => stakes.test(text))).toHaveLength(1);
    },
  );

  it("GIVEN a denial too long to fit beside the lede THEN the lede is still in: the news comes before its other side", () => {
    const quarry = inStory([
      "Residents of Millbrook accused the Corran Stone company on Monday of blasting at its quarry outside the permitted hours for most of the summer, cracking walls and windows in dozens of homes on the edge of the village.",
      "Corran Stone denied that any blast had taken place outside the hours set by the county, and its managing director, Ruth Ellery, said in a long statement that the company's own records, checked by an independent engineer, showed every blast since May had been fired between ten in the morning and four in the afternoon, as its permit requires.",
      "The county council said it would send an inspector to the quarry next week.",
      "A meeting for residents will be held at the village hall on Thursday evening.",
    ]);
    expect(shortOf(quarry)[0]).toBe(1);
  });

  it("GIVEN a denial that is owed and a long sentence on what is at stake that would leave it no room THEN the denial comes first", () => {
    const doping = libraryOf(moreStoryPath("marchbank-marathon-doping.txt"));
    const texts = summarizeStory(doping).sentences.map((s) => s.text);
    expect(texts.some((text) => /Marchbank denied ever knowingly taking/.test(text))).toBe(true);
    expect(words(summarizeStory(doping).sentences)).toBeLessThanOrEqual(90);
  });

  const fraud = [
    "A former county treasurer was charged on Monday with stealing $1.8 million from a fund for retired teachers, and faces up to 20 years in prison if convicted, prosecutors in Dunmore County said.",
    "Prosecutors said the former treasurer moved money from the fund into accounts he controlled over six years and used it to buy a lake house and two boats.",
    "Glenn Haverly's lawyer, Ruth Ann Sorel, said her client would plead not guilty and asked the public not to rush to judgment.",
    "The fund's board said it had hired an outside auditor to review every transfer made since 2018 and would report its findings to members.",
    "Retired teachers who rely on the fund said they were stunned by the charges and worried about their monthly payments.",
    "The county could face a lawsuit from the teachers' union if any payments are missed, the union's president said.",
  ];

  it("GIVEN a lede that already says what is at stake THEN no later sentence is favoured for it; without it in the lede, the later one is", () => {
    const union = /could face a lawsuit/;
    const withStakesInLede = summarizeStory(inStory(fraud)).sentences.map((s) => s.text);
    expect(withStakesInLede.some((text) => union.test(text))).toBe(false);
    const plainLede = [
      "A former county treasurer moved $1.8 million from a fund for retired teachers into his own accounts over six years, an audit released on Monday by Dunmore County found.",
      ...fraud.slice(1),
    ];
    const withoutIt = summarizeStory(inStory(plainLede)).sentences.map((s) => s.text);
    expect(withoutIt.some((text) => union.test(text))).toBe(true);
  });

  it("GIVEN a penalty the story puts in an earlier year (someone's record) THEN it is not what is at stake, and the lead keeps its place; put in no year, it is", () => {
    const ferry = (penalty: string) => [
      "A Port Alder ferry captain was arrested on Saturday after his boat struck a harbour wall while carrying 40 passengers, injuring six of them, police said.",
      "Ken Obi, 52, who has skippered the Alder Queen for 11 years, was breath-tested at the quay and found to be over the limit, officers said.",
      "Four of the injured passengers were taken to Port Alder General Hospital with broken bones and are in a stable condition.",
      "The ferry's owner, Dana Ruiz, said the company had suspended all crossings until the hull was inspected.",
      penalty,
      "Harbour officials said the quay would stay closed to the public for the rest of the week.",
    ];
    for (const dated of [
      "Obi was fined £400 in March 2019 for sailing without working navigation lights.",
      "Obi was fined £400 in 2019 for sailing without working navigation lights.",
    ]) {
      expect(shortOf(inStory(ferry(dated)))).toEqual([1, 2, 3]);
    }
    const undated = "Obi was fined £400 for sailing without working navigation lights.";
    expect(shortOf(inStory(ferry(undated)))).toEqual([1, 2, 5]);
  });

  it("GIVEN a sentence whose meaning hangs on a pronoun with no name in it (“The species is named in his honor.”) THEN it is shown only with the sentence before it", () => {
    const fossil = libraryOf(moreStoryPath("corvisaurus-quarry-fossil.txt"));
    for (const length of ["short", "medium", "long"] as const) {
      const texts = summarizeStory(fossil, { length }).sentences.map((s) => s.text);
      const honor = texts.indexOf("The species is named in his honor.");
      if (honor >= 0) expect(texts[honor - 1]).toMatch(/was discovered in 2019 by Dale Ruskin/);
    }
  });

  const ferry = [
    "The last car ferry across the Tamsin River made its final crossing on Sunday after 88 years, ending a service that generations of farmers, commuters and schoolchildren in Harrow County relied on before the new Marsh Point bridge opened a mile downstream this fall.",
    "Ferry captain Walt Osgood, who piloted the Lady Ellen for 31 years, said in a long interview on the landing before the last crossing on Sunday that the county board had broken a promise to keep the boat running for cyclists and walkers.",
    "The county board voted in June to sell the ferry, the Lady Ellen, to a museum in Ohio, saying it lost about $400,000 a year.",
    "About 300 people lined the landing to watch the boat leave.",
  ];

  it("GIVEN a sentence that fits only without its aside THEN it is shown without it, marked “…”, and its whole text comes with it", () => {
    const summary = summarizeStory(inStory(ferry), { length: "short" });
    expect(words(summary.sentences)).toBeLessThanOrEqual(SUMMARY_TARGETS.short.words);
    const captain = summary.sentences.find((s) => s.text.includes("Osgood"));
    expect(captain?.text).toBe(
      "Ferry captain Walt Osgood, who piloted the Lady Ellen for 31 years, said … that the county board had broken a promise to keep the boat running for cyclists and walkers.",
    );
    expect(captain?.wholeSentence).toBe(ferry[1]);
    for (const sentence of summary.sentences) {
      expectVerbatimIn(ferry[sentence.paragraph - 1] ?? "", sentence);
    }
  });

  it("GIVEN sentences that fit whole THEN none is shortened", () => {
    const summary = summarizeStory(inStory(ferry), { length: "long" });
    expect(summary.sentences.length).toBe(4);
    for (const sentence of summary.sentences) {
      expect(sentence.wholeSentence).toBeUndefined();
      expect(sentence.text).toBe(ferry[sentence.paragraph - 1]);
    }
  });

  it("GIVEN a story that accuses someone and later prints their denial THEN the short summary gives the denial", () => {
    const crew = libraryOf(moreStoryPath("chile-peru-crew.md"));
    const texts = summarizeStory(crew).sentences.map((s) => s.text);
    expect(texts.some((text) => /rejected the accusation/.test(text))).toBe(true);
  });

  const regulator = [
    "The city's transit regulator fined Lakeshore Buses $2 million on Monday for running vehicles that had failed safety inspections, the largest penalty in the agency's history.",
    "Inspectors found worn brakes on 14 buses and cracked windshields on nine more during checks in March and April, the regulator said in its order.",
    "The company now has 30 days to pay the fine or ask for a hearing, and its licence could be suspended if it does neither.",
    "Lakeshore Buses disputed the findings and said every vehicle in its fleet had passed an independent inspection in May.",
    "A spokeswoman for the mayor declined to comment on the fine.",
    "Riders have complained about breakdowns on the company's routes for more than a year.",
  ];

  it.each([
    ["hallamford-maternity.txt", /^Campaigners said the closure/],
    ["state-budget.md", /voted against the budget/],
    ["cedar-falls-trial.txt", /^Delaney has pleaded not guilty\.$/],
  ])(
    "GIVEN %s, whose other side opposes without denying (campaigners, a vote against, a plea) THEN the short summary gives it",
    (file, otherSide) => {
      const texts = summarizeStory(libraryOf(moreStoryPath(file))).sentences.map((s) => s.text);
      expect(texts.filter((text) => otherSide.test(text))).toHaveLength(1);
    },
  );

  it("GIVEN a lede with someone accusing and their own later denial THEN that denial is not taken for the other side", () => {
    const ferry = [
      "Harbor City's council rejected a plan for a new ferry terminal on Tuesday, leaving the project's backer, developer Nadia Osei, accusing council members of bowing to a handful of wealthy residents.",
      "The vote was 6-3 after a four-hour hearing.",
      "The terminal would have added four daily crossings to Port Ellis and cost $42 million, most of it from federal grants.",
      "Council member Ray Dunmore said the terminal's parking lot would have flooded a wetland that shelters migrating birds.",
      "Residents of the Bayview neighborhood had packed three hearings to speak about the plan.",
      "The city's planning staff had recommended approval last spring.",
      "Osei said she would look for another site on the waterfront.",
      "Osei denied that she had tried to pressure council members with campaign donations.",
    ];
    expect(shortOf(inStory(ferry))).not.toContain(8);
    // The same denial by someone the lede does not have accusing is the other side.
    const byOther = ferry.map((text) => text.replace("Osei denied", "Dunmore denied"));
    expect(shortOf(inStory(byOther))).toContain(8);
  });

  it("GIVEN a quote of several sentences in single marks (British style) THEN no sentence is cut out of it", () => {
    const high = inStory([
      "Thornley council will close two of the town's three car parks in the spring to make way for 120 new homes, it confirmed on Monday.",
      "'Thornley's high street has lost 14 shops in two years. The car parks are what keep the rest of us open. Close them and you close the high street,' said Ms Janet Royle, who chairs the traders' association.",
      "The council said the homes were needed to meet a government target and that a new bus route would serve the town centre.",
      "Shoppers will still be able to park at the leisure centre, a ten-minute walk from the high street.",
      "The plans go before the planning committee in January.",
    ]);
    const sentences = summarizeStory(high, { length: "long" }).sentences.map((s) => s.text);
    expect(sentences.length).toBeGreaterThan(2);
    for (const piece of high.story().body[1]?.sentences ?? [])
      expect(sentences).not.toContain(piece.text);
  });

  it("GIVEN a union that vows to fight a closure THEN the short summary gives the union's side", () => {
    const plant = inStory([
      "Marlow Foods said on Wednesday it will close its bakery in Eastfield by March, cutting 640 jobs, as sales of packaged bread keep falling.",
      "The company will move production to its plants in Dayton and Fort Wayne.",
      "Marlow's shares rose 3% after the announcement.",
      "The bakery, which opened in 1961, is the largest private employer in Eastfield.",
      "Chief Executive Laura Brandt said the decision had been the hardest of her eight years in the job.",
      "Sales of packaged bread have fallen for six straight years as shoppers switch to in-store bakeries.",
      "The company also lowered its forecast for the year.",
      "The bakers' union, which represents 500 of the workers, said it would fight the closure in court.",
    ]);
    expect(shortOf(plant)).toContain(8);
  });

  it("GIVEN focus on a person whose surname is another person's first name (Wesley Tom, Tom Ruiz) THEN only the first one's sentences", () => {
    const springs = inStory([
      "A lithium mine in central Nevada has drained two desert springs that are home to a rare fish, a study published on Wednesday found.",
      "The study's co-author, Tom Ruiz, a hydrologist at the University of Nevada, said the wells had lowered the water table by almost two meters since 2021.",
      "Wesley Tom, chairman of the Timbisha Valley Tribe, said the springs had been sacred to his people for centuries.",
      "Wesley Tom said the tribe would ask the state for a public hearing on the mine's water permits.",
      "The mine's owner, Basin Lithium, disputed the findings.",
    ]);
    const paragraphs = summarizeStory(springs, {
      focus: "Wesley Tom",
      length: "long",
    }).sentences.map((s) => s.paragraph);
    expect(paragraphs).toEqual([3, 4]);
  });

  it("GIVEN “as opposed to” THEN no other side is read into it", () => {
    const zoo = inStory([
      "The city zoo will open a new elephant house in May, doubling the space its three elephants have to roam.",
      "The building cost $14 million and was paid for by private donors.",
      "Visitors will be able to watch the elephants from a raised walkway.",
      "The zoo expects 20,000 more visitors a year.",
      "Its old elephant house, built in 1958, will be torn down.",
      "The zoo's director said the new house met every current welfare guideline.",
      "A survey of members found that elephants were the animals they most wanted to see.",
      "Keepers said the herd would live in family groups, as opposed to the single pens of the old house.",
    ]);
    const instead = inStory(
      zoo.story().body.map((p) => p.text.replace("as opposed to", "instead of")),
    );
    expect(shortOf(zoo)).toEqual(shortOf(instead));
  });

  it("GIVEN a regulator's penalty and, fourth, the company disputing it THEN the dispute is in the short summary", () => {
    expect(shortOf(inStory(regulator))).toContain(4);
  });

  it("GIVEN a dispute by someone the story introduces only near its end THEN the dispute and its introduction do not push out the charge", () => {
    const hearing = inStory([
      "Deputies removed Darren Kell from a courtroom in Ashford on Thursday after the 31-year-old murder suspect shouted at a judge and kicked over a chair.",
      "Kell is charged with killing a warehouse supervisor last month at a distribution center on the edge of the city.",
      "Police arrested Kell two days after the shooting at a motel near the state line, where a clerk had recognized him from news reports.",
      "Just minutes into the hearing, Kell interrupted the judge when he was offered a court-appointed lawyer.",
      '"I don\'t need one," Kell said, before deputies pulled him back to his seat.',
      "Deputies led Kell back into the courtroom about 20 minutes later with his hands cuffed behind him.",
      "When the judge asked again whether he wanted a public defender, Kell answered quietly that he did.",
      "In a jailhouse interview with a local television station, Kell said he had no regrets and accused the supervisor of lying about his attendance.",
      "Kell had worked at the center for eight months before he was fired in August, according to company records.",
      "The supervisor, Marta Jensen, had worked at the distribution center for 11 years and was training for her first marathon.",
      "Jensen's family has described those accusations as untrue and cruel.",
    ]);
    // A response that brings its introduction takes two of the three places.
    expect(shortOf(hearing)).toContain(2);
    expect(shortOf(hearing)).not.toContain(10);
  });

  it("GIVEN a story that leads with the denial THEN no second denial is favoured", () => {
    const led = inStory([
      "Greece denied on Monday that it would miss a loan repayment due to the International Monetary Fund next week.",
      "The deputy finance minister said the payment of 450 million euros would be made in full and on time.",
      "Greek banks have lost deposits for five months in a row as savers move money abroad.",
      "Talks with creditors on the next tranche of bailout money resume on Wednesday in Brussels.",
      "Unemployment in Greece stands at 26 percent, the highest in the eurozone.",
      "Officials in Athens have repeatedly denied reports that the country is running out of cash.",
    ]);
    expect(shortOf(led)).not.toContain(6);
  });

  it("GIVEN a story that opens on a short teaser naming no one and nothing THEN the short summary starts at the news after it", () => {
    const harbour = [
      "Few sights lift a town like a fresh coat of paint.",
      "Volunteers in Port Alder repainted the 400-metre harbour wall on Saturday, covering 30 years of graffiti in sea-blue paint donated by Dana Ruiz's hardware shop.",
      "The council had priced the job at 45,000 pounds and shelved it twice since 2019.",
      "Harbour master Ken Obi said the wall had not looked so good in his lifetime.",
    ];
    expect(shortOf(inStory(harbour))).toEqual([2, 3, 4]);
    // A short first sentence that names someone or gives a figure is the news.
    const named = ["Ken Obi has retired after 40 years.", ...harbour.slice(1)];
    expect(shortOf(inStory(named))[0]).toBe(1);
  });

  it("GIVEN “… declined to comment.” THEN it never takes a short summary's room", () => {
    expect(shortOf(inStory(regulator))).not.toContain(5);
    expect(
      summarizeStory(inStory(regulator), { length: "long" }).sentences.map((s) => s.paragraph),
    ).not.toContain(5);
  });

  const profile = [
    "Rosa Ibarra has swept the floors of the Delmont public library every night for 31 years, and on Friday the city named its new reading room after her.",
    "The ceremony drew more than 200 people, many of them former students Ibarra helped with homework after hours.",
    "Mayor Daniel Whitfield called the naming long overdue and said the city should have honored her years ago.",
    "Ibarra says she will keep working until the library closes for renovation next spring.",
  ];

  it.each([
    "chile-peru-crew.md",
    "portland-crash.txt",
    "rovers-derby.txt",
    "dam-ruling.md",
    "marlow-county-executive.txt",
    "harlan-fraud-sentencing.txt",
  ])(
    "GIVEN %s THEN every summary sentence that names someone only by surname or title comes with the sentence that says who they are",
    (file) => {
      const library = libraryOf(moreStoryPath(file));
      const story = library.story();
      const { people } = library.statementsOf(story);
      const sentences = story.body.flatMap((p) => p.sentences.map((s) => s.text));
      const prints = (text: string, words: string) =>
        new RegExp(
          `(?<![\\p{L}])${words.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`,
          "u",
        ).test(text);
      for (const length of ["short", "medium", "long"] as const) {
        const chosen = summarizeStory(library, { length }).sentences.map((s) => s.text);
        for (const text of chosen) {
          for (const person of people) {
            const byAliasOnly =
              !prints(text, person.name) && person.aliases.some((alias) => prints(text, alias));
            const introduction = sentences.find((s) => prints(s, person.name));
            if (!byAliasOnly || !introduction) continue;
            if (sentences.indexOf(introduction) > sentences.indexOf(text)) continue;
            // The lede is shown without its dateline.
            const shown = chosen.some((c) => introduction.endsWith(c));
            expect(shown, `${length}: "${text}" needs "${introduction}"`).toBe(true);
          }
        }
      }
    },
  );

  it.each(["state-budget.md", "dam-ruling.md", "harlan-fraud-sentencing.txt", "lotte-obit.md"])(
    "GIVEN %s and a focus on each person in it THEN no sentence is shown twice (one chosen for itself, once as another's context)",
    (file) => {
      const library = libraryOf(moreStoryPath(file));
      for (const person of library.statementsOf(library.story()).people) {
        for (const length of ["short", "medium", "long"] as const) {
          const { sentences } = summarizeStory(library, { length, focus: person.name });
          const shown = sentences.map((s) => `${s.paragraph}:${s.text}`);
          expect(new Set(shown).size, `${person.name}, ${length}`).toBe(shown.length);
        }
      }
    },
  );

  it("GIVEN a denial by someone named by surname, introduced in a quote before it THEN the denial comes with its introduction", () => {
    const audit = inStory([
      "State auditors said Monday that the Brightwater children's charity could not account for $1.4 million in donations over three years.",
      "The audit found that board members approved payments to a consulting firm owned by the charity's treasurer.",
      '"We did nothing wrong, and we will show that," said Dana Whitfield, the charity\'s director.',
      "Whitfield denied that any money had been diverted and said the charity would publish its own accounts.",
      "The attorney general's office said it was reviewing the findings.",
      "The charity runs after-school programs in four counties.",
    ]);
    const chosen = shortOf(audit);
    expect(chosen).toContain(4);
    expect(chosen).toContain(3);
  });

  it("GIVEN a focus on a person THEN sentences naming them by surname are theirs to show", () => {
    expect(shortOf(inStory(profile), "Ibarra")).toContain(4);
  });

  it("GIVEN a bare quote in single marks (British style) THEN it is not used alone: it leans on its speaker", () => {
    const british = inStory([
      "A maternity unit in Hallamford will stop admitting women overnight from next month, the NHS trust that runs it said.",
      "Dr Amara Singh, the trust's clinical lead for maternity, said midwives were working double shifts.",
      "'That isn't sustainable, and it isn't safe.'",
      "Women in labour will be sent to Doncaster, 23 miles away, between 8pm and 8am.",
    ]);
    expect(shortOf(british)).not.toContain(3);
  });
});

describe("/summary in the console", () => {
  it("GIVEN /summary length:short --json THEN results are its sentences in story order with text, paragraph, story and attribution", async () => {
    const { runCli } = await import("../cli/runCli.js");
    const { stdout, code } = await runCli(["console", "--json"], {
      input: "/summary length:short\n/summary focus:bitcoin\n",
    });
    expect(code).toBe(0);
    const [answer, refusal] = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(answer.command).toBe("summary");
    expect(answer.input).toEqual({ length: "short" });
    expect(answer.results[0]).toMatchObject({ story: "putin-visits-tehran", paragraph: 1 });
    expect(
      answer.results.every((r: { text: string; attribution: unknown }) => r.text && r.attribution),
    ).toBe(true);
    // A sentence shortened to fit carries its whole text.
    const shortened = answer.results.find((r: { text: string }) => r.text.includes("…"));
    expect(shortened?.wholeSentence).toMatch(/^But Iran's Foreign Minister .* "baseless\."$/);
    expect(refusal).toEqual({ command: "summary", input: { focus: "bitcoin" }, results: [] });
  });

  it("GIVEN /summary focus:bitcoin, a focus the story never mentions THEN it says so, as an answer, and exits 0", async () => {
    const { runCli } = await import("../cli/runCli.js");
    const { stdout, code } = await runCli(["summary", "focus:bitcoin"]);
    expect(code).toBe(0);
    expect(stdout).toBe(
      'The story does not mention "bitcoin". Try another topic or person, or no focus.\n',
    );
  });

  it("GIVEN /summary focus:patina on a story that has it only inside a quote THEN it names the paragraph to read, never “does not mention”", async () => {
    const { runCli } = await import("../cli/runCli.js");
    const { stdout, code } = await runCli([
      "summary",
      "focus:patina",
      "story:lotte-obit",
      "--corpus",
      moreStoryPath("lotte-obit.md").replace(/\/[^/]+$/, ""),
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('The story mentions "patina" only inside longer quotes');
    expect(stdout).toContain("¶3. Read it with /excerpt 3.");
  });

  it("GIVEN /summary focus:Sullivan --json THEN a top-level `quoted` names him with his role", async () => {
    const { runCli } = await import("../cli/runCli.js");
    const { stdout } = await runCli(["summary", "focus:Sullivan", "--json"]);
    expect(JSON.parse(stdout).quoted).toEqual([
      { name: "Jake Sullivan", role: "White House national security adviser", kind: "person" },
    ]);
  });
});

describe("a sentence whose “it” stands for a thing of the sentence before", () => {
  const ferry = new StoryLibrary([
    parseStory(
      "gull-island-ferry.md",
      [
        "PORT ALDER — The county suspended all ferry crossings to Gull Island on Thursday after an engine fire forced 212 passengers to evacuate the Marigold, officials said.",
        'County Executive Ken Obi called the suspension "a painful but necessary step" and promised that crossings would resume once every vessel had been inspected.',
        "Obi's deputy, Tom Vance, told reporters the inspections could take two weeks.",
        "The county plans to run a free bus service along the causeway while the ferries are idle. Obi wants the state to pay for it.",
      ].join("\n\n"),
    ),
  ]);
  const budget = new StoryLibrary([
    parseStory(
      "senate-budget.txt",
      [
        "SALEM, Ore. (AP) — The Oregon Senate passed a $31 billion budget early Friday after an all-night session, sending it to the House with two days left before a government shutdown.",
        "The vote was 16-14. Three Democrats joined all Republicans in voting against it, according to the Senate clerk.",
        'Senate President Dana Ruiz said the budget "keeps every school open and every nurse paid." Republicans said it spent too much.',
        "The House is expected to vote on Saturday.",
      ].join("\n\n"),
    ),
  ]);

  it("GIVEN “Obi wants the state to pay for it.” after the bus service it means, or “Republicans said it spent too much.” THEN a summary shows it only right after that sentence", () => {
    const cases = [
      { library: ferry, leaning: "Obi wants the state to pay for it.", focus: "Obi" },
      { library: ferry, leaning: "Obi wants the state to pay for it.", focus: undefined },
      { library: budget, leaning: "Republicans said it spent too much.", focus: undefined },
      { library: budget, leaning: "Three Democrats joined all Republicans", focus: undefined },
    ];
    for (const { library, leaning, focus } of cases) {
      for (const length of ["short", "medium", "long"] as const) {
        const texts = summarizeStory(library, {
          length,
          ...(focus ? { focus } : {}),
        }).sentences.map((sentence) => sentence.text);
        const at = texts.findIndex((text) => text.startsWith(leaning));
        if (at < 0) continue;
        const story = library.story();
        const sentences = story.body.flatMap((p) => p.sentences.map(({ text }) => text));
        const before = sentences[sentences.findIndex((text) => text.startsWith(leaning)) - 1];
        expect(texts[at - 1], `${length} ${focus ?? ""}`).toBe(before);
      }
    }
  });
});

describe("/summary's Quoted line", () => {
  it("GIVEN “two EU officials said” and later “the officials said” THEN the group is quoted once, by its fuller name", () => {
    const eu = libraryOf(moreStoryPath("eu-trading-book-delay.txt"));
    for (const length of ["medium", "long"] as const) {
      const names = summarizeStory(eu, { length }).quoted.map((speaker) => speaker.name);
      expect(names).toContain("two EU officials");
      expect(names).not.toContain("officials");
    }
  });
});

describe("a story near the size limit", () => {
  it("GIVEN its statements read WHEN it is summarised at each length THEN no summary takes two seconds", () => {
    const library = new StoryLibrary([
      parseStory("harbour-year.txt", longStory(MAX_STORY_BYTES - 2048)),
    ]);
    library.statementsOf(library.story());
    for (const length of ["short", "medium", "long"] as const) {
      const started = performance.now();
      const summary = summarizeStory(library, { length });
      // Centrality compared every pair of its 2,400 sentences: 5 s a summary. The first summary
      // now takes 0.68–0.87 s alone on a two-core machine, and took 1.22 s in a full test run
      // (files in parallel), so the bound is 2 s.
      expect(performance.now() - started).toBeLessThan(2000);
      expect(summary.sentences.length).toBeGreaterThan(0);
    }
  }, 60_000);
});
