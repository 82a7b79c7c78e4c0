import {
  ApplicationCommandOptionType,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
} from "discord.js";
import type { FooterCommand } from "./commandFooter.js";

/** The `for:` option: who an answer is addressed to. It is Discord's business, not the command's. */
export const ADDRESSEE_OPTION = "for";

/** A slash command as Byline's commands take it (name, subcommand, options), and its `for:` user. */
export interface InteractionInput {
  readonly command: FooterCommand;
  readonly addressee?: string;
}

export function readInteractionInput(
  interaction: ChatInputCommandInteraction | AutocompleteInteraction,
): InteractionInput {
  const [first] = interaction.options.data;
  const subcommand =
    first?.type === ApplicationCommandOptionType.Subcommand ? first.name : undefined;
  const leaves: readonly CommandInteractionOption[] =
    (subcommand ? first?.options : interaction.options.data) ?? [];
  const input: Record<string, string | number> = {};
  let addressee: string | undefined;
  for (const option of leaves) {
    if (option.focused || option.value === undefined || typeof option.value === "boolean") continue;
    if (option.name === ADDRESSEE_OPTION) addressee = String(option.value);
    else input[option.name] = option.value;
  }
  return {
    command: { name: interaction.commandName, ...(subcommand ? { subcommand } : {}), input },
    ...(addressee ? { addressee } : {}),
  };
}
