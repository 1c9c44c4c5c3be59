import { randomUUID } from "node:crypto";
import cron, { type ScheduledTask } from "node-cron";
import { errorMessage, PermanentError } from "../../core/errors.js";
import type { Logger } from "../../core/log.js";
import { type Clock, systemClock } from "../../ports/clock.js";
import type { EnqueueOptions, JobHandler, Jobs, QueueOptions, ScheduleSpec } from "../../ports/jobs.js";
import type { Store } from "../../ports/store.js";
import { DelayedJobRepo, type PendingJob } from "./delayed-jobs.js";

interface QueueState {
  handler: JobHandler<never>;
  concurrency: number;
  limiter?: { max: number; durationMs: number };
  running: number;
  startedAt: number[];
}

export interface InProcessJobsConfig {
  /** Delayed jobs (timers) are kept here so they survive a restart. */
  store: Store;
  clock?: Clock;
  log: Logger;
  /** Base of the exponential retry backoff. */
  retryBaseMs?: number;
}

/**
 * Jobs in this process: a queue per name with concurrency and rate limits, node-cron for cron schedules.
 * Every job is kept in the store from its enqueue until it is done (or failed for good), so jobs queued
 * before a stop or a crash — an alert post, a timer — run after the restart; a job cut off mid-run runs
 * again (handlers are idempotent).
 */
export class InProcessJobs implements Jobs {
  private readonly queues = new Map<string, QueueState>();
  /** Ready jobs per queue, first in first out (each also in the store until done). */
  private readonly ready = new Map<string, PendingJob[]>();
  /** Delayed jobs by key (each also in the store). */
  private readonly delayed = new Map<string, PendingJob>();
  private nextDueAt = Number.POSITIVE_INFINITY;
  private readonly known = new Set<string>();
  private readonly schedules = new Map<string, ScheduledTask | NodeJS.Timeout>();
  private readonly clock: Clock;
  private timer: NodeJS.Timeout | null = null;
  private pumpQueued = false;
  private started = false;
  private closing = false;
  private inFlight = new Set<Promise<void>>();
  /** Jobs that failed for good, kept for inspection. */
  readonly failed: Array<{ queue: string; jobId: string; error: string }> = [];
  private readonly stored: DelayedJobRepo;

  constructor(private readonly config: InProcessJobsConfig) {
    this.clock = config.clock ?? systemClock;
    this.stored = new DelayedJobRepo(config.store);
  }

  register<T>(queue: string, handler: JobHandler<T>, options: QueueOptions = {}): void {
    this.queues.set(queue, {
      handler: handler as JobHandler<never>,
      concurrency: options.concurrency ?? 1,
      ...(options.limiter ? { limiter: options.limiter } : {}),
      running: 0,
      startedAt: [],
    });
  }

  async enqueue<T>(queue: string, data: T, options: EnqueueOptions = {}): Promise<void> {
    // Unique across restarts too: a job kept from the last run may still be waiting under its id.
    const jobId = options.jobId ?? `auto-${randomUUID()}`;
    const key = `${queue}:${jobId}`;
    if (options.jobId && (this.known.has(key) || this.delayed.has(key))) return;
    const job: PendingJob = {
      queue,
      jobId,
      data,
      attempt: 1,
      attempts: options.attempts ?? 5,
      runAt: this.clock.now() + (options.delayMs ?? 0),
    };
    if (options.jobId) this.known.add(key);
    if (options.delayMs) await this.addDelayed(key, job);
    else {
      await this.stored.put(key, job);
      this.pushReady(job);
    }
  }

  private async addDelayed(key: string, job: PendingJob): Promise<void> {
    this.delayed.set(key, job);
    if (job.runAt < this.nextDueAt) this.nextDueAt = job.runAt;
    await this.stored.put(key, job);
  }

  private pushReady(job: PendingJob): void {
    let list = this.ready.get(job.queue);
    if (!list) {
      list = [];
      this.ready.set(job.queue, list);
    }
    list.push(job);
    this.schedulePump();
  }

  async cancel(queue: string, jobId: string): Promise<void> {
    const key = `${queue}:${jobId}`;
    this.known.delete(key);
    const list = this.ready.get(queue);
    if (list)
      this.ready.set(
        queue,
        list.filter((j) => j.jobId !== jobId),
      );
    this.delayed.delete(key);
    await this.stored.delete(key);
  }

  async schedule<T>(id: string, spec: ScheduleSpec, queue: string, data: T): Promise<void> {
    await this.unschedule(id);
    const fire = () => {
      if (!this.closing) void this.enqueue(queue, data);
    };
    if ("cron" in spec) {
      const task = cron.schedule(spec.cron, fire, {
        name: id,
        noOverlap: true,
        ...(spec.timezone ? { timezone: spec.timezone } : {}),
      });
      this.schedules.set(id, task);
    } else {
      const t = setInterval(fire, spec.everyMs);
      t.unref();
      this.schedules.set(id, t);
    }
  }

  async unschedule(id: string): Promise<void> {
    const s = this.schedules.get(id);
    if (!s) return;
    if ("stop" in s) await s.destroy();
    else clearInterval(s);
    this.schedules.delete(id);
  }

  async depths(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const q of this.queues.keys()) out[q] = 0;
    for (const [q, list] of this.ready) out[q] = (out[q] ?? 0) + list.length;
    for (const j of this.delayed.values()) out[j.queue] = (out[j.queue] ?? 0) + 1;
    return out;
  }

  /** Takes up the jobs kept from the last run (queued, delayed, or cut off mid-run), then runs. */
  async start(): Promise<void> {
    this.started = true;
    const kept = (await this.stored.all()).sort((a, b) => a[1].runAt - b[1].runAt);
    const now = this.clock.now();
    for (const [key, job] of kept) {
      this.known.add(key);
      if (job.runAt <= now) this.pushReady(job);
      else {
        this.delayed.set(key, job);
        if (job.runAt < this.nextDueAt) this.nextDueAt = job.runAt;
      }
    }
    this.tick();
  }

  /** Moves due delayed jobs to the ready queues and runs what it can; tests call it after moving the clock. */
  async runDue(): Promise<void> {
    const now = this.clock.now();
    if (now >= this.nextDueAt) {
      const due = [...this.delayed].filter(([, j]) => j.runAt <= now).sort((a, b) => a[1].runAt - b[1].runAt);
      this.nextDueAt = Number.POSITIVE_INFINITY;
      for (const j of this.delayed.values())
        if (j.runAt > now && j.runAt < this.nextDueAt) this.nextDueAt = j.runAt;
      // Still in the store until they are done.
      for (const [key, job] of due) {
        this.delayed.delete(key);
        this.pushReady(job);
      }
    }
    this.pump();
  }

  /** Resolves when no job is ready or running (delayed jobs may remain). */
  async drain(): Promise<void> {
    for (;;) {
      await this.runDue();
      const waiting = [...this.ready.values()].some((l) => l.length > 0);
      if (this.inFlight.size === 0 && !waiting) return;
      await Promise.race([...this.inFlight, new Promise((r) => setTimeout(r, 5))]);
    }
  }

  /** Checks the delayed jobs every 250 ms. */
  private tick(): void {
    if (!this.started || this.closing) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.runDue().finally(() => this.tick());
    }, 250);
    this.timer.unref();
  }

  /** Runs `pump` once after the current burst of enqueues. */
  private schedulePump(): void {
    if (this.pumpQueued) return;
    this.pumpQueued = true;
    setImmediate(() => {
      this.pumpQueued = false;
      this.pump();
    });
  }

  private pump(): void {
    if (!this.started || this.closing) return;
    const now = this.clock.now();
    for (const [name, list] of this.ready) {
      const q = this.queues.get(name);
      if (!q) continue;
      let taken = 0;
      while (taken < list.length && q.running < q.concurrency && this.underLimit(q, now)) {
        const job = list[taken++]!;
        q.running++;
        q.startedAt.push(now);
        const p = this.run(q, job).finally(() => {
          q.running--;
          this.inFlight.delete(p);
          this.schedulePump();
        });
        this.inFlight.add(p);
      }
      if (taken) list.splice(0, taken);
    }
    // A rate-limited queue with work left tries again when its window moves on.
    if ([...this.ready].some(([n, l]) => l.length > 0 && this.queues.get(n)?.limiter)) {
      setTimeout(() => this.schedulePump(), 50).unref();
    }
  }

  private underLimit(q: QueueState, now: number): boolean {
    if (!q.limiter) return true;
    q.startedAt = q.startedAt.filter((t) => t > now - q.limiter!.durationMs);
    return q.startedAt.length < q.limiter.max;
  }

  private async run(q: QueueState, job: PendingJob): Promise<void> {
    const key = `${job.queue}:${job.jobId}`;
    try {
      await q.handler(job.data as never, { queue: job.queue, jobId: job.jobId, attempt: job.attempt });
      await this.forget(key);
    } catch (err) {
      const permanent = err instanceof PermanentError;
      const meta = { queue: job.queue, jobId: job.jobId, attempt: job.attempt, error: errorMessage(err) };
      if (this.closing) {
        // Cut off by the stop: it stays in the store and runs again after the restart.
        this.config.log.warn("job stopped by shutdown, runs again at the next start", meta);
        return;
      }
      if (!permanent && job.attempt < job.attempts) {
        const delay = (this.config.retryBaseMs ?? 1000) * 2 ** (job.attempt - 1);
        const retry = { ...job, attempt: job.attempt + 1, runAt: this.clock.now() + delay };
        await this.addDelayed(key, retry).catch(() => {});
        this.config.log.warn("job failed, will retry", meta);
        return;
      }
      this.failed.push({ queue: job.queue, jobId: job.jobId, error: errorMessage(err) });
      this.config.log.error("job failed for good", meta);
      await this.forget(key);
    }
  }

  /** Drops a finished job from the store; a store closed under it keeps the job for the next start. */
  private async forget(key: string): Promise<void> {
    if (this.delayed.has(key)) return; // re-enqueued as a timer meanwhile
    await this.stored.delete(key).catch(() => {});
  }

  /**
   * Stops taking jobs and lets the running ones finish, for at most `graceMs` (default: as long as they
   * take). Jobs not started, and any still running at the deadline, stay in the store for the next start.
   */
  async close(options: { graceMs?: number } = {}): Promise<void> {
    this.closing = true;
    if (this.timer) clearTimeout(this.timer);
    for (const id of [...this.schedules.keys()]) await this.unschedule(id);
    const running = Promise.allSettled([...this.inFlight]);
    if (options.graceMs === undefined) await running;
    else {
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<void>((r) => {
        timer = setTimeout(r, options.graceMs);
      });
      await Promise.race([running, deadline]);
      clearTimeout(timer);
    }
  }

  async healthy(): Promise<boolean> {
    return this.started && !this.closing;
  }
}

export function createInProcessJobs(config: InProcessJobsConfig): InProcessJobs {
  return new InProcessJobs(config);
}
