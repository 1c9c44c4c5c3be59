import { readFile, stat } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { z } from "zod";
import type { FeedSourceSchema, FetchConfigSchema } from "../../config/sections/sources.js";
import { type Clock, systemClock } from "../../ports/clock.js";
import type { FeedSource, PollResult, PollState } from "../../ports/feed-source.js";
import { FeedError } from "./feed-error.js";
import { fetchFeed } from "./fetch.js";
import { HostLimiter } from "./host-limiter.js";
import { type FeedParser, inlineFeedParser } from "./parse-pool.js";

export type FeedSourceConfig = z.output<typeof FeedSourceSchema>;
export type FetchConfig = z.output<typeof FetchConfigSchema>;

/** What a feed source needs besides its config: the clock and the shared per-host limiter. */
export interface FeedSourceDeps {
  clock?: Clock;
  limiter?: HostLimiter;
  /** Folder a relative file path resolves against. */
  baseDir?: string;
  /** Where documents are parsed (the worker pool in a running bot); default inline. */
  parser?: FeedParser;
}

/** A feed polled over http(s): conditional GET, validators and Cache-Control kept in the poll state. */
export class HttpFeedSource implements FeedSource {
  readonly kind = "feed";
  readonly id: string;
  readonly intervalMs: number;

  constructor(
    private readonly url: string,
    config: FeedSourceConfig,
    private readonly fetchConfig: FetchConfig,
    private readonly deps: FeedSourceDeps = {},
  ) {
    this.id = config.id;
    this.intervalMs = config.intervalMinutes * 60_000;
  }

  async poll(state: PollState, signal?: AbortSignal): Promise<PollResult> {
    const clock = this.deps.clock ?? systemClock;
    const r = await fetchFeed(this.url, {
      ...this.fetchConfig,
      etag: state.etag,
      lastModified: state.lastModified,
      signal,
      limiter: this.deps.limiter,
      nowMs: () => clock.now(),
    });
    const now = clock.now();
    const next: PollState = {
      ...state,
      etag: r.etag ?? (r.notModified ? state.etag : null),
      lastModified: r.lastModified ?? (r.notModified ? state.lastModified : null),
      notBefore: r.maxAgeMs ? now + r.maxAgeMs : null,
    };
    if (r.notModified) return { mentions: [], state: next, notModified: true };
    const feed = await (this.deps.parser ?? inlineFeedParser).parse(r.body, {
      sourceId: this.id,
      baseUrl: r.url,
      contentType: r.contentType ?? undefined,
      maxItems: this.fetchConfig.maxItems,
    });
    // RSS <ttl> (minutes) is a floor on the next poll, like Cache-Control max-age.
    const ttlMs = (feed.ttlMinutes ?? 0) * 60_000;
    if (ttlMs > 0) next.notBefore = Math.max(next.notBefore ?? 0, now + Math.min(ttlMs, 24 * 3_600_000));
    return { mentions: feed.mentions, state: next, notModified: false };
  }
}

/** A feed read from a local file (the bundled samples, tests): "not modified" while its mtime stays the same. */
export class FileFeedSource implements FeedSource {
  readonly kind = "feed";
  readonly id: string;
  readonly intervalMs: number;

  constructor(
    private readonly path: string,
    config: FeedSourceConfig,
    private readonly fetchConfig: FetchConfig,
    private readonly parser: FeedParser = inlineFeedParser,
  ) {
    this.id = config.id;
    this.intervalMs = config.intervalMinutes * 60_000;
  }

  async poll(state: PollState): Promise<PollResult> {
    let mtime: string;
    try {
      mtime = (await stat(this.path)).mtime.toUTCString();
    } catch (err) {
      throw new FeedError(
        `${this.path}: cannot read the feed file (${(err as NodeJS.ErrnoException).code ?? "error"})`,
        { cause: err },
      );
    }
    if (state.lastModified === mtime)
      return { mentions: [], state: { ...state, notBefore: null }, notModified: true };
    const body = await readFile(this.path);
    if (body.length > this.fetchConfig.maxBytes)
      throw new FeedError(
        `${this.path}: ${body.length} bytes is over the ${this.fetchConfig.maxBytes}-byte cap`,
      );
    const feed = await this.parser.parse(body, {
      sourceId: this.id,
      baseUrl: pathToFileURL(this.path).href,
      maxItems: this.fetchConfig.maxItems,
    });
    return {
      mentions: feed.mentions,
      state: { ...state, etag: null, lastModified: mtime, notBefore: null },
      notModified: false,
    };
  }
}

/** A feed source for an http(s) URL or a file path (relative paths resolve against `deps.baseDir`). */
export function createFeedSource(
  config: FeedSourceConfig,
  fetchConfig: FetchConfig,
  deps: FeedSourceDeps = {},
): FeedSource {
  if (/^https?:\/\//i.test(config.url))
    return new HttpFeedSource(config.url, config, fetchConfig, {
      ...deps,
      limiter: deps.limiter ?? new HostLimiter(),
    });
  const path = config.url.startsWith("file://") ? new URL(config.url).pathname : config.url;
  return new FileFeedSource(
    isAbsolute(path) ? path : resolve(deps.baseDir ?? process.cwd(), path),
    config,
    fetchConfig,
    deps.parser,
  );
}
