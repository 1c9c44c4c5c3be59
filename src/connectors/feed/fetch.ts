import { FeedError } from "./feed-error.js";
import type { HostLimiter } from "./host-limiter.js";
import { maxAgeMs, retryAfterMs } from "./http-headers.js";
import { maskUrl, redirectRefusal, splitCredentials } from "./url-safety.js";

/** How one fetch behaves: limits, manners and the validators of the last good fetch. */
export interface FetchFeedOptions {
  /** Body size cap (after decompression); default 10 MB. */
  maxBytes?: number;
  /** Total time cap for headers and body; default 20 s. */
  timeoutMs?: number;
  userAgent?: string;
  /** Redirects followed before giving up; default 5. */
  maxRedirects?: number;
  etag?: string | null;
  lastModified?: string | null;
  signal?: AbortSignal;
  /** Shared per-host concurrency limit. */
  limiter?: HostLimiter;
  /** For Retry-After dates; default Date.now. */
  nowMs?: () => number;
  /** Extra request headers (API connectors: Accept, Authorization). */
  headers?: Record<string, string>;
  /** Accept header; defaults to feed types. */
  accept?: string;
}

/** A fetched feed: 200 with a body, or 304 (`notModified`, empty body) when the validators still hold. */
export interface FetchFeedResult {
  status: number;
  notModified: boolean;
  body: Buffer;
  contentType: string | null;
  /** The final URL after redirects. */
  url: string;
  etag: string | null;
  lastModified: string | null;
  /** From Cache-Control max-age: don't poll again sooner than this. */
  maxAgeMs: number | null;
}

/** A failed fetch: the HTTP status when there was one, and how long the server asked us to wait. */
export class FetchError extends FeedError {
  constructor(
    message: string,
    readonly status: number | null,
    readonly retryAfterMs: number | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const DEFAULT_USER_AGENT = "orm-bot/0.1 (+https://github.com/orm-bot/orm-bot)";
const FEED_ACCEPT =
  "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";

async function readCapped(res: Response, maxBytes: number, url: string): Promise<Buffer> {
  const declared = Number(res.headers.get("content-length") ?? Number.NaN);
  if (res.headers.get("content-encoding") === null && declared > maxBytes) {
    await res.body?.cancel().catch(() => {});
    throw new FetchError(`${url}: body of ${declared} bytes is over the ${maxBytes}-byte cap`, res.status);
  }
  if (!res.body) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let total = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new FetchError(`${url}: body is over the ${maxBytes}-byte cap`, res.status);
    }
    chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
  }
  return Buffer.concat(chunks, total);
}

function describeNetworkError(err: unknown, url: string, timeoutMs: number): FetchError {
  const e = err as Error & { cause?: { code?: string; message?: string } };
  if (e.name === "TimeoutError")
    return new FetchError(`${url}: timed out after ${timeoutMs} ms`, null, null, { cause: err });
  if (e.name === "AbortError") return new FetchError(`${url}: aborted`, null, null, { cause: err });
  const detail = e.cause?.code ?? e.cause?.message ?? e.message;
  return new FetchError(
    `${url}: ${detail === "terminated" ? "connection closed before the body ended" : detail}`,
    null,
    null,
    { cause: err },
  );
}

/**
 * The request headers of one hop. Credentials (the connector's headers: Authorization, API keys; Basic
 * auth from the URL) and validators go to the configured origin only, never to another after a redirect.
 */
function requestHeaders(o: FetchFeedOptions, home: boolean, basic: string | null): Record<string, string> {
  const h: Record<string, string> = {
    "user-agent": o.userAgent ?? DEFAULT_USER_AGENT,
    accept: o.accept ?? FEED_ACCEPT,
    "accept-encoding": "gzip, deflate, br",
  };
  if (!home) return h;
  if (basic) h.authorization = basic;
  Object.assign(h, o.headers);
  if (o.etag) h["if-none-match"] = o.etag;
  if (o.lastModified) h["if-modified-since"] = o.lastModified;
  return h;
}

async function fetchOnce(
  url: string,
  headers: Record<string, string>,
  o: FetchFeedOptions,
  signal: AbortSignal,
) {
  const run = () => fetch(url, { headers, redirect: "manual", signal });
  if (!o.limiter) return run();
  return o.limiter.run(new URL(url).host, run);
}

/** The configured URL checked and split: http(s) only, `user:password@` turned into Basic auth. */
function startUrl(url: string): { home: URL; basic: string | null } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new FetchError(`${maskUrl(url)}: not a valid URL`, null);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
    throw new FetchError(
      `${maskUrl(url)}: ${parsed.protocol} URLs are not fetched (http and https only)`,
      null,
    );
  const split = splitCredentials(url);
  return { home: new URL(split.url), basic: split.authorization };
}

/**
 * Fetches a feed over http(s): conditional GET, gzip/deflate/br, at most `maxRedirects` redirects, a size and
 * a time cap, a clear User-Agent. `user:password@` becomes Basic auth; credentials never follow a redirect to
 * another origin; redirects to other schemes or into internal addresses are refused (url-safety.ts). Errors
 * show the URL masked. Non-2xx answers throw FetchError carrying the status and any Retry-After.
 */
export async function fetchFeed(url: string, options: FetchFeedOptions = {}): Promise<FetchFeedResult> {
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
  const timeoutMs = options.timeoutMs ?? 20_000;
  const maxRedirects = options.maxRedirects ?? 5;
  const now = options.nowMs ?? Date.now;
  const shown = maskUrl(url);
  const { home, basic } = startUrl(url);
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let current = home;
  try {
    for (let hop = 0; ; hop++) {
      const headers = requestHeaders(options, current.origin === home.origin, basic);
      const res = await fetchOnce(current.toString(), headers, options, signal);
      const location = res.headers.get("location");
      if (res.status >= 300 && res.status < 400 && res.status !== 304 && location) {
        await res.body?.cancel().catch(() => {});
        if (hop >= maxRedirects)
          throw new FetchError(`${shown}: more than ${maxRedirects} redirects`, res.status);
        current = nextHop(location, current);
        const refusal = await redirectRefusal(home, current);
        if (refusal) throw new FetchError(`${shown}: ${refusal}`, res.status);
        continue;
      }
      return await finish(res, current.toString(), shown, maxBytes, now());
    }
  } catch (err) {
    if (err instanceof FetchError) throw err;
    throw describeNetworkError(err, shown, timeoutMs);
  }
}

/** Where a redirect leads, without any credentials it carries (they are never used). */
function nextHop(location: string, current: URL): URL {
  let next: URL;
  try {
    next = new URL(location, current);
  } catch {
    throw new FetchError(`${maskUrl(current.toString())}: redirect to an invalid URL`, null);
  }
  next.username = "";
  next.password = "";
  return next;
}

async function finish(
  res: Response,
  url: string,
  shown: string,
  maxBytes: number,
  nowMs: number,
): Promise<FetchFeedResult> {
  const h = res.headers;
  if (res.status !== 304 && (res.status < 200 || res.status >= 300)) {
    await res.body?.cancel().catch(() => {});
    throw new FetchError(
      `${shown}: HTTP ${res.status}`,
      res.status,
      retryAfterMs(h.get("retry-after"), nowMs),
    );
  }
  const notModified = res.status === 304;
  const body = notModified ? Buffer.alloc(0) : await readCapped(res, maxBytes, shown);
  return {
    status: res.status,
    notModified,
    body,
    contentType: h.get("content-type"),
    url,
    etag: h.get("etag"),
    lastModified: h.get("last-modified"),
    maxAgeMs: maxAgeMs(h.get("cache-control")),
  };
}
