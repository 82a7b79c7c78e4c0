import type { Feedback } from "../db/feedbackLog.js";

/** Readers' "Wrong?" reports as `byline feedback` prints them: one block each, oldest first. */
export function formatFeedback(reports: readonly Feedback[]): string {
  if (reports.length === 0)
    return "No reports yet. Readers send them with the Wrong? button under /ask and /who said answers.";
  return reports
    .map((report) => {
      const where = [
        report.guildId ? `server ${report.guildId}` : "a DM",
        report.channelId ? `channel ${report.channelId}` : "",
        report.messageId ? `message ${report.messageId}` : "",
      ].filter(Boolean);
      return [
        `#${report.id} · ${report.createdAt} · user ${report.userId} · ${where.join(", ")}`,
        `  Command: ${report.command || "(not recorded)"}`,
        `  Reason: ${report.reason ?? "(none given)"}`,
        `  Answer:`,
        ...report.answer.split("\n").map((line) => `    ${line}`),
      ].join("\n");
    })
    .join("\n\n");
}
