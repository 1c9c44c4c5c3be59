import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { type BullmqJobs, createBullmqJobs } from "../../src/backends/bullmq/index.js";
import { createInProcessJobs, type InProcessJobs } from "../../src/backends/memory/jobs.js";
import { EmbeddedStore } from "../../src/backends/memory/store.js";
import { silentLogger } from "../../src/core/log.js";
import type { Jobs } from "../../src/ports/jobs.js";
import { type RedisServer, startRedisServer } from "../helpers/redis-server.js";
import { describeJobsContract } from "./jobs.contract.js";

const RETRY_BASE_MS = 150;

const onDir = new WeakMap<Jobs, { store: EmbeddedStore; dir: string }>();
/** In-process jobs on an embedded store in `dir` (its jobs kept there across a restart). */
function inProcessOn(dir: string): InProcessJobs {
  const store = new EmbeddedStore({ dataDir: dir });
  const jobs = createInProcessJobs({ store, log: silentLogger, retryBaseMs: RETRY_BASE_MS });
  onDir.set(jobs, { store, dir });
  return jobs;
}

describeJobsContract(
  "in-process, with a data dir",
  async () => inProcessOn(mkdtempSync(join(tmpdir(), "orm-jobs-"))),
  {
    retryBaseMs: RETRY_BASE_MS,
    failedIds: async (jobs, queue) =>
      (jobs as InProcessJobs).failed.filter((f) => f.queue === queue).map((f) => f.jobId),
    restart: async (jobs, graceMs) => {
      await jobs.close({ graceMs });
      const { store, dir } = onDir.get(jobs)!;
      await store.close();
      return inProcessOn(dir);
    },
  },
);

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
  restart: async (jobs, graceMs) => {
    await jobs.close({ graceMs });
    return openBullmq(prefixOf.get(jobs)!);
  },
});
