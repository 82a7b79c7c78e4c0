import {
  type APIActionRowComponent,
  type APIButtonComponent,
  ButtonStyle,
  ComponentType,
} from "discord-api-types/v10";
import { buttonId } from "./customIds.js";

/** What an answer's buttons need to know: who asked, where they are, what the answer allows. */
export interface AnswerControls {
  readonly asker: string;
  /** The page shown, from 0, and how many there are (1 for an answer of one page). */
  readonly page: number;
  readonly pages: number;
  /** 📌 Pin: an answer in a server channel. */
  readonly pinnable: boolean;
  /** Wrong?: /who said and /ask answers, which readers may report. */
  readonly reportable: boolean;
  /** Read the story: the address of the answer's story, when it has one. */
  readonly storyUrl?: string;
}

/**
 * An answer's buttons: ◀ Previous, "Page n of m" and More ▶ in a row of their own when the answer
 * has pages; then 📌 Pin, Wrong?, Read the story and 🗑 Delete.
 */
export function answerButtons(
  controls: AnswerControls,
): APIActionRowComponent<APIButtonComponent>[] {
  const { asker, page, pages } = controls;
  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  if (pages > 1) {
    rows.push(
      row([
        {
          type: ComponentType.Button,
          style: ButtonStyle.Secondary,
          label: "Previous",
          emoji: { name: "◀️" },
          custom_id: buttonId({ action: "more", asker, page: Math.max(0, page - 1) }),
          disabled: page === 0,
        },
        {
          type: ComponentType.Button,
          style: ButtonStyle.Secondary,
          label: `Page ${page + 1} of ${pages}`,
          custom_id: buttonId({ action: "at", page }),
          disabled: true,
        },
        {
          type: ComponentType.Button,
          style: ButtonStyle.Primary,
          label: "More",
          emoji: { name: "▶️" },
          custom_id: buttonId({ action: "more", asker, page: Math.min(pages - 1, page + 1) }),
          disabled: page >= pages - 1,
        },
      ]),
    );
  }
  const actions: APIButtonComponent[] = [];
  if (controls.pinnable) {
    actions.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: "Pin",
      emoji: { name: "📌" },
      custom_id: buttonId({ action: "pin" }),
    });
  }
  if (controls.reportable) {
    actions.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: "Wrong?",
      custom_id: buttonId({ action: "wrong" }),
    });
  }
  if (controls.storyUrl) {
    actions.push({
      type: ComponentType.Button,
      style: ButtonStyle.Link,
      label: "Read the story",
      url: controls.storyUrl,
    });
  }
  actions.push(deleteButton(asker));
  rows.push(row(actions));
  return rows;
}

/** 🗑 Delete, labelled for screen readers as well as shown. */
export function deleteButton(asker: string): APIButtonComponent {
  return {
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label: "Delete",
    emoji: { name: "🗑️" },
    custom_id: buttonId({ action: "delete", asker }),
  };
}

/** Share in channel and Wrong? under a private answer (message commands). */
export function shareButtons(asker: string): APIActionRowComponent<APIButtonComponent>[] {
  return [
    row([
      {
        type: ComponentType.Button,
        style: ButtonStyle.Primary,
        label: "Share in channel",
        custom_id: buttonId({ action: "share", asker }),
      },
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: "Wrong?",
        custom_id: buttonId({ action: "wrong" }),
      },
    ]),
  ];
}

/** Save or Remove, and Cancel, under a moderator's private /story add or /story remove. */
export function confirmButtons(
  asker: string,
  key: string,
  verb: "Save" | "Remove",
): APIActionRowComponent<APIButtonComponent>[] {
  return [
    row([
      {
        type: ComponentType.Button,
        style: verb === "Remove" ? ButtonStyle.Danger : ButtonStyle.Success,
        label: verb,
        custom_id: buttonId({ action: "confirm", asker, key }),
      },
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: "Cancel",
        custom_id: buttonId({ action: "cancel", asker, key }),
      },
    ]),
  ];
}

function row(components: APIButtonComponent[]): APIActionRowComponent<APIButtonComponent> {
  return { type: ComponentType.ActionRow, components };
}
