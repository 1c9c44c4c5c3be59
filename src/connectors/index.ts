import type { Config } from "../config/schema.js";
import type { Clock } from "../ports/clock.js";
import type { FeedSource } from "../ports/feed-source.js";
import { HostLimiter } from "./feed/host-limiter.js";
import { createFeedSource } from "./feed/source.js";

/** What every source shares: the clock and one per-host concurrency limiter. */
export interface SourceDeps {
  clock?: Clock;
  limiter?: HostLimiter;
}

/** The enabled sources of the config, one FeedSource each; relative file paths resolve against config.baseDir. */
export function createSources(config: Config, deps: SourceDeps = {}): FeedSource[] {
  const limiter = deps.limiter ?? new HostLimiter(config.fetch.maxPerHost);
  const shared = { clock: deps.clock, limiter, baseDir: config.baseDir };
  const out: FeedSource[] = [];
  for (const s of config.sources) {
    if (!s.enabled) continue;
    out.push(createFeedSource(s, config.fetch, shared));
  }
  return out;
}
