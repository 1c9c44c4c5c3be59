import type { WebClient } from "@slack/web-api";
import { errorMessage } from "../../core/errors.js";
import type { Logger } from "../../core/log.js";

const TTL_MS = 5 * 60 * 1000;

/** Which Slack user groups (by id and handle) each user is in, cached for five minutes. */
export class UserGroups {
  private cache: { at: number; byUser: Map<string, string[]> } | null = null;
  private loading: Promise<Map<string, string[]>> | null = null;

  constructor(
    private readonly client: WebClient,
    private readonly log: Logger,
  ) {}

  /** The groups of `userId`; empty when Slack can't say (no scope, error). */
  async of(userId: string): Promise<string[]> {
    if (!this.cache || Date.now() - this.cache.at > TTL_MS) {
      this.loading ??= this.load().finally(() => {
        this.loading = null;
      });
      this.cache = { at: Date.now(), byUser: await this.loading };
    }
    return this.cache.byUser.get(userId) ?? [];
  }

  private async load(): Promise<Map<string, string[]>> {
    const byUser = new Map<string, string[]>();
    try {
      const res = await this.client.usergroups.list({ include_users: true });
      for (const g of res.usergroups ?? [])
        for (const u of g.users ?? [])
          byUser.set(u, [...(byUser.get(u) ?? []), ...[g.id, g.handle].filter((x): x is string => !!x)]);
    } catch (err) {
      this.log.debug("slack user groups unavailable", { error: errorMessage(err) });
    }
    return byUser;
  }
}
