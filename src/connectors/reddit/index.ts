import { z } from "zod";
import type { FetchConfigSchema, RedditSourceSchema } from "../../config/sections/sources.js";
import type { Mention } from "../../core/mention.js";
import type { FeedSource } from "../../ports/feed-source.js";
import { type ApiDeps, apiUrl, isoFrom, JsonApiSource } from "../api-source.js";
import { resolveUrl } from "../feed/links.js";
import { collapseWhitespace, decodeHtmlEntities } from "../feed/text.js";

/** A Reddit link or comment (`t3`/`t1` thing) in a `search.json` listing, the fields we read. */
export const RedditThingSchema = z.looseObject({
  kind: z.string(),
  data: z.looseObject({
    name: z.string(),
    title: z.string().nullish(),
    selftext: z.string().nullish(),
    body: z.string().nullish(),
    author: z.string().nullish(),
    permalink: z.string(),
    created_utc: z.number(),
    score: z.number().int().nullish(),
    num_comments: z.number().int().nonnegative().nullish(),
    subreddit: z.string().nullish(),
  }),
});

/** Reddit's Listing envelope. */
export const RedditListingSchema = z.looseObject({
  kind: z.literal("Listing"),
  data: z.looseObject({ children: z.array(RedditThingSchema), after: z.string().nullish() }),
});

function thingToMention(sourceId: string, base: string, t: z.infer<typeof RedditThingSchema>): Mention {
  const d = t.data;
  const title = d.title ? collapseWhitespace(decodeHtmlEntities(d.title)) : null;
  const text = collapseWhitespace(decodeHtmlEntities(d.selftext || d.body || ""));
  return {
    id: `${sourceId}:${d.name}`,
    source: sourceId,
    url: resolveUrl(d.permalink, base),
    title,
    text: text || title || "",
    author: d.author && d.author !== "[deleted]" ? `u/${d.author}` : null,
    publishedAt: isoFrom(d.created_utc),
    reach: null,
    rating: null,
    engagement: { votes: d.score ?? null, comments: d.num_comments ?? null },
  };
}

/** Reddit search (site-wide or one subreddit), newest first, as a FeedSource. */
export function createRedditSource(
  config: z.output<typeof RedditSourceSchema>,
  fetchConfig: z.output<typeof FetchConfigSchema>,
  deps: ApiDeps = {},
): FeedSource {
  const path = config.subreddit ? `/r/${config.subreddit}/search.json` : "/search.json";
  const query = {
    q: config.query,
    sort: "new",
    limit: 100,
    restrict_sr: config.subreddit ? "1" : undefined,
    raw_json: 1,
  };
  return new JsonApiSource(
    {
      id: config.id,
      kind: "reddit",
      intervalMs: config.intervalMinutes * 60_000,
      url: apiUrl(config.baseUrl, path, query),
      schema: RedditListingSchema,
      toMentions: (l) => l.data.children.map((t) => thingToMention(config.id, config.baseUrl, t)),
    },
    fetchConfig,
    deps,
  );
}
