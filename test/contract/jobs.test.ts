import { afterAll, beforeAll } from "vitest";
import { type BullmqJobs, createBullmqJobs } from "../../src/backends/bullmq/index.js";
import { createInProcessJobs, type InProcessJobs } from "../../src/backends/memory/jobs.js";
import { EmbeddedStore } from "../../src/backends/memory/store.js";
import { silentLogger } from "../../src/core/log.js";
import type { Jobs } from "../../src/ports/jobs.js";
import { type RedisServer, startRedisServer } from "../helpers/redis-server.js";
import { describeJobsContract } from "./jobs.contract.js";

const RETRY_BASE_MS = 150;

describeJobsContract(
  "in-process",
  async () =>
    createInProcessJobs({
      store: new EmbeddedStore({ dataDir: null }),
      log: silentLogger,
      retryBaseMs: RETRY_BASE_MS,
    }),
  {
    retryBaseMs: RETRY_BASE_MS,
    failedIds: async (jobs, queue) =>
      (jobs as InProcessJobs).failed.filter((f) => f.queue === queue).map((f) => f.jobId),
  },
);

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  await redis?.dispose();
});
let n = 0;
const prefixOf = new WeakMap<Jobs, string>();
const openBullmq = (prefix: string): BullmqJobs => {
  const jobs = createBullmqJobs({ url: redis.url, prefix, log: silentLogger, retryBaseMs: RETRY_BASE_MS });
  prefixOf.set(jobs, prefix);
  return jobs;
};
describeJobsContract("bullmq", async () => openBullmq(`j${++n}`), {
  retryBaseMs: RETRY_BASE_MS,
  failedIds: async (jobs, queue) => (await (jobs as BullmqJobs).failed(queue)).map((f) => f.jobId),
  peer: async (jobs) => openBullmq(prefixOf.get(jobs)!),
});
