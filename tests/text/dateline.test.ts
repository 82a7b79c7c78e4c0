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
    ["MINNEAPOLIS, Minnesota (CNN) -- Three died.", "Three died.", "CNN"],
    ["(CNN)Three people died.", "Three people died.", "CNN"],
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
  ])("GIVEN %j THEN no dateline", (text) => {
    expect(findDateline(text)).toBeUndefined();
  });
});
