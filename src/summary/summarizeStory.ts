import { type Attribution, attributionFor } from "../answers/attribution.js";
import { candidateStories } from "../answers/candidateStories.js";
import { UserFacingError } from "../errors.js";
import type { Token } from "../search/analyzer.js";
import { findQuoteSpans } from "../statements/quoteSpans.js";
import type { Person, Speaker } from "../statements/types.js";
import type { Story } from "../story/types.js";
import type { StoryLibrary } from "../storyLibrary.js";
import { withoutArticle } from "../text/article.js";
import { withoutDateline } from "../text/dateline.js";
import { printsWords } from "../text/printsWords.js";
import { escapeRegExp } from "../text/regExp.js";
import { type Aside, findAsides, withoutAsides } from "./asides.js";
import { captionEnd, opensOnCaptionLabel, repeatedCaptions, restartAt } from "./captions.js";
import { aboutFocus } from "./focus.js";
import { holdsStatement } from "./holdsStatement.js";
import { pronounWithoutAntecedent, thingPronounWithoutAntecedent } from "./pronouns.js";
import { datedToAYear, NO_COMMENT, OPPOSES, RESPONDS, saysWhatIsAtStake } from "./sentenceCues.js";
import {
  cosine,
  type SummaryFeatures,
  scoreSentence,
  sentenceFeatures,
} from "./sentenceFeatures.js";
import { SUMMARY_MODEL, type SummaryModel } from "./summaryWeights.js";

export const SUMMARY_LENGTHS = ["short", "medium", "long"] as const;
export type SummaryLength = (typeof SUMMARY_LENGTHS)[number];

/** How many sentences, and at most how many words, each length gives. */
export const SUMMARY_TARGETS: Readonly<
  Record<SummaryLength, { sentences: number; words: number }>
> = {
  short: { sentences: 3, words: 90 },
  medium: { sentences: 5, words: 150 },
  long: { sentences: 8, words: 240 },
};

/** One sentence of a summary, verbatim, with where it is. */
export interface SummarySentence {
  readonly story: string;
  readonly paragraph: number;
  /** The sentence as shown: verbatim, or with asides left out, each marked "…". */
  readonly text: string;
  /** When asides were left out to fit the length: the whole sentence, verbatim. */
  readonly wholeSentence?: string;
  readonly attribution: Attribution;
}

export interface Summary {
  readonly story: string;
  /** The chosen sentences in story order. */
  readonly sentences: readonly SummarySentence[];
  /** The people the chosen sentences quote, with their roles. */
  readonly quoted: readonly Speaker[];
  /**
   * With a focus and no sentence about it that stands alone: the paragraphs that do mention it
   * (inside a longer quote, or in a sentence that leans on the one before). Empty when the story
   * never mentions it.
   */
  readonly mentionedIn?: readonly number[];
}

export interface SummaryOptions {
  readonly length?: SummaryLength;
  readonly focus?: string;
  readonly story?: string;
}

/**
 * A sentence that opens on a quotation is someone's words, not the story's account of what
 * happened; summaries report rather than quote, so its score is cut by this share.
 */
const DIRECT_QUOTE_PENALTY = 0.5;
const MIN_SENTENCE_WORDS = 6;
/** "Delaney has pleaded not guilty.": the other side is often put in few words. */
const MIN_RESPONSE_WORDS = 4;
/**
 * A sentence ends on a full stop, question or exclamation mark, perhaps before a closing quote or
 * bracket. A photo caption ("Daniel Radcliffe as Harry Potter") or a link ("Watch the video »")
 * does not, and is not part of the story's text.
 */
const ENDS_LIKE_A_SENTENCE = /[.!?…]["”'’)\]]*$/u;
/**
 * A first sentence this short that names no one and nothing (no capitalised word after its first,
 * no figure) is a teaser ("Some days on the water are better than others."), not the news: the story's next
 * sentence is its lede. On the tune half of the 250 CNN/DM articles of Figures, under 11, 13 and 15
 * words gave ROUGE-1/2/L +1.06/+0.68/+1.37, +1.09/+0.75/+1.37 and +0.94/+0.54/+1.16 over LEAD-3
 * (+0.98/+0.61/+1.28 with none).
 */
const TEASER_WORDS = 13;

function isTeaser(text: string, words: number): boolean {
  return words < TEASER_WORDS && !/\d/u.test(text) && !/\s["“‘'(]?\p{Lu}/u.test(text);
}

/** Sentences that open on a pronoun or a bare quote lean on the sentence before them. */
const LEANS_ON_CONTEXT = /^(?:["“‘']|(?:He|She|They|It|This|That|These|Those|His|Her|Their|Its)\b)/;
const HAS_ATTRIBUTION =
  /\b(?:said|says|told|added|according to|warned|noted|argued|claimed|announced)\b/;

interface Candidate {
  readonly paragraph: number;
  readonly text: string;
  /** Position among all the story's sentences, from 1. */
  readonly order: number;
  /** Position in its paragraph, from 0. */
  readonly inParagraph: number;
  /** Opens on a pronoun or a bare quote: usable only right after the sentence it leans on. */
  readonly leans: boolean;
  /** The order of the sentence it leans on: the one before, captions aside. */
  readonly leansOn: number;
  readonly words: number;
  /** What may be left out of it to fit a summary's length (see asides.ts). */
  readonly asides: readonly Aside[];
  /** Its words with every aside left out. */
  readonly fewestWords: number;
  readonly terms: ReadonlyMap<string, number>;
  /** Opens on a quotation mark: someone's words rather than the story's account. */
  readonly quote: boolean;
  /** A response to what the story reports: a denial, a dispute, a plea, an appeal. */
  readonly responds?: boolean;
  /** Says what the story's news may cost someone: a sanction, a penalty, a lawsuit, a charge. */
  readonly stakes?: boolean;
  /** Says only that someone would not comment. */
  readonly noComment?: boolean;
  /** The sentence before, when it stands alone: what a leaning sentence leans on. */
  readonly before?: Pick<Candidate, "paragraph" | "text" | "order" | "words" | "fewestWords">;
  /** With a focus, the sentence a leaning one needs before it, when that is not about the focus. */
  readonly context?: Candidate;
  score: number;
}

/**
 * An extractive summary of a story: its own sentences, chosen by position (lead first) and
 * centrality (LexRank-style: TF-IDF cosine similarity to the rest of the story), then
 * picked one by one with maximal marginal relevance so that no two say the same thing, within the
 * length's sentence and word budget, and shown in story order. A sentence that leans on the one
 * before (a pronoun, an unattributed quote) is used only right after it; headlines, credit lines
 * and sentences cut out of a longer quote never.
 * With a focus (a topic or a person), only sentences about it are used; a focus the story never
 * mentions gives no sentences, and the answer says so.
 */
export function summarizeStory(
  library: StoryLibrary,
  options: SummaryOptions = {},
  model: SummaryModel = SUMMARY_MODEL,
): Summary {
  const length = options.length ?? "short";
  const focus = options.focus?.trim();
  const story = pickStory(library, focus, options.story);
  const everySentence = sentencesIn(library, story);
  let candidates = everySentence;
  if (focus) {
    // "She wrote that … Dr. Maren Solvang had warned …" leans on the sentence before it: with a
    // focus, that sentence may come along as its context.
    candidates = aboutFocus(library, story, everySentence, focus).map((sentence) =>
      sentence.leans && sentence.before
        ? {
            ...sentence,
            context: {
              ...sentence.before,
              leans: false,
              leansOn: 0,
              inParagraph: 0,
              asides: [],
              terms: new Map(),
              quote: false,
              score: 0,
            },
          }
        : sentence,
    );
  }
  score(candidates, model);
  // With a focus on a person, their surname is what the reader asked about; otherwise "Salaverry
  // denied …" needs the sentence that says who Salaverry is.
  const introductions = focus
    ? new Map<Candidate, Candidate[]>()
    : introductionsNeeded(library, story, candidates);
  const target = SUMMARY_TARGETS[length];
  const picked = pickLaterTurns(
    candidates,
    length,
    pickWithMmr(
      candidates,
      SUMMARY_TARGETS.short,
      introductions,
      // With a focus, the sentences about it are what was asked for, however late in the story.
      { ...model, leastRelevance: focus ? Number.NEGATIVE_INFINITY : model.leastRelevance },
    ),
    introductions,
    model,
  );
  const shortened = sentencesToShorten(picked, target.words);
  const chosen = picked.sort((a, b) => a.order - b.order);
  if (focus && chosen.length === 0) {
    if (paragraphsMentioning(library, story, focus).length === 0) onlyCommonWords(library, focus);
    return {
      story: story.id,
      sentences: [],
      quoted: [],
      mentionedIn: paragraphsMentioning(library, story, focus),
    };
  }
  const { statements } = library.statementsOf(story);
  const quoted = new Map<string, Speaker>();
  for (const sentence of chosen) {
    for (const statement of statements) {
      if (
        statement.paragraph === sentence.paragraph &&
        statement.speaker.kind === "person" &&
        holdsStatement(sentence.text, statement.text)
      ) {
        quoted.set(statement.speaker.name, statement.speaker);
      }
    }
  }
  return {
    story: story.id,
    sentences: chosen.map((sentence) => ({
      story: story.id,
      paragraph: sentence.paragraph,
      ...(shortened.has(sentence)
        ? { text: withoutAsides(sentence.text, sentence.asides), wholeSentence: sentence.text }
        : { text: sentence.text }),
      attribution: attributionFor(story, sentence.paragraph),
    })),
    quoted: withoutRepeatedGroups([...quoted.values()]),
  };
}

/**
 * "the officials said" after "two EU officials said" is the same group again, not a second one:
 * a speaker named only by a common noun is dropped when another quoted speaker's name ends on it.
 */
function withoutRepeatedGroups(speakers: readonly Speaker[]): Speaker[] {
  const headOf = (name: string) => name.trim().split(/\s+/).at(-1)?.toLowerCase() ?? "";
  return speakers.filter(
    (speaker) =>
      /\p{Lu}/u.test(speaker.name) ||
      !speakers.some(
        (other) =>
          other !== speaker &&
          withoutArticle(other.name).length > withoutArticle(speaker.name).length &&
          headOf(other.name) === headOf(speaker.name),
      ),
  );
}

/**
 * The story to summarise: the one named or loaded; with several, the one story the focus is in.
 * Never a silent pick among several: "Sullivan" may be two people in two stories.
 */
/** Stories an error names at most: the likeliest few, never a wall. */
const NAMED_STORIES = 5;

function pickStory(
  library: StoryLibrary,
  focus: string | undefined,
  id: string | undefined,
): Story {
  if (id || library.stories.length === 1 || !focus) return library.story(id);
  const mentioning = candidateStories(library, focus).filter(
    (story) => aboutFocus(library, story, sentencesIn(library, story), focus).length > 0,
  );
  const [only, ...others] = mentioning;
  if (only && others.length === 0) return only;
  if (mentioning.length === 0) onlyCommonWords(library, focus);
  throw new UserFacingError(
    mentioning.length === 0
      ? `No loaded story mentions "${focus}". Try another topic or person.`
      : `${mentioning.length} stories mention "${focus}", likeliest first: ${mentioning
          .slice(0, NAMED_STORIES)
          .map((story) => story.id)
          .join(
            ", ",
          )}${mentioning.length > NAMED_STORIES ? ` and ${mentioning.length - NAMED_STORIES} more` : ""}. Name one with story:.`,
  );
}

/**
 * A focus of common words only ("the", "what about it") is found in no sentence because nothing
 * in it is looked for, not because the story never mentions it: saying so is an error to fix.
 */
function onlyCommonWords(library: StoryLibrary, focus: string): void {
  if (library.index.analyze(focus).some((token) => token.terms.length > 0)) return;
  throw new UserFacingError(
    `focus: "${focus}" holds only common words, nothing to look for. Type a topic or a person the story names, or no focus.`,
  );
}

/** Every paragraph with a sentence about the focus, sentences a summary cannot use alone included. */
function paragraphsMentioning(library: StoryLibrary, story: Story, focus: string): number[] {
  const sentences = story.body.flatMap((paragraph) =>
    paragraph.sentences.map(({ text }) => ({
      paragraph: paragraph.number,
      text,
      terms: new Map(
        library.index.analyze(text).flatMap((token) => token.terms.map((term) => [term, 1])),
      ),
    })),
  );
  return [...new Set(aboutFocus(library, story, sentences, focus).map((s) => s.paragraph))];
}

/** Each library's stories read as candidate sentences once: reading them is most of a summary's cost. */
const candidatesRead = new WeakMap<StoryLibrary, WeakMap<Story, readonly Candidate[]>>();

/**
 * The story's candidate sentences, read once per library. Their `score` is set afresh by each
 * summary (summaries are made one at a time, synchronously), so a copy of the list is returned.
 */
function sentencesIn(library: StoryLibrary, story: Story): Candidate[] {
  let read = candidatesRead.get(library);
  if (!read) {
    read = new WeakMap();
    candidatesRead.set(library, read);
  }
  let candidates = read.get(story);
  if (!candidates) {
    candidates = sentencesOf(
      story,
      library.index.analyze,
      // A story run as one block has one paragraph, where every word is in every paragraph: its
      // sentences weigh words instead.
      story.body.length > 1
        ? (term) => library.index.inverseDocumentFrequency(term, story.id)
        : inverseSentenceFrequency(story, library.index.analyze),
      accusersInLede(story, library.statementsOf(story).people),
      personWords(library.statementsOf(story).people),
    );
    read.set(story, candidates);
  }
  return [...candidates];
}

/** Whether a word is one of the names of a person the story names ("Obi" of Ken Obi). */
function personWords(people: readonly Person[]): (word: string) => boolean {
  const words = new Set(
    people.flatMap((person) => person.aliases.flatMap((alias) => alias.split(/\s+/))),
  );
  return (word) => words.has(word);
}

/**
 * How rare each term is among the story's sentences (BM25's inverse document frequency, each
 * sentence a document), as LexRank weighs a sentence's words. For a story of one paragraph, whose
 * paragraph frequencies give every word the same weight; on the 230 one-paragraph CNN/DM articles
 * of Figures, with centrality 0.25 (tune half), the short summary rose on the tune half by 0.5–0.6
 * points and on the check half by 0.1–0.2 (README).
 */
function inverseSentenceFrequency(
  story: Story,
  analyze: (text: string) => Token[],
): (term: string) => number {
  const frequency = new Map<string, number>();
  let sentences = 0;
  for (const paragraph of story.body) {
    for (const { text } of paragraph.sentences) {
      sentences++;
      for (const term of new Set(analyze(text).flatMap((token) => token.terms)))
        frequency.set(term, (frequency.get(term) ?? 0) + 1);
    }
  }
  return (term) => {
    const f = frequency.get(term) ?? 0;
    return Math.log(1 + (sentences - f + 0.5) / (f + 0.5));
  };
}

/** How an accuser is put: "Graham Ashby, accusing the officials …", "accused by Ashby". */
const ACCUSES = String.raw`(?:accus|blam|criticis|criticiz|alleg)\p{L}*`;
const ACCUSING_WORD = new RegExp(ACCUSES, "u");

/**
 * The names of the people the lede has accusing someone ("…, leaving Castlegate's head coach,
 * Graham Ashby, accusing the officials of 'losing their nerve'"). When one of them later denies
 * something, it is the accuser's own clarification, not the other side.
 */
function accusersInLede(story: Story, people: readonly Person[]): string[] {
  const lede = story.body[0]?.sentences[0]?.text ?? "";
  // Compiling a pattern per alias was most of a story's first summary: only when it may match.
  if (!ACCUSING_WORD.test(lede)) return [];
  return people
    .filter((person) =>
      person.aliases.some((alias) => {
        if (!lede.includes(alias)) return false;
        const name = escapeRegExp(alias);
        return new RegExp(
          String.raw`\b${name}\b,?\s*(?:who\s+)?(?:has\s+|had\s+)?${ACCUSES}|${ACCUSES}\s+by\s+(?:\S+\s+){0,3}?${name}\b`,
          "u",
        ).test(lede);
      }),
    )
    .flatMap((person) => person.aliases);
}

function sentencesOf(
  story: Story,
  analyze: (text: string) => Token[],
  idf: (term: string) => number,
  accusers: readonly string[],
  isPerson: (word: string) => boolean,
): Candidate[] {
  const candidates: Candidate[] = [];
  let order = 0;
  let ledWithResponse = false;
  let ledWithStakes = false;
  let before: Candidate["before"];
  /** The last sentence of the story's own text: captions between leave it be. */
  let storySentence = 0;
  const repeatedCaptionEnd = repeatedCaptions(
    story.body.flatMap((paragraph) => paragraph.sentences.map(({ text }) => text)),
  );
  for (const paragraph of story.body) {
    // In double marks, or single ones in a paragraph quoted British-style.
    const quotes = findQuoteSpans(paragraph.text);
    const insideAQuote = (offset: number) =>
      quotes.some((quote) => quote.open < offset && offset < quote.close);
    for (const [inParagraph, { text: raw, start, end }] of paragraph.sentences.entries()) {
      order++;
      // Where the story was filed ("WASHINGTON (AP) — ") opens its lede, and is no summary's words.
      const undated = order === 1 ? withoutDateline(raw) : raw;
      // A photo caption run into the sentence is no part of it.
      const undatedAt = start + raw.length - undated.length;
      const uncaptioned = undated.slice(captionEnd(undated, (at) => insideAQuote(undatedAt + at)));
      // A caption that repeats another sentence of the story, run into this one.
      const unrepeated = uncaptioned.slice(repeatedCaptionEnd(uncaptioned));
      // A headline run into the text that then opens on the same words.
      const sentence = { text: unrepeated.slice(restartAt(unrepeated)) };
      // A caption left whole (no closing stop, or a caption's label) is no part of the text either,
      // and a sentence after it leans on the one before it.
      if (!ENDS_LIKE_A_SENTENCE.test(sentence.text) || opensOnCaptionLabel(sentence.text)) continue;
      const leansOn = storySentence;
      storySentence = order;
      const words = countWords(sentence.text);
      // "Few sights lift a town like a fresh coat of paint.": a teaser, not the news, opens some stories.
      if (leansOn === 0 && isTeaser(sentence.text, words)) continue;
      const offset = start + raw.length - sentence.text.length;
      const asides = findAsides(sentence.text, (at) => insideAQuote(offset + at));
      const fewestWords = countWords(withoutAsides(sentence.text, asides));
      const opensOnAQuote = quotes.some(
        (quote) =>
          quote.open === start + raw.length - raw.trimStart().length || quote.open === offset,
      );
      // The lede has nothing before it to lean on: one that opens on a pronoun names its subject
      // later ("She's been living in New York for a year now, and it seems that the princess …").
      const leans =
        (LEANS_ON_CONTEXT.test(sentence.text) &&
          (order > 1 || /^["“‘']/u.test(sentence.text)) &&
          !(opensOnAQuote ? HAS_ATTRIBUTION.test(sentence.text) : false)) ||
        (order > 1 &&
          (pronounWithoutAntecedent(sentence.text) ||
            thingPronounWithoutAntecedent(sentence.text, isPerson)));
      // A sentence cut out of a longer quote (the quote opened before it, or goes on past it) does
      // not stand alone.
      const previous = before;
      const balanced =
        !insideAQuote(start + raw.length - raw.trimStart().length) &&
        !insideAQuote(end - (raw.length - raw.trimEnd().length));
      before =
        balanced && !leans
          ? { paragraph: paragraph.number, text: sentence.text, order, words, fewestWords: words }
          : undefined;
      const responding = RESPONDS.exec(sentence.text) ?? OPPOSES.exec(sentence.text);
      const byAccuser =
        responding !== null &&
        accusers.some((alias) => printsWords(sentence.text.slice(0, responding.index), alias));
      const otherSide = responding !== null && !byAccuser;
      if (words < (otherSide ? MIN_RESPONSE_WORDS : MIN_SENTENCE_WORDS) || !balanced) continue;
      // A story that leads with the denial ("Greece has denied it will fail to pay …") needs no
      // other, and one that leads with the stakes ("…, and faces life in prison") likewise.
      // "He was fined in March 2019 for …": a penalty put in a year is an earlier case, no stakes.
      const stakes = saysWhatIsAtStake(sentence.text) && !datedToAYear(sentence.text);
      if (order === 1 && otherSide) ledWithResponse = true;
      if (order === 1 && stakes) ledWithStakes = true;
      const responds = !ledWithResponse && order > 1 && otherSide;
      const terms = new Map<string, number>();
      for (const token of analyze(sentence.text)) {
        for (const term of token.terms) terms.set(term, (terms.get(term) ?? 0) + idf(term));
      }
      candidates.push({
        paragraph: paragraph.number,
        text: sentence.text,
        order,
        inParagraph,
        leans,
        leansOn,
        ...(leans && previous ? { before: previous } : {}),
        words,
        asides,
        fewestWords,
        terms,
        quote: opensOnAQuote,
        responds,
        stakes: order > 1 && !ledWithStakes && stakes,
        noComment: NO_COMMENT.test(sentence.text),
        score: 0,
      });
    }
  }
  return candidates;
}

/**
 * Each candidate's score: a weighted sum of its features (sentenceFeatures.ts), or with a learned
 * logistic model the probability that an editor's summary would use it; halved for a sentence that
 * opens on a quotation.
 */
function score(candidates: Candidate[], model: SummaryModel): void {
  const features = sentenceFeatures(candidates);
  candidates.forEach((candidate, index) => {
    candidate.score =
      probability(features[index] as SummaryFeatures, model) *
      (candidate.quote ? 1 - DIRECT_QUOTE_PENALTY : 1);
  });
}

function probability(features: SummaryFeatures, model: SummaryModel): number {
  const sum = model.bias + scoreSentence(features, model.weights);
  return model.logistic ? 1 / (1 + Math.exp(-sum)) : sum;
}

/**
 * The features of every sentence a summary of the story may use, in story order, with the
 * sentence: what scripts/learn-summary-weights.ts learns the model from.
 */
export function summaryCandidates(
  library: StoryLibrary,
  story: Story,
): { order: number; text: string; words: number; features: SummaryFeatures }[] {
  const candidates = sentencesIn(library, story);
  const features = sentenceFeatures(candidates);
  return candidates.map((candidate, index) => ({
    order: candidate.order,
    text: candidate.text,
    words: candidate.words,
    features: features[index] as SummaryFeatures,
  }));
}

/**
 * A medium or long summary is the short one and then the story's later turns. The sentences
 * after the short summary's last are cut into as many stretches as the length has places left;
 * until a stretch has a sentence chosen, a sentence of it that opens a paragraph (where a story
 * turns: the other side, what happens next, "Hours after the lawsuit was filed, the council …
 * reversed its decision") scores `laterTurnBonus` more. And the places left are picked with
 * `laterTurnLambda`, less than the short summary's λ, so that what adds to the lead counts more
 * than what repeats it. A story run as one block has no paragraph openings after its first, and
 * gets only the second.
 */
function pickLaterTurns(
  candidates: readonly Candidate[],
  length: SummaryLength,
  short: readonly Candidate[],
  introductions: ReadonlyMap<Candidate, readonly Candidate[]>,
  model: SummaryModel,
): Candidate[] {
  const target = SUMMARY_TARGETS[length];
  const places = target.sentences - short.length;
  if (length === "short" || places <= 0) return [...short];
  // The short summary's last sentence ends the lead.
  const leadEnds = Math.max(0, ...short.map((c) => c.order));
  const later = candidates.filter((c) => c.order > leadEnds).sort((a, b) => a.order - b.order);
  const stretchOf = new Map(
    later.map((c, index) => [c, Math.floor((index * places) / later.length)]),
  );
  const laterModel = { ...model, mmrLambda: model.laterTurnLambda };
  return pickWithMmr(candidates, target, introductions, laterModel, short, (candidate, chosen) => {
    const stretch = stretchOf.get(candidate);
    if (stretch === undefined || candidate.inParagraph > 0) return 0;
    const covered = chosen.some((c) => stretchOf.get(c) === stretch);
    return covered ? 0 : model.laterTurnBonus;
  });
}

function pickWithMmr(
  candidates: readonly Candidate[],
  target: { sentences: number; words: number },
  introductions: ReadonlyMap<Candidate, readonly Candidate[]>,
  model: SummaryModel,
  already: readonly Candidate[] = [],
  laterTurn: (candidate: Candidate, chosen: readonly Candidate[]) => number = () => 0,
): Candidate[] {
  const chosen: Candidate[] = [...already];
  // Only the short summary's own sentences must be worth their place; the later turns a medium or
  // long summary adds are chosen for what they add.
  const leastValue =
    already.length === 0
      ? (model.leastRelevance ?? Number.NEGATIVE_INFINITY)
      : Number.NEGATIVE_INFINITY;
  let words = chosen.reduce((sum, c) => sum + c.fewestWords, 0);
  const left = new Set(candidates.filter((c) => !chosen.includes(c)));
  while (chosen.length < target.sentences && left.size > 0) {
    let best: Candidate | undefined;
    let bestValue = Number.NEGATIVE_INFINITY;
    /** What choosing a candidate now brings along, or null when it cannot be chosen now. */
    const placeFor = (candidate: Candidate) => {
      // "He said …" only follows the sentence that says who he is, chosen or brought as context.
      const context = contextNeeded(candidate, chosen);
      if (context === null || candidate.noComment) return null;
      // Brought in already as another sentence's context.
      if (chosen.some((c) => c.order === candidate.order)) return null;
      // "Salaverry denied …" comes with the sentence that says who Salaverry is.
      const intros = missingIntroductions(candidate, chosen, introductions);
      const brought = [...intros, ...(context ? [context] : [])];
      // Asides may be left out to fit: a sentence fits if it does without them.
      const adding = candidate.fewestWords + brought.reduce((sum, c) => sum + c.fewestWords, 0);
      if (words + adding > target.words && chosen.length > 0) return null;
      if (chosen.length + 1 + brought.length > target.sentences) return null;
      return { intros };
    };
    const responseOwed =
      !chosen.some((c) => c.responds) && [...left].some((c) => c.responds && placeFor(c) !== null);
    for (const candidate of left) {
      const place = placeFor(candidate);
      if (!place) continue;
      const { intros } = place;
      // One response is what a summary owes the other side; a second is only another sentence.
      const response =
        (candidate.responds && !chosen.some((c) => c.responds) ? model.responseBonus : 0) +
        // What is at stake is owed too, after the other side.
        (candidate.stakes && !responseOwed && !chosen.some((c) => c.stakes)
          ? model.stakesBonus
          : 0) +
        laterTurn(candidate, chosen);
      // A sentence that brings its introductions takes their places too: it is worth what the
      // sentences it adds are worth on average, not its own worth alone.
      const value =
        [candidate, ...intros].reduce(
          (sum, c) =>
            sum + marginalRelevance(c, chosen, c === candidate ? response : 0, model.mmrLambda),
          0,
        ) /
        (1 + intros.length);
      if (value > bestValue) {
        bestValue = value;
        best = candidate;
      }
    }
    if (!best) break;
    // A sentence worth less than its place is left out: a shorter summary says more per word.
    if (chosen.length > 0 && bestValue < leastValue) break;
    const context = contextNeeded(best, chosen);
    for (const brought of [...missingIntroductions(best, chosen, introductions), context]) {
      if (!brought) continue;
      chosen.push(brought);
      words += brought.fewestWords;
      left.delete(brought);
    }
    chosen.push(best);
    words += best.fewestWords;
    left.delete(best);
  }
  return chosen;
}

/**
 * The chosen sentences that must be shown without their asides to stay within the word budget.
 * Every sentence is whole if it can be: they are made whole in the order they were chosen (the
 * most valuable first), as long as the summary still fits.
 */
function sentencesToShorten(chosen: readonly Candidate[], budget: number): Set<Candidate> {
  const shortened = new Set(chosen.filter((c) => c.fewestWords < c.words));
  let words = chosen.reduce((sum, c) => sum + c.fewestWords, 0);
  for (const candidate of chosen) {
    const extra = candidate.words - candidate.fewestWords;
    if (shortened.has(candidate) && words + extra <= budget) {
      shortened.delete(candidate);
      words += extra;
    }
  }
  return shortened;
}

/**
 * Words as a reader counts them in a line of text, and as the length's word budget counts them:
 * what stands between spaces ("…" included).
 */
export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Maximal marginal relevance of a sentence given those chosen: its score less its overlap with them. */
function marginalRelevance(
  candidate: Candidate,
  chosen: readonly Candidate[],
  bonus: number,
  lambda: number,
): number {
  const redundancy = Math.max(0, ...chosen.map((c) => cosine(c.terms, candidate.terms)));
  return lambda * (candidate.score + bonus) - (1 - lambda) * redundancy;
}

/**
 * For each candidate that names someone only by surname or title ("Salaverry denied …"), the
 * sentences that first give their full name, when those come before it and a summary may use them.
 */
function introductionsNeeded(
  library: StoryLibrary,
  story: Story,
  candidates: readonly Candidate[],
): Map<Candidate, Candidate[]> {
  const { people } = library.statementsOf(story);
  const introducedAt = new Map<string, number>();
  let order = 0;
  for (const paragraph of story.body) {
    for (const { text } of paragraph.sentences) {
      order++;
      for (const person of people) {
        if (!introducedAt.has(person.name) && printsWords(text, person.name))
          introducedAt.set(person.name, order);
      }
    }
  }
  const needed = new Map<Candidate, Candidate[]>();
  for (const candidate of candidates) {
    const intros = people
      .filter(
        (person) =>
          !printsWords(candidate.text, person.name) &&
          person.aliases.some((alias) => printsWords(candidate.text, alias)),
      )
      .map((person) => introducedAt.get(person.name))
      // An introduction no summary may use (a sentence inside a longer quote) asks nothing.
      .map((at) => candidates.find((c) => c.order === at && at < candidate.order))
      .filter((intro): intro is Candidate => intro !== undefined);
    if (intros.length > 0) needed.set(candidate, [...new Set(intros)]);
  }
  return needed;
}

/** The sentences that introduce people a candidate names by surname, not chosen yet. */
function missingIntroductions(
  candidate: Candidate,
  chosen: readonly Candidate[],
  introductions: ReadonlyMap<Candidate, readonly Candidate[]>,
): Candidate[] {
  return (introductions.get(candidate) ?? []).filter(
    (intro) => !chosen.some((c) => c.order === intro.order),
  );
}

/**
 * What a sentence needs chosen before it: nothing (undefined) when it stands alone or follows a
 * chosen sentence, its context sentence when it has one, null when it cannot be used.
 */
function contextNeeded(
  candidate: Candidate,
  chosen: readonly Candidate[],
): Candidate | undefined | null {
  if (!candidate.leans || chosen.some((c) => c.order === candidate.leansOn)) return undefined;
  return candidate.context ?? null;
}
