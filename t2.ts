import { extractStatements } from "./src/statements/extractStatements.ts";
import { parseSpeakerPhrase } from "./src/statements/speakerPhrase.ts";
import { parseStory } from "./src/story/parseStory.ts";
for (const text of ["Council member Rafael Dunmore, who represents the waterfront 4th District and cast one of the two votes against the plan, said the tax increase was unnecessary given the money the city already has in reserve.", 'Mayor Evelyn Castellano, who proposed the budget in January, called the vote "the most responsible thing this council has done in a decade."']) {
  console.log(JSON.stringify(extractStatements(parseStory("x.txt", text))));
}
console.log(JSON.stringify(parseSpeakerPhrase("Council member Rafael Dunmore, who represents the waterfront 4th District and cast one of the two votes against the plan,")));
