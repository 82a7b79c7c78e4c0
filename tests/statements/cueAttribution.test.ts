import { describe, expect, it } from "vitest";
import { analyzeStory } from "../../src/statements/analyzeStory.js";
import { communicationVerb } from "../../src/statements/communicationVerbs.js";
import type { StatementRule } from "../../src/statements/types.js";
import { parseStory } from "../../src/story/parseStory.js";

/** Who said the statement holding `words`, in a one-story text written for the test. */
function speakerOf(body: string, words: string): string | undefined {
  const story = parseStory(
    "pier.txt",
    `Harbor Council Closes North Pier\n\nMayor Dana Ruiz and Councilman Ken Obi met on Tuesday.\n\n${body}`,
  );
  return analyzeStory(story).statements.find((s) => s.text.includes(words))?.speaker.name;
}

describe("verbs of communication, from WordNet", () => {
  it.each([
    ["quipped", "quip"],
    ["cautions", "caution"],
    ["countered", "counter"],
    ["telling", "tell"],
    ["said", "say"],
    ["wrote", "write"],
    ["written", "write"],
    ["spoken", "speak"],
    ["tweeting", "tweet"],
    ["retweeted", "retweet"],
  ])("GIVEN %j THEN it is a form of %j", (word, lemma) => {
    expect(communicationVerb(word)?.lemma).toBe(lemma);
  });

  it.each(["wants", "hopes", "walked", "pier", "had", "has", "will", "say", "call"])(
    "GIVEN %j (no verb, an auxiliary, or a base form that is as often a noun) THEN it is no verb of speech",
    (word) => {
      expect(communicationVerb(word)).toBeUndefined();
    },
  );
});

describe("quotes no pattern claims, attributed by the verb of communication in their sentence", () => {
  it("GIVEN a verb outside the hand-kept list (“Obi needled”) THEN its subject said the quote", () => {
    expect(speakerOf('"That is one way to fill a harbor," Obi needled.', "fill a harbor")).toBe(
      "Ken Obi",
    );
  });

  it("GIVEN a participle (“…, calling the plan …”) THEN the sentence's subject said it", () => {
    expect(
      speakerOf(
        'Obi then interjected, calling the plan "a gift to developers."',
        "gift to developers",
      ),
    ).toBe("Ken Obi");
  });

  it("GIVEN a perfect participle (“…, having referred to her as …”) THEN the sentence's subject said it, not its object", () => {
    expect(
      speakerOf('Obi also misjudged Ruiz, having referred to her as a "reformer."', "reformer"),
    ).toBe("Ken Obi");
  });

  it("GIVEN a verb before a partial quote THEN what was said runs to the sentence's end", () => {
    const story = parseStory(
      "pier.txt",
      'Pier Plan\n\nMayor Dana Ruiz pledged to "finish the pier" before the spring storms arrive.',
    );
    const statement = analyzeStory(story).statements.find((s) =>
      s.text.includes("finish the pier"),
    );
    expect(statement?.speaker.name).toBe("Dana Ruiz");
    expect(statement?.text).toBe('to "finish the pier" before the spring storms arrive');
  });

  it("GIVEN a participle after someone's quote (“…,” Ruiz replied, adding that …) THEN the same speaker", () => {
    expect(
      speakerOf(
        '"Not this year," Ruiz replied, adding that she was "looking for partners" instead.',
        "looking for partners",
      ),
    ).toBe("Dana Ruiz");
  });

  it("GIVEN an -ing form newer than WordNet with a name of its own (“with Obi tweeting that …”) THEN that name said it", () => {
    const body =
      'Harbor merchants were quick to weigh in, with Ken Obi tweeting that the closure was a "disgrace" for the town and asking, "Who pays for this?"';
    expect(speakerOf(body, "disgrace")).toBe("Ken Obi");
    expect(speakerOf(body, "Who pays for this")).toBe("Ken Obi");
  });

  it("GIVEN names as labels (Ruiz: “…” Obi: “…”) THEN each label's quote is theirs", () => {
    const body = 'Ruiz: "We will rebuild it." Obi: "Not with this budget."';
    expect(speakerOf(body, "We will rebuild it")).toBe("Dana Ruiz");
    expect(speakerOf(body, "Not with this budget")).toBe("Ken Obi");
  });

  it("GIVEN a verb that is not speech (“Ruiz wants the council to …”) THEN no one said the quote", () => {
    expect(speakerOf('Ruiz wants the council to "move faster on repairs."', "move faster")).toBe(
      undefined,
    );
  });

  it("GIVEN a capitalised word that opens the sentence (“Indeed, …”) THEN it is nobody", () => {
    expect(
      speakerOf('Indeed announced in the notice was "a full closure of the pier."', "full closure"),
    ).toBe(undefined);
  });
});

describe("readings left out, to measure what each adds", () => {
  it("GIVEN the verb-in-the-sentence reading left out THEN the quote it attributed has no speaker, and the others keep theirs", () => {
    const story = parseStory(
      "pier.txt",
      'Pier Plan\n\n"That is one way to fill a harbor," Ken Obi needled.\n\n"We will rebuild it," Mayor Dana Ruiz said.',
    );
    const speakers = (without: ReadonlySet<StatementRule>) =>
      analyzeStory(story, without).statements.map((s) => [s.speaker.name, s.rule]);
    expect(speakers(new Set())).toEqual([
      ["Ken Obi", "verb in the sentence"],
      ["Dana Ruiz", "quote, then speaker"],
    ]);
    expect(speakers(new Set(["verb in the sentence"]))).toEqual([
      ["Dana Ruiz", "quote, then speaker"],
    ]);
  });
});

describe("a paragraph that hands over to the next one's quote with a colon", () => {
  it("GIVEN “…, Councilman Ken Obi continued:” then a quote paragraph THEN the quote is his", () => {
    expect(
      speakerOf(
        'After the vote, Councilman Ken Obi continued:\n\n"We will not let this pier fall into the sea."',
        "fall into the sea",
      ),
    ).toBe("Ken Obi");
  });

  it("GIVEN a paragraph ending on a colon with no verb of speech (“And it gets stranger:”) THEN no one", () => {
    expect(
      speakerOf('And it gets stranger:\n\n"The pier will be rebuilt in gold."', "rebuilt in gold"),
    ).toBe(undefined);
  });
});

describe("what the verb in the sentence reads, and what it leaves alone", () => {
  it("GIVEN a report “that warned the liners had ‘reached the end …’” THEN no speaker named after the words before “had”", () => {
    expect(
      speakerOf(
        'The complaint cites a 2019 report that warned the pier pilings had "reached the end of their service life." Ruiz said the report came from a former clerk.',
        "reached the end",
      ) ?? "no one",
    ).not.toMatch(/warned/);
  });

  it("GIVEN “As the columnist Dana Ruiz had written a year before, ‘…’” THEN Ruiz wrote it", () => {
    expect(
      speakerOf(
        'As the columnist Dana Ruiz had written a year before, "We just could not have a harbor without the pier."',
        "could not have a harbor",
      ),
    ).toBe("Dana Ruiz");
  });

  it("GIVEN “…credited Obi with holding ‘the council together’ through the winter” THEN the statement runs on to the sentence's end", () => {
    const story = parseStory(
      "pier.txt",
      'Harbor Council Closes North Pier\n\nDana Ruiz credited Obi with holding "the council together" through the long winter.',
    );
    const [statement] = analyzeStory(story).statements;
    expect(statement?.text).toMatch(/the council together" through the long winter$/);
  });
});

describe("a verb reading too unsure to name anyone (the learned scorer)", () => {
  it.each([
    'Talks in Fenwick, which the council had hoped would settle the matter after months of delay and two storms, went on late into the night, with France calling the pier "beyond repair."',
    'Against the advice of engineers from Fenwick, Harbor, Dover and Salem, who had studied the pier for years, the mayor asked Canada for help, calling the pier "beyond repair."',
  ])(
    "GIVEN %j (a one-word speaker, a place's name or a misread word, in a long sentence of other names) THEN no statement, so no one is named",
    (text) => {
      expect(analyzeStory(parseStory("pier.txt", `Pier Plan\n\n${text}`)).statements).toEqual([]);
    },
  );
});

describe("the subject a participle's words go to", () => {
  it.each([
    [
      "Democratic presidential candidate Ken Obi on Saturday criticized the accord, saying the deal goes “far too slowly for the harbor.”",
      "Ken Obi",
    ],
    [
      "Speaking at a town hall in Salem, New Hampshire, Dana Ruiz went after Obi, calling him “a very low energy person.”",
      "Dana Ruiz",
    ],
  ])("GIVEN %j THEN %j speaks, not the role's or the place's first word", (body, name) => {
    expect(speakerOf(body, "“")).toBe(name);
  });
});

describe("whose clause a verb of speech is in", () => {
  it.each([
    [
      'Harbor Gov. Ken Obi on Monday signed an order to block the pier, while Dana Ruiz, the former mayor, proposed we "close the harbor to everyone at once."',
      "Dana Ruiz",
      "close the harbor",
    ],
    [
      'In his speech, a tribute to Ken Obi, the nominee that year, Tom Vance decried "the peddlers who embrace anything goes," and more.',
      "Tom Vance",
      "peddlers",
    ],
    [
      'Harbor voters were quick to chime in, with Dana Ruiz saying that it was a "disaster for the pier" and more.',
      "Dana Ruiz",
      "disaster",
    ],
  ])("GIVEN %j THEN %j speaks", (body, name, words) => {
    expect(speakerOf(body, words)).toBe(name);
  });
});

describe("a review's cases: asides, appositives and a second speaker in one sentence", () => {
  it.each([
    [
      '"We are done here," said Dana Ruiz at Tuesday\u2019s hearing.',
      "We are done here",
      "Dana Ruiz",
    ],
    [
      'At the hearing, Ken Obi, Harbor\u2019s mayor, went further, saying: "We will open the pier in May."',
      "open the pier",
      "Ken Obi",
    ],
    [
      'Mayor Ken Obi, as expected, vowed to "open the pier in May" anyway.',
      "open the pier",
      "Ken Obi",
    ],
    [
      "Both issued a statement, Ruiz saying she was \u201cvery encouraged\u201d and Obi calling it a \u201cgreat day for the harbor.\u201d",
      "great day",
      "Ken Obi",
    ],
    [
      "Both issued a statement, Ruiz saying she was \u201cvery encouraged\u201d and Obi calling it a \u201cgreat day for the harbor.\u201d",
      "very encouraged",
      "Dana Ruiz",
    ],
  ])("GIVEN %j THEN the words “%s” are %j's", (body, words, name) => {
    expect(speakerOf(body, words)).toBe(name);
  });
});
