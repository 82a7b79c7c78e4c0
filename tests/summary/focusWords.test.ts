import { describe, expect, it } from "vitest";
import { parseStory } from "../../src/story/parseStory.js";
import { StoryLibrary } from "../../src/storyLibrary.js";
import { summarizeStory } from "../../src/summary/summarizeStory.js";

/** A story written for the tests: it never prints "ship", "evacuate" or "automobile". */
const HARBOUR = [
  "FENWICK — A cargo vessel lost power and drifted into the Fenwick harbour wall early Tuesday, prompting evacuation orders for about 60 homes on Quay Street while crews checked the wall for cracks.",
  "The vessel, the 90-metre Northern Lark, was carrying timber from Carrow to the port's east dock, harbour master Ken Obi said.",
  "Two fishing boats moored by the wall were crushed, and a crew member on one boat was taken to hospital with a broken arm.",
  "Residents were allowed back into their homes by the evening after engineers found the wall sound.",
  "Mayor Dana Ruiz said the town would ask the owners of the Northern Lark to pay for the repairs.",
  "A parked car on the quay was also damaged.",
].join("\n\n");

const harbour = new StoryLibrary([parseStory("fenwick-harbour.txt", HARBOUR)]);
const paragraphsAbout = (focus: string) =>
  summarizeStory(harbour, { focus, length: "long" }).sentences.map((s) => s.paragraph);

describe("summary focus: a topic named by another form of the word or another word", () => {
  it("GIVEN focus:evacuate WHEN the story says “evacuation orders” THEN that sentence", () => {
    expect(paragraphsAbout("evacuate")).toEqual([1]);
  });

  it("GIVEN focus:boats, and focus:boat, WHEN the story says “boats” and “boat” THEN the crushed boats", () => {
    expect(paragraphsAbout("boats")).toEqual([3]);
    expect(paragraphsAbout("boat")).toEqual([3]);
  });

  it("GIVEN focus:ship WHEN the story says only “vessel” THEN the sentences about the vessel, and no other", () => {
    expect(paragraphsAbout("ship")).toEqual([1, 2]);
    expect(paragraphsAbout("ships")).toEqual([1, 2]);
  });

  it("GIVEN focus:automobile WHEN the story says only “car” THEN the parked car", () => {
    expect(paragraphsAbout("automobile")).toEqual([6]);
  });

  it("GIVEN a focus on something the story never mentions, one WordNet has other names for THEN no sentences, and the story does not mention it", () => {
    for (const focus of ["volcano", "airplane", "dog", "lawsuit", "storm"]) {
      const summary = summarizeStory(harbour, { focus, length: "long" });
      expect(summary.sentences, focus).toEqual([]);
      expect(summary.mentionedIn, focus).toEqual([]);
    }
  });
});
