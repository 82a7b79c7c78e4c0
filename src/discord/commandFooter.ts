import type { CommandInput } from "../../commands/types.js";

/** A command as its answer's footer records it, so the More button can run it again. */
export interface FooterCommand {
  readonly name: string;
  readonly subcommand?: string;
  readonly input: CommandInput;
}

const PAGE = / · page (\d+)$/;
const OPTION = /^([\w-]+):("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)(?: |$)/;

/**
 * The command as typed, readable and exact: `/who said quote:"baseless"`. Text values are JSON
 * strings, so whatever a user typed (quotes, "story:", " · page 2") reads back unchanged.
 */
export function formatFooter(command: FooterCommand, page: number): string {
  const words = [`/${command.name}`];
  if (command.subcommand) words.push(command.subcommand);
  for (const [name, value] of Object.entries(command.input)) {
    words.push(`${name}:${typeof value === "number" ? value : JSON.stringify(value)}`);
  }
  return `${words.join(" ")}${page > 0 ? ` · page ${page + 1}` : ""}`;
}

/** The command a footer records, or undefined when it is not one Byline wrote whole. */
export function readFooter(footer: string): FooterCommand | undefined {
  const head = /^\/([\w-]+)(?: ([\w-]+)(?= |$))?/.exec(footer.replace(PAGE, ""));
  if (!head?.[1]) return undefined;
  let rest = footer.replace(PAGE, "").slice(head[0].length).trimStart();
  const input: Record<string, string | number> = {};
  while (rest !== "") {
    const option = OPTION.exec(rest);
    if (!option?.[1] || option[2] === undefined) return undefined;
    input[option[1]] = option[2].startsWith('"')
      ? (JSON.parse(option[2]) as string)
      : Number(option[2]);
    rest = rest.slice(option[0].length);
  }
  return { name: head[1], ...(head[2] ? { subcommand: head[2] } : {}), input };
}
