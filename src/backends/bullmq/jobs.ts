import { type Job, Queue, UnrecoverableError, Worker } from "bullmq";
import { createClient, type RedisClientType } from "redis";
import { z } from "zod";
import { errorMessage, PermanentError } from "../../core/errors.js";
import type { Logger } from "../../core/log.js";
import type { Clock } from "../../ports/clock.js";
import type { EnqueueOptions, JobHandler, Jobs, QueueOptions, ScheduleSpec } from "../../ports/jobs.js";
import { reconnectDelayMs } from "../redis/connection.js";
import { decodeJobId, encodeJobId } from "./job-id.js";

/** Tunables of the BullMQ job backend (defaults suit production; tests shorten the times). */
export const BullmqJobsOptionsSchema = z.object({
  url: z.string().regex(/^rediss?:\/\//, "must be a redis:// or rediss:// URL"),
  /** Deployment prefix; BullMQ's keys live under `${prefix}:bull`, apart from the store's. */
  prefix: z.string().min(1),
  /** Base of the exponential retry backoff: attempt n waits retryBaseMs × 2^(n-1). */
  retryBaseMs: z.number().int().positive().default(1_000),
  /** A job whose worker stops renewing its lock for this long (killed) goes back to the queue. */
  lockDurationMs: z.number().int().positive().default(30_000),
  /** Failed jobs kept per queue for inspection. */
  keepFailed: z.number().int().positive().default(10_000),
  /** How long finished jobs with an id are kept so a second enqueue with that id is still dropped. */
  keepCompletedMs: z
    .number()
    .int()
    .positive()
    .default(7 * 24 * 3_600_000),
});

export type BullmqJobsConfig = z.input<typeof BullmqJobsOptionsSchema> & {
  log: Logger;
  /** BullMQ keeps its own (Redis) time; accepted so every Jobs backend takes the same config. */
  clock?: Clock;
};

/** A job that failed for good, as kept by BullMQ. */
export interface FailedJob {
  queue: string;
  jobId: string;
  attempts: number;
  error: string;
}

interface Registration {
  handler: JobHandler<never>;
  options: QueueOptions;
}

/**
 * The job port on BullMQ: a Queue and a Worker per queue name, per-queue limiter and concurrency,
 * delayed jobs, exponential retries, permanent failures kept, job schedulers so N replicas fire once.
 */
export class BullmqJobs implements Jobs {
  private readonly cfg: z.output<typeof BullmqJobsOptionsSchema>;
  private readonly log: Logger;
  private readonly queues = new Map<string, Queue>();
  private readonly registered = new Map<string, Registration>();
  private readonly workers = new Map<string, Worker>();
  private readonly clients: RedisClientType[] = [];
  private started = false;
  private closing = false;
  private lastErrorLogMs = 0;

  constructor(config: BullmqJobsConfig) {
    this.cfg = BullmqJobsOptionsSchema.parse(config);
    this.log = config.log;
  }

  private get bullPrefix(): string {
    return `${this.cfg.prefix}:bull`;
  }

  /**
   * A fresh node-redis client for one Queue or Worker (BullMQ adapts it and duplicates it for the
   * worker's blocking connection): reconnects forever with backoff and queues commands while down.
   */
  private connection(): RedisClientType {
    const client = createClient({
      url: this.cfg.url,
      socket: { connectTimeout: 5_000, reconnectStrategy: (retries) => reconnectDelayMs(retries) },
    }) as RedisClientType;
    this.clients.push(client);
    return client;
  }

  private onError = (source: string) => (err: Error) => {
    const now = Date.now();
    if (now - this.lastErrorLogMs < 5_000) return;
    this.lastErrorLogMs = now;
    this.log.warn("bullmq connection error", { source, error: errorMessage(err) });
  };

  private queue(name: string): Queue {
    let q = this.queues.get(name);
    if (!q) {
      q = new Queue(name, { connection: this.connection(), prefix: this.bullPrefix });
      q.on("error", this.onError(`queue ${name}`));
      this.queues.set(name, q);
    }
    return q;
  }

  register<T>(queue: string, handler: JobHandler<T>, options: QueueOptions = {}): void {
    this.registered.set(queue, { handler: handler as JobHandler<never>, options });
    this.queue(queue);
    if (this.started && !this.workers.has(queue)) this.startWorker(queue);
  }

  async enqueue<T>(queue: string, data: T, options: EnqueueOptions = {}): Promise<void> {
    const keepDone = options.jobId ? { age: Math.ceil(this.cfg.keepCompletedMs / 1000) } : { count: 100 };
    await this.queue(queue).add(queue, data, {
      ...(options.jobId ? { jobId: encodeJobId(options.jobId) } : {}),
      ...(options.delayMs ? { delay: Math.max(0, Math.round(options.delayMs)) } : {}),
      attempts: options.attempts ?? 5,
      backoff: { type: "exponential", delay: this.cfg.retryBaseMs },
      removeOnComplete: keepDone,
      removeOnFail: { count: this.cfg.keepFailed },
    });
  }

  async cancel(queue: string, jobId: string): Promise<void> {
    const job = await this.queue(queue).getJob(encodeJobId(jobId));
    if (!job) return;
    const state = await job.getState();
    if (state !== "delayed" && state !== "waiting" && state !== "prioritized") return;
    try {
      await job.remove();
    } catch (err) {
      this.log.debug("cancel: job could not be removed (it started meanwhile)", {
        queue,
        jobId,
        error: errorMessage(err),
      });
    }
  }

  async schedule<T>(id: string, spec: ScheduleSpec, queue: string, data: T): Promise<void> {
    const repeat =
      "cron" in spec
        ? { pattern: spec.cron, ...(spec.timezone ? { tz: spec.timezone } : {}) }
        : { every: spec.everyMs };
    await this.queue(queue).upsertJobScheduler(id, repeat, {
      name: queue,
      data,
      opts: {
        attempts: 3,
        backoff: { type: "exponential", delay: this.cfg.retryBaseMs },
        removeOnComplete: { count: 100 },
        removeOnFail: { count: this.cfg.keepFailed },
      },
    });
  }

  async unschedule(id: string): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.removeJobScheduler(id)));
  }

  async depths(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    await Promise.all(
      [...this.queues].map(async ([name, q]) => {
        const c = await q.getJobCounts("waiting", "delayed", "prioritized");
        out[name] = Object.values(c).reduce((a, b) => a + b, 0);
      }),
    );
    return out;
  }

  /** Jobs of `queue` that failed for good, newest first (at most `limit`). */
  async failed(queue: string, limit = 100): Promise<FailedJob[]> {
    const jobs = await this.queue(queue).getFailed(0, limit - 1);
    return jobs.map((j) => ({
      queue,
      jobId: decodeJobId(j.id),
      attempts: j.attemptsMade,
      error: j.failedReason ?? "",
    }));
  }

  async start(): Promise<void> {
    this.started = true;
    for (const name of this.registered.keys()) if (!this.workers.has(name)) this.startWorker(name);
    await Promise.all([...this.workers.values()].map((w) => w.waitUntilReady()));
  }

  private startWorker(name: string): void {
    const reg = this.registered.get(name)!;
    const { concurrency = 1, limiter } = reg.options;
    const worker = new Worker(name, (job: Job) => this.process(name, reg, job), {
      connection: this.connection(),
      prefix: this.bullPrefix,
      concurrency,
      ...(limiter ? { limiter: { max: limiter.max, duration: limiter.durationMs } } : {}),
      lockDuration: this.cfg.lockDurationMs,
      stalledInterval: Math.max(500, Math.floor(this.cfg.lockDurationMs / 2)),
    });
    worker.on("error", this.onError(`worker ${name}`));
    worker.on("failed", (job, err) => {
      const final = !job || err instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1);
      const fields = {
        queue: name,
        jobId: decodeJobId(job?.id),
        attempt: job?.attemptsMade,
        error: errorMessage(err),
      };
      if (final) this.log.error("job failed for good", fields);
      else this.log.warn("job failed, will retry", fields);
    });
    this.workers.set(name, worker);
  }

  private async process(queue: string, reg: Registration, job: Job): Promise<void> {
    try {
      await reg.handler(job.data as never, {
        queue,
        jobId: decodeJobId(job.id),
        attempt: job.attemptsMade + 1,
      });
    } catch (err) {
      if (err instanceof PermanentError) throw new UnrecoverableError(err.message);
      throw err;
    }
  }

  /** Resolves once the registered queues have no job waiting or running (delayed jobs may remain). */
  async drain(): Promise<void> {
    if (!this.started) return;
    for (;;) {
      let busy = 0;
      for (const name of this.workers.keys()) {
        const c = await this.queue(name).getJobCounts("waiting", "active", "prioritized");
        busy += Object.values(c).reduce((a, b) => a + b, 0);
      }
      if (busy === 0) return;
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /**
   * Stops taking jobs and waits for the active ones, at most `graceMs`; past it the workers are closed by
   * force and BullMQ hands their jobs (stalled) to another worker or the next start.
   */
  async close(options: { graceMs?: number } = {}): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    const workers = [...this.workers.values()];
    const gentle = Promise.allSettled(workers.map((w) => w.close()));
    if (options.graceMs === undefined) await gentle;
    else {
      let timer: NodeJS.Timeout | undefined;
      const late = await Promise.race([
        gentle.then(() => false),
        new Promise<boolean>((r) => {
          timer = setTimeout(() => r(true), options.graceMs);
        }),
      ]);
      clearTimeout(timer);
      if (late) await Promise.allSettled(workers.map((w) => w.close(true)));
    }
    await Promise.allSettled([...this.queues.values()].map((q) => q.close()));
    await Promise.allSettled(
      this.clients.map((c) => (c.isOpen ? c.close().catch(() => c.destroy()) : Promise.resolve())),
    );
  }

  /** True while open and every queue and worker connection is up. */
  async healthy(): Promise<boolean> {
    return !this.closing && this.clients.every((c) => c.isReady);
  }
}

/** The BullMQ Jobs factory (REDIS_URL set). */
export function createBullmqJobs(config: BullmqJobsConfig): BullmqJobs {
  return new BullmqJobs(config);
}
