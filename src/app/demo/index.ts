import type { AppDeps } from "../../ports/deps.js";
import { seedDemoHistory } from "./seed.js";

/**
 * Seeds the terminal demo's history on its first start (a no-op after), and says what it did on stderr's
 * log, so the operator knows the past weeks are fictional.
 */
export async function seedDemo(deps: AppDeps): Promise<void> {
  const started = performance.now();
  const summary = await seedDemoHistory(deps, deps.clock.now());
  if (!summary) return;
  deps.log.info("demo: seeded fictional history", {
    mentions: summary.mentions,
    cases: summary.cases,
    from: new Date(summary.fromMs).toISOString(),
    surgeAt: new Date(summary.surgeStartMs).toISOString(),
    ms: Math.round(performance.now() - started),
  });
}
