import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { whoIs } from "../../src/answers/whoIs.js";
import { UserFacingError } from "../../src/errors.js";
import { decodeStoryFile } from "../../src/story/decodeStoryFile.js";
import { parseStory } from "../../src/story/parseStory.js";
import { StoryLibrary } from "../../src/storyLibrary.js";
import { fixturePath, libraryOf, SEED_STORY } from "../helpers.js";

const seed = libraryOf(SEED_STORY);
const wildfire = libraryOf(fixturePath("ridgeline-wildfire.txt"));

describe("whoIs on the bundled story", () => {
  it("GIVEN “Taleblu” THEN Behnam Ben Taleblu, his think tank in his role, and what he said in ¶12, ¶13 and ¶15", () => {
    const { people, suggestions } = whoIs(seed, "Taleblu");
    expect(suggestions).toEqual([]);
    expect(people).toHaveLength(1);
    const [card] = people;
    expect(card?.name).toBe("Behnam Ben Taleblu");
    expect(card?.role).toContain("Foundation for Defense of Democracies");
    expect(card?.story).toBe("putin-visits-tehran");
    const said = card?.statements.map((s) => s.paragraph) ?? [];
    expect(said).toEqual(expect.arrayContaining([12, 13, 15]));
    expect(card?.statements.find((s) => s.paragraph === 13)?.text).toContain(
      "connective nodes between Tehran and Moscow",
    );
  });

  it("GIVEN a person named in a list (“Khamenei, Putin, and Erdogan together”, ¶15) or as “Biden's” THEN every paragraph that prints their name is listed", () => {
    expect(whoIs(seed, "Erdogan").people[0]?.paragraphs).toEqual([3, 15]);
    expect(whoIs(seed, "Biden").people[0]?.paragraphs).toEqual(expect.arrayContaining([10, 18]));
  });

  it("GIVEN a first name as written (“Mark”) and a surname one letter off it (Park) THEN the first name wins", () => {
    const story = parseStory(
      "strike.txt",
      [
        '"We will not move," union leader Mark Sullivan said on Monday.',
        "Mayor Linda Park said talks would resume on Friday.",
      ].join("\n\n"),
    );
    expect(whoIs(new StoryLibrary([story]), "Mark").people.map((p) => p.name)).toEqual([
      "Mark Sullivan",
    ]);
  });

  it("GIVEN several stories and no story named THEN no one found gives no suggestions (there is no one story to suggest from); with story: named THEN that story's people", () => {
    const two = new StoryLibrary([
      parseStory("a.txt", '"We are ready," Mayor Linda Park said on Monday.\n'),
      parseStory("b.txt", '"It is done," Finance Director Howard Tsai said on Friday.\n'),
    ]);
    expect(whoIs(two, "Nobody Smith")).toEqual({ people: [], suggestions: [] });
    expect(whoIs(two, "Nobody Smith", "a").suggestions).toEqual(["Linda Park"]);
  });

  it("GIVEN a speaker the story describes rather than names (“An American Red Cross spokesperson said …”) WHEN asked for words inside the description (“Red Cross”, “weather service”) THEN that speaker's card; a role a named person holds still finds the person, and the description is not suggested as a name", () => {
    const story = parseStory(
      "kessel-flood.txt",
      [
        "KESSELTON, Ore. (AP) — Authorities ordered about 4,000 people to evacuate on Wednesday as the Kessel River rose to its highest level in 60 years.",
        '"This is not the time to wait and see," Governor Elena Voss told a news conference in Salem.',
        "Marine safety experts said the levee was older than most.",
        "An American Red Cross spokesperson said shelters at two schools had taken in about 600 people by Wednesday evening.",
        "The river is expected to stay above flood stage until Sunday, according to the National Weather Service.",
      ].join("\n\n"),
    );
    const library = new StoryLibrary([story]);
    const [redCross] = whoIs(library, "Red Cross").people;
    expect(redCross?.name).toBe("an American Red Cross spokesperson");
    expect(redCross?.paragraphs).toEqual([4]);
    expect(redCross?.statements.map((s) => s.text)).toEqual([
      "shelters at two schools had taken in about 600 people by Wednesday evening",
    ]);
    expect(whoIs(library, "weather service").people.map((p) => p.name)).toEqual([
      "National Weather Service",
    ]);
    expect(whoIs(library, "the governor").people.map((p) => p.name)).toEqual(["Elena Voss"]);
    const { people, suggestions } = whoIs(library, "Zed Foo");
    expect(people).toEqual([]);
    expect(suggestions).not.toContain("an American Red Cross spokesperson");
    expect(suggestions).not.toContain("Marine safety experts");
  });

  it("GIVEN a surname that is also a month (Theresa May; “finish in May”) THEN the month is no mention of her", () => {
    const story = parseStory(
      "may.txt",
      [
        "Crews hope to finish repairs in May, officials said.",
        "Prime Minister Theresa May visited the site on Monday.",
        "The bridge reopens in June.",
      ].join("\n\n"),
    );
    expect(whoIs(new StoryLibrary([story]), "Theresa May").people[0]?.paragraphs).toEqual([2]);
  });

  it("GIVEN words before a name that are a clause, not a role (“what is likely bringing Khamenei”) THEN no role", () => {
    const [card] = whoIs(seed, "Khamenei").people;
    expect(card?.name).toBe("Khamenei");
    expect(card?.role).toBeUndefined();
  });

  it("GIVEN a person THEN “also called” lists only the names the story prints, not built ones like “Minister Amirabdollahian”", () => {
    const [card] = whoIs(seed, "Amirabdollahian").people;
    expect(card?.aliases).toContain("Minister Amirabdollahian");
    expect(card?.alsoCalled).toEqual(["Amirabdollahian"]);
  });

  it("GIVEN a name inside longer text (“Jake Sullivan, the White House adviser”) THEN that person", () => {
    expect(whoIs(seed, "Jake Sullivan, the White House adviser").people.map((p) => p.name)).toEqual(
      ["Jake Sullivan"],
    );
  });

  it("GIVEN a long run of letters that names no one THEN no one, however many typos its length would forgive", () => {
    const answer = whoIs(seed, "x".repeat(40));
    expect(answer.people).toEqual([]);
    expect(answer.suggestions.length).toBeGreaterThan(0);
  });

  it.each([
    ["chip-export-rules.txt", "de Wit", "Sanne de Wit"],
    ["coastal-marathon-heat.md", "Dr. Mehta", "Anjali Mehta"],
    ["coastal-marathon-heat.md", "Zoe", "Zoë Brennan"],
    ["chip-export-rules.txt", "Liang", "Liang Weimin"],
    ["harbor-city-budget.md", "the mayor", "Evelyn Castellano"],
    ["harbor-city-budget.md", "finance director", "Howard Tsai"],
    ["ridgeline-wildfire.txt", "the fire chief", "Maria Alvarez"],
  ])(
    "GIVEN %s and /who is %j (a surname with its particle, an honorific, a first name or a role) THEN %s",
    (file, typed, name) => {
      expect(whoIs(libraryOf(fixturePath(file)), typed).people.map((p) => p.name)).toEqual([name]);
    },
  );

  it.each(["the governor", "the", "for", "at the"])(
    "GIVEN %j, no role anyone in the story has, or only stop words of one THEN no one",
    (typed) => {
      expect(whoIs(seed, typed).people).toEqual([]);
    },
  );

  it("GIVEN a person THEN the card's first mention is the paragraph that first names them, verbatim, with its attribution", () => {
    const [card] = whoIs(seed, "Taleblu").people;
    expect(card?.firstMention.paragraph).toBe(12);
    expect(card?.firstMention.text).toMatch(
      /^Senior fellow at the Foundation for Defense of Democracies Behnam Ben Taleblu warned/,
    );
    expect(card?.attribution).toMatchObject({ paragraph: 12, outlet: "Fox News" });
  });

  it("GIVEN a misspelled surname (“Sulivan”) THEN Jake Sullivan, White House national security adviser", () => {
    const [card, ...others] = whoIs(seed, "Sulivan").people;
    expect(others).toEqual([]);
    expect(card?.name).toBe("Jake Sullivan");
    expect(card?.role).toBe("White House national security adviser");
    expect(card?.statements.map((s) => s.paragraph)).toEqual(expect.arrayContaining([7, 8]));
  });

  it.each([
    ["Jake Sullivan", "Jake Sullivan"],
    ["sullivan", "Jake Sullivan"],
    ["Peskov", "Dmitry Peskov"],
    ["Amirabdollahian", "Hossein Amirabdollahian"],
    ["Price", "Ned Price"],
  ])("GIVEN %j THEN %s", (typed, name) => {
    expect(whoIs(seed, typed).people.map((p) => p.name)).toEqual([name]);
  });

  it("GIVEN a name not in the story (“Smith”) THEN no card, and suggestions that are names of people in the story", () => {
    const { people, suggestions } = whoIs(seed, "Smith");
    expect(people).toEqual([]);
    expect(suggestions.length).toBeGreaterThan(0);
    const known = seed.statementsOf(seed.story("putin-visits-tehran")).people.map((p) => p.name);
    for (const suggestion of suggestions) expect(known).toContain(suggestion);
  });

  it("GIVEN someone named but never quoted (Putin) THEN a card with no statements", () => {
    const [card] = whoIs(seed, "Putin").people;
    expect(card?.name).toBe("Vladimir Putin");
    expect(card?.statements).toEqual([]);
    expect(card?.paragraphs).toEqual(expect.arrayContaining([1, 2, 3]));
  });

  it("GIVEN Khamenei, named only inside Taleblu's quote (¶15) THEN a card for him: the story names him", () => {
    const { people } = whoIs(seed, "Khamenei");
    expect(people.map((p) => p.name)).toEqual(["Khamenei"]);
    expect(people[0]?.paragraphs).toContain(15);
  });

  it("GIVEN a blank name THEN a UserFacingError asking for a name", () => {
    expect(() => whoIs(seed, "  ")).toThrow(UserFacingError);
    expect(() => whoIs(seed, "  ")).toThrow(/Type a name/);
  });

  it("GIVEN any text as a name THEN whoIs answers, throwing only a UserFacingError for a blank one", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), (text) => {
        try {
          const { people, suggestions } = whoIs(seed, text);
          if (people.length > 0) expect(suggestions).toEqual([]);
        } catch (error) {
          expect(error).toBeInstanceOf(UserFacingError);
          expect(text.trim()).toBe("");
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("whoIs with two people sharing a surname", () => {
  it("GIVEN “Alvarez” in the wildfire story THEN both Alvarezes, each with their own role and statements", () => {
    const { people } = whoIs(wildfire, "Alvarez");
    expect(people.map((p) => p.name).sort()).toEqual(["Maria Alvarez", "Tom Alvarez"]);
    const maria = people.find((p) => p.name === "Maria Alvarez");
    const tom = people.find((p) => p.name === "Tom Alvarez");
    expect(maria?.role).toMatch(/Fire Chief/i);
    expect(tom?.role).toContain("retired mail carrier");
    expect(maria?.statements.map((s) => s.paragraph)).toEqual(expect.arrayContaining([3, 14]));
    expect(maria?.statements.map((s) => s.paragraph)).not.toContain(8);
    expect(tom?.statements.map((s) => s.paragraph)).toContain(8);
  });

  it.each([
    ["Tom Alvarez", "Tom Alvarez"],
    ["Maria Alvarez", "Maria Alvarez"],
    ["Chief Alvarez", "Maria Alvarez"],
  ])("GIVEN %j THEN only %s", (typed, name) => {
    expect(whoIs(wildfire, typed).people.map((p) => p.name)).toEqual([name]);
  });
});

describe("whoIs on names written with combining accents", () => {
  it("GIVEN “Se\u0301bastien Duval” typed with a combining accent in the story and asked for precomposed THEN one card for him with his quote", () => {
    const story = parseStory(
      "duval.txt",
      decodeStoryFile(
        "duval.txt",
        new TextEncoder().encode(
          '"The harbour will reopen in May," said Se\u0301bastien Duval, the port director.\n\nThe council voted on Monday.',
        ),
      ),
    );
    const { people } = whoIs(new StoryLibrary([story]), "Sébastien Duval");
    expect(people.map((card) => card.name)).toEqual(["Sébastien Duval"]);
    expect(people[0]?.statements.map((s) => s.text)).toEqual([
      expect.stringContaining("The harbour will reopen in May"),
    ]);
  });
});

describe("whoIs on a name with a non-breaking hyphen", () => {
  it("GIVEN “Jean\u2011Pierre Ruiz” written with a non-breaking hyphen THEN his card is Jean-Pierre Ruiz and holds both his quotes", () => {
    const text = [
      '"We will rebuild the pier by June," said Jean\u2011Pierre Ruiz, the harbour master.',
      "The board voted on Monday.",
      '"It is the only way," Jean\u2011Pierre Ruiz said.',
    ].join("\n\n");
    const story = parseStory(
      "pier.txt",
      decodeStoryFile("pier.txt", new TextEncoder().encode(text)),
    );
    const { people } = whoIs(new StoryLibrary([story]), "Ruiz");
    expect(people.map((card) => card.name)).toEqual(["Jean-Pierre Ruiz"]);
    expect(people[0]?.role).toBe("harbour master");
    expect(people[0]?.statements.map((s) => s.paragraph)).toEqual([1, 3]);
  });
});

describe("whoIs on a speaker described with “a”", () => {
  it("GIVEN “A spokeswoman for the port said …” THEN the description without its article finds the card, which is not also called that", () => {
    const ferry = new StoryLibrary([
      parseStory(
        "ferry-cuts.txt",
        'A spokeswoman for the port said the timetable was "under review."\n',
      ),
    ]);
    const [card] = whoIs(ferry, "spokeswoman for the port").people;
    expect(card).toMatchObject({ name: "a spokeswoman for the port", alsoCalled: [] });
  });
});
