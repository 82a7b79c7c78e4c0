import { describe, expect, it } from "vitest";
import { analyzeStory, type StoryStatements } from "../../src/statements/analyzeStory.js";
import { PIECE_GAP } from "../../src/statements/quotePieces.js";
import type { Statement } from "../../src/statements/types.js";
import { parseStory } from "../../src/story/parseStory.js";
import type { Story } from "../../src/story/types.js";
import { fixturePath, readStory, SEED_STORY } from "../helpers.js";

const seedStory = readStory(SEED_STORY);
const seed = analyzeStory(seedStory);
const wildfireStory = readStory(fixturePath("ridgeline-wildfire.txt"));
const wildfire = analyzeStory(wildfireStory);
const budgetStory = readStory(fixturePath("harbor-city-budget.md"));
const budget = analyzeStory(budgetStory);

const ALL_STORIES = [
  seedStory,
  readStory(fixturePath("chip-export-rules.txt")),
  readStory(fixturePath("coastal-marathon-heat.md")),
  budgetStory,
  wildfireStory,
];

const inParagraph = (analysis: StoryStatements, paragraph: number): Statement[] =>
  analysis.statements.filter((statement) => statement.paragraph === paragraph);

/** The one statement of a paragraph that holds `words`. */
function statementWith(analysis: StoryStatements, paragraph: number, words: string): Statement {
  const found = inParagraph(analysis, paragraph).filter((s) => s.text.includes(words));
  expect(found, `one statement in ¶${paragraph} with "${words}"`).toHaveLength(1);
  return found[0] as Statement;
}

/** A story from inline text, paragraphs separated by blank lines. */
const analyze = (text: string) => analyzeStory(parseStory("mini.txt", text));

describe("analyzeStory on the bundled story: the issue's acceptance cases", () => {
  it("GIVEN “Kremlin spokesman Dmitry Peskov said Putin will attend…” (¶2) THEN a reported statement by Dmitry Peskov, Kremlin spokesman", () => {
    const statement = statementWith(seed, 2, "Putin will attend a trilateral meeting");
    expect(statement).toMatchObject({
      story: "putin-visits-tehran",
      kind: "reported",
      speaker: { name: "Dmitry Peskov", role: "Kremlin spokesman", kind: "person" },
      cue: "said",
    });
    expect(statement.text).toMatch(/^Putin will attend a trilateral meeting/);
  });

  it("GIVEN Amirabdollahian's reported speech ending in a quoted “baseless” (¶9) THEN a partial statement by him, with his role", () => {
    const statement = statementWith(seed, 9, "baseless");
    expect(statement.kind).toBe("partial");
    expect(statement.speaker).toEqual({
      name: "Hossein Amirabdollahian",
      role: "Iran's Foreign Minister",
      kind: "person",
    });
    expect(statement.text).toContain("the U.S. accusations about Iranian drones");
    expect(statement.text).not.toContain("phone call"); // the circumstances are not what he said
  });

  it("GIVEN Sullivan's quote split around “Sullivan said” (¶7) THEN ONE statement holding both halves, one span per half", () => {
    const [statement, ...others] = inParagraph(seed, 7);
    expect(others).toEqual([]);
    expect(statement?.kind).toBe("direct");
    expect(statement?.speaker.name).toBe("Jake Sullivan");
    expect(statement?.text).toMatch(/^We assess an official Russian delegation/);
    expect(statement?.text).toContain(
      "This suggests ongoing Russian interest in acquiring Iranian attack-capable UAVs.",
    );
    expect(statement?.text).not.toContain("Sullivan said");
    expect(statement?.spans).toHaveLength(2);
  });

  it("GIVEN “Sullivan also said …” (¶8) THEN the surname and the adverb resolve to Jake Sullivan", () => {
    const statement = statementWith(seed, 8, "has visited this airfield for such a showcase");
    expect(statement.speaker).toMatchObject({
      name: "Jake Sullivan",
      role: "White House national security adviser",
    });
    expect(statement.kind).toBe("partial");
  });

  it("GIVEN Taleblu's partial quote (¶12) and direct quotes (¶13, ¶15) THEN all three are his", () => {
    const partial = statementWith(seed, 12, "trouble for Washington");
    expect(partial.kind).toBe("partial");
    expect(partial.cue).toBe("warned");
    const told = statementWith(seed, 13, "the connective nodes between Tehran and Moscow");
    expect(told).toMatchObject({ kind: "direct", cue: "told" });
    const said = statementWith(seed, 15, "shared interest in regime survival");
    expect(said.kind).toBe("direct");
    for (const statement of [partial, told, said])
      expect(statement.speaker.name).toBe("Behnam Ben Taleblu");
  });

  it("GIVEN “…, the Kremlin said,” (¶1) THEN an organisation is the speaker", () => {
    const statement = statementWith(seed, 1, "traveling to Tehran");
    expect(statement.speaker).toEqual({ name: "Kremlin", kind: "organisation" });
  });

  it("GIVEN the story's people THEN Taleblu's role names his think tank, and each person is listed once", () => {
    const taleblu = seed.people.find((person) => person.name === "Behnam Ben Taleblu");
    expect(taleblu?.role).toContain("Foundation for Defense of Democracies");
    expect(taleblu?.aliases).toContain("Taleblu");
    expect(taleblu?.paragraphs).toEqual(expect.arrayContaining([12, 13, 15]));
    const names = seed.people.map((person) => person.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining([
        "Vladimir Putin",
        "Dmitry Peskov",
        "Jake Sullivan",
        "Hossein Amirabdollahian",
        "Behnam Ben Taleblu",
        "Ned Price",
      ]),
    );
  });

  it("GIVEN narration paragraphs (¶3 “Putin is expected…”, ¶6 the UAV definition) THEN they hold no statements", () => {
    expect(inParagraph(seed, 3)).toEqual([]);
    expect(inParagraph(seed, 6)).toEqual([]);
  });
});

describe("analyzeStory on the fixture stories", () => {
  it("GIVEN the lede “RIDGELINE, Colo. (Reuters) - Thousands … fled …, authorities said” THEN what the authorities said starts after the dateline", () => {
    const [statement] = inParagraph(wildfire, 1);
    expect(statement?.speaker.name).toBe("authorities");
    expect(statement?.text).toMatch(/^Thousands of people fled/);
  });

  it("GIVEN two people named Alvarez WHEN “Alvarez said” follows Tom Alvarez's introduction (¶8) THEN it is Tom, not the fire chief Maria", () => {
    const statement = statementWith(wildfire, 8, "The sky went orange");
    expect(statement.speaker.name).toBe("Tom Alvarez");
    expect(statement.text).toContain("I don’t know if there’s a house to go back to.");
    expect(statementWith(wildfire, 3, "We had gusts").speaker.name).toBe("Maria Alvarez");
    expect(statementWith(wildfire, 14, "turning the corner").speaker.name).toBe("Maria Alvarez");
  });

  it("GIVEN two people named Alvarez THEN the story's people keep them apart, each with their own role", () => {
    const alvarezes = wildfire.people.filter((person) => person.name.endsWith("Alvarez"));
    expect(alvarezes.map((person) => person.name).sort()).toEqual(["Maria Alvarez", "Tom Alvarez"]);
    const maria = alvarezes.find((person) => person.name === "Maria Alvarez");
    const tom = alvarezes.find((person) => person.name === "Tom Alvarez");
    expect(maria?.role).toMatch(/Fire Chief/i);
    expect(tom?.role).toContain("retired mail carrier");
  });

  it("GIVEN “she said” right after the fire chief's quote (¶4) THEN the speaker is Maria Alvarez", () => {
    expect(statementWith(wildfire, 4, "water treatment plant").speaker.name).toBe("Maria Alvarez");
  });

  it("GIVEN “the sheriff’s office said in a statement” (¶6) THEN the speaker is that office, an organisation", () => {
    const statement = statementWith(wildfire, 6, "Deputies are going door to door");
    expect(statement.kind).toBe("direct");
    expect(statement.speaker.kind).toBe("organisation");
    expect(statement.speaker.name).toMatch(/sheriff’s office/i);
  });

  it("GIVEN the mayor's quote left open at the end of ¶5 and going on in ¶6 THEN ¶6 is Evelyn Castellano's, with no attribution of its own", () => {
    const statement = statementWith(budget, 6, "So we had a choice");
    expect(statement.kind).toBe("direct");
    expect(statement.speaker).toMatchObject({ name: "Evelyn Castellano", role: "Mayor" });
    expect(statement.text).toContain("I'd make the same choice again.");
  });

  it("GIVEN “Council member Rafael Dunmore, who represents …, said …” (¶7) THEN the relative clause is not the role", () => {
    const statement = statementWith(budget, 7, "the tax increase was unnecessary");
    expect(statement.speaker).toEqual({
      name: "Rafael Dunmore",
      role: "Council member",
      kind: "person",
    });
  });

  it("GIVEN “A,” Tsai said. “B.” and then a new sentence (¶14) THEN A and B are one statement by Howard Tsai", () => {
    const statement = statementWith(budget, 14, "Pension costs are growing");
    expect(statement.speaker.name).toBe("Howard Tsai");
    expect(statement.text).toContain(
      "This budget buys us time, but it does not fix the structural gap.",
    );
  });

  it.each(ALL_STORIES.map((story) => [story.id, story] as const))(
    "GIVEN %s THEN every statement's text is its pieces as printed, in order, statements come in story order, and every speaker has a name",
    (_id, story: Story) => {
      const { statements } = analyzeStory(story);
      expect(statements.length).toBeGreaterThan(0);
      let previous = 0;
      for (const statement of statements) {
        const text = story.body[statement.paragraph - 1]?.text ?? "";
        expect(statement.story).toBe(story.id);
        const pieces = statement.text.split(PIECE_GAP);
        expect(pieces).toHaveLength(statement.spans.length);
        pieces.forEach((piece, index) => {
          const [start] = statement.spans[index] ?? [-1];
          expect(
            text.startsWith(piece, start),
            `"${piece}" at ${start} in ¶${statement.paragraph}`,
          ).toBe(true);
        });
        expect(statement.paragraph).toBeGreaterThanOrEqual(previous);
        expect(statement.speaker.name.trim()).not.toBe("");
        previous = statement.paragraph;
      }
    },
  );
});

describe("analyzeStory on short stories", () => {
  it('GIVEN `"A," Price said. "B."` THEN one direct statement by Price holding A and B', () => {
    const { statements } = analyze(
      '"The deal is done," Price said. "We will sign it on Monday." The ministry declined to comment.',
    );
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({ kind: "direct", speaker: { name: "Price" } });
    expect(statements[0]?.text).toBe("The deal is done … We will sign it on Monday.");
  });

  it('GIVEN `"…," Taleblu told Fox News.` THEN the quote is Taleblu\'s and Fox News is the listener, not a speaker or a claim', () => {
    const { statements } = analyze('"We are not going anywhere," Taleblu told Fox News.');
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({
      kind: "direct",
      text: "We are not going anywhere",
      speaker: { name: "Taleblu", kind: "person" },
      cue: "told",
    });
  });

  it.each([
    [
      "According to Ned Price, the ministry will publish the rules next week.",
      "the ministry will publish the rules next week",
    ],
    [
      "The ministry will publish the rules next week, according to Ned Price.",
      "The ministry will publish the rules next week",
    ],
  ])("GIVEN %j THEN a reported statement by Ned Price, without the attribution", (story, said) => {
    const { statements } = analyze(story);
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({
      kind: "reported",
      text: said,
      speaker: { name: "Ned Price" },
      cue: "according to",
    });
  });

  it.each([
    "The talks would continue, the White House said Monday.",
    "The talks would continue, the White House said on Monday.",
    "The talks would continue, the White House said in a statement.",
  ])(
    "GIVEN a trailing attribution followed by when or how it was said (%j) THEN a reported statement by the White House",
    (story) => {
      expect(analyze(story).statements).toMatchObject([
        {
          kind: "reported",
          text: "The talks would continue",
          speaker: { name: "White House", kind: "organisation" },
        },
      ]);
    },
  );

  it("GIVEN two quoted people and then “He said …” THEN he is the last person quoted", () => {
    const { statements } = analyze(
      [
        '"The rules are ready," said Ned Price, a State Department spokesman.',
        '"The talks went well," said Jake Sullivan, the national security adviser.',
        "He said the talks would resume in August.",
      ].join("\n\n"),
    );
    const reported = statements.find((s) => s.paragraph === 3);
    expect(reported?.text).toBe("the talks would resume in August");
    expect(reported?.speaker).toMatchObject({
      name: "Jake Sullivan",
      role: "national security adviser",
    });
  });

  it("GIVEN a person named and then “he said” in the next paragraph THEN he is that person, under the full name", () => {
    const { statements } = analyze(
      "Jake Sullivan spoke at the White House on Monday.\n\n“We will not back down,” he said.",
    );
    expect(statements).toHaveLength(1);
    expect(statements[0]?.speaker.name).toBe("Jake Sullivan");
  });

  it("GIVEN “she said” with no one named before THEN no statement rather than a guessed speaker", () => {
    expect(analyze("“We will not back down,” she said.").statements).toEqual([]);
  });

  it.each([
    'The plan, which some residents have called "reckless," passed 7-2 on Monday.',
    'The so-called "reckless" plan passed 7-2 on Monday.',
    'Mayor Evelyn Castellano\'s "pizza a month" plan passed 7-2 on Monday.',
  ])(
    "GIVEN a scare-quoted word in narration (%j) THEN no direct statement and no speaker",
    (text) => {
      expect(analyze(text).statements).toEqual([]);
    },
  );

  it("GIVEN a paragraph opening with a quoted book title that is the subject of its sentence, after Price's quote THEN the title is not Price's statement", () => {
    const { statements } = analyze(
      [
        '"The rules are ready," said Ned Price, a State Department spokesman.',
        '"The Art of the Deal" sold a million copies in its first year.',
      ].join("\n\n"),
    );
    expect(statements.map((s) => [s.paragraph, s.text])).toEqual([[1, "The rules are ready"]]);
  });

  it("GIVEN paragraphs of plain narration after a quote THEN they hold no statements", () => {
    const { statements, people } = analyze(
      [
        '"It is a good plan," Castellano said.',
        "The council approved the plan on Monday.",
        "The bridge was built in 1957 and carries about 40,000 vehicles a day.",
      ].join("\n\n"),
    );
    expect(statements.map((s) => s.paragraph)).toEqual([1]);
    expect(people.map((p) => p.name)).toEqual(["Castellano"]);
  });
});

describe("a claim carried by a participle", () => {
  it.each([
    [
      "Mook said as much in an interview, telling CNN that Trump had no plan.",
      "Mook",
      "Trump had no plan",
    ],
    [
      "Okafor spoke at length, telling reporters that the county would recover.",
      "Okafor",
      "the county would recover",
    ],
    [
      "The mayor argued for two years, warning that the bridge would fail.",
      "the mayor",
      "the bridge would fail",
    ],
    ["Vos was upbeat, declaring that the worst was over.", "Vos", "the worst was over"],
    [
      "Szabo declined to comment, saying only that the company would respond.",
      "Szabo",
      "the company would respond",
    ],
  ])("GIVEN %j THEN %s said %j: no listener, no object of the verb", (text, speaker, said) => {
    const statements = analyze(text).statements;
    expect(statements.map((s) => [s.speaker.name, s.text])).toEqual([[speaker, said]]);
  });
});

describe("a clause between the speaker and the verb", () => {
  it("GIVEN “The state's transport secretary, who asked the county for a report by Monday, quipped that \"…\"” THEN the quip is the claim, not the relative clause's request", () => {
    const statements = analyze(
      `The state's transport secretary, who asked the county for a full report by Monday, quipped that "a ferry is only as good as its oldest part."`,
    ).statements;
    expect(statements.map((s) => [s.speaker.name, s.cue, s.text])).toEqual([
      [
        "the state's transport secretary",
        "quipped",
        '"a ferry is only as good as its oldest part."',
      ],
    ]);
  });

  it.each([
    [
      "Petrov, asked about the penalty, said the referee was right.",
      "Petrov",
      "the referee was right",
    ],
    ["Obi, told of the ruling, said he would appeal.", "Obi", "he would appeal"],
  ])(
    "GIVEN %j THEN the verb after the clause set off by commas is the cue",
    (text, speaker, said) => {
      const statements = analyze(text).statements;
      expect(statements.map((s) => [s.speaker.name, s.cue, s.text])).toEqual([
        [speaker, "said", said],
      ]);
    },
  );

  it('GIVEN “Ruiz, telling a host that her children "…," said she would drive” THEN two claims, the quote\'s ending where the main verb comes', () => {
    const statements = analyze(
      'Dana Ruiz, telling a radio host that her children "will not be going back on that boat," said she would drive the long way round.',
    ).statements;
    expect(statements.map((s) => [s.speaker.name, s.cue, s.text])).toEqual([
      ["Dana Ruiz", "telling", 'her children "will not be going back on that boat,"'],
      ["Dana Ruiz", "said", "she would drive the long way round"],
    ]);
  });
});

describe("a name after a word for what someone does", () => {
  it('GIVEN “City boss Declan Hartley refused …” and then “"…," he said.” THEN he is Hartley, not the person named a paragraph before', () => {
    const analysis = analyze(
      [
        "Harbor United beat Port Alder City 2-1, with substitute Kofi Mensah scoring late.",
        'City boss Declan Hartley refused to blame the referee. "We lost our shape after the equaliser," he said.',
      ].join("\n\n"),
    );
    expect(analysis.statements.map((s) => [s.paragraph, s.speaker.name])).toEqual([
      [2, "Declan Hartley"],
    ]);
    expect(analysis.people.find((p) => p.name === "Declan Hartley")?.role).toBe("City boss");
  });
});

describe("openings and sources before the words said", () => {
  it("GIVEN “Voss declared a state of emergency … and said the National Guard would help …” THEN two claims, the second said", () => {
    const statements = analyze(
      "Governor Elena Voss declared a state of emergency for Kessel County and said the National Guard would help with rescues.",
    ).statements;
    expect(statements.map((s) => [s.cue, s.text])).toEqual([
      ["declared", "a state of emergency for Kessel County"],
      ["said", "the National Guard would help with rescues"],
    ]);
  });

  it.each([
    [
      "Late Tuesday, a spokesman for Northgate said the company would consider offers.",
      "a spokesman for Northgate",
      "the company would consider offers",
    ],
    [
      "According to the council's finance director, Joyce Amadi, borrowing will double by 2030.",
      "Joyce Amadi",
      "borrowing will double by 2030",
    ],
    // A sentence adverb (WordNet's) opens the sentence: no one is called "Previously".
    [
      'Previously, Ken Obi said the pier was "perfectly safe."',
      "Ken Obi",
      'the pier was "perfectly safe."',
    ],
    [
      'Most recently, Dana Ruiz warned that the pier was "not safe."',
      "Dana Ruiz",
      'the pier was "not safe."',
    ],
    // An institution's name with "of" in it, whole.
    [
      "Unemployment rose to 5.1 percent in May, the Bureau of Labor Statistics said on Friday.",
      "Bureau of Labor Statistics",
      "Unemployment rose to 5.1 percent in May",
    ],
    [
      'The Science and Technology Directorate of the Department of Coastal Security concluded that none of the walls were "fit for a storm."',
      "Science and Technology Directorate of the Department of Coastal Security",
      'none of the walls were "fit for a storm."',
    ],
    [
      'The Office of Budget and Planning of the Fenwick County Council said the plan was "unaffordable."',
      "Office of Budget and Planning of the Fenwick County Council",
      'the plan was "unaffordable."',
    ],
    [
      'The Maritime Accident Investigation Branch of the Department for Transport warned that pilots were "routinely exceeding safe speeds."',
      "Maritime Accident Investigation Branch of the Department for Transport",
      'pilots were "routinely exceeding safe speeds."',
    ],
    // Where or when it was said, between the verb and "that", is no part of what was said.
    [
      'Ken Obi said outside court that the sentence was "a start."',
      "Ken Obi",
      'the sentence was "a start."',
    ],
    // A person of an institution is still the person.
    [
      'Dana Ruiz of the Urban Institute said the plan was "unaffordable."',
      "Dana Ruiz",
      'the plan was "unaffordable."',
    ],
  ])("GIVEN %j THEN %j said %j", (text, speaker, said) => {
    const statements = analyze(text).statements;
    expect(statements.map((s) => [s.speaker.name, s.text])).toEqual([[speaker, said]]);
  });
});

describe("a description that speaks, then a pronoun", () => {
  it("GIVEN a named spokesman, then “One Obi spokesman said …” THEN the second is someone unnamed, not the named one", () => {
    const analysis = analyze(
      [
        "Ken Obi's spokesman, Tom Vance, said the mayor would not resign.",
        "One Obi spokesman said the review had been rushed.",
      ].join("\n\n"),
    );
    expect(analysis.statements.map((s) => [s.paragraph, s.speaker.name])).toEqual([
      [1, "Tom Vance"],
      [2, "One Obi spokesman"],
    ]);
  });

  it("GIVEN “One patient's daughter … told the Star …. 'Nobody came,' she said.” after a woman quoted a paragraph before THEN the daughter said it, not the woman", () => {
    const analysis = analyze(
      [
        "Dr Amara Okafor, the trust's medical director, said staff had been 'working flat out'.",
        "One patient's daughter, who did not want to be named, told the Star her father had been left in a corridor overnight. 'Nobody came,' she said.",
      ].join("\n\n"),
    );
    expect(analysis.statements.map((s) => [s.paragraph, s.speaker.name, s.text])).toEqual([
      [1, "Amara Okafor", "staff had been 'working flat out'"],
      [2, "One patient's daughter", "her father had been left in a corridor overnight"],
      [2, "One patient's daughter", "Nobody came"],
    ]);
  });
});

describe("speakers in trial, budget and outbreak copy", () => {
  it.each([
    [
      "Kowalczyk said she did not think the cigarette tax would reduce smoking among teenagers, as supporters have argued.",
      "Kowalczyk",
    ],
    [
      "Outside the courthouse, Okoro's sister, Grace Okoro-Bell, said the family had waited more than a year.",
      "Grace Okoro-Bell",
    ],
    [
      "Later Tuesday, a detective with the Cedar Falls Police Department, Sgt. Tomas Gutierrez, testified that investigators found no blood on the jacket.",
      "Tomas Gutierrez",
    ],
  ])("GIVEN %j THEN the speaker is %s", (text, name) => {
    expect(analyze(text).statements.map((s) => s.speaker.name)).toEqual([name]);
  });

  it("GIVEN “a detective with the …, Sgt. Tomas Gutierrez,” THEN his rank and the description before the name are his role", () => {
    const [statement] = analyze(
      "Later Tuesday, a detective with the Cedar Falls Police Department, Sgt. Tomas Gutierrez, testified that investigators found no blood on the jacket.",
    ).statements;
    expect(statement?.speaker).toMatchObject({
      role: "Sgt., detective with the Cedar Falls Police Department",
    });
  });

  it("GIVEN “Jessica Pruitt's 3-year-old son, Eli, …” THEN one person, Jessica Pruitt, not Jessica and Pruitt", () => {
    const { people } = analyze(
      "Jessica Pruitt's 3-year-old son, Eli, spent five days in hospital.\n\n\"He couldn't breathe,\" Pruitt said.",
    );
    expect(people.map((p) => p.name)).toContain("Jessica Pruitt");
    expect(people.map((p) => p.name)).not.toContain("Jessica");
  });
});

describe("a name someone goes by", () => {
  it("GIVEN “Harold Beebe, known to everyone as Hal, said …” then “Hal said” THEN both are Harold Beebe's, and Hal is one of his names", () => {
    const { statements, people } = analyze(
      'Harold Beebe, known to everyone as Hal, said the river was high.\n\n"We\'ll manage," Hal said.',
    );
    expect(statements.map((s) => s.speaker.name)).toEqual(["Harold Beebe", "Harold Beebe"]);
    expect(people).toEqual([
      expect.objectContaining({ name: "Harold Beebe", aliases: ["Harold Beebe", "Beebe", "Hal"] }),
    ]);
  });
});

describe("sources that are unnamed, nested or not speaking", () => {
  it.each([
    [
      "A senior Peruvian official, who spoke on condition of anonymity because he was not authorized to discuss the case, said prosecutors had found no weapons aboard the ship.",
      "a senior Peruvian official",
      "prosecutors had found no weapons aboard the ship",
    ],
    [
      "A senior executive at a French bank, who asked not to be named because he was not authorised to speak publicly, said his bank had spent 200 million euros on the rules.",
      "a senior executive at a French bank",
      "his bank had spent 200 million euros on the rules",
    ],
  ])(
    "GIVEN %j THEN the source and what they said, not why they are unnamed",
    (text, speaker, said) => {
      expect(analyze(text).statements.map((s) => [s.speaker.name, s.cue, s.text])).toEqual([
        [speaker, "said", said],
      ]);
    },
  );

  it("GIVEN “Lindqvist denied that …, according to the regulator's own findings.” THEN Lindqvist denied it", () => {
    const statements = analyze(
      "Chief executive Marcus Lindqvist said the company had acted quickly.\n\nLindqvist denied that the company had known about the flaw before March, when the attackers first gained access, according to the regulator's own findings.",
    ).statements.filter((s) => s.paragraph === 2);
    expect(statements.map((s) => [s.speaker.name, s.cue])).toEqual([
      ["Marcus Lindqvist", "denied"],
    ]);
  });

  it.each([
    ['"It was a mistake," said a longtime adviser to Ken Obi.', "a longtime adviser to Ken Obi"],
    ['"It was a mistake," said Ken Obi to reporters on Monday.', "Ken Obi"],
  ])("GIVEN %j THEN the speaker is %j: whom a description serves is part of it", (text, name) => {
    expect(analyze(text).statements.map((s) => s.speaker.name)).toEqual([name]);
  });

  it.each([
    '"The pier stays shut," Ken Obi said at a hearing, according to the Fenwick Star.',
    'The pier is "shut for good," Ken Obi wrote, according to the Fenwick Star.',
  ])(
    "GIVEN %j THEN the quote is Obi's, and the quote with his attribution the Fenwick Star's",
    (text) => {
      const { statements } = analyze(text);
      expect(statements).toHaveLength(2);
      const account = statements.find((s) => s.kind === "reported");
      expect(statements.find((s) => s !== account)).toMatchObject({ speaker: { name: "Ken Obi" } });
      expect(account).toMatchObject({
        text: expect.stringMatching(/shut.*Ken Obi (?:said|wrote)$/),
        speaker: { name: "Fenwick Star" },
        cue: "according to",
      });
    },
  );

  it.each([
    [
      "Chile recalled its ambassador to Peru on Monday after Peruvian authorities detained 14 crew members.",
      0,
    ],
    [
      "Benjamin J. Rhodes, one of the president's closest aides, recalled Mr. Obama talking about \"Collapse: How Societies Choose to Fail or Succeed,\" Jared Diamond's 2005 best seller.",
      1,
    ],
    ["Margaret Dunleavy recalled that the ferry had never missed a crossing.", 1],
  ])(
    "GIVEN %j THEN %i statements (recalling an envoy is an act, recalling a talk is speech)",
    (text, count) => {
      expect(analyze(text).statements).toHaveLength(count);
    },
  );
});

describe("what is said, and what only looks like it", () => {
  it("GIVEN “defense attorney Lydia Marsh”, a name the tagger reads as a place THEN a person, with her role", () => {
    const { people } = analyze(
      "Under cross-examination, defense attorney Lydia Marsh pressed Hartwell on the lighting and the distance.",
    );
    expect(people.find((p) => p.name === "Lydia Marsh")?.role).toBe("defense attorney");
  });

  it("GIVEN “Under cross-examination, defense attorney Lydia Marsh pressed Hartwell on the lighting …” THEN no statement: a question's topic is no claim", () => {
    expect(
      analyze(
        "Under cross-examination, defense attorney Lydia Marsh pressed Hartwell on the lighting and the distance, which a police diagram put at roughly 120 feet.",
      ).statements,
    ).toEqual([]);
  });

  it("GIVEN “a spokeswoman for the port said”, then “The spokeswoman for the port added” THEN one speaker, as first described", () => {
    const { statements } = analyze(
      '"We have no choice," a spokeswoman for the port said.\n\nThe spokeswoman for the port added that the rise would be reviewed in June.\n\nA spokesman for the union said the rise was "a blow."\n\nA spokesman for the union later said that talks would go on.',
    );
    expect(statements.map((s) => s.speaker.name)).toEqual([
      "a spokeswoman for the port",
      "a spokeswoman for the port",
      "a spokesman for the union",
      "a spokesman for the union",
    ]);
  });

  it("GIVEN “Following a hastily announced, late-night vote, the Harbor Council released …” THEN the opening phrase speaks for no one", () => {
    const { statements } = analyze(
      'Following a hastily announced, late-night vote, the Harbor Council released a letter describing the fuel spill as "a breach" of the town charter.',
    );
    expect(statements.map((s) => s.speaker.name)).not.toContainEqual(
      expect.stringMatching(/Following/),
    );
  });

  it("GIVEN an attribution that interrupts a sentence (“The budget, Tsai said on Friday, leaves …”) THEN the whole sentence is his", () => {
    const [statement] = analyze(
      "Finance Director Howard Tsai spoke first.\n\nThe budget, Tsai said on Friday, leaves a gap of $38 million next year.",
    ).statements.filter((s) => s.paragraph === 2);
    expect(statement).toMatchObject({ cue: "said", speaker: { name: "Howard Tsai" } });
  });
});

describe("cases a code review of the new rules raised", () => {
  it.each([
    [
      'Sen. Lindsey Graham said the deal was bad for America.\n\n"We will fight it," he said.',
      "Lindsey Graham",
    ],
    [
      'King County Prosecutor Leesa Manion charged the driver on Monday.\n\n"This was a senseless act," she said.',
      "Leesa Manion",
    ],
    [
      'Police Chief Mark Lopez said officers arrested a suspect, Daniel Ortiz, 34, on Tuesday.\n\n"We are relieved this is over," he said.',
      "Mark Lopez",
    ],
  ])(
    "GIVEN %j THEN the pronoun's quote is %s's (a gender guess or a newcomer never loses or moves it)",
    (text, name) => {
      const quote = analyze(text).statements.find((s) => s.paragraph === 2);
      expect(quote?.speaker.name).toBe(name);
    },
  );

  it.each([
    [
      "Police and Crime Commissioner David Sidwick said the force needed more officers.",
      "David Sidwick",
    ],
    ["These employees, Stumpf told lawmakers, were well paid and had been fired.", "Stumpf"],
  ])("GIVEN %j THEN the speaker is %s", (text, name) => {
    expect(analyze(text).statements.map((s) => s.speaker.name)).toEqual([name]);
  });

  it.each([
    "The PM said the talks would resume.",
    "One juror on the panel said the evidence was thin.",
  ])("GIVEN %j THEN no organisation speaks (a title, a person)", (text) => {
    expect(analyze(text).statements.every((s) => s.speaker.kind !== "organisation")).toBe(true);
  });

  it("GIVEN “…, telling reporters the bill that passed was flawed.” THEN no statement “passed was flawed”", () => {
    const texts = analyze(
      "Okafor spoke at length, telling reporters the bill that passed was flawed.",
    ).statements.map((s) => s.text);
    expect(texts).not.toContain("passed was flawed");
  });

  it("GIVEN “The mayor asked residents on the east side to evacuate …” THEN a request, which is said", () => {
    expect(
      analyze("The mayor asked residents on the east side to evacuate before noon.").statements,
    ).toHaveLength(1);
  });
});

describe("institutions named as speakers", () => {
  it.each([
    ["A final decision is expected early next year, the ICO said.", "ICO"],
    ["A final ruling is expected in the spring, the regulator said.", "regulator"],
    ["The integrity unit said the capsules came from an opened container.", "integrity unit"],
    [
      "The Department of Health and Social Care said it was investing £95m in maternity services.",
      "Department of Health and Social Care",
    ],
    [
      "Mothers will be sent to Doncaster, the Hallamford and Don Valley NHS Foundation Trust confirmed on Tuesday.",
      "Hallamford and Don Valley NHS Foundation Trust",
    ],
  ])("GIVEN %j THEN the organisation %j speaks", (text, name) => {
    expect(analyze(text).statements.map((s) => s.speaker)).toEqual([
      { kind: "organisation", name },
    ]);
  });

  it("GIVEN “The local MP, Mr Tom Ellery, said …” THEN Tom Ellery, local MP (MP is a title, not a name)", () => {
    expect(
      analyze("The local MP, Mr Tom Ellery, said he had written to the minister.").statements[0]
        ?.speaker,
    ).toEqual({
      kind: "person",
      name: "Tom Ellery",
      role: "local MP",
    });
  });
});

describe("titles abbreviated before a name", () => {
  it.each([
    ["Det. Maria Ruiz said the men were seen leaving the building.", "Maria Ruiz", "Det."],
    ["Det. Supt. Alan Brooke said the inquiry was continuing.", "Alan Brooke", "Det. Supt."],
    ["The Rev. Thomas Hale said the congregation would hold a vigil.", "Thomas Hale", undefined],
    ["Hon. Grace Mwangi said the bill would pass.", "Grace Mwangi", undefined],
    [
      "Sgt. Andrea Molina, a police spokeswoman, said the road was closed.",
      "Andrea Molina",
      "Sgt., police spokeswoman",
    ],
    [
      "Dr. Anjali Mehta, the race's medical director, said the heat was dangerous.",
      "Anjali Mehta",
      "race's medical director",
    ],
  ])(
    "GIVEN %j THEN the speaker is %s, with the rank as role (%s), a courtesy title as none",
    (text, name, role) => {
      const [statement, ...others] = analyze(text).statements;
      expect(others).toEqual([]);
      expect(statement?.speaker).toMatchObject({ kind: "person", name });
      expect(statement?.speaker.kind === "person" && statement.speaker.role).toBe(
        role ?? undefined,
      );
    },
  );
});

describe("a partial quote whose attribution follows it", () => {
  it.each([
    [
      'The cooperative approved a $2 million program, known as "Winter Ready for Everyone," its board said Tuesday.',
      'The cooperative approved a $2 million program, known as "Winter Ready for Everyone,"',
    ],
    ['Oz is "smart as hell," Steve Mosko wrote.', 'Oz is "smart as hell,"'],
  ])("GIVEN %j THEN the statement closes the quote its lead-in opens: %j", (text, said) => {
    expect(analyze(text).statements.map((s) => [s.text, s.kind])).toEqual([[said, "partial"]]);
  });
});

describe("reported speech and the reporter's remarks on it", () => {
  it.each([
    [
      "The sheriff's office said two people had been reported missing but did not release their names.",
      ["two people had been reported missing"],
    ],
    [
      "The ministry said it would take all necessary measures, without giving details.",
      ["it would take all necessary measures"],
    ],
    [
      "Finance Director Howard Tsai spoke first. He estimated that gap at $38 million for next year.",
      ["that gap at $38 million for next year"],
    ],
    [
      'The ministry accused the United States of "weaponizing trade" and said it would retaliate.',
      ['the United States of "weaponizing trade"', "it would retaliate"],
    ],
  ])("GIVEN %j THEN what was said is %j, not the reporter's words after it", (text, said) => {
    expect(analyze(text).statements.map((s) => s.text)).toEqual(said);
  });
});

describe("a quote split by its attribution", () => {
  it('GIVEN `"We are not trying," she said, "to cut anyone off."` THEN one statement whose pieces are joined by an ellipsis, not side by side', () => {
    const { statements } = analyze(
      'Margaret Lindqvist is the commerce undersecretary. "We are not trying," Lindqvist said, "to cut anyone off."',
    );
    expect(statements.map((s) => s.text)).toEqual(["We are not trying … to cut anyone off."]);
  });
});

describe("an attribution whose verb comes before the speaker, at the sentence's end", () => {
  it.each(["said", "says"])(
    "GIVEN “…, %s Carl Whitacre, the county commissioner.” after words in no quotation marks THEN he said them",
    (verb) => {
      const [statement, ...others] = analyze(
        `The bridge will cut the drive to the hospital from 50 minutes to 15, ${verb} Carl Whitacre, the county commissioner.`,
      ).statements;
      expect(others).toEqual([]);
      expect(statement).toMatchObject({
        kind: "reported",
        cue: verb,
        text: "The bridge will cut the drive to the hospital from 50 minutes to 15",
        speaker: { name: "Carl Whitacre", role: "county commissioner" },
      });
    },
  );

  it("GIVEN “Tom Alvarez, a retired mail carrier, said he had …, his dogs and …” THEN Alvarez, not a speaker after “said”", () => {
    const { statements } = analyze(
      "Tom Alvarez, a retired mail carrier, said he had about 10 minutes to load his two dogs, his late wife's photo albums and a box of medications into his truck.",
    );
    expect(statements.map((s) => s.speaker.name)).toEqual(["Tom Alvarez"]);
  });
});

describe("a speaker after the verb, with where they serve", () => {
  it.each([
    ["said Secretary of State Dana Ruiz.", "Dana Ruiz", "Secretary of State"],
    ["said Devika Raman of Halvorsen Research.", "Devika Raman", "Halvorsen Research"],
    ["former Gov. Ken Obi of Harbor said on Tuesday.", "Ken Obi", "former Gov. of Harbor"],
  ])("GIVEN “…,” %s THEN the speaker is %j, role %j", (attribution, name, role) => {
    const [statement] = analyze(`"The pier will open in the spring," ${attribution}`).statements;
    expect(statement?.speaker).toMatchObject({ name, role });
  });

  it("GIVEN “…,” said Dana Ruiz at the hearing THEN “at the hearing” is where she spoke, not her role", () => {
    const [statement] = analyze(
      `"The pier will open in the spring," said Dana Ruiz at the hearing.`,
    ).statements;
    expect(statement?.speaker).toMatchObject({ name: "Dana Ruiz" });
    expect(statement?.speaker.role).toBeUndefined();
  });
});

describe("a sentence that only says who speaks, before the quote", () => {
  it.each([
    ["Dana Ruiz, the party's spokeswoman, said in a statement.", "Dana Ruiz", "said"],
    ["Harbor State University's Ken Obi agreed.", "Ken Obi", "agreed"],
  ])("GIVEN “%s” and then a quoted sentence THEN %j speaks the quote", (attribution, name, cue) => {
    const [statement, ...others] = analyze(
      `${attribution} "There are no paper ballots to count again. The caucuses were unique."`,
    ).statements;
    expect(others).toEqual([]);
    expect(statement).toMatchObject({ kind: "direct", cue, speaker: { name } });
    expect(statement?.text).toMatch(/^There are no paper ballots/);
  });

  it("GIVEN “Or maybe Ken Obi, analyst Dana Ruiz says.” before a quote THEN the quote is Ruiz's, who says it, not Obi's", () => {
    const { statements } = analyze(
      `Or maybe Ken Obi, analyst Dana Ruiz says. "Several surveys suggest a second look is under way."`,
    );
    const quote = statements.filter((s) => s.text.startsWith("Several"));
    expect(quote.map((s) => s.speaker.name)).toEqual(["Dana Ruiz"]);
  });

  it("GIVEN “insisting that the United States “must …”” THEN the cue is “insisting”, never the name “States”", () => {
    const { statements } = analyze(
      `Dana Ruiz released a statement last week, insisting that the United States "must stop treating the harbor like a dump."`,
    );
    expect(statements.map((s) => s.cue)).not.toContain("states");
  });
});

describe("a quote that goes on into the next paragraph", () => {
  it("GIVEN a paragraph whose quote is left open THEN the next paragraph's quote is the same speaker's", () => {
    const { statements } = analyze(
      [
        "Harbor Pier Closes",
        '"We have patched these pilings every winter for ten years," said Ken Obi, the harbor master.',
        '"The sea takes them back every spring, and the town pays again.',
        '"Nobody here wants to pay a third time for the same pier."',
      ].join("\n\n"),
    );
    expect(statements.find((s) => s.text.startsWith("Nobody here"))?.speaker.name).toBe("Ken Obi");
  });

  it("GIVEN a whole-paragraph quote after a paragraph whose quote closed THEN no speaker is guessed for it", () => {
    const { statements } = analyze(
      [
        "Harbor Pier Closes",
        '"We have patched these pilings every winter for ten years," said Ken Obi, the harbor master.',
        '"Nobody here wants to pay a third time for the same pier."',
      ].join("\n\n"),
    );
    expect(statements.filter((s) => s.text.startsWith("Nobody here"))).toEqual([]);
  });
});

describe("analyzeStory: whose words a quote is when two people are near it", () => {
  const speakerOf = (story: string, words: string) =>
    analyze(story).statements.find((s) => s.text.includes(words))?.speaker.name;

  it('GIVEN `Obi said he would "fix the pier," and Ruiz vowed …` THEN the quote is Obi\'s', () => {
    expect(
      speakerOf(
        'Ken Obi spoke first. Obi said he would "fix the pier," for instance, and Dana Ruiz vowed to "cut the fees" this year.',
        "fix the pier",
      ),
    ).toBe("Ken Obi");
  });

  it('GIVEN `Obi accuses the council of "…" and Ruiz says it is "…"` THEN each quote is its own clause\'s speaker\'s', () => {
    const story =
      'Ken Obi and Dana Ruiz both spoke. Ken Obi accuses the council of "sleeping on the job" and Dana Ruiz says it is "losing the harbor," a week before the vote.';
    expect(speakerOf(story, "sleeping on the job")).toBe("Ken Obi");
    expect(speakerOf(story, "losing the harbor")).toBe("Dana Ruiz");
  });

  it('GIVEN `Former secretary of state Dana Ruiz:"…"` THEN a label names Ruiz, not "Former"', () => {
    expect(
      speakerOf(
        'Tom Vance asked who had checked the pier. Former secretary of state Dana Ruiz:"We heard it from the harbor office and its own survey."',
        "We heard it from the harbor office",
      ),
    ).toBe("Dana Ruiz");
  });

  it('GIVEN `Obi and Ruiz will meet, Vance said, adding: "…"` THEN the quote is Vance\'s', () => {
    expect(
      speakerOf(
        'Ken Obi and Dana Ruiz will meet next week, Vance said, adding, "They need to talk."',
        "They need to talk",
      ),
    ).toBe("Vance");
  });

  it('GIVEN `Obi\'s son, Grant, defended him, saying: "…"` THEN the son speaks, by his name', () => {
    expect(
      speakerOf(
        'Ken Obi\'s son, Grant, defended his father on Tuesday, saying: "He has changed a lot."',
        "He has changed",
      ),
    ).toBe("Grant");
  });

  it('GIVEN `Former Secretary of State Dana Ruiz urged …, saying, "…"` THEN the speaker is Ruiz', () => {
    expect(
      speakerOf(
        'Former Secretary of State Dana Ruiz urged voters to turn out, saying, "Every vote counts here."',
        "Every vote counts",
      ),
    ).toBe("Dana Ruiz");
  });

  it('GIVEN `"…," wrote the consul at the time, Tom E. Vance` THEN the name after the description speaks', () => {
    expect(
      speakerOf(
        'Cables show the mayor pressed diplomats hard. With Ms. Ruiz\'s help, the party was "working to change its image from that of a haven for smugglers," wrote the British consul at the time, Tom E. Vance.',
        "working to change its image",
      ),
    ).toBe("Tom E. Vance");
  });

  it('GIVEN `"…," Vance said in an interview aired on "Harbor Mornings." "…"` THEN the title is no one\'s words and the next quote is Vance\'s', () => {
    const { statements } = analyze(
      '"Think back to spring, when nobody on the pier gave us a chance," Tom Vance said in an interview with the Fenwick Star\'s Dana Ruiz aired Monday on "Harbor Mornings." "We had one van and two phones."',
    );
    expect(statements.find((s) => s.text.includes("one van"))?.speaker.name).toBe("Tom Vance");
    expect(statements.some((s) => s.text === "Harbor Mornings")).toBe(false);
  });

  it("GIVEN `Dana Ruiz, dressed in a scarf stitched with Vance's name, said …` THEN Ruiz speaks, not Vance", () => {
    expect(
      speakerOf(
        'Port Alder delegate Dana Ruiz, dressed in a green scarf stitched with the name Vance, said the ballot could be a "washout" if Tom Vance cannot unite the party.',
        "washout",
      ),
    ).toBe("Dana Ruiz");
  });

  it('GIVEN `(The Fenwick Star says it tracks "…")` after another speaker\'s sentence THEN the outlet in brackets speaks', () => {
    expect(
      speakerOf(
        'Harbor Labs keeps its finances secret. The company says its researchers found 3,100 owners, against the Fenwick Star\'s 2,310. (The Fenwick Star says it counts another 300 "family trusts.")',
        "family trusts",
      ),
    ).toContain("Fenwick Star");
  });

  it("GIVEN `Obi wrote in an email: \"….\" Ruiz said the firm …` THEN the quote is Obi's, not the next sentence's speaker's", () => {
    expect(
      speakerOf(
        "In early October, Harbor's state director, Ken Obi, reached out to Fenwick Labs, writing in an email: \"Send us the ferry file by Friday.\" Dana Ruiz, the firm's owner, said the office never called back.",
        "Send us the ferry file",
      ),
    ).toBe("Ken Obi");
  });

  it('GIVEN `the council rejects the claim, with Ruiz taking to the radio to call Obi "…"` THEN Ruiz speaks', () => {
    expect(
      speakerOf(
        'Ken Obi says the harbor council hid the report. The council rejects the claim, with Dana Ruiz taking to the radio to call Obi "badly mistaken" about the dates.',
        "badly mistaken",
      ),
    ).toBe("Dana Ruiz");
  });

  it("GIVEN a description with someone's possessive (`Obi's spokeswoman said`) THEN it is not another spokeswoman the story names", () => {
    const { statements } = analyze(
      'Vance spokeswoman Lena Ortiz said the ferry would run. Obi\'s spokeswoman said the claim was "plainly false."',
    );
    expect(statements.find((s) => s.text.includes("plainly false"))?.speaker.name).not.toBe(
      "Lena Ortiz",
    );
  });
});
