import { z } from "zod";
import type { Store } from "../../ports/store.js";
import { Collection, type CollectionSpec } from "../../state/collection.js";

const PendingJobSchema = z.object({
  queue: z.string(),
  jobId: z.string(),
  data: z.unknown(),
  attempt: z.number().int(),
  attempts: z.number().int(),
  /** Epoch ms. */
  runAt: z.number(),
});

/** A job of the in-process queue: waiting for its time (a timer, a retry's back-off), ready, or running. */
export type PendingJob = z.infer<typeof PendingJobSchema>;

/**
 * The in-process queue's jobs, by `<queue>:<jobId>`, from enqueue until done, so queued posts and timers
 * survive a stop or a crash (the collection's name is from when only timers were kept).
 */
export const DELAYED_JOBS: CollectionSpec<PendingJob> = {
  name: "jobs-delayed",
  version: 1,
  schema: PendingJobSchema,
};

/** Pending jobs kept in the store. */
export class DelayedJobRepo {
  private readonly jobs: Collection<PendingJob>;

  constructor(store: Store) {
    this.jobs = new Collection(store.docs, DELAYED_JOBS);
  }

  async put(key: string, job: PendingJob): Promise<void> {
    await this.jobs.put(key, job);
  }

  async delete(key: string): Promise<void> {
    await this.jobs.delete(key);
  }

  /** Every kept job with its key. */
  async all(): Promise<Array<[string, PendingJob]>> {
    return (await this.jobs.list()).map((e) => [e.id, e.doc]);
  }
}
