/**
 * What a button does, kept in its custom id (at most 100 characters) so buttons keep working
 * after a restart: nothing about an answer is held in memory, except a story upload waiting for
 * its moderator's confirmation (its key).
 */
export type ButtonAction =
  /** More and Previous: show this page of the answer. */
  | { readonly action: "more"; readonly asker: string; readonly page: number }
  /** "Page n of m": a label, never pressed (disabled). */
  | { readonly action: "at"; readonly page: number }
  | { readonly action: "delete"; readonly asker: string }
  | { readonly action: "pin" }
  /** "Wrong?": anyone may report an answer. */
  | { readonly action: "wrong" }
  /** Post a private answer in the channel. */
  | { readonly action: "share"; readonly asker: string }
  /** Save or remove a story (/story add, /story remove), or call it off. */
  | { readonly action: "confirm" | "cancel"; readonly asker: string; readonly key: string };

const PREFIX = "byline";
const SNOWFLAKE = /^\d+$/;
const KEY = /^[\w-]{1,40}$/;

export function buttonId(button: ButtonAction): string {
  switch (button.action) {
    case "more":
      return `${PREFIX}:more:${button.asker}:${button.page}`;
    case "at":
      return `${PREFIX}:at:${button.page}`;
    case "delete":
    case "share":
      return `${PREFIX}:${button.action}:${button.asker}`;
    case "pin":
    case "wrong":
      return `${PREFIX}:${button.action}`;
    case "confirm":
    case "cancel":
      return `${PREFIX}:${button.action}:${button.asker}:${button.key}`;
  }
}

/** The action a custom id encodes, or undefined for ids Byline did not make. */
export function readButtonId(customId: string): ButtonAction | undefined {
  const [prefix, action, first, second, ...rest] = customId.split(":");
  if (prefix !== PREFIX || rest.length > 0) return undefined;
  if ((action === "pin" || action === "wrong") && first === undefined) return { action };
  if (action === "at" && first && /^\d+$/.test(first) && second === undefined)
    return { action, page: Number(first) };
  if (!first || !SNOWFLAKE.test(first)) return undefined;
  if ((action === "delete" || action === "share") && second === undefined)
    return { action, asker: first };
  if (action === "more" && second && /^\d+$/.test(second))
    return { action, asker: first, page: Number(second) };
  if ((action === "confirm" || action === "cancel") && second && KEY.test(second))
    return { action, asker: first, key: second };
  return undefined;
}

/** The "Wrong?" modal and its reason field. */
export const WRONG_MODAL = `${PREFIX}:wrong-reason`;
export const REASON_FIELD = "reason";
