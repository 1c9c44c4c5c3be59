import { z } from "zod";
import type { BlueskySourceSchema, FetchConfigSchema } from "../../config/sections/sources.js";
import type { Mention } from "../../core/mention.js";
import type { FeedSource } from "../../ports/feed-source.js";
import { type ApiDeps, apiUrl, isoFrom, JsonApiSource } from "../api-source.js";
import { collapseWhitespace } from "../feed/text.js";

/** A post view from `app.bsky.feed.searchPosts` (https://docs.bsky.app/docs/api/app-bsky-feed-search-posts). */
export const BskyPostSchema = z.looseObject({
  uri: z.string().startsWith("at://"),
  author: z.looseObject({ did: z.string(), handle: z.string(), displayName: z.string().nullish() }),
  record: z.looseObject({ text: z.string().default(""), createdAt: z.string().nullish() }),
  indexedAt: z.string().nullish(),
  likeCount: z.number().int().nonnegative().nullish(),
  repostCount: z.number().int().nonnegative().nullish(),
  replyCount: z.number().int().nonnegative().nullish(),
  quoteCount: z.number().int().nonnegative().nullish(),
});

export const BskySearchSchema = z.looseObject({
  posts: z.array(BskyPostSchema),
  cursor: z.string().nullish(),
});

function postToMention(sourceId: string, p: z.infer<typeof BskyPostSchema>): Mention {
  const rkey = p.uri.split("/").pop() ?? "";
  return {
    id: p.uri,
    source: sourceId,
    url: `https://bsky.app/profile/${encodeURIComponent(p.author.handle)}/post/${encodeURIComponent(rkey)}`,
    title: null,
    text: collapseWhitespace(p.record.text),
    author: `@${p.author.handle}`,
    publishedAt: isoFrom(p.record.createdAt ?? p.indexedAt),
    reach: null,
    rating: null,
    engagement: {
      likes: p.likeCount ?? null,
      shares: (p.repostCount ?? 0) + (p.quoteCount ?? 0),
      comments: p.replyCount ?? null,
    },
  };
}

/** Bluesky posts matching a query, newest first, as a FeedSource. */
export function createBlueskySource(
  config: z.output<typeof BlueskySourceSchema>,
  fetchConfig: z.output<typeof FetchConfigSchema>,
  deps: ApiDeps = {},
): FeedSource {
  return new JsonApiSource(
    {
      id: config.id,
      kind: "bluesky",
      intervalMs: config.intervalMinutes * 60_000,
      url: apiUrl(config.baseUrl, "/xrpc/app.bsky.feed.searchPosts", {
        q: config.query,
        sort: "latest",
        limit: 100,
      }),
      headers: config.token ? { authorization: `Bearer ${config.token}` } : undefined,
      schema: BskySearchSchema,
      toMentions: (r) => r.posts.map((p) => postToMention(config.id, p)),
    },
    fetchConfig,
    deps,
  );
}
