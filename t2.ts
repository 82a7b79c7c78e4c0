import { analyzeStory } from "./src/statements/analyzeStory.ts";
import { parseStory } from "./src/story/parseStory.ts";
import { parseSpeakerPhrase } from "./src/statements/speakerPhrase.ts";
const text = "The area has received less than a third of its normal precipitation since January, and the state climatologist’s office has classified the county as being in “extreme drought.” Ridgeline’s last major evacuation came in 2020.";
console.log(JSON.stringify(analyzeStory(parseStory("x.txt", text)).statements.map(s => [s.speaker.name, s.cue, s.text.slice(0,50)])));
console.log(parseSpeakerPhrase("The area has received less than a third of its normal precipitation since January, and the state climatologist’s office has"));
