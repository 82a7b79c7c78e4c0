import { analyzeStory } from "./src/statements/analyzeStory.ts";
import { parseStory } from "./src/story/parseStory.ts";
import { readStory, fixturePath } from "./tests/helpers.ts";
const s = readStory(fixturePath("chip-export-rules.txt"));
console.log(s.body[8]?.text);
console.log(JSON.stringify(analyzeStory(s).statements.filter(x => x.paragraph === 9).map(x => [x.speaker.name, x.text.slice(0,50)])));
