import { type ChildProcess, spawn } from "node:child_process";
import { resolve } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type BullmqJobs, createBullmqJobs } from "../../src/backends/bullmq/index.js";
import { createRedisStore, type RedisStore } from "../../src/backends/redis/index.js";
import { silentLogger } from "../../src/core/log.js";
import { until } from "../contract/jobs.contract.js";
import { storedMention } from "../contract/store.contract.js";
import { type RedisServer, startRedisServer } from "../helpers/redis-server.js";

const WORKER = resolve(import.meta.dirname, "../helpers/replica-worker.mjs");

interface Replica {
  proc: ChildProcess;
  pid: number;
  exited: Promise<number | null>;
  stderr: () => string;
}

let redis: RedisServer;
let store: RedisStore;
let producer: BullmqJobs;
const replicas: Replica[] = [];
let prefixN = 0;
let prefix = "";

/** Spawns a replica process on the current prefix and waits until its workers run. */
async function spawnReplica(env: Record<string, string> = {}): Promise<Replica> {
  const proc = spawn(process.execPath, [WORKER], {
    env: { ...process.env, REDIS_URL: redis.url, ORM_KEY_PREFIX: prefix, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  proc.stdout!.on("data", (d) => {
    out += d;
  });
  proc.stderr!.on("data", (d) => {
    err += d;
  });
  const exited = new Promise<number | null>((r) => proc.once("exit", (code) => r(code)));
  const r: Replica = { proc, pid: proc.pid!, exited, stderr: () => err };
  replicas.push(r);
  await until(
    `replica ready (stderr: ${err})`,
    () => out.includes("ready") || proc.exitCode !== null,
    30_000,
  );
  if (proc.exitCode !== null) throw new Error(`replica exited: ${err}`);
  return r;
}

/** Field → count of a counter series the replicas write (how often each thing happened). */
async function counts(series: string): Promise<Record<string, number>> {
  return (await store.counters.read(series, 0, 1))[0]?.fields ?? {};
}

beforeAll(async () => {
  redis = await startRedisServer({ aof: true });
});
afterAll(async () => {
  await redis?.dispose();
});
afterEach(async () => {
  for (const r of replicas.splice(0)) {
    if (r.proc.exitCode === null && r.proc.signalCode === null) r.proc.kill("SIGKILL");
    await r.exited;
  }
  await producer?.close();
  await store?.close();
});

async function fresh(): Promise<void> {
  prefix = `r${++prefixN}`;
  store = await createRedisStore({ url: redis.url, keyPrefix: prefix, offlineWaitMs: 30_000 });
  producer = createBullmqJobs({ url: redis.url, prefix, log: silentLogger });
}

describe("replicas on one Redis", () => {
  it("a job whose worker is SIGKILLed mid-job completes once, on another replica", async () => {
    await fresh();
    const a = await spawnReplica({ HOLD_MS: "60000", LOCK_MS: "1000" });
    await producer.enqueue("work", {}, { jobId: "job:1" });
    await until("replica A started the job", async () => (await counts("started"))[`job:1@${a.pid}`] === 1);
    a.proc.kill("SIGKILL");
    await a.exited;
    const b = await spawnReplica({ HOLD_MS: "10", LOCK_MS: "1000" });
    await until("the job completed", async () => (await counts("completed"))["job:1"] === 1, 30_000);
    expect((await counts("started"))[`job:1@${b.pid}`]).toBe(1);
    b.proc.kill("SIGTERM");
    expect(await b.exited).toBe(0);
    expect((await counts("completed"))["job:1"]).toBe(1);
  }, 90_000); // bounds on hangs, above the waits inside (as below), not speed goals

  it("two replicas fire each schedule tick once and post once", async () => {
    await fresh();
    const env = { SCHEDULE: "1", TICK_MS: "250" };
    const [a, b] = await Promise.all([spawnReplica(env), spawnReplica(env)]);
    await until("eight ticks", async () => Object.keys(await counts("ticks")).length >= 8, 30_000);
    const ticks = await counts("ticks");
    expect(Object.values(ticks).every((n) => n === 1)).toBe(true);
    await until("the post", async () => (await counts("posts"))["post:once"] === 1);
    for (const r of [a, b]) r.proc.kill("SIGTERM");
    expect(await Promise.all([a.exited, b.exited])).toEqual([0, 0]);
    expect(await counts("posts")).toEqual({ "post:once": 1 });
    expect(Object.values(await counts("ticks")).every((n) => n === 1)).toBe(true);
  }, 90_000);

  it("survives a Redis restart under load: no crash, work resumes, no mention lost (AOF)", async () => {
    await fresh();
    // A batch in flight when Redis went away is dropped by its worker (its finishing write failed)
    // and handed back by BullMQ's stalled check once its lock expires: a 2 s lock keeps that wait short.
    const workers = await Promise.all([spawnReplica({ LOCK_MS: "2000" }), spawnReplica({ LOCK_MS: "2000" })]);
    const BATCHES = 120;
    const PER = 50;
    const enqueue = async (b: number) => {
      const mentions = Array.from({ length: PER }, (_, i) =>
        storedMention(`m${b}-${i}`, { at: b * PER + i }),
      );
      for (;;) {
        try {
          return await producer.enqueue("ingest", { mentions }, { jobId: `batch-${b}` });
        } catch {
          await new Promise((r) => setTimeout(r, 100));
        }
      }
    };
    let produced = 0;
    const producing = (async () => {
      for (let b = 0; b < BATCHES; b++) {
        await enqueue(b);
        produced++;
        await new Promise((r) => setTimeout(r, 15));
      }
    })();
    await until("some mentions stored", async () => (await store.mentions.count()) > 500);
    await redis.stop();
    await until("store reports unhealthy", async () => !(await store.healthy()));
    await new Promise((r) => setTimeout(r, 1_000));
    await redis.start();
    await until("store healthy again", () => store.healthy(), 30_000);
    await producing;
    expect(produced).toBe(BATCHES);
    await until("every mention stored", async () => (await store.mentions.count()) === BATCHES * PER, 60_000);
    for (const w of workers) expect(w.proc.exitCode, w.stderr()).toBeNull();
    for (const w of workers) w.proc.kill("SIGTERM");
    expect(await Promise.all(workers.map((w) => w.exited))).toEqual([0, 0]);
    expect(await store.mentions.count()).toBe(BATCHES * PER);
  }, 120_000); // a bound on a hang, above the waits inside, not a speed goal
});
