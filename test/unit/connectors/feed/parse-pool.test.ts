import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { buildLargeFeed } from "../../../../src/bench/feeds.js";
import { FeedError } from "../../../../src/connectors/feed/feed-error.js";
import { parseFeed } from "../../../../src/connectors/feed/parse.js";
import { createFeedParser, type FeedParser, ParsePool } from "../../../../src/connectors/feed/parse-pool.js";

let pool: FeedParser | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

const sample = readFileSync(new URL("../../../../samples/feeds/foro-es.rss.xml", import.meta.url));
const options = { sourceId: "foro", baseUrl: "https://foro.example/feed" };

describe("the feed-parsing worker pool", () => {
  it("runs in worker threads and gives what the inline parser gives", async () => {
    pool = createFeedParser({ timeoutMs: 10_000 });
    expect(pool).toBeInstanceOf(ParsePool);
    expect(await pool.parse(sample, options)).toEqual(parseFeed(sample, options));
  });

  it("passes a feed error on as a FeedError with its reason", async () => {
    pool = createFeedParser({ timeoutMs: 10_000 });
    const err = await pool
      .parse(Buffer.from("<html><body>hi</body></html>"), options)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FeedError);
    expect((err as Error).message).toBe("not a feed: HTML document");
  });

  it("fails only the document that hits the time cap, then goes on with a fresh worker", async () => {
    pool = createFeedParser({ timeoutMs: 100, size: 1 });
    const { body } = buildLargeFeed(200);
    const err = await pool.parse(body, options).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FeedError);
    expect((err as Error).message).toBe("not parsed: took longer than 100 ms");
    const tiny = Buffer.from(
      '<rss version="2.0"><channel><item><title>still here</title></item></channel></rss>',
    );
    expect((await pool.parse(tiny, options)).mentions[0]!.title).toBe("still here");
  });

  it("keeps the event loop free while it parses a large feed", async () => {
    pool = createFeedParser({ timeoutMs: 30_000, size: 1 });
    const { body, items } = buildLargeFeed(60);
    let worstGapMs = 0;
    let last = performance.now();
    const tick = setInterval(() => {
      const now = performance.now();
      worstGapMs = Math.max(worstGapMs, now - last);
      last = now;
    }, 10);
    const started = performance.now();
    const feed = await pool.parse(body, { ...options, maxItems: items });
    const tookMs = performance.now() - started;
    clearInterval(tick);
    expect(feed.mentions).toHaveLength(items);
    // The parse itself takes far longer than any pause the main thread saw.
    expect(worstGapMs).toBeLessThan(Math.max(150, tookMs / 3));
  });

  it("queues documents beyond its workers and answers each", async () => {
    pool = createFeedParser({ timeoutMs: 10_000, size: 1 });
    const feeds = await Promise.all(
      Array.from({ length: 5 }, (_, i) => pool!.parse(sample, { ...options, sourceId: `s${i}` })),
    );
    expect(feeds.map((f) => f.mentions[0]!.source)).toEqual(["s0", "s1", "s2", "s3", "s4"]);
  });
});
