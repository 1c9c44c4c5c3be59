import type { Case } from "../core/case.js";
import { postedText } from "../core/redact.js";
import type { ChatMessage, MessageRef, RichText } from "../ports/chat.js";
import type { AppDeps } from "../ports/deps.js";
import { truncate } from "./alert-card.js";
import { casePicker, type ListedCase, PICKER_OPTIONS } from "./case-picker.js";
import { type FloodGroup, FloodRepo } from "./flood-repo.js";

export const ALERT_FLOOD_QUEUE = "alert.flood";
/** Gives the unclaimed cases of a flood group their own cards once the channel is under its budget again. */
export const ALERT_FLOOD_RELEASE_QUEUE = "alert.flood.release";
const MINUTE_MS = 60_000;
const SHOWN = 15;

/** One flood group (channel and minute), as the job that posts its summary carries it. */
export type FloodJob = FloodGroup;

/** What the gate needs of the alert cards: post a case's own card (once), and whether it has one. */
export interface CardPoster {
  post(caseId: number): Promise<MessageRef | null>;
  refOf(caseId: number): Promise<MessageRef | null>;
}

/**
 * Past `routing.floodPerMinute` alerts a minute in a channel, further alerts are not posted one by one
 * but gathered and posted as one summary when the minute ends, with "Show all" and menus to claim, show
 * or resolve each grouped case. A loud alert is counted but never held back. Once a minute has budget
 * left again, the grouped cases still unclaimed get their own cards, as many as the budget allows. The
 * count is kept in the store, so all replicas together respect the limit.
 */
export class FloodGate {
  private readonly repo: FloodRepo;

  constructor(
    private readonly deps: AppDeps,
    private readonly cards: CardPoster,
  ) {
    this.repo = new FloodRepo(deps.store);
  }

  /**
   * Counts one alert for `channel` now; returns the flood group to join, or null to post it alone (always
   * null for a loud alert: it gets its own card whatever the budget).
   */
  async admit(channel: string, nowMs: number, loud = false): Promise<FloodJob | null> {
    const group = { channel, bucket: Math.floor(nowMs / MINUTE_MS) };
    const count = await this.repo.count(group);
    return !loud && count > this.deps.config.routing.floodPerMinute ? group : null;
  }

  /** Counts a message that is not an alert (an SLA reminder) in the channel's budget for this minute. */
  async spend(channel: string, nowMs: number): Promise<void> {
    await this.repo.count({ channel, bucket: Math.floor(nowMs / MINUTE_MS) });
  }

  /** The channel's latest flood summary (a day at most), for reminders to thread under. */
  async latestSummary(channel: string): Promise<MessageRef | null> {
    return this.repo.latestSummary(channel);
  }

  /**
   * `admit` once per case: a retry (after a crash, or by another replica) gets the decision first made,
   * so an alert is never both grouped and posted alone. A crash between the count and the record counts
   * that alert twice in its minute, which can only group a later one sooner.
   */
  async admitOnce(caseId: number, channel: string, nowMs: number, loud = false): Promise<FloodJob | null> {
    const prior = await this.repo.decision(caseId);
    if (prior) return prior.group;
    const group = await this.admit(channel, nowMs, loud);
    return (await this.repo.decide(caseId, { group })).group;
  }

  /** Adds a case to its flood group and makes sure the group's summary is queued for the minute's end. */
  async add(group: FloodJob, caseId: number): Promise<void> {
    const { jobs, clock } = this.deps;
    await this.repo.add(group, caseId);
    const delayMs = Math.max(1, (group.bucket + 1) * MINUTE_MS - clock.now() + 1000);
    await jobs.enqueue<FloodJob>(ALERT_FLOOD_QUEUE, group, {
      jobId: `flood-${group.channel}-${group.bucket}`,
      delayMs,
    });
  }

  /** The cases of a flood group, oldest first. */
  async cases(group: FloodJob): Promise<Case[]> {
    const ids = await this.repo.caseIds(group);
    const out: Case[] = [];
    for (const id of ids) {
      const c = await this.deps.store.cases.get(id);
      if (c) out.push(c);
    }
    return out;
  }

  /**
   * Posts the summary of a flood group (once: a retry finds the same post by its idempotency key) and
   * queues the release of its cards for the next minute.
   */
  async postSummary(group: FloodJob): Promise<void> {
    const { chat, metrics } = this.deps;
    if (!chat) return;
    const cases = await this.cases(group);
    if (cases.length === 0) return;
    const ref = await chat.post(group.channel, await this.render(group, cases), {
      idempotencyKey: `flood-${group.channel}-${group.bucket}`,
    });
    await this.repo.setLatestSummary(group.channel, ref);
    // A minute to claim from the summary first; then the cards, within the budget.
    await this.queueRelease(group, group.bucket + 2);
    metrics.inc("orm_alert_floods_total", "Flood summaries posted instead of single alerts", {
      channel: group.channel,
    });
  }

  /** One line per case: number, sentiment, source, the redacted text. */
  async lines(cases: Case[], limit: number, textChars = 100): Promise<RichText> {
    const out: RichText = [];
    for (const c of cases.slice(0, limit)) {
      const m = await this.deps.store.mentions.get(c.mentionId);
      const text = m ? truncate(postedText(m).replace(/\s+/g, " "), textChars) : "?";
      out.push(
        { text: `#${c.id}`, bold: true },
        ` ${m?.analysis.sentiment.label ?? "?"} · ${m?.source ?? "?"} · `,
        text,
        "\n",
      );
    }
    return out;
  }

  private async queueRelease(group: FloodJob, atBucket: number): Promise<void> {
    const delayMs = Math.max(1, atBucket * MINUTE_MS - this.deps.clock.now() + 1000);
    await this.deps.jobs.enqueue<FloodJob>(ALERT_FLOOD_RELEASE_QUEUE, group, {
      jobId: `flood-release-${group.channel}-${group.bucket}-${atBucket}`,
      delayMs,
    });
  }

  /**
   * The flood has passed when this minute still has budget: the group's cases that are unclaimed, have no
   * card and are not yet due an SLA reminder (the reminder gives those theirs) get their own cards, highest
   * priority first, within the budget; the rest wait for the next minute.
   */
  async release(group: FloodJob): Promise<void> {
    const { clock, config } = this.deps;
    const now = clock.now();
    const here = { channel: group.channel, bucket: Math.floor(now / MINUTE_MS) };
    const slaDueBefore = now - config.sla.unclaimedMinutes * MINUTE_MS;
    const waiting: Array<{ c: Case; priority: number }> = [];
    for (const c of await this.cases(group)) {
      if (c.status !== "new" || c.openedAt <= slaDueBefore || (await this.cards.refOf(c.id))) continue;
      const m = await this.deps.store.mentions.get(c.mentionId);
      waiting.push({ c, priority: m?.analysis.priority ?? 0 });
    }
    waiting.sort((a, b) => b.priority - a.priority || a.c.id - b.c.id);
    let posted = 0;
    for (const w of waiting) {
      if ((await this.repo.used(here)) >= config.routing.floodPerMinute) break;
      await this.repo.count(here);
      await this.cards.post(w.c.id);
      posted++;
    }
    if (posted < waiting.length) await this.queueRelease(group, here.bucket + 1);
  }

  private async render(group: FloodJob, cases: Case[]): Promise<ChatMessage> {
    const title = `🌊 ${cases.length} more alert(s) in one minute, grouped`;
    const more =
      cases.length > SHOWN ? [`…and ${cases.length - SHOWN} more. Claim with /orm claim CASE.`] : [];
    const listed: ListedCase[] = [];
    for (const c of cases
      .filter((x) => x.status !== "resolved" && x.status !== "dismissed")
      .slice(0, PICKER_OPTIONS))
      listed.push({ c, m: await this.deps.store.mentions.get(c.mentionId) });
    return {
      fallback: title,
      blocks: [
        { type: "header", text: title },
        { type: "section", text: await this.lines(cases, SHOWN) },
        ...(more.length ? [{ type: "context" as const, text: more }] : []),
        {
          type: "actions",
          elements: [
            {
              type: "button",
              actionId: "orm_flood",
              label: "Show all",
              value: `${group.bucket}:${group.channel}`,
            },
          ],
        },
        ...casePicker(listed),
      ],
    };
  }
}
