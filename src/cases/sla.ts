import type { Case } from "../core/case.js";
import type { AppDeps } from "../ports/deps.js";
import { isOpen } from "./flows.js";
import type { CaseService } from "./service.js";
import { PendingBreaches } from "./sla-pending.js";

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
  private readonly pending: PendingBreaches;

  constructor(
    private readonly deps: AppDeps,
    private readonly cases: CaseService,
    private readonly notify: SlaNotifier,
  ) {
    this.pending = new PendingBreaches(deps.store);
  }

  register(): void {
    this.deps.jobs.register<SlaCheckJob | LegacySlaJob>(SLA_QUEUE, (job) => this.run(job), {
      concurrency: 1,
    });
  }

  /** Queues the check that will find a new case unclaimed. */
  async onOpened(c: Case): Promise<void> {
    await this.queueCheck(c.channel, c.openedAt + this.deps.config.sla.unclaimedMinutes * MINUTE_MS);
  }

  /** Queues the check for the deadline a change starts: a reopened case unclaimed again, or a claimed one unanswered. */
  async onChanged(c: Case): Promise<void> {
    const due = isOpen(c) ? dueOf(c, this.deps.config.sla) : null;
    // An unclaimed deadline starts at the opening (queued by `onOpened`) or again at a reopening.
    if (!due || (due.kind === "unclaimed" && c.history.at(-1)?.action !== "reopen")) return;
    await this.queueCheck(c.channel, due.atMs);
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

  /**
   * Breaches every case of `channel` past its deadline now, and tells the channel in one reminder. A
   * breach is kept as pending from before it is recorded until the reminder is posted, so a retry after a
   * failed post still tells it (and records nothing twice).
   */
  async check(channel: string | null): Promise<SlaBreach[]> {
    const { store, clock, config, metrics } = this.deps;
    const now = clock.now();
    for (const c of await store.cases.listOpen()) {
      if (c.channel !== channel || !isOpen(c)) continue;
      const due = dueOf(c, config.sla);
      if (!due || due.atMs > now) continue;
      if (!(await store.marks.add(SLA_DONE_MARKS, `${c.id}:${due.kind}:${due.since}`))) continue;
      if (channel) await this.pending.add({ channel, caseId: c.id, kind: due.kind, since: due.since });
      const minutes = due.kind === "unclaimed" ? config.sla.unclaimedMinutes : config.sla.unrespondedMinutes;
      await this.cases.act(c.id, {
        kind: "sla_breach",
        actor: "orm-bot",
        note: `${due.kind} after ${minutes} min`,
      });
      metrics.inc("orm_sla_breaches_total", "SLA breaches", { kind: due.kind });
    }
    if (!channel) return [];
    const pending = await this.pending.of(channel);
    const breaches: SlaBreach[] = [];
    for (const p of pending) {
      const c = await store.cases.get(p.caseId);
      // Still waiting on the same thing? A case claimed or closed since is not worth a reminder.
      const due = c && isOpen(c) ? dueOf(c, config.sla) : null;
      if (c && due?.kind === p.kind && due.since === p.since)
        breaches.push({ c, kind: p.kind, waitedMin: Math.floor((now - p.since) / MINUTE_MS) });
    }
    breaches.sort((a, b) => b.waitedMin - a.waitedMin || a.c.id - b.c.id);
    if (breaches.length) await this.notify(channel, breaches);
    await this.pending.done(pending);
    return breaches;
  }
}

/** The SLA deadline a case is waiting on, if any: unclaimed since it opened, or unanswered since its owner got it. */
function dueOf(
  c: Case,
  sla: { unclaimedMinutes: number; unrespondedMinutes: number },
): { kind: SlaBreach["kind"]; since: number; atMs: number } | null {
  if (c.status === "new") {
    const since = lastReopen(c) ?? c.openedAt;
    return { kind: "unclaimed", since, atMs: since + sla.unclaimedMinutes * MINUTE_MS };
  }
  if (c.status === "claimed" && c.owner && c.firstResponseAt === null) {
    const since = lastOwnerChange(c);
    return { kind: "unresponded", since, atMs: since + sla.unrespondedMinutes * MINUTE_MS };
  }
  return null;
}

/**
 * How long until the case's SLA deadline (negative: overdue by that much), or null when it waits on
 * none (answered, closed): what `/orm queue` sorts by and `/orm case` shows.
 */
export function slaLeftMs(
  c: Case,
  sla: { unclaimedMinutes: number; unrespondedMinutes: number },
  nowMs: number,
): number | null {
  const due = dueOf(c, sla);
  return due ? due.atMs - nowMs : null;
}

/** When the case was last reopened, if ever. */
function lastReopen(c: Case): number | null {
  return c.history.findLast((h) => h.action === "reopen")?.at ?? null;
}

/** When the current owner got the case (claim or assign), or it was reopened: its no-response deadline's start. */
function lastOwnerChange(c: Case): number {
  const e = c.history.findLast((h) => h.action === "claim" || h.action === "assign" || h.action === "reopen");
  return e?.at ?? c.claimedAt ?? c.openedAt;
}
