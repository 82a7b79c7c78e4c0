import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_QUOTE_LENGTH, whoSaid } from "../../src/answers/whoSaid.js";
import { UserFacingError } from "../../src/errors.js";
import { parseStory } from "../../src/story/parseStory.js";
import { StoryLibrary } from "../../src/storyLibrary.js";
import { plainQuestion } from "../../src/text/plainQuestion.js";
import { fixturePath, libraryOf, SEED_STORY } from "../helpers.js";

const seed = libraryOf(SEED_STORY);
const libraries = {
  seed,
  budget: libraryOf(fixturePath("harbor-city-budget.md")),
  chips: libraryOf(fixturePath("chip-export-rules.txt")),
  marathon: libraryOf(fixturePath("coastal-marathon-heat.md")),
  wildfire: libraryOf(fixturePath("ridgeline-wildfire.txt")),
};
const speakerOf = (quote: string, library = seed) =>
  whoSaid(library, quote).statements[0]?.speaker.name;

describe("whoSaid on words that are all common ones", () => {
  const plant = new StoryLibrary([
    parseStory(
      "plant.txt",
      [
        "Findlay's mayor, Chris Novak, said the city would survive the closure of its largest factory.",
        '"We\'ve been through this before," Novak said. "We don\'t quit."',
      ].join("\n\n"),
    ),
  ]);

  it.each(["we have been through this before", "we do not quit"])(
    "GIVEN %j, printed contracted THEN its speaker",
    (typed) => {
      expect(speakerOf(typed, plant)).toBe("Chris Novak");
    },
  );
});

describe("whoSaid on the bundled story", () => {
  it("GIVEN “baseless” WHEN asking who said it THEN Hossein Amirabdollahian, Iran's Foreign Minister, in ¶9, with “baseless” highlighted", () => {
    const { statements, narration } = whoSaid(seed, "baseless");
    expect(narration).toBeUndefined();
    const [best] = statements;
    expect(best).toMatchObject({
      story: "putin-visits-tehran",
      paragraph: 9,
      kind: "partial",
      speaker: { name: "Hossein Amirabdollahian", role: "Iran's Foreign Minister" },
    });
    expect(best?.text).toContain('"baseless."');
    const marked = best?.highlights.map(([start, end]) => best.text.slice(start, end));
    expect(marked).toEqual(["baseless"]);
  });

  it("GIVEN a statement THEN its attribution names the story, paragraph and outlet", () => {
    const [best] = whoSaid(seed, "baseless").statements;
    expect(best?.attribution).toMatchObject({
      story: "putin-visits-tehran",
      outlet: "Fox News",
      contributors: ["Ben Evansky", "Caitlin McFall", "The Associated Press"],
      paragraph: 9,
    });
  });

  it("GIVEN reported speech (“Putin will attend a trilateral meeting”) THEN Dmitry Peskov, ¶2", () => {
    const [best] = whoSaid(seed, "Putin will attend a trilateral meeting").statements;
    expect(best).toMatchObject({
      paragraph: 2,
      kind: "reported",
      speaker: { name: "Dmitry Peskov", role: "Kremlin spokesman" },
    });
  });

  it("GIVEN a fragment with a typo (“conective nodes between Tehran and Moscow”) THEN Behnam Ben Taleblu, ¶13", () => {
    const [best] = whoSaid(seed, "conective nodes between Tehran and Moscow").statements;
    expect(best?.speaker.name).toBe("Behnam Ben Taleblu");
    expect(best?.paragraph).toBe(13);
    expect(best?.text).toContain("connective nodes");
  });

  it("GIVEN the second half of a quote split by its attribution THEN the speaker is the one named between the halves", () => {
    expect(speakerOf("This suggests ongoing Russian interest")).toBe("Jake Sullivan");
    expect(speakerOf("So this is something that we'll continue to monitor")).toBe("Ned Price");
  });

  it.each([
    ["Biden's visit to occupied Palestine", "Biden’s visit to occupied Palestine"],
    ["we'll continue to monitor", "we’ll continue to monitor"],
  ])(
    "GIVEN straight (%j) and curly (%j) apostrophes THEN the same speaker and statement",
    (straight, curly) => {
      const a = whoSaid(seed, straight).statements[0];
      const b = whoSaid(seed, curly).statements[0];
      expect(a).toBeDefined();
      expect(a?.speaker).toEqual(b?.speaker);
      expect(a?.paragraph).toBe(b?.paragraph);
    },
  );

  it("GIVEN words typed with their quote marks (“trouble for Washington”) THEN the marks do not matter", () => {
    expect(speakerOf("“trouble for Washington”")).toBe("Behnam Ben Taleblu");
    expect(speakerOf('"trouble for Washington"')).toBe("Behnam Ben Taleblu");
  });

  it("GIVEN “the earth is flat” THEN no statement and no narration: no one in the story said it", () => {
    expect(whoSaid(seed, "the earth is flat")).toEqual({ statements: [] });
  });

  it.each([
    "Russia has already paid Iran for the drones",
    "Erdogan will skip the meeting in Tehran",
    "Saudi Arabia will join sanctions against Russia",
  ])(
    "GIVEN a claim on the story's topic that no one in it made (%j) THEN no speaker is named",
    (claim) => {
      expect(whoSaid(seed, claim).statements).toEqual([]);
    },
  );

  it("GIVEN the reporter's own words (“Iran has supplied UAVs to its Middle Eastern allies”) THEN no speaker, and the narration is ¶11", () => {
    const { statements, narration } = whoSaid(
      seed,
      "Iran has supplied UAVs to its Middle Eastern allies",
    );
    expect(statements).toEqual([]);
    expect(narration).toMatchObject({ story: "putin-visits-tehran", paragraph: 11, exact: true });
    expect(narration?.text).toMatch(/^Iran has supplied UAVs to its Middle Eastern allies/);
    expect(narration?.attribution).toMatchObject({ paragraph: 11, outlet: "Fox News" });
  });

  it.each([
    ["Russia is not interested in Iranian UAVs", "seed"],
    ["Iranian drones are being acquired by Russia for war against Ukraine", "seed"],
    ["the budget fixes the structural gap", "budget"],
    ["the tax increase was necessary", "budget"],
    ["people can be rebuilt", "wildfire"],
  ] as const)(
    "GIVEN the words of a statement with the opposite sense (%j) THEN no one is named: no one said that",
    (claim, story) => {
      expect(whoSaid(libraries[story], claim).statements).toEqual([]);
    },
  );

  it.each([
    ["the budget fixes the structural gap", "budget", "Howard Tsai", "does not fix"],
    ["people can be rebuilt", "wildfire", "Maria Alvarez", "People can’t"],
  ] as const)(
    "GIVEN the words of a statement with the opposite sense (%j) THEN the statement that says otherwise, with its speaker",
    (claim, story, speaker, negation) => {
      const { opposite } = whoSaid(libraries[story], claim);
      expect(opposite?.speaker.name).toBe(speaker);
      expect(opposite?.text).toContain(negation);
    },
  );

  it("GIVEN words quoted in the story whose speaker is not read THEN their paragraph, and no name", () => {
    const story = parseStory(
      "breach.txt",
      'The server, "basically an open door" by the notice\'s account, was taken offline in March.',
    );
    const answer = whoSaid(new StoryLibrary([story]), "basically an open door");
    expect(answer.statements).toEqual([]);
    expect(answer.unattributed).toMatchObject({ paragraph: 1 });
    expect(answer.unattributed?.text).toContain('"basically an open door"');
  });

  it("GIVEN quoted words whose speaker the story only describes (“a Pulsewell engineer wrote …”) THEN the description is the speaker, without the sentence's opening", () => {
    const story = parseStory(
      "breach.txt",
      'According to the notice, a Pulsewell engineer wrote in an internal message in November 2023 that the server was "basically an open door" and asked for it to be taken offline.',
    );
    const answer = whoSaid(new StoryLibrary([story]), "basically an open door");
    expect(answer.statements[0]?.speaker.name).toBe("a Pulsewell engineer");
    expect(answer.statements[0]?.cue).toBe("wrote");
  });

  it("GIVEN a claim after a double negative (“There is no question …”, “We can't deny that …”) THEN its speaker said it", () => {
    const story = parseStory(
      "fed.txt",
      'Federal Reserve Chair Jerome Powell spoke on Tuesday.\n\n"There is no question the economy is recovering," Powell said. "We can\'t deny that inflation is still too high."',
    );
    const library = new StoryLibrary([story]);
    for (const words of ["the economy is recovering", "inflation is still too high"])
      expect(whoSaid(library, words).statements[0]?.speaker.name).toBe("Jerome Powell");
  });

  it.each([
    ['"Nobody is saying Mrs. Hartwell is lying," Marsh said.', "Mrs. Hartwell is lying"],
    [
      "Salaverry denied that Peru was holding the crew as leverage.",
      "Peru was holding the crew as leverage",
    ],
  ])(
    "GIVEN %j THEN “%s” is what the speaker said otherwise, not what they said",
    (sentence, words) => {
      const story = parseStory(
        "trial.txt",
        `Defense attorney Lydia Marsh and Foreign Minister Ricardo Salaverry spoke on Tuesday.\n\n${sentence}`,
      );
      const answer = whoSaid(new StoryLibrary([story]), words);
      expect(answer.statements).toEqual([]);
      expect(answer.opposite).toBeDefined();
    },
  );

  it("GIVEN a name in quotes (“Operation Warp Speed”) THEN no “the story quotes these words”: a title is not speech", () => {
    const story = parseStory(
      "vaccine.txt",
      'The program, known as "Operation Warp Speed," was announced in May.',
    );
    expect(whoSaid(new StoryLibrary([story]), "Operation Warp Speed").unattributed).toBeUndefined();
  });

  it("GIVEN words no statement holds, in either sense THEN nothing said otherwise either", () => {
    expect(whoSaid(libraries.budget, "the marathon was cancelled").opposite).toBeUndefined();
  });

  it.each([
    ["not trying to cut anyone off", "Margaret Lindqvist"],
    ["trying to cut anyone off from the global economy", "Margaret Lindqvist"],
    ["it does not fix the structural gap", "Howard Tsai"],
  ] as const)(
    "GIVEN words copied from a statement, its negation in or out (%j) THEN its speaker",
    (fragment, speaker) => {
      const library = fragment.includes("gap") ? libraries.budget : libraries.chips;
      expect(speakerOf(fragment, library)).toBe(speaker);
    },
  );

  it("GIVEN a paraphrase next to a quote by the same person (“she had trained…”, then “I looked a bit mad…”) THEN they are never shown as one quote", () => {
    const answer = whoSaid(libraries.marathon, "it paid off");
    for (const statement of answer.statements) {
      expect(statement.text).not.toContain("she had trained");
    }
    expect(answer.statements[0]?.speaker.name).toBe("Zoë Brennan");
  });

  it("GIVEN a quote split by its attribution THEN the whole and its halves are one answer, not alternatives", () => {
    const texts = whoSaid(seed, "This suggests ongoing Russian interest").statements.map(
      (s) => s.text,
    );
    expect(texts).toHaveLength(1);
  });

  it("GIVEN words that sit on either side of a quote (“Kovalenko said Tuesday”) THEN never “the story says it in its own words”", () => {
    const story = parseStory(
      "rebuild.txt",
      'Mayor Ihor Kovalenko said "we will rebuild" on Tuesday, and crews began clearing debris from the square.',
    );
    const answer = whoSaid(new StoryLibrary([story]), "Kovalenko said on Tuesday");
    expect(answer.narration?.exact ?? false).toBe(false);
    const copied = whoSaid(
      new StoryLibrary([story]),
      "crews began clearing debris from the square",
    );
    expect(copied.narration).toMatchObject({ paragraph: 1, exact: true });
  });

  it("GIVEN words the story's narration only comes close to (“the fire was caused by power lines”) THEN no one, and no claim that the story says it", () => {
    const answer = whoSaid(libraries.wildfire, "the fire was caused by power lines");
    expect(answer.statements).toEqual([]);
    expect(answer.narration?.exact ?? false).toBe(false);
  });

  it("GIVEN an empty or blank quote THEN a UserFacingError telling what to type", () => {
    for (const blank of ["", "   ", "\n\t"]) {
      expect(() => whoSaid(seed, blank)).toThrow(UserFacingError);
      expect(() => whoSaid(seed, blank)).toThrow(/Type the words/);
    }
  });

  it("GIVEN a quote over 300 characters THEN a UserFacingError naming its length and the limit", () => {
    expect(MAX_QUOTE_LENGTH).toBe(300);
    const long = "baseless ".repeat(40).trim(); // 359 characters
    expect(() => whoSaid(seed, long)).toThrow(UserFacingError);
    expect(() => whoSaid(seed, long)).toThrow(/359 characters long; the limit is 300/);
    expect(() => whoSaid(seed, `${"a".repeat(291)} baseless`)).not.toThrow();
  });

  it("GIVEN any string up to 300 characters THEN whoSaid answers, throwing only a UserFacingError for one blank once mentions and Markdown are left out", () => {
    const words = fc.constantFrom(
      "baseless",
      "Sullivan",
      "said",
      "UAVs",
      "the",
      "“",
      "’",
      "'",
      "Tehran",
      "conective",
      "nodes",
      "drones",
      "",
    );
    const quote = fc
      .oneof(
        fc.string({ maxLength: MAX_QUOTE_LENGTH }),
        fc.string({ unit: "grapheme", maxLength: 100 }),
        fc.array(words, { maxLength: 30 }).map((list) => list.join(" ")),
      )
      .filter((text) => text.length <= MAX_QUOTE_LENGTH);
    fc.assert(
      fc.property(quote, (text) => {
        try {
          const answer = whoSaid(seed, text);
          for (const statement of answer.statements)
            expect(statement.speaker.name.trim()).not.toBe("");
        } catch (error) {
          expect(error).toBeInstanceOf(UserFacingError);
          // Blank once mentions and Markdown are left out ("", "#", "**").
          expect(plainQuestion(text)).toBe("");
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("whoSaid across several stories", () => {
  const all = libraryOf(
    SEED_STORY,
    fixturePath("chip-export-rules.txt"),
    fixturePath("coastal-marathon-heat.md"),
    fixturePath("harbor-city-budget.md"),
    fixturePath("ridgeline-wildfire.txt"),
  );

  it("GIVEN five stories loaded WHEN asking without naming one THEN the statement is found in its own story", () => {
    const [best] = whoSaid(all, "baseless").statements;
    expect(best?.story).toBe("putin-visits-tehran");
    expect(best?.speaker.name).toBe("Hossein Amirabdollahian");
    const [fire] = whoSaid(all, "The sky went orange and then it went black").statements;
    expect(fire).toMatchObject({ story: "ridgeline-wildfire", speaker: { name: "Tom Alvarez" } });
  });

  it("GIVEN a story named WHEN the words are in another story THEN no one in the named story said them", () => {
    expect(whoSaid(all, "baseless", "ridgeline-wildfire").statements).toEqual([]);
    expect(speakerOf("baseless", all)).toBe("Hossein Amirabdollahian");
  });

  it("GIVEN the fire chief's words and Tom Alvarez's words THEN each goes to the right Alvarez", () => {
    expect(speakerOf("Houses can be rebuilt. People can’t.", all)).toBe("Maria Alvarez");
    expect(speakerOf("I’ve lived up there 31 years", all)).toBe("Tom Alvarez");
  });

  it("GIVEN the mayor's quote continued into the next paragraph THEN its second paragraph is still hers", () => {
    const [best] = whoSaid(all, "less than the price of a pizza a month").statements;
    expect(best).toMatchObject({
      story: "harbor-city-budget",
      paragraph: 6,
      speaker: { name: "Evelyn Castellano" },
    });
  });
});

describe("whoSaid: quotes as typed in Discord", () => {
  it.each([
    ["@everyone baseless", "baseless"],
    ["<@123456789012345678> **trouble for Washington**", "trouble for Washington"],
    ["||Putin will attend a trilateral meeting|| <#456>", "Putin will attend a trilateral meeting"],
  ])("GIVEN %j THEN the answer is that of %j", (typed, plain) => {
    expect(whoSaid(seed, typed)).toEqual(whoSaid(seed, plain));
    expect(whoSaid(seed, plain).statements.length).toBeGreaterThan(0);
  });

  it("GIVEN only a mention THEN a clear error, not a search for its digits", () => {
    expect(() => whoSaid(seed, "<@123456789012345678>")).toThrow(
      new UserFacingError(
        "The quote is only mentions or formatting: type the words you want the speaker of.",
      ),
    );
  });
});

describe("whoSaid on a passage pasted with the reporter's words around a quote", () => {
  const pier = new StoryLibrary([
    parseStory(
      "pier.txt",
      [
        "Harbor Council Votes to Close North Pier",
        'Mayor Dana Ruiz said on Tuesday that the council would "close the north pier for good" after the winter storms, and that repairs had cost the town too much.',
        '"We have spent four million dollars patching pilings that the sea takes back every year," said Ken Obi, the harbor master.',
      ].join("\n\n"),
    ),
  ]);

  it("GIVEN a sentence holding Ruiz's quote, the reporter's framing and all THEN Ruiz", () => {
    expect(
      speakerOf(
        'Mayor Dana Ruiz said on Tuesday that the council would "close the north pier for good" after the winter storms',
        pier,
      ),
    ).toBe("Dana Ruiz");
  });

  it("GIVEN Obi's quote pasted with the start of the next paragraph's words THEN Obi", () => {
    expect(
      speakerOf(
        "We have spent four million dollars patching pilings that the sea takes back every year. The council meets again in May.",
        pier,
      ),
    ).toBe("Ken Obi");
  });

  it("GIVEN words that share only a few of a statement's words THEN no one", () => {
    expect(
      speakerOf("the sea will take the whole town back in May, residents fear", pier),
    ).toBeUndefined();
  });
});

describe("whoSaid on a quote an outlet reports with its attribution", () => {
  const pier = new StoryLibrary([
    parseStory(
      "pier.txt",
      [
        "Fenwick will keep its north pier closed through the winter.",
        "“The pier stays shut until the repairs are paid for,” Mayor Dana Ruiz said at a council hearing, according to the Fenwick Star.",
      ].join("\n\n"),
    ),
  ]);

  it("GIVEN the quote alone THEN the speaker is Ruiz", () => {
    expect(speakerOf("The pier stays shut until the repairs are paid for", pier)).toBe("Dana Ruiz");
  });

  it("GIVEN the quote with its attribution THEN the source is the outlet that reports both", () => {
    expect(
      speakerOf("“The pier stays shut until the repairs are paid for,” Mayor Dana Ruiz said", pier),
    ).toBe("Fenwick Star");
  });
});
