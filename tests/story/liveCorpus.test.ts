import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { LiveCorpus } from "../../src/story/liveCorpus.js";
import { loadCorpus } from "../../src/story/loadCorpus.js";
import { StoryLibrary } from "../../src/storyLibrary.js";
import { fixturePath } from "../helpers.js";

const folders: string[] = [];
const corpora: LiveCorpus[] = [];
afterEach(() => {
  for (const corpus of corpora.splice(0)) corpus.close();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const STORY = `---
title: Fenwick ferry service to resume in May
outlet: Fenwick Courier
contributors: [Tom Vance]
---

The Fenwick ferry will carry passengers again from May 1, the port authority said on Tuesday.

"We have rebuilt both landings," said Dana Ruiz, the authority's director. "The crossing is safe."
`;

async function setUp() {
  const root = mkdtempSync(join(tmpdir(), "byline-live-"));
  folders.push(root);
  const directory = join(root, "corpus");
  const removedDir = join(root, "data", "removed");
  mkdirSync(directory);
  copyFileSync(fixturePath("ridgeline-wildfire.txt"), join(directory, "ridgeline-wildfire.txt"));
  const library = StoryLibrary.fromCorpus(await loadCorpus(directory));
  const logs: { msg: string; file?: string; reason?: string }[] = [];
  const logger = pino({ level: "info" }, { write: (line: string) => logs.push(JSON.parse(line)) });
  const corpus = new LiveCorpus(directory, library, { removedDir, logger, settleMs: 50 });
  corpora.push(corpus);
  return { directory, removedDir, library, corpus, logs };
}

async function until(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("LiveCorpus, from Discord", () => {
  it("previews an upload as the corpus would read it, without saving it", async () => {
    const { directory, library, corpus } = await setUp();
    const story = corpus.preview("Fenwick Ferry.md", Buffer.from(STORY));
    expect(story).toMatchObject({
      id: "fenwick-ferry",
      title: "Fenwick ferry service to resume in May",
      outlet: "Fenwick Courier",
      contributors: ["Tom Vance"],
    });
    expect(story.body).toHaveLength(2);
    expect(readdirSync(directory)).toEqual(["ridgeline-wildfire.txt"]);
    expect(library.stories).toHaveLength(1);
  });

  it.each([
    ["notes.pdf", Buffer.from("%PDF-1.7"), /not a story file: Byline reads \.txt and \.md/],
    [
      "picture.txt",
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0xff, 0xfe, 0]),
      /picture\.txt/,
    ],
    ["huge.txt", Buffer.alloc(300 * 1024, 97), /huge\.txt is 300 KB, more than a news story/],
    ["broken.md", Buffer.from("---\ntitle: [unclosed\n---\n\nText.\n"), /broken\.md/],
    ["empty.txt", Buffer.from("  \n\n "), /empty\.txt has no text/],
  ])("refuses %s with a message naming it, saving nothing", async (name, bytes, message) => {
    const { directory, corpus } = await setUp();
    expect(() => corpus.preview(name, bytes)).toThrow(message);
    await expect(corpus.save(name, bytes)).rejects.toThrow(message);
    expect(readdirSync(directory)).toEqual(["ridgeline-wildfire.txt"]);
  });

  it("saves a story into the folder and the library at once, and moves a removed one out", async () => {
    const { directory, removedDir, library, corpus } = await setUp();
    const saved = await corpus.save("fenwick-ferry.md", Buffer.from(STORY));
    expect(readFileSync(join(directory, "fenwick-ferry.md"), "utf8")).toBe(STORY);
    expect(library.story("fenwick-ferry")).toBe(saved);
    expect(library.index.search("When will the ferry resume?", { limit: 1 }).hits[0]?.story).toBe(
      "fenwick-ferry",
    );
    await corpus.remove("fenwick-ferry");
    expect(existsSync(join(directory, "fenwick-ferry.md"))).toBe(false);
    expect(readdirSync(removedDir)).toEqual([expect.stringMatching(/-fenwick-ferry\.md$/)]);
    expect(() => library.story("fenwick-ferry")).toThrow(/No story called/);
    await expect(corpus.remove("ridgeline-wildfire")).rejects.toThrow(/only story loaded/);
    expect(existsSync(join(directory, "ridgeline-wildfire.txt"))).toBe(true);
  });

  it("says so plainly, and keeps the library as it was, when the folder cannot be written", async () => {
    const { directory, library, corpus } = await setUp();
    rmSync(directory, { recursive: true });
    await expect(corpus.save("fenwick-ferry.md", Buffer.from(STORY))).rejects.toThrow(
      /could not write the story into its corpus folder \(ENOENT\)\. Ask whoever runs the bot/,
    );
    expect(library.stories.map((s) => s.id)).toEqual(["ridgeline-wildfire"]);
  });

  it("keeps a story whose file cannot be moved out, saying why", async () => {
    const { directory, removedDir, library, corpus } = await setUp();
    await corpus.save("fenwick-ferry.md", Buffer.from(STORY));
    mkdirSync(join(removedDir, ".."), { recursive: true });
    writeFileSync(removedDir, "a file where the folder should be");
    await expect(corpus.remove("fenwick-ferry")).rejects.toThrow(
      /could not move the story's file out of its corpus folder \(EEXIST\), so the story stays/,
    );
    expect(library.story("fenwick-ferry").title).toBe("Fenwick ferry service to resume in May");
    expect(existsSync(join(directory, "fenwick-ferry.md"))).toBe(true);
  });

  it("replaces a story saved again under another extension, leaving no twin", async () => {
    const { directory, library, corpus } = await setUp();
    await corpus.save("fenwick-ferry.md", Buffer.from(STORY));
    await corpus.save(
      "fenwick-ferry.txt",
      Buffer.from("The Fenwick ferry will not run this year.\n"),
    );
    expect(readdirSync(directory).sort()).toEqual(["fenwick-ferry.txt", "ridgeline-wildfire.txt"]);
    expect(library.story("fenwick-ferry").body[0]?.text).toMatch(/will not run/);
  });
});

describe("LiveCorpus, watching the folder", () => {
  it("reads a file added, changed and removed on disk without a restart", async () => {
    const { directory, library, corpus } = await setUp();
    corpus.watch();
    const file = join(directory, "fenwick-ferry.md");
    writeFileSync(file, STORY);
    await until(() => library.stories.some((s) => s.id === "fenwick-ferry"));
    writeFileSync(file, STORY.replace("May 1", "June 3"));
    await until(() => library.story("fenwick-ferry").body[0]?.text.includes("June 3") === true);
    unlinkSync(file);
    await until(() => !library.stories.some((s) => s.id === "fenwick-ferry"));
  });

  it("keeps the last good version when a file is broken, and logs why", async () => {
    const { directory, library, corpus, logs } = await setUp();
    corpus.watch();
    const file = join(directory, "fenwick-ferry.md");
    writeFileSync(file, STORY);
    await until(() => library.stories.some((s) => s.id === "fenwick-ferry"));
    const good = library.story("fenwick-ferry");
    writeFileSync(file, "---\ntitle: [unclosed\n---\n\nText.\n");
    await until(() => logs.some((l) => l.msg.includes("last good version is kept")));
    expect(library.story("fenwick-ferry")).toBe(good);
    expect(logs.find((l) => l.msg.includes("last good version"))).toMatchObject({
      file,
      reason: expect.stringContaining("fenwick-ferry.md"),
    });
  });

  it("reads a burst of writes to one file once they settle", async () => {
    const { directory, library, corpus, logs } = await setUp();
    corpus.watch();
    const file = join(directory, "fenwick-ferry.md");
    for (let i = 0; i < 20; i++) writeFileSync(file, STORY.replace("May 1", `May ${i + 1}`));
    await until(() => library.stories.some((s) => s.id === "fenwick-ferry"));
    await new Promise((resolve) => setTimeout(resolve, 200));
    await corpus.settled();
    expect(library.story("fenwick-ferry").body[0]?.text).toContain("May 20");
    expect(logs.filter((l) => l.msg === "story file added")).toHaveLength(1);
  });
});
