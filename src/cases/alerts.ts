import type { Case } from "../core/case.js";
import { crashPoint } from "../core/crash-points.js";
import { PermanentError } from "../core/errors.js";
import type { StoredMention } from "../core/stored-mention.js";
import type { ChatMessage, MessageRef } from "../ports/chat.js";
import type { AppDeps } from "../ports/deps.js";
import { renderAlert } from "./alert-card.js";
import { ALERT_FLOOD_QUEUE, ALERT_FLOOD_RELEASE_QUEUE, FloodGate, type FloodJob } from "./flood.js";
import { MessageRefRepo } from "./message-refs.js";
import type { MuteService } from "./mutes.js";
import { isLoud, quietDelayMs, type RouteDecision, routeMention } from "./routing.js";
import type { CaseService } from "./service.js";
import { type SlaBreach, SlaTimers } from "./sla.js";
import { renderReminder } from "./sla-reminder.js";
import { eventBlocks, isConversation } from "./thread-lines.js";

export const ALERT_POST_QUEUE = "alert.post";
export const ALERT_UPDATE_QUEUE = "alert.update";

interface AlertJob {
  caseId: number;
}

/**
 * Opens a case for each alerted mention and keeps its chat message in step with the case: posts are
 * queued (grouped past the flood limit, held in quiet hours, except loud ones), updates edit the message
 * in place and tell each event in its thread, and SLA timers run behind it with grouped reminders.
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
    this.flood = new FloodGate(deps, { post: (id) => this.post(id), refOf: (id) => this.refOf(id) });
    this.refs = new MessageRefRepo(deps.store);
    this.sla = new SlaTimers(deps, cases, (channel, breaches) => this.remind(channel, breaches));
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
    jobs.register<FloodJob>(ALERT_FLOOD_RELEASE_QUEUE, (job) => this.flood.release(job), { concurrency: 1 });
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
      c.channel && this.deps.chat && quietMs === 0
        ? await this.flood.admitOnce(c.id, c.channel, now, isLoud(m, config))
        : null;
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
    const { config } = this.deps;
    return renderAlert(x.m, x.c, x.author, this.deps.clock.now(), {
      templates: config.templates,
      fallbackLang: config.brand.languages[0] ?? "en",
    });
  }

  /**
   * Posts a case's alert once (in `thread` when given): a retry finds the stored ref and stops; when an
   * earlier attempt began but left no ref (killed between the post and the record), the adapter looks for
   * that post first.
   */
  async post(caseId: number, thread?: MessageRef): Promise<MessageRef | null> {
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
      ...(thread ? { thread } : {}),
    });
    crashPoint("after-post");
    if (thread) await this.refs.putParent(caseId, thread);
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
    const history = loaded.c.history;
    for (let i = 1; i < history.length; i++) {
      const e = history[i]!;
      // Without threads only the team's own words follow the card (as a reply to it); the card tells the rest.
      if (!chat.capabilities.threads && !isConversation(e)) continue;
      const blocks = eventBlocks(e);
      if (!blocks || !(await this.refs.claimThreadPost(caseId, i))) continue;
      await chat.post(
        ref.channel,
        { fallback: `Case #${caseId} update`, blocks },
        {
          thread: (await this.refs.threadOf(caseId)) ?? ref,
          idempotencyKey: `thread-${caseId}-${i}`,
        },
      );
    }
  }

  /**
   * One reminder for a channel's SLA breaches, counted in its flood budget: threaded under the case's own
   * card when it is one case, else under the channel's latest flood summary, else at the top. Unclaimed
   * cases that never got a card (held in a flood) get theirs in the reminder's thread, so every case it
   * names has a card to click.
   */
  private async remind(channel: string, breaches: SlaBreach[]): Promise<void> {
    const { chat, clock, config, store } = this.deps;
    if (!chat) return;
    const listed = [];
    for (const b of breaches) listed.push({ ...b, m: await store.mentions.get(b.c.mentionId) });
    const now = clock.now();
    await this.flood.spend(channel, now);
    const own = breaches.length === 1 ? await this.refs.threadOf(breaches[0]!.c.id) : null;
    const under = chat.capabilities.threads ? (own ?? (await this.flood.latestSummary(channel))) : null;
    const ref = await chat.post(channel, renderReminder(listed, config), {
      idempotencyKey: `sla-${channel}-${Math.floor(now / 60_000)}`,
      ...(under ? { thread: under } : {}),
    });
    if (!chat.capabilities.threads) return;
    for (const b of breaches)
      if (b.kind === "unclaimed" && !(await this.refs.get(b.c.id))) await this.post(b.c.id, under ?? ref);
  }

  /** The alert message of a case, if it was posted. */
  async refOf(caseId: number): Promise<MessageRef | null> {
    return this.refs.get(caseId);
  }
}
