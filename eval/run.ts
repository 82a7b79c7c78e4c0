/**
 * `npm run eval`: how well Byline answers, story by story.
 * Prints top-1 and top-3 accuracy of `ask` on each labelled story and the share of unanswerable
 * questions that rightly got no passage. `--verbose` lists every miss.
 */
import { parseArgs } from "node:util";
import { type AskScore, loadQuestionSet, loadStoryLibrary, scoreAsk } from "./askEvaluation.js";
import { labelledStories } from "./datasets.js";

const { values } = parseArgs({ options: { verbose: { type: "boolean", short: "v" } } });

const percent = (part: number, whole: number) =>
  whole === 0 ? "–" : `${((100 * part) / whole).toFixed(1)}%`;
const scores: AskScore[] = [];
for (const { questions, story } of await labelledStories()) {
  scores.push(scoreAsk(await loadStoryLibrary(story), await loadQuestionSet(questions)));
}

console.log("ask: passages for questions about the story\n");
console.log("| story | questions | top-1 | top-3 | unanswerable | no result |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
for (const s of scores) {
  console.log(
    `| ${s.story} | ${s.answerable} | ${percent(s.top1, s.answerable)} | ${percent(s.top3, s.answerable)} | ${s.unanswerable} | ${percent(s.rejected, s.unanswerable)} |`,
  );
}
const sum = (pick: (s: AskScore) => number) => scores.reduce((total, s) => total + pick(s), 0);
console.log(
  `| all | ${sum((s) => s.answerable)} | ${percent(
    sum((s) => s.top1),
    sum((s) => s.answerable),
  )} | ${percent(
    sum((s) => s.top3),
    sum((s) => s.answerable),
  )} | ${sum((s) => s.unanswerable)} | ${percent(
    sum((s) => s.rejected),
    sum((s) => s.unanswerable),
  )} |`,
);
if (values.verbose) {
  for (const s of scores) {
    for (const miss of s.misses)
      console.log(
        `${s.story}: "${miss.question}" expected ¶${miss.expected.join("/¶")}, got ${miss.got.map((p) => `¶${p}`).join(" ") || "nothing"}`,
      );
    for (const question of s.falseAnswers)
      console.log(`${s.story}: answered unanswerable "${question}"`);
  }
}
