/**
 * The sum of each named feature times its weight, a feature without a weight counting nothing: the
 * linear score of /ask's passages, the summary's sentences and the attribution scorer.
 */
export function weightedSum<Name extends string>(
  names: readonly Name[],
  features: Readonly<Record<Name, number>>,
  weights: Readonly<Partial<Record<Name, number>>>,
): number {
  let sum = 0;
  for (const name of names) sum += (weights[name] ?? 0) * features[name];
  return sum;
}
