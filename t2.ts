import { analyzeStory } from "./src/statements/analyzeStory.ts";
import { parseStory } from "./src/story/parseStory.ts";
for (const text of ['Japan branded North Korea an "outlaw nation in the neighborhood." Russia insisted that Pyongyang "stop its dangerous escapades." The International Atomic Energy Agency said North Korea had displayed "complete disregard of the repeated demands of the international community."', 'South Korea accused the North\'s leader, Kim Jong Un, of "fanatic recklessness." South Korean President Park Geun-hye said Kim\'s mental state is "spiraling out of control."']) {
  const r = analyzeStory(parseStory("x.txt", text));
  console.log(JSON.stringify(r.statements.map(s => [s.kind, s.speaker.name, s.text])));
}
