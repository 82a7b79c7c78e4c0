import { readFileSync } from "node:fs";
import { parseStory } from "./src/story/parseStory.ts";
import { StoryLibrary } from "./src/storyLibrary.ts";
const s = parseStory("lotte-obit.md", readFileSync("tests/fixtures/more-stories/lotte-obit.md", "utf8"));
const lib = new StoryLibrary([s]);
console.log(lib.index.analyze("Waiting Wife").map(t => t.terms));
const p = s.body.find(p => p.text.includes("Waiting Wife"))!;
console.log(p.number, p.sentences.map(x => x.text));
console.log(lib.index.analyze(p.sentences[0]!.text).map(t => t.terms).flat().join(" "));
