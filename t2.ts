import { analyzeStory } from "./src/statements/analyzeStory.ts";
import { parseStory } from "./src/story/parseStory.ts";
for (const text of ["O'Neill said officials are in possession of video that shows the explosion. Asked to describe the device that caused the explosion, O'Neill said, \"Not going to go into that.\"", "A cashier who “steals a handful of $20s” is held accountable, Warren said. Bank executives aren’t.", "In a Bloomberg interview Trump declared “I think NATO may be obsolete. Things are different now.”"]) {
  const r = analyzeStory(parseStory("x.txt", text));
  console.log(JSON.stringify(r.statements.map(s => [s.kind, s.speaker.name, s.text])));
}
