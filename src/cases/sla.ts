import type { Case } from "../core/case.js";
import type { AppDeps } from "../ports/deps.js";
import { isOpen } from "./flows.js";
import type { CaseService } from "./service.js";

export const SLA_QUEUE = "sla.check";
/** Mark scope of recorded breaches (`<case>:<kind>:<since>`): each is recorded once, whoever runs the job. */
export const SLA_DONE_MARKS = "sla-done";
const MINUTE_MS = 60_000;

/**
 * One SLA check of a channel, at the end of a minute: every open case of the channel whose deadline has
 * passed by then is breached and told about in one grouped reminder. `channel` null: cases with no
 * channel (alerts only recorded), breached without a message.
 */
export interface SlaCheckJob {
  channel: string | null;
  /** The minute the check runs at the end of: epoch ms / 60,000, rounded up from the deadline. */
  bucket: number;
}

/** A timer queued by an earlier version (one job per case); still honoured by checking its channel. */
interface LegacySlaJob {
  caseId: number;
}

/** One case past its SLA, as a reminder lists it. */
export interface SlaBreach {
  c: Case;
  kind: "unclaimed" | "unresponded";
  /** Minutes since the case opened (unclaimed) or since its owner got it (unresponded). */
  waitedMin: number;
}

/** Tells a channel about its breaches, in one message. */
export type SlaNotifier = (channel: string, breaches: SlaBreach[]) => Promise<void>;

/**
 * SLA timers as one delayed check per channel and minute: a case unclaimed `sla.unclaimedMinutes` after it
 * opened, or claimed and unanswered `sla.unrespondedMinutes` after its owner got it, is breached
 * (`sla_breach` recorded once, however often a check runs) and all of a channel's breaches of one check
 * go out as one reminder. A deadline is rounded up to the end of its minute, so reminders come at most a
 * minute late and cases due together are told together.
 */
export class SlaTimers {
  constructor(
    private readonly deps: AppDeps,
    private readonly cases: CaseService,
    private readonly notify: SlaNotifier,
  ) {}

  register(): void {
    this.deps.jobs.register<SlaCheckJob | LegacySlaJob>(SLA_QUEUE, (job) => this.run(job), {
      concurrency: 1,
    });
  }

  /** Queues the check that will find a new case unclaimed. */
  async onOpened(c: Case): Promise<void> {
    await this.queueCheck(c.channel, c.openedAt + this.deps.config.sla.unclaimedMinutes * MINUTE_MS);
  }

  /** Queues the check that will find a claimed case still unanswered. */
  async onChanged(c: Case): Promise<void> {
    if (isOpen(c) && c.status === "claimed" && c.owner && c.firstResponseAt === null)
      await this.queueCheck(
        c.channel,
        lastOwnerChange(c) + this.deps.config.sla.unrespondedMinutes * MINUTE_MS,
      );
  }

  private async queueCheck(channel: string | null, dueMs: number): Promise<void> {
    const bucket = Math.ceil(dueMs / MINUTE_MS);
    await this.deps.jobs.enqueue<SlaCheckJob>(
      SLA_QUEUE,
      { channel, bucket },
      {
        jobId: `sla-check-${channel ?? "-"}-${bucket}`,
        delayMs: Math.max(1, bucket * MINUTE_MS - this.deps.clock.now()),
      },
    );
  }

  private async run(job: SlaCheckJob | LegacySlaJob): Promise<void> {
    if ("caseId" in job) {
      const c = await this.deps.store.cases.get(job.caseId);
      if (c) await this.check(c.channel);
      return;
    }
    await this.check(job.channel);
  }

  /** Breaches every case of `channel` past its deadline now, and tells the channel in one reminder. */
  async check(channel: string | null): Promise<SlaBreach[]> {
    const { store, clock, config, metrics } = this.deps;
    const now = clock.now();
    const breaches: SlaBreach[] = [];
    for (const c of await store.cases.listOpen()) {
      if (c.channel !== channel || !isOpen(c)) continue;
      const due = dueOf(c, config.sla);
      if (!due || due.atMs > now) continue;
      if (!(await store.marks.add(SLA_DONE_MARKS, `${c.id}:${due.kind}:${due.since}`))) continue;
      const minutes = due.kind === "unclaimed" ? config.sla.unclaimedMinutes : config.sla.unrespondedMinutes;
      const next = await this.cases.act(c.id, {
        kind: "sla_breach",
        actor: "orm-bot",
        note: `${due.kind} after ${minutes} min`,
      });
      metrics.inc("orm_sla_breaches_total", "SLA breaches", { kind: due.kind });
      breaches.push({ c: next, kind: due.kind, waitedMin: Math.floor((now - due.since) / MINUTE_MS) });
    }
    breaches.sort((a, b) => b.waitedMin - a.waitedMin || a.c.id - b.c.id);
    if (channel && breaches.length) await this.notify(channel, breaches);
    return breaches;
  }
}

/** The SLA deadline a case is waiting on, if any: unclaimed since it opened, or unanswered since its owner got it. */
function dueOf(
  c: Case,
  sla: { unclaimedMinutes: number; unrespondedMinutes: number },
): { kind: SlaBreach["kind"]; since: number; atMs: number } | null {
  if (c.status === "new")
    return { kind: "unclaimed", since: c.openedAt, atMs: c.openedAt + sla.unclaimedMinutes * MINUTE_MS };
  if (c.status === "claimed" && c.owner && c.firstResponseAt === null) {
    const since = lastOwnerChange(c);
    return { kind: "unresponded", since, atMs: since + sla.unrespondedMinutes * MINUTE_MS };
  }
  return null;
}

/** When the current owner got the case (claim or assign). */
function lastOwnerChange(c: Case): number {
  const e = [...c.history].reverse().find((h) => h.action === "claim" || h.action === "assign");
  return e?.at ?? c.claimedAt ?? c.openedAt;
}
