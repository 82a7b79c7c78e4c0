import { basename, extname } from "node:path";
import { UserFacingError } from "../errors.js";
import { agencyName, findDateline, withoutDateline } from "../text/dateline.js";
import { splitSentences } from "../text/sentences.js";
import { parseBylineLine } from "./bylineLine.js";
import { parseCreditLine } from "./creditLine.js";
import { splitFrontMatter } from "./frontMatter.js";
import { isPageLeftover } from "./pageLeftovers.js";
import type { AsideParagraph, BodyParagraph, Story, StoryMetadata } from "./types.js";

/** File extensions Byline reads as stories. */
export const STORY_EXTENSIONS = [".md", ".markdown", ".txt"] as const;

/** Whether a file (a name or a path) is one Byline reads as a story: not hidden, a story extension. */
export function isStoryFile(name: string): boolean {
  return (
    !basename(name).startsWith(".") &&
    (STORY_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase())
  );
}

const MAX_LEDE_TITLE_LENGTH = 100;
const BLANK_LINE = /\n[ \t]*\n/;
const MARKDOWN_HEADING = /^#{1,6}\s+(.*?)\s*#*$/;
const MARKDOWN_RULE = /^(?:[-*_][ \t]*){3,}$/;

interface Block {
  readonly text: string;
  readonly heading?: string;
}

/**
 * Parses one story file.
 *
 * `.md`: optional YAML front matter, then paragraphs separated by blank lines; `#` headings are not
 * body text (the first one is the title when the front matter has none).
 * `.txt`: paragraphs separated by blank lines, or one paragraph per line when there is no blank line.
 * In both, all-caps lines (a publisher's links to related stories) are kept as headlines, a
 * closing credit line ("… contributed to this report.") gives contributors and outlet, and lines of
 * a web page's share buttons ("Share this with", "Email", "Copy this link") are kept as page
 * leftovers; none of them is numbered. A story without a title takes its lede's first sentence.
 *
 * Throws a UserFacingError naming the file when it holds no story.
 */
export function parseStory(file: string, text: string): Story {
  const extension = extname(file).toLowerCase();
  const id = basename(file, extname(file));
  const isMarkdown = extension === ".md" || extension === ".markdown";
  const { frontMatter, body } = isMarkdown
    ? splitFrontMatter(file, text)
    : { frontMatter: {}, body: text };

  const blocks = isMarkdown ? markdownBlocks(body) : textBlocks(body);
  if (blocks.length === 0) {
    throw new UserFacingError(
      body.length < text.length
        ? `${file} has front matter but no story after it. Add the story's paragraphs below the closing ---.`
        : `${file} has no text (it is empty or only whitespace). Add the story's paragraphs or remove the file.`,
    );
  }

  const creditIndex = findCreditBlock(blocks);
  const credit = creditIndex === -1 ? null : parseCreditLine(blocks[creditIndex]?.text ?? "");
  // "By Jane Doe, Associated Press" above the story (after its headline, if any).
  const firstText = blocks.findIndex((block) => block.heading === undefined);
  const byline =
    firstText >= 0 && firstText < blocks.length - 1 && firstText !== creditIndex
      ? parseBylineLine(blocks[firstText]?.text ?? "")
      : null;
  const bylineIndex = byline ? firstText : -1;
  const paragraphs: BodyParagraph[] = [];
  const asides: AsideParagraph[] = [];
  let heading: string | undefined;
  blocks.forEach((block, index) => {
    const after = paragraphs.length;
    if (index === creditIndex || index === bylineIndex) {
      asides.push({ kind: "credit", text: block.text, after });
    } else if (isPageLeftover(block.text)) {
      asides.push({ kind: "page", text: block.text, after });
    } else if (block.heading !== undefined || isAllCapsHeadline(block.text)) {
      heading ??= block.heading;
      asides.push({ kind: "headline", text: block.text, after });
    } else {
      paragraphs.push({
        number: after + 1,
        text: block.text,
        sentences: splitSentences(block.text),
      });
    }
  });
  const lede = paragraphs[0];
  if (!lede) {
    throw new UserFacingError(
      `${file} has headlines but no story paragraphs. Add the story's body text.`,
    );
  }

  // "WASHINGTON (AP) — …": a wire story names its agency in the dateline.
  const agency = findDateline(lede.text)?.agency;
  const metadata: StoryMetadata = {
    ...(frontMatter.title
      ? { title: frontMatter.title, titleSource: "front-matter" as const }
      : heading
        ? { title: heading, titleSource: "heading" as const }
        : { title: ledeTitle(lede), titleSource: "lede" as const }),
    outlet: frontMatter.outlet ?? credit?.outlet ?? byline?.outlet ?? agency,
    url: frontMatter.url,
    published: frontMatter.published,
    // The agency that filed the story is its outlet, not one of its contributors.
    contributors:
      frontMatter.contributors ??
      [...new Set([...(byline?.contributors ?? []), ...(credit?.contributors ?? [])])].filter(
        (name) => credit?.outlet !== undefined || !agency || !sameOrganisation(name, agency),
      ),
  };
  return { id, file, ...withoutUndefined(metadata), body: paragraphs, asides };
}

function markdownBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.split(BLANK_LINE)) {
    let lines: string[] = [];
    const flush = () => {
      const joined = lines.join(" ").trim();
      if (joined) blocks.push({ text: joined });
      lines = [];
    };
    for (const line of chunk.split("\n")) {
      const headingText = MARKDOWN_HEADING.exec(line.trim())?.[1];
      if (headingText !== undefined) {
        flush();
        if (headingText) blocks.push({ text: headingText, heading: headingText });
      } else if (MARKDOWN_RULE.test(line.trim())) {
        flush();
      } else {
        lines.push(line.trim());
      }
    }
    flush();
  }
  return blocks;
}

function textBlocks(text: string): Block[] {
  const trimmed = text.trim();
  const chunks = BLANK_LINE.test(trimmed) ? trimmed.split(BLANK_LINE) : trimmed.split("\n");
  return chunks
    .map((chunk) =>
      chunk
        .split("\n")
        .map((line) => line.trim())
        .join(" ")
        .trim(),
    )
    .filter((block) => block.length > 0)
    .map((block, index, all) =>
      // A story pasted with its headline on the first line: the title, not the lede.
      index === 0 && all.length > 1 && isHeadlineLine(block)
        ? { text: block, heading: block }
        : { text: block },
    );
}

const MAX_HEADLINE_WORDS = 30;

/**
 * A headline: a short line that does not end like a sentence ("UK regulator moves to fine
 * fitness app Pulsewell £18.4 million over health data breach"). A lede ends with a stop.
 */
function isHeadlineLine(text: string): boolean {
  return (
    text.split(/\s+/).length <= MAX_HEADLINE_WORDS &&
    !/[.!?…:;,]["”'’)\]]*$/u.test(text) &&
    !/^by\s/i.test(text) &&
    // "Jane Doe, Associated Press" is who wrote it, not what it is called.
    parseBylineLine(text) === null
  );
}

/** The credit line is the last block, or the last before trailing headlines. */
function findCreditBlock(blocks: readonly Block[]): number {
  for (let index = blocks.length - 1; index > 0; index--) {
    const block = blocks[index];
    if (!block) break;
    if (parseCreditLine(block.text)) return index;
    if (block.heading === undefined && !isAllCapsHeadline(block.text)) break;
  }
  return -1;
}

/** "US SAYS RUSSIAN OFFICIALS VISITED IRAN": a line of capitals, at least three words long. */
export function isAllCapsHeadline(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length < 8 || text.split(/\s+/).length < 3) return false;
  const upper = letters.filter((letter) => letter !== letter.toLowerCase()).length;
  return upper / letters.length >= 0.9;
}

function ledeTitle(lede: BodyParagraph): string {
  const first = withoutDateline(lede.sentences[0]?.text ?? lede.text);
  if (first.length <= MAX_LEDE_TITLE_LENGTH) return first;
  const cut = first.slice(0, MAX_LEDE_TITLE_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(" ")).replace(/[,;:—–-]+$/, "")}…`;
}

/** "AP", "Associated Press" and "The Associated Press" are one organisation. */
function sameOrganisation(a: string, b: string): boolean {
  const bare = (name: string) =>
    agencyName(name)
      .replace(/^the\s+/i, "")
      .toLowerCase();
  return bare(a) === bare(b);
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
