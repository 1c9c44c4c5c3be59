import { z } from "zod";
import { type Pager, type PagerAlert, postJson } from "./pager.js";

export interface OpsgenieConfig {
  /** API base URL; default Opsgenie's own (use https://api.eu.opsgenie.com in the EU). */
  baseUrl?: string;
  apiKey: string;
  timeoutMs: number;
}

const ReplySchema = z.object({ result: z.string(), requestId: z.string() }).loose();

/** Opsgenie Alert API: `POST /v2/alerts` (alias = page key), acknowledge by alias. */
export class OpsgeniePager implements Pager {
  readonly name = "opsgenie";
  private readonly base: string;

  constructor(private readonly config: OpsgenieConfig) {
    this.base = (config.baseUrl ?? "https://api.opsgenie.com").replace(/\/$/, "");
  }

  private async send(path: string, body: Record<string, unknown>): Promise<void> {
    const reply = await postJson(
      `${this.base}${path}`,
      body,
      { authorization: `GenieKey ${this.config.apiKey}` },
      this.config.timeoutMs,
    );
    if (!ReplySchema.safeParse(reply).success)
      throw new Error(`Opsgenie: unexpected reply ${JSON.stringify(reply).slice(0, 200)}`);
  }

  async trigger(alert: PagerAlert): Promise<void> {
    await this.send("/v2/alerts", {
      message: alert.summary.slice(0, 130),
      alias: alert.key,
      description: alert.summary.slice(0, 15_000),
      ...(alert.pagerUser ? { responders: [{ type: "user", username: alert.pagerUser }] } : {}),
      tags: ["orm-bot", "crisis", alert.role],
      details: { ...alert.details, chatUser: alert.userId },
      priority: "P1",
      source: "orm-bot",
    });
  }

  async acknowledge(key: string): Promise<void> {
    await this.send(`/v2/alerts/${encodeURIComponent(key)}/acknowledge?identifierType=alias`, {
      source: "orm-bot",
      note: "Acknowledged in chat",
    });
  }
}
