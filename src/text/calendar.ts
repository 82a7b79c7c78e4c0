/** The days of the week, as a regular-expression alternation ("Monday|Tuesday|…"). */
export const WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
/** The months, as a regular-expression alternation ("January|February|…"). */
export const MONTHS =
  "January|February|March|April|May|June|July|August|September|October|November|December";
