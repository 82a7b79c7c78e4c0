import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
} from "discord-api-types/v10";
import { MAX_QUESTION_LENGTH } from "../src/answers/ask.js";
import type { MessageCommand } from "./messageCommand.js";

/** "Find in story" on a chat message: /ask with the message's text. */
export const findInStory = {
  data: {
    type: ApplicationCommandType.Message,
    name: "Find in story",
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    integration_types: [ApplicationIntegrationType.GuildInstall],
  },
  runs: { name: "ask" },
  input: (text) => ({ question: text.slice(0, MAX_QUESTION_LENGTH) }),
} satisfies MessageCommand;
