/**
 * What a button does, kept in its custom id (at most 100 characters) so buttons keep working
 * after a restart: nothing about an answer is held in memory.
 */
export type ButtonAction =
  | { readonly action: "more"; readonly asker: string; readonly page: number }
  | { readonly action: "delete"; readonly asker: string }
  | { readonly action: "pin" };

const PREFIX = "byline";

export function buttonId(button: ButtonAction): string {
  switch (button.action) {
    case "more":
      return `${PREFIX}:more:${button.asker}:${button.page}`;
    case "delete":
      return `${PREFIX}:delete:${button.asker}`;
    case "pin":
      return `${PREFIX}:pin`;
  }
}

/** The action a custom id encodes, or undefined for ids Byline did not make. */
export function readButtonId(customId: string): ButtonAction | undefined {
  const [prefix, action, asker, page] = customId.split(":");
  if (prefix !== PREFIX) return undefined;
  if (action === "pin") return { action };
  if (!asker || !/^\d+$/.test(asker)) return undefined;
  if (action === "delete") return { action, asker };
  if (action === "more" && page && /^\d+$/.test(page)) return { action, asker, page: Number(page) };
  return undefined;
}
