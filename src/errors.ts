/**
 * An error whose message is written for the person using Byline: it names what was wrong and what
 * to do. Anything else that is thrown is a bug, reported as one.
 */
export class UserFacingError extends Error {
  override readonly name = "UserFacingError";
}
