import { eng } from "stopword";

// Words that carry the asking, not the subject, of a question ("tell me when…", "does anyone know").
const QUESTION_WORDS = [
  "when",
  "why",
  "whom",
  "whose",
  "which",
  "does",
  "doing",
  "done",
  "tell",
  "please",
  "anyone",
  "know",
  "explain",
  "say",
  "says",
  "whats",
  "who's",
  "what's",
  "where's",
  "how's",
  "hi",
  "hey",
  "s",
  "t",
  "yes",
  "not",
  "no",
  "nor",
  "will",
  "shall",
  "us",
  "its",
  "it's",
  "i'm",
  "ok",
];

/** The English stop words of the `stopword` package, plus the words questions are made of. */
export const STOP_WORDS: ReadonlySet<string> = new Set([...eng, ...QUESTION_WORDS]);
