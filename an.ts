import { labelledStories } from "./eval/datasets.ts";
import { loadQuestionSet, loadStoryLibrary } from "./eval/askEvaluation.ts";
import { askStories } from "./src/answers/ask.ts";
for (const { questions, story } of await labelledStories()) {
  const lib = await loadStoryLibrary(story); const set = await loadQuestionSet(questions);
  for (const a of set.answerable) {
    const got = askStories(lib, a.question).map(p=>p.paragraph);
    if (got.some(p => a.paragraphs.includes(p))) continue;
    const hits = lib.index.searchAll(a.question);
    const exp = hits.find((h) => a.paragraphs.includes(h.paragraph));
    console.log(`Q: ${a.question}  [cov ${exp?.coverage.toFixed(2)}] terms: ${lib.index.analyze(a.question).map(t=>t.terms[0]).join(" ")}\n   ¶${a.paragraphs[0]}: ${lib.stories[0]!.body[a.paragraphs[0]!-1]!.text.slice(0,260)}`);
  }
}
