import { ApplicationCommandType } from "discord-api-types/v10";
import { MAX_QUESTION_LENGTH } from "../src/answers/ask.js";
import { EVERYWHERE } from "./commonParts.js";
import type { MessageCommand } from "./messageCommand.js";

/** "Find in story" on a chat message: /ask with the message's text. */
export const findInStory = {
  data: {
    type: ApplicationCommandType.Message,
    name: "Find in story",
    ...EVERYWHERE,
  },
  runs: { name: "ask" },
  input: (text) => ({ question: text.slice(0, MAX_QUESTION_LENGTH) }),
} satisfies MessageCommand;
