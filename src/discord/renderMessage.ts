import type {
  APIActionRowComponent,
  APIButtonComponent,
  APIEmbed,
  APIEmbedField,
} from "discord-api-types/v10";
import type { CommandResult } from "../../commands/types.js";
import type { StoryCard } from "../answers/describeStories.js";
import type { StatementAnswer } from "../answers/whoSaid.js";
import { joinNames } from "../render/attributionLine.js";
import { groupByStory } from "../render/groupByStory.js";
import { nameWithSource, sourceNote, speakerHeading } from "../render/speakerName.js";
import {
  narrationLead,
  openingLine,
  SAYS_OTHERWISE,
  shownWords,
  speechVerb,
  UNATTRIBUTED_QUOTE,
  whereElse,
  wordingNote,
} from "../render/statementWording.js";
import {
  mayNotAnswer,
  noOneSaid,
  nothingFoundText,
  SEVERAL_STORIES_HINT,
} from "../render/textAnswer.js";
import type { Speaker } from "../statements/types.js";
import { clipAtWord } from "../text/clip.js";
import { answerButtons } from "./answerButtons.js";
import { linkTarget, withAttribution } from "./attributionMarkdown.js";
import { type FooterCommand, formatFooter } from "./commandFooter.js";
import { fitEmbeds, plainCut, shareOfMessage } from "./embedRoom.js";
import { DISCORD_LIMITS as LIMITS } from "./limits.js";
import { emphasisedWithin, plain, plainWithin } from "./markdown.js";

/** A message as Byline sends it, before discord.js adds allowed mentions and flags. */
export interface DiscordMessage {
  readonly content?: string;
  readonly embeds: APIEmbed[];
  readonly components: APIActionRowComponent<APIButtonComponent>[];
  /** Only the person who asked sees it: errors and "nothing found". */
  readonly ephemeral: boolean;
}

/** What the message needs to know besides the answer. */
export interface ReplyContext {
  /** The command as typed, shown in the footer and read back by the More button. */
  readonly command: FooterCommand;
  /** The user who asked: the only one who may page or delete the answer. */
  readonly asker: string;
  readonly page: number;
  /** The `for:` user the answer is addressed to. */
  readonly addressee?: string;
  /** Whether the answer gets a 📌 Pin button (in a server channel). */
  readonly pinnable: boolean;
}

/**
 * One colour per kind of answer, so answers are told apart at a glance. Passages Byline is unsure
 * answer the question (`closest`) are a paler blue than passages that answer it.
 */
export const COLORS = {
  passage: 0x3b82f6,
  closest: 0x93c5fd,
  statement: 0x8b5cf6,
  summary: 0x10b981,
  reference: 0x64748b,
  pinned: 0xf59e0b,
} as const;

/** A short private message: errors, "nothing found", confirmations. */
export function notice(text: string): DiscordMessage {
  return {
    content: plainWithin(text, LIMITS.content),
    embeds: [],
    components: [],
    ephemeral: true,
  };
}

/**
 * A command's answer as a Discord message: embeds that read well on a phone, the story's words
 * verbatim with matched words bold, and an attribution line on every passage. "Nothing found"
 * answers are private notices.
 */
export function renderMessage(result: CommandResult, context: ReplyContext): DiscordMessage {
  const embeds = answerEmbeds(result);
  if (embeds === undefined) return notice(nothingFoundText(result));
  const last = embeds.at(-1);
  const footer = formatFooter(context.command, context.page);
  const reference = REFERENCE_KINDS.has(result.kind);
  if (last && !reference) last.footer = { text: clipAtWord(footer, LIMITS.footerText) };
  // A footer too long to read back whole cannot be paged from.
  const pages =
    (result.kind === "passages" || result.kind === "quotes") && footer.length <= LIMITS.footerText
      ? (result.pages ?? 1)
      : 1;
  const storyUrl = storyUrlOf(result);
  return {
    ...(context.addressee ? { content: addressLine(context.addressee) } : {}),
    embeds: fitEmbeds(embeds),
    components: answerButtons({
      asker: context.asker,
      page: context.page,
      pages,
      pinnable: context.pinnable && !reference,
      reportable: result.kind === "passages" || result.kind === "whoSaid",
      ...(storyUrl ? { storyUrl } : {}),
    }),
    ephemeral: false,
  };
}

/** Answers about Byline and its stories, not from a story: no footer, nothing to pin. */
const REFERENCE_KINDS = new Set<CommandResult["kind"]>([
  "help",
  "stories",
  "storyPreview",
  "storyRemoval",
  "done",
]);

/** The address of the story an answer quotes first, for its Read the story button. */
function storyUrlOf(result: CommandResult): string | undefined {
  const url = (() => {
    switch (result.kind) {
      case "passages":
        return result.passages[0]?.attribution.url;
      case "excerpt":
      case "pin":
        return result.excerpt.attribution.url;
      case "whoSaid":
        return (result.answer.statements[0] ?? result.answer.unattributed)?.attribution.url;
      case "whoIs":
        return result.answer.people[0]?.attribution.url;
      case "quotes":
        return result.answer.quotes[0]?.attribution.url;
      case "summary":
        return result.summary.sentences[0]?.attribution.url;
      default:
        return undefined;
    }
  })();
  return url ? linkTarget(url) : undefined;
}

/** "For <@id>:": who an answer is addressed to (shown as a mention, which pings no one). */
function addressLine(user: string): string {
  return `For <@${user}>:`;
}

/** The user an answer's content addresses, read back when the answer is paged. */
export function addresseeOf(content: string): string | undefined {
  return /^For <@(\d+)>:/.exec(content)?.[1];
}

/** The message a moderator's /pin posts in the channel. */
export function pinnedMessage(
  result: Extract<CommandResult, { kind: "pin" }>,
  pinnedBy: string,
): DiscordMessage {
  const { excerpt, statement } = result;
  const embed: APIEmbed = {
    color: COLORS.pinned,
    description: withAttribution(
      (room) => plainWithin(excerpt.text, room),
      excerpt.attribution,
      shareOfMessage(1),
    ),
    footer: { text: clipAtWord(`📌 Pinned by ${pinnedBy}`, LIMITS.footerText) },
  };
  if (statement) embed.author = { name: speakerLine(statement.speaker, statement.via) };
  return { embeds: [embed], components: [], ephemeral: false };
}

function answerEmbeds(result: CommandResult): APIEmbed[] | undefined {
  switch (result.kind) {
    case "passages": {
      if (result.passages.length === 0) return undefined;
      const share = shareOfMessage(result.passages.length);
      // Unsure passages say so above the first and keep a colour of their own on every page.
      return result.passages.map((passage, index) => ({
        color: result.answered ? COLORS.passage : COLORS.closest,
        ...(!result.answered && index === 0 ? { title: mayNotAnswer(result.storiesSearched) } : {}),
        description: withAttribution(
          (room) => emphasisedWithin(passage.text, passage.highlights, room),
          passage.attribution,
          share,
        ),
      }));
    }
    case "excerpt":
    case "pin":
      return [
        {
          color: COLORS.passage,
          description: withAttribution(
            (room) => plainWithin(result.excerpt.text, room),
            result.excerpt.attribution,
            shareOfMessage(1),
          ),
        },
      ];
    case "whoSaid": {
      const { statements, narration, opposite, unattributed } = result.answer;
      const [best, ...close] = statements;
      if (!best && unattributed) {
        const share = shareOfMessage(opposite ? 2 : 1);
        return [
          {
            color: COLORS.statement,
            title: UNATTRIBUTED_QUOTE,
            description: withAttribution(
              (room) =>
                `¶${unattributed.paragraph}:\n> ${plainWithin(unattributed.text, room - 20)}`,
              unattributed.attribution,
              share,
            ),
          },
          ...(opposite
            ? [
                {
                  color: COLORS.statement,
                  title: SAYS_OTHERWISE,
                  author: { name: speakerLine(opposite.speaker, opposite.via) },
                  description: statementDescription(opposite, share),
                },
              ]
            : []),
        ];
      }
      if (!best) {
        if (!narration && !opposite) return undefined;
        const share = shareOfMessage(narration && opposite ? 2 : 1);
        return [
          ...(narration
            ? [
                {
                  color: COLORS.statement,
                  title: noOneSaid(result.storiesSearched),
                  description: withAttribution(
                    (room) =>
                      `${narrationLead(narration.exact)}:\n> ${plainWithin(narration.text, room - 80)}`,
                    narration.attribution,
                    share,
                  ),
                },
              ]
            : []),
          ...(opposite
            ? [
                {
                  color: COLORS.statement,
                  title: narration
                    ? SAYS_OTHERWISE
                    : `${noOneSaid(result.storiesSearched)} ${SAYS_OTHERWISE}`,
                  author: { name: speakerLine(opposite.speaker, opposite.via) },
                  description: statementDescription(opposite, share),
                },
              ]
            : []),
        ];
      }
      return [
        {
          color: COLORS.statement,
          author: { name: speakerLine(best.speaker, best.via) },
          description: statementDescription(best, shareOfMessage(2)),
          fields: close.slice(0, 3).map((other) => ({
            name: plainWithin(
              `Also close: ${nameWithSource(other.speaker.name, other.via)} (${whereElse(other, best)})${wordingNote(other.kind)}`,
              256,
            ),
            value: shownWords(
              other.kind,
              plainWithin(other.text, LIMITS.fieldValue - 2),
              other.runsOn,
            ),
          })),
        },
      ];
    }
    case "whoIs": {
      const people = result.answer.people.slice(0, 3);
      if (people.length === 0) return undefined;
      const budget = shareOfMessage(people.length);
      return people.map((person) => {
        const named = person.paragraphs.map((p) => `¶${p}`).join(", ");
        const aliases = person.alsoCalled;
        const said =
          person.statements.length === 0
            ? "Says nothing quoted in the story."
            : person.statements
                .map(
                  (s) =>
                    `¶${s.paragraph}${plain(sourceNote(s.via))}${wordingNote(s.kind, s.cue)}: ${shownWords(s.kind, plainWithin(s.text, 600), s.runsOn)}`,
                )
                .join("\n");
        const lines = [
          person.role ? `**${plain(person.role)}**` : "",
          `Named in ${named}${aliases.length > 0 ? ` · also called ${plain(aliases.join(", "))}` : ""}`,
          "",
          said,
        ].filter((line, index) => index > 0 || line !== "");
        return {
          color: COLORS.statement,
          title: plainWithin(openingLine(person.name), LIMITS.embedTitle),
          description: withAttribution(
            (room) => plainCut(lines.join("\n"), room),
            person.attribution,
            budget,
          ),
        };
      });
    }
    case "quotes": {
      const { quotes } = result.answer;
      if (quotes.length === 0) return undefined;
      // One embed per story, each under its own credit line: a speaker's name may be in several.
      const groups = groupByStory(quotes).slice(0, LIMITS.embeds);
      const share = shareOfMessage(groups.length);
      const title = result.speaker ? `Statements by ${result.speaker}` : "Statements in the story";
      return groups.map((group) => {
        const budget = Math.floor(share / group.length);
        const lines = group.map(
          (quote) =>
            `¶${quote.paragraph} ${nameWithSource(`**${plain(quote.speaker.name)}**`, quote.via && plain(quote.via))}${quote.speaker.role ? ` (${plain(quote.speaker.role)})` : ""}${wordingNote(quote.kind, quote.cue)}: ${shownWords(quote.kind, plainWithin(quote.text, Math.max(budget - 120, 80)), quote.runsOn)}`,
        );
        const [first] = group;
        return {
          color: COLORS.statement,
          title: plainWithin(title, LIMITS.embedTitle),
          description: first
            ? withAttribution(
                (room) => plainCut(lines.join("\n"), room),
                first.attribution,
                share,
                false,
              )
            : "",
        };
      });
    }
    case "summary": {
      const { sentences, quoted } = result.summary;
      const first = sentences[0];
      if (!first) return undefined;
      const budget = Math.floor(shareOfMessage(1) / sentences.length);
      const fields: APIEmbedField[] =
        quoted.length > 0
          ? [
              {
                name: "Quoted",
                value: plainWithin(
                  joinNames(quoted.map((s) => (s.role ? `${s.name} (${s.role})` : s.name))),
                  LIMITS.fieldValue,
                ),
              },
            ]
          : [];
      return [
        {
          color: COLORS.summary,
          title: plainWithin(
            `Summary${result.focus ? ` · ${result.focus}` : ""} (${result.length})`,
            LIMITS.embedTitle,
          ),
          description: withAttribution(
            (room) =>
              plainCut(
                sentences
                  .map((s) => `${plainWithin(s.text, budget - 10)} *¶${s.paragraph}*`)
                  .join("\n\n"),
                room,
              ),
            first.attribution,
            shareOfMessage(1),
            false,
          ),
          fields,
        },
      ];
    }
    case "stories": {
      const shown = result.stories.slice(0, 20);
      const lines = shown.map(storyCardMarkdown);
      const rest = result.stories.length - shown.length;
      if (rest > 0) lines.push(`…and ${rest} more.`);
      if (result.defaultStory)
        lines.push(`Default story in this server: \`${result.defaultStory}\``);
      return [
        {
          color: COLORS.reference,
          title: result.stories.length === 1 ? "The story" : `${result.stories.length} stories`,
          description: plainCut(lines.join("\n\n"), LIMITS.embedDescription),
        },
      ];
    }
    case "storyPreview": {
      const { preview } = result;
      const people = preview.people.length > 0 ? joinNames(preview.people) : "none named";
      return [
        {
          color: COLORS.reference,
          title: "Add this story?",
          description: plainCut(
            [
              storyCardMarkdown(preview.card),
              `**People:** ${plain(people)}`,
              preview.replaces
                ? `Saving **replaces** the loaded story \`${preview.replaces.story}\` (${plain(preview.replaces.title)}).`
                : "Saving adds it to the corpus folder and answers from it at once.",
            ].join("\n\n"),
            LIMITS.embedDescription,
          ),
        },
      ];
    }
    case "storyRemoval":
      return [
        {
          color: COLORS.reference,
          title: "Remove this story?",
          description: plainCut(
            `${storyCardMarkdown(result.story)}\n\nIts file is moved to Byline's data folder, not deleted.`,
            LIMITS.embedDescription,
          ),
        },
      ];
    case "done":
      return [
        {
          color: COLORS.reference,
          description: plainCut(plain(result.message), LIMITS.embedDescription),
        },
      ];
    case "help":
      return [
        {
          color: COLORS.reference,
          title: "Byline: answers from the story, in its own words",
          description: [
            "Every answer quotes the story verbatim and says where it comes from (¶ = paragraph).",
            ...((result.storiesLoaded ?? 1) > 1 ? [SEVERAL_STORIES_HINT] : []),
          ].join("\n"),
          fields: result.commands.slice(0, LIMITS.embedFields).map((command) => ({
            name: clipAtWord(command.usage, LIMITS.fieldName),
            value: plainWithin(command.description, LIMITS.fieldValue),
          })),
        },
      ];
  }
}

/** A story's title (linked when it has an address), id, paragraphs, source and contributors. */
function storyCardMarkdown(story: StoryCard): string {
  const source = [story.outlet, story.published].filter(Boolean).join(", ");
  const by = story.contributors.length > 0 ? ` · by ${joinNames(story.contributors)}` : "";
  const title = plain(story.title);
  const target = story.url ? linkTarget(story.url) : undefined;
  const linked = target ? `[${title}](${target})` : title;
  return `**${linked}**\n\`${story.story}\` · ¶1–¶${story.paragraphs}${source ? ` · ${plain(source)}` : ""}${plain(by)}`;
}

/** Who said it, with the outer source the sentence credits and their role, as an embed's author. */
function speakerLine(speaker: Speaker, via?: string): string {
  return clipAtWord(speakerHeading(speaker, via), LIMITS.authorName);
}

/** A /who said statement under its speaker: the verb and ¶, the words, the source. */
function statementDescription(statement: StatementAnswer, share: number): string {
  return withAttribution(
    (room) =>
      `${speechVerb(statement.cue)} (¶${statement.paragraph})${wordingNote(statement.kind)}:\n${shownWords(statement.kind, emphasisedWithin(statement.text, statement.highlights, room - 60), statement.runsOn)}`,
    statement.attribution,
    share,
  );
}
