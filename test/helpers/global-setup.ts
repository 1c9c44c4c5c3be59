import { execFileSync } from "node:child_process";

/** Builds dist/ once so end-to-end tests spawn the real `orm-bot` binary on current code. */
export default function setup(): void {
  execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { stdio: "inherit" });
}
