import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { FetchConfigSchema } from "../../../src/config/sections/sources.js";
import { createFeedSource } from "../../../src/connectors/feed/source.js";
import { PACKAGE_ROOT } from "../../../src/core/paths.js";
import { createBrandFilter } from "../../../src/ingest/brand-filter.js";
import { PollStateRepo } from "../../../src/ingest/poll-state.js";
import { type PollContext, pollOnce } from "../../../src/ingest/poller.js";
import type { ChatAdapter, ChatMessage } from "../../../src/ports/chat.js";
import { FeedServer } from "../connectors/feed/feed-server.js";
import { acmeConfig, buildDeps } from "./deps.js";

const RSS = readFileSync(join(PACKAGE_ROOT, "samples", "feeds", "foro-es.rss.xml"));
const server = new FeedServer();
let mode: "ok" | "500" | "429" = "ok";

beforeAll(async () => {
  await server.start();
  server.route("/feed", (req, res) => {
    if (mode === "500") return void res.writeHead(500).end();
    if (mode === "429") return void res.writeHead(429, { "retry-after": "7200" }).end();
    if (req.headers["if-none-match"] === '"v1"') return void res.writeHead(304).end();
    res.writeHead(200, { etag: '"v1"' }).end(RSS);
  });
  server.route("/cached", (_q, res) => void res.writeHead(200, { "cache-control": "max-age=3600" }).end(RSS));
  server.route(
    "/not-a-feed",
    (_q, res) => void res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><p>moved</p>"),
  );
});
afterAll(() => server.stop());
afterEach(() => {
  mode = "ok";
});

/** A chat that records what it was asked to post (the poller only posts). */
function recordingChat(): ChatAdapter & { posted: Array<[string, ChatMessage]> } {
  const posted: Array<[string, ChatMessage]> = [];
  const caps = {
    threads: false,
    buttons: false,
    ephemeral: false,
    userSelect: false,
    files: false,
    directMessages: false,
    createChannels: false,
  };
  return {
    name: "recording",
    capabilities: caps,
    posted,
    start: async () => {},
    post: async (channel, msg) => {
      posted.push([channel, msg]);
      return { channel, ts: String(posted.length) };
    },
    update: async () => {},
    dm: async (u) => ({ channel: u, ts: "0" }),
    healthy: async () => true,
    stop: async () => {},
  };
}

async function setup(chat: ChatAdapter | null = null) {
  const config = acmeConfig({
    routing: { defaultChannel: "C-ops" },
    fetch: { reportFailuresAfter: 3, maxBackoffMinutes: 60 },
  });
  const built = await buildDeps({ config, chat });
  const ctx: PollContext = {
    deps: built.deps,
    pipeline: built.pipeline,
    filter: createBrandFilter(config.brand),
  };
  const source = createFeedSource(
    { id: "foro", type: "feed", url: `${server.url}/feed`, intervalMinutes: 15, weight: 1, enabled: true },
    config.fetch,
    { clock: built.clock },
  );
  return { ...built, ctx, source };
}

describe("pollOnce", () => {
  it("stores every item once, then gets a 304 and stores nothing more", async () => {
    const { ctx, source, store, clock } = await setup();
    const first = await pollOnce(ctx, source);
    expect(first).toMatchObject({ status: "ok", items: 12, accepted: 12, duplicates: 0 });
    expect(await store.mentions.count()).toBe(12);
    // The feed's <ttl>15</ttl> holds the next poll back for 15 minutes.
    expect(await pollOnce(ctx, source)).toEqual({ status: "skipped", reason: "not_due" });
    clock.advance(15 * 60_000);
    expect(await pollOnce(ctx, source)).toEqual({ status: "not_modified" });
    const state = await new PollStateRepo(store).get("foro");
    expect(state.etag).toBe('"v1"');
    expect(await store.mentions.count()).toBe(12);
  });

  it("backs off exponentially with a cap, and reports a failing source to the channel once", async () => {
    const chat = recordingChat();
    const { ctx, source, clock, store, deps } = await setup(chat);
    mode = "500";
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) {
      const out = await pollOnce(ctx, source);
      expect(out.status).toBe("failed");
      if (out.status !== "failed") return;
      waits.push(out.notBefore - clock.now());
      expect(await pollOnce(ctx, source)).toEqual({ status: "skipped", reason: "not_due" });
      clock.set(out.notBefore);
    }
    expect(waits).toEqual([15, 30, 60, 60, 60].map((m) => m * 60_000));
    expect(chat.posted).toHaveLength(1);
    expect(chat.posted[0]![0]).toBe("C-ops");
    expect(chat.posted[0]![1].fallback).toContain("failed 3 polls in a row");
    expect(deps.metrics.value("orm_poll_errors_total", { source: "foro" })).toBe(5);
    mode = "ok";
    expect(await pollOnce(ctx, source)).toMatchObject({ status: "ok", accepted: 12 });
    const state = await new PollStateRepo(store).get("foro");
    expect(state).toMatchObject({ consecutiveFailures: 0, reported: null, lastError: null });
  });

  it("waits at least an hour after a 403 without Retry-After", async () => {
    const { ctx, clock } = await setup();
    server.route("/forbidden", (_q, res) => void res.writeHead(403).end());
    const { deps } = ctx;
    const source = createFeedSource(
      {
        id: "f403",
        type: "feed",
        url: `${server.url}/forbidden`,
        intervalMinutes: 15,
        weight: 1,
        enabled: true,
      },
      deps.config.fetch,
      { clock },
    );
    expect(await pollOnce(ctx, source)).toMatchObject({
      status: "failed",
      notBefore: clock.now() + 3_600_000,
    });
  });

  it("honours Retry-After when it is longer than the backoff", async () => {
    const { ctx, source, clock } = await setup();
    mode = "429";
    const out = await pollOnce(ctx, source);
    expect(out).toMatchObject({ status: "failed", notBefore: clock.now() + 7_200_000 });
  });

  it("two pollers racing on the same items store each once", async () => {
    const a = await setup();
    const fetchCfg = FetchConfigSchema.parse({});
    const twin = createFeedSource(
      {
        id: "foro-mirror",
        type: "feed",
        url: `${server.url}/feed`,
        intervalMinutes: 15,
        weight: 1,
        enabled: true,
      },
      fetchCfg,
    );
    const results = await Promise.all([
      pollOnce(a.ctx, a.source),
      pollOnce(a.ctx, twin),
      pollOnce(a.ctx, a.source, { force: true }),
    ]);
    const accepted = results.reduce((n, r) => n + (r.status === "ok" ? r.accepted : 0), 0);
    expect(accepted).toBe(12);
    expect(await a.store.mentions.count()).toBe(12);
  });

  it("drops items that don't name the brand and counts them", async () => {
    const { ctx, deps } = await setup();
    const { parseFeed } = await import("../../../src/connectors/feed/parse.js");
    const other = parseFeed(
      '<rss version="2.0"><channel><item><guid>1</guid><title>Weather in Madrid</title><description>Sunny</description></item><item><guid>2</guid><title>acme telecom raises prices</title></item></channel></rss>',
      { sourceId: "news" },
    );
    const source = {
      id: "news",
      kind: "feed",
      intervalMs: 60_000,
      poll: async (s: never) => ({ mentions: other.mentions, state: s, notModified: false }),
    };
    expect(await pollOnce(ctx, source)).toMatchObject({ status: "ok", items: 2, kept: 1, accepted: 1 });
    expect(deps.metrics.value("orm_feed_items_filtered_total", { source: "news", reason: "no_match" })).toBe(
      1,
    );
  });

  it("reports a source that went quiet once, and logs when no chat exists", async () => {
    const chat = recordingChat();
    const { ctx, source, clock } = await setup(chat);
    await pollOnce(ctx, source);
    clock.advance(5 * 86_400_000);
    expect(await pollOnce(ctx, source)).toEqual({ status: "not_modified" });
    expect(await pollOnce(ctx, source)).toEqual({ status: "not_modified" });
    expect(chat.posted.map(([, m]) => m.fallback)).toEqual([expect.stringContaining("has gone quiet")]);
  });
});

describe("polling manners", () => {
  it("does not poll again before Cache-Control max-age runs out", async () => {
    const { ctx, clock, deps } = await setup();
    const source = createFeedSource(
      {
        id: "cached",
        type: "feed",
        url: `${server.url}/cached`,
        intervalMinutes: 15,
        weight: 1,
        enabled: true,
      },
      deps.config.fetch,
      { clock },
    );
    expect(await pollOnce(ctx, source)).toMatchObject({ status: "ok" });
    clock.advance(3_599_000);
    expect(await pollOnce(ctx, source)).toEqual({ status: "skipped", reason: "not_due" });
    clock.advance(1_000);
    expect(await pollOnce(ctx, source)).toMatchObject({ status: "ok", accepted: 0, duplicates: 12 });
    expect(deps.metrics.value("orm_feed_items_seen_before_total", { source: "cached" })).toBe(12);
    expect(deps.metrics.value("orm_duplicates_dropped_total", { source: "cached" })).toBe(0);
  });

  it("a source that is not a feed fails with its reason and doesn't stop the others", async () => {
    const { ctx, clock, deps, store } = await setup();
    const bad = createFeedSource(
      {
        id: "bad",
        type: "feed",
        url: `${server.url}/not-a-feed`,
        intervalMinutes: 15,
        weight: 1,
        enabled: true,
      },
      deps.config.fetch,
      { clock },
    );
    const good = createFeedSource(
      { id: "good", type: "feed", url: `${server.url}/feed`, intervalMinutes: 15, weight: 1, enabled: true },
      deps.config.fetch,
      { clock },
    );
    const [b, g] = await Promise.all([pollOnce(ctx, bad), pollOnce(ctx, good)]);
    expect(b).toMatchObject({ status: "failed", error: "not a feed: HTML document" });
    expect(g).toMatchObject({ status: "ok", accepted: 12 });
    expect(await store.mentions.count()).toBe(12);
    expect(deps.metrics.value("orm_poll_errors_total", { source: "bad" })).toBe(1);
  });
});

describe("registerPolling", () => {
  it("schedules poll:<id> and polls every sample feed at once; the syndicated press release is stored once", async () => {
    const { registerPolling } = await import("../../../src/ingest/poller.js");
    const { createSources } = await import("../../../src/connectors/index.js");
    const config = acmeConfig({
      sources: ["google-alerts-en.atom.xml", "foro-es.rss.xml", "otzovik-ru.rss.xml"].map((f, i) => ({
        id: `s${i}`,
        type: "feed",
        url: `samples/feeds/${f}`,
      })),
    });
    const { deps, pipeline, jobs, store } = await buildDeps({ config: { ...config, baseDir: PACKAGE_ROOT } });
    await jobs.start();
    try {
      await registerPolling(deps, pipeline, createSources({ ...config, baseDir: PACKAGE_ROOT }));
      await expect.poll(() => store.mentions.count(), { timeout: 10_000 }).toBe(35);
      await expect.poll(() => deps.metrics.value("orm_duplicates_dropped_total", { source: "s0" })).toBe(1);
    } finally {
      await jobs.close();
    }
  });
});
