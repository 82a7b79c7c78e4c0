import type { CommandInput, CommandResult } from "../../commands/types.js";
import type { StatementAnswer } from "../answers/whoSaid.js";
import type { Speaker } from "../statements/types.js";

/** A speaker as the JSON contract gives it: name and role (and kind). */
function speakerJson(speaker: Speaker): { name: string; role?: string; kind: Speaker["kind"] } {
  return {
    name: speaker.name,
    ...(speaker.role ? { role: speaker.role } : {}),
    kind: speaker.kind,
  };
}

/**
 * The JSON contract of `--json` (one object per command, on one line). Later commands add fields;
 * none is ever renamed.
 *
 * @example {"command":"excerpt","input":{"paragraph":3},"results":[{"story":"…","paragraph":3,"text":"…","attribution":{…}}]}
 */
export interface JsonAnswer {
  readonly command: string;
  readonly input: CommandInput;
  readonly results: readonly unknown[];
  readonly error?: { readonly message: string };
  /** /ask: whether Byline takes the first result to answer the question (false when none). */
  readonly answered?: boolean;
  /** /who said: the paragraph that reports the words unattributed, when no one said them. */
  readonly narration?: unknown;
  /** /who said: the statement that says otherwise with the same words, when no one said them. */
  readonly opposite?: unknown;
  /** /who said: the paragraph of a quotation that holds the words, when its speaker is not read. */
  readonly unattributed?: unknown;
  /** /summary: the people its sentences quote, with their roles. */
  readonly quoted?: readonly unknown[];
  /** /summary with a focus no sentence can be about alone: the paragraphs that mention it. */
  readonly mentionedIn?: readonly number[];
  /** /who is, /quotes: the closest names when no one matched. */
  readonly suggestions?: readonly string[];
  /** /stories: the story this server's commands use when none is named. */
  readonly defaultStory?: string;
}

export function jsonAnswer(
  command: string,
  input: CommandInput,
  result: CommandResult,
): JsonAnswer {
  const answer: JsonAnswer = { command, input, results: jsonResults(result) };
  if (result.kind === "passages") return { ...answer, answered: result.answered };
  if (result.kind === "whoSaid") {
    const { narration, opposite, unattributed } = result.answer;
    return {
      ...answer,
      ...(narration ? { narration } : {}),
      ...(unattributed ? { unattributed } : {}),
      ...(opposite ? { opposite: statementJson(opposite) } : {}),
    };
  }
  if (
    (result.kind === "whoIs" || result.kind === "quotes") &&
    result.answer.suggestions.length > 0
  ) {
    return { ...answer, suggestions: result.answer.suggestions };
  }
  if (result.kind === "stories" && result.defaultStory)
    return { ...answer, defaultStory: result.defaultStory };
  if (result.kind === "summary") {
    const { quoted, mentionedIn } = result.summary;
    return {
      ...answer,
      ...(quoted.length > 0 ? { quoted: quoted.map(speakerJson) } : {}),
      ...(mentionedIn && mentionedIn.length > 0 ? { mentionedIn } : {}),
    };
  }
  return answer;
}

export function jsonError(command: string, input: CommandInput, message: string): JsonAnswer {
  return { command, input, results: [], error: { message } };
}

/** A /who said statement as the JSON contract gives it. */
function statementJson(statement: StatementAnswer) {
  return {
    story: statement.story,
    paragraph: statement.paragraph,
    text: statement.text,
    kind: statement.kind,
    speaker: speakerJson(statement.speaker),
    ...(statement.via ? { via: statement.via } : {}),
    cue: statement.cue,
    score: statement.score,
    highlights: statement.highlights,
    attribution: statement.attribution,
  };
}

function jsonResults(result: CommandResult): readonly unknown[] {
  switch (result.kind) {
    case "passages":
      return result.passages.map((passage) => ({
        story: passage.story,
        paragraph: passage.paragraph,
        text: passage.text,
        score: passage.score,
        sentence: passage.sentence.text,
        highlights: passage.highlights,
        attribution: passage.attribution,
      }));
    case "excerpt":
      return [result.excerpt];
    case "pin":
      return [
        {
          ...result.excerpt,
          ...(result.statement ? { speaker: speakerJson(result.statement.speaker) } : {}),
          ...(result.statement?.via ? { via: result.statement.via } : {}),
        },
      ];
    case "stories":
      return result.stories;
    case "storyPreview":
      return [result.preview];
    case "storyRemoval":
      return [result.story];
    case "done":
      return [{ message: result.message }];
    case "summary":
      return result.summary.sentences;
    case "help":
      return result.commands;
    case "whoSaid":
      return result.answer.statements.map(statementJson);
    case "whoIs":
      return result.answer.people.map((person) => ({
        story: person.story,
        paragraph: person.firstMention.paragraph,
        text: person.firstMention.text,
        person: {
          name: person.name,
          ...(person.role ? { role: person.role } : {}),
          aliases: person.aliases,
          alsoCalled: person.alsoCalled,
          paragraphs: person.paragraphs,
        },
        statements: person.statements,
        attribution: person.attribution,
      }));
    case "quotes":
      return result.answer.quotes.map((quote) => ({
        story: quote.story,
        paragraph: quote.paragraph,
        text: quote.text,
        kind: quote.kind,
        speaker: speakerJson(quote.speaker),
        ...(quote.via ? { via: quote.via } : {}),
        cue: quote.cue,
        attribution: quote.attribution,
      }));
  }
}
