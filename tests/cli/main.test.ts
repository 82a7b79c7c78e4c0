import { mkdtemp, rm } from "node:fs/promises";
import { type AddressInfo, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from "../../src/cli/main.js";
import { runCli } from "./runCli.js";

/** A port nothing listens on: taken from the system, then freed. */
async function unusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const FIXTURE_STORIES = fileURLToPath(new URL("../fixtures/stories/", import.meta.url));
const DRONES = "How many drones could Iran provide to Russia?";
const PARAGRAPH_3 =
  "While in Tehran, Putin is expected to have a separate meeting with Turkish President Recep Tayyip Erdogan.";

/** One line of `--json` output. */
interface JsonLine {
  readonly command: string;
  readonly input: Record<string, unknown>;
  readonly results: readonly Record<string, unknown>[];
  readonly error?: { readonly message: string };
}

function jsonLines(text: string): JsonLine[] {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as JsonLine);
}

const temporary: string[] = [];
afterEach(async () => {
  await Promise.all(temporary.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function emptyDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "byline-main-"));
  temporary.push(dir);
  return dir;
}

describe("main: one-shot commands on the bundled story", () => {
  it("GIVEN `ask <question> --json` WHEN run THEN it prints one JSON line whose first result is ¶5 with the UAV figure and Fox News attribution", async () => {
    const { code, stdout, stderr } = await runCli(["ask", DRONES, "--json"]);
    expect(code).toBe(EXIT_OK);
    expect(stderr).toBe("");
    expect(stdout.endsWith("\n")).toBe(true);
    expect(stdout.trimEnd().split("\n")).toHaveLength(1);
    const answer = JSON.parse(stdout) as {
      command: string;
      input: { question: string };
      results: {
        paragraph: number;
        text: string;
        story: string;
        attribution: { outlet?: string };
      }[];
    };
    expect(answer.command).toBe("ask");
    expect(answer.input.question).toBe(DRONES);
    expect(answer.results[0]?.story).toBe("putin-visits-tehran");
    expect(answer.results[0]?.paragraph).toBe(5);
    expect(answer.results[0]?.text).toContain("up to several hundred UAVs");
    expect(answer.results[0]?.attribution.outlet).toBe("Fox News");
    expect(answer).toHaveProperty("answered", true);
  });

  it("GIVEN `ask` a question that shares no word with the story WHEN run THEN the empty answer, `answered: false` in JSON, and exit 0", async () => {
    const text = await runCli(["ask", "What is the capital of France?"]);
    expect(text.code).toBe(EXIT_OK);
    expect(text.stdout).toMatch(/^The story does not answer that\./);
    const json = await runCli(["ask", "What is the capital of France?", "--json"]);
    expect(json.code).toBe(EXIT_OK);
    expect(JSON.parse(json.stdout)).toEqual({
      command: "ask",
      input: { question: "What is the capital of France?" },
      results: [],
      answered: false,
    });
  });

  it.each([
    DRONES,
    "best pizza in Moscow",
    "How many people live in Moscow?",
    "Does Biden like ice cream?",
    "price of oil",
  ])(
    "GIVEN `ask %j` WHEN run as text and as JSON THEN the text starts “The story may not answer this directly” exactly when JSON says answered: false",
    async (question) => {
      const json = JSON.parse((await runCli(["ask", question, "--json"])).stdout) as {
        results: unknown[];
        answered: boolean;
      };
      const { code, stdout } = await runCli(["ask", question]);
      expect(code).toBe(EXIT_OK);
      expect(json.results.length).toBeGreaterThan(0);
      const [first, second] = stdout.split("\n");
      if (json.answered) {
        expect(first).not.toMatch(/may not answer/);
      } else {
        expect(first).toBe("The story may not answer this directly. Closest passages:");
        expect(second).not.toBe("");
        expect(stdout.match(/^— ¶\d+ · /gm)).toHaveLength(json.results.length);
      }
    },
  );

  it("GIVEN `ask` with a mention and Markdown in the question WHEN run with --json THEN the input as typed, the results and answered as for the plain question", async () => {
    const typed =
      "@everyone how many **drones** could <#456789012345678901> Iran provide to Russia?";
    const plain = JSON.parse((await runCli(["ask", DRONES, "--json"])).stdout) as object;
    const marked = JSON.parse((await runCli(["ask", typed, "--json"])).stdout) as object;
    expect(marked).toEqual({ ...plain, input: { question: typed } });
  });

  it("GIVEN `excerpt 3` WHEN run THEN stdout holds ¶3 verbatim and its attribution line", async () => {
    const { code, stdout, stderr } = await runCli(["excerpt", "3"]);
    expect(code).toBe(EXIT_OK);
    expect(stderr).toBe("");
    const [text, attribution] = stdout.trimEnd().split("\n");
    expect(text).toBe(PARAGRAPH_3);
    expect(attribution).toMatch(/^— ¶3 · “Russian President Vladimir Putin/);
    expect(attribution).toContain(
      " · Fox News · by Ben Evansky, Caitlin McFall and The Associated Press",
    );
  });

  it("GIVEN `excerpt 99` WHEN run THEN it exits 1 and stderr gives the range ¶1–¶19", async () => {
    const { code, stdout, stderr } = await runCli(["excerpt", "99"]);
    expect(code).toBe(EXIT_FAILED);
    expect(stdout).toBe("");
    expect(stderr).toBe("Error: No paragraph 99: this story has ¶1–¶19.\n");
  });

  it("GIVEN `--json excerpt 99` WHEN run THEN stdout has the JSON error with no results and it exits 1", async () => {
    const { code, stdout, stderr } = await runCli(["--json", "excerpt", "99"]);
    expect(code).toBe(EXIT_FAILED);
    expect(stderr).toBe("");
    expect(JSON.parse(stdout)).toEqual({
      command: "excerpt",
      input: { paragraph: 99 },
      results: [],
      error: { message: "No paragraph 99: this story has ¶1–¶19." },
    });
  });

  it("GIVEN `stories --json` WHEN run THEN the one result describes the bundled story", async () => {
    const { code, stdout } = await runCli(["stories", "--json"]);
    expect(code).toBe(EXIT_OK);
    expect(JSON.parse(stdout)).toEqual({
      command: "stories",
      input: {},
      results: [
        {
          story: "putin-visits-tehran",
          title:
            "Russian President Vladimir Putin is traveling to Tehran, Tuesday, for meetings with Iranian and…",
          outlet: "Fox News",
          contributors: ["Ben Evansky", "Caitlin McFall", "The Associated Press"],
          paragraphs: 19,
          file: "putin-visits-tehran.txt",
        },
      ],
    });
  });

  it("GIVEN `ask` with no question WHEN run THEN it exits 1 saying the question is needed", async () => {
    const { code, stderr } = await runCli(["ask"]);
    expect(code).toBe(EXIT_FAILED);
    expect(stderr).toContain("/ask needs question:");
  });

  it("GIVEN `help` WHEN run THEN it lists every command with its example", async () => {
    const { code, stdout } = await runCli(["help"]);
    expect(code).toBe(EXIT_OK);
    expect(stdout).toContain("/ask What did Sullivan say?");
    expect(stdout).toContain("/excerpt 3");
    expect(stdout).toContain("/story");
    expect(stdout).toContain("/help");
  });
});

describe("main: usage and configuration", () => {
  it("GIVEN --help WHEN run THEN it prints usage and exits 0", async () => {
    const { code, stdout } = await runCli(["--help"]);
    expect(code).toBe(EXIT_OK);
    expect(stdout).toMatch(/^Byline answers questions about a news story/);
    expect(stdout).toContain("--corpus DIR");
  });

  it("GIVEN `-- --help` (how older npx passes options on) WHEN run THEN it prints usage as --help does; `-- excerpt 3` runs excerpt", async () => {
    const help = await runCli(["--", "--help"]);
    expect(help.code).toBe(EXIT_OK);
    expect(help.stdout).toMatch(/^Byline answers questions about a news story/);
    const excerpt = await runCli(["--", "excerpt", "3"]);
    expect(excerpt.code).toBe(EXIT_OK);
    expect(excerpt.stdout).toContain("¶3");
  });

  it("GIVEN --version WHEN run THEN it prints byline and the package version", async () => {
    const { code, stdout } = await runCli(["--version"]);
    expect(code).toBe(EXIT_OK);
    expect(stdout).toMatch(/^byline \d+\.\d+\.\d+\n$/);
  });

  it("GIVEN an unknown flag WHEN run THEN it exits 2 naming the flag and pointing at --help", async () => {
    const { code, stdout, stderr } = await runCli(["excerpt", "3", "--shout"]);
    expect(code).toBe(EXIT_USAGE);
    expect(stdout).toBe("");
    expect(stderr).toContain("--shout");
    expect(stderr).toContain("Run byline --help for usage.");
  });

  it("GIVEN an unknown flag WHEN run THEN the message lists Byline's options, not Node's advice about positionals", async () => {
    const { stderr } = await runCli(["excerpt", "3", "--shout"]);
    expect(stderr).toBe(
      "byline: unknown option --shout. Options: --json, --corpus DIR, --guild ID, --shards N|auto, --help, --version.\nRun byline --help for usage.\n",
    );
  });

  it("GIVEN `excerpt -1` WHEN run THEN the number reaches the command, which says paragraphs start at 1", async () => {
    const { code, stderr } = await runCli(["excerpt", "-1"]);
    expect(code).toBe(EXIT_FAILED);
    expect(stderr).toBe("Error: paragraph: must be at least 1; got -1.\n");
  });

  it("GIVEN a command typed in capitals (`ASK …`) WHEN run THEN it is the same command", async () => {
    const { code, stdout } = await runCli(["ASK", DRONES, "--json"]);
    expect(code).toBe(EXIT_OK);
    expect(jsonLines(stdout)[0]?.command).toBe("ask");
  });

  it.each([
    [["frobnicate", "--json"], EXIT_USAGE, /^unknown command "frobnicate"/],
    [["stories", "--json", "--corpus", "/no/such/folder"], EXIT_FAILED, /does not exist/],
    [["ask", "x", "--jsn", "--json"], EXIT_USAGE, /^unknown option --jsn/],
  ])(
    "GIVEN %j, failing before any command runs WHEN run with --json THEN stdout still has the JSON error line",
    async (args, exit, message) => {
      const { code, stdout } = await runCli(args);
      expect(code).toBe(exit);
      const [line, ...more] = jsonLines(stdout);
      expect(more).toEqual([]);
      expect(line?.results).toEqual([]);
      expect(line?.error?.message).toMatch(message);
    },
  );

  it("GIVEN `help` with several stories loaded THEN it says to add story:; with the bundled story alone THEN it does not", async () => {
    const several = await runCli(["help", "--corpus", FIXTURE_STORIES]);
    expect(several.stdout).toContain("Several stories are loaded: add story:<id> to a command");
    const one = await runCli(["help"]);
    expect(one.stdout).not.toContain("Several stories");
  });

  it("GIVEN --help WHEN run THEN every command is listed, `who said`, `who is`, `quotes`, `summary` and `pin` included", async () => {
    const { stdout } = await runCli(["--help"]);
    for (const form of [
      "byline who said",
      "byline who is",
      "byline quotes",
      "byline summary",
      "byline pin",
    ])
      expect(stdout).toContain(form);
  });

  it("GIVEN an unknown command WHEN run THEN it exits 2 naming it and listing the commands", async () => {
    const { code, stderr } = await runCli(["summarise"]);
    expect(code).toBe(EXIT_USAGE);
    expect(stderr).toBe(
      'byline: unknown command "summarise". Commands: start, console, deploy-commands, feedback, ask, who, quotes, summary, excerpt, pin, stories, story, help.\n',
    );
  });

  it("GIVEN no command, no terminal and no DISCORD_TOKEN WHEN run THEN it exits 2 explaining DISCORD_TOKEN and piping to console", async () => {
    const { code, stdout, stderr } = await runCli([], { env: {}, interactive: false });
    expect(code).toBe(EXIT_USAGE);
    expect(stdout).toBe("");
    expect(stderr).toContain("DISCORD_TOKEN");
    expect(stderr).toContain("byline console");
  });

  it("GIVEN `start` with a DISCORD_TOKEN and an API that is down WHEN run THEN it exits 1 saying it could not connect, without the token", async () => {
    const closedPort = await unusedPort();
    const { code, stderr } = await runCli(["start"], {
      env: {
        DISCORD_TOKEN: "aaa.bbb.ccc",
        DISCORD_API_BASE: `http://127.0.0.1:${closedPort}/api`,
        CACHE_DIR: "off",
      },
    });
    expect(code).toBe(EXIT_FAILED);
    expect(stderr).toContain("could not connect to Discord");
    expect(stderr).toContain("DISCORD_API_BASE");
    expect(stderr).not.toContain("aaa.bbb.ccc");
  });

  it("GIVEN DISCORD_API_BASE with the API version WHEN run THEN it exits 2 asking for it without /v10", async () => {
    const { code, stderr } = await runCli(["stories"], {
      env: { DISCORD_API_BASE: "http://127.0.0.1:9/api/v10" },
    });
    expect(code).toBe(EXIT_USAGE);
    expect(stderr).toContain("`DISCORD_API_BASE` without the API version");
  });

  it("GIVEN deploy-commands without DISCORD_CLIENT_ID WHEN run THEN it exits 2 naming the variable", async () => {
    const { code, stderr } = await runCli(["deploy-commands"], {
      env: { DISCORD_TOKEN: "aaa.bbb.ccc" },
    });
    expect(code).toBe(EXIT_USAGE);
    expect(stderr).toContain("deploy-commands needs DISCORD_CLIENT_ID");
  });

  it("GIVEN --shards auto against another API base WHEN run THEN it exits 2 asking for a number", async () => {
    const { code, stderr } = await runCli(["--shards", "auto"], {
      env: { DISCORD_TOKEN: "x", DISCORD_API_BASE: "http://127.0.0.1:9/api" },
    });
    expect(code).toBe(EXIT_USAGE);
    expect(stderr).toContain("give the number, e.g. --shards 2");
  });

  it("GIVEN a malformed DISCORD_TOKEN WHEN run THEN it exits 2 naming DISCORD_TOKEN without echoing the token", async () => {
    const { code, stderr } = await runCli(["stories"], { env: { DISCORD_TOKEN: "not-a-token" } });
    expect(code).toBe(EXIT_USAGE);
    expect(stderr).toContain("`DISCORD_TOKEN`");
    expect(stderr).not.toContain("not-a-token");
  });

  it("GIVEN an invalid LOG_LEVEL WHEN run THEN it exits 2 naming LOG_LEVEL", async () => {
    const { code, stderr } = await runCli(["stories"], { env: { LOG_LEVEL: "chatty" } });
    expect(code).toBe(EXIT_USAGE);
    expect(stderr).toContain("`LOG_LEVEL`");
    expect(stderr).toContain('got "chatty"');
  });

  it("GIVEN an invalid DISCORD_CLIENT_ID WHEN run THEN it exits 2 naming DISCORD_CLIENT_ID", async () => {
    const { code, stderr } = await runCli(["stories"], { env: { DISCORD_CLIENT_ID: "my-bot" } });
    expect(code).toBe(EXIT_USAGE);
    expect(stderr).toContain("`DISCORD_CLIENT_ID` to be a Discord snowflake");
  });

  it("GIVEN --corpus pointing at an empty folder WHEN run THEN it exits 1 saying there are no stories", async () => {
    const dir = await emptyDir();
    const { code, stdout, stderr } = await runCli(["stories", "--corpus", dir]);
    expect(code).toBe(EXIT_FAILED);
    expect(stdout).toBe("");
    expect(stderr).toContain(`byline: No stories in ${dir}`);
  });

  it("GIVEN --corpus pointing at a missing folder WHEN run THEN it exits 1 mentioning --corpus and CORPUS_DIR", async () => {
    const dir = join(await emptyDir(), "missing");
    const { code, stderr } = await runCli(["stories", "--corpus", dir]);
    expect(code).toBe(EXIT_FAILED);
    expect(stderr).toContain("Pass --corpus DIR or set CORPUS_DIR");
  });

  it("GIVEN CORPUS_DIR set to the fixture stories WHEN `story --json` runs THEN the four fixture stories are listed in name order", async () => {
    const { code, stdout } = await runCli(["stories", "--json"], {
      env: { CORPUS_DIR: FIXTURE_STORIES },
    });
    expect(code).toBe(EXIT_OK);
    const [answer] = jsonLines(stdout);
    expect(answer?.results.map((card) => [card.story, card.paragraphs])).toEqual([
      ["chip-export-rules", 17],
      ["coastal-marathon-heat", 12],
      ["harbor-city-budget", 17],
      ["ridgeline-wildfire", 15],
    ]);
  });

  it("GIVEN several stories loaded WHEN `excerpt 3` names no story THEN it exits 1 listing the story ids", async () => {
    const { code, stderr } = await runCli(["excerpt", "3"], {
      env: { CORPUS_DIR: FIXTURE_STORIES },
    });
    expect(code).toBe(EXIT_FAILED);
    expect(stderr).toBe(
      "Error: 4 stories are loaded; name one with story: (chip-export-rules, coastal-marathon-heat, harbor-city-budget, ridgeline-wildfire).\n",
    );
  });

  it("GIVEN several stories loaded WHEN `excerpt 3 story:<id>` runs THEN it prints that story's ¶3", async () => {
    const { code, stdout } = await runCli(["excerpt", "3", "story:ridgeline-wildfire"], {
      env: { CORPUS_DIR: FIXTURE_STORIES },
    });
    expect(code).toBe(EXIT_OK);
    expect(stdout).toMatch(/^“We had gusts up to 60 miles an hour/);
    expect(stdout).toContain("— ¶3 · ");
    expect(stdout).toContain("by Hannah Kessler");
  });
});

describe("main: the console", () => {
  it("GIVEN piped lines including a bad one WHEN `console --json` runs THEN each command gets one JSON line, the error in its place, and the exit code says a line failed", async () => {
    const input = [
      `/ask ${DRONES}`,
      "",
      "# a comment",
      "/excerpt paragraph:abc",
      "/excerpt 3",
      "/stories",
    ].join("\n");
    const { code, stdout } = await runCli(["console", "--json"], { input });
    expect(code).toBe(EXIT_FAILED);
    const lines = jsonLines(stdout);
    expect(lines.map((line) => line.command)).toEqual(["ask", "excerpt", "excerpt", "stories"]);
    expect(lines[0]?.results[0]?.paragraph).toBe(5);
    expect(lines[1]).toEqual({
      command: "excerpt",
      input: {},
      results: [],
      error: {
        message: 'paragraph: must be a whole number, not "abc". For example: /excerpt paragraph:1',
      },
    });
    expect(lines[2]?.results[0]?.text).toBe(PARAGRAPH_3);
    expect(lines[3]?.results).toHaveLength(1);
  });

  it('GIVEN piped lines WHEN `console` runs without --json THEN errors print as "Error: …" on stderr, later commands are still answered, and the exit code says a line failed', async () => {
    const { code, stdout, stderr } = await runCli(["console"], { input: "/nope\n/excerpt 3\n" });
    expect(code).toBe(EXIT_FAILED);
    expect(stderr).toContain("Error: Unknown command /nope.");
    expect(stdout).not.toContain("Error:");
    expect(stdout).toContain(PARAGRAPH_3);
  });

  it("GIVEN piped lines that all succeed THEN the console exits 0", async () => {
    const { code, stderr } = await runCli(["console"], { input: "/excerpt 3\n/stories\n" });
    expect(code).toBe(EXIT_OK);
    expect(stderr).toBe("");
  });

  it("GIVEN a failing line at a terminal THEN the error shows among the answers and the console still exits 0", async () => {
    const { code, stdout } = await runCli(["console"], { interactive: true, input: "/nope\n" });
    expect(code).toBe(EXIT_OK);
    expect(stdout).toContain("Error: Unknown command /nope.");
  });

  it("GIVEN /quit in the piped lines WHEN `console --json` runs THEN the lines after it are not run", async () => {
    const { code, stdout } = await runCli(["console", "--json"], {
      input: "/excerpt 1\n/quit\n/excerpt 2\n",
    });
    expect(code).toBe(EXIT_OK);
    expect(jsonLines(stdout)).toHaveLength(1);
  });

  it("GIVEN an interactive console WHEN it starts THEN it prints a banner mentioning /help and the byline> prompt", async () => {
    const { code, stdout } = await runCli(["console"], {
      interactive: true,
      input: "/excerpt 3\n",
    });
    expect(code).toBe(EXIT_OK);
    const [banner] = stdout.split("\n");
    expect(banner).toContain("/help");
    expect(banner).toContain("(19 paragraphs)");
    expect(stdout).toContain("byline> ");
    expect(stdout).toContain(PARAGRAPH_3);
  });

  it("GIVEN no command at a terminal and no DISCORD_TOKEN WHEN run THEN it says so and opens the console", async () => {
    const { code, stdout } = await runCli([], { interactive: true, input: "" });
    expect(code).toBe(EXIT_OK);
    expect(stdout).toMatch(/^No DISCORD_TOKEN set: opening the local console\./);
    expect(stdout).toContain("byline> ");
  });
});
