import type { WebClient } from "@slack/web-api";
import type { Logger } from "../../core/log.js";
import type { MessageRef } from "../../ports/chat.js";
import type { SlackBlock } from "./render.js";

/** Waits `ms` milliseconds; injectable so tests can count waits instead of sleeping. */
export type Sleep = (ms: number) => Promise<void>;
export const realSleep: Sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export interface PosterOptions {
  client: WebClient;
  log: Logger;
  /** Minimum gap between two posts to one channel (Slack: about one per second). */
  minPostIntervalMs: number;
  /** How many 429s one post waits out before giving up (the job queue retries after that). */
  maxRateLimitWaits: number;
  sleep: Sleep;
}

export interface PostArgs {
  channel: string;
  text: string;
  blocks: SlackBlock[];
  threadTs?: string;
  idempotencyKey?: string;
  /** An earlier attempt (perhaps by another process) may have posted it from this time on (epoch ms). */
  maybePostedSince?: number;
}

const METADATA_TYPE = "orm_post";

function isRateLimited(err: unknown): err is { retryAfter: number } {
  return (err as { code?: string }).code === "slack_webapi_rate_limited_error";
}

/**
 * Posts to Slack at most once per `minPostIntervalMs` per channel, waits out `429 Retry-After`, and
 * tags each post with its idempotency key in message metadata so a retry after an unclear failure
 * (a 5xx or a lost answer) finds the first message in the channel's history instead of posting twice.
 * The same lookup runs when the caller says an earlier attempt may have posted (`maybePostedSince`: a
 * process killed between the post and recording it).
 */
export class SlackPoster {
  private readonly nextSlot = new Map<string, number>();
  private readonly chains = new Map<string, Promise<unknown>>();
  private readonly doubtful = new Map<string, number>();
  private readonly posted = new Map<string, MessageRef>();

  constructor(private readonly o: PosterOptions) {}

  /** Posts one message through the channel's queue. */
  post(args: PostArgs): Promise<MessageRef> {
    const prev = this.chains.get(args.channel) ?? Promise.resolve();
    const run = prev.catch(() => {}).then(() => this.paced(args));
    this.chains.set(args.channel, run);
    void run
      .finally(() => {
        if (this.chains.get(args.channel) === run) this.chains.delete(args.channel);
      })
      .catch(() => {});
    return run;
  }

  private async paced(args: PostArgs): Promise<MessageRef> {
    const key = args.idempotencyKey;
    if (key && args.maybePostedSince !== undefined && !this.doubtful.has(key))
      this.doubtful.set(key, Math.floor(args.maybePostedSince / 1000) - 60);
    if (key) {
      const known = this.posted.get(key) ?? (await this.findEarlier(args, key));
      if (known) return known;
    }
    for (let waits = 0; ; waits++) {
      const wait = (this.nextSlot.get(args.channel) ?? 0) - Date.now();
      if (wait > 0) await this.o.sleep(wait);
      this.nextSlot.set(args.channel, Date.now() + this.o.minPostIntervalMs);
      try {
        return this.remember(key, await this.send(args));
      } catch (err) {
        if (isRateLimited(err) && waits < this.o.maxRateLimitWaits) {
          const ms = Math.max(1, err.retryAfter) * 1000;
          this.o.log.warn("slack rate limited; waiting", { channel: args.channel, retryAfterMs: ms });
          this.nextSlot.set(args.channel, Date.now() + ms);
          continue;
        }
        if (key && !isRateLimited(err)) this.doubtful.set(key, Math.floor(Date.now() / 1000) - 60);
        throw err;
      }
    }
  }

  private remember(key: string | undefined, ref: MessageRef): MessageRef {
    if (key) {
      this.posted.set(key, ref);
      this.doubtful.delete(key);
      if (this.posted.size > 5000) this.posted.delete(this.posted.keys().next().value!);
    }
    return ref;
  }

  private async send(args: PostArgs): Promise<MessageRef> {
    const res = await this.o.client.chat.postMessage({
      channel: args.channel,
      text: args.text,
      blocks: args.blocks as never,
      unfurl_links: false,
      unfurl_media: false,
      ...(args.threadTs ? { thread_ts: args.threadTs } : {}),
      ...(args.idempotencyKey
        ? { metadata: { event_type: METADATA_TYPE, event_payload: { key: args.idempotencyKey } } }
        : {}),
    });
    return { channel: res.channel ?? args.channel, ts: res.ts ?? "" };
  }

  /** After an unclear failure, looks for a message carrying `key` in the channel's recent history. */
  private async findEarlier(args: PostArgs, key: string): Promise<MessageRef | null> {
    const since = this.doubtful.get(key);
    if (since === undefined) return null;
    const channel = args.channel;
    const query = { channel, oldest: String(since), limit: 200, include_all_metadata: true };
    const res = args.threadTs
      ? await this.o.client.conversations.replies({ ...query, ts: args.threadTs })
      : await this.o.client.conversations.history(query);
    for (const m of res.messages ?? []) {
      const meta = (m as { metadata?: { event_type?: string; event_payload?: { key?: unknown } } }).metadata;
      if (meta?.event_type === METADATA_TYPE && meta.event_payload?.key === key && m.ts)
        return this.remember(key, { channel, ts: m.ts });
    }
    return null;
  }
}
