import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { EXIT_FAILED, EXIT_OK } from "../../src/cli/main.js";
import { runCommandLine } from "../../src/cli/runCommandLine.js";
import { libraryOf, SEED_STORY } from "../helpers.js";
import { runCli } from "./runCli.js";

const FIXTURE_STORIES = fileURLToPath(new URL("../fixtures/stories/", import.meta.url));

/** One line of `--json` output. */
interface JsonLine {
  readonly command: string;
  readonly input: Record<string, unknown>;
  readonly results: readonly Record<string, unknown>[];
  readonly error?: { readonly message: string };
  readonly narration?: Record<string, unknown>;
  readonly opposite?: Record<string, unknown>;
  readonly suggestions?: readonly string[];
}

function jsonLines(text: string): JsonLine[] {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as JsonLine);
}

/** The single JSON line a one-shot `--json` command prints. */
function onlyLine(text: string): JsonLine {
  const lines = jsonLines(text);
  expect(lines).toHaveLength(1);
  return lines[0] as JsonLine;
}

describe("byline who said", () => {
  it("GIVEN `who said baseless --json` THEN one JSON line: command “who said”, the quote as input, and Amirabdollahian's ¶9 statement with Fox News attribution", async () => {
    const { code, stdout, stderr } = await runCli(["who", "said", "baseless", "--json"]);
    expect(code).toBe(EXIT_OK);
    expect(stderr).toBe("");
    const answer = onlyLine(stdout);
    expect(answer.command).toBe("who said");
    expect(answer.input).toEqual({ quote: "baseless" });
    expect(answer.error).toBeUndefined();
    const [first] = answer.results;
    expect(first).toMatchObject({
      story: "putin-visits-tehran",
      paragraph: 9,
      kind: "partial",
      speaker: { name: "Hossein Amirabdollahian", role: "Iran's Foreign Minister" },
      attribution: { outlet: "Fox News", paragraph: 9 },
    });
    expect(first?.text).toContain("baseless");
  });

  it("GIVEN `who said baseless` without --json THEN stdout names the speaker, role and paragraph, then the words and the attribution line", async () => {
    const { code, stdout } = await runCli(["who", "said", "baseless"]);
    expect(code).toBe(EXIT_OK);
    const [heading, words, attribution] = stdout.trimEnd().split("\n");
    // Reported speech: the story's words, not his, so no quotation marks around them.
    expect(heading).toBe(
      "**Hossein Amirabdollahian**, Iran's Foreign Minister, said (¶9), in the story's words:",
    );
    expect(words).toContain("**baseless**");
    expect(attribution).toMatch(/^— ¶9 · /);
    expect(attribution).toContain("Fox News");
  });

  it("GIVEN words no one said WHEN run THEN it says so and exits 0", async () => {
    const { code, stdout } = await runCli(["who", "said", "the", "earth", "is", "flat"]);
    expect(code).toBe(EXIT_OK);
    expect(stdout).toBe("No one in the story said that.\n");
    const json = await runCli(["who", "said", "the earth is flat", "--json"]);
    expect(onlyLine(json.stdout)).toEqual({
      command: "who said",
      input: { quote: "the earth is flat" },
      results: [],
    });
  });

  it("GIVEN the reporter's own words WHEN run THEN the text says no one said them and quotes ¶11 as narration", async () => {
    const { code, stdout } = await runCli([
      "who",
      "said",
      "Iran has supplied UAVs to its Middle Eastern allies",
    ]);
    expect(code).toBe(EXIT_OK);
    expect(stdout).toMatch(/^No one in the story said that\./);
    expect(stdout).toContain("(¶11)");
    expect(stdout).toContain("Iran has supplied UAVs to its Middle Eastern allies, and announced");
  });

  it("GIVEN the reporter's own words WHEN run with --json THEN no results, and the narration paragraph ¶11 as the JSON contract says", async () => {
    const { stdout } = await runCli([
      "who",
      "said",
      "Iran has supplied UAVs to its Middle Eastern allies",
      "--json",
    ]);
    const answer = onlyLine(stdout);
    expect(answer.results).toEqual([]);
    expect(answer.narration).toMatchObject({ story: "putin-visits-tehran", paragraph: 11 });
  });

  it("GIVEN `who said` with no quote THEN it exits 1 saying /who said needs quote:", async () => {
    const { code, stdout, stderr } = await runCli(["who", "said"]);
    expect(code).toBe(EXIT_FAILED);
    expect(stdout).toBe("");
    expect(stderr).toContain("/who said needs quote:");
  });

  it("GIVEN `who` alone THEN it exits 1 telling to type /who said or /who is", async () => {
    const { code, stderr } = await runCli(["who"]);
    expect(code).toBe(EXIT_FAILED);
    expect(stderr).toContain("/who said");
    expect(stderr).toContain("/who is");
  });

  it("GIVEN `who says …` THEN the error names the wrong subcommand and the right forms", async () => {
    const { code, stderr } = await runCli(["who", "says", "baseless"]);
    expect(code).toBe(EXIT_FAILED);
    expect(stderr).toContain('/who has no "says"');
    expect(stderr).toContain("Type /who said or /who is.");
  });

  it("GIVEN a quote over 300 characters WHEN run with --json THEN the JSON error names the limit", async () => {
    const { code, stdout } = await runCli(["who", "said", "baseless ".repeat(40), "--json"]);
    expect(code).toBe(EXIT_FAILED);
    const answer = onlyLine(stdout);
    expect(answer.command).toBe("who said");
    expect(answer.results).toEqual([]);
    expect(answer.error?.message).toContain("the limit is 300");
  });

  it("GIVEN the fixture stories and `story:` WHEN asking who said the fire chief's words THEN Maria Alvarez of the wildfire story", async () => {
    const { code, stdout } = await runCli(
      ["who", "said", "Houses can be rebuilt", "story:ridgeline-wildfire", "--json"],
      { env: { CORPUS_DIR: FIXTURE_STORIES } },
    );
    expect(code).toBe(EXIT_OK);
    const answer = onlyLine(stdout);
    expect(answer.input).toEqual({ quote: "Houses can be rebuilt", story: "ridgeline-wildfire" });
    expect(answer.results[0]).toMatchObject({
      story: "ridgeline-wildfire",
      paragraph: 3,
      speaker: { name: "Maria Alvarez" },
    });
  });
});

describe("byline who said: words a speaker said otherwise", () => {
  const moreStories = fileURLToPath(new URL("../fixtures/more-stories/", import.meta.url));
  const inElection = "story:marlow-county-executive";

  it("GIVEN a claim copied from a statement that negates it THEN “No one in the story said that.”, then who said otherwise, with the statement and its source", async () => {
    const { code, stdout } = await runCli(["who", "said", "the outcome said much", inElection], {
      env: { CORPUS_DIR: moreStories },
    });
    expect(code).toBe(EXIT_OK);
    const [first, second, third, fourth] = stdout.trim().split("\n");
    expect(first).toBe(
      "No one in the story said that. The closest statement in the story says otherwise:",
    );
    expect(second).toMatch(/^\*\*Lydia Brannigan\*\*, political scientist .*, said \(¶16\)/);
    expect(third).toContain("she did not think the **outcome** said much");
    expect(fourth).toMatch(/^— ¶16 · .*The Associated Press/);
  });

  it("GIVEN words a speaker denied THEN the statement that says otherwise is shown with its verb, “denied”; /quotes lists it as denied", async () => {
    const inCrew = "story:chile-peru-crew";
    const said = await runCli(["who", "said", "Peru was holding the crew as leverage", inCrew], {
      env: { CORPUS_DIR: moreStories },
    });
    expect(said.stdout).toMatch(
      /\*\*Ricardo Salaverry\*\*, Peru's foreign minister, denied \(¶\d+\)/,
    );
    const quotes = await runCli(["quotes", "Salaverry", inCrew], {
      env: { CORPUS_DIR: moreStories },
    });
    expect(quotes.stdout).toMatch(
      /\*\*Ricardo Salaverry\*\* \(Peru's foreign minister\) denied, in the story's words: Peru was holding the crew/,
    );
  });

  it("GIVEN the same with --json THEN no results, and the statement as `opposite`", async () => {
    const { stdout } = await runCli(
      ["who", "said", "the outcome said much", inElection, "--json"],
      {
        env: { CORPUS_DIR: moreStories },
      },
    );
    const answer = onlyLine(stdout);
    expect(answer.results).toEqual([]);
    expect(answer.opposite).toMatchObject({
      paragraph: 16,
      speaker: { name: "Lydia Brannigan" },
      kind: "reported",
    });
  });
});

describe("byline who said: bold words", () => {
  it("GIVEN a hyphenated word typed (“Syria-related talks”) THEN it is bolded once, the text left as printed", async () => {
    const { stdout } = await runCli([
      "who",
      "said",
      "the format of meetings for Syria-related talks",
    ]);
    expect(stdout).toContain("for **Syria-related** **talks**");
    expect(stdout.replaceAll("**", "")).toContain("the format of meetings for Syria-related talks");
  });
});

describe("byline who is", () => {
  it("GIVEN `who is Taleblu --json` THEN the first result's person is Behnam Ben Taleblu, with his role, and his statements", async () => {
    const { code, stdout } = await runCli(["who", "is", "Taleblu", "--json"]);
    expect(code).toBe(EXIT_OK);
    const answer = onlyLine(stdout);
    expect(answer.command).toBe("who is");
    expect(answer.input).toEqual({ name: "Taleblu" });
    const [first] = answer.results;
    expect(first).toMatchObject({
      story: "putin-visits-tehran",
      paragraph: 12,
      person: { name: "Behnam Ben Taleblu" },
      attribution: { outlet: "Fox News" },
    });
    const person = (first?.person ?? {}) as { role?: string };
    expect(person.role).toContain("Foundation for Defense of Democracies");
    const said = ((first?.statements ?? []) as { paragraph: number }[]).map((s) => s.paragraph);
    expect(said).toEqual(expect.arrayContaining([12, 13, 15]));
  });

  it("GIVEN `who is Taleblu` THEN the text card gives name, role, paragraphs and his words", async () => {
    const { stdout } = await runCli(["who", "is", "Taleblu"]);
    const [heading] = stdout.split("\n");
    expect(heading).toBe(
      "**Behnam Ben Taleblu** — Senior fellow at the Foundation for Defense of Democracies",
    );
    expect(stdout).toContain(
      "¶13 (according to Fox News): “Be it drone sales or sanctions busting",
    );
  });

  it("GIVEN `who is Khamenei`, named once and given no role THEN the card says “Named once: ¶15.” under his bare name", async () => {
    const { stdout } = await runCli(["who", "is", "Khamenei"]);
    const [heading, named] = stdout.split("\n");
    expect(heading).toBe("**Khamenei**");
    expect(named).toBe("Named once: ¶15.");
  });

  it("GIVEN `who is Amirabdollahian --json` THEN `alsoCalled` holds the names the story prints, `aliases` every name he answers to", async () => {
    const { stdout } = await runCli(["who", "is", "Amirabdollahian", "--json"]);
    const person = onlyLine(stdout).results[0]?.person as {
      aliases: string[];
      alsoCalled: string[];
    };
    expect(person.alsoCalled).toEqual(["Amirabdollahian"]);
    expect(person.aliases).toEqual(
      expect.arrayContaining(["Hossein Amirabdollahian", "Minister Amirabdollahian"]),
    );
  });

  it("GIVEN an unknown name THEN the text says no one is called that and suggests people in the story", async () => {
    const { code, stdout } = await runCli(["who", "is", "Smith"]);
    expect(code).toBe(EXIT_OK);
    expect(stdout).toMatch(
      /^No one called "Smith" is in the story\. Closest names in the story: .+\.\n$/,
    );
  });

  it.each(["Eleanor Hart", "Neil Adebayo"])(
    "GIVEN the rugby story's credit line names %s WHEN asked who they are THEN they are no one in the story",
    async (name) => {
      const moreStories = fileURLToPath(new URL("../fixtures/more-stories/", import.meta.url));
      const { code, stdout } = await runCli(
        ["who", "is", name, "story:thornbury-castlegate-rugby"],
        { env: { CORPUS_DIR: moreStories } },
      );
      expect(code).toBe(EXIT_OK);
      expect(stdout).toMatch(new RegExp(`^No one called "${name}" is in the story\\.`));
    },
  );

  it("GIVEN an unknown name WHEN run with --json THEN no results, and the suggestions as the JSON contract says", async () => {
    const { stdout } = await runCli(["who", "is", "Smith", "--json"]);
    const answer = onlyLine(stdout);
    expect(answer.results).toEqual([]);
    expect(answer.suggestions?.length ?? 0).toBeGreaterThan(0);
  });
});

describe("byline who said: speakers introduced by what they do", () => {
  const moreStories = fileURLToPath(new URL("../fixtures/more-stories/", import.meta.url));
  const inMatch = "story:harbor-united-late-winner";

  it("GIVEN “City boss Declan Hartley refused …” and then a quote “he said” WHEN asked who said it THEN Declan Hartley, City boss, whose card holds it", async () => {
    const said = await runCli(["who", "said", "lost our shape", inMatch], {
      env: { CORPUS_DIR: moreStories },
    });
    expect(said.stdout).toMatch(/^\*\*Declan Hartley\*\*, City boss, said \(¶5\)/);
    const card = await runCli(["who", "is", "Hartley", inMatch], {
      env: { CORPUS_DIR: moreStories },
    });
    expect(card.stdout).toMatch(/^\*\*Declan Hartley\*\* — City boss\n/);
    expect(card.stdout).toContain("¶5: “We lost our shape after the equaliser");
  });

  it("GIVEN “Petrov, asked about the penalty decision, said only that …” THEN Petrov said it, and “asked” is not the verb shown", async () => {
    const { stdout } = await runCli(["who", "said", "felt the contact", inMatch], {
      env: { CORPUS_DIR: moreStories },
    });
    expect(stdout).toMatch(/^\*\*Ivan Petrov\*\*, captain, said \(¶6\)/);
  });
});

describe("byline quotes", () => {
  it("GIVEN `quotes speaker:Price --json` THEN Ned Price's two statements, ¶16 and ¶17", async () => {
    const { code, stdout } = await runCli(["quotes", "speaker:Price", "--json"]);
    expect(code).toBe(EXIT_OK);
    const answer = onlyLine(stdout);
    expect(answer.command).toBe("quotes");
    expect(answer.input).toEqual({ speaker: "Price" });
    expect(answer.results.map((r) => [r.paragraph, (r.speaker as { name: string }).name])).toEqual([
      [16, "Ned Price"],
      [17, "Ned Price"],
    ]);
  });

  it("GIVEN `quotes Price` THEN one line per statement, each with its paragraph and speaker, then the story's credit", async () => {
    const { stdout } = await runCli(["quotes", "Price"]);
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe(
      "— “Russian President Vladimir Putin is traveling to Tehran…” · Fox News · by Ben Evansky, Caitlin McFall and The Associated Press",
    );
    expect(lines[0]).toMatch(
      /^¶16 \*\*Ned Price\*\* \(State Department spokesman\), in the story's words: the Biden/,
    );
    expect(lines[1]).toMatch(
      /^¶17 \*\*Ned Price\*\* \(State Department spokesman\): “Any transaction/,
    );
    expect(lines[1]).toMatch(/^¶17 \*\*Ned Price\*\*/);
  });

  it("GIVEN `quotes --json` THEN every statement in story order", async () => {
    const { stdout } = await runCli(["quotes", "--json"]);
    const paragraphs = onlyLine(stdout).results.map((r) => r.paragraph as number);
    expect(paragraphs.length).toBeGreaterThanOrEqual(10);
    expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b));
  });

  it("GIVEN an unknown speaker THEN the text says there are no statements by them", async () => {
    const { code, stdout } = await runCli(["quotes", "speaker:Smith"]);
    expect(code).toBe(EXIT_OK);
    expect(stdout).toMatch(/^No statements by "Smith" in the story\. Closest names in the story: /);
  });

  it("GIVEN an unknown speaker WHEN run with --json THEN no results, and the suggestions as the JSON contract says", async () => {
    const answer = onlyLine((await runCli(["quotes", "speaker:Smith", "--json"])).stdout);
    expect(answer.results).toEqual([]);
    expect(answer.suggestions?.length ?? 0).toBeGreaterThan(0);
  });
});

describe("the console: /who and /quotes", () => {
  it("GIVEN piped /who and /quotes lines WHEN `console --json` runs THEN each gets its JSON line, mistakes in their place and a failing exit code", async () => {
    const input = [
      "/who said baseless",
      "/who is Sulivan",
      "/who",
      "/who said",
      "/quotes speaker:Price",
    ].join("\n");
    const { code, stdout } = await runCli(["console", "--json"], { input });
    expect(code).toBe(EXIT_FAILED);
    const lines = jsonLines(stdout);
    expect(lines).toHaveLength(5);
    expect(lines.map((line) => line.command).filter((_, i) => i !== 3)).toEqual([
      "who said",
      "who is",
      "who",
      "quotes",
    ]);
    expect(lines[0]?.results[0]).toMatchObject({
      paragraph: 9,
      speaker: { name: "Hossein Amirabdollahian" },
    });
    expect(lines[1]?.results[0]).toMatchObject({ person: { name: "Jake Sullivan" } });
    expect(lines[2]?.error?.message).toBe("Type /who said or /who is.");
    expect(lines[3]?.error?.message).toContain("/who said needs quote:");
    expect(lines[4]?.results.map((r) => r.paragraph)).toEqual([16, 17]);
  });

  it("GIVEN `/who said` with no quote WHEN `console --json` runs THEN its JSON error names the command “who said”, as its answers do", async () => {
    const { stdout } = await runCli(["console", "--json"], { input: "/who said\n" });
    const [line] = jsonLines(stdout);
    expect(line?.error?.message).toContain("/who said needs quote:");
    expect(line?.command).toBe("who said");
  });

  it("GIVEN runCommandLine with the real commands THEN `/who said` with a quoted quote reads the words without the marks", async () => {
    const context = { library: libraryOf(SEED_STORY), commands };
    const outcome = await runCommandLine('/who said "trouble for Washington"', context);
    expect(outcome).toMatchObject({
      command: "who said",
      input: { quote: "trouble for Washington" },
      result: { kind: "whoSaid" },
    });
    if (!("result" in outcome) || outcome.result.kind !== "whoSaid") throw new Error("no answer");
    expect(outcome.result.answer.statements[0]?.speaker.name).toBe("Behnam Ben Taleblu");
  });
});

describe("byline quotes across stories", () => {
  it("GIVEN a speaker's name found in two stories THEN each story's statements come under that story's own credit line", async () => {
    const { mkdtemp, writeFile, rm } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const dir = await mkdtemp(join(tmpdir(), "byline-quotes-"));
    try {
      await writeFile(
        join(dir, "strike.md"),
        '---\ntitle: Bus drivers strike\noutlet: Lakeport Herald\n---\n\n"We will not move," union leader Mark Sullivan said.\n',
      );
      await writeFile(
        join(dir, "summit.md"),
        '---\ntitle: Leaders meet at summit\noutlet: Daily Planet\n---\n\n"The talks went well," national security adviser Jake Sullivan said.\n',
      );
      const { stdout } = await runCli(["quotes", "Sullivan", "--corpus", dir]);
      const groups = stdout.trimEnd().split("\n\n");
      expect(groups).toHaveLength(2);
      const strike = groups.find((g) => g.includes("Mark Sullivan")) ?? "";
      const summit = groups.find((g) => g.includes("Jake Sullivan")) ?? "";
      expect(strike).toMatch(/— “Bus drivers strike” · Lakeport Herald$/);
      expect(summit).toMatch(/— “Leaders meet at summit” · Daily Planet$/);
      expect(strike).not.toContain("Jake");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
