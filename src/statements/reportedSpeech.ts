import nlp from "compromise";
import { withoutDateline } from "../text/dateline.js";
import {
  ACCORDING_TO_FIRST,
  ACCORDING_TO_LAST,
  ADVERBIAL,
  INTERRUPTING_ATTRIBUTION,
  INTRODUCTORY_PHRASE,
  NOT_A_CLAUSE,
  OBJECT_COMPLEMENT_VERBS,
  PARTICIPLE_AFTER_OBJECT,
  PARTICIPLE_CLAIM,
  PARTICIPLE_THAT,
  REPORTED,
  SECOND_CLAIM,
  SUBORDINATOR,
  TIME_WORD,
  TRAILING_ATTRIBUTION,
  TRAILING_INVERTED_ATTRIBUTION,
  VERB,
} from "./attributionPatterns.js";
import { parseMaskedPhrase } from "./maskedText.js";
import { isOrganisationName, type SpeakerPhrase, TITLE_WORDS } from "./speakerPhrase.js";
import { VERBS_WITH_LISTENER } from "./speechVerbs.js";

export type Reported = { phrase: SpeakerPhrase; cue: string; content: [number, number] };

/**
 * Reported speech in one sentence (quotes masked): its speaker phrase, cue and content offsets;
 * two for "told the council that X, and warned that Y" or "according to Y, who said Z".
 */
export function reportedSpeech(sentence: string): Reported[] {
  const trimmedEnd = claimEnd(sentence);
  const according =
    ACCORDING_TO_FIRST.exec(sentence)?.groups ?? ACCORDING_TO_LAST.exec(sentence)?.groups;
  // "Lindqvist denied that the company had known …, according to the regulator's own findings":
  // the sentence's own speaker says it; "according to" sources a detail inside what was said.
  const saidFirst =
    according?.content !== undefined &&
    sentence.startsWith(according.content) &&
    saidClaim(according.content).some(({ phrase }) => phrase.kind === "person");
  if (according?.phrase && according.content && !saidFirst) {
    const phrase = accordingToSource(according.phrase);
    const start = sentence.indexOf(according.content);
    if (phrase && phrase.kind !== "nominal") {
      const claim = (cue: string, content: string, at: number): Reported => ({
        phrase,
        cue,
        content: [at, Math.min(trimmedEnd, at + content.length)],
      });
      const first = claim("according to", according.content, start);
      const { more, verb } = according;
      if (!more || !verb) return [first];
      return [first, claim(verb.toLowerCase(), more, sentence.lastIndexOf(more))];
    }
  }
  const putIt = /^As (?<phrase>[^,]{2,60}?) (?:put|puts) it\b[^,]*,\s+(?<content>.{8,})$/.exec(
    sentence,
  )?.groups;
  const putItPhrase = putIt?.phrase ? parseMaskedPhrase(putIt.phrase) : null;
  if (putIt?.content && putItPhrase && putItPhrase.kind !== "nominal") {
    const start = sentence.length - putIt.content.length;
    return [{ phrase: putItPhrase, cue: "put it", content: [start, trimmedEnd] }];
  }
  const interrupted = INTERRUPTING_ATTRIBUTION.exec(sentence)?.groups;
  if (interrupted?.first && interrupted.phrase && interrupted.verb && interrupted.second) {
    const phrase = parseMaskedPhrase(interrupted.phrase);
    if (phrase?.kind === "person" || phrase?.kind === "pronoun")
      return [{ phrase, cue: interrupted.verb.toLowerCase(), content: [0, trimmedEnd] }];
  }
  const trailing = TRAILING_ATTRIBUTION.exec(sentence)?.groups ?? invertedAttribution(sentence);
  // "…a welding shop, where, she later said, she "learned …"": the attribution interrupts a
  // clause that goes on after it; what comes before is no statement.
  const dangles = /\b(?:where|which|that|who|whom|and|but|because|when|while|as|if)$/i;
  if (trailing?.phrase && trailing.verb && trailing.content && !dangles.test(trailing.content)) {
    const phrase = parseMaskedPhrase(trailing.phrase);
    const isGroup = phrase?.kind === "nominal" && phrase.noun.split(/\s+/).length <= 3;
    if (phrase && (phrase.kind !== "nominal" || isGroup))
      return [{ phrase, cue: trailing.verb.toLowerCase(), content: [0, trailing.content.length] }];
  }
  // Quoted titles before the speaker ("On "Fox News Sunday," Pence said…") may sit in the phrase.
  const found = saidClaim(sentence);
  return found.length > 0 ? found : participleClaim(sentence);
}

/**
 * Who "according to …" names as the source: "according to a speech Mrs. Clinton delivered …", the
 * one who delivered it; "according to a filing with the Securities and Exchange Commission", the
 * filing, as the story names it; "according to a draft of the proposal seen by Reuters", the
 * draft, since the outlet only saw it.
 */
export function accordingToSource(source: string): SpeakerPhrase | null {
  const held = HELD_DOCUMENT.exec(source)?.groups?.document;
  const author = held ? undefined : SPEECH_AUTHOR.exec(source)?.groups?.author;
  const document = held ?? (author ? undefined : DOCUMENT_SOURCE.exec(source)?.groups?.document);
  return document ? { kind: "organisation", name: document } : parseMaskedPhrase(author ?? source);
}

/**
 * "…, says Carl Whitacre, the Camden County commissioner.": a speaker after the verb at the
 * sentence's end; none when the words after the verb make a clause ("…, said Republicans had
 * failed" is the claim of the sentence's subject).
 */
function invertedAttribution(sentence: string) {
  const found = TRAILING_INVERTED_ATTRIBUTION.exec(sentence)?.groups;
  const head = found?.phrase?.split(",")[0] ?? "";
  return head.split(/\s+/).length <= MAX_INVERTED_SPEAKER_WORDS && !hasVerb(head)
    ? found
    : undefined;
}

/** Words past which what follows a trailing "said" is a clause, not a speaker's name. */
const MAX_INVERTED_SPEAKER_WORDS = 8;

/** "X said (that) Y", "X told Z that Y": the speaker before the verb, the claim after it. */
function saidClaim(sentence: string): Reported[] {
  const leading = REPORTED.exec(sentence.replace(/["“”]/g, "ˮ"))?.groups;
  if (!leading?.phrase || !leading.verb || leading.rest === undefined) return [];
  // "She never denied that …", "Police did not say whether …": what was not said.
  if (/\b(?:never|not|n['’]t|no longer|declined to|refused to)\s*$/i.test(leading.phrase))
    return [];
  // "While he acknowledged X, Ham also noted Y": the main clause's speaker said what counts.
  if (SUBORDINATOR.test(leading.phrase)) {
    const main = sentence.indexOf(", ", leading.phrase.length + leading.verb.length);
    if (main !== -1) {
      const inMain = reportedSpeech(sentence.slice(main + 2));
      if (inMain.length > 0) return shifted(inMain, main + 2);
    }
  }
  // "The transportation secretary, who asked the county for a report, quipped that …", "Petrov,
  // asked about the penalty, said …": the verb found first is a clause's about the subject, who
  // speaks through the verb after it.
  const subject =
    /^(?<subject>.+),\s+(?:who|which)$/su.exec(leading.phrase)?.groups?.subject ??
    (PASSIVE_PARTICIPLE.test(leading.verb)
      ? /^(?<subject>.+),$/su.exec(leading.phrase)?.groups?.subject
      : undefined);
  const main = subject ? CLAUSE_THEN_MAIN_VERB.exec(leading.rest) : null;
  if (subject && main) {
    const start = sentence.length - leading.rest.length + main[0].length;
    return shifted(saidClaim(`${subject} ${sentence.slice(start)}`), start - subject.length - 1);
  }
  const opening = withoutDateline(leading.phrase).replace(INTRODUCTORY_PHRASE, "");
  // "The United States on Thursday imposed new limits … and said …": the subject said it.
  const phrase = /\band$/i.test(opening.trim())
    ? sentenceSubject(opening)
    : parseMaskedPhrase(opening);
  // A long description speaks only if it starts with a role: "a spokesman for the Ministry of …".
  const describesSomeone = (noun: string) =>
    noun.split(/\s+/).length <= 4 || TITLE_WORDS.has(noun.split(/\s+/)[0]?.toLowerCase() ?? "");
  if (!phrase || (phrase.kind === "nominal" && !describesSomeone(phrase.noun))) return [];
  let rest = leading.rest;
  let offset = sentence.length - rest.length;
  /** Reads past the first `length` characters of what follows the verb. */
  const skip = (length: number) => {
    offset += length;
    rest = rest.slice(length);
  };
  const verb = leading.verb.toLowerCase();
  // "pressed Hartwell on the lighting", "asked her about the delay": a question's topic, not a claim.
  if (
    /^(?:pressed|asked|asks|questioned)$/.test(verb) &&
    /^\s+\S+(?:\s+\S+)?\s+(?:on|about|over)\s/.test(rest) &&
    // "asked residents on the east side to evacuate" is a request, which is said.
    !/\bto\s+\p{Ll}+/u.test(rest)
  )
    return [];
  skip(/^\s*,\s*/.exec(rest)?.[0].length ?? 0);
  // "told the forum he was…", "called on the administration to…": skip the listener.
  // "asked anyone who witnessed the crash … to call …": a request is said whole, listener and all.
  // "told the crowd to welcome …", or a listener that is a clause ("anyone who … to call"); not
  // "told reporters the rules also cover … to repair".
  const request =
    /^\s+(?:\S+\s+){1,4}?to\s+\p{Ll}+/u.test(rest) ||
    (/^\s+(?:\S+\s+){0,3}?who\s/.test(rest) && /^\s+\S.{0,120}?\bto\s+\p{Ll}+/u.test(rest));
  const takesListener = VERBS_WITH_LISTENER.has(verb);
  const listener = takesListener
    ? (/^\s+(?:\S+\s+){0,8}?that\s+/.exec(rest) ??
      (request ? null : LISTENER_THEN_CLAUSE.exec(rest)))
    : /^\s+(?:on|for)\s+/.exec(rest);
  if (listener) {
    skip(listener[0].length);
    const carried = PARTICIPLE_AFTER_OBJECT.exec(rest);
    const cue = participleCue(carried);
    if (carried && cue && !takesListener) {
      const start = offset + carried[0].length;
      return [{ phrase, cue, content: [start, claimEnd(sentence)] }];
    }
  }
  const that = listener ? null : ADVERBIAL.exec(rest);
  if (that) {
    // "He estimated that gap at $38 million": before a bare common noun and no verb (nor a
    // quote, blanked here, that may hold one), "that" points at the noun rather than opening a
    // clause, and belongs to what was said.
    const after = rest.slice(that[0].length);
    const pointsAtNoun = BARE_NOUN_OPENING.test(after) && !after.includes("_") && !hasVerb(after);
    const kept = pointsAtNoun ? that[0].length - that[0].search(/that\s+$/i) : 0;
    skip(that[0].length - kept);
  } else {
    // "Chile recalled its ambassador to Peru": a memory verb whose object is a thing, then where
    // or when, names an act, not speech ("recalled Mr. Obama talking about …" is speech).
    if (/^(?:recalled|recalls)$/.test(verb) && THING_THEN_WHERE.test(rest)) return [];
    // "told about 3,000 more people to be ready to leave": an instruction is what was said;
    // "told Fox News." with nothing after says nothing.
    const instruction = takesListener && /^\s*\S.{2,120}?\bto\s+\p{L}/u.test(rest);
    if (takesListener && !listener && !instruction) return [];
    skip(TIME_WORD.exec(rest)?.[0].length ?? 0);
    skip(rest.length - rest.trimStart().length);
    // What follows "said" must be what was said, not a preposition ("said in a statement…"):
    // unless a participle carries the claim on ("…, arguing that Trump…").
    if (
      !listener &&
      !instruction &&
      !OBJECT_COMPLEMENT_VERBS.has(verb) &&
      NOT_A_CLAUSE.test(rest)
    ) {
      const carried = PARTICIPLE_CLAIM.exec(rest);
      const cue = participleCue(carried);
      if (!carried || !cue) return [];
      const start = offset + carried.index + carried[0].length;
      return [{ phrase, cue, content: [start, claimEnd(sentence)] }];
    }
  }
  // "…rejects the claim, with Dana Ruiz taking to the radio to call it "…"": a clause with a subject
  // of its own ends the claim; what follows is that subject's.
  const absolute = ABSOLUTE_CLAUSE.exec(rest);
  const end = offset + (absolute ? absolute.index : claimEnd(rest));
  if (end - offset < 8) return [];
  // "Marquardt rejected that argument.", "Others welcomed the delay.": a thing, not a claim. A
  // claim has a verb, a quote or a figure ("estimated that gap at $38 million"), or is what was
  // announced ("announced Friday its first naval drone-carrying division").
  // Up to "and" + another past verb: "declared a state of emergency … and activated the Guard"
  // is two actions, and the first names a thing.
  const content = sentence.slice(offset, end).split(/\s+and\s+(?=\p{Ll}+ed\b)/u)[0] ?? "";
  if (
    !NAMES_ITS_CONTENT.test(verb) &&
    !OBJECT_COMPLEMENT_VERBS.has(verb) &&
    !/[_"“”ˮ]/.test(content) &&
    !hasVerb(content)
  )
    return [];
  // "Obi accused the council of "…" and Dana Ruiz says it is "…"": a clause with a speaker of its
  // own ends a claim (one with a quote or a verb: "said Fenwick and Harbor had agreed" is
  // one claim) and is read on its own.
  const other = OTHER_SPEAKER.exec(sentence.slice(offset, end));
  const otherPhrase = other?.groups?.phrase ? parseMaskedPhrase(other.groups.phrase) : null;
  const claimBefore = other ? sentence.slice(offset, offset + other.index) : "";
  if (
    other &&
    (otherPhrase?.kind === "person" || otherPhrase?.kind === "organisation") &&
    (/[_"“”ˮ]/.test(claimBefore) || hasVerb(claimBefore))
  ) {
    const split = offset + other.index;
    const clause = split + other[0].length;
    return [
      { phrase, cue: verb, content: [offset, split] },
      ...shifted(reportedSpeech(sentence.slice(clause)), clause),
    ];
  }
  // "…that X, and warned that Y": a second claim by the same speaker.
  const second = SECOND_CLAIM.exec(sentence.slice(offset, end));
  if (second?.groups?.verb) {
    const split = offset + second.index;
    return [
      { phrase, cue: verb, content: [offset, split] },
      { phrase, cue: second.groups.verb.toLowerCase(), content: [split + second[0].length, end] },
    ];
  }
  return [{ phrase, cue: verb, content: [offset, end] }];
}

/** Readings of a part of a sentence, with offsets in the whole sentence. */
function shifted(found: readonly Reported[], by: number): Reported[] {
  return found.map((r) => ({ ...r, content: [r.content[0] + by, r.content[1] + by] }));
}

/**
 * "Vos was more upbeat, writing that the sell-off was …", "Szabo declined to comment, saying only
 * that the company …": with no speech verb of its own, the sentence's subject says what follows
 * the participle.
 */
function participleClaim(sentence: string): Reported[] {
  const claim = PARTICIPLE_THAT.exec(sentence);
  const cue = participleCue(claim);
  if (!claim || !cue) return [];
  const clause = sentence.slice(0, claim.index);
  const beforeVerb = clause.split(SUBJECT_ENDS)[0]?.replace(/[\s,]+$/, "") ?? "";
  const phrase = parseMaskedPhrase(beforeVerb);
  if (!phrase || phrase.kind === "nominal") return [];
  const start = claim.index + claim[0].length;
  return [{ phrase, cue, content: [start, claimEnd(sentence)] }];
}

/** The participle a claim-carrying match found: "saying", "telling". */
function participleCue(match: RegExpExecArray | null): string | undefined {
  return (match?.groups?.cue ?? match?.groups?.listenerCue)?.toLowerCase();
}

/** Speech verbs that open a clause about someone, set off by commas: "Petrov, asked about …,". */
const PASSIVE_PARTICIPLE = /^(?:asked|told|pressed|questioned|quoted|interviewed|reminded)$/i;

/** A clause's closing comma, then the main clause's speech verb. */
const CLAUSE_THEN_MAIN_VERB = new RegExp(
  String.raw`^[^,;_ˮ"“”]{1,120}?,\s+(?=(?:\p{Ll}+ly\s+)?(?:${VERB})\b)`,
  "u",
);

/** ", with Dana Ruiz taking …": an absolute clause, with a name for its subject. */
const ABSOLUTE_CLAUSE =
  /,\s+with\s+\p{Lu}[\p{L}'’·.-]*(?:\s+\p{Lu}[\p{L}'’·.-]*){0,3}\s+\p{Ll}+ing\b[^,;_"“”]*[_"“”]/u;

/** "… and Dana Ruiz says", ", while the council said": another speaker's clause, up to its subject. */
const OTHER_SPEAKER = new RegExp(
  String.raw`,?\s+(?:and|but|while|whereas)\s+(?=(?<phrase>(?:(?:the|a|an)\s+)?[^,;_ˮ"“”]{0,80}?\p{Lu}[^,;_ˮ"“”]{0,80}?)\s+(?:\p{Ll}+ly\s+)?(?:${VERB})\b)`,
  "u",
);

/** Verbs whose object, a bare noun, is what was said: "announced a new division". */
const NAMES_ITS_CONTENT =
  /^(?:announce|confirm|report|disclose|reveal|unveil|release|predict|forecast|project|promise|pledge|propose|estimate|put)(?:s|d|ed)?$/;

const SPEECH_AUTHOR =
  /^(?:a|an|the)\s+(?:speech|statement|interview|letter|memo|report|post|filing|op-ed)\s+(?:that\s+)?(?<author>.+?)\s+(?:delivered|gave|issued|released|published|wrote|posted|filed|sent)\b/i;

/**
 * A document someone only saw, read or got hold of ("figures seen by the BBC", "a copy of the
 * permit reviewed by Pacific Wire", "documents obtained by The Associated Press"): the document
 * is the source, not who saw it ("published by", "released by" name its author, and stay).
 */
const HELD_DOCUMENT =
  /^(?:(?:a|an|the)\s+)?(?<document>.+?)\s+(?:seen|reviewed|obtained|viewed|examined|read|inspected|verified)\s+by\s+\S.*$/i;

const DOCUMENT_SOURCE =
  /^(?:a|an|the)\s+(?<document>(?:filing|filings|report|survey|analysis|document|documents|records|memo|letter)\s+(?:with|to|from|by|of)\s+.+)$/i;

/** Where a subject ends: its verb. */
const SUBJECT_ENDS =
  /\s+(?:was|were|is|are|had|has|have|did|does|would|will|could|declined|refused|remained|seemed|appeared|stayed)\b/;

const LISTENER_THEN_CLAUSE =
  /^\s+(?:[^\s,]+\s+){1,4}?(?=(?:he|she|they|it|we|i|the|a|an|his|her|its|their|this|these|those)\s)/;
const BARE_NOUN_OPENING =
  /^(?!(?:the|a|an|his|her|its|their|our|this|these|those|he|she|it|they|we|i|you)\b)\p{Ll}/u;
const THING_THEN_WHERE =
  /^\s*(?:its|his|her|their|our|the|a|an)\s+\p{L}+(?:\s+\p{L}+)?(?:\s+(?:to|from|on|in|for|after|and)\b|[.,]|$)/u;
// A clause's opening name or pronoun; "Former Secretary of State Dana Ruiz": "of" inside a title.
const OPENING_NAME =
  /^(?:\p{Lu}[\p{L}'’·.-]*\s+(?:of\s+(?=\p{Lu}))?){0,6}\p{Lu}[\p{L}'’·.-]*|^(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\b/u;

/** Lower-case words of a role that end on its title word, then a name: " presidential candidate Ken Obi". */
const ROLE_THEN_NAME =
  /^(?:\s+\p{Ll}[\p{L}-]*){0,3}\s+(?<title>\p{Ll}+)(?:\s+\p{Lu}[\p{L}'’·.-]*){1,4}/u;

// "Speaking in Salem, New Hampshire, Obi said": the place's state is the opening's too.
// "At the hearing, Ken Obi, Harbor's mayor, …" and "…, Ken Obi, Harbor mayor, …" are no place.
const OPENING_PHRASE =
  /^\s*(?:In|During|At|On|After|Before|While|Speaking|Asked|Earlier|Later|Last|This)\b[^,]*,(?:\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?,(?=\s*\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*\s+\p{Ll})(?!\s*\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*(?:\s+\p{Ll}[\p{L}-]*){1,3},))?\s*/u;

/** The subject of a clause such as "During a speech, Trump attacked Clinton": its opening name. */
export function sentenceSubject(clause: string): SpeakerPhrase | null {
  const main = clause.replace(OPENING_PHRASE, "").trim();
  const opening = OPENING_NAME.exec(main)?.[0];
  if (!opening) return null;
  // "Obi's son, Ken, defended …": a possessive opens a description of someone, named after it
  // or not at all; it is no one itself.
  if (/['’]s?$/.test(opening)) {
    const described = /^[^,]+,\s+\p{Lu}[^,]*(?=,)/u.exec(main)?.[0];
    const phrase = described ? parseMaskedPhrase(described) : null;
    if (phrase?.kind === "person") return phrase;
    // "Obi's campaign said": an organisation described by whose it is, its shortest reading.
    const after = main.slice(opening.length).split(/\s+/).filter(Boolean);
    for (let words = 1; words <= 3 && /^\p{Ll}/u.test(after[words - 1] ?? ""); words++) {
      const owned = parseMaskedPhrase([opening, ...after.slice(0, words)].join(" "));
      if (owned?.kind === "organisation" && isOrganisationName(after.slice(0, words).join(" ")))
        return owned;
    }
    return null;
  }
  // "Democratic presidential candidate Ken Obi", "Radio talk host Dana Ruiz": a role that ends on a
  // title word, then the name, is all one subject.
  const titled = ROLE_THEN_NAME.exec(main.slice(opening.length));
  const subject =
    titled?.groups?.title && TITLE_WORDS.has(titled.groups.title)
      ? main.slice(0, opening.length + titled[0].length)
      : opening;
  const phrase = parseMaskedPhrase(subject);
  return phrase && phrase.kind !== "nominal" ? phrase : null;
}

const ADVERBIAL_AFTER_NAME =
  /\s+(?:on|in|during|after|before|while|when|through|via|as|late|early|last|this|about)\s+|\s+(?:at|from|of|to)\s+(?!(?:the\s+)?\p{Lu})|\s+(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday|today|yesterday)\b/u;

export function trimAdverbials(phrase: string): string {
  const comma = phrase.indexOf(",");
  const head = comma === -1 ? phrase : phrase.slice(0, comma);
  // "said Ruiz on Tuesday at the hearing"; "Secretary of State Ruiz", "Ruiz of the Harbor
  // Institute" and "the Department of Health" keep their "of".
  const cut = ADVERBIAL_AFTER_NAME.exec(head);
  if (!cut) return phrase;
  // "said Ruiz at Tuesday's hearing": no preposition is left hanging.
  const kept = head.slice(0, cut.index).replace(/\s+(?:at|from|of|to)$/, "");
  // "said the consul at the time, Tom Vance": a description keeps the name it gives after it.
  const named = comma === -1 ? "" : phrase.slice(comma);
  return /^(?:the|a|an|his|her|its|their)\s/i.test(kept) &&
    /^,\s+(?:\p{Lu}[\p{L}'’.·-]*\s+){1,3}\p{Lu}[\p{L}'’-]*[.,]?(?:,|\s*$)/u.test(named)
    ? kept + named
    : kept;
}

/** Where what was said ends in a text: before its closing stop and spaces. */
export function claimEnd(text: string): number {
  return text.replace(/[\s.]+$/, "").length;
}

/** The tagger's time grows faster than its text: a clause's verb is looked for in its start. */
const MAX_TAGGED_CLAUSE = 1_000;

/** Whether a clause has a verb other than an -ing form ("two neighboring counties" has none). */
function hasVerb(clause: string): boolean {
  return nlp(clause.slice(0, MAX_TAGGED_CLAUSE)).match("#Verb").not("#Gerund").found;
}
