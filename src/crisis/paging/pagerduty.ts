import { z } from "zod";
import { type Pager, type PagerAlert, postJson } from "./pager.js";

export interface PagerDutyConfig {
  /** Events API base URL; default PagerDuty's own. */
  baseUrl?: string;
  routingKey: string;
  timeoutMs: number;
}

const ReplySchema = z.object({ status: z.string(), dedup_key: z.string().optional() }).loose();

/** PagerDuty Events API v2: `POST /v2/enqueue` with trigger / acknowledge events keyed by dedup_key. */
export class PagerDutyPager implements Pager {
  readonly name = "pagerduty";
  private readonly url: string;

  constructor(private readonly config: PagerDutyConfig) {
    this.url = `${(config.baseUrl ?? "https://events.pagerduty.com").replace(/\/$/, "")}/v2/enqueue`;
  }

  private async send(body: Record<string, unknown>): Promise<void> {
    const reply = await postJson(
      this.url,
      { routing_key: this.config.routingKey, ...body },
      {},
      this.config.timeoutMs,
    );
    const parsed = ReplySchema.safeParse(reply);
    if (!parsed.success || parsed.data.status !== "success")
      throw new Error(`PagerDuty: unexpected reply ${JSON.stringify(reply).slice(0, 200)}`);
  }

  async trigger(alert: PagerAlert): Promise<void> {
    await this.send({
      event_action: "trigger",
      dedup_key: alert.key,
      payload: {
        summary: alert.summary.slice(0, 1024),
        source: "orm-bot",
        severity: "critical",
        component: alert.role,
        custom_details: { ...alert.details, chat_user: alert.userId },
      },
    });
  }

  async acknowledge(key: string): Promise<void> {
    await this.send({ event_action: "acknowledge", dedup_key: key });
  }
}
