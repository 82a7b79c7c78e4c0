/**
 * Renders Byline's real Discord answer to `/who said baseless` on the bundled story as a PNG for
 * the README, drawn the way Discord's dark theme shows an embed, with headless Chromium
 * (Debian's `chromium`): `npm run docs:answer-png`.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { APIEmbed } from "discord-api-types/v10";
import { commands } from "../commands/index.js";
import { runCommandLine } from "../src/cli/runCommandLine.js";
import { renderMessage } from "../src/discord/renderMessage.js";
import { BUNDLED_CORPUS, projectRoot } from "../src/projectRoot.js";
import { StoryLibrary } from "../src/storyLibrary.js";

const LINE = "/who said quote:baseless";
const OUTPUT = join(projectRoot(), "docs/who-said-answer.png");

const library = await StoryLibrary.load(BUNDLED_CORPUS);
const outcome = await runCommandLine(LINE, { library, commands });
if (!("result" in outcome)) throw new Error(outcome.error);
const message = renderMessage(outcome.result, {
  command: { name: "who", subcommand: "said", input: { quote: "baseless" } },
  asker: "1",
  page: 0,
  pinnable: true,
});

const html = `<!doctype html><meta charset="utf-8"><style>
body{margin:0;background:#313338;font:16px/1.375 "gg sans","Noto Sans","Helvetica Neue",Arial,sans-serif;color:#dbdee1}
.msg{display:flex;gap:16px;padding:16px 20px 20px}
.avatar{width:40px;height:40px;border-radius:50%;background:#3b82f6;color:#fff;display:grid;place-items:center;font-weight:700;flex:none}
.name{color:#f2f3f5;font-weight:600}.app{background:#5865f2;color:#fff;font-size:10px;border-radius:3px;padding:1px 4px;margin-left:4px;vertical-align:2px}
.time{color:#949ba4;font-size:12px;margin-left:6px}.used{color:#949ba4;font-size:14px;margin-bottom:2px}
.embed{max-width:520px;margin-top:6px;background:#2b2d31;border-radius:4px;border-left:4px solid;padding:12px 16px 14px 12px}
.author{font-size:14px;font-weight:600;color:#f2f3f5;margin-bottom:8px}.desc{font-size:14px;white-space:normal}
.desc a{color:#00a8fc;text-decoration:none}.footer{font-size:12px;color:#949ba4;margin-top:8px}
.buttons{display:flex;gap:8px;margin-top:8px}.btn{background:#4e5058;color:#fff;border-radius:3px;padding:4px 14px;font-size:14px}
</style><div class="msg"><div class="avatar">B</div><div>
<div class="used">reader used <span style="color:#00a8fc">/who said</span></div>
<div><span class="name">Byline</span><span class="app">APP</span><span class="time">Today at 09:41</span></div>
${message.embeds.map(embedHtml).join("")}
<div class="buttons">${message.components
  .flatMap((row) => row.components)
  .map((button) => {
    const label = "label" in button ? (button.label ?? "") : "";
    const emoji = "emoji" in button ? (button.emoji?.name ?? "") : "";
    return `<span class="btn">${emoji} ${escapeHtml(label)}</span>`;
  })
  .join("")}</div></div></div>`;

const folder = mkdtempSync(join(tmpdir(), "byline-png-"));
const page = join(folder, "answer.html");
writeFileSync(page, html);
execFileSync(
  "chromium",
  [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--hide-scrollbars",
    "--force-device-scale-factor=2",
    `--screenshot=${OUTPUT}`,
    "--window-size=640,330",
    `file://${page}`,
  ],
  { stdio: "ignore" },
);
console.log(`wrote ${OUTPUT}`);

function embedHtml(embed: APIEmbed): string {
  const color = `#${(embed.color ?? 0).toString(16).padStart(6, "0")}`;
  return `<div class="embed" style="border-color:${color}">
${embed.author ? `<div class="author">${escapeHtml(embed.author.name)}</div>` : ""}
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
