import { readFileSync } from "node:fs";
import { loadCorpus } from "./src/story/loadCorpus.js";
import { StoryLibrary } from "./src/storyLibrary.js";
import { whoSaid } from "./src/answers/whoSaid.js";
import { fragmentOf, misspell } from "./eval/statementEvaluation.js";
import { parseStory } from "./src/story/parseStory.js";
for (const name of ["putin-visits-tehran","chip-export-rules","coastal-marathon-heat","harbor-city-budget","ridgeline-wildfire"]) {
  const set = JSON.parse(readFileSync(`tests/fixtures/statements/${name}.json`, "utf8"));
  const file = name === "putin-visits-tehran" ? "corpus/putin-visits-tehran.txt" : `tests/fixtures/stories/${name}.txt`;
  let text; try { text = readFileSync(file, "utf8"); } catch { text = readFileSync(file.replace(".txt",".md"), "utf8"); }
  const lib = new StoryLibrary([parseStory(file.split("/").pop()!, text)]);
  for (const l of set.statements) for (const t of [fragmentOf(l.text), misspell(fragmentOf(l.text))]) {
    const a = whoSaid(lib, t);
    if (a.opposite) console.log(name, JSON.stringify(t), "→ opposite", a.opposite.speaker.name, "|", a.opposite.text.slice(0,100));
  }
}
