import type { MessageRef } from "../ports/chat.js";
import { renderAlert } from "./alert-card.js";
import type { AppDeps } from "./app.js";
import type { Case } from "./case.js";
import { PermanentError } from "./errors.js";
import type { RouteDecision } from "./routing.js";
import type { StoredMention } from "./stored-mention.js";

export const ALERT_POST_QUEUE = "alert.post";
export const ALERT_UPDATE_QUEUE = "alert.update";
/** kv namespace: case id → the alert message's ref. */
export const ALERT_REF_NS = "alert:ref";

interface AlertJob {
  caseId: number;
}

/** Opens a case for each alerted mention and keeps its chat message in step with the case. */
export class AlertService {
  constructor(private readonly deps: AppDeps) {}

  /** Registers the job handlers that post and update alerts. */
  register(): void {
    this.deps.jobs.register<AlertJob>(
      ALERT_POST_QUEUE,
      async (job) => {
        await this.post(job.caseId);
      },
      { concurrency: 4 },
    );
    this.deps.jobs.register<AlertJob>(ALERT_UPDATE_QUEUE, (job) => this.refresh(job.caseId), {
      concurrency: 4,
    });
  }

  /** Opens a case for a mention that routing says to alert, and queues its post. */
  async open(m: StoredMention, route: RouteDecision): Promise<Case> {
    const { store, clock, jobs } = this.deps;
    const now = clock.now();
    const c = await store.cases.create({
      mentionId: m.id,
      status: "new",
      channel: route.channel,
      team: route.team,
      owner: null,
      openedAt: now,
      claimedAt: null,
      firstResponseAt: null,
      resolvedAt: null,
      outcome: null,
      slaBreaches: 0,
      openingSentiment: m.analysis.sentiment.label,
      history: [
        { at: now, actor: "orm-bot", action: "open", to: "new", note: `${route.rule}: ${route.reason}` },
      ],
      version: 0,
    });
    await store.mentions.setCase(m.id, c.id);
    m.caseId = c.id;
    await jobs.enqueue<AlertJob>(ALERT_POST_QUEUE, { caseId: c.id }, { jobId: `alert-${c.id}` });
    return c;
  }

  private async load(caseId: number) {
    const { store } = this.deps;
    const c = await store.cases.get(caseId);
    if (!c) throw new PermanentError(`case ${caseId} not found`);
    const m = await store.mentions.get(c.mentionId);
    if (!m) throw new PermanentError(`mention ${c.mentionId} of case ${caseId} not found`);
    const author = m.authorKey ? await store.authors.get(m.authorKey) : null;
    return { c, m, author };
  }

  /** Posts a case's alert once: a retry finds the stored ref and stops. */
  async post(caseId: number): Promise<MessageRef | null> {
    const { store, chat, clock, metrics } = this.deps;
    const existing = await store.kv.get<MessageRef>(ALERT_REF_NS, String(caseId));
    if (existing) return existing;
    const { c, m, author } = await this.load(caseId);
    if (!chat || !c.channel) {
      metrics.inc("orm_alerts_recorded_total", "Alerts recorded without a chat to post to");
      return null;
    }
    const ref = await chat.post(c.channel, renderAlert(m, c, author, clock.now()));
    await store.kv.set(ALERT_REF_NS, String(caseId), ref);
    metrics.inc("orm_alerts_posted_total", "Alerts posted to chat", { channel: c.channel });
    return ref;
  }

  /** Re-renders a case's alert in place after the case moved. */
  async refresh(caseId: number): Promise<void> {
    const { store, chat, clock } = this.deps;
    if (!chat) return;
    const ref = await store.kv.get<MessageRef>(ALERT_REF_NS, String(caseId));
    if (!ref) return;
    const { c, m, author } = await this.load(caseId);
    await chat.update(ref, renderAlert(m, c, author, clock.now()));
  }

  /** The alert message of a case, if it was posted. */
  async refOf(caseId: number): Promise<MessageRef | null> {
    return this.deps.store.kv.get<MessageRef>(ALERT_REF_NS, String(caseId));
  }
}
