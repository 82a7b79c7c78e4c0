import { describe, expect, it } from "vitest";
import { analyzeStory } from "../../src/statements/analyzeStory.js";
import type { Statement } from "../../src/statements/types.js";
import { parseStory } from "../../src/story/parseStory.js";

/** An invented story: a title, then the paragraphs given. */
const statementsOf = (...paragraphs: string[]): readonly Statement[] =>
  analyzeStory(
    parseStory(
      "port-alder-toll.txt",
      ["Port Alder weighs a harbor toll", ...paragraphs].join("\n\n"),
    ),
  ).statements;

/** The one statement whose words hold `words`. */
function saying(statements: readonly Statement[], words: string): Statement {
  const found = statements.filter((s) => s.text.includes(words));
  expect(found, `one statement with "${words}"`).toHaveLength(1);
  return found[0] as Statement;
}

describe("outer sources: the channel a sentence credits, kept beside the speaker", () => {
  it("GIVEN “According to pool reports, Obi said “…”” THEN Obi's words, via the pool reports", () => {
    const statements = statementsOf(
      "Mayor Ken Obi spoke at the pier on Tuesday.",
      'According to pool reports, Obi said "there is room to talk" after the vote.',
    );
    expect(saying(statements, "there is room to talk")).toMatchObject({
      speaker: { name: "Ken Obi" },
      via: "pool reports",
    });
  });

  it("GIVEN “…,” Obi told the Fenwick Star THEN Obi's words, via the Fenwick Star", () => {
    const statements = statementsOf(
      '"We will not back down on the toll," Ken Obi told the Fenwick Star.',
    );
    expect(saying(statements, "We will not back down")).toMatchObject({
      speaker: { name: "Ken Obi" },
      cue: "told",
      via: "the Fenwick Star",
    });
  });

  it("GIVEN “…,” Ruiz said in an interview with the Fenwick Star THEN via the Fenwick Star", () => {
    const statements = statementsOf(
      'The toll is "a tax on fishermen and nothing else," Dana Ruiz said in an interview with the Fenwick Star on Monday.',
    );
    expect(saying(statements, "a tax on fishermen")).toMatchObject({
      speaker: { name: "Dana Ruiz" },
      via: "the Fenwick Star",
    });
  });

  it("GIVEN “…,” said Vance, reports Fenwick Today, and the quote goes on THEN via Fenwick Today", () => {
    const statements = statementsOf(
      '"Nobody asked the dock workers," said Tom Vance, who runs the ferry line, reports Fenwick Today. "They found out from the radio."',
    );
    expect(saying(statements, "Nobody asked the dock workers")).toMatchObject({
      speaker: { name: "Tom Vance" },
      via: "Fenwick Today",
    });
  });

  it("GIVEN reported speech ending “…, according to a statement from his campaign” THEN the words stop before the source, which is kept", () => {
    const statements = statementsOf(
      'Ken Obi said the vote would go ahead "whatever the protests," according to a statement from his campaign.',
    );
    const statement = saying(statements, "the vote would go ahead");
    expect(statement.speaker.name).toBe("Ken Obi");
    expect(statement.via).toBe("a statement from his campaign");
    expect(statement.text).not.toContain("according to");
  });

  it("GIVEN a letter from the Dockworkers Guild obtained by the Fenwick Star THEN the guild's words, via the Star", () => {
    const statements = statementsOf(
      "A two-page letter from the Dockworkers Guild obtained by the Fenwick Star warns that “the crews will strike on Friday.”",
    );
    expect(saying(statements, "the crews will strike")).toMatchObject({
      speaker: { name: "Dockworkers Guild" },
      via: "the Fenwick Star",
    });
  });

  it.each([
    ['"It is a fair price," Ken Obi told Dana Ruiz at the meeting.', "It is a fair price"],
    ['"The books are open to anyone," Ken Obi told the council.', "The books are open"],
    [
      "Dana Ruiz denied that the firm had known about the leak, according to the regulator's own findings.",
      "the firm had known",
    ],
  ])("GIVEN %j (a listener, or a detail's source) THEN no outer source", (paragraph, words) => {
    expect(saying(statementsOf(paragraph), words).via).toBeUndefined();
  });

  it("GIVEN two speakers in one sentence, one of whom told the Star THEN neither is given the Star by that reading", () => {
    const statements = statementsOf(
      'Ken Obi told the Fenwick Star the toll "would pay for the pier," but Dana Ruiz said it "would empty the harbor."',
    );
    for (const statement of statements) expect(statement.via).toBeUndefined();
  });

  it("GIVEN “…, Obi reported” THEN the speaker's own attribution is no outer source", () => {
    const statements = statementsOf(
      "Mayor Ken Obi spoke at the pier.",
      "The pier had lost three boats to the storm, Obi reported.",
    );
    for (const statement of statements) expect(statement.via).toBeUndefined();
  });
});

describe("outer sources: media, quotes going on, and clauses the source is for", () => {
  it("GIVEN “In an interview with the Fenwick Star, Obi said …” THEN via the interview with the Star", () => {
    const statements = statementsOf(
      'In an interview with the Fenwick Star, Mayor Ken Obi said the toll "is the only way to pay for the pier."',
    );
    expect(saying(statements, "the only way to pay")).toMatchObject({
      speaker: { name: "Ken Obi" },
      via: "an interview with the Fenwick Star",
    });
  });

  it("GIVEN “In a Fenwick Star poll released Monday, residents said …” THEN via the poll", () => {
    const statements = statementsOf(
      'In a Fenwick Star poll released Monday, most residents said they were "strongly opposed" to the toll.',
    );
    expect(saying(statements, "strongly opposed").via).toBe("a Fenwick Star poll released Monday");
  });

  it.each([
    'In an interview Tuesday, Dana Ruiz said the toll "would empty the harbor."',
    'In a speech at Alder Hall, Dana Ruiz said the toll "would empty the harbor."',
  ])("GIVEN %j (no one else's medium named) THEN no outer source", (paragraph) => {
    expect(saying(statementsOf(paragraph), "would empty the harbor").via).toBeUndefined();
  });

  it("GIVEN “…,” Obi said, according to a pool report. “…” THEN the source ends at the stop, and the quote goes on", () => {
    const statements = statementsOf(
      "“They don’t care about the toll,” Ken Obi said of the families, according to a Fenwick Star pool report. “Nor do I. The pier comes first.”",
    );
    const statement = saying(statements, "They don’t care about the toll");
    expect(statement.via).toBe("a Fenwick Star pool report");
    expect(statement.text).toContain("Nor do I");
  });

  it("GIVEN “According to her notes, she warned …” THEN the speaker's own account is no outer source", () => {
    const statements = statementsOf(
      "Dr. Dana Ruiz examined the mayor on Friday.",
      "According to her notes, she warned that the mayor see a specialist.",
    );
    for (const statement of statements) expect(statement.via).toBeUndefined();
  });

  it("GIVEN a source that closes a clause joined on after the statement THEN it is not the statement's", () => {
    const statements = statementsOf(
      "Mayor Ken Obi has praised the harbor crews over the past year, and won 70 percent of the vote in the dock wards, according to exit polls.",
      "In Port Alder, crowds lined the quay, Fenwick Radio reported, while in Saltmere the boats sounded their horns, the Fenwick Star reported.",
    );
    for (const statement of statements) {
      expect(statement.via ?? "").not.toBe("exit polls");
      expect(statement.via ?? "").not.toBe("the Fenwick Star");
    }
  });
});
