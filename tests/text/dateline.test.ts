import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDateline, withoutDateline } from "../../src/text/dateline.js";

describe("datelines", () => {
  it.each([
    [
      "WASHINGTON (AP) — The United States acted.",
      "The United States acted.",
      "The Associated Press",
    ],
    ["RIDGELINE, Colo. (Reuters) - Thousands fled.", "Thousands fled.", "Reuters"],
    ["BRUSSELS, Oct 14 (Reuters) - The Commission acted.", "The Commission acted.", "Reuters"],
    ["LONDON, March 3, 2026 (Reuters) - Shares fell.", "Shares fell.", "Reuters"],
    ["MINNEAPOLIS, Minnesota (CNN) -- Three died.", "Three died.", "CNN"],
    ["(CNN)Three people died.", "Three people died.", "CNN"],
    ["Port Alder, Maine (CNN)Three people died.", "Three people died.", "CNN"],
    ["Fenwick (AP) -- The river rose.", "The river rose.", "The Associated Press"],
    ["(The Harbor Star)Dana Ruiz won the race.", "Dana Ruiz won the race.", "The Harbor Star"],
    ["SEABRIGHT — Organizers stopped the race.", "Organizers stopped the race.", undefined],
  ])("GIVEN %j THEN the story's words start at %j, filed by %s", (text, rest, agency) => {
    expect(withoutDateline(text)).toBe(rest);
    expect(findDateline(text)?.agency).toBe(agency);
  });

  it.each([
    "Putin — the leader of Russia — arrived.",
    "U.S. officials — two of them — said so.",
    "A — B.",
    "Russian President Vladimir Putin is traveling to Tehran.",
    "US-made drones struck Kyiv overnight.",
    "U.S.-led forces withdrew.",
    "COVID-19 cases rose.",
    "Dana Ruiz (left) and Ken Obi arrived.",
    "Fenwick (population 4,000) voted.",
    "(Pictured) The river rose.",
    "UN-backed talks resumed.",
  ])("GIVEN %j THEN no dateline", (text) => {
    expect(findDateline(text)).toBeUndefined();
  });

  it.each([
    ["WASHINGTON—The Senate voted.", "The Senate voted."],
    ["WILKES-BARRE, Pa. (AP) — A bridge fell.", "A bridge fell."],
    ["LONDON (Reuters)-Shares fell.", "Shares fell."],
  ])("GIVEN the dateline styles of %j THEN the story's words start at %j", (text, rest) => {
    expect(withoutDateline(text)).toBe(rest);
  });

  it("GIVEN any text THEN what is left after a dateline starts on a word boundary, never inside a word", () => {
    const piece = fc.constantFrom(
      "US",
      "U.S.",
      "NATO",
      "COVID",
      "WASHINGTON",
      "Colo.",
      "(AP)",
      "(Reuters)",
      "-",
      "—",
      "–",
      "--",
      " ",
      ",",
      "made",
      "19",
      "The",
      "A",
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 8 }).map((parts) => parts.join("")),
        (text) => {
          const cut = findDateline(text)?.length ?? 0;
          const before = text[cut - 1] ?? " ";
          const after = text[cut] ?? " ";
          expect(/[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}]/u.test(after)).toBe(false);
        },
      ),
    );
  });
});
