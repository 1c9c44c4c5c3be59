import type { Config } from "../config/schema.js";
import type { EventBus } from "../core/events.js";
import type { Logger } from "../core/log.js";
import type { Metrics } from "../core/metrics.js";
import type { Analyzer } from "./analyzer.js";
import type { ChatAdapter } from "./chat.js";
import type { Clock } from "./clock.js";
import type { Jobs } from "./jobs.js";
import type { Store } from "./store.js";

/** What every service gets: the config and the ports, wired once by the composition root. */
export interface AppDeps {
  readonly config: Config;
  readonly store: Store;
  readonly jobs: Jobs;
  readonly clock: Clock;
  readonly log: Logger;
  readonly metrics: Metrics;
  readonly analyzer: Analyzer;
  /** Domain events: the pipeline and the case service publish, cases, KPIs and crises subscribe. */
  readonly events: EventBus;
  /** The chat the bot talks in, or null when alerts are only recorded. */
  readonly chat: ChatAdapter | null;
}
