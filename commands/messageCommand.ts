import type { RESTPostAPIContextMenuApplicationCommandsJSONBody } from "discord-api-types/v10";
import type { CommandInput } from "./types.js";

/**
 * A message command (right-click a chat message → Apps): it runs one of Byline's slash commands on
 * the message's text, answering privately, with a button to share the answer.
 */
export interface MessageCommand {
  readonly data: RESTPostAPIContextMenuApplicationCommandsJSONBody;
  /** The slash command it runs, and that command's input for the message's text. */
  readonly runs: { readonly name: string; readonly subcommand?: string };
  input(text: string): CommandInput;
}

/**
 * A chat message's text as a question or a quote: mentions (users, roles, channels, custom
 * emoji), links' markup, markdown marks, block quotes and the quotation marks around it taken out.
 */
export function messageText(content: string): string {
  return content
    .replace(/<a?:(\w+):\d+>/g, "") // custom emoji
    .replace(/<(?:@[!&]?|#)\d+>/g, "") // user, role and channel mentions
    .replace(/@(?:everyone|here)\b/g, "")
    .replace(/<t:\d+(?::\w)?>/g, "") // timestamps
    .replace(/\[([^\]]*)\]\(<?[^)>]*>?\)/g, "$1") // [text](link)
    .replace(/^(?:>>> ?|> ?|#{1,3} |-# )/gm, "") // block quotes, headings, subtext
    .replace(/```[\w-]*\n?|`|\*\*|__|~~|\|\||(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^["“”'‘’«»]+|["“”'‘’«»]+$/g, "")
    .trim();
}
