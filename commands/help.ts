import type { Command } from "./types.js";

export const help = {
  data: { name: "help", description: "How to use Byline" },
  usage: "/help",
  run(_input, { commands }) {
    return {
      kind: "help",
      commands: commands.map((command) => ({
        name: command.data.name,
        description: command.data.description,
        usage: command.usage,
      })),
    };
  },
} satisfies Command;
