import { execFileSync } from "node:child_process";

/** Builds dist/ once, so tests that run the real `byline` binary run the current code. */
export default function setup(): void {
  execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.json"], {
    stdio: "inherit",
  });
}
