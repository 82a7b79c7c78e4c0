import { describe, expect, it } from "vitest";
import { joinQuotePieces, PIECE_GAP } from "../../src/statements/quotePieces.js";

describe("joinQuotePieces", () => {
  it("GIVEN two pieces of a quote split by its attribution THEN an ellipsis between, the closing commas gone", () => {
    expect(joinQuotePieces(["We assess it,", "This suggests interest."])).toBe(
      `We assess it${PIECE_GAP}This suggests interest.`,
    );
    expect(joinQuotePieces(["We are not going anywhere,"])).toBe("We are not going anywhere");
  });

  it("GIVEN a piece ending on a question or a stop THEN its mark stays", () => {
    expect(joinQuotePieces(["Why now?", "Because it is time."])).toBe(
      "Why now? … Because it is time.",
    );
  });
});
