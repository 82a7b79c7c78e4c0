import type { Readable, Writable } from "node:stream";

/** The process's streams, passed in so the CLI runs the same under test. */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** Whether stdin is a terminal a person types at. */
  readonly interactive: boolean;
  /** Whether stdout is a terminal that shows ANSI bold. */
  readonly color: boolean;
}
