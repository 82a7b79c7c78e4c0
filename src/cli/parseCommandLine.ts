import {
  type APIApplicationCommandOption,
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord-api-types/v10";
import { UserFacingError } from "../errors.js";

type CommandData = RESTPostAPIChatInputApplicationCommandsJSONBody;

/** A command line read as Discord would receive the slash command. */
export interface ParsedCommandLine {
  readonly name: string;
  readonly input: Record<string, string | number>;
}

/**
 * Reads a console line typed as in Discord: `/excerpt paragraph:3`, `/excerpt 3`,
 * `/ask where is Putin going`. Options are `name:value`; a value runs until the next option. Text
 * before the first option fills the command's first required option (or its only option). The
 * leading slash is optional. Throws a UserFacingError that names the mistake and the right form.
 *
 * @example parseCommandLine("/excerpt paragraph:3 story:tehran", defs)
 * // → { name: "excerpt", input: { paragraph: 3, story: "tehran" } }
 */
export function parseCommandLine(
  line: string,
  definitions: readonly CommandData[],
): ParsedCommandLine {
  const trimmed = line.trim().replace(/^\//, "");
  const name = (/^\S+/.exec(trimmed)?.[0] ?? "").toLowerCase();
  const definition = definitions.find((candidate) => candidate.name === name);
  if (!definition) {
    const known = definitions.map((candidate) => `/${candidate.name}`).join(", ");
    const what = name ? `Unknown command /${name}.` : "Type a command.";
    throw new UserFacingError(`${what} Commands: ${known}. Type /help for examples.`);
  }
  const options = (definition.options ?? []) as APIApplicationCommandOption[];
  const rest = trimmed.slice(name.length).trim();

  const names = options.map((option) => escapeRegExp(option.name)).join("|");
  const marker = names ? new RegExp(`(?:^|\\s)(${names}):`, "gi") : null;
  const segments: { option: string | null; value: string }[] = [];
  let cursor = 0;
  let current: string | null = null;
  for (const match of marker ? rest.matchAll(marker) : []) {
    segments.push({ option: current, value: rest.slice(cursor, match.index) });
    current = (match[1] ?? "").toLowerCase();
    cursor = match.index + match[0].length;
  }
  segments.push({ option: current, value: rest.slice(cursor) });

  const input: Record<string, string | number> = {};
  for (const { option, value } of segments) {
    const text = unquote(value.trim());
    if (option === null && text === "") continue;
    const target =
      option === null
        ? bareOption(definition, options, text)
        : options.find((o) => o.name === option);
    if (!target) continue;
    if (target.name in input) {
      throw new UserFacingError(`/${name} got ${target.name}: twice. Give each option once.`);
    }
    input[target.name] = convert(definition, target, text);
  }
  for (const option of options) {
    if (option.required && !(option.name in input)) {
      throw new UserFacingError(
        `/${name} needs ${option.name}:. For example: ${example(definition)}`,
      );
    }
  }
  return { name, input };
}

function bareOption(
  definition: CommandData,
  options: readonly APIApplicationCommandOption[],
  text: string,
) {
  const target =
    options.find((option) => option.required) ?? (options.length === 1 ? options[0] : undefined);
  const unknown = /^([\w-]+):/.exec(text)?.[1];
  if (unknown && target?.type !== ApplicationCommandOptionType.String) {
    const known = options.map((option) => `${option.name}:`).join(", ") || "none";
    throw new UserFacingError(
      `/${definition.name} has no option ${unknown}:. Its options: ${known}.`,
    );
  }
  if (!target) {
    throw new UserFacingError(`/${definition.name} takes no text. Type just /${definition.name}.`);
  }
  return target;
}

function convert(
  definition: CommandData,
  option: APIApplicationCommandOption,
  text: string,
): string | number {
  if (text === "") {
    throw new UserFacingError(`${option.name}: is empty. For example: ${example(definition)}`);
  }
  if (option.type !== ApplicationCommandOptionType.Integer) return text;
  if (!/^[+-]?\d+$/.test(text)) {
    throw new UserFacingError(
      `${option.name}: must be a whole number, not "${text}". For example: ${example(definition)}`,
    );
  }
  const value = Number(text);
  if (option.min_value !== undefined && value < option.min_value) {
    throw new UserFacingError(
      `${option.name}: must be at least ${option.min_value}; got ${value}.`,
    );
  }
  if (option.max_value !== undefined && value > option.max_value) {
    throw new UserFacingError(`${option.name}: must be at most ${option.max_value}; got ${value}.`);
  }
  return value;
}

function example(definition: CommandData): string {
  const required = (definition.options ?? []).filter(
    (option) => "required" in option && option.required,
  );
  return [`/${definition.name}`, ...required.map((option) => `${option.name}:…`)].join(" ");
}

function unquote(text: string): string {
  const quoted = /^(["“])(.*)(["”])$/s.exec(text);
  return quoted ? (quoted[2] ?? "") : text;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
