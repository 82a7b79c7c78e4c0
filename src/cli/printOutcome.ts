import { jsonAnswer, jsonError } from "../render/jsonAnswer.js";
import { renderText, type TextStyle } from "../render/textAnswer.js";
import type { CommandOutcome } from "./runCommandLine.js";

/** One outcome as the CLI prints it: a JSON line with --json, else text (errors start "Error:"). */
export function formatOutcome(outcome: CommandOutcome, json: boolean, style: TextStyle): string {
  if ("error" in outcome) {
    return json
      ? JSON.stringify(jsonError(outcome.command, outcome.input, outcome.error))
      : `Error: ${outcome.error}`;
  }
  return json
    ? JSON.stringify(jsonAnswer(outcome.command, outcome.input, outcome.result))
    : renderText(outcome.result, style);
}
