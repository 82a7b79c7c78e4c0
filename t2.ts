import { analyzeStory } from "./src/statements/analyzeStory.ts";
import { parseStory } from "./src/story/parseStory.ts";
for (const text of ["While he acknowledged funding was a major reason he felt demoralized serving under Obama, Ham also noted several “intangibles” left him further disillusioned.", "''I have admiration for the mechanics'' of the Clinton proposals, Mr. Holtz-Eakin said. ''They're more detailed and structured than Trump's. But I have serious concerns about the quality.''", "On this weekend’s broadcast of “Fox News Sunday,” Republican vice-presidential nominee Gov. Mike Pence (R-IN) said his running mate presidential nominee Donald Trump’s tweet was only “to mock” Hillary Clinton."]) {
  console.log(JSON.stringify(analyzeStory(parseStory("x.txt", text)).statements.map(s => [s.speaker.name, s.cue, s.text.slice(0,50)])));
}
