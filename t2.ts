import { fragmentOf, loadStatementSet, sameSpeaker } from "./eval/statementEvaluation.ts";
import { whoSaid } from "./src/answers/whoSaid.ts";
import { libraryOf, SEED_STORY } from "./tests/helpers.ts";

const lib = libraryOf(SEED_STORY);
const set = await loadStatementSet("tests/fixtures/statements/putin-visits-tehran.json");
for (const l of set.statements) {
  const f = fragmentOf(l.text);
  const a = whoSaid(lib, f).statements;
  if (!sameSpeaker(a[0]?.speaker.name ?? "", l.speaker))
    console.log(
      JSON.stringify(f),
      "→",
      a.map((s) => s.speaker.name + "(" + s.score + ")"),
      "want",
      l.speaker,
    );
}
