/**
 * `npm run bench [-- --sizes 1,100,1000,10000] [--rounds 5]`: how fast Byline starts and answers, and how much
 * memory it takes, at each size: the bundled story (1) and generated corpora (generatedCorpus.ts:
 * every story different). Each size runs in processes of its own (measureSize.ts), first with an
 * empty cache (cold) and then with the cache that left (warm, as after a restart). Prints
 * Markdown tables; the README shows the latest.
 */
import { execFileSync } from "node:child_process";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1,100,1000" },
    rounds: { type: "string", default: "5" },
  },
});
const sizes = (values.sizes ?? "").split(",").map(Number);

type Row = Record<string, number>;
function run(stories: number, phase: "cold" | "warm"): Row {
  const out = execFileSync(
    process.execPath,
    [
      "--import",
      "tsx",
      join(import.meta.dirname, "measureSize.ts"),
      "--stories",
      String(stories),
      "--cache",
      join(tmpdir(), `byline-bench-cache-${stories}`),
      "--phase",
      phase,
      "--rounds",
      values.rounds ?? "5",
    ],
    { encoding: "utf8", maxBuffer: 1 << 20 },
  );
  return JSON.parse(out.trim().split("\n").at(-1) ?? "{}") as Row;
}

const rows = sizes.map((stories) => ({ cold: run(stories, "cold"), warm: run(stories, "warm") }));
const n = (value: number | undefined) => (value ?? 0).toLocaleString("en");
const ms = (value: number | undefined) =>
  value === undefined ? "–" : value < 10 ? `${value.toFixed(2)} ms` : `${n(Math.round(value))} ms`;
const label = (row: Row) => (row.stories === 1 ? "1 (bundled)" : n(row.stories));

console.log(
  `Node ${process.version}, ${cpus()[0]?.model ?? "unknown CPU"}, ${availableParallelism()} cores\n`,
);
console.log(
  "| stories | paragraphs | start, cold | start, warm | statements, cold (worker) | statements, warm (cache) | RSS after start | peak RSS |",
);
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const { cold, warm } of rows) {
  console.log(
    `| ${label(warm)} | ${n(warm.paragraphs)} | ${ms(cold.startMs)} | ${ms(warm.startMs)} | ${ms(cold.statementsMs)} | ${ms(warm.statementsMs)} | ${n(warm.rssMb)} MB | ${n(warm.peakRssMb)} MB |`,
  );
}
console.log(
  "\n| stories | /ask p50 | /ask p95 | bare MiniSearch p50 | /who said p50 | p95 | /who is p50 | p95 | /summary p50 | autocomplete (4 sources) p50 | p95 |",
);
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const { warm } of rows) {
  console.log(
    `| ${label(warm)} | ${ms(warm.askP50)} | ${ms(warm.askP95)} | ${ms(warm.bareSearchP50)} | ${ms(warm.whoSaidP50)} | ${ms(warm.whoSaidP95)} | ${ms(warm.whoIsP50)} | ${ms(warm.whoIsP95)} | ${ms(warm.summaryP50)} | ${ms(warm.autocompleteP50)} | ${ms(warm.autocompleteP95)} |`,
  );
}
console.log(
  "\nBare MiniSearch: its default tokenizer with Byline's prefix and fuzzy options over the same paragraphs, timed in the same process.",
);
