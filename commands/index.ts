import { ask } from "./ask.js";
import { excerpt } from "./excerpt.js";
import { help } from "./help.js";
import { pin } from "./pin.js";
import { quotes } from "./quotes.js";
import { stories } from "./stories.js";
import { story } from "./story.js";
import { summary } from "./summary.js";
import type { Command } from "./types.js";
import { who } from "./who.js";

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
