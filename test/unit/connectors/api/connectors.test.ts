import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Config } from "../../../../src/config/schema.js";
import { FetchConfigSchema, SourceConfigSchema } from "../../../../src/config/sections/sources.js";
import { HostLimiter } from "../../../../src/connectors/feed/host-limiter.js";
import { createSource } from "../../../../src/connectors/index.js";
import { EMPTY_POLL_STATE } from "../../../../src/ports/feed-source.js";
import { FeedServer } from "../feed/feed-server.js";

const FIX = join(import.meta.dirname, "../../../fixtures/feeds/api");
const server = new FeedServer();
const fixtures: Record<string, string> = {
  "/api/v1/timelines/tag/acmetelecom": "mastodon-tag.json",
  "/search.json": "reddit-search.json",
  "/search_by_date": "hn-search.json",
  "/xrpc/app.bsky.feed.searchPosts": "bluesky-search.json",
  "/us/rss/customerreviews/id=1234567890/sortBy=mostRecent/json": "appstore-reviews.json",
  "/accounts/111/locations/222/reviews": "google-reviews.json",
  "/business-units/bu1/reviews": "trustpilot-reviews.json",
};

beforeAll(async () => {
  await server.start();
  for (const [path, file] of Object.entries(fixtures))
    server.route(
      path,
      (_q, res) =>
        void res.writeHead(200, { "content-type": "application/json" }).end(readFileSync(join(FIX, file))),
    );
  server.route("/broken", (_q, res) => void res.writeHead(200).end('{"hits": "nope"}'));
});
afterAll(() => server.stop());

async function poll(entry: Record<string, unknown>) {
  const cfg = SourceConfigSchema.parse({ id: "src", baseUrl: server.url, ...entry });
  const config = { fetch: FetchConfigSchema.parse({}), baseDir: "." } as Config;
  const source = createSource(cfg, config, { limiter: new HostLimiter(2) });
  const r = await source.poll(EMPTY_POLL_STATE);
  return { mentions: r.mentions, req: server.requests.at(-1)! };
}

describe("JSON API connectors against a local stand-in", () => {
  it("mastodon: tag timeline, reach kept raw", async () => {
    const { mentions, req } = await poll({ type: "mastodon", tag: "acmetelecom" });
    expect(req.url).toBe("/api/v1/timelines/tag/acmetelecom?limit=40");
    expect(mentions).toEqual([
      {
        id: "https://mastodon.example/users/angryuser/statuses/113400991000000001",
        source: "src",
        url: "https://mastodon.example/@angryuser/113400991000000001",
        title: null,
        text: "Third #acmetelecom outage this week & nobody answers.",
        author: "@angryuser@mastodon.example",
        publishedAt: "2026-11-21T09:14:07.000Z",
        reach: null,
        rating: null,
        engagement: { followers: 2380, likes: 31, shares: 12, comments: 4 },
      },
    ]);
  });

  it("reddit: search.json with score and comments", async () => {
    const { mentions, req } = await poll({ type: "reddit", query: "acme telecom" });
    expect(req.url).toContain("/search.json?q=acme+telecom&sort=new&limit=100");
    expect(mentions[0]).toMatchObject({
      id: "src:t3_1x9k2",
      url: `${server.url}/r/acmetelecom/comments/1x9k2/billing_error_charged_twice/`,
      title: "Billing error: charged twice",
      text: "Acme Telecom billed my card twice for November & support says 30 days for a refund.",
      author: "u/maria_k",
      publishedAt: "2025-11-21T17:05:00.000Z",
      engagement: { votes: 57, comments: 23 },
    });
    expect(mentions[1]).toMatchObject({ author: null, text: "Acme Telecom launches 2 Gbps fiber in Denver" });
  });

  it("hackernews: Algolia hits, comments and stories", async () => {
    const { mentions } = await poll({ type: "hackernews", query: "acme" });
    expect(mentions[0]).toMatchObject({
      id: "src:44110399",
      url: "https://news.ycombinator.com/item?id=44110399",
      title: "Acme Telecom outage leaves thousands without internet",
      text: "Acme Telecom's router firmware has had the same bug for two years.",
      author: "throwaway42",
    });
    expect(mentions[1]).toMatchObject({
      engagement: { votes: 212, comments: 97 },
      publishedAt: "2025-11-21T14:40:00.000Z",
    });
  });

  it("bluesky: searchPosts with likes and reposts", async () => {
    const { mentions, req } = await poll({ type: "bluesky", query: "acmetelecom" });
    expect(req.url).toBe("/xrpc/app.bsky.feed.searchPosts?q=acmetelecom&sort=latest&limit=100");
    expect(mentions[0]).toMatchObject({
      id: "at://did:plc:abc123/app.bsky.feed.post/3lbq2xyz",
      url: "https://bsky.app/profile/helen.bsky.social/post/3lbq2xyz",
      text: "Shout-out to @acmetelecom support: the technician fixed my wiring in 20 minutes!",
      engagement: { likes: 48, shares: 6, comments: 2 },
    });
  });

  it("appstore: reviews with a rating, the app's own entry skipped", async () => {
    const { mentions } = await poll({ type: "appstore", appId: "1234567890" });
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toMatchObject({
      id: "src:11223344556",
      rating: 1,
      title: "App crashes when paying my bill",
      author: "fiberfan",
      publishedAt: "2026-11-20T14:12:44.000Z",
    });
  });

  it("google-reviews: star ratings as numbers, bearer token sent, anonymous reviewers unnamed", async () => {
    const { mentions, req } = await poll({
      type: "google-reviews",
      accountId: "111",
      locationId: "222",
      token: "tok",
    });
    expect(req.headers.authorization).toBe("Bearer tok");
    expect(mentions.map((m) => [m.rating, m.author])).toEqual([
      [2, "Carlos M."],
      [5, null],
    ]);
  });

  it("trustpilot: stars and the apikey header", async () => {
    const { mentions, req } = await poll({ type: "trustpilot", businessUnitId: "bu1", apiKey: "k" });
    expect(req.headers.apikey).toBe("k");
    expect(mentions[0]).toMatchObject({ rating: 1, title: "Rude support", author: "Tom R." });
  });

  it("a response that doesn't match the documented shape fails with where and why", async () => {
    const cfg = SourceConfigSchema.parse({
      id: "hn",
      type: "hackernews",
      query: "x",
      baseUrl: `${server.url}/broken`,
    });
    const config = { fetch: FetchConfigSchema.parse({}), baseDir: "." } as Config;
    server.route("/broken/search_by_date", (_q, res) => void res.writeHead(200).end('{"hits": "nope"}'));
    const source = createSource(cfg, config, { limiter: new HostLimiter(2) });
    await expect(source.poll(EMPTY_POLL_STATE)).rejects.toThrow(
      /^hn: unexpected hackernews response \(hits: /,
    );
  });

  it("config: mastodon needs exactly one of tag or query", () => {
    expect(SourceConfigSchema.safeParse({ id: "m", type: "mastodon" }).success).toBe(false);
    expect(SourceConfigSchema.safeParse({ id: "m", type: "mastodon", tag: "a", query: "b" }).success).toBe(
      false,
    );
  });
});
