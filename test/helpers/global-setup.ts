import { spawnSync } from "node:child_process";

/**
 * Builds dist/ once (incrementally) so end-to-end tests spawn the real `orm-bot` binary on current
 * code. Type errors are reported by `npm run typecheck`; here tsc still emits and the tests judge the
 * behaviour. ORM_TEST_SKIP_BUILD=1 skips it when only unit tests run.
 */
export default function setup(): void {
  if (process.env.ORM_TEST_SKIP_BUILD === "1") return;
  const r = spawnSync("npx", ["tsc", "-p", "tsconfig.build.json"], { encoding: "utf8" });
  if (r.status !== 0) process.stderr.write(`global-setup: tsc reported problems\n${r.stdout}${r.stderr}`);
}
