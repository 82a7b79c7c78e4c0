import { ApplicationCommandOptionType } from "discord.js";
import type { Choice } from "../../commands/types.js";
import { clipAtWord } from "../text/clip.js";
import { DISCORD_LIMITS as LIMITS } from "./limits.js";

/** An autocomplete choice as Discord takes it. */
export interface FittedChoice {
  readonly name: string;
  readonly value: string | number;
}

/**
 * Suggestions within Discord's autocomplete rules: at most 25, labels of 1–100 characters, text
 * values of at most 100, numbers only for number options, no value twice. Order is kept.
 */
export function fitChoices(
  choices: readonly Choice[],
  type: ApplicationCommandOptionType,
): FittedChoice[] {
  const numeric =
    type === ApplicationCommandOptionType.Integer || type === ApplicationCommandOptionType.Number;
  const seen = new Set<string | number>();
  const fitted: FittedChoice[] = [];
  for (const choice of choices) {
    const name = clipAtWord(choice.name.replace(/\s+/g, " ").trim(), LIMITS.choiceName);
    const value = numeric ? choice.value : String(choice.value);
    if (name === "" || seen.has(value)) continue;
    if (numeric ? typeof value !== "number" || !Number.isFinite(value) : value === "") continue;
    if (typeof value === "string" && value.length > LIMITS.choiceValue) continue;
    seen.add(value);
    fitted.push({ name, value });
    if (fitted.length === LIMITS.choices) break;
  }
  return fitted;
}
