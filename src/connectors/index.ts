import type { Config } from "../config/schema.js";
import type { SourceConfig } from "../config/sections/sources.js";
import type { Clock } from "../ports/clock.js";
import type { FeedSource } from "../ports/feed-source.js";
import { createBlueskySource } from "./bluesky/index.js";
import { HostLimiter } from "./feed/host-limiter.js";
import type { FeedParser } from "./feed/parse-pool.js";
import { createFeedSource } from "./feed/source.js";
import { createHackerNewsSource } from "./hackernews/index.js";
import { createMastodonSource } from "./mastodon/index.js";
import { createRedditSource } from "./reddit/index.js";
import { createAppStoreSource } from "./reviews/appstore.js";
import { createGoogleReviewsSource } from "./reviews/google-business.js";
import { createTrustpilotSource } from "./reviews/trustpilot.js";

/** What every source shares: the clock and one per-host concurrency limiter. */
export interface SourceDeps {
  clock?: Clock;
  limiter?: HostLimiter;
  /** Where feed documents are parsed (`createFeedParser`: off the event loop); default inline. */
  parser?: FeedParser;
}

/** One source from its config entry. */
export function createSource(
  s: SourceConfig,
  config: Config,
  deps: Required<Pick<SourceDeps, "limiter">> & SourceDeps,
): FeedSource {
  const f = config.fetch;
  switch (s.type) {
    case "feed":
      return createFeedSource(s, f, { ...deps, baseDir: config.baseDir });
    case "mastodon":
      return createMastodonSource(s, f, deps);
    case "reddit":
      return createRedditSource(s, f, deps);
    case "hackernews":
      return createHackerNewsSource(s, f, deps);
    case "bluesky":
      return createBlueskySource(s, f, deps);
    case "appstore":
      return createAppStoreSource(s, f, deps);
    case "google-reviews":
      return createGoogleReviewsSource(s, f, deps);
    case "trustpilot":
      return createTrustpilotSource(s, f, deps);
  }
}

/** The enabled sources of the config, one FeedSource each; relative file paths resolve against config.baseDir. */
export function createSources(config: Config, deps: SourceDeps = {}): FeedSource[] {
  const shared = {
    clock: deps.clock,
    limiter: deps.limiter ?? new HostLimiter(config.fetch.maxPerHost),
    ...(deps.parser ? { parser: deps.parser } : {}),
  };
  return config.sources.filter((s) => s.enabled).map((s) => createSource(s, config, shared));
}
