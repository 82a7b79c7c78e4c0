/**
 * Lower-case words inside people's names, which belong with the surname after them: "Sanne de
 * Wit" is Ms. de Wit, "Ludwig van Beethoven" Mr. van Beethoven, "Ana de la Cruz" Ms. de la Cruz.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "de",
  "da",
  "del",
  "della",
  "der",
  "den",
  "van",
  "von",
  "la",
  "le",
  "du",
  "dos",
  "di",
  "bin",
  "ibn",
  "al",
]);
