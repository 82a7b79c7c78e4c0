import { PIECE_GAP } from "../statements/quotePieces.js";

/**
 * Whether a summary sentence holds (part of) a statement: one of the statement's pieces starts
 * inside the sentence, or the sentence inside a piece.
 */
export function holdsStatement(sentence: string, statement: string): boolean {
  return statement
    .split(PIECE_GAP)
    .some(
      (piece) => sentence.includes(piece.slice(0, 40)) || piece.includes(sentence.slice(0, 40)),
    );
}
