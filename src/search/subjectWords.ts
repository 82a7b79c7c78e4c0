import nlp from "compromise/two";

/** A span of the question (end exclusive). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

const SUBJECT_TAGS = ["Noun", "Value", "Acronym"];

/**
 * The words a question is about: its nouns, names and numbers, found by compromise's
 * part-of-speech tagger. "Where is Putin going?" is about Putin; "going" is how it asks. A passage
 * that misses a question's subjects does not answer it, whatever verbs it shares.
 */
export function findSubjectWords(question: string): Span[] {
  const spans: Span[] = [];
  for (const sentence of nlp(question).json({ offset: true }) as CompromiseSentence[]) {
    for (const term of sentence.terms) {
      if (term.tags.some((tag) => SUBJECT_TAGS.includes(tag)) && !term.tags.includes("Pronoun")) {
        spans.push({ start: term.offset.start, end: term.offset.start + term.offset.length });
      }
    }
  }
  return spans;
}

interface CompromiseSentence {
  terms: { tags: string[]; offset: { start: number; length: number } }[];
}
