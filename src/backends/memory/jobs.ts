import cron, { type ScheduledTask } from "node-cron";
import { errorMessage, PermanentError } from "../../core/errors.js";
import type { Logger } from "../../core/log.js";
import { type Clock, systemClock } from "../../ports/clock.js";
import type { EnqueueOptions, JobHandler, Jobs, QueueOptions, ScheduleSpec } from "../../ports/jobs.js";
import type { Store } from "../../ports/store.js";

interface PendingJob {
  queue: string;
  jobId: string;
  data: unknown;
  attempt: number;
  attempts: number;
  runAt: number;
}

interface QueueState {
  handler: JobHandler<never>;
  concurrency: number;
  limiter?: { max: number; durationMs: number };
  running: number;
  startedAt: number[];
}

const DELAYED_NS = "jobs:delayed";

export interface InProcessJobsConfig {
  /** Delayed jobs (timers) are kept here so they survive a restart. */
  store: Store;
  clock?: Clock;
  log: Logger;
  /** Base of the exponential retry backoff. */
  retryBaseMs?: number;
}

/**
 * Jobs in this process: a queue per name with concurrency and rate limits, delayed jobs persisted in
 * the store (timers survive restarts), node-cron for cron schedules.
 */
export class InProcessJobs implements Jobs {
  private readonly queues = new Map<string, QueueState>();
  private ready: PendingJob[] = [];
  private readonly known = new Set<string>();
  private readonly schedules = new Map<string, ScheduledTask | NodeJS.Timeout>();
  private readonly clock: Clock;
  private timer: NodeJS.Timeout | null = null;
  private started = false;
  private closing = false;
  private inFlight = new Set<Promise<void>>();
  /** Jobs that failed for good, kept for inspection. */
  readonly failed: Array<{ queue: string; jobId: string; error: string }> = [];
  private seq = 0;

  constructor(private readonly config: InProcessJobsConfig) {
    this.clock = config.clock ?? systemClock;
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
    const jobId = options.jobId ?? `auto-${++this.seq}`;
    const key = `${queue}:${jobId}`;
    if (options.jobId && this.known.has(key)) return;
    const job: PendingJob = {
      queue,
      jobId,
      data,
      attempt: 1,
      attempts: options.attempts ?? 5,
      runAt: this.clock.now() + (options.delayMs ?? 0),
    };
    if (options.jobId) {
      if (options.delayMs && !(await this.config.store.kv.setIfAbsent(DELAYED_NS, key, job))) return;
      this.known.add(key);
    }
    if (options.delayMs) {
      if (!options.jobId) await this.config.store.kv.set(DELAYED_NS, key, job);
    } else this.ready.push(job);
    this.kick();
  }

  async cancel(queue: string, jobId: string): Promise<void> {
    const key = `${queue}:${jobId}`;
    this.known.delete(key);
    this.ready = this.ready.filter((j) => !(j.queue === queue && j.jobId === jobId));
    await this.config.store.kv.delete(DELAYED_NS, key);
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
    for (const j of this.ready) out[j.queue] = (out[j.queue] ?? 0) + 1;
    for (const [, j] of await this.config.store.kv.entries<PendingJob>(DELAYED_NS))
      out[j.queue] = (out[j.queue] ?? 0) + 1;
    return out;
  }

  async start(): Promise<void> {
    this.started = true;
    for (const [key] of await this.config.store.kv.entries<PendingJob>(DELAYED_NS)) this.known.add(key);
    this.kick();
  }

  /** Moves due delayed jobs to the ready queue and runs what it can; tests call it after moving the clock. */
  async runDue(): Promise<void> {
    const now = this.clock.now();
    const due = (await this.config.store.kv.entries<PendingJob>(DELAYED_NS))
      .filter(([, j]) => j.runAt <= now)
      .sort((a, b) => a[1].runAt - b[1].runAt);
    for (const [key, job] of due) {
      await this.config.store.kv.delete(DELAYED_NS, key);
      this.ready.push(job);
    }
    this.pump();
  }

  /** Resolves when no job is ready or running (delayed jobs may remain). */
  async drain(): Promise<void> {
    for (;;) {
      await this.runDue();
      if (this.inFlight.size === 0 && this.ready.length === 0) return;
      await Promise.race([...this.inFlight, new Promise((r) => setTimeout(r, 5))]);
    }
  }

  private kick(): void {
    if (!this.started || this.closing) return;
    this.pump();
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.runDue().finally(() => this.kick());
    }, 250);
    this.timer.unref();
  }

  private pump(): void {
    if (!this.started || this.closing) return;
    const now = this.clock.now();
    const keep: PendingJob[] = [];
    for (const job of this.ready) {
      const q = this.queues.get(job.queue);
      if (!q || q.running >= q.concurrency || !this.underLimit(q, now)) {
        keep.push(job);
        continue;
      }
      q.running++;
      q.startedAt.push(now);
      const p = this.run(q, job).finally(() => {
        q.running--;
        this.inFlight.delete(p);
        this.pump();
      });
      this.inFlight.add(p);
    }
    this.ready = keep;
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
    } catch (err) {
      const permanent = err instanceof PermanentError;
      if (!permanent && job.attempt < job.attempts && !this.closing) {
        const delay = (this.config.retryBaseMs ?? 1000) * 2 ** (job.attempt - 1);
        const retry = { ...job, attempt: job.attempt + 1, runAt: this.clock.now() + delay };
        await this.config.store.kv.set(DELAYED_NS, key, retry);
        this.config.log.warn("job failed, will retry", {
          queue: job.queue,
          jobId: job.jobId,
          attempt: job.attempt,
          error: errorMessage(err),
        });
        return;
      }
      this.failed.push({ queue: job.queue, jobId: job.jobId, error: errorMessage(err) });
      this.config.log.error("job failed for good", {
        queue: job.queue,
        jobId: job.jobId,
        attempt: job.attempt,
        error: errorMessage(err),
      });
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    if (this.timer) clearTimeout(this.timer);
    for (const id of [...this.schedules.keys()]) await this.unschedule(id);
    await Promise.allSettled([...this.inFlight]);
  }

  async healthy(): Promise<boolean> {
    return this.started && !this.closing;
  }
}

export function createInProcessJobs(config: InProcessJobsConfig): InProcessJobs {
  return new InProcessJobs(config);
}
