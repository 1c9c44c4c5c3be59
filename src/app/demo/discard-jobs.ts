import type { Jobs } from "../../ports/jobs.js";

/**
 * A job port that keeps nothing: the demo's seeded history runs through the real services, and what they
 * would post or time (alerts, SLA timers, thread updates) belongs to a past nobody is watching.
 */
export class DiscardJobs implements Jobs {
  register(): void {}
  async enqueue(): Promise<void> {}
  async cancel(): Promise<void> {}
  async schedule(): Promise<void> {}
  async unschedule(): Promise<void> {}
  async depths(): Promise<Record<string, number>> {
    return {};
  }
  async start(): Promise<void> {}
  async drain(): Promise<void> {}
  async close(): Promise<void> {}
  async healthy(): Promise<boolean> {
    return true;
  }
}
