/**
 * Renders Byline's real Discord messages as PNGs for the README, drawn the way Discord's dark theme
 * shows them, with headless Chromium (Debian's `chromium`): `npm run docs:answer-png`. The answer
 * to `/who said baseless` on the bundled story, a moderator's `/story add` confirmation (of a
 * story written for the tests), and a private "Who said this?" answer with its Share button.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { APIEmbed } from "discord-api-types/v10";
import pino from "pino";
import { commands } from "../commands/index.js";
import type { CommandContext } from "../commands/types.js";
import { runCommandLine } from "../src/cli/runCommandLine.js";
import { confirmButtons, shareButtons } from "../src/discord/answerButtons.js";
import { type DiscordMessage, renderMessage } from "../src/discord/renderMessage.js";
import { BUNDLED_CORPUS, projectRoot } from "../src/projectRoot.js";
import { LiveCorpus } from "../src/story/liveCorpus.js";
import { StoryLibrary } from "../src/storyLibrary.js";

const library = await StoryLibrary.load(BUNDLED_CORPUS);

/** The answer as Discord's dark theme draws it, written to docs/<name>.png. */
function drawMessage(message: DiscordMessage, name: string, used: string, height: number): void {
  const html = `<!doctype html><meta charset="utf-8"><style>
body{margin:0;background:#313338;font:16px/1.375 "gg sans","Noto Sans","Helvetica Neue",Arial,sans-serif;color:#dbdee1}
.msg{display:flex;gap:16px;padding:16px 20px 20px}
.avatar{width:40px;height:40px;border-radius:50%;background:#3b82f6;color:#fff;display:grid;place-items:center;font-weight:700;flex:none}
.name{color:#f2f3f5;font-weight:600}.app{background:#5865f2;color:#fff;font-size:10px;border-radius:3px;padding:1px 4px;margin-left:4px;vertical-align:2px}
.time{color:#949ba4;font-size:12px;margin-left:6px}.used{color:#949ba4;font-size:14px;margin-bottom:2px}
.embed{max-width:520px;margin-top:6px;background:#2b2d31;border-radius:4px;border-left:4px solid;padding:12px 16px 14px 12px}
.author{font-size:14px;font-weight:600;color:#f2f3f5;margin-bottom:8px}.title{font-size:16px;font-weight:600;color:#f2f3f5;margin-bottom:8px}.desc{font-size:14px;white-space:normal}
.desc a{color:#00a8fc;text-decoration:none}.footer{font-size:12px;color:#949ba4;margin-top:8px}
.buttons{display:flex;gap:8px;margin-top:8px}.btn{background:#4e5058;color:#fff;border-radius:3px;padding:4px 14px;font-size:14px}
.s1{background:#5865f2}.s3{background:#248046}.s4{background:#da373c}.dis{opacity:.5}
.only{color:#949ba4;font-size:12px;margin-top:6px}
</style><div class="msg"><div class="avatar">B</div><div>
<div class="used">${used}</div>
<div><span class="name">Byline</span><span class="app">APP</span><span class="time">Today at 09:41</span></div>
${message.content ? `<div>${markdownHtml(message.content)}</div>` : ""}
${message.embeds.map(embedHtml).join("")}
${message.components
  .map(
    (row) =>
      `<div class="buttons">${row.components
        .map((button) => {
          const label = "label" in button ? (button.label ?? "") : "";
          const emoji = "emoji" in button ? (button.emoji?.name ?? "") : "";
          const style = "style" in button ? button.style : 2;
          const disabled = "disabled" in button && button.disabled ? " dis" : "";
          return `<span class="btn s${style}${disabled}">${emoji} ${escapeHtml(label)}${style === 5 ? " ↗" : ""}</span>`;
        })
        .join("")}</div>`,
  )
  .join("")}
${message.ephemeral ? '<div class="only">Only you can see this · Dismiss message</div>' : ""}</div></div>`;
  const folder = mkdtempSync(join(tmpdir(), "byline-png-"));
  const page = join(folder, "answer.html");
  const output = join(projectRoot(), `docs/${name}.png`);
  writeFileSync(page, html);
  execFileSync(
    "chromium",
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--hide-scrollbars",
      "--force-device-scale-factor=2",
      `--screenshot=${output}`,
      `--window-size=640,${height}`,
      `file://${page}`,
    ],
    { stdio: "ignore" },
  );
  console.log(`wrote ${output}`);
}

async function answer(line: string, context: CommandContext = { library, commands }) {
  const outcome = await runCommandLine(line, context);
  if (!("result" in outcome)) throw new Error(outcome.error);
  return outcome.result;
}

const whoSaid = { name: "who", subcommand: "said", input: { quote: "baseless" } };
drawMessage(
  renderMessage(await answer("/who said quote:baseless"), {
    command: whoSaid,
    asker: "1",
    page: 0,
    pinnable: true,
  }),
  "who-said-answer",
  'reader used <span style="color:#00a8fc">/who said</span>',
  360,
);

// A moderator's /story add, with a story written for the tests.
const corpus = new LiveCorpus(BUNDLED_CORPUS, library, {
  removedDir: join(tmpdir(), "byline-png-removed"),
  logger: pino({ level: "silent" }),
});
const upload = join(projectRoot(), "tests/fixtures/stories/harbor-city-budget.md");
const preview = renderMessage(
  await answer(`/story add file:${upload}`, { library, commands, corpus }),
  { command: { name: "story", input: {} }, asker: "1", page: 0, pinnable: false },
);
drawMessage(
  { ...preview, ephemeral: true, components: confirmButtons("1", "key", "Save") },
  "story-add-confirmation",
  'mod_anna used <span style="color:#00a8fc">/story add</span>',
  330,
);

// "Who said this?" on a chat message, answered privately with a Share button.
const private_ = renderMessage(await answer("/who said quote:baseless"), {
  command: whoSaid,
  asker: "1",
  page: 0,
  pinnable: false,
});
drawMessage(
  { ...private_, ephemeral: true, components: shareButtons("1") },
  "message-command-answer",
  'reader used <span style="color:#00a8fc">Who said this?</span>',
  330,
);

function embedHtml(embed: APIEmbed): string {
  const color = `#${(embed.color ?? 0).toString(16).padStart(6, "0")}`;
  return `<div class="embed" style="border-color:${color}">
${embed.author ? `<div class="author">${escapeHtml(embed.author.name)}</div>` : ""}
${embed.title ? `<div class="title">${escapeHtml(embed.title)}</div>` : ""}
<div class="desc">${markdownHtml(embed.description ?? "")}</div>
${embed.footer ? `<div class="footer">${escapeHtml(embed.footer.text)}</div>` : ""}</div>`;
}

/** The little Markdown Byline's embeds use: escapes, bold, italics, links, line breaks. */
function markdownHtml(markdown: string): string {
  return escapeHtml(markdown)
    .replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")
    .replace(/\[(.+?)\]\((https?:[^)\s]+)\)/g, '<a href="$2">$1</a>')
    .replace(/(?<![\\*])\*([^*]+)\*/g, "<em>$1</em>")
    .replace(/\\([\\*_~`|>#[\]()-])/g, "$1")
    .replace(/\n/g, "<br>");
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
