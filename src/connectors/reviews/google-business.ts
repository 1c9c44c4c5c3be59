import { z } from "zod";
import type { FetchConfigSchema, GoogleReviewsSourceSchema } from "../../config/sections/sources.js";
import type { Mention } from "../../core/mention.js";
import type { FeedSource } from "../../ports/feed-source.js";
import { type ApiDeps, apiUrl, isoFrom, JsonApiSource } from "../api-source.js";
import { collapseWhitespace } from "../feed/text.js";

const STARS = { ONE: 1, TWO: 2, THREE: 3, FOUR: 4, FIVE: 5 } as const;

/** A Google Business Profile review (accounts.locations.reviews, My Business API v4). */
export const GoogleReviewSchema = z.looseObject({
  name: z.string(),
  reviewId: z.string(),
  reviewer: z
    .looseObject({ displayName: z.string().nullish(), isAnonymous: z.boolean().nullish() })
    .nullish(),
  starRating: z.enum(["STAR_RATING_UNSPECIFIED", "ONE", "TWO", "THREE", "FOUR", "FIVE"]),
  comment: z.string().nullish(),
  createTime: z.string(),
  updateTime: z.string().nullish(),
});

export const GoogleReviewsSchema = z.looseObject({
  reviews: z.array(GoogleReviewSchema).default([]),
  averageRating: z.number().nullish(),
  totalReviewCount: z.number().nullish(),
  nextPageToken: z.string().nullish(),
});

function reviewToMention(sourceId: string, r: z.infer<typeof GoogleReviewSchema>): Mention {
  const rating = r.starRating === "STAR_RATING_UNSPECIFIED" ? null : STARS[r.starRating];
  return {
    id: `${sourceId}:${r.reviewId}`,
    source: sourceId,
    url: null,
    title: null,
    // Google strips nothing: a review may be stars only, with no comment.
    text: collapseWhitespace(r.comment ?? ""),
    author: r.reviewer?.isAnonymous ? null : (r.reviewer?.displayName ?? null),
    publishedAt: isoFrom(r.createTime),
    reach: null,
    rating,
    engagement: null,
  };
}

/** Reviews of one Google Business Profile location, newest first, as a FeedSource. */
export function createGoogleReviewsSource(
  config: z.output<typeof GoogleReviewsSourceSchema>,
  fetchConfig: z.output<typeof FetchConfigSchema>,
  deps: ApiDeps = {},
): FeedSource {
  const path = `/accounts/${encodeURIComponent(config.accountId)}/locations/${encodeURIComponent(config.locationId)}/reviews`;
  return new JsonApiSource(
    {
      id: config.id,
      kind: "google-reviews",
      intervalMs: config.intervalMinutes * 60_000,
      url: apiUrl(config.baseUrl, path, { pageSize: 50, orderBy: "updateTime desc" }),
      headers: { authorization: `Bearer ${config.token}` },
      schema: GoogleReviewsSchema,
      toMentions: (r) => r.reviews.map((x) => reviewToMention(config.id, x)),
    },
    fetchConfig,
    deps,
  );
}
