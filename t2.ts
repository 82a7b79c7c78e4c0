import { analyzeStory } from "./src/statements/analyzeStory.ts";
import { parseStory } from "./src/story/parseStory.ts";
for (const text of ["The Ridgeline County Sheriff’s Office issued mandatory evacuation orders for the Pine Hollow, Sawmill Flats and Upper Gulch neighborhoods, and told about 3,000 more people in the town’s western subdivisions to be ready to leave at a moment’s notice."]) {
  console.log(JSON.stringify(analyzeStory(parseStory("x.txt", text)).statements.map(s => [s.speaker.name, s.cue, s.text.slice(0,50)])));
}
