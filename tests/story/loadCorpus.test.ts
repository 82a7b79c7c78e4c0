import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { UserFacingError } from "../../src/errors.js";
import { loadCorpus, MAX_STORY_BYTES } from "../../src/story/loadCorpus.js";

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "byline-corpus-"));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function put(name: string, content: string | Uint8Array): Promise<void> {
  await writeFile(join(dir, name), content);
}

describe("loadCorpus", () => {
  it("GIVEN .md and .txt stories WHEN loaded THEN they come in file-name order with ids from their names", async () => {
    await put("b-second.txt", "The second story's only paragraph.");
    await put("a-first.md", "# First\n\nThe first story's only paragraph.");
    await put("c-third.txt", "The third story's only paragraph.");
    const corpus = await loadCorpus(dir);
    expect(corpus.directory).toBe(dir);
    expect(corpus.stories.map((story) => story.id)).toEqual(["a-first", "b-second", "c-third"]);
    expect(corpus.stories.map((story) => story.file)).toEqual([
      join(dir, "a-first.md"),
      join(dir, "b-second.txt"),
      join(dir, "c-third.txt"),
    ]);
    expect(corpus.problems).toEqual([]);
  });

  it("GIVEN other extensions, dotfiles and a sub-folder WHEN loaded THEN only the story files are read", async () => {
    await put("story.txt", "The only story.");
    await put("notes.json", "{}");
    await put("README", "Not a story.");
    await put(".hidden.txt", "A dotfile that looks like a story.");
    await put("draft.txt~", "An editor's backup.");
    await mkdir(join(dir, "archive.txt"));
    const corpus = await loadCorpus(dir);
    expect(corpus.stories.map((story) => story.id)).toEqual(["story"]);
  });

  it("GIVEN a .markdown file and an upper-case .TXT file WHEN loaded THEN both are stories", async () => {
    await put("one.markdown", "The first story.");
    await put("two.TXT", "The second story.");
    const corpus = await loadCorpus(dir);
    expect(corpus.stories.map((story) => story.id)).toEqual(["one", "two"]);
  });

  it("GIVEN story.md and story.txt WHEN loaded THEN the second is a problem naming both, since commands call them the same", async () => {
    await put("story.md", "The Markdown story.");
    await put("story.txt", "The text story.");
    const corpus = await loadCorpus(dir);
    expect(corpus.stories.map((story) => story.file)).toEqual([join(dir, "story.md")]);
    expect(corpus.problems).toEqual([
      {
        file: join(dir, "story.txt"),
        message: `${join(dir, "story.txt")} has the same name as ${join(dir, "story.md")}, so commands could not tell them apart. Rename one of them.`,
      },
    ]);
  });

  it("GIVEN a binary file among stories WHEN loaded THEN it is a problem naming the file and the other story loads", async () => {
    await put("good.txt", "A good story.");
    await put("image.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]));
    const corpus = await loadCorpus(dir);
    expect(corpus.stories.map((story) => story.id)).toEqual(["good"]);
    expect(corpus.problems).toEqual([
      {
        file: join(dir, "image.txt"),
        message: `${join(dir, "image.txt")} is not a text file (it contains NUL bytes). Save stories as UTF-8 text.`,
      },
    ]);
  });

  it("GIVEN a Windows-1252 file (curly quotes, an accent) WHEN loaded THEN it is read as Windows-1252 and loads", async () => {
    // “Café reopens,” Ruiz said. — in Windows-1252: curly quotes 0x93/0x94, é 0xE9, invalid UTF-8.
    const bytes = [0x93, ...Buffer.from("Caf"), 0xe9, ...Buffer.from(" reopens,"), 0x94];
    await put("cafe.txt", new Uint8Array([...bytes, ...Buffer.from(" Ruiz said.")]));
    const corpus = await loadCorpus(dir);
    expect(corpus.problems).toEqual([]);
    expect(corpus.stories[0]?.body[0]?.text).toBe("“Café reopens,” Ruiz said.");
  });

  it("GIVEN bytes that are neither UTF-8 nor Windows-1252 WHEN loaded THEN it is a problem that names the fix", async () => {
    await put("good.txt", "A good story.");
    await put("odd.txt", new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x81, 0x2e]));
    const corpus = await loadCorpus(dir);
    expect(corpus.stories.map((story) => story.id)).toEqual(["good"]);
    expect(corpus.problems).toEqual([
      {
        file: join(dir, "odd.txt"),
        message: `${join(dir, "odd.txt")} is neither UTF-8 nor Windows-1252 text. Re-save it with UTF-8 encoding.`,
      },
    ]);
  });

  it("GIVEN a Markdown file with broken front matter among stories WHEN loaded THEN it is a problem naming the file and line", async () => {
    await put("broken.md", "---\ntitle: Budget\noutlet: Ledger: Metro\n---\n\nThe council met.\n");
    await put("good.txt", "A good story.");
    const corpus = await loadCorpus(dir);
    expect(corpus.stories.map((story) => story.id)).toEqual(["good"]);
    expect(corpus.problems.map((problem) => problem.file)).toEqual([join(dir, "broken.md")]);
    expect(corpus.problems[0]?.message).toContain(`${join(dir, "broken.md")}, line 3:`);
  });

  it("GIVEN a file far larger than a news story (a book, a dump) WHEN loaded THEN it is skipped with its size and the limit, and the others load", async () => {
    const paragraph = "The council met on Monday and voted on the plan again. ";
    await put(
      "huge.txt",
      `${paragraph.repeat(60)}\n\n`.repeat(Math.ceil(MAX_STORY_BYTES / 3300) + 1),
    );
    await put("good.txt", "A good story.");
    const corpus = await loadCorpus(dir);
    expect(corpus.stories.map((story) => story.id)).toEqual(["good"]);
    expect(corpus.problems[0]?.message).toMatch(
      new RegExp(
        `huge\\.txt is \\d+ KB, more than a news story \\(the limit is ${MAX_STORY_BYTES / 1024} KB\\)`,
      ),
    );
  });

  it.skipIf(process.platform === "win32")(
    "GIVEN a named pipe and a link to /dev/zero named like stories WHEN loaded THEN each is named and skipped in under a second, and the others load",
    async () => {
      execFileSync("mkfifo", [join(dir, "pipe.txt")]);
      await symlink("/dev/zero", join(dir, "zero.txt"));
      await put("good.txt", "A good story.");
      const started = performance.now();
      const corpus = await loadCorpus(dir);
      expect(performance.now() - started).toBeLessThan(1000);
      expect(corpus.stories.map((story) => story.id)).toEqual(["good"]);
      expect(corpus.problems).toEqual([
        {
          file: join(dir, "pipe.txt"),
          message: expect.stringContaining("pipe.txt is a named pipe (FIFO), not a story file"),
        },
        {
          file: join(dir, "zero.txt"),
          message: expect.stringContaining("zero.txt is a device, not a story file"),
        },
      ]);
    },
  );

  it.skipIf(process.platform === "win32")(
    "GIVEN a socket named like a story WHEN loaded THEN it is named and skipped",
    async () => {
      const server = createServer();
      await new Promise<void>((resolve) => server.listen(join(dir, "socket.txt"), resolve));
      try {
        await put("good.txt", "A good story.");
        const corpus = await loadCorpus(dir);
        expect(corpus.stories.map((story) => story.id)).toEqual(["good"]);
        expect(corpus.problems[0]?.message).toContain("socket.txt is a socket, not a story file");
      } finally {
        server.close();
      }
    },
  );

  it("GIVEN front matter whose aliases expand without end (an alias bomb) WHEN loaded THEN the problem says there are too many aliases", async () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (const [i, name] of ["b", "c", "d", "e", "f"].entries()) {
      const previous = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(", ")}]`);
    }
    await put("bomb.md", `---\ntitle: Budget\n${levels.join("\n")}\n---\n\nThe council met.\n`);
    await put("good.txt", "A good story.");
    const corpus = await loadCorpus(dir);
    expect(corpus.stories.map((story) => story.id)).toEqual(["good"]);
    expect(corpus.problems[0]?.message).toMatch(
      /bomb\.md: the front matter has too many YAML aliases/,
    );
  });

  it("GIVEN an empty story file among stories WHEN loaded THEN it is a problem and the others load", async () => {
    await put("empty.txt", "");
    await put("good.txt", "A good story.");
    const corpus = await loadCorpus(dir);
    expect(corpus.stories.map((story) => story.id)).toEqual(["good"]);
    expect(corpus.problems[0]?.message).toContain(`${join(dir, "empty.txt")} has no text`);
  });

  it("GIVEN a folder with no story files WHEN loaded THEN a UserFacingError says there are no stories in it", async () => {
    await put("notes.json", "{}");
    await expect(loadCorpus(dir)).rejects.toThrow(UserFacingError);
    await expect(loadCorpus(dir)).rejects.toThrow(
      `No stories in ${dir}: add a .md or .txt news story there`,
    );
  });

  it("GIVEN a folder whose only story file is broken WHEN loaded THEN the no-stories error also says what was wrong with it", async () => {
    await put("only.txt", new Uint8Array([0x00, 0x01]));
    await expect(loadCorpus(dir)).rejects.toThrow(
      `No stories in ${dir}: add a .md or .txt news story there (see README, "Adding a story"). ${join(dir, "only.txt")} is not a text file`,
    );
  });

  it("GIVEN a folder of many broken story files WHEN loaded THEN the error names the first three and counts the others", async () => {
    for (let i = 1; i <= 40; i++) await put(`broken-${String(i).padStart(2, "0")}.txt`, "");
    const error = (await loadCorpus(dir).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(UserFacingError);
    expect(error.message).toContain(`${join(dir, "broken-03.txt")} has no text`);
    expect(error.message).not.toContain("broken-04.txt");
    expect(error.message).toMatch(/ 37 more story files could not be loaded either\.$/);
  });

  it("GIVEN a folder that does not exist WHEN loaded THEN a UserFacingError names it and mentions --corpus and CORPUS_DIR", async () => {
    const missing = join(dir, "no-such-folder");
    await expect(loadCorpus(missing)).rejects.toThrow(UserFacingError);
    await expect(loadCorpus(missing)).rejects.toThrow(
      `The corpus folder ${missing} does not exist or is not a folder. Pass --corpus DIR or set CORPUS_DIR to a folder of stories.`,
    );
  });

  it("GIVEN a path to a file rather than a folder WHEN loaded THEN a UserFacingError says it is not a folder", async () => {
    await put("story.txt", "A story.");
    await expect(loadCorpus(join(dir, "story.txt"))).rejects.toThrow(
      /is not a folder\. Pass --corpus DIR or set CORPUS_DIR/,
    );
  });
});
