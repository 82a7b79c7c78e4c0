import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  DiscordAPIError,
  type Interaction,
  MessageFlags,
  RESTJSONErrorCodes,
  type RepliableInteraction,
} from "discord.js";
import type { Logger } from "pino";
import type { Command, CommandContext, CommandResult } from "../../commands/types.js";
import { UserFacingError } from "../errors.js";
import type { StatementReader } from "../statements/statementReader.js";
import type { Story } from "../story/types.js";
import { readFooter } from "./commandFooter.js";
import { readButtonId } from "./customIds.js";
import { fitChoices } from "./fitChoices.js";
import { readInteractionInput } from "./interactionInput.js";
import { MEMBER_CANNOT_PIN, memberMayPin, pinAnswer, postAndPin } from "./pinning.js";
import { addresseeOf, type DiscordMessage, notice, renderMessage } from "./renderMessage.js";
import { editPayload, replyPayload } from "./replyPayload.js";
import type { UserRateLimit } from "./userRateLimit.js";
import { WorkQueue } from "./workQueue.js";

export const APOLOGY =
  "Sorry, something went wrong answering that. It has been logged; please try again.";

/**
 * Commands that may read a story's statements for the first time (tens of milliseconds each).
 * /pin, which reads them too, always defers, privately.
 */
const READS_STATEMENTS = new Set(["who", "quotes", "summary"]);
/** Commands that search every paragraph of the library. */
const SEARCHES_LIBRARY = new Set(["ask", "who"]);
/**
 * From this many paragraphs a search is deferred: `npm run bench` times /ask at p95 77 ms over
 * 200,000 paragraphs (10,000 stories), but under a flood of requests answers queue behind each
 * other (`npm run bench:load`), and a deferral keeps Discord's 3 seconds whatever the queue.
 */
export const LARGE_LIBRARY_PARAGRAPHS = 50_000;
/**
 * A command that would wait longer than this for its turn in the work queue is deferred first, so
 * that Discord has a response within its 3 seconds however many are waiting.
 */
const DEFER_AFTER_WAIT_MS = 500;

type Outcome =
  | "answered"
  /** Public closest passages, marked "may not answer this directly" (/ask's `answered: false`). */
  | "closest"
  | "nothing"
  | "refused"
  | "paged"
  | "deleted"
  | "pinned"
  | "error"
  /** Too many commands from one person: asked, privately, to wait (userRateLimit.ts). */
  | "limited"
  | "ignored";

/**
 * Answers every interaction Byline receives: slash commands, autocomplete and its buttons. It
 * never throws: a failure is answered with a short apology and logged, and the next interaction
 * is served as usual. Logs one line per interaction.
 */
export function createInteractionHandler(
  context: CommandContext,
  logger: Logger,
  rateLimit: UserRateLimit,
  reader: StatementReader,
  queue = new WorkQueue(),
) {
  return async (interaction: Interaction): Promise<void> => {
    const started = performance.now();
    let outcome: Outcome = "ignored";
    try {
      if (interaction.isChatInputCommand() || interaction.isButton()) {
        const decision = rateLimit.take(interaction.user.id);
        if (!decision.allowed) outcome = await askToWait(interaction, decision.retryAfterMs);
        else if (interaction.isChatInputCommand())
          outcome = await answerCommand(interaction, context, reader, queue);
        else outcome = await pressButton(interaction, context, queue);
      } else if (interaction.isAutocomplete()) outcome = await suggest(interaction, context, queue);
    } catch (error) {
      outcome = "error";
      logger.error({ err: error, interaction: interaction.id }, "interaction failed");
      await apologise(interaction).catch((reason: unknown) =>
        logger.warn({ err: reason, interaction: interaction.id }, "could not send the apology"),
      );
    } finally {
      logger.info(
        {
          interaction: interaction.id,
          type: interactionType(interaction),
          command: commandOf(interaction),
          user: interaction.user.id,
          guild: interaction.guildId,
          latencyMs: Math.round(performance.now() - started),
          outcome,
        },
        "interaction",
      );
    }
  };
}

/** The private answer to someone over their rate, saying when they may ask again. */
async function askToWait(
  interaction: RepliableInteraction,
  retryAfterMs: number,
): Promise<Outcome> {
  const seconds = Math.ceil(retryAfterMs / 1000);
  await interaction.reply(
    replyPayload(
      notice(
        `You are sending commands faster than Byline answers them. Try again in ${seconds} second${seconds === 1 ? "" : "s"}.`,
      ),
    ),
  );
  return "limited";
}

async function answerCommand(
  interaction: ChatInputCommandInteraction,
  context: CommandContext,
  reader: StatementReader,
  queue: WorkQueue,
): Promise<Outcome> {
  const command = findCommand(context, interaction.commandName);
  const { addressee, command: typed } = readInteractionInput(interaction);
  const pins = command.data.name === "pin";
  if (pins && !memberMayPin(interaction)) {
    await interaction.reply(replyPayload(notice(MEMBER_CANNOT_PIN)));
    return "refused";
  }
  // /pin answers the moderator privately, after a lookup and several requests to Discord.
  // Statements not read yet are read on a worker thread while Discord shows "thinking…".
  const unread = unreadStories(command, typed.input, context, reader);
  if (pins) await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  else if (
    unread.length > 0 ||
    mayTakeLong(command, context) ||
    queue.expectedWaitMs > DEFER_AFTER_WAIT_MS
  )
    await interaction.deferReply();
  if (unread.length > 0) await reader.read(unread);

  let result: CommandResult;
  try {
    result = await queue.run(() =>
      command.run(typed.input, { ...context, page: 0 }, typed.subcommand),
    );
  } catch (error) {
    if (!(error instanceof UserFacingError)) throw error;
    await sendPrivately(interaction, notice(error.message));
    return "refused";
  }
  if (result.kind === "pin") return postAndPin(interaction, result);
  const message = renderMessage(result, {
    command: typed,
    asker: interaction.user.id,
    page: 0,
    ...(addressee ? { addressee } : {}),
    pinnable: interaction.inGuild(),
  });
  if (message.ephemeral) {
    await sendPrivately(interaction, message);
    return "nothing";
  }
  if (interaction.deferred) await interaction.editReply(editPayload(message));
  else await interaction.reply(replyPayload(message));
  return result.kind === "passages" && !result.answered ? "closest" : "answered";
}

/**
 * A private message in answer to an interaction, whatever state it is in: a reply; the edit of a
 * private deferral; or, after a public deferral, a private follow-up once the public "thinking…"
 * message is removed (Discord would otherwise fill that public message with it).
 */
async function sendPrivately(
  interaction: RepliableInteraction,
  message: DiscordMessage,
): Promise<void> {
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply(replyPayload(message));
  } else if (interaction.deferred && !interaction.replied && interaction.ephemeral) {
    await interaction.editReply(editPayload(message));
  } else {
    if (interaction.deferred && !interaction.replied) {
      await interaction.deleteReply().catch(ignoreUnknownMessage);
    }
    await interaction.followUp(replyPayload(message));
  }
}

/** A message already gone (deleted twice, or by a moderator) is not an error worth an apology. */
function ignoreUnknownMessage(error: unknown): void {
  if (error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownMessage) return;
  throw error;
}

async function suggest(
  interaction: AutocompleteInteraction,
  context: CommandContext,
  queue: WorkQueue,
): Promise<Outcome> {
  const command = findCommand(context, interaction.commandName);
  const focused = interaction.options.getFocused(true);
  const { input, subcommand } = readInteractionInput(interaction).command;
  let choices: ReturnType<typeof fitChoices> = [];
  try {
    choices = await queue.run(
      () =>
        fitChoices(
          command.complete?.(
            { name: focused.name, value: String(focused.value) },
            input,
            context,
            subcommand,
          ) ?? [],
          focused.type,
        ),
      "urgent",
    );
  } catch (error) {
    // A story named in another option may not exist yet while the user types: no suggestions.
    if (!(error instanceof UserFacingError)) throw error;
  }
  await interaction.respond(choices);
  return choices.length > 0 ? "answered" : "nothing";
}

async function pressButton(
  interaction: ButtonInteraction,
  context: CommandContext,
  queue: WorkQueue,
): Promise<Outcome> {
  const button = readButtonId(interaction.customId);
  if (!button) {
    await interaction.reply(
      replyPayload(notice("This button no longer works. Run the command again.")),
    );
    return "refused";
  }
  if (button.action === "pin") return pinAnswer(interaction);
  if (interaction.user.id !== button.asker) {
    const what = button.action === "more" ? "page through" : "delete";
    await interaction.reply(
      replyPayload(
        notice(`Only the person who asked can ${what} this answer. Ask your own with /ask.`),
      ),
    );
    return "refused";
  }
  if (button.action === "delete") {
    await interaction.deferUpdate();
    await interaction.deleteReply().catch(ignoreUnknownMessage);
    return "deleted";
  }
  return showPage(interaction, context, button.page, queue);
}

/** The More button: the next page of the same command, in place of the current one. */
async function showPage(
  interaction: ButtonInteraction,
  context: CommandContext,
  page: number,
  queue: WorkQueue,
): Promise<Outcome> {
  const footer = interaction.message.embeds.at(-1)?.footer?.text;
  const typed = footer ? readFooter(footer) : undefined;
  const command = typed && context.commands.find((c) => c.data.name === typed.name);
  let result: CommandResult | undefined;
  try {
    if (typed && command)
      result = await queue.run(() =>
        command.run(typed.input, { ...context, page }, typed.subcommand),
      );
  } catch (error) {
    // The story may have been removed since: the answer can no longer be paged.
    if (!(error instanceof UserFacingError)) throw error;
  }
  if (!typed || !result) {
    await interaction.reply(
      replyPayload(notice("This answer can no longer be paged. Run the command again.")),
    );
    return "refused";
  }
  const addressee = addresseeOf(interaction.message.content);
  const message = renderMessage(result, {
    command: typed,
    asker: interaction.user.id,
    page,
    ...(addressee ? { addressee } : {}),
    pinnable: interaction.inGuild(),
  });
  if (message.ephemeral) {
    await interaction.reply(replyPayload(notice("There is nothing more to show.")));
    return "nothing";
  }
  await interaction.update(editPayload(message));
  return "paged";
}

function findCommand(context: CommandContext, name: string): Command {
  const command = context.commands.find((candidate) => candidate.data.name === name);
  if (!command) throw new Error(`no handler for the registered command /${name}`);
  return command;
}

/**
 * The stories a command will read statements of (the one named, else every story) whose
 * statements are not read yet; none for a command that reads none, or a story that does not
 * exist (the command says so itself).
 */
function unreadStories(
  command: Command,
  input: Readonly<Record<string, unknown>>,
  { library }: CommandContext,
  reader: StatementReader,
): readonly Story[] {
  const name = command.data.name;
  if (!READS_STATEMENTS.has(name) && name !== "pin") return [];
  const storyId = typeof input.story === "string" ? input.story : undefined;
  let stories: readonly Story[];
  try {
    stories = library.storiesFor(storyId);
  } catch {
    return [];
  }
  return reader.missing(stories) ? stories : [];
}

/**
 * Whether to defer: reading statements the library has not read yet may take a while, and so may
 * a search over a large library.
 */
function mayTakeLong(command: Command, { library }: CommandContext): boolean {
  const name = command.data.name;
  if (SEARCHES_LIBRARY.has(name) && library.index.size >= LARGE_LIBRARY_PARAGRAPHS) return true;
  return (
    READS_STATEMENTS.has(name) &&
    library.stories.some((story) => library.cachedStatementsOf(story) === undefined)
  );
}

async function apologise(interaction: Interaction): Promise<void> {
  if (interaction.isAutocomplete()) {
    if (!interaction.responded) await interaction.respond([]);
    return;
  }
  if (interaction.isRepliable()) await sendPrivately(interaction, notice(APOLOGY));
}

function interactionType(interaction: Interaction): string {
  if (interaction.isChatInputCommand()) return "command";
  if (interaction.isAutocomplete()) return "autocomplete";
  if (interaction.isButton()) return "button";
  return String(interaction.type);
}

function commandOf(interaction: Interaction): string | undefined {
  if (interaction.isChatInputCommand() || interaction.isAutocomplete()) {
    const sub = interaction.options.getSubcommand(false);
    return sub ? `${interaction.commandName} ${sub}` : interaction.commandName;
  }
  if (interaction.isButton()) return interaction.customId.split(":").slice(0, 2).join(":");
  return undefined;
}
