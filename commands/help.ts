import { EVERYWHERE } from "./commonParts.js";
import type { Command } from "./types.js";

export const help = {
  data: { ...EVERYWHERE, name: "help", description: "How to use Byline" },
  usage: "/help",
  run(_input, { commands }) {
    return {
      kind: "help",
      commands: commands.flatMap((command) =>
        [command.usage].flat().map((usage) => ({
          name: command.data.name,
          description: command.data.description,
          usage,
        })),
      ),
    };
  },
} satisfies Command;
