import { spawnSync } from "node:child_process";

/**
 * Builds dist/ once so end-to-end tests spawn the real `orm-bot` binary on current code. Type errors
 * are reported by `npm run typecheck`; here tsc still emits, and the tests judge the behaviour.
 */
export default function setup(): void {
  const r = spawnSync("npx", ["tsc", "-p", "tsconfig.build.json"], { encoding: "utf8" });
  if (r.status !== 0) process.stderr.write(`global-setup: tsc reported problems\n${r.stdout}${r.stderr}`);
}
