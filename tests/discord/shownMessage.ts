import { type APIInteractionResponse, InteractionResponseType } from "discord-api-types/v10";
import type { FakeDiscord, InteractionExchange } from "./fakeDiscord.js";

/**
 * What the user finally sees for an exchange: the reply or the updated message, else the first
 * edit or follow-up after a deferral (waited for up to `timeoutMs`).
 */
export async function shownMessage(
  fake: FakeDiscord,
  exchange: InteractionExchange,
  timeoutMs = 3000,
): Promise<Extract<APIInteractionResponse, { data?: unknown }>["data"]> {
  const { callback } = exchange;
  if (
    callback.type === InteractionResponseType.ChannelMessageWithSource ||
    callback.type === InteractionResponseType.UpdateMessage
  )
    return callback.data;
  const answer = await fake.waitFor(
    () =>
      exchange
        .requests()
        .find(
          (r) =>
            (r.method === "PATCH" && r.params.message === "@original") ||
            r.route === "POST /webhooks/:app/:token",
        ),
    timeoutMs,
    "the answer after a deferral",
  );
  return answer.body as Extract<APIInteractionResponse, { data?: unknown }>["data"];
}
