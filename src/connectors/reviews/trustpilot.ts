import { z } from "zod";
import type { FetchConfigSchema, TrustpilotSourceSchema } from "../../config/sections/sources.js";
import type { Mention } from "../../core/mention.js";
import type { FeedSource } from "../../ports/feed-source.js";
import { type ApiDeps, apiUrl, isoFrom, JsonApiSource } from "../api-source.js";
import { collapseWhitespace } from "../feed/text.js";

/** A Trustpilot review (Business Units API: `GET /business-units/{id}/reviews`), the fields we read. */
export const TrustpilotReviewSchema = z.looseObject({
  id: z.string(),
  stars: z.number().int().min(1).max(5),
  title: z.string().nullish(),
  text: z.string().nullish(),
  language: z.string().nullish(),
  createdAt: z.string(),
  consumer: z
    .looseObject({ displayName: z.string().nullish(), numberOfReviews: z.number().int().nullish() })
    .nullish(),
});

export const TrustpilotReviewsSchema = z.looseObject({ reviews: z.array(TrustpilotReviewSchema) });

function reviewToMention(sourceId: string, r: z.infer<typeof TrustpilotReviewSchema>): Mention {
  return {
    id: `${sourceId}:${r.id}`,
    source: sourceId,
    url: `https://www.trustpilot.com/reviews/${encodeURIComponent(r.id)}`,
    title: r.title ? collapseWhitespace(r.title) : null,
    text: collapseWhitespace(r.text ?? ""),
    author: r.consumer?.displayName ?? null,
    publishedAt: isoFrom(r.createdAt),
    reach: null,
    rating: r.stars,
    engagement: null,
  };
}

/** Trustpilot reviews of one business unit, newest first, as a FeedSource (API key in the `apikey` header). */
export function createTrustpilotSource(
  config: z.output<typeof TrustpilotSourceSchema>,
  fetchConfig: z.output<typeof FetchConfigSchema>,
  deps: ApiDeps = {},
): FeedSource {
  const path = `/business-units/${encodeURIComponent(config.businessUnitId)}/reviews`;
  return new JsonApiSource(
    {
      id: config.id,
      kind: "trustpilot",
      intervalMs: config.intervalMinutes * 60_000,
      url: apiUrl(config.baseUrl, path, { perPage: 100, orderBy: "createdat.desc" }),
      headers: { apikey: config.apiKey },
      schema: TrustpilotReviewsSchema,
      toMentions: (r) => r.reviews.map((x) => reviewToMention(config.id, x)),
    },
    fetchConfig,
    deps,
  );
}
