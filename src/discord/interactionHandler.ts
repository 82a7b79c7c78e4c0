import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  DiscordAPIError,
  type Interaction,
  type MessageContextMenuCommandInteraction,
  MessageFlags,
  type ModalSubmitInteraction,
  PermissionFlagsBits,
  RESTJSONErrorCodes,
  type RepliableInteraction,
} from "discord.js";
import type { Logger } from "pino";
import { withDefaultStory } from "../../commands/commonParts.js";
import { messageText } from "../../commands/messageCommand.js";
import type { Command, CommandContext, CommandResult, Upload } from "../../commands/types.js";
import type { PendingChanges } from "../db/pendingChanges.js";
import { BylineStore } from "../db/store.js";
import { UserFacingError } from "../errors.js";
import type { StatementReader } from "../statements/statementReader.js";
import type { LiveCorpus } from "../story/liveCorpus.js";
import { MAX_STORY_BYTES } from "../story/loadCorpus.js";
import type { Story } from "../story/types.js";
import { confirmButtons, shareButtons } from "./answerButtons.js";
import { type FooterCommand, readFooter } from "./commandFooter.js";
import { readButtonId } from "./customIds.js";
import { downloadAttachment } from "./downloadAttachment.js";
import { askWhyWrong, recordWrong } from "./feedbackModal.js";
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

export const MEMBER_CANNOT_MANAGE_STORIES =
  "Only members who can manage messages can add, remove or choose stories. Ask a moderator.";

type Outcome =
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

/** Everything one interaction is answered with. */
interface Handling {
  readonly context: CommandContext;
  readonly reader: StatementReader;
  readonly queue: WorkQueue;
  readonly store: BylineStore | undefined;
  readonly corpus: LiveCorpus | undefined;
  readonly pending: PendingChanges;
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
  const base: Omit<Handling, "context"> = {
    reader: options.reader,
    queue: options.queue ?? new WorkQueue(),
    store,
    corpus,
    // Without a database (tests, a bot with no data folder) confirmations last for the process.
    pending: (store ?? BylineStore.inMemory()).pending,
  };
  return async (interaction: Interaction): Promise<void> => {
    const started = performance.now();
    let outcome: Outcome = "ignored";
    const handling: Handling = { ...base, context: contextFor(interaction, context, base) };
    try {
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
          latencyMs: Math.round(performance.now() - started),
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
  { store, corpus, reader }: Omit<Handling, "context">,
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
  const { context, reader, queue } = handling;
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
  const unread = unreadStories(command, typed.input, context, reader);
  if (pins || managesStories) await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  else if (
    unread.length > 0 ||
    mayTakeLong(command, context) ||
    queue.expectedWaitMs > DEFER_AFTER_WAIT_MS
  )
    await interaction.deferReply();
  if (unread.length > 0) await reader.read(unread);

  let result: CommandResult;
  let uploads: ReadonlyMap<string, Upload> = new Map();
  try {
    uploads = await downloadUploads(interaction);
    result = await queue.run(() =>
      command.run(typed.input, { ...context, uploads, page: 0 }, typed.subcommand),
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

/** The files attached to a command (/story add), downloaded, by their option value. */
async function downloadUploads(
  interaction: ChatInputCommandInteraction,
): Promise<ReadonlyMap<string, Upload>> {
  const uploads = new Map<string, Upload>();
  for (const [id, attachment] of interaction.options.resolved?.attachments ?? []) {
    uploads.set(id, {
      name: attachment.name,
      bytes: await downloadAttachment(attachment, MAX_STORY_BYTES),
    });
  }
  return uploads;
}

/**
 * /story add and /story remove: what will change, privately, with Save (or Remove) and Cancel.
 * The upload waits in the database for the button (PendingChanges).
 */
async function askToConfirm(
  interaction: ChatInputCommandInteraction,
  result: Extract<CommandResult, { kind: "storyPreview" | "storyRemoval" }>,
  pending: PendingChanges,
  uploads: ReadonlyMap<string, Upload>,
): Promise<Outcome> {
  const asker = interaction.user.id;
  const [upload] = uploads.values();
  const key =
    result.kind === "storyPreview" && upload
      ? pending.add(asker, { action: "save", name: upload.name, bytes: upload.bytes })
      : pending.add(asker, {
          action: "remove",
          story: result.kind === "storyRemoval" ? result.story.story : "",
        });
  const message = renderMessage(result, {
    command: { name: "story", input: {} },
    asker,
    page: 0,
    pinnable: false,
  });
  await sendPrivately(interaction, {
    ...message,
    components: confirmButtons(asker, key, result.kind === "storyPreview" ? "Save" : "Remove"),
  });
  return "answered";
}

/**
 * "Who said this?" and "Find in story" on a chat message: /who said or /ask on its text, answered
 * privately to the person who asked, with a button to share the answer in the channel.
 */
async function answerMessageCommand(
  interaction: MessageContextMenuCommandInteraction,
  handling: Handling,
): Promise<Outcome> {
  const { context, reader, queue } = handling;
  const messageCommand = context.messageCommands?.find(
    (c) => c.data.name === interaction.commandName,
  );
  if (!messageCommand)
    throw new Error(`no handler for the message command ${interaction.commandName}`);
  const text = messageText(interaction.targetMessage.content);
  if (text === "") {
    await interaction.reply(
      replyPayload(
        notice(
          `That message has no text to look up. Use ${messageCommand.data.name} on a message with words in it, or type /${messageCommand.runs.name}.`,
        ),
      ),
    );
    return "refused";
  }
  const command = findCommand(context, messageCommand.runs.name);
  const typed: FooterCommand = {
    name: messageCommand.runs.name,
    ...(messageCommand.runs.subcommand ? { subcommand: messageCommand.runs.subcommand } : {}),
    input: withDefaultStory(
      command,
      messageCommand.input(text),
      messageCommand.runs.subcommand,
      context,
    ),
  };
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const unread = unreadStories(command, typed.input, context, reader);
  if (unread.length > 0) await reader.read(unread);
  let result: CommandResult;
  try {
    result = await queue.run(() =>
      command.run(typed.input, { ...context, page: 0 }, typed.subcommand),
    );
  } catch (error) {
    if (!(error instanceof UserFacingError)) throw error;
    await interaction.editReply(editPayload(notice(error.message)));
    return "refused";
  }
  const message = renderMessage(result, {
    command: typed,
    asker: interaction.user.id,
    page: 0,
    pinnable: false,
  });
  if (message.ephemeral) {
    await interaction.editReply(editPayload(message));
    return "nothing";
  }
  await interaction.editReply(
    editPayload({ ...message, components: shareButtons(interaction.user.id) }),
  );
  return "answered";
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
function ignoreUnknownMessage(error: unknown): void {
  if (error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownMessage) return;
  throw error;
}

async function suggest(
  interaction: AutocompleteInteraction,
  { context, queue }: Handling,
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

/** Share in channel: the private answer, posted publicly as a reply to the button. */
async function shareAnswer(interaction: ButtonInteraction): Promise<Outcome> {
  const { embeds } = interaction.message;
  if (embeds.length === 0) {
    await interaction.reply(
      replyPayload(notice("There is nothing to share. Run the command again.")),
    );
    return "refused";
  }
  await interaction.reply({
    content: `Shared by <@${interaction.user.id}>:`,
    embeds: embeds.map((embed) => embed.toJSON()),
    allowedMentions: { parse: [] },
  });
  return "shared";
}

/** Save, Remove or Cancel under a /story add or /story remove. */
async function confirmChange(
  interaction: ButtonInteraction,
  action: "confirm" | "cancel",
  key: string,
  { pending, corpus, context }: Handling,
): Promise<Outcome> {
  const change = pending.take(key, interaction.user.id);
  const done = (text: string) => interaction.update({ content: text, embeds: [], components: [] });
  if (!change) {
    await done("This confirmation has expired. Run /story add or /story remove again.");
    return "refused";
  }
  if (action === "cancel") {
    await done("Cancelled: nothing was changed.");
    return "cancelled";
  }
  if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageMessages)) {
    await done(MEMBER_CANNOT_MANAGE_STORIES);
    return "refused";
  }
  if (!corpus) throw new Error("story changes need the corpus folder");
  await interaction.deferUpdate();
  try {
    if (change.action === "save") {
      const story = await corpus.save(change.name, change.bytes);
      await interaction.editReply({
        content: `Saved "${story.title}" as \`${story.id}\` (${story.body.length} paragraphs). Commands answer from it now: try /ask story:${story.id}.`,
        embeds: [],
        components: [],
      });
      return "saved";
    }
    await corpus.remove(change.story);
    const settings = context.server?.settings;
    if (context.server && settings?.defaultStory(context.server.id) === change.story)
      settings.setDefaultStory(context.server.id, undefined);
    await interaction.editReply({
      content: `Removed \`${change.story}\`. Its file is kept in Byline's data folder.`,
      embeds: [],
      components: [],
    });
    return "removed";
  } catch (error) {
    if (!(error instanceof UserFacingError)) throw error;
    await interaction.editReply({ content: error.message, embeds: [], components: [] });
    return "refused";
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
  { context, queue }: Handling,
  page: number,
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
