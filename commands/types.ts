import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord-api-types/v10";
import type { Passage } from "../src/answers/ask.js";
import type { StoryCard } from "../src/answers/describeStories.js";
import type { Excerpt } from "../src/answers/excerpt.js";
import type { QuotesAnswer } from "../src/answers/listQuotes.js";
import type { StoryExamples } from "../src/answers/storyExamples.js";
import type { StoryPreview } from "../src/answers/storyPreview.js";
import type { WhoIsAnswer } from "../src/answers/whoIs.js";
import type { StatementAnswer, WhoSaidAnswer } from "../src/answers/whoSaid.js";
import type { StoryStatements } from "../src/statements/analyzeStory.js";
import type { LiveCorpus } from "../src/story/liveCorpus.js";
import type { Story } from "../src/story/types.js";
import type { StoryLibrary } from "../src/storyLibrary.js";
import type { Summary } from "../src/summary/summarizeStory.js";
import type { MessageCommand } from "./messageCommand.js";

/** Option values as a command receives them, by option name. */
export type CommandInput = Readonly<Record<string, string | number>>;

/** A text option's value, or undefined when it was not given. */
export function textOption(input: CommandInput, name: string): string | undefined {
  const value = input[name];
  return value === undefined ? undefined : String(value);
}

/** A command's answer as plain data; renderers turn it into Discord messages, text or JSON. */
export type CommandResult =
  | {
      readonly kind: "passages";
      readonly question: string;
      readonly passages: readonly Passage[];
      /**
       * Whether Byline takes the first passage to answer the question; false when the passages are
       * only the closest (shown under "may not answer this directly") and when there are none.
       */
      readonly answered: boolean;
      /** How many pages of passages there are, when paged (see CommandContext.page). */
      readonly pages?: number;
      readonly storiesSearched?: number;
      /** The story named with `story:` among several, for the hint of an empty answer. */
      readonly story?: string;
    }
  | { readonly kind: "excerpt"; readonly excerpt: Excerpt }
  | {
      readonly kind: "stories";
      readonly stories: readonly StoryCard[];
      /** The story this server's commands use when none is named (/story use). */
      readonly defaultStory?: string;
    }
  /** /story add: what Byline read in an uploaded file, to be confirmed before it is saved. */
  | { readonly kind: "storyPreview"; readonly preview: StoryPreview }
  /** /story remove: the story to be removed once confirmed. */
  | { readonly kind: "storyRemoval"; readonly story: StoryCard }
  /** A setting changed (/story use): what it now is. */
  | { readonly kind: "done"; readonly message: string }
  | {
      readonly kind: "help";
      readonly commands: readonly CommandHelp[];
      /** How many stories are loaded: with several, commands want `story:`. */
      readonly storiesLoaded?: number;
    }
  | {
      readonly kind: "whoSaid";
      readonly quote: string;
      readonly answer: WhoSaidAnswer;
      /** How many stories were searched: an empty answer speaks of "the story" only for one. */
      readonly storiesSearched?: number;
    }
  | {
      readonly kind: "whoIs";
      readonly name: string;
      readonly answer: WhoIsAnswer;
      readonly storiesSearched?: number;
    }
  | {
      readonly kind: "quotes";
      readonly speaker?: string;
      readonly answer: QuotesAnswer;
      /** How many pages of quotes there are, when paged. */
      readonly pages?: number;
      readonly storiesSearched?: number;
    }
  | { readonly kind: "pin"; readonly excerpt: Excerpt; readonly statement?: StatementAnswer }
  | {
      readonly kind: "summary";
      readonly length: string;
      readonly focus?: string;
      readonly summary: Summary;
    };

export interface CommandHelp {
  readonly name: string;
  readonly description: string;
  readonly usage: string;
}

/** A file attached to a command (`/story add file:`), as the adapter received it. */
export interface Upload {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** Where a server's choice of default story is kept (the database; in the console, memory). */
export interface DefaultStories {
  defaultStory(server: string): string | undefined;
  setDefaultStory(server: string, story: string | undefined): void;
}

/** Default stories kept for one run: the console's. */
export class DefaultStoriesInMemory implements DefaultStories {
  readonly #stories = new Map<string, string>();
  defaultStory(server: string): string | undefined {
    return this.#stories.get(server);
  }
  setDefaultStory(server: string, story: string | undefined): void {
    if (story === undefined) this.#stories.delete(server);
    else this.#stories.set(server, story);
  }
}

export interface CommandContext {
  readonly library: StoryLibrary;
  readonly commands: readonly Command[];
  /** Message commands (Discord's right-click → Apps), which run the commands above. */
  readonly messageCommands?: readonly MessageCommand[];
  /** The corpus folder, for commands that add or remove stories. */
  readonly corpus?: LiveCorpus;
  /** The server (Discord guild) asking, and where its settings are kept. */
  readonly server?: { readonly id: string; readonly settings: DefaultStories };
  /** Files attached to the command, by the attachment option's value. */
  readonly uploads?: ReadonlyMap<string, Upload>;
  /** Reads a story's statements without blocking (a worker thread); by default, in place. */
  readonly readStatements?: (story: Story) => Promise<StoryStatements>;
  /**
   * Which page of a long answer to give, from 0, where the reader pages (Discord's More button).
   * Without it a command gives its whole first answer, as the console shows it.
   */
  readonly page?: number;
}

/** One autocomplete suggestion: the label shown and the value the option takes. */
export interface Choice {
  readonly name: string;
  readonly value: string | number;
}

/** The option being typed, as autocomplete receives it: its name and the text typed so far. */
export interface FocusedOption {
  readonly name: string;
  readonly value: string;
}

/**
 * One slash command: `data` is its definition exactly as Discord registers it (and as the console
 * parses it); `run` answers it from the stories.
 */
export interface Command {
  readonly data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /**
   * Example invocations shown by /help, one per subcommand where there are some; made from the
   * loaded story where they name what is in it.
   */
  readonly usage:
    | string
    | readonly string[]
    | ((examples: StoryExamples) => string | readonly string[]);
  /** A promise for commands that read files or work off the main thread (/story add). */
  run(
    input: CommandInput,
    context: CommandContext,
    subcommand?: string,
  ): CommandResult | Promise<CommandResult>;
  /** Suggestions for the option being typed, best first (the adapter enforces Discord's limits). */
  complete?(
    focused: FocusedOption,
    input: CommandInput,
    context: CommandContext,
    subcommand?: string,
  ): Choice[];
}
