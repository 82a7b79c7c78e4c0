import {
  type APIApplicationCommandInteractionDataOption,
  ApplicationCommandOptionType,
} from "discord-api-types/v10";

/**
 * A slash command option as Discord sends it: a number is an integer option, else a string,
 * unless `type` says otherwise (an attachment's id).
 */
export function option(
  name: string,
  value: string | number,
  type = typeof value === "number"
    ? ApplicationCommandOptionType.Integer
    : ApplicationCommandOptionType.String,
): APIApplicationCommandInteractionDataOption {
  return { name, type, value } as APIApplicationCommandInteractionDataOption;
}

/** A subcommand with its options ("said" of /who). */
export function subcommand(
  name: string,
  options: APIApplicationCommandInteractionDataOption[],
): APIApplicationCommandInteractionDataOption {
  return {
    name,
    type: ApplicationCommandOptionType.Subcommand,
    options,
  } as APIApplicationCommandInteractionDataOption;
}
