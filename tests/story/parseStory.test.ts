import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { UserFacingError } from "../../src/errors.js";
import { analyzeStory } from "../../src/statements/analyzeStory.js";
import { decodeStoryFile } from "../../src/story/decodeStoryFile.js";
import { parseStory } from "../../src/story/parseStory.js";
import type { Story } from "../../src/story/types.js";

const STORIES = fileURLToPath(new URL("../fixtures/stories/", import.meta.url));
const CORPUS = fileURLToPath(new URL("../../corpus/", import.meta.url));

/** Reads a story file the way loadCorpus does: bytes, decoded, then parsed. */
function loadStory(file: string): Story {
  return parseStory(file, decodeStoryFile(file, readFileSync(file)));
}

function paragraphTexts(story: Story): string[] {
  return story.body.map((paragraph) => paragraph.text);
}

describe("parseStory on the fixture stories", () => {
  it.each([
    ["harbor-city-budget.md", 17],
    ["ridgeline-wildfire.txt", 15],
    ["chip-export-rules.txt", 17],
    ["coastal-marathon-heat.md", 12],
  ])("GIVEN %s WHEN parsed THEN it has %i body paragraphs numbered from ¶1", (name, count) => {
    const story = loadStory(`${STORIES}${name}`);
    expect(story.body).toHaveLength(count);
    expect(story.body.map((paragraph) => paragraph.number)).toEqual(
      Array.from({ length: count }, (_, index) => index + 1),
    );
  });

  it("GIVEN the bundled Putin story WHEN parsed THEN it has 19 body paragraphs and ¶5 is the one about several hundred UAVs", () => {
    const story = loadStory(`${CORPUS}putin-visits-tehran.txt`);
    expect(story.id).toBe("putin-visits-tehran");
    expect(story.body).toHaveLength(19);
    expect(story.body[4]?.number).toBe(5);
    expect(story.body[4]?.text).toContain("up to several hundred UAVs");
    expect(story.body[18]?.text).toBe(
      "Neither Saudi Arabia nor Israel have joined international efforts to punish Putin over his unprovoked invasion of Ukraine.",
    );
  });

  it("GIVEN the bundled Putin story WHEN parsed THEN its Fox-style credit line gives outlet Fox News and three contributors", () => {
    const story = loadStory(`${CORPUS}putin-visits-tehran.txt`);
    expect(story.outlet).toBe("Fox News");
    expect(story.contributors).toEqual(["Ben Evansky", "Caitlin McFall", "The Associated Press"]);
    expect(story.asides.at(-1)).toEqual({
      kind: "credit",
      text: "Fox News' Ben Evansky, Caitlin McFall and The Associated Press contributed to this report.",
      after: 19,
    });
    expect(paragraphTexts(story).some((text) => text.includes("contributed to this report"))).toBe(
      false,
    );
  });

  it("GIVEN the bundled Putin story WHEN parsed THEN its ALL-CAPS related-story lines are headline asides placed between the paragraphs they sit between", () => {
    const story = loadStory(`${CORPUS}putin-visits-tehran.txt`);
    const headlines = story.asides.filter((aside) => aside.kind === "headline");
    expect(headlines).toEqual([
      {
        kind: "headline",
        text: "US SAYS RUSSIAN OFFICIALS VISITED IRAN TO VIEW DRONES FOR WAR AGAINST UKRAINE",
        after: 4,
      },
      {
        kind: "headline",
        text: "WHITE HOUSE ACCUSES IRAN OF GIFTING 'SEVERAL HUNDRED' DRONES TO RUSSIA",
        after: 13,
      },
    ]);
    expect(story.body[3]?.text).toMatch(
      /^Putin’s visit to Iran comes after the Biden administration/,
    );
    expect(story.body[4]?.text).toMatch(/^White House national security adviser Jake Sullivan/);
    expect(paragraphTexts(story)).not.toContain(headlines[0]?.text);
  });

  it("GIVEN the bundled Putin story WHEN parsed THEN curly apostrophes stay verbatim in the paragraph text", () => {
    const story = loadStory(`${CORPUS}putin-visits-tehran.txt`);
    expect(story.body[3]?.text).toContain("Putin’s visit to Iran");
    expect(story.body[3]?.text).not.toContain("Putin's");
  });

  it("GIVEN the Harbor City story with full front matter WHEN parsed THEN title, outlet, url, published and contributors come from it", () => {
    const story = loadStory(`${STORIES}harbor-city-budget.md`);
    expect(story).toMatchObject({
      id: "harbor-city-budget",
      title: "Harbor City Council passes $1.42 billion budget with first tax increase since 2019",
      titleSource: "front-matter",
      outlet: "Harbor City Ledger",
      url: "https://www.example.com/news/2026/03/14/harbor-city-council-passes-budget",
      published: "2026-03-14",
      contributors: ["Dana Whitfield", "Marcus Oyelaran"],
    });
  });

  it("GIVEN the Harbor City story's hard-wrapped Markdown paragraphs WHEN parsed THEN each paragraph's lines are joined by single spaces", () => {
    const story = loadStory(`${STORIES}harbor-city-budget.md`);
    expect(story.body[0]?.text).toBe(
      "The Harbor City Council approved a $1.42 billion operating budget for the 2026-27 fiscal year early Saturday, voting 7-2 after a nine-hour session that stretched past 1 a.m. and closed out months of wrangling over police overtime, library hours and a proposed property tax increase.",
    );
    expect(story.body[16]?.text).toMatch(/^The budget takes effect July 1\./);
  });

  it("GIVEN a .txt story pasted with its headline on the first line THEN the headline is the title, not ¶1, and the lede's dateline names the outlet", () => {
    const story = parseStory(
      "pulsewell.txt",
      "Regulator moves to fine fitness app Pulsewell £18.4 million over data breach\n\nLONDON (Pacific Wire) — Britain's data regulator said on Tuesday it intends to fine Pulsewell.\n\nThe company said it would appeal.",
    );
    expect(story.title).toBe(
      "Regulator moves to fine fitness app Pulsewell £18.4 million over data breach",
    );
    expect(story.body.map((p) => p.number)).toEqual([1, 2]);
    expect(story.body[0]?.text).toMatch(/^LONDON \(Pacific Wire\) — Britain's/);
    expect(story.outlet).toBe("Pacific Wire");
  });

  it.each([
    [
      "a lede that ends with a stop",
      "Two men were arrested Friday.\n\nPolice said more arrests were likely.",
    ],
    ["a story of one line", "Two men arrested after warehouse fire"],
  ])("GIVEN a .txt story whose first line is %s THEN it is ¶1", (_kind, text) => {
    expect(parseStory("arrests.txt", text).body[0]?.text).toBe(text.split("\n")[0]);
  });

  it("GIVEN the marathon story with a # heading and no front matter WHEN parsed THEN the heading is the title and not a numbered paragraph", () => {
    const story = loadStory(`${STORIES}coastal-marathon-heat.md`);
    const heading =
      "Heat forces organizers to cut short Seabright Coastal Marathon; 73 runners treated";
    expect(story.title).toBe(heading);
    expect(story.titleSource).toBe("heading");
    expect(story.asides).toEqual([{ kind: "headline", text: heading, after: 0 }]);
    expect(story.body[0]?.text).toMatch(
      /^SEABRIGHT — Organizers of the Seabright Coastal Marathon/,
    );
  });

  it("GIVEN the wildfire story with CRLF line ends and hard-wrapped paragraphs WHEN decoded and parsed THEN paragraphs are the blank-line blocks with no carriage returns", () => {
    const story = loadStory(`${STORIES}ridgeline-wildfire.txt`);
    expect(story.body).toHaveLength(15);
    expect(story.body[0]?.text).toBe(
      "RIDGELINE, Colo. (Reuters) - Thousands of people fled their homes in the foothills west of Ridgeline on Wednesday as a wind-driven wildfire jumped a county highway and raced through dry grass and timber, destroying at least 43 structures and forcing the evacuation of about 8,200 residents, authorities said.",
    );
    expect(story.body.every((paragraph) => !paragraph.text.includes("\r"))).toBe(true);
  });

  it("GIVEN the wildfire story WHEN parsed THEN curly quotes are kept verbatim", () => {
    const story = loadStory(`${STORIES}ridgeline-wildfire.txt`);
    expect(story.body[2]?.text).toMatch(/^“We had gusts up to 60 miles an hour/);
    expect(story.body[2]?.text).toContain("People can’t.”");
  });

  it("GIVEN the wildfire story's Reuters credit and dateline WHEN parsed THEN the reporter is the only contributor, the editor is not, and Reuters is the outlet", () => {
    const story = loadStory(`${STORIES}ridgeline-wildfire.txt`);
    expect(story.contributors).toEqual(["Hannah Kessler"]);
    expect(story.outlet).toBe("Reuters");
    expect(story.asides).toEqual([
      {
        kind: "credit",
        text: "Reporting by Hannah Kessler in Ridgeline; Editing by Daniel Osei",
        after: 15,
      },
    ]);
  });

  it("GIVEN the wildfire story with no title WHEN parsed THEN the title is the lede's first sentence from after its dateline", () => {
    const story = loadStory(`${STORIES}ridgeline-wildfire.txt`);
    expect(story.titleSource).toBe("lede");
    // "Colo." is the state in the dateline, not the end of a sentence; the dateline is no title.
    expect(story.title).toMatch(/^Thousands of people fled their homes in the foothills/);
  });

  it("GIVEN the chip story with one paragraph per line WHEN parsed THEN each non-headline line is a paragraph, its AP-writers credit names the writers, and the AP of its dateline is the outlet", () => {
    const story = loadStory(`${STORIES}chip-export-rules.txt`);
    expect(story.body).toHaveLength(17);
    expect(story.body[5]?.text).toMatch(/^The Dutch trade ministry said in a statement/);
    expect(story.asides.map((aside) => [aside.kind, aside.after])).toEqual([
      ["headline", 5],
      ["headline", 12],
      ["credit", 17],
    ]);
    expect(story.contributors).toEqual(["Ken Mori", "Lena Visser"]);
    expect(story.outlet).toBe("The Associated Press");
  });

  it("GIVEN the chip story with no title WHEN parsed THEN a lede first sentence over 100 characters is cut at a word and ends with an ellipsis", () => {
    const story = loadStory(`${STORIES}chip-export-rules.txt`);
    expect(story.titleSource).toBe("lede");
    expect(story.title).toBe(
      "The United States on Thursday imposed sweeping new limits on the sale of advanced chipmaking…",
    );
  });
});

describe("parseStory on small texts", () => {
  it("GIVEN a .txt with one paragraph per line WHEN parsed THEN every line is its own paragraph", () => {
    const story = parseStory(
      "lines.txt",
      "The mayor opened the bridge on Monday.\nTraffic resumed an hour later.\nOfficials said repairs cost $2 million.\n",
    );
    expect(paragraphTexts(story)).toEqual([
      "The mayor opened the bridge on Monday.",
      "Traffic resumed an hour later.",
      "Officials said repairs cost $2 million.",
    ]);
  });

  it("GIVEN a .txt with blank-line-separated hard-wrapped paragraphs WHEN parsed THEN each block's lines are joined into one paragraph", () => {
    const story = parseStory(
      "wrapped.txt",
      "The mayor opened the bridge\non Monday morning.\n\nTraffic resumed an hour\nlater, officials said.\n",
    );
    expect(paragraphTexts(story)).toEqual([
      "The mayor opened the bridge on Monday morning.",
      "Traffic resumed an hour later, officials said.",
    ]);
  });

  it("GIVEN a .txt whose blank lines hold spaces and tabs WHEN parsed THEN they still separate paragraphs", () => {
    const story = parseStory(
      "spaced.txt",
      "First paragraph is here.\n \t \nSecond paragraph is here.",
    );
    expect(paragraphTexts(story)).toEqual([
      "First paragraph is here.",
      "Second paragraph is here.",
    ]);
  });

  it("GIVEN a story file with CRLF line ends and a byte-order mark WHEN decoded and parsed THEN paragraphs split on the CRLF blank lines and carry no BOM or CR", () => {
    const bytes = new TextEncoder().encode(
      "\uFEFFThe mayor opened the bridge\r\non Monday morning.\r\n\r\nTraffic resumed an hour later.\r\n",
    );
    const story = parseStory("crlf.txt", decodeStoryFile("crlf.txt", bytes));
    expect(paragraphTexts(story)).toEqual([
      "The mayor opened the bridge on Monday morning.",
      "Traffic resumed an hour later.",
    ]);
    expect(story.title).toBe("The mayor opened the bridge on Monday morning.");
  });

  it("GIVEN a story holding terminal escape sequences and control characters WHEN decoded and parsed THEN none of them is left in its text", () => {
    const bytes = new TextEncoder().encode(
      "The mayor \u001b[31mopened\u001b[0m the bridge.\u0007\n\nTraffic\u001b]0;owned\u0007 resumed\u0008 at\u009b2J noon.\u001bc\n",
    );
    const story = parseStory("escapes.txt", decodeStoryFile("escapes.txt", bytes));
    expect(paragraphTexts(story)).toEqual([
      "The mayor opened the bridge.",
      "Traffic resumed at noon.",
    ]);
    for (const text of paragraphTexts(story)) expect(text).not.toMatch(/\p{Cc}/u);
  });

  it("GIVEN accents typed as combining marks WHEN decoded THEN they are composed (NFC), so the name is the same letters as a precomposed one", () => {
    const bytes = new TextEncoder().encode("Se\u0301bastien Duval opened the cafe\u0301.");
    const story = parseStory("nfc.txt", decodeStoryFile("nfc.txt", bytes));
    expect(paragraphTexts(story)).toEqual(["S\u00e9bastien Duval opened the caf\u00e9."]);
  });

  it("GIVEN a story copied from a web page with its share buttons WHEN parsed THEN the buttons are page asides, not numbered paragraphs", () => {
    const story = parseStory(
      "pier.txt",
      [
        "The harbour board approved the new pier on Monday.",
        "Share this with",
        "Email",
        "Facebook | Twitter | WhatsApp",
        "Work starts in June, the board said.",
        "Copy this link",
        "Advertisement",
        "Share your views with the board by email before Friday.",
      ].join("\n\n"),
    );
    expect(paragraphTexts(story)).toEqual([
      "The harbour board approved the new pier on Monday.",
      "Work starts in June, the board said.",
      "Share your views with the board by email before Friday.",
    ]);
    expect(story.asides).toEqual([
      { kind: "page", text: "Share this with", after: 1 },
      { kind: "page", text: "Email", after: 1 },
      { kind: "page", text: "Facebook | Twitter | WhatsApp", after: 1 },
      { kind: "page", text: "Copy this link", after: 2 },
      { kind: "page", text: "Advertisement", after: 2 },
    ]);
  });

  it("GIVEN a name with a non-breaking hyphen (Jean\u2011Pierre) WHEN decoded THEN it reads as a plain hyphen", () => {
    const bytes = new TextEncoder().encode("Jean\u2011Pierre Ruiz and Anne\u2010Marie Obi met.");
    const story = parseStory("hyphen.txt", decodeStoryFile("hyphen.txt", bytes));
    expect(paragraphTexts(story)).toEqual(["Jean-Pierre Ruiz and Anne-Marie Obi met."]);
  });

  it("GIVEN a Markdown story with a BOM before its front matter WHEN decoded and parsed THEN the front matter is still read", () => {
    const bytes = new TextEncoder().encode(
      "\uFEFF---\r\ntitle: Bridge reopens\r\n---\r\n\r\nThe mayor opened the bridge.\r\n",
    );
    const story = parseStory("bom.md", decodeStoryFile("bom.md", bytes));
    expect(story.title).toBe("Bridge reopens");
    expect(story.titleSource).toBe("front-matter");
    expect(paragraphTexts(story)).toEqual(["The mayor opened the bridge."]);
  });

  it('GIVEN front matter listing contributors as an "A, B and C" string WHEN parsed THEN contributors are the three names', () => {
    const story = parseStory(
      "names.md",
      "---\ncontributors: Ana Ruiz, Tom Hale and Li Wei\n---\n\nThe council met.\n",
    );
    expect(story.contributors).toEqual(["Ana Ruiz", "Tom Hale", "Li Wei"]);
  });

  it("GIVEN front matter with unknown keys WHEN parsed THEN they are ignored and the known ones kept", () => {
    const story = parseStory(
      "extra.md",
      "---\ntitle: Bridge reopens\nsection: Metro\ntags: [roads, bridges]\n---\n\nThe mayor opened the bridge.\n",
    );
    expect(story.title).toBe("Bridge reopens");
    expect(story).not.toHaveProperty("section");
    expect(story).not.toHaveProperty("tags");
  });

  it("GIVEN front matter contributors and a credit line WHEN parsed THEN the front matter's contributors win and the credit's outlet still fills in", () => {
    const story = parseStory(
      "both.md",
      "---\ncontributors: [Ana Ruiz]\n---\n\nThe council met on Monday.\n\nCNN's Jane Doe contributed to this report.\n",
    );
    expect(story.contributors).toEqual(["Ana Ruiz"]);
    expect(story.outlet).toBe("CNN");
    expect(story.body).toHaveLength(1);
  });

  it("GIVEN a Markdown story with a heading but a front matter title WHEN parsed THEN the front matter title wins", () => {
    const story = parseStory(
      "titled.md",
      "---\ntitle: From the front matter\n---\n\n# From the heading\n\nThe council met.\n",
    );
    expect(story.title).toBe("From the front matter");
    expect(story.titleSource).toBe("front-matter");
  });

  it("GIVEN an AP credit naming writers in two cities WHEN parsed THEN contributors are the writers without the places, then the agency", () => {
    const story = parseStory(
      "ap.txt",
      "The talks ended without a deal.\nAssociated Press writers Mari Yamaguchi in Tokyo and Mike Corder in Amsterdam contributed to this report.\n",
    );
    expect(story.contributors).toEqual(["Mari Yamaguchi", "Mike Corder", "Associated Press"]);
    expect(story.body).toHaveLength(1);
  });

  it("GIVEN “AP Sports Writer Hannah Delacourt contributed to this report.” THEN the writer is Hannah Delacourt, the job no part of her name", () => {
    const story = parseStory(
      "match.txt",
      "Rovers won 3-2.\nAP Sports Writer Hannah Delacourt contributed to this report.\n",
    );
    expect(story.contributors).toEqual(["Hannah Delacourt", "AP"]);
  });

  it("GIVEN a credit-like sentence in the middle of a story WHEN parsed THEN it stays a numbered paragraph and gives no contributors", () => {
    const story = parseStory(
      "middle.txt",
      [
        "The food bank reopened on Saturday.",
        "Local farmers contributed to this report.",
        "The shelves were full by noon, volunteers said.",
      ].join("\n"),
    );
    expect(paragraphTexts(story)).toEqual([
      "The food bank reopened on Saturday.",
      "Local farmers contributed to this report.",
      "The shelves were full by noon, volunteers said.",
    ]);
    expect(story.contributors).toEqual([]);
    expect(story.asides).toEqual([]);
  });

  it("GIVEN a last paragraph that says who contributed but names no one WHEN parsed THEN it stays a numbered paragraph", () => {
    const story = parseStory(
      "volunteers.txt",
      ["The food bank reopened on Saturday.", "Hundreds of volunteers contributed."].join("\n"),
    );
    expect(paragraphTexts(story)).toEqual([
      "The food bank reopened on Saturday.",
      "Hundreds of volunteers contributed.",
    ]);
    expect(story.contributors).toEqual([]);
  });

  it("GIVEN a credit line followed by an ALL-CAPS related-story line WHEN parsed THEN the credit is still found and neither is numbered", () => {
    const story = parseStory(
      "trailing.txt",
      "The council met on Monday.\nThe vote was 5-2.\nFox News' Jane Doe contributed to this report.\nMORE ON THE COUNCIL VOTE HERE\n",
    );
    expect(story.body).toHaveLength(2);
    expect(story.outlet).toBe("Fox News");
    expect(story.contributors).toEqual(["Jane Doe"]);
    expect(story.asides.map((aside) => aside.kind)).toEqual(["credit", "headline"]);
  });

  it("GIVEN a story with no title WHEN parsed THEN the title is the lede's first sentence", () => {
    const story = parseStory(
      "untitled.txt",
      "The bridge reopened Monday. Traffic resumed.\nOfficials were pleased.",
    );
    expect(story.title).toBe("The bridge reopened Monday.");
    expect(story.titleSource).toBe("lede");
  });

  it("GIVEN a paragraph WHEN parsed THEN its sentences are found with offsets into the paragraph", () => {
    const story = parseStory("sentences.txt", "The bridge reopened Monday. Traffic resumed.");
    const paragraph = story.body[0];
    expect(paragraph?.sentences.map((sentence) => sentence.text)).toEqual([
      "The bridge reopened Monday.",
      "Traffic resumed.",
    ]);
    for (const sentence of paragraph?.sentences ?? []) {
      expect(paragraph?.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  });

  it("GIVEN an ALL-CAPS line before the first paragraph WHEN parsed THEN it is a headline aside placed after ¶0 and the body still starts at ¶1", () => {
    const story = parseStory(
      "aside-first.txt",
      "BREAKING NEWS FROM CITY HALL\nThe council met.\nIt voted.",
    );
    expect(story.asides).toEqual([
      { kind: "headline", text: "BREAKING NEWS FROM CITY HALL", after: 0 },
    ]);
    expect(story.body.map((paragraph) => [paragraph.number, paragraph.text])).toEqual([
      [1, "The council met."],
      [2, "It voted."],
    ]);
  });
});

describe("parseStory on files that hold no story", () => {
  it.each([
    ["an empty .txt", "empty.txt", ""],
    ["a whitespace-only .txt", "blank.txt", "  \n\n\t \n"],
    ["an empty .md", "empty.md", ""],
  ])("GIVEN %s WHEN parsed THEN a UserFacingError names the file", (_what, file, text) => {
    expect(() => parseStory(`stories/${file}`, text)).toThrow(UserFacingError);
    expect(() => parseStory(`stories/${file}`, text)).toThrow(`stories/${file} has no text`);
  });

  it("GIVEN a .md with only front matter WHEN parsed THEN the error says the story after it is missing", () => {
    expect(() => parseStory("stories/only-front.md", "---\ntitle: Nothing here\n---\n\n")).toThrow(
      "stories/only-front.md has front matter but no story after it.",
    );
  });

  it("GIVEN a file with only ALL-CAPS headlines WHEN parsed THEN a UserFacingError says it has headlines but no paragraphs", () => {
    const parse = () =>
      parseStory(
        "stories/headlines.txt",
        "BREAKING NEWS FROM CITY HALL\nMORE STORIES COMING SOON HERE\n",
      );
    expect(parse).toThrow(UserFacingError);
    expect(parse).toThrow("stories/headlines.txt has headlines but no story paragraphs");
  });

  it("GIVEN a Markdown file with only headings WHEN parsed THEN a UserFacingError names the file", () => {
    expect(() => parseStory("stories/heads.md", "# One\n\n## Two\n")).toThrow(
      "stories/heads.md has headlines but no story paragraphs",
    );
  });
});

describe("parseStory: datelines", () => {
  it("GIVEN a story filed by an agency that another outlet credits (“Fox News' Ana Ruiz and The Associated Press contributed”) THEN the crediting outlet stays the outlet and the agency a contributor", () => {
    const story = parseStory(
      "wire.txt",
      "KYIV (AP) — Officials said on Monday the bridge would reopen.\n\nFox News' Ana Ruiz and The Associated Press contributed to this report.\n",
    );
    expect(story.outlet).toBe("Fox News");
    expect(story.contributors).toEqual(["Ana Ruiz", "The Associated Press"]);
  });

  it("GIVEN a lede opening “US-made drones…”, an acronym joined by a hyphen THEN no dateline: the title and what officials said keep every word", () => {
    const story = parseStory(
      "drones.txt",
      "US-made drones struck Kyiv overnight, officials said.\n",
    );
    expect(story.title).toBe("US-made drones struck Kyiv overnight, officials said.");
    expect(analyzeStory(story).statements[0]?.text).toBe("US-made drones struck Kyiv overnight");
  });

  it("GIVEN a lede opening “SEABRIGHT — ” with no agency THEN no outlet is invented and the title starts after the dash", () => {
    const story = parseStory("town.txt", "SEABRIGHT — The pier closed on Sunday after a storm.\n");
    expect(story.outlet).toBeUndefined();
    expect(story.title).toBe("The pier closed on Sunday after a storm.");
  });
});

describe("parseStory: closing credit lines in the more stories", () => {
  const MORE_STORIES = fileURLToPath(new URL("../fixtures/more-stories/", import.meta.url));

  it("GIVEN the Halvern layoffs story, credited to “Associated Press writer Carla Mendes in Findlay, Ohio,” WHEN parsed THEN Carla Mendes is the only contributor, not Ohio, and the AP the outlet", () => {
    const story = loadStory(`${MORE_STORIES}halvern-layoffs.txt`);
    expect(story.contributors).toEqual(["Carla Mendes"]);
    expect(story.outlet).toBe("The Associated Press");
    expect(story.body).toHaveLength(21);
    expect(story.asides.map((aside) => [aside.kind, aside.after])).toEqual([
      ["headline", 0],
      ["credit", 21],
    ]);
  });

  it("GIVEN the Thornbury rugby story ending “Reporting by Eleanor Hart at Marlow Road; editing by Neil Adebayo” WHEN parsed THEN the reporter is the contributor, the editor is not, and the line is no paragraph", () => {
    const story = loadStory(`${MORE_STORIES}thornbury-castlegate-rugby.txt`);
    expect(story.contributors).toEqual(["Eleanor Hart"]);
    expect(story.body).toHaveLength(21);
    expect(story.body[20]?.text).toBe(
      "Thornbury host Exmoor next Saturday, when Castlegate travel to Redbridge.",
    );
    expect(story.asides.at(-1)).toEqual({
      kind: "credit",
      text: "Reporting by Eleanor Hart at Marlow Road; editing by Neil Adebayo",
      after: 21,
    });
  });

  it("GIVEN the Fenwick landlord story under “By Ruth Calloway, Fenwick Star” WHEN parsed THEN she is the contributor and the Star the outlet", () => {
    const story = loadStory(`${MORE_STORIES}fenwick-landlord-jailed.txt`);
    expect(story.title).toBe("Fenwick landlord jailed for fire-safety failings at student flats");
    expect(story.contributors).toEqual(["Ruth Calloway"]);
    expect(story.outlet).toBe("Fenwick Star");
    expect(story.body[0]?.text).toMatch(/^A landlord who ignored repeated warnings/);
  });

  it("GIVEN the Chile-Peru story ending “Lucía Ferrer reported from Lima and Owen Maddox from Santiago.” WHEN parsed THEN that line is its credit, not ¶21", () => {
    const story = loadStory(`${MORE_STORIES}chile-peru-crew.md`);
    expect(story.body).toHaveLength(20);
    expect(story.asides.at(-1)).toEqual({
      kind: "credit",
      text: "Lucía Ferrer reported from Lima and Owen Maddox from Santiago.",
      after: 20,
    });
    expect(story.contributors).toEqual(["Lucía Ferrer", "Owen Maddox"]);
  });

  it("GIVEN the Rovers derby story, filed by the AP and credited to “AP Sports Writer Hannah Delacourt” WHEN parsed THEN she is the one contributor and the AP is the outlet, not a contributor too", () => {
    const story = loadStory(`${MORE_STORIES}rovers-derby.txt`);
    expect(story.contributors).toEqual(["Hannah Delacourt"]);
    expect(story.outlet).toBe("The Associated Press");
  });
});
