// A stand-in bot replica for the fault tests: the real Redis store and BullMQ jobs from dist/, with
// job handlers that record what they did in the store. Spawned as `node replica-worker.mjs`.
// Env: REDIS_URL, ORM_KEY_PREFIX, HOLD_MS (how long a "work" job takes), LOCK_MS (BullMQ lock),
// SCHEDULE=1 (also upsert the shared "tick" schedule every TICK_MS).
// Prints "ready <pid>" on stdout once its workers run; SIGTERM closes it gracefully (exit 0).
import { createBullmqJobs } from "../../dist/src/backends/bullmq/index.js";
import { createRedisStore } from "../../dist/src/backends/redis/index.js";
import { createLogger } from "../../dist/src/core/log.js";

const env = process.env;
const url = env.REDIS_URL;
const prefix = env.ORM_KEY_PREFIX ?? "orm";
const holdMs = Number(env.HOLD_MS ?? 0);
const log = createLogger("warn", { pid: process.pid });
const store = await createRedisStore({ url, keyPrefix: prefix, offlineWaitMs: 30_000, log });
const jobs = createBullmqJobs({
  url,
  prefix,
  log,
  lockDurationMs: Number(env.LOCK_MS ?? 30_000),
  retryBaseMs: 200,
});
const pid = String(process.pid);

/** Adds 1 to `field` of a series: atomic in Redis, so counts show how often something happened. */
const count = (series, field) => store.counters.increment([{ series, hourMs: 0, field, by: 1 }]);

jobs.register("work", async (_data, meta) => {
  await count("started", `${meta.jobId}@${pid}`);
  await new Promise((r) => setTimeout(r, holdMs));
  await count("completed", meta.jobId);
});
jobs.register(
  "ingest",
  async (data) => {
    await store.mentions.insertMany(data.mentions);
  },
  { concurrency: 4 },
);
jobs.register("tick", async (_data, meta) => {
  await count("ticks", meta.jobId);
});
jobs.register("post", async (_data, meta) => {
  // The effect is guarded by an idempotency key, as alert posts are: a retry never posts twice.
  if (await store.marks.add("posted", meta.jobId)) await count("posts", meta.jobId);
});

await jobs.start();
if (env.SCHEDULE === "1") {
  await jobs.schedule("tick:shared", { everyMs: Number(env.TICK_MS ?? 300) }, "tick", {});
  await jobs.enqueue("post", { text: "hello" }, { jobId: "post:once" });
}
process.stdout.write(`ready ${pid}\n`);

process.once("SIGTERM", async () => {
  await jobs.close();
  await store.close();
  process.exit(0);
});
