import {
  type APIActionRowComponent,
  type APIButtonComponent,
  ButtonStyle,
  ComponentType,
} from "discord-api-types/v10";
import { buttonId } from "./customIds.js";

/** Who asked and which page is shown: what an answer's buttons need to know. */
export interface ButtonContext {
  readonly asker: string;
  readonly page: number;
  readonly pinnable: boolean;
}

/** An answer's row of buttons: More when there is a next page, 📌 Pin on answers in a server, 🗑. */
export function answerButtons(
  context: ButtonContext,
  more: boolean,
  answer: boolean,
): APIActionRowComponent<APIButtonComponent>[] {
  const row: APIButtonComponent[] = [];
  if (more) {
    row.push({
      type: ComponentType.Button,
      style: ButtonStyle.Primary,
      label: "More",
      custom_id: buttonId({ action: "more", asker: context.asker, page: context.page + 1 }),
    });
  }
  if (answer && context.pinnable) {
    row.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: "Pin",
      emoji: { name: "📌" },
      custom_id: buttonId({ action: "pin" }),
    });
  }
  row.push({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    emoji: { name: "🗑️" },
    custom_id: buttonId({ action: "delete", asker: context.asker }),
  });
  return [{ type: ComponentType.ActionRow, components: row }];
}
