import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSpeakerPhrase } from "../../src/statements/speakerPhrase.js";

describe("parseSpeakerPhrase: a role before the name", () => {
  it.each([
    [
      "White House national security adviser Jake Sullivan",
      "Jake Sullivan",
      "White House national security adviser",
    ],
    [
      "Senior fellow at the Foundation for Defense of Democracies Behnam Ben Taleblu",
      "Behnam Ben Taleblu",
      "Senior fellow at the Foundation for Defense of Democracies",
    ],
    [
      "Iran's Foreign Minister Hossein Amirabdollahian",
      "Hossein Amirabdollahian",
      "Iran's Foreign Minister",
    ],
    ["Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "Kremlin spokesman"],
    ["State Department spokesman Ned Price", "Ned Price", "State Department spokesman"],
    // Titles the hand list lacks, known to compromise's lexicon as words for someone's work.
    ["Councillor Dana Ruiz", "Dana Ruiz", "Councillor"],
    ["Port Alder councillor Ken Obi", "Ken Obi", "Port Alder councillor"],
    ["Apple chief executive Tim Cook", "Tim Cook", "Apple chief executive"],
  ])("GIVEN %j THEN the name is %j and the role %j", (phrase, name, role) => {
    expect(parseSpeakerPhrase(phrase)).toEqual({ kind: "person", name, role });
  });

  it.each([
    ["former Gov. Ken Obi of Harbor", "Ken Obi", "former Gov. of Harbor"],
    ["Chancellor Dana Ruiz of Germany", "Dana Ruiz", "Chancellor of Germany"],
    ["Dana Ruiz of the Harbor Institute", "Dana Ruiz", "the Harbor Institute"],
    [
      "And on Tuesday, Ken Obi, chairman of the finance committee",
      "Ken Obi",
      "chairman of the finance committee",
    ],
  ])(
    "GIVEN %j (where they serve after the name) THEN the name is %j and the role %j",
    (phrase, name, role) => {
      expect(parseSpeakerPhrase(phrase)).toEqual({ kind: "person", name, role });
    },
  );

  it.each([
    ["Dana Ruiz — a teacher from Fenwick —", "Dana Ruiz", "teacher from Fenwick"],
    [
      "One of the council’s top executives, Ken Obi, subsequently",
      "Ken Obi",
      "One of the council’s top executives",
    ],
  ])(
    "GIVEN %j (an appositive set off by dashes, or a trailing adverb) THEN the name is %j and the role %j",
    (phrase, name, role) => {
      expect(parseSpeakerPhrase(phrase)).toEqual({ kind: "person", name, role });
    },
  );

  it.each([
    ["HARBOR ― This spring, as he was becoming chairman of the campaign, Ken Obi", "Ken Obi"],
    ["Last month, the Harbor Group", "Harbor Group"],
  ])(
    "GIVEN %j (a dateline or a time opening the sentence) THEN the speaker is %j",
    (phrase, name) => {
      expect(parseSpeakerPhrase(phrase)).toMatchObject({ name });
    },
  );

  it.each(["a spokeswoman for Ken Obi", "the former top aide to Dana Ruiz"])(
    "GIVEN %j (someone described by whom they work for) THEN a description, not the person named",
    (phrase) => {
      expect(parseSpeakerPhrase(phrase)).toMatchObject({ kind: "nominal" });
    },
  );

  it("GIVEN “A spokeswoman for Ken Obi” opening a sentence THEN a description too", () => {
    expect(parseSpeakerPhrase("A spokeswoman for Ken Obi")).toMatchObject({ kind: "nominal" });
  });

  it("GIVEN “his daughter, Kelly” THEN Kelly: a name ending in -ly is no adverb", () => {
    expect(parseSpeakerPhrase("his daughter, Kelly")).toMatchObject({
      kind: "person",
      name: "Kelly",
    });
  });

  it("GIVEN “NASA — the space agency —” THEN NASA: a pair of dashes is an appositive, not a dateline", () => {
    expect(parseSpeakerPhrase("NASA — the space agency —")).toMatchObject({ name: "NASA" });
  });

  it("GIVEN “Ken Obi, former press secretary for Dana Ruiz” THEN Ken Obi, whose role names Ruiz", () => {
    expect(parseSpeakerPhrase("Ken Obi, former press secretary for Dana Ruiz")).toEqual({
      kind: "person",
      name: "Ken Obi",
      role: "former press secretary for Dana Ruiz",
    });
  });

  it("GIVEN a lone capitalised word before “of” (“Head of Harbor Police”) THEN no person named Head", () => {
    expect(parseSpeakerPhrase("Head of Harbor Police")).not.toMatchObject({ name: "Head" });
  });

  it("GIVEN a name alone THEN a person with no role", () => {
    expect(parseSpeakerPhrase("Jake Sullivan")).toEqual({ kind: "person", name: "Jake Sullivan" });
  });

  it("GIVEN a surname with an adverb before the verb (“Sullivan also said”) THEN the person is Sullivan", () => {
    expect(parseSpeakerPhrase("Sullivan also")).toMatchObject({ kind: "person", name: "Sullivan" });
  });
});

describe("parseSpeakerPhrase: the role after the name", () => {
  it("GIVEN an appositive (“Priya Raman, a semiconductor analyst at …”) THEN the name, and the role without its article", () => {
    expect(
      parseSpeakerPhrase(
        "Priya Raman, a semiconductor analyst at the Center for Technology and Security Policy",
      ),
    ).toEqual({
      kind: "person",
      name: "Priya Raman",
      role: "semiconductor analyst at the Center for Technology and Security Policy",
    });
  });

  it("GIVEN a relative clause after the name (“…, who represents …,”) THEN the clause is neither name nor role", () => {
    expect(
      parseSpeakerPhrase(
        "Council member Rafael Dunmore, who represents the waterfront 4th District and cast one of the two votes against the plan,",
      ),
    ).toEqual({ kind: "person", name: "Rafael Dunmore", role: "Council member" });
  });

  it("GIVEN a description then the name (“Another critic, Laurence H. Tribe”) THEN the name, the description as role", () => {
    expect(parseSpeakerPhrase("Another critic, Laurence H. Tribe")).toEqual({
      kind: "person",
      name: "Laurence H. Tribe",
      role: "critic",
    });
  });
});

describe("parseSpeakerPhrase: honorifics", () => {
  it("GIVEN “Rep. Gwen Moore (D-Wis.)” THEN the person is Gwen Moore, without the party and state", () => {
    const phrase = parseSpeakerPhrase("Rep. Gwen Moore (D-Wis.)");
    expect(phrase).toMatchObject({ kind: "person", name: "Gwen Moore" });
    expect(JSON.stringify(phrase)).not.toContain("Wis");
  });
});

describe("parseSpeakerPhrase: no name", () => {
  it.each(["he", "she", "they", "He", "It"])(
    "GIVEN the pronoun %j THEN a pronoun, lower-cased, to be resolved later",
    (pronoun) => {
      expect(parseSpeakerPhrase(pronoun)).toEqual({
        kind: "pronoun",
        pronoun: pronoun.toLowerCase(),
      });
    },
  );

  it.each([
    ["the Kremlin", "Kremlin"],
    ["the Biden administration", "Biden administration"],
    ["China's Commerce Ministry", "China's Commerce Ministry"],
  ])("GIVEN the organisation %j THEN an organisation named %j", (phrase, name) => {
    expect(parseSpeakerPhrase(phrase)).toEqual({ kind: "organisation", name });
  });

  it.each([
    ["the sheriff’s office", "sheriff’s office", "the"],
    // A clause that says which union, after its noun, is not the name.
    ["The union that represents the company's deckhands", "union", "The"],
  ])(
    "GIVEN the organisation described %j THEN an organisation %j, its article kept to show it as printed",
    (phrase, name, article) => {
      expect(parseSpeakerPhrase(phrase)).toEqual({ kind: "organisation", name, article });
    },
  );

  it.each([
    ["the fire chief", { noun: "fire chief", article: "the" }],
    ["Officials", { noun: "Officials" }],
    // People described by where they work: no one is called "Capital".
    ["Analysts at Fenwick Capital", { noun: "Analysts at Fenwick Capital" }],
    ["the lawyers for Ken Obi", { noun: "lawyers for Ken Obi", article: "the" }],
    ["A spokeswoman for the port", { noun: "spokeswoman for the port", article: "A" }],
  ])("GIVEN a description without a name (%j) THEN a nominal, not a person", (phrase, nominal) => {
    expect(parseSpeakerPhrase(phrase)).toEqual({ kind: "nominal", ...nominal });
  });

  it.each(["Following a hastily", "Amid the storm"])(
    "GIVEN an opening phrase's first words (%j) THEN no speaker",
    (phrase) => {
      expect(parseSpeakerPhrase(phrase)).toBeNull();
    },
  );

  it("GIVEN an empty phrase THEN null", () => {
    expect(parseSpeakerPhrase("")).toBeNull();
    expect(parseSpeakerPhrase("   ")).toBeNull();
  });

  it("GIVEN any text THEN it never throws, and a person always has a non-empty name", () => {
    const words = fc.constantFrom(
      "the",
      "Kremlin",
      "spokesman",
      "Dmitry",
      "Peskov",
      ",",
      "who",
      "a",
      "(D-Wis.)",
      "Rep.",
      "at",
      "of",
      "Ben",
      "he",
      "Iran's",
    );
    const phrase = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.array(words, { maxLength: 20 }).map((list) => list.join(" ")),
    );
    fc.assert(
      fc.property(phrase, (text) => {
        const parsed = parseSpeakerPhrase(text);
        if (parsed?.kind === "person" || parsed?.kind === "organisation")
          expect(parsed.name.trim()).not.toBe("");
      }),
      { numRuns: 500 },
    );
  });
});

describe("parseSpeakerPhrase: what comes before or around a name that is not the speaker", () => {
  it.each([
    ["In a statement, harbor authority spokeswoman Lena Ortiz", "Lena Ortiz"],
    ["Of the plan, Councilman Ken Obi", "Ken Obi"],
    ["Speaking at a rally in Dover on Sunday, Mayor Dana Ruiz", "Dana Ruiz"],
    ["Asked whether the pier would reopen, Ken Obi", "Ken Obi"],
    ["On Tuesday, Priya Natarajan", "Priya Natarajan"],
  ])("GIVEN an opening phrase (%j) THEN the speaker is who follows its comma", (phrase, name) => {
    expect(parseSpeakerPhrase(phrase)).toMatchObject({ kind: "person", name });
  });

  it.each([
    ["Marta Oyelaran, 41, of Fenwick in Upper Dale County", "Marta Oyelaran"],
    ["Tobias Grint, 67, a retired ferry pilot from Brandt Harbor, Maine", "Tobias Grint"],
    ["Ed Varga, senior adviser to the Council for a Balanced Harbor Budget", "Ed Varga"],
  ])(
    "GIVEN a name, an age and where they are from (%j) THEN the person is the name, not the place",
    (phrase, name) => {
      expect(parseSpeakerPhrase(phrase)).toMatchObject({ kind: "person", name });
    },
  );
});

describe("parseSpeakerPhrase: names that look like openings, places and subordinate clauses", () => {
  it.each([
    ["Fred Obi, director of the Harbor Policy Project", "Fred Obi"],
    ["Jared Ruiz, a senior fellow at the Harbor Center", "Jared Ruiz"],
    ["As Dana Ruiz, an expert on ports at the Harbor Institute", "Dana Ruiz"],
  ])(
    "GIVEN a name ending in -ed or after 'As' (%j) THEN it is the speaker, not an opening phrase",
    (phrase, name) => {
      expect(parseSpeakerPhrase(phrase)).toMatchObject({ kind: "person", name });
    },
  );

  it("GIVEN 'a nurse in Fenwick, Oregon' THEN the region is no one's name", () => {
    expect(parseSpeakerPhrase("the mayor of Fenwick, Oregon")).toEqual({
      kind: "nominal",
      noun: "mayor of Fenwick, Oregon",
      article: "the",
    });
    expect(parseSpeakerPhrase("a woman in Fenwick, Oregon")).toBeNull();
  });

  it("GIVEN a subordinate clause after the appositive THEN its subject is the speaker", () => {
    expect(
      parseSpeakerPhrase("Obi, the nominee in 2008, left the hall after council member Dana Ruiz"),
    ).toMatchObject({ kind: "person", name: "Dana Ruiz" });
    expect(
      parseSpeakerPhrase(
        "Erin Vance, a fellow at Harbor University who joined after earning a Ph.D.",
      ),
    ).toMatchObject({ kind: "person", name: "Erin Vance" });
    // An -ing clause after the name, an adverb before it.
    expect(
      parseSpeakerPhrase(
        "Ken Obi, later alleging - again falsely - that the mayor wanted to admit 250 Fenwickers,",
      ),
    ).toMatchObject({ kind: "person", name: "Ken Obi" });
    // The comma inside "$52,500" opens no clause.
    expect(
      parseSpeakerPhrase("Erin Vale, a fellow who makes $52,500 after earning a Ph"),
    ).toMatchObject({ kind: "person", name: "Erin Vale" });
  });
});

describe("parseSpeakerPhrase: a clause that describes the speaker", () => {
  it.each([
    [
      "Port Alder delegate Dana Ruiz, dressed in a green scarf stitched with the name Vance",
      "Dana Ruiz",
    ],
    ["Ken Obi, clearly frustrated,", "Ken Obi"],
    ["state Senate leader Dana Ruiz and House Speaker Ken Obi, both Republicans,", "Ken Obi"],
    ["(Tom Vance", "Tom Vance"],
  ])("GIVEN %s THEN the speaker is %s", (phrase, name) => {
    expect(parseSpeakerPhrase(phrase)).toMatchObject({ kind: "person", name });
  });

  it("GIVEN `That said, she` THEN a pronoun", () => {
    expect(parseSpeakerPhrase("That said, she")).toEqual({ kind: "pronoun", pronoun: "she" });
  });

  it("GIVEN a role after the name (`Ken Obi, senior adviser to the mayor`) THEN the role stays", () => {
    expect(parseSpeakerPhrase("Ken Obi, senior adviser to the mayor")).toEqual({
      kind: "person",
      name: "Ken Obi",
      role: "senior adviser to the mayor",
    });
  });
});
