import type { z } from "zod";
import type { FetchConfigSchema } from "../config/sections/sources.js";
import type { Mention } from "../core/mention.js";
import { type Clock, systemClock } from "../ports/clock.js";
import type { FeedSource, PollResult, PollState } from "../ports/feed-source.js";
import { FeedError } from "./feed/feed-error.js";
import { fetchFeed } from "./feed/fetch.js";
import type { HostLimiter } from "./feed/host-limiter.js";

/** What one JSON API connector is: where to ask, the documented response shape, and how to read it. */
export interface ApiSpec<T> {
  id: string;
  kind: string;
  intervalMs: number;
  /** The full request URL (base URL from config + path + query). */
  url: string;
  headers?: Record<string, string>;
  schema: z.ZodType<T>;
  toMentions(data: T): Mention[];
}

/** Shared by every source: the clock and the per-host limiter. */
export interface ApiDeps {
  clock?: Clock;
  limiter?: HostLimiter;
}

/** A poll of a JSON API: conditional GET, the response checked against its zod schema, items mapped to mentions. */
export class JsonApiSource<T> implements FeedSource {
  readonly id: string;
  readonly kind: string;
  readonly intervalMs: number;

  constructor(
    private readonly spec: ApiSpec<T>,
    private readonly fetchConfig: z.output<typeof FetchConfigSchema>,
    private readonly deps: ApiDeps = {},
  ) {
    this.id = spec.id;
    this.kind = spec.kind;
    this.intervalMs = spec.intervalMs;
  }

  async poll(state: PollState, signal?: AbortSignal): Promise<PollResult> {
    const clock = this.deps.clock ?? systemClock;
    const r = await fetchFeed(this.spec.url, {
      ...this.fetchConfig,
      accept: "application/json",
      headers: this.spec.headers,
      etag: state.etag,
      lastModified: state.lastModified,
      signal,
      limiter: this.deps.limiter,
      nowMs: () => clock.now(),
    });
    const next: PollState = {
      ...state,
      etag: r.etag ?? (r.notModified ? state.etag : null),
      lastModified: r.lastModified ?? (r.notModified ? state.lastModified : null),
      notBefore: r.maxAgeMs ? clock.now() + r.maxAgeMs : null,
    };
    if (r.notModified) return { mentions: [], state: next, notModified: true };
    const data = this.read(r.body);
    return {
      mentions: this.spec.toMentions(data).slice(0, this.fetchConfig.maxItems),
      state: next,
      notModified: false,
    };
  }

  private read(body: Buffer): T {
    let json: unknown;
    try {
      json = JSON.parse(body.toString("utf8"));
    } catch (err) {
      throw new FeedError(`${this.id}: the ${this.kind} API answered with invalid JSON`, { cause: err });
    }
    const parsed = this.spec.schema.safeParse(json);
    if (!parsed.success) {
      const i = parsed.error.issues[0]!;
      throw new FeedError(
        `${this.id}: unexpected ${this.kind} response (${i.path.join(".") || "root"}: ${i.message})`,
      );
    }
    return parsed.data;
  }
}

/** Joins a configured base URL and a path (keeping the base's own path), with query parameters. */
export function apiUrl(
  base: string,
  path: string,
  query: Record<string, string | number | undefined> = {},
): string {
  const u = new URL(base.replace(/\/+$/, "") + path);
  for (const [k, v] of Object.entries(query)) if (v !== undefined) u.searchParams.set(k, String(v));
  return u.toString();
}

/** Epoch seconds or an ISO string as ISO UTC; null when absent or unreadable. */
export function isoFrom(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined || value === "") return null;
  const t = typeof value === "number" ? value * 1000 : Date.parse(value);
  return Number.isFinite(t) ? new Date(t).toISOString() : null;
}
