/** Byline's exit codes: 0 done, 1 the command failed (bad input, no stories), 2 wrong usage. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
