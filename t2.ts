import { analyzeStory } from "./src/statements/analyzeStory.ts";
import { parseStory } from "./src/story/parseStory.ts";
for (const text of ["Iran has supplied UAVs to its Middle Eastern allies, and announced Friday its first naval drone-carrying division in the Indian Ocean.", "Russian President Vladimir Putin is traveling to Tehran, Tuesday, for meetings with Iranian and Turkish officials, the Kremlin said, after warnings from the United States that Iran could provide Russia with drones for its war against Ukraine."]) {
  console.log(JSON.stringify(analyzeStory(parseStory("x.txt", text)).statements.map(s => [s.speaker.name, s.cue, s.text])));
}
