/** Marks the words left out between two pieces of one statement (the attribution that split them). */
export const PIECE_GAP = " … ";

/**
 * One statement's text from its pieces, each verbatim: `"We assess…that day," Sullivan said. "This
 * suggests…"` reads “We assess…that day … This suggests…”. Joining with a bare space would put
 * words side by side that the story never printed together ("that day, This suggests"); the
 * ellipsis says something was left out, as a quoting editor would. A piece's closing comma belongs
 * to the attribution that follows it (`"…and Moscow," Taleblu told Fox News.`), so it goes.
 */
export function joinQuotePieces(pieces: readonly string[]): string {
  return pieces.map((piece) => piece.replace(/,\s*$/, "")).join(PIECE_GAP);
}
