import { ask } from "./ask.js";
import { excerpt } from "./excerpt.js";
import { findInStory } from "./findInStory.js";
import { help } from "./help.js";
import type { MessageCommand } from "./messageCommand.js";
import { pin } from "./pin.js";
import { quotes } from "./quotes.js";
import { stories } from "./stories.js";
import { story } from "./story.js";
import { summary } from "./summary.js";
import type { Command } from "./types.js";
import { who } from "./who.js";
import { whoSaidThis } from "./whoSaidThis.js";

/** Every command, in the order /help lists them. Discord registration and the console read this list. */
export const commands: readonly Command[] = [
  ask,
  who,
  quotes,
  summary,
  excerpt,
  pin,
  stories,
  story,
  help,
];

/** Message commands (right-click a message → Apps), registered beside the slash commands. */
export const messageCommands: readonly MessageCommand[] = [whoSaidThis, findInStory];
