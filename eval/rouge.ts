import { stemmer } from "stemmer";

/** Precision, recall and F1 of one ROUGE measure. */
export interface RougeScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/**
 * Tokens as the reference ROUGE scorer (rouge-score, with stemming) makes them: lower case, runs
 * of letters and digits, Porter-stemmed.
 */
export function rougeTokens(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).map((token) =>
    token.length > 3 ? stemmer(token) : token,
  );
}

/** ROUGE-N: overlap of n-grams, counted with multiplicity. */
export function rougeN(candidate: string, reference: string, n: number): RougeScore {
  const grams = (tokens: string[]) => {
    const counts = new Map<string, number>();
    for (let i = 0; i + n <= tokens.length; i++) {
      const gram = tokens.slice(i, i + n).join(" ");
      counts.set(gram, (counts.get(gram) ?? 0) + 1);
    }
    return counts;
  };
  const c = grams(rougeTokens(candidate));
  const r = grams(rougeTokens(reference));
  let overlap = 0;
  for (const [gram, count] of c) overlap += Math.min(count, r.get(gram) ?? 0);
  return score(overlap, sum(c), sum(r));
}

/**
 * ROUGE-Lsum: summary-level longest common subsequence (Lin, 2004, section 3.2). For each
 * reference sentence, the union of its tokens that lie on an LCS with any candidate sentence.
 *
 * @example rougeLsum(["w1 w2 w6 w7 w8", "w1 w3 w8 w9 w5"], ["w1 w2 w3 w4 w5"]).recall // → 0.8
 */
export function rougeLsum(candidate: readonly string[], reference: readonly string[]): RougeScore {
  const candidateSentences = candidate.map(rougeTokens);
  const referenceSentences = reference.map(rougeTokens);
  let hits = 0;
  for (const ref of referenceSentences) {
    const union = new Set<number>();
    for (const cand of candidateSentences)
      for (const index of lcsPositions(ref, cand)) union.add(index);
    hits += union.size;
  }
  const candidateLength = candidateSentences.reduce((n, s) => n + s.length, 0);
  const referenceLength = referenceSentences.reduce((n, s) => n + s.length, 0);
  return score(hits, candidateLength, referenceLength);
}

/** Positions in `a` of one longest common subsequence of `a` and `b`. */
function lcsPositions(a: readonly string[], b: readonly string[]): number[] {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = table[i] as number[];
      row[j] =
        a[i - 1] === b[j - 1]
          ? (table[i - 1]?.[j - 1] ?? 0) + 1
          : Math.max(table[i - 1]?.[j] ?? 0, row[j - 1] ?? 0);
    }
  }
  const positions: number[] = [];
  let i = a.length;
  let j = b.length;
  while (i > 0 && j > 0) {
    if (a[i - 1] === b[j - 1]) {
      positions.push(i - 1);
      i--;
      j--;
    } else if ((table[i - 1]?.[j] ?? 0) >= (table[i]?.[j - 1] ?? 0)) i--;
    else j--;
  }
  return positions;
}

function sum(counts: ReadonlyMap<string, number>): number {
  return [...counts.values()].reduce((total, count) => total + count, 0);
}

function score(overlap: number, candidateCount: number, referenceCount: number): RougeScore {
  const precision = candidateCount === 0 ? 0 : overlap / candidateCount;
  const recall = referenceCount === 0 ? 0 : overlap / referenceCount;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
