import {
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandOption,
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord-api-types/v10";
import { UserFacingError } from "../errors.js";
import { editDistance } from "../text/editDistance.js";
import { escapeRegExp } from "../text/regExp.js";

type CommandData = RESTPostAPIChatInputApplicationCommandsJSONBody;

/** What an integer option takes as typed: digits, perhaps signed. */
/** A whole number, perhaps written as Byline writes paragraphs: "3" or "¶3". */
const WHOLE_NUMBER = /^(?:¶\s*)?[+-]?\d+$/;

/** A command line read as Discord would receive the slash command. */
export interface ParsedCommandLine {
  readonly name: string;
  /** The subcommand, for commands that have them ("said" in `/who said …`). */
  readonly subcommand?: string;
  readonly input: Record<string, string | number>;
}

/** What the options of a line belong to: "/excerpt", or "/who said". */
interface Target {
  readonly label: string;
  readonly options: readonly APIApplicationCommandBasicOption[];
}

/**
 * Reads a console line typed as in Discord: `/excerpt paragraph:3`, `/excerpt 3`,
 * `/ask where is Putin going`, `/who said baseless`. Options are `name:value`; a value runs until
 * the next option. Text before the first option fills the command's first required option (or
 * its first text option). The leading slash is optional. Throws a UserFacingError that names the
 * mistake and the right form.
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
  let rest = trimmed.slice(name.length).trim();
  const all = (definition.options ?? []) as APIApplicationCommandOption[];
  const subcommands = all.filter(
    (option) => option.type === ApplicationCommandOptionType.Subcommand,
  );
  let subcommand: string | undefined;
  let target: Target = { label: `/${name}`, options: all as APIApplicationCommandBasicOption[] };
  if (subcommands.length > 0) {
    const word = (/^\S+/.exec(rest)?.[0] ?? "").toLowerCase();
    const chosen = subcommands.find((option) => option.name === word);
    if (!chosen) {
      const forms = subcommands.map((option) => `/${name} ${option.name}`).join(" or ");
      throw new UserFacingError(`${word ? `/${name} has no "${word}". ` : ""}Type ${forms}.`);
    }
    subcommand = chosen.name;
    rest = rest.slice(word.length).trim();
    target = { label: `/${name} ${chosen.name}`, options: chosen.options ?? [] };
  }

  const input = readOptions(rest, target);
  return subcommand ? { name, subcommand, input } : { name, input };
}

function readOptions(rest: string, target: Target): Record<string, string | number> {
  const { label, options } = target;
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
    // Bare text may open with a misspelt option (`qoute:baseless`); an option's value may be
    // followed by one (`focus:drones lenght:long`). Elsewhere a colon is the user's own text.
    refuseMisspeltOption(option === null ? firstWord(text) : afterFirstWord(text), target);
    const found =
      option === null ? bareOption(target, text) : options.find((o) => o.name === option);
    if (!found) continue;
    if (found.name in input) {
      throw new UserFacingError(`${label} got ${found.name}: twice. Give each option once.`);
    }
    input[found.name] = convert(target, found, text);
  }
  for (const option of options) {
    if (option.required && !(option.name in input)) {
      throw new UserFacingError(
        `${label} needs ${option.name}:, ${lowerFirst(option.description)}. For example: ${example(target)}`,
      );
    }
  }
  return input;
}

/**
 * `qoute:baseless`, `focus:drones lenght:long`: a word one or two letters off an option's name,
 * followed by a colon, is that option misspelt, not words to search for.
 */
function refuseMisspeltOption(text: string, target: Target): void {
  for (const match of text.matchAll(/(?:^|\s)(\p{L}[\p{L}-]*):/gu)) {
    const word = (match[1] ?? "").toLowerCase();
    const typos = (name: string) => (name.length >= 7 ? 2 : 1);
    const meant = target.options.find(
      (option) => option.name !== word && editDistance(word, option.name, 2) <= typos(option.name),
    );
    if (meant && word.length >= 4) {
      const known = target.options.map((option) => `${option.name}:`).join(", ");
      throw new UserFacingError(
        `${target.label} has no option ${word}:. Did you mean ${meant.name}:? Its options: ${known}.`,
      );
    }
  }
}

function firstWord(text: string): string {
  return /^\S*/.exec(text)?.[0] ?? "";
}

function afterFirstWord(text: string): string {
  return text.slice(firstWord(text).length);
}

/**
 * The option bare text fills: a whole number fills the integer option (`/pin 9`), anything else
 * the first required option, else the first text option.
 */
function bareOption(target: Target, text: string): APIApplicationCommandBasicOption {
  const { label, options } = target;
  const found =
    (WHOLE_NUMBER.test(text)
      ? options.find((option) => option.type === ApplicationCommandOptionType.Integer)
      : undefined) ??
    options.find((option) => option.required) ??
    options.find(
      (option) => option.type === ApplicationCommandOptionType.String && option.name !== "story",
    );
  const unknown = /^([\w-]+):/.exec(text)?.[1];
  if (unknown && found?.type !== ApplicationCommandOptionType.String) {
    const known = options.map((option) => `${option.name}:`).join(", ") || "none";
    throw new UserFacingError(`${label} has no option ${unknown}:. Its options: ${known}.`);
  }
  if (!found) throw new UserFacingError(`${label} takes no text. Type just ${label}.`);
  return found;
}

function convert(
  target: Target,
  option: APIApplicationCommandBasicOption,
  text: string,
): string | number {
  if (text === "") {
    throw new UserFacingError(`${option.name}: is empty. For example: ${example(target)}`);
  }
  if (option.type === ApplicationCommandOptionType.String) {
    if (option.max_length !== undefined && text.length > option.max_length) {
      throw new UserFacingError(
        `${option.name}: is ${text.length} characters long; the limit is ${option.max_length}. Shorten it.`,
      );
    }
    return text;
  }
  if (option.type !== ApplicationCommandOptionType.Integer) return text;
  if (!WHOLE_NUMBER.test(text)) {
    throw new UserFacingError(
      `${option.name}: must be a whole number, not "${text}". For example: ${example(target)}`,
    );
  }
  const value = Number(text.replace(/^¶\s*/, ""));
  if (!Number.isSafeInteger(value)) {
    throw new UserFacingError(`${option.name}: ${text} is too large a number.`);
  }
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

function example(target: Target): string {
  const required = target.options.filter((option) => option.required);
  const value = (option: APIApplicationCommandBasicOption) =>
    option.type === ApplicationCommandOptionType.Integer ? String(option.min_value ?? 1) : "…";
  return [target.label, ...required.map((option) => `${option.name}:${value(option)}`)].join(" ");
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function unquote(text: string): string {
  const quoted = /^(["“])(.*)(["”])$/s.exec(text);
  return quoted ? (quoted[2] ?? "") : text;
}
