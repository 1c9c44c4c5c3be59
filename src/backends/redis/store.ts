import { z } from "zod";
import { type Logger, silentLogger } from "../../core/log.js";
import { type Clock, systemClock } from "../../ports/clock.js";
import type { Store } from "../../ports/store.js";
import { RedisAuthorRepo } from "./author-repo.js";
import { RedisCaseRepo } from "./case-repo.js";
import { RedisConnection } from "./connection.js";
import { RedisCounterRepo } from "./counter-repo.js";
import { RedisDocumentRepo } from "./doc-repo.js";
import { RedisLockRepo, RedisMarkRepo, RedisTallyRepo } from "./lease-repos.js";
import { migrateLegacyKv } from "./legacy-migration.js";
import { RedisMentionRepo, RedisOutboxRepo } from "./mention-repo.js";

/** Settings of the Redis store; `url` comes from REDIS_URL, `keyPrefix` from ORM_KEY_PREFIX. */
export const RedisStoreConfigSchema = z.object({
  url: z.string().regex(/^rediss?:\/\//, "must be a redis:// or rediss:// URL"),
  keyPrefix: z
    .string()
    .min(1)
    .regex(/^[^\s{}]+$/, "must be one word without braces"),
  /** How long a command waits for a lost connection to come back before failing. */
  offlineWaitMs: z.number().int().nonnegative().default(5_000),
  /** How long start-up waits for Redis before giving up with a clear error. */
  connectTimeoutMs: z.number().int().positive().default(10_000),
});

export type RedisStoreConfig = z.input<typeof RedisStoreConfigSchema> & {
  /** Not used for expiry (Redis keeps time for ttls); stamps outbox entries. */
  clock?: Clock;
  log?: Logger;
};

/**
 * The store on Redis: sorted sets for time ranges, hashes for counters and profiles, SET NX for
 * claims and locks, Lua for insert-with-dedupe and case compare-and-set. Replicas share it safely.
 */
export class RedisStore implements Store {
  readonly kind = "redis" as const;
  readonly mentions: RedisMentionRepo;
  readonly cases: RedisCaseRepo;
  readonly authors: RedisAuthorRepo;
  readonly counters: RedisCounterRepo;
  readonly docs: RedisDocumentRepo;
  readonly locks: RedisLockRepo;
  readonly tallies: RedisTallyRepo;
  readonly marks: RedisMarkRepo;
  readonly outbox: RedisOutboxRepo;

  constructor(
    private readonly conn: RedisConnection,
    clock: Clock = systemClock,
  ) {
    this.mentions = new RedisMentionRepo(conn, clock);
    this.outbox = new RedisOutboxRepo(conn);
    this.cases = new RedisCaseRepo(conn);
    this.authors = new RedisAuthorRepo(conn);
    this.counters = new RedisCounterRepo(conn);
    this.docs = new RedisDocumentRepo(conn);
    this.locks = new RedisLockRepo(conn);
    this.tallies = new RedisTallyRepo(conn);
    this.marks = new RedisMarkRepo(conn);
  }

  /** True when Redis answers PING; false while it is down or restarting. */
  /** Nothing to rewrite: Redis's own persistence (RDB, AOF) is the operator's to configure. */
  async purge(): Promise<void> {}

  healthy(): Promise<boolean> {
    return this.conn.healthy();
  }

  async close(): Promise<void> {
    await this.conn.close();
  }
}

/**
 * Connects to Redis (waiting up to `connectTimeoutMs`), moves data of the old key-value layout into
 * today's documents once, and returns the store; a UserError when unreachable.
 */
export async function createRedisStore(config: RedisStoreConfig): Promise<RedisStore> {
  const c = RedisStoreConfigSchema.parse(config);
  const log = config.log ?? silentLogger;
  const conn = await RedisConnection.open({ ...c, log });
  const store = new RedisStore(conn, config.clock);
  try {
    await migrateLegacyKv(conn, store.docs, store.marks, log);
  } catch (err) {
    await store.close();
    throw err;
  }
  return store;
}
