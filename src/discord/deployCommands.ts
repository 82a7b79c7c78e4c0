import { type REST, Routes } from "discord.js";
import type {
  APIApplicationCommand,
  RESTPostAPIApplicationCommandsJSONBody,
} from "discord-api-types/v10";

type CommandData = RESTPostAPIApplicationCommandsJSONBody;

/** What registering the command set changed. */
export interface DeployReport {
  readonly guild?: string;
  readonly added: readonly string[];
  readonly updated: readonly string[];
  readonly removed: readonly string[];
  readonly unchanged: readonly string[];
}

/**
 * Registers `commands` for the application, globally or in one guild, idempotently: the set is
 * written (one bulk overwrite) only when it differs from what Discord already has.
 */
export async function deployCommands(options: {
  readonly rest: REST;
  readonly applicationId: string;
  readonly guildId?: string;
  readonly commands: readonly CommandData[];
}): Promise<DeployReport> {
  const { rest, applicationId, guildId, commands } = options;
  const route = guildId
    ? Routes.applicationGuildCommands(applicationId, guildId)
    : Routes.applicationCommands(applicationId);
  const existing = (await rest.get(route)) as APIApplicationCommand[];
  // A message command may share a slash command's name: they are told apart by type.
  const key = (command: { type?: number; name: string }) => `${command.type ?? 1}:${command.name}`;
  const byName = new Map(existing.map((command) => [key(command), command]));
  const added: string[] = [];
  const updated: string[] = [];
  const unchanged: string[] = [];
  for (const command of commands) {
    const current = byName.get(key(command));
    if (!current) added.push(shownName(command));
    else if (sameCommand(current, command)) unchanged.push(shownName(command));
    else updated.push(shownName(command));
  }
  const wanted = new Set(commands.map(key));
  const removed = existing.filter((command) => !wanted.has(key(command))).map(shownName);
  if (added.length + updated.length + removed.length > 0) {
    await rest.put(route, { body: commands });
  }
  return { ...(guildId ? { guild: guildId } : {}), added, updated, removed, unchanged };
}

/** A slash command as typed (`/ask`), a message command by its menu name ("Find in story"). */
function shownName(command: { type?: number; name: string }): string {
  return (command.type ?? 1) === 1 ? `/${command.name}` : `"${command.name}"`;
}

/** The report in one line per kind of change, as `byline deploy-commands` prints it. */
export function describeDeploy(report: DeployReport): string {
  const where = report.guild ? `in guild ${report.guild}` : "globally";
  const changes = report.added.length + report.updated.length + report.removed.length;
  const list = (names: readonly string[]) => names.join(", ");
  if (changes === 0) {
    return `Commands are up to date ${where} (${report.unchanged.length}: ${list(report.unchanged)}).`;
  }
  const lines = [
    `Registered ${report.added.length + report.updated.length + report.unchanged.length} commands ${where}:`,
  ];
  if (report.added.length) lines.push(`  added     ${list(report.added)}`);
  if (report.updated.length) lines.push(`  updated   ${list(report.updated)}`);
  if (report.removed.length) lines.push(`  removed   ${list(report.removed)}`);
  if (report.unchanged.length) lines.push(`  unchanged ${list(report.unchanged)}`);
  if (!report.guild) {
    lines.push(
      "Global commands can take a few minutes to appear; use --guild ID to try them at once.",
    );
  }
  return lines.join("\n");
}

/** Whether Discord's stored command already matches ours, ignoring the fields Discord adds. */
function sameCommand(current: APIApplicationCommand, wanted: CommandData): boolean {
  // A command's type defaults to 1 (chat input): Discord returns it, our definitions omit it.
  // A message command has no description; Discord returns it as "".
  const command = (data: object) => comparable({ type: 1, description: "", ...data });
  return JSON.stringify(command(current)) === JSON.stringify(command(wanted));
}

const COMPARED_KEYS = [
  "name",
  "description",
  "type",
  "required",
  "choices",
  "min_value",
  "max_value",
  "min_length",
  "max_length",
  "autocomplete",
  "channel_types",
  "default_member_permissions",
  "contexts",
  "integration_types",
  "value",
] as const;

/** The fields that define a command or option, with Discord's defaults filled in. */
function comparable(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of COMPARED_KEYS) {
    const field = value[key];
    if (field === undefined || field === null || field === false) continue;
    out[key] = Array.isArray(field)
      ? field.map((item) =>
          typeof item === "object" && item ? comparable(item as Record<string, unknown>) : item,
        )
      : field;
  }
  const options = value.options as Record<string, unknown>[] | undefined;
  if (options && options.length > 0) out.options = options.map((option) => comparable(option));
  return out;
}
