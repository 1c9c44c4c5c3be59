import type { Case, CaseEvent } from "../core/case.js";
import { crashPoint } from "../core/crash-points.js";
import { PermanentError } from "../core/errors.js";
import type { StoredMention } from "../core/stored-mention.js";
import type { ChatMessage, MessageRef, RichText } from "../ports/chat.js";
import type { AppDeps } from "../ports/deps.js";
import { renderAlert } from "./alert-card.js";
import { ALERT_FLOOD_QUEUE, FloodGate, type FloodJob } from "./flood.js";
import { MessageRefRepo } from "./message-refs.js";
import type { MuteService } from "./mutes.js";
import { quietDelayMs, type RouteDecision, routeMention } from "./routing.js";
import type { CaseService } from "./service.js";
import { SlaTimers } from "./sla.js";

export const ALERT_POST_QUEUE = "alert.post";
export const ALERT_UPDATE_QUEUE = "alert.update";

interface AlertJob {
  caseId: number;
}

/** Case events the alert's thread tells about (SLA breaches post their own message). */
function eventText(e: CaseEvent): RichText | null {
  if (e.action === "open" || e.action === "sla_breach") return null;
  const who: RichText = [e.actor === "orm-bot" ? "ORM Bot" : { user: e.actor }];
  const assigned = e.action === "assign" ? /^assigned to (\S+)$/.exec(e.note ?? "") : null;
  if (assigned) return [...who, " assigned it to ", { user: assigned[1]! }];
  const verb: Record<string, string> = {
    claim: "claimed it",
    unclaim: "released it",
    respond: "responded",
    resolve: "resolved it",
    dismiss: "dismissed it",
    reopen: "reopened it",
    label: "corrected the label",
  };
  const note = e.note && e.action !== "resolve" ? ` — ${e.note}` : e.note ? ` (${e.note})` : "";
  return [...who, ` ${verb[e.action] ?? e.action}${note}`];
}

/**
 * Opens a case for each alerted mention and keeps its chat message in step with the case: posts are
 * queued (grouped past the flood limit, held in quiet hours), updates edit the message in place and
 * tell each event in its thread, and SLA timers run behind it.
 */
export class AlertService {
  private readonly flood: FloodGate;
  private readonly sla: SlaTimers;
  private readonly refs: MessageRefRepo;

  constructor(
    private readonly deps: AppDeps,
    cases: CaseService,
    private readonly mutes: MuteService,
  ) {
    this.flood = new FloodGate(deps);
    this.refs = new MessageRefRepo(deps.store);
    this.sla = new SlaTimers(deps, cases, (c, msg, where) => this.notify(c, msg, where));
  }

  /**
   * Registers the job handlers that post and update alerts, flood summaries and SLA timers, and subscribes
   * to newly stored mentions (route and alert them) and changed cases (refresh their card).
   */
  register(): void {
    const { jobs, events } = this.deps;
    events.on("mentions.stored", (ms) => this.openFor(ms));
    events.on("case.changed", (c) => this.queueRefresh(c));
    jobs.register<AlertJob>(ALERT_POST_QUEUE, async (job) => void (await this.post(job.caseId)), {
      concurrency: 4,
    });
    jobs.register<AlertJob>(ALERT_UPDATE_QUEUE, (job) => this.refresh(job.caseId), { concurrency: 4 });
    jobs.register<FloodJob>(ALERT_FLOOD_QUEUE, (job) => this.flood.postSummary(job), { concurrency: 1 });
    this.sla.register();
  }

  /** The flood groups (for "Show all"). */
  get floods(): FloodGate {
    return this.flood;
  }

  /** Routes newly stored mentions and opens a case for each one routing says to alert, side by side. */
  async openFor(ms: readonly StoredMention[]): Promise<void> {
    const { config } = this.deps;
    await Promise.all(
      ms.map((m) => {
        const route = routeMention(m, config);
        return route.alert ? this.open(m, route) : null;
      }),
    );
  }

  /** Queues the re-render of a case's card after it changed (one job per case version). */
  private async queueRefresh(c: Case): Promise<void> {
    await this.deps.jobs.enqueue<AlertJob>(
      ALERT_UPDATE_QUEUE,
      { caseId: c.id },
      { jobId: `update-${c.id}-${c.version}` },
    );
  }

  /**
   * Opens the case of a mention that routing says to alert, and queues its post (null when muted). Safe to
   * run again for the same mention (a retry after a crash, another replica): the mention keeps its one
   * case, the flood decision made first holds, and the SLA timer and the post are queued by case number.
   */
  async open(m: StoredMention, route: RouteDecision): Promise<Case | null> {
    const { store, clock, jobs, config, metrics } = this.deps;
    const now = clock.now();
    if (await this.mutes.isMuted(m)) {
      metrics.inc("orm_alerts_muted_total", "Alerts not raised because a source or author is muted");
      return null;
    }
    const { case: c } = await store.cases.openOnce({
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
    m.caseId = c.id;
    crashPoint("case-opened");
    await this.sla.onOpened(c);
    const quietMs = quietDelayMs(m, config, now);
    const group =
      c.channel && this.deps.chat && quietMs === 0 ? await this.flood.admitOnce(c.id, c.channel, now) : null;
    if (group) await this.flood.add(group, c.id);
    else
      await jobs.enqueue<AlertJob>(
        ALERT_POST_QUEUE,
        { caseId: c.id },
        { jobId: `alert-${c.id}`, ...(quietMs ? { delayMs: quietMs } : {}) },
      );
    crashPoint("alert-queued");
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

  private render(x: Awaited<ReturnType<AlertService["load"]>>): ChatMessage {
    return renderAlert(x.m, x.c, x.author, this.deps.clock.now(), { templates: this.deps.config.templates });
  }

  /**
   * Posts a case's alert once: a retry finds the stored ref and stops; when an earlier attempt began but
   * left no ref (killed between the post and the record), the adapter looks for that post first.
   */
  async post(caseId: number): Promise<MessageRef | null> {
    const { chat, metrics, clock } = this.deps;
    const existing = await this.refs.get(caseId);
    if (existing) return existing;
    const loaded = await this.load(caseId);
    const c = loaded.c;
    if (!chat || !c.channel) {
      metrics.inc("orm_alerts_recorded_total", "Alerts recorded without a chat to post to");
      return null;
    }
    crashPoint("before-post");
    const earlier = await this.refs.beginPost(caseId, clock.now());
    const ref = await chat.post(c.channel, this.render(loaded), {
      idempotencyKey: `alert-${caseId}`,
      ...(earlier === null ? {} : { maybePostedSince: earlier }),
    });
    crashPoint("after-post");
    await this.refs.put(caseId, ref);
    metrics.inc("orm_alerts_posted_total", "Alerts posted to chat", { channel: c.channel });
    return ref;
  }

  /** Re-renders a case's alert in place after the case moved, and tells new events in its thread. */
  async refresh(caseId: number): Promise<void> {
    const { chat } = this.deps;
    const loaded = await this.load(caseId);
    await this.sla.onChanged(loaded.c);
    if (!chat) return;
    const ref = await this.refs.get(caseId);
    if (!ref) return;
    await chat.update(ref, this.render(loaded));
    if (!chat.capabilities.threads) return;
    const history = loaded.c.history;
    for (let i = 1; i < history.length; i++) {
      const text = eventText(history[i]!);
      if (!text || !(await this.refs.claimThreadPost(caseId, i))) continue;
      await chat.post(
        ref.channel,
        { fallback: `Case #${caseId} update`, blocks: [{ type: "context", text }] },
        {
          thread: ref,
          idempotencyKey: `thread-${caseId}-${i}`,
        },
      );
    }
  }

  /** Posts about a case in its alert's thread (or its channel); null without a chat or channel. */
  async notify(c: Case, msg: ChatMessage, where: "thread" | "channel"): Promise<MessageRef | null> {
    const { chat } = this.deps;
    if (!chat || !c.channel) return null;
    const ref = await this.refOf(c.id);
    const thread = where === "thread" && ref && chat.capabilities.threads ? { thread: ref } : {};
    return chat.post(c.channel, msg, thread);
  }

  /** The alert message of a case, if it was posted. */
  async refOf(caseId: number): Promise<MessageRef | null> {
    return this.refs.get(caseId);
  }
}
