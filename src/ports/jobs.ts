/** Runs one job; throw PermanentError for input that can never succeed (not retried). */
export type JobHandler<T = unknown> = (data: T, meta: JobMeta) => Promise<void>;

export interface JobMeta {
  queue: string;
  jobId: string;
  attempt: number;
}

export interface EnqueueOptions {
  /** A job id makes enqueueing idempotent: a second job with the same id is dropped. */
  jobId?: string;
  /** Run no earlier than this many ms from now (timers: SLA, playbook deadlines). */
  delayMs?: number;
  /** Total attempts before the job is kept as failed (default 5). */
  attempts?: number;
}

export interface QueueOptions {
  concurrency?: number;
  /** At most `max` jobs per `durationMs` for this queue. */
  limiter?: { max: number; durationMs: number };
}

/** A recurring schedule: a cron line in a time zone, or a fixed interval. */
export type ScheduleSpec = { cron: string; timezone?: string } | { everyMs: number };

/** The job port: in-process (node-cron + timers persisted in the store) or BullMQ. */
export interface Jobs {
  /** Attaches the handler that runs a queue's jobs; call before start(). */
  register<T>(queue: string, handler: JobHandler<T>, options?: QueueOptions): void;
  enqueue<T>(queue: string, data: T, options?: EnqueueOptions): Promise<void>;
  /** Removes a pending (e.g. delayed) job; no-op when it ran or never existed. */
  cancel(queue: string, jobId: string): Promise<void>;
  /**
   * Creates or replaces a named schedule (`digest:daily:C0123`, `poll:google-alerts`) that enqueues
   * `data` on `queue`; however many replicas run, each tick fires once.
   */
  schedule<T>(id: string, spec: ScheduleSpec, queue: string, data: T): Promise<void>;
  unschedule(id: string): Promise<void>;
  /** Waiting + delayed jobs per queue. */
  depths(): Promise<Record<string, number>>;
  start(): Promise<void>;
  /** Resolves once this process has no job ready or running (delayed jobs may remain); for CLI runs. */
  drain(): Promise<void>;
  /**
   * Stops taking jobs, lets in-flight ones finish (at most `graceMs`, default as long as they take), closes.
   * A job cut off by the deadline runs again later (handlers are idempotent).
   */
  close(options?: { graceMs?: number }): Promise<void>;
  healthy(): Promise<boolean>;
}
