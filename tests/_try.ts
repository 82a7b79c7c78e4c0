import { parseStory } from "../src/story/parseStory.js";
import { analyzeStory } from "../src/statements/analyzeStory.js";
import { whoSaid } from "../src/answers/whoSaid.js";
import { whoIs } from "../src/answers/whoIs.js";
import { listQuotes } from "../src/answers/listQuotes.js";
import { libraryOf, SEED_STORY, fixturePath } from "./helpers.js";
const stories: string[] = [
`The plan, which some residents have called "reckless," passed 7-2 on Monday.`,
`The so-called "reckless" plan passed 7-2 on Monday.`,
`Opponents on the council have called the plan "reckless."`,
`Tom Alvarez, a retired mail carrier, lost his house.\n\nMaria Alvarez, the fire chief, said the fire was moving fast.\n\n"It is gone," Alvarez said.`,
];
for (const text of stories) {
  const a = analyzeStory(parseStory("x.txt", text));
  console.log("----", JSON.stringify(text));
  for (const s of a.statements) console.log(`  ¶${s.paragraph} ${s.kind} [${s.speaker.name}|${s.speaker.role ?? ""}|${s.speaker.kind}] (${s.cue}) ${JSON.stringify(s.spans)} ${s.text}`);
}
const seed = libraryOf(SEED_STORY);
for (const q of ["baseless", "Putin will attend a trilateral meeting", "conective nodes between Tehran and Moscow", "Iran's Foreign Ministry", "Iran’s Foreign Ministry", "occupied Palestine, or Israel", "the earth is flat", "Iran has supplied UAVs to its Middle Eastern allies", "This suggests ongoing Russian interest", "trouble for Washington", "Biden’s visit to occupied Palestine", "Biden's visit to occupied Palestine", "So this is something that we'll continue to monitor", "So this is something that we’ll continue to monitor"]) {
  console.log(q, JSON.stringify(whoSaid(seed, q), null, 0).slice(0, 700));
}
for (const n of ["Taleblu", "Sulivan", "Smith", "Putin", "Biden", "Price"]) console.log(n, JSON.stringify(whoIs(seed, n)).slice(0, 600));
const ridge = libraryOf(fixturePath("ridgeline-wildfire.txt"));
console.log(JSON.stringify(whoIs(ridge, "Alvarez").people.map(p => [p.name, p.role, p.statements.map(s=>s.paragraph)])));
console.log(JSON.stringify(whoIs(ridge, "Chief Alvarez").people.map(p => [p.name, p.role])));
console.log(JSON.stringify(whoIs(ridge, "Tom Alvarez").people.map(p => [p.name, p.role])));
console.log(JSON.stringify(listQuotes(seed, "Price")));
console.log(JSON.stringify(listQuotes(seed, "Smith")));
console.log(JSON.stringify(listQuotes(seed, "Kremlin").quotes.map(q=>q.speaker)));
console.log(JSON.stringify(listQuotes(seed).quotes.map(q=>[q.paragraph, q.speaker.name])));
