/** How a statement is given: in quote marks, as reported speech with quoted words, or reported only. */
export type StatementKind = "direct" | "partial" | "reported";

/** Which reading of the story found a statement: for measuring each, never shown. */
export type StatementRule =
  | "quote, then speaker"
  | "speaker, then quote"
  | "quote goes on"
  | "reported speech"
  | "verb in the sentence"
  | "name as label";

/** Who a statement is attributed to, as the story names them. */
export interface Speaker {
  /** Full name ("Jake Sullivan") or organisation ("the Kremlin"). */
  readonly name: string;
  /** Role as the story gives it ("White House national security adviser"), when it does. */
  readonly role?: string;
  readonly kind: "person" | "organisation";
}

/** Something someone in the story said, verbatim, with where it is. */
export interface Statement {
  readonly story: string;
  readonly paragraph: number;
  readonly kind: StatementKind;
  /** The words said, verbatim; the pieces of a quote split by its attribution joined by " … ". */
  readonly text: string;
  /** Where those words are in the paragraph (start, end exclusive), one span per piece. */
  readonly spans: readonly (readonly [number, number])[];
  readonly speaker: Speaker;
  /** The verb that attributes it ("said", "told", "according to"). */
  readonly cue: string;
  /** A direct quote the story leaves open at its paragraph's end: it runs on into the next. */
  readonly runsOn?: boolean;
  readonly rule?: StatementRule;
  /**
   * The outer source the sentence credits as the channel of these words, as printed: the outlet,
   * report, interview, statement or campaign ("the Fenwick Star" in `"…," Obi told the Fenwick
   * Star`, "pool reports" in "According to pool reports, Obi said …"). Shown beside the speaker.
   */
  readonly via?: string;
}

/** A person the story names, with everything it says about them. */
export interface Person {
  readonly name: string;
  readonly role?: string;
  readonly organisation?: string;
  /** Every way the story refers to them: full name, surname, title + surname. */
  readonly aliases: readonly string[];
  /** Paragraphs that mention them by name. */
  readonly paragraphs: readonly number[];
}
