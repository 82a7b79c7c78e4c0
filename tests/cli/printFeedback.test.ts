import { describe, expect, it } from "vitest";
import { formatFeedback } from "../../src/cli/printFeedback.js";

describe("byline feedback", () => {
  it("prints each report with where it came from, the command, the reason and the answer as seen", () => {
    const text = formatFeedback([
      {
        id: 3,
        createdAt: "2026-12-07T09:41:00.000Z",
        guildId: "111",
        channelId: "222",
        messageId: "333",
        userId: "42",
        command: '/who said quote:"rebuilt both landings"',
        answer: "Dana Ruiz — director\nsaid (¶2)",
        reason: "It was Ken Obi",
      },
      { id: 4, createdAt: "2026-12-07T10:00:00.000Z", userId: "43", command: "/ask", answer: "…" },
    ]);
    expect(text).toBe(
      [
        "#3 · 2026-12-07T09:41:00.000Z · user 42 · server 111, channel 222, message 333",
        '  Command: /who said quote:"rebuilt both landings"',
        "  Reason: It was Ken Obi",
        "  Answer:",
        "    Dana Ruiz — director",
        "    said (¶2)",
        "",
        "#4 · 2026-12-07T10:00:00.000Z · user 43 · a DM",
        "  Command: /ask",
        "  Reason: (none given)",
        "  Answer:",
        "    …",
      ].join("\n"),
    );
  });

  it("says how reports are sent when there are none", () => {
    expect(formatFeedback([])).toMatch(
      /^No reports yet\. Readers send them with the Wrong\? button/,
    );
  });
});
