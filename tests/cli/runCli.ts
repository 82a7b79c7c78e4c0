import { PassThrough } from "node:stream";
import type { CliIo } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";

/** What one in-process run of the CLI printed, and its exit code. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process with captured streams; `input` is what arrives on stdin. */
export async function runCli(
  argv: readonly string[],
  {
    env = {},
    input = "",
    interactive = false,
  }: { env?: NodeJS.ProcessEnv; input?: string; interactive?: boolean } = {},
): Promise<CliRun> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.setEncoding("utf8").on("data", (chunk: string) => {
    out += chunk;
  });
  stderr.setEncoding("utf8").on("data", (chunk: string) => {
    err += chunk;
  });
  stdin.end(input);
  const io: CliIo = { stdin, stdout, stderr, interactive, color: false };
  const code = await main(argv, io, env);
  await new Promise((resolve) => setImmediate(resolve));
  return { code, stdout: out, stderr: err };
}
