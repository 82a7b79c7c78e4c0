import { ApplicationCommandType } from "discord-api-types/v10";
import { MAX_QUOTE_LENGTH } from "../src/answers/whoSaid.js";
import { EVERYWHERE } from "./commonParts.js";
import type { MessageCommand } from "./messageCommand.js";

/** "Who said this?" on a chat message: /who said with the message's words. */
export const whoSaidThis = {
  data: {
    type: ApplicationCommandType.Message,
    name: "Who said this?",
    ...EVERYWHERE,
  },
  runs: { name: "who", subcommand: "said" },
  input: (text) => ({ quote: text.slice(0, MAX_QUOTE_LENGTH) }),
} satisfies MessageCommand;
