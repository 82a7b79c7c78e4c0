import { describe, expect, it } from "vitest";
import {
  captionEnd,
  opensOnCaptionLabel,
  repeatedCaptions,
  restartAt,
} from "../../src/summary/captions.js";

const nothingQuoted = () => false;
const sentenceOf = (text: string, quoted: (offset: number) => boolean = nothingQuoted) =>
  text.slice(captionEnd(text, quoted));

describe("captionEnd", () => {
  it("GIVEN a photo caption run into the sentence after it THEN the sentence starts after the caption", () => {
    expect(
      sentenceOf(
        "The ferry leaves Port Alder harbour at dawn (pictured) The crossing takes four hours in good weather.",
      ),
    ).toBe("The crossing takes four hours in good weather.");
    expect(
      sentenceOf(
        "Volunteers sort donated coats at the church hall on Monday She said the town had never given so much.",
      ),
    ).toBe("She said the town had never given so much.");
  });

  it("GIVEN several captions in a row THEN the sentence is what follows the last", () => {
    expect(
      sentenceOf(
        "Scroll down for video Keeper Ines Varga feeds the otters at the zoo in Lindholm The otters arrived from a sanctuary in March It is the first time the zoo has bred them.",
      ),
    ).toBe("It is the first time the zoo has bred them.");
  });

  it("GIVEN a title or a name that opens on The or A mid-sentence THEN nothing is cut", () => {
    for (const sentence of [
      "The minister told The Herald on Friday that the bridge would reopen.",
      "She starred in the film A Winter Crossing before she turned to the stage.",
      "The drink is rich in vitamin A and was sold in every shop in the county.",
      "He co-hosted The Late Hour for nine years before the channel dropped it.",
      "Her song Let It Be Mine was played at the ceremony in the cathedral.",
      "The station's The Morning Run has lost a third of its listeners.",
    ]) {
      expect(captionEnd(sentence, nothingQuoted), sentence).toBe(0);
    }
  });

  it("GIVEN a capitalised opener inside a quotation THEN it is no caption's end", () => {
    const sentence =
      "The report, titled 'when the river rises The town must move', was published on Friday.";
    const open = sentence.indexOf("'");
    const close = sentence.indexOf("',");
    expect(captionEnd(sentence, (at) => at > open && at < close)).toBe(0);
  });

  it("GIVEN a short phrase before the opener THEN it is not taken for a caption", () => {
    expect(captionEnd("Plan A was dropped by the council after the vote.", nothingQuoted)).toBe(0);
  });

  it("GIVEN a letter that names someone before a preposition THEN no sentence starts at it", () => {
    const sentence =
      "Ken Obi, prosecuting, said the officer met Patient A with his lawyer on May 3, the court heard.";
    expect(captionEnd(sentence, nothingQuoted)).toBe(0);
  });
});

describe("repeatedCaptions", () => {
  const story = [
    "Crowds lined the quay in Port Alder as the new ferry arrived.",
    "Crowds lined the quay in Port Alder as the new ferry arrived Ken Obi, the skipper, said he was proud of his crew.",
  ];

  it("GIVEN a caption that repeats another sentence run into the next THEN the sentence starts after it", () => {
    const [lede = "", run = ""] = story;
    const captionEnd = repeatedCaptions(story);
    expect(run.slice(captionEnd(run))).toBe("Ken Obi, the skipper, said he was proud of his crew.");
    expect(captionEnd(lede)).toBe(0);
  });

  it("GIVEN another sentence's words followed by only a word or two THEN nothing is cut", () => {
    const sentence = "Dana Ruiz said the new ferry arrived in Port Alder on Monday.";
    expect(repeatedCaptions(["The new ferry arrived in Port Alder."])(sentence)).toBe(0);
    expect(repeatedCaptions(["Ruiz said the new ferry arrived in Port Alder."])(sentence)).toBe(0);
  });
});

describe("restartAt", () => {
  it("GIVEN a headline run into the lede that opens on the same words THEN the sentence starts at the second opening", () => {
    const sentence =
      "Dana Ruiz will open the Fenwick bridge after a 'long wait' Dana Ruiz will open the bridge to traffic at noon on Friday, the council said.";
    expect(sentence.slice(restartAt(sentence))).toBe(
      "Dana Ruiz will open the bridge to traffic at noon on Friday, the council said.",
    );
  });

  it("GIVEN the opening words again after a stop, a comma or a word that joins a clause, or fewer than four of them THEN nothing is cut", () => {
    expect(restartAt("Ken Obi said he would, Ken Obi said he would again.")).toBe(0);
    expect(restartAt("Ken Obi said he would and Ken Obi said he would again.")).toBe(0);
    expect(restartAt("The ferry left Port Alder. The ferry left Port Alder again at noon.")).toBe(
      0,
    );
    expect(restartAt("Port Alder beat Fenwick today Port Alder beat them again.")).toBe(0);
    expect(restartAt("Dana Ruiz will race today Dana Ruiz will race at noon.")).toBe(26);
  });
});

describe("opensOnCaptionLabel", () => {
  it.each([
    "Flooded: Dana Ruiz wades down Mill Lane on Monday morning.",
    "Smart suit: The mayor arrives at the ceremony in grey pinstripes.",
    "Twice wed: Dana Ruiz, pictured, has married four times.",
    "See the pictures: Ken Obi explains how the bridge was built.",
  ])("GIVEN a caption's label %j THEN it is a caption", (sentence) => {
    expect(opensOnCaptionLabel(sentence)).toBe(true);
  });

  it.each([
    "He added: That was the end of the matter.",
    "The mayor said: Nobody will lose their home.",
    "Which did more harm: the flood or the fire?",
    "The council voted on Monday to close the bridge.",
    "Dana Ruiz: 'It was the worst night of my life.'",
    "Here is how the scheme worked, police said: the clerk signed the forms.",
  ])("GIVEN %j THEN it is the story's own sentence", (sentence) => {
    expect(opensOnCaptionLabel(sentence)).toBe(false);
  });
});
