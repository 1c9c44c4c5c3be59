import type { AppDeps } from "../ports/deps.js";
import { countMentions, incrementOptions } from "./counters.js";
import { registerDigests } from "./digest.js";

/**
 * Wires the KPI engine: newly stored mentions are counted into the hourly series (what reports read),
 * the digest handler is registered and, with `schedules`, each configured digest scheduled.
 */
export async function registerKpi(deps: AppDeps, options: { schedules: boolean }): Promise<void> {
  const counting = incrementOptions(deps.config.brand);
  deps.events.on("mentions.stored", (ms) => countMentions(deps.store.counters, ms, counting));
  await registerDigests(deps, options);
}
