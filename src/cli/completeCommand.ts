/**
 * Tab completion for a console line, as readline's completer takes it: the commands (and
 * "command subcommand" pairs, "who said") that start with what was typed, each with a space after
 * it so the question can follow. The line keeps its form: typed with or without the leading "/",
 * it completes the same way. A line that already holds a whole command and more ("/ask where")
 * completes to nothing rather than a list of every command.
 *
 * @example completeCommand("who s", ["ask", "who said", "who is"]) // → [["who said "], "who s"]
 */
export function completeCommand(line: string, commands: readonly string[]): [string[], string] {
  const typed = line.trimStart();
  const slash = typed.startsWith("/") ? "/" : "";
  const words = typed.slice(slash.length).toLowerCase().replace(/\s+/g, " ");
  const hits = commands
    .map((command) => `${command} `)
    .filter((command) => command.startsWith(words))
    .map((command) => `${line.slice(0, line.length - typed.length)}${slash}${command}`);
  return [hits, line];
}
