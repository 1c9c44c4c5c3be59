import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PermanentError } from "../../src/core/errors.js";
import type { JobMeta, Jobs } from "../../src/ports/jobs.js";

/** What the suite needs to know about a backend besides the port. */
export interface JobsContractExtras {
  /** Base of the retry backoff the factory configured (attempt n waits at least base × 2^(n-1)). */
  retryBaseMs: number;
  /** Ids of the jobs of `queue` that failed for good and are kept for inspection. */
  failedIds(jobs: Jobs, queue: string): Promise<string[]>;
  /** Another instance on the same shared state (a second replica), for backends that have one. */
  peer?: (jobs: Jobs) => Promise<Jobs>;
  /** Closes `jobs` (gracefully, with `graceMs`) and opens a new instance on the same kept state (a restart). */
  restart?: (jobs: Jobs, graceMs: number) => Promise<Jobs>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `cond` until it holds; fails with `what` after `timeoutMs` (a liveness bound, not a speed goal). */
export async function until(
  what: string,
  cond: () => boolean | Promise<boolean>,
  timeoutMs = 15_000,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for: ${what}`);
    await sleep(20);
  }
}

interface Call {
  data: unknown;
  meta: JobMeta;
  atMs: number;
}

/** Registers the job-port contract suite for a backend; in-process and BullMQ jobs both pass it. */
export function describeJobsContract(
  name: string,
  factory: () => Promise<Jobs>,
  extras: JobsContractExtras,
): void {
  describe(`Jobs contract: ${name}`, () => {
    let jobs: Jobs;
    const opened: Jobs[] = [];
    const track = (j: Jobs) => {
      opened.push(j);
      return j;
    };
    beforeEach(async () => {
      jobs = track(await factory());
    });
    afterEach(async () => {
      for (const j of opened.splice(0)) await j.close();
    });

    const recorder = (j: Jobs, queue: string, fail?: (meta: JobMeta) => Error | null) => {
      const calls: Call[] = [];
      j.register(queue, async (data, meta) => {
        calls.push({ data, meta, atMs: Date.now() });
        const err = fail?.(meta);
        if (err) throw err;
      });
      return calls;
    };

    it("runs an enqueued job once, with its data and meta", async () => {
      const calls = recorder(jobs, "work");
      await jobs.start();
      expect(await jobs.healthy()).toBe(true);
      await jobs.enqueue("work", { a: 1, list: ["x"] });
      await until("the job ran", () => calls.length === 1);
      await jobs.drain();
      await sleep(200);
      expect(calls).toHaveLength(1);
      expect(calls[0]!.data).toEqual({ a: 1, list: ["x"] });
      expect(calls[0]!.meta).toMatchObject({ queue: "work", attempt: 1 });
    });

    it("drops a second job with the same id, before and after the first ran", async () => {
      const calls = recorder(jobs, "post");
      await jobs.start();
      await Promise.all([
        jobs.enqueue("post", { n: 1 }, { jobId: "alert:7" }),
        jobs.enqueue("post", { n: 2 }, { jobId: "alert:7" }),
      ]);
      await until("the job ran", () => calls.length >= 1);
      await jobs.drain();
      await jobs.enqueue("post", { n: 3 }, { jobId: "alert:7" });
      await sleep(400);
      expect(calls).toHaveLength(1);
      expect(calls[0]!.meta.jobId).toBe("alert:7");
    });

    it("runs a delayed job no earlier than its delay", async () => {
      const calls = recorder(jobs, "timer");
      await jobs.start();
      const t0 = Date.now();
      await jobs.enqueue("timer", { sla: 1 }, { jobId: "sla:1", delayMs: 400 });
      await until("the delayed job ran", () => calls.length === 1);
      expect(calls[0]!.atMs - t0).toBeGreaterThanOrEqual(390);
    });

    it("cancels a pending delayed job", async () => {
      const calls = recorder(jobs, "timer");
      await jobs.start();
      await jobs.enqueue("timer", {}, { jobId: "sla:2", delayMs: 300 });
      expect((await jobs.depths()).timer).toBe(1);
      await jobs.cancel("timer", "sla:2");
      await jobs.cancel("timer", "never-existed");
      expect((await jobs.depths()).timer ?? 0).toBe(0);
      await sleep(800);
      expect(calls).toHaveLength(0);
    });

    it("retries a failing job with exponential backoff, then keeps it as failed", async () => {
      const calls = recorder(jobs, "flaky", () => new Error("boom"));
      await jobs.start();
      await jobs.enqueue("flaky", { x: 1 }, { jobId: "f1", attempts: 3 });
      await until("kept as failed", async () => (await extras.failedIds(jobs, "flaky")).includes("f1"));
      expect(calls.map((c) => c.meta.attempt)).toEqual([1, 2, 3]);
      const base = extras.retryBaseMs;
      expect(calls[1]!.atMs - calls[0]!.atMs).toBeGreaterThanOrEqual(base * 0.9);
      expect(calls[2]!.atMs - calls[1]!.atMs).toBeGreaterThanOrEqual(2 * base * 0.9);
      await sleep(base * 5);
      expect(calls).toHaveLength(3);
    });

    it("does not retry a PermanentError", async () => {
      const calls = recorder(jobs, "bad", () => new PermanentError("can never work"));
      await jobs.start();
      await jobs.enqueue("bad", {}, { jobId: "p1", attempts: 5 });
      await until("kept as failed", async () => (await extras.failedIds(jobs, "bad")).includes("p1"));
      await sleep(extras.retryBaseMs * 3);
      expect(calls).toHaveLength(1);
    });

    it("lets in-flight jobs finish on close", async () => {
      let started = false;
      let finished = false;
      jobs.register("slow", async () => {
        started = true;
        await sleep(300);
        finished = true;
      });
      await jobs.start();
      await jobs.enqueue("slow", {});
      await until("the job started", () => started);
      await jobs.close();
      expect(finished).toBe(true);
    });

    if (extras.restart)
      it("runs the jobs still queued at a graceful stop after the restart, each once", async () => {
        let release: () => void = () => {};
        const gate = new Promise<void>((r) => {
          release = r;
        });
        const ran: string[] = [];
        const handler = async (data: { n: string }) => {
          ran.push(data.n);
          if (data.n === "a") await gate;
        };
        jobs.register("post", handler);
        await jobs.start();
        for (const n of ["a", "b", "c"]) await jobs.enqueue("post", { n }, { jobId: `post-${n}` });
        await until("the first job started", () => ran.includes("a"));
        const restarting = extras.restart!(jobs, 30_000);
        await sleep(50); // the stop is under way while "a" runs
        release();
        const again = track(await restarting);
        expect(ran.length, "the stop took no new job").toBeLessThan(3);
        again.register("post", handler);
        await again.start();
        await until("every job ran", () => ["a", "b", "c"].every((n) => ran.includes(n)));
        await again.drain();
        expect([...ran].sort()).toEqual(["a", "b", "c"]);
      });

    it("fires a schedule repeatedly until unscheduled", async () => {
      const calls = recorder(jobs, "tick");
      await jobs.start();
      await jobs.schedule("tick:every", { everyMs: 200 }, "tick", { feed: "f" });
      await until("three ticks", () => calls.length >= 3);
      expect(calls[0]!.data).toEqual({ feed: "f" });
      await jobs.unschedule("tick:every");
      await sleep(400);
      const settled = calls.length;
      await sleep(800);
      expect(calls.length).toBe(settled);
    });

    if (extras.peer) {
      it("fires each tick of a schedule once across two instances", async () => {
        const other = track(await extras.peer!(jobs));
        const a = recorder(jobs, "shared");
        const b = recorder(other, "shared");
        await Promise.all([jobs.start(), other.start()]);
        const everyMs = 250;
        const t0 = Date.now();
        await Promise.all([
          jobs.schedule("poll:shared", { everyMs }, "shared", {}),
          other.schedule("poll:shared", { everyMs }, "shared", {}),
        ]);
        await until("six ticks", () => a.length + b.length >= 6);
        const elapsed = Date.now() - t0;
        await jobs.unschedule("poll:shared");
        const ids = [...a, ...b].map((c) => c.meta.jobId);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.length).toBeLessThanOrEqual(Math.floor(elapsed / everyMs) + 2);
      });

      it("runs a job enqueued on one instance once, on either", async () => {
        const other = track(await extras.peer!(jobs));
        const a = recorder(jobs, "post");
        const b = recorder(other, "post");
        await Promise.all([jobs.start(), other.start()]);
        await Promise.all(
          Array.from({ length: 20 }, (_, i) => other.enqueue("post", { i }, { jobId: `p-${i % 10}` })),
        );
        await until("ten jobs ran", () => a.length + b.length >= 10);
        await sleep(300);
        expect(a.length + b.length).toBe(10);
      });
    }
  });
}
