import { DiscordAPIError, RESTJSONErrorCodes, type RepliableInteraction } from "discord.js";
import type { Command, CommandContext } from "../../commands/types.js";
import { candidateStories } from "../answers/candidateStories.js";
import type { PendingChanges } from "../db/pendingChanges.js";
import type { BylineStore } from "../db/store.js";
import type { StatementReader } from "../statements/statementReader.js";
import type { LiveCorpus } from "../story/liveCorpus.js";
import type { Story } from "../story/types.js";
import type { StoryLibrary } from "../storyLibrary.js";
import type { DiscordMessage } from "./renderMessage.js";
import { editPayload, replyPayload } from "./replyPayload.js";
import type { JobTimes, WorkQueue } from "./workQueue.js";

/** How an interaction ended, as its log line says. */
export type Outcome =
  | "answered"
  /** Public closest passages, marked "may not answer this directly" (/ask's `answered: false`). */
  | "closest"
  | "nothing"
  | "refused"
  | "paged"
  | "deleted"
  | "pinned"
  | "shared"
  | "saved"
  | "removed"
  | "cancelled"
  | "reported"
  | "error"
  /** Too many commands from one person: asked, privately, to wait (userRateLimit.ts). */
  | "limited"
  | "ignored";

/** Everything one interaction is answered with. */
export interface Handling {
  readonly context: CommandContext;
  readonly reader: StatementReader;
  readonly queue: WorkQueue;
  /** This interaction's time in the work queue, for its log line. */
  readonly times: JobTimes;
  readonly store: BylineStore | undefined;
  readonly corpus: LiveCorpus | undefined;
  readonly pending: PendingChanges;
}

/**
 * A private message in answer to an interaction, whatever state it is in: a reply; the edit of a
 * private deferral; or, after a public deferral, a private follow-up once the public "thinking…"
 * message is removed (Discord would otherwise fill that public message with it).
 */
export async function sendPrivately(
  interaction: RepliableInteraction,
  message: DiscordMessage,
): Promise<void> {
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply(replyPayload({ ...message, ephemeral: true }));
  } else if (interaction.deferred && !interaction.replied && interaction.ephemeral) {
    await interaction.editReply(editPayload(message));
  } else {
    if (interaction.deferred && !interaction.replied) {
      await interaction.deleteReply().catch(ignoreUnknownMessage);
    }
    await interaction.followUp(replyPayload({ ...message, ephemeral: true }));
  }
}

/** A message already gone (deleted twice, or by a moderator) is not an error worth an apology. */
export function ignoreUnknownMessage(error: unknown): void {
  if (error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownMessage) return;
  throw error;
}

export function findCommand(context: CommandContext, name: string): Command {
  const command = context.commands.find((candidate) => candidate.data.name === name);
  if (!command) throw new Error(`no handler for the registered command /${name}`);
  return command;
}

/**
 * The stories a command will read statements of, when some are not read yet: the one named; else,
 * for words or a name to look up, the stories they match best (the command reads only those,
 * candidateStories.ts); else every story. None for a command that reads none, or a story that
 * does not exist (the command says so itself).
 */
function unreadStories(
  command: Command,
  input: Readonly<Record<string, unknown>>,
  { library }: CommandContext,
  reader: StatementReader,
): readonly Story[] {
  const stories = storiesReadBy(command, input, library);
  if (!reader.missing(stories)) return [];
  const storyId = typeof input.story === "string" ? input.story : undefined;
  const lookedUp = LOOKED_UP.map((option) => input[option]).find(
    (value): value is string => typeof value === "string" && value.trim() !== "",
  );
  // Across thousands of stories whose statements are still being read after a cold start,
  // waiting for all of them would hold the answer for minutes. (Only then is the search run:
  // once everything is read it would be work the command does again.)
  if (storyId === undefined && lookedUp !== undefined) {
    const candidates = candidateStories(library, lookedUp);
    return reader.missing(candidates) ? candidates : [];
  }
  return stories;
}

/**
 * Reads, on the worker thread, the statements the command will need and has not got yet. Which
 * stories those are takes a search across many stories: a job in the work queue, not work done
 * as the interaction arrives.
 */
export async function readMissingStatements(
  command: Command,
  input: Readonly<Record<string, unknown>>,
  { context, reader, queue, times }: Handling,
): Promise<void> {
  const unread = await queue.run(
    () => unreadStories(command, input, context, reader),
    "normal",
    times,
  );
  if (unread.length > 0) await reader.read(unread);
}

/**
 * Whether the command may have to wait for statements not read yet (a quick check: that some of
 * the stories it may read have none yet), so that it is deferred before unreadStories searches.
 */
export function mayWaitForStatements(
  command: Command,
  input: Readonly<Record<string, unknown>>,
  { library }: CommandContext,
  reader: StatementReader,
): boolean {
  return reader.missing(storiesReadBy(command, input, library));
}

/** The stories whose statements a command may read: the one named, or all; none for most. */
function storiesReadBy(
  command: Command,
  input: Readonly<Record<string, unknown>>,
  library: StoryLibrary,
): readonly Story[] {
  const name = command.data.name;
  if (!READS_STATEMENTS.has(name) && name !== "pin") return [];
  try {
    return library.storiesFor(typeof input.story === "string" ? input.story : undefined);
  } catch {
    return [];
  }
}

/** The options whose text a command looks up across the stories: /who said, /who is, /quotes. */
const LOOKED_UP = ["quote", "name", "speaker"];

/**
 * Commands that may read a story's statements for the first time (tens of milliseconds each).
 * /pin, which reads them too, always defers, privately.
 */
export const READS_STATEMENTS = new Set(["who", "quotes", "summary"]);
