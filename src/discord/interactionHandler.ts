import { setImmediate as nextTurn } from "node:timers/promises";
import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  MessageFlags,
  type ModalSubmitInteraction,
  PermissionFlagsBits,
  type RepliableInteraction,
} from "discord.js";
import type { Logger } from "pino";
import { withDefaultStory } from "../../commands/commonParts.js";
import type { Command, CommandContext, CommandResult, Upload } from "../../commands/types.js";
import { BylineStore } from "../db/store.js";
import { UserFacingError } from "../errors.js";
import type { StatementReader } from "../statements/statementReader.js";
import type { LiveCorpus } from "../story/liveCorpus.js";
import { readFooter } from "./commandFooter.js";
import { readButtonId } from "./customIds.js";
import { askWhyWrong, recordWrong } from "./feedbackModal.js";
import { fitChoices } from "./fitChoices.js";
import { readInteractionInput } from "./interactionInput.js";
import {
  findCommand,
  type Handling,
  ignoreUnknownMessage,
  mayWaitForStatements,
  type Outcome,
  READS_STATEMENTS,
  readMissingStatements,
  sendPrivately,
} from "./interactionParts.js";
import { answerMessageCommand, shareAnswer } from "./messageCommandReplies.js";
import { MEMBER_CANNOT_PIN, memberMayPin, pinAnswer, postAndPin } from "./pinning.js";
import { addresseeOf, notice, renderMessage } from "./renderMessage.js";
import { editPayload, replyPayload } from "./replyPayload.js";
import {
  askToConfirm,
  confirmChange,
  downloadUploads,
  MEMBER_CANNOT_MANAGE_STORIES,
} from "./storyChanges.js";
import type { UserRateLimit } from "./userRateLimit.js";
import { WorkQueue } from "./workQueue.js";

export const APOLOGY =
  "Sorry, something went wrong answering that. It has been logged; please try again.";

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

/** What the handler answers with, besides the commands and stories. */
export interface HandlerOptions {
  readonly rateLimit: UserRateLimit;
  readonly reader: StatementReader;
  readonly queue?: WorkQueue;
  /** Servers' default stories and readers' feedback; without it those are not offered. */
  readonly store?: BylineStore;
  /** The corpus folder, for /story add and remove. */
  readonly corpus?: LiveCorpus;
}

/**
 * Answers every interaction Byline receives: slash commands, message commands, autocomplete, its
 * buttons and the "Wrong?" form. It never throws: a failure is answered with a short apology and
 * logged, and the next interaction is served as usual. Logs one line per interaction.
 */
export function createInteractionHandler(
  context: CommandContext,
  logger: Logger,
  options: HandlerOptions,
) {
  const { rateLimit, store, corpus } = options;
  const base: Omit<Handling, "context" | "times"> = {
    reader: options.reader,
    queue: options.queue ?? new WorkQueue(),
    store,
    corpus,
    // Without a database (tests, a bot with no data folder) confirmations last for the process.
    pending: (store ?? BylineStore.inMemory()).pending,
  };
  return async (interaction: Interaction): Promise<void> => {
    const started = performance.now();
    // How old the interaction was when Byline began on it (its id holds when Discord made it):
    // the gateway's delivery and the wait for this thread, apart from Byline's own time.
    const ageMs = Date.now() - interaction.createdTimestamp;
    let outcome: Outcome = "ignored";
    const times = { waitMs: 0, workMs: 0 };
    const handling: Handling = {
      ...base,
      times,
      context: contextFor(interaction, context, base),
    };
    try {
      // Interactions come in bursts, read together from the gateway: what a command does on
      // arrival ("thinking…" among it) waits two turns of the event loop, until every interaction
      // read with it has been seen and the suggestions' replies are out (one turn may go to
      // opening a connection for them), and then a turn of its own (WorkQueue.arrivalTurn). At
      // 10,000 stories the first burst of the load run aged a suggestion 100–190 ms behind forty
      // commands' replies (`npm run bench:load`).
      if (!interaction.isAutocomplete()) {
        await nextTurn();
        await nextTurn();
        await handling.queue.arrivalTurn();
      }
      if (
        interaction.isChatInputCommand() ||
        interaction.isButton() ||
        interaction.isMessageContextMenuCommand() ||
        interaction.isModalSubmit()
      ) {
        const decision = rateLimit.take(interaction.user.id);
        if (!decision.allowed) outcome = await askToWait(interaction, decision.retryAfterMs);
        else if (interaction.isChatInputCommand())
          outcome = await answerCommand(interaction, handling);
        else if (interaction.isMessageContextMenuCommand())
          outcome = await answerMessageCommand(interaction, handling);
        else if (interaction.isModalSubmit()) outcome = await submitForm(interaction, handling);
        else outcome = await pressButton(interaction, handling);
      } else if (interaction.isAutocomplete()) outcome = await suggest(interaction, handling);
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
          ageMs,
          latencyMs: Math.round(performance.now() - started),
          // The command's own work, and its wait for its turn (workQueue.ts).
          workMs: Math.round(times.workMs),
          waitMs: Math.round(times.waitMs),
          outcome,
        },
        "interaction",
      );
    }
  };
}

/** The commands' context for one interaction: its server's settings, statements off the thread. */
function contextFor(
  interaction: Interaction,
  context: CommandContext,
  { store, corpus, reader }: Omit<Handling, "context" | "times">,
): CommandContext {
  return {
    ...context,
    ...(corpus ? { corpus } : {}),
    ...(store && interaction.guildId
      ? { server: { id: interaction.guildId, settings: store.settings } }
      : {}),
    readStatements: (story) => reader.readUnsaved(story),
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
  handling: Handling,
): Promise<Outcome> {
  const { context, reader, queue, times } = handling;
  const command = findCommand(context, interaction.commandName);
  const { addressee, command: asTyped } = readInteractionInput(interaction);
  const typed = {
    ...asTyped,
    input: withDefaultStory(command, asTyped.input, asTyped.subcommand, context),
  };
  const pins = command.data.name === "pin";
  const managesStories = command.data.name === "story";
  if (pins && !memberMayPin(interaction)) {
    await interaction.reply(replyPayload(notice(MEMBER_CANNOT_PIN)));
    return "refused";
  }
  if (managesStories && !interaction.memberPermissions?.has(PermissionFlagsBits.ManageMessages)) {
    await interaction.reply(replyPayload(notice(MEMBER_CANNOT_MANAGE_STORIES)));
    return "refused";
  }
  // /pin and /story answer the moderator privately, after a lookup and several requests to
  // Discord or a download. Statements not read yet are read on a worker thread while Discord
  // shows "thinking…".
  const waits = mayWaitForStatements(command, typed.input, context, reader);
  if (pins || managesStories) await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  else if (waits || mayTakeLong(command, context) || queue.expectedWaitMs > DEFER_AFTER_WAIT_MS)
    await interaction.deferReply();
  if (waits) await readMissingStatements(command, typed.input, handling);

  let result: CommandResult;
  let uploads: ReadonlyMap<string, Upload> = new Map();
  try {
    uploads = await downloadUploads(interaction);
    result = await queue.run(
      () => command.run(typed.input, { ...context, uploads, page: 0 }, typed.subcommand),
      "normal",
      times,
    );
  } catch (error) {
    if (!(error instanceof UserFacingError)) throw error;
    await sendPrivately(interaction, notice(error.message));
    return "refused";
  }
  if (result.kind === "pin") return postAndPin(interaction, result);
  if (result.kind === "storyPreview" || result.kind === "storyRemoval")
    return askToConfirm(interaction, result, handling.pending, uploads);
  const message = renderMessage(result, {
    command: typed,
    asker: interaction.user.id,
    page: 0,
    ...(addressee ? { addressee } : {}),
    pinnable: interaction.inGuild(),
  });
  if (message.ephemeral || managesStories) {
    await sendPrivately(interaction, message);
    return message.ephemeral ? "nothing" : "answered";
  }
  if (interaction.deferred) await interaction.editReply(editPayload(message));
  else await interaction.reply(replyPayload(message));
  return result.kind === "passages" && !result.answered ? "closest" : "answered";
}

async function suggest(
  interaction: AutocompleteInteraction,
  { context, queue, times }: Handling,
): Promise<Outcome> {
  const command = findCommand(context, interaction.commandName);
  const focused = interaction.options.getFocused(true);
  const { input: typedInput, subcommand } = readInteractionInput(interaction).command;
  const input =
    focused.name === "story"
      ? typedInput
      : withDefaultStory(command, typedInput, subcommand, context);
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
      times,
    );
  } catch (error) {
    // A story named in another option may not exist yet while the user types: no suggestions.
    if (!(error instanceof UserFacingError)) throw error;
  }
  await interaction.respond(choices);
  return choices.length > 0 ? "answered" : "nothing";
}

async function pressButton(interaction: ButtonInteraction, handling: Handling): Promise<Outcome> {
  const button = readButtonId(interaction.customId);
  if (!button || button.action === "at") {
    await interaction.reply(
      replyPayload(notice("This button no longer works. Run the command again.")),
    );
    return "refused";
  }
  if (button.action === "pin") return pinAnswer(interaction);
  if (button.action === "wrong") {
    if (!handling.store) {
      await interaction.reply(replyPayload(notice("Reports are not kept on this Byline.")));
      return "refused";
    }
    await askWhyWrong(interaction);
    return "answered";
  }
  if (interaction.user.id !== button.asker) {
    const what =
      button.action === "more"
        ? "page through"
        : button.action === "delete"
          ? "delete"
          : button.action === "share"
            ? "share"
            : "confirm";
    await interaction.reply(
      replyPayload(
        notice(`Only the person who asked can ${what} this answer. Ask your own with /ask.`),
      ),
    );
    return "refused";
  }
  switch (button.action) {
    case "delete":
      await interaction.deferUpdate();
      await interaction.deleteReply().catch(ignoreUnknownMessage);
      return "deleted";
    case "share":
      return shareAnswer(interaction);
    case "confirm":
    case "cancel":
      return confirmChange(interaction, button.action, button.key, handling);
    case "more":
      return showPage(interaction, handling, button.page);
  }
}

/** The "Wrong?" form: the report kept, the reader thanked privately. */
async function submitForm(
  interaction: ModalSubmitInteraction,
  { store }: Handling,
): Promise<Outcome> {
  if (!store) {
    await interaction.reply(replyPayload(notice("Reports are not kept on this Byline.")));
    return "refused";
  }
  await recordWrong(interaction, store.feedback);
  return "reported";
}

/** More and Previous: that page of the same command, in place of the current one. */
async function showPage(
  interaction: ButtonInteraction,
  { context, queue, times }: Handling,
  page: number,
): Promise<Outcome> {
  const footer = interaction.message.embeds.at(-1)?.footer?.text;
  const typed = footer ? readFooter(footer) : undefined;
  const command = typed && context.commands.find((c) => c.data.name === typed.name);
  let result: CommandResult | undefined;
  try {
    if (typed && command)
      result = await queue.run(
        () => command.run(typed.input, { ...context, page }, typed.subcommand),
        "normal",
        times,
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

/**
 * Whether to defer: reading statements the library has not read yet may take a while, and so may
 * a search over a large library.
 */
function mayTakeLong(command: Command, { library }: CommandContext): boolean {
  const name = command.data.name;
  if (SEARCHES_LIBRARY.has(name) && library.index.size >= LARGE_LIBRARY_PARAGRAPHS) return true;
  return READS_STATEMENTS.has(name) && !library.allStatementsRead;
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
  if (interaction.isMessageContextMenuCommand()) return "message command";
  if (interaction.isModalSubmit()) return "form";
  if (interaction.isAutocomplete()) return "autocomplete";
  if (interaction.isButton()) return "button";
  return String(interaction.type);
}

function commandOf(interaction: Interaction): string | undefined {
  if (interaction.isChatInputCommand() || interaction.isAutocomplete()) {
    const sub = interaction.options.getSubcommand(false);
    return sub ? `${interaction.commandName} ${sub}` : interaction.commandName;
  }
  if (interaction.isMessageContextMenuCommand()) return interaction.commandName;
  if (interaction.isButton() || interaction.isModalSubmit())
    return interaction.customId.split(":").slice(0, 2).join(":");
  return undefined;
}
