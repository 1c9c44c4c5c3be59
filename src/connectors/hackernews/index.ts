import { z } from "zod";
import type { FetchConfigSchema, HackerNewsSourceSchema } from "../../config/sections/sources.js";
import type { Mention } from "../../core/mention.js";
import type { FeedSource } from "../../ports/feed-source.js";
import { type ApiDeps, apiUrl, isoFrom, JsonApiSource } from "../api-source.js";
import { htmlToText } from "../feed/text.js";

/** One hit of the HN Algolia search API (https://hn.algolia.com/api), the fields we read. */
export const HnHitSchema = z.looseObject({
  objectID: z.string(),
  created_at: z.string().nullish(),
  created_at_i: z.number().nullish(),
  title: z.string().nullish(),
  url: z.string().nullish(),
  author: z.string().nullish(),
  points: z.number().int().nullish(),
  num_comments: z.number().int().nonnegative().nullish(),
  story_text: z.string().nullish(),
  comment_text: z.string().nullish(),
  story_title: z.string().nullish(),
});

export const HnSearchSchema = z.looseObject({ hits: z.array(HnHitSchema) });

function hitToMention(sourceId: string, h: z.infer<typeof HnHitSchema>): Mention {
  const title = h.title ?? h.story_title ?? null;
  const body = htmlToText(h.comment_text ?? h.story_text ?? "");
  return {
    id: `${sourceId}:${h.objectID}`,
    source: sourceId,
    url: `https://news.ycombinator.com/item?id=${encodeURIComponent(h.objectID)}`,
    title,
    text: body || title || "",
    author: h.author ?? null,
    publishedAt: isoFrom(h.created_at_i ?? h.created_at),
    reach: null,
    rating: null,
    engagement: { votes: h.points ?? null, comments: h.num_comments ?? null },
  };
}

/** Hacker News stories and comments matching a query, newest first, as a FeedSource. */
export function createHackerNewsSource(
  config: z.output<typeof HackerNewsSourceSchema>,
  fetchConfig: z.output<typeof FetchConfigSchema>,
  deps: ApiDeps = {},
): FeedSource {
  return new JsonApiSource(
    {
      id: config.id,
      kind: "hackernews",
      intervalMs: config.intervalMinutes * 60_000,
      url: apiUrl(config.baseUrl, "/search_by_date", {
        query: config.query,
        tags: config.tags,
        hitsPerPage: 50,
      }),
      schema: HnSearchSchema,
      toMentions: (r) => r.hits.map((h) => hitToMention(config.id, h)),
    },
    fetchConfig,
    deps,
  );
}
