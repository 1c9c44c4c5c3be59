import type { Case } from "../core/case.js";
import { postedText } from "../core/redact.js";
import type { ChatMessage, RichText } from "../ports/chat.js";
import type { AppDeps } from "../ports/deps.js";
import { truncate } from "./alert-card.js";
import { type FloodGroup, FloodRepo } from "./flood-repo.js";

export const ALERT_FLOOD_QUEUE = "alert.flood";
const MINUTE_MS = 60_000;
const SHOWN = 15;

/** One flood group (channel and minute), as the job that posts its summary carries it. */
export type FloodJob = FloodGroup;

/**
 * Past `routing.floodPerMinute` alerts a minute in a channel, further alerts are not posted one by one
 * but gathered and posted as one summary when the minute ends, with a "Show all" action. The count is
 * kept in the store, so all replicas together respect the limit.
 */
export class FloodGate {
  private readonly repo: FloodRepo;

  constructor(private readonly deps: AppDeps) {
    this.repo = new FloodRepo(deps.store);
  }

  /** Counts one alert for `channel` now; returns the flood group to join, or null to post it alone. */
  async admit(channel: string, nowMs: number): Promise<FloodJob | null> {
    const group = { channel, bucket: Math.floor(nowMs / MINUTE_MS) };
    return (await this.repo.count(group)) > this.deps.config.routing.floodPerMinute ? group : null;
  }

  /**
   * `admit` once per case: a retry (after a crash, or by another replica) gets the decision first made,
   * so an alert is never both grouped and posted alone. A crash between the count and the record counts
   * that alert twice in its minute, which can only group a later one sooner.
   */
  async admitOnce(caseId: number, channel: string, nowMs: number): Promise<FloodJob | null> {
    const prior = await this.repo.decision(caseId);
    if (prior) return prior.group;
    const group = await this.admit(channel, nowMs);
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

  /** Posts the summary of a flood group (once: a retry finds the same post by its idempotency key). */
  async postSummary(group: FloodJob): Promise<void> {
    const { chat, metrics } = this.deps;
    if (!chat) return;
    const cases = await this.cases(group);
    if (cases.length === 0) return;
    await chat.post(group.channel, await this.render(group, cases), {
      idempotencyKey: `flood-${group.channel}-${group.bucket}`,
    });
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

  private async render(group: FloodJob, cases: Case[]): Promise<ChatMessage> {
    const title = `🌊 ${cases.length} more alert(s) in one minute, grouped`;
    const more =
      cases.length > SHOWN ? [`…and ${cases.length - SHOWN} more. Claim with /orm claim CASE.`] : [];
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
      ],
    };
  }
}
