import { writeFile } from "node:fs/promises";

/** A learned number as the weights files keep it: three decimals, more than the data can tell. */
export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Writes a weights file as the learn scripts do: JSON, two-space indents, a final newline. */
export async function writeWeightsFile(path: string, learned: unknown): Promise<void> {
  await writeFile(path, `${JSON.stringify(learned, null, 2)}\n`);
}
