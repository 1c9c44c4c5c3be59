import type { Case } from "../core/case.js";
import type { ChatMessage, MessageRef, RichText } from "../ports/chat.js";
import type { AppDeps } from "../ports/deps.js";
import { isOpen } from "./flows.js";
import type { CaseService } from "./service.js";

export const SLA_QUEUE = "sla.check";
/** Mark scope of recorded breaches (`<case>:<kind>:<since>`): each is recorded once, whoever runs the job. */
export const SLA_DONE_MARKS = "sla-done";
const MINUTE_MS = 60_000;

/** One SLA timer: a case left unclaimed, or claimed and left without a response. */
export interface SlaJob {
  caseId: number;
  kind: "unclaimed" | "unresponded";
  /** The claim the timer belongs to (a reassignment starts a new timer). */
  since: number;
}

/** Posts an SLA message about a case: in its alert's thread or, for re-alerts, in its channel. */
export type SlaNotifier = (
  c: Case,
  msg: ChatMessage,
  where: "thread" | "channel",
) => Promise<MessageRef | null>;

/**
 * SLA timers as delayed jobs: unclaimed after `sla.unclaimedMinutes` → re-alert mentioning the team
 * lead; claimed without response after `sla.unrespondedMinutes` → remind the owner. Each breach is
 * recorded on the case (`sla_breach`) once, however often the job runs.
 */
export class SlaTimers {
  constructor(
    private readonly deps: AppDeps,
    private readonly cases: CaseService,
    private readonly notify: SlaNotifier,
  ) {}

  register(): void {
    this.deps.jobs.register<SlaJob>(SLA_QUEUE, (job) => this.check(job), { concurrency: 2 });
  }

  /** Starts the unclaimed timer of a new case. */
  async onOpened(c: Case): Promise<void> {
    await this.deps.jobs.enqueue<SlaJob>(
      SLA_QUEUE,
      { caseId: c.id, kind: "unclaimed", since: c.openedAt },
      { jobId: `sla-unclaimed-${c.id}`, delayMs: this.deps.config.sla.unclaimedMinutes * MINUTE_MS },
    );
  }

  /** Starts the no-response timer when a case gets an owner; stops the timers when it closes. */
  async onChanged(c: Case): Promise<void> {
    const { jobs, config } = this.deps;
    if (!isOpen(c)) {
      await jobs.cancel(SLA_QUEUE, `sla-unclaimed-${c.id}`);
      return;
    }
    const reopened = c.history.at(-1)?.action === "reopen" ? c.history.at(-1)!.at : null;
    if (c.status === "new" && reopened !== null) {
      // Reopened without an owner: the unclaimed timer starts again from the reopening.
      await jobs.enqueue<SlaJob>(
        SLA_QUEUE,
        { caseId: c.id, kind: "unclaimed", since: reopened },
        { jobId: `sla-unclaimed-${c.id}-${reopened}`, delayMs: config.sla.unclaimedMinutes * MINUTE_MS },
      );
      return;
    }
    if (c.status === "claimed" && c.owner && c.claimedAt !== null && c.firstResponseAt === null) {
      const since = lastOwnerChange(c);
      await jobs.enqueue<SlaJob>(
        SLA_QUEUE,
        { caseId: c.id, kind: "unresponded", since },
        { jobId: `sla-unresponded-${c.id}-${since}`, delayMs: config.sla.unrespondedMinutes * MINUTE_MS },
      );
    }
  }

  private async check(job: SlaJob): Promise<void> {
    const { store, config } = this.deps;
    const c = await store.cases.get(job.caseId);
    if (!c || !isOpen(c)) return;
    const due =
      job.kind === "unclaimed"
        ? c.status === "new"
        : c.status === "claimed" && c.firstResponseAt === null && lastOwnerChange(c) === job.since;
    if (!due) return;
    if (!(await store.marks.add(SLA_DONE_MARKS, `${c.id}:${job.kind}:${job.since}`))) return;
    const minutes = job.kind === "unclaimed" ? config.sla.unclaimedMinutes : config.sla.unrespondedMinutes;
    const note = `${job.kind} after ${minutes} min`;
    const next = await this.cases.act(c.id, { kind: "sla_breach", actor: "orm-bot", note });
    this.deps.metrics.inc("orm_sla_breaches_total", "SLA breaches", { kind: job.kind });
    if (job.kind === "unclaimed") await this.notify(next, this.realert(next, minutes), "channel");
    else await this.notify(next, this.reminder(next, minutes), "thread");
  }

  private realert(c: Case, minutes: number): ChatMessage {
    const lead = c.team ? this.deps.config.teams[c.team]?.lead : undefined;
    const text: RichText = [
      `⏰ Case #${c.id} has waited ${minutes} min without an owner`,
      ...(lead ? [" — ", { user: lead }, ", can you find someone?"] : ["."]),
    ];
    return {
      fallback: `Case #${c.id} unclaimed for ${minutes} min`,
      blocks: [
        { type: "section", text },
        {
          type: "actions",
          elements: [
            { type: "button", actionId: "orm_claim", label: "Claim", value: String(c.id), style: "primary" },
          ],
        },
      ],
    };
  }

  private reminder(c: Case, minutes: number): ChatMessage {
    const text: RichText = [
      "⏰ ",
      { user: c.owner! },
      `, case #${c.id} has no response ${minutes} min after it was claimed. Reply with a template, or /orm resolve ${c.id}.`,
    ];
    return { fallback: `Reminder: case #${c.id} has no response yet`, blocks: [{ type: "section", text }] };
  }
}

/**
 * How long until the case's running SLA timer breaches (negative: overdue by that much), or null when
 * no timer runs: unclaimed counts from opening, claimed-without-response from the last claim or assign;
 * answered and closed cases have none.
 */
export function slaLeftMs(c: Case, sla: AppDeps["config"]["sla"], nowMs: number): number | null {
  if (!isOpen(c)) return null;
  if (c.status === "new") return c.openedAt + sla.unclaimedMinutes * MINUTE_MS - nowMs;
  if (c.status === "claimed" && c.firstResponseAt === null)
    return lastOwnerChange(c) + sla.unrespondedMinutes * MINUTE_MS - nowMs;
  return null;
}

/** When the current owner got the case (claim or assign), or it was reopened: its no-response timer's start. */
function lastOwnerChange(c: Case): number {
  const e = [...c.history]
    .reverse()
    .find((h) => h.action === "claim" || h.action === "assign" || h.action === "reopen");
  return e?.at ?? c.claimedAt ?? c.openedAt;
}
