import type { CommandResult } from "../../commands/types.js";
import type { StoryCard } from "../answers/describeStories.js";
import type { StatementAnswer } from "../answers/whoSaid.js";
import { mergeSpans } from "../text/spans.js";
import { attributionLine, joinNames, storyCredit } from "./attributionLine.js";
import { groupByStory } from "./groupByStory.js";
import { nameWithSource, sourceNote, speakerHeading } from "./speakerName.js";
import {
  narrationLead,
  openingLine,
  SAYS_OTHERWISE,
  shownWords,
  speechVerb,
  UNATTRIBUTED_QUOTE,
  whereElse,
  wordingNote,
} from "./statementWording.js";

export interface TextStyle {
  /** Wraps matched words: ANSI bold in a terminal, `**…**` (as Discord shows it) elsewhere. */
  readonly bold: (text: string) => string;
}

export const MARKDOWN_STYLE: TextStyle = { bold: (text) => `**${text}**` };
export const ANSI_STYLE: TextStyle = { bold: (text) => `\u001b[1m${text}\u001b[22m` };

/** Said under the commands when several stories are loaded. */
export const SEVERAL_STORIES_HINT =
  "Several stories are loaded: add story:<id> to a command (/story lists them).";

export const NOTHING_FOUND =
  "The story does not answer that. Try other words, or read it with /excerpt 1 (/story shows how many paragraphs it has).";

/** What an empty answer searched: "the story", or "the loaded stories" when several were. */
function searched(storiesSearched = 1): string {
  return storiesSearched > 1 ? "the loaded stories" : "the story";
}

/**
 * The line above passages Byline is unsure answer the question (`answered: false`): they are only
 * the closest the story has. Console and Discord say it alike.
 */
export function mayNotAnswer(storiesSearched = 1): string {
  const where = storiesSearched > 1 ? "The loaded stories" : "The story";
  return `${where} may not answer this directly. Closest passages:`;
}

/** "No one in the story said that.", or in the loaded stories when several were searched. */
export function noOneSaid(storiesSearched?: number): string {
  return `No one in ${searched(storiesSearched)} said that.`;
}

/**
 * What an answer with nothing in it says, the same in the console and in Discord: that the story
 * does not answer, and for names, the closest people in the story.
 */
export function nothingFoundText(result: CommandResult): string {
  const where = searched("storiesSearched" in result ? result.storiesSearched : 1);
  switch (result.kind) {
    case "whoSaid":
      return noOneSaid(result.storiesSearched);
    case "whoIs":
      return `No one called "${result.name}" is in ${where}.${peopleHint(result.answer.suggestions)}`;
    case "quotes":
      if (!result.speaker) return "No one is quoted in the story.";
      return `No statements by "${result.speaker}" in ${where}.${peopleHint(result.answer.suggestions)}`;
    case "passages":
      if (where !== "the story")
        return "No loaded story answers that. Try other words, or name one with story: (/story lists them).";
      return result.story
        ? NOTHING_FOUND.replace("/excerpt 1", `/excerpt 1 story:${result.story}`)
        : NOTHING_FOUND;
    case "summary": {
      if (!result.focus) return "The story has no sentence to summarise.";
      const mentioned = result.summary.mentionedIn ?? [];
      if (mentioned.length === 0)
        return `The story does not mention "${result.focus}". Try another topic or person, or no focus.`;
      const [first] = mentioned;
      return `The story mentions "${result.focus}" only inside longer quotes or in sentences that need the one before them, so no sentence of a summary can be about it: ${mentioned.map((n) => `¶${n}`).join(", ")}. Read it with /excerpt ${first}.`;
    }
    default:
      return NOTHING_FOUND;
  }
}

/** The closest few names, never worded as if they were everyone the story names. */
function peopleHint(suggestions: readonly string[]): string {
  return suggestions.length > 0 ? ` Closest names in the story: ${suggestions.join(", ")}.` : "";
}

/** A command's answer as console text, laid out like the Discord answer. */
export function renderText(result: CommandResult, style: TextStyle = MARKDOWN_STYLE): string {
  switch (result.kind) {
    case "passages": {
      if (result.passages.length === 0) return nothingFoundText(result);
      const passages = result.passages
        .map(
          (passage) =>
            `${emphasise(passage.text, passage.highlights, style)}\n— ${attributionLine(passage.attribution)}`,
        )
        .join("\n\n");
      return result.answered ? passages : `${mayNotAnswer(result.storiesSearched)}\n${passages}`;
    }
    case "excerpt":
      return `${result.excerpt.text}\n— ${attributionLine(result.excerpt.attribution)}`;
    case "pin": {
      const { statement } = result;
      return [
        // Headed as the pinned message in Discord is: name, source, role.
        ...(statement ? [`${speakerHeading(statement.speaker, statement.via, style.bold)}:`] : []),
        result.excerpt.text,
        `— ${attributionLine(result.excerpt.attribution)}`,
        "(In Discord, /pin posts this in the channel and pins it.)",
      ].join("\n");
    }
    case "stories": {
      const cards = result.stories.map(storyCardText).join("\n\n");
      return result.defaultStory ? `${cards}\n\nDefault story here: ${result.defaultStory}` : cards;
    }
    case "storyPreview": {
      const { preview } = result;
      return [
        `Byline read ${preview.file}:`,
        storyCardText(preview.card),
        `  People: ${preview.people.length > 0 ? joinNames(preview.people) : "none named"}`,
        ...(preview.replaces
          ? [
              `It replaces the loaded story "${preview.replaces.title}" (${preview.replaces.story}).`,
            ]
          : []),
        "(In Discord, Save adds it. Here, copy the file into the corpus folder: a running bot reads it without a restart.)",
      ].join("\n");
    }
    case "storyRemoval":
      return `Remove this story?\n${storyCardText(result.story)}\n(In Discord, Remove confirms. Here, move its file out of the corpus folder.)`;
    case "done":
      return result.message;
    case "whoSaid": {
      const { statements, narration, opposite, unattributed } = result.answer;
      const [best, ...close] = statements;
      if (!best && unattributed) {
        return [
          `${UNATTRIBUTED_QUOTE} (¶${unattributed.paragraph}):`,
          unattributed.text,
          `— ${attributionLine(unattributed.attribution)}`,
          ...(opposite ? [SAYS_OTHERWISE, ...statementLines(opposite, style)] : []),
        ].join("\n");
      }
      if (!best) {
        const lines = [noOneSaid(result.storiesSearched)];
        if (narration) {
          lines[0] += ` ${narrationLead(narration.exact)} (¶${narration.paragraph}):`;
          lines.push(narration.text, `— ${attributionLine(narration.attribution)}`);
        }
        if (opposite) {
          if (narration) lines.push(SAYS_OTHERWISE);
          else lines[0] += ` ${SAYS_OTHERWISE}`;
          lines.push(...statementLines(opposite, style));
        }
        return lines.join("\n");
      }
      const lines = statementLines(best, style);
      for (const other of close) {
        lines.push(
          `Also close: ${nameWithSource(other.speaker.name, other.via)} (${whereElse(other, best)})${wordingNote(other.kind)}: ${shownWords(other.kind, other.text, other.runsOn)}`,
        );
      }
      return lines.join("\n");
    }
    case "whoIs": {
      const { people } = result.answer;
      if (people.length === 0) return nothingFoundText(result);
      return people
        .map((person) => {
          const lines = [
            `${style.bold(openingLine(person.name))}${person.role ? ` — ${person.role}` : ""}`,
          ];
          const times =
            person.paragraphs.length === 1 ? "once" : `in ${person.paragraphs.length} paragraphs`;
          lines.push(
            `Named ${times}: ${person.paragraphs.map((p) => `¶${p}`).join(", ")}.${person.alsoCalled.length > 0 ? ` Also called: ${person.alsoCalled.join(", ")}.` : ""}`,
          );
          if (person.statements.length === 0) lines.push("Says nothing quoted in the story.");
          for (const said of person.statements)
            lines.push(
              `¶${said.paragraph}${sourceNote(said.via)}${wordingNote(said.kind, said.cue)}: ${shownWords(said.kind, said.text, said.runsOn)}`,
            );
          lines.push(`— ${attributionLine(person.attribution)}`);
          return lines.join("\n");
        })
        .join("\n\n");
    }
    case "quotes": {
      const { quotes } = result.answer;
      if (quotes.length === 0) return nothingFoundText(result);
      return groupByStory(quotes)
        .map((group) => {
          const lines = group.map(
            (quote) =>
              `¶${quote.paragraph} ${nameWithSource(style.bold(quote.speaker.name), quote.via)}${quote.speaker.role ? ` (${quote.speaker.role})` : ""}${wordingNote(quote.kind, quote.cue)}: ${shownWords(quote.kind, quote.text, quote.runsOn)}`,
          );
          const [first] = group;
          if (first) lines.push(`— ${storyCredit(first.attribution)}`);
          return lines.join("\n");
        })
        .join("\n\n");
    }
    case "summary": {
      if (result.summary.sentences.length === 0) return nothingFoundText(result);
      const lines = result.summary.sentences.map(
        (sentence) => `¶${sentence.paragraph} ${sentence.text}`,
      );
      if (result.summary.quoted.length > 0) {
        lines.push(
          `Quoted: ${joinNames(result.summary.quoted.map((s) => (s.role ? `${s.name} (${s.role})` : s.name)))}.`,
        );
      }
      const first = result.summary.sentences[0];
      if (first) lines.push(`— ${storyCredit(first.attribution)}`);
      return lines.join("\n");
    }
    case "help":
      return [
        "Commands (options as name:value; a lone text option can be typed bare):",
        // A description is said once, on the first of its examples.
        ...result.commands.map((command, index) =>
          `  ${command.usage.padEnd(52)} ${command.description === result.commands[index - 1]?.description ? "" : command.description}`.trimEnd(),
        ),
        ...((result.storiesLoaded ?? 1) > 1 ? ["", SEVERAL_STORIES_HINT] : []),
      ].join("\n");
  }
}

/** A statement as /who said shows it: who said it and where, the words, the source. */
function statementLines(statement: StatementAnswer, style: TextStyle): string[] {
  const { speaker, via } = statement;
  return [
    `${nameWithSource(style.bold(openingLine(speaker.name)), via)}${speaker.role ? `, ${speaker.role},` : ""} ${speechVerb(statement.cue)} (¶${statement.paragraph})${wordingNote(statement.kind)}:`,
    shownWords(
      statement.kind,
      emphasise(statement.text, statement.highlights, style),
      statement.runsOn,
    ),
    `— ${attributionLine(statement.attribution)}`,
  ];
}

function emphasise(
  text: string,
  spans: readonly (readonly [number, number])[],
  style: TextStyle,
): string {
  let out = "";
  let cursor = 0;
  for (const [start, end] of mergeSpans(spans)) {
    out += text.slice(cursor, start) + style.bold(text.slice(start, end));
    cursor = end;
  }
  return out + text.slice(cursor);
}

/** A story's title, id and paragraphs, then its source, contributors and address, one per line. */
function storyCardText(story: StoryCard): string {
  const lines = [`${story.title} (${story.story}: ¶1–¶${story.paragraphs})`];
  const source = [story.outlet, story.published].filter(Boolean).join(", ");
  if (source) lines.push(`  ${source}`);
  if (story.contributors.length > 0) lines.push(`  by ${joinNames(story.contributors)}`);
  if (story.url) lines.push(`  ${story.url}`);
  return lines.join("\n");
}
