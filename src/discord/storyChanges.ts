import type { ButtonInteraction, ChatInputCommandInteraction } from "discord.js";
import { PermissionFlagsBits } from "discord.js";
import type { CommandResult, Upload } from "../../commands/types.js";
import type { PendingChange, PendingChanges } from "../db/pendingChanges.js";
import { UserFacingError } from "../errors.js";
import { MAX_STORY_BYTES } from "../story/loadCorpus.js";
import { confirmButtons } from "./answerButtons.js";
import { downloadAttachment } from "./downloadAttachment.js";
import { type Handling, type Outcome, sendPrivately } from "./interactionParts.js";
import { plain } from "./markdown.js";
import { renderMessage } from "./renderMessage.js";

/** The files attached to a command (/story add), downloaded, by their option value. */
export async function downloadUploads(
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
export async function askToConfirm(
  interaction: ChatInputCommandInteraction,
  result: Extract<CommandResult, { kind: "storyPreview" | "storyRemoval" }>,
  pending: PendingChanges,
  uploads: ReadonlyMap<string, Upload>,
): Promise<Outcome> {
  const asker = interaction.user.id;
  let change: PendingChange;
  if (result.kind === "storyRemoval") change = { action: "remove", story: result.story.story };
  else {
    const [upload] = uploads.values();
    if (!upload) throw new Error("a story preview without the upload it was made from");
    change = { action: "save", name: upload.name, bytes: upload.bytes };
  }
  const key = pending.add(asker, change);
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

/** Save, Remove or Cancel under a /story add or /story remove. */
export async function confirmChange(
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
        content: `Saved "${plain(story.title)}" as \`${story.id}\` (${story.body.length} paragraphs). Commands answer from it now: try /ask story:${story.id}.`,
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

export const MEMBER_CANNOT_MANAGE_STORIES =
  "Only members who can manage messages can add, remove or choose stories. Ask a moderator.";
