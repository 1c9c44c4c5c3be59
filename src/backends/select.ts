import type { Config } from "../config/schema.js";
import type { Logger } from "../core/log.js";
import type { Clock } from "../ports/clock.js";
import type { Jobs } from "../ports/jobs.js";
import type { Store } from "../ports/store.js";
import { createInProcessJobs } from "./memory/jobs.js";
import { createEmbeddedStore } from "./memory/store.js";

/** The store and jobs for this config: Redis + BullMQ with REDIS_URL, else the embedded pair. */
export async function createBackend(
  config: Config,
  log: Logger,
  clock: Clock,
  options: { dataDir?: string | null } = {},
): Promise<{ store: Store; jobs: Jobs }> {
  const redisUrl = config.runtime.redisUrl;
  if (redisUrl) {
    // Loaded only when used: the embedded mode never pays for the Redis clients.
    const { createRedisStore } = await import("./redis/index.js");
    const { createBullmqJobs } = await import("./bullmq/index.js");
    const store = await createRedisStore({ url: redisUrl, keyPrefix: config.runtime.keyPrefix, clock, log });
    const jobs = createBullmqJobs({ url: redisUrl, prefix: config.runtime.keyPrefix, log, clock });
    return { store, jobs };
  }
  const dataDir = options.dataDir === undefined ? config.runtime.dataDir : options.dataDir;
  const store = createEmbeddedStore({ dataDir, clock });
  return { store, jobs: createInProcessJobs({ store, clock, log }) };
}
