import {
  type APIInteraction,
  InteractionResponseType,
  InteractionType,
} from "discord-api-types/v10";
import { mapConcurrently } from "../../src/mapConcurrently.js";
import { option, subcommand } from "./commandOptions.js";
import type { FakeDiscord, RecordedRequest } from "./fakeDiscord.js";

/** What the load run asks: words the stories hold, so answers do real work. */
export interface LoadInputs {
  readonly questions: readonly string[];
  readonly quotes: readonly string[];
  readonly names: readonly string[];
  readonly stories: readonly string[];
}

export interface LoadResult {
  readonly interactions: number;
  /** Callbacks Discord refused as too late (10062) or never made. */
  readonly lost: number;
  /** Interactions acknowledged more than once. */
  readonly answeredTwice: number;
  /** Commands: ms from dispatch to the first response (a reply or "thinking…"). */
  readonly commandP50: number;
  readonly commandP99: number;
  /** Commands that were deferred: ms from dispatch to the answer edited in. */
  readonly answerP99: number;
  readonly autocompleteP99: number;
}

const CALLBACK = "POST /interactions/:interaction/:token/callback";
const FOLLOW_UP = "POST /webhooks/:app/:token";
const EDIT = (r: RecordedRequest) => r.method === "PATCH" && r.params.message === "@original";

/**
 * Sends `count` mixed interactions to the bot through the fake Discord, `concurrency` at a time,
 * each from another person: /ask 40%, /who said 20%, /who is 15%, /summary 10%, autocomplete 15%. Counts the lost and the twice-answered, and times first responses.
 */
export async function runLoad(
  fake: FakeDiscord,
  inputs: LoadInputs,
  count: number,
  concurrency: number,
): Promise<LoadResult> {
  const pick = <T>(list: readonly T[], i: number) => list[i % list.length] as T;
  const build = (i: number): APIInteraction => {
    // One person per interaction, as a crowd of readers: one person's flood is the rate limit's.
    const user = { id: String(800_000_000_000_000_000n + BigInt(i)), username: `reader${i}` };
    const story = pick(inputs.stories, i);
    const slot = i % 20;
    if (slot < 8)
      return fake.chatInput({
        name: "ask",
        options: [option("question", pick(inputs.questions, i))],
        user,
      });
    if (slot < 12)
      return fake.chatInput({
        name: "who",
        options: [subcommand("said", [option("quote", pick(inputs.quotes, i))])],
        user,
      });
    if (slot < 15)
      return fake.chatInput({
        name: "who",
        options: [subcommand("is", [option("name", pick(inputs.names, i))])],
        user,
      });
    if (slot < 17)
      return fake.chatInput({ name: "summary", options: [option("story", story)], user });
    return fake.autocomplete({
      name: "who",
      options: [subcommand("is", [option("name", pick(inputs.names, i).slice(0, 3))])],
      focused: "name",
      user,
    });
  };
  const first: number[] = [];
  const answered: number[] = [];
  const suggested: number[] = [];
  let lost = 0;
  let answeredTwice = 0;
  await mapConcurrently(
    Array.from({ length: count }, (_, i) => i),
    concurrency,
    async (i) => {
      const interaction = build(i);
      const started = performance.now();
      let exchange: Awaited<ReturnType<FakeDiscord["interact"]>>;
      try {
        exchange = await fake.interact(interaction, 10_000);
      } catch {
        lost++;
        return;
      }
      const took = performance.now() - started;
      if (exchange.callbackRequest.status >= 400) {
        lost++;
        return;
      }
      if (interaction.type === InteractionType.ApplicationCommandAutocomplete) suggested.push(took);
      else first.push(took);
      if (exchange.callback.type === InteractionResponseType.DeferredChannelMessageWithSource) {
        // The answer edited in, or, for a "nothing found", a private follow-up.
        const settled = await fake
          .waitFor(() => exchange.requests().find((r) => EDIT(r) || r.route === FOLLOW_UP), 60_000)
          .catch(() => undefined);
        if (settled) answered.push(performance.now() - started);
        else lost++;
      }
      const acknowledged = exchange
        .requests()
        .filter((r) => r.route === CALLBACK && r.status < 300);
      if (acknowledged.length > 1 || exchange.requests().filter(EDIT).length > 1) answeredTwice++;
    },
  );
  return {
    interactions: count,
    lost,
    answeredTwice,
    commandP50: percentile(first, 0.5),
    commandP99: percentile(first, 0.99),
    answerP99: percentile(answered, 0.99),
    autocompleteP99: percentile(suggested, 0.99),
  };
}

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0);
}
