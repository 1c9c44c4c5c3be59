import { z } from "zod";
import type { AppStoreSourceSchema, FetchConfigSchema } from "../../config/sections/sources.js";
import type { Mention } from "../../core/mention.js";
import type { FeedSource } from "../../ports/feed-source.js";
import { type ApiDeps, apiUrl, isoFrom, JsonApiSource } from "../api-source.js";
import { collapseWhitespace } from "../feed/text.js";

const label = z.looseObject({ label: z.string() });

/** One entry of the App Store customer-reviews JSON feed; the app itself appears as an entry without a rating. */
export const AppStoreEntrySchema = z.looseObject({
  id: label,
  title: label.nullish(),
  content: label.nullish(),
  updated: label.nullish(),
  author: z.looseObject({ name: label, uri: label.nullish() }).nullish(),
  "im:rating": label.nullish(),
  "im:version": label.nullish(),
  "im:voteSum": label.nullish(),
  "im:voteCount": label.nullish(),
  link: z.unknown().optional(),
});

/** `/{country}/rss/customerreviews/id={appId}/sortBy=mostRecent/json`; `entry` is an object when there is one. */
export const AppStoreFeedSchema = z.looseObject({
  feed: z.looseObject({
    entry: z
      .union([z.array(AppStoreEntrySchema), AppStoreEntrySchema])
      .optional()
      .transform((e) => (e === undefined ? [] : Array.isArray(e) ? e : [e])),
  }),
});

function entryToMention(
  sourceId: string,
  appId: string,
  e: z.infer<typeof AppStoreEntrySchema>,
): Mention | null {
  const rating = Number(e["im:rating"]?.label);
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) return null;
  const voteSum = Number(e["im:voteSum"]?.label ?? Number.NaN);
  return {
    id: `${sourceId}:${e.id.label}`,
    source: sourceId,
    url: `https://apps.apple.com/app/id${appId}?see-all=reviews#review-${encodeURIComponent(e.id.label)}`,
    title: e.title ? collapseWhitespace(e.title.label) : null,
    text: collapseWhitespace(e.content?.label ?? ""),
    author: e.author?.name.label ?? null,
    publishedAt: isoFrom(e.updated?.label),
    reach: null,
    rating,
    engagement: { votes: Number.isFinite(voteSum) ? Math.trunc(voteSum) : null },
  };
}

/** App Store customer reviews of one app in one country, as a FeedSource. */
export function createAppStoreSource(
  config: z.output<typeof AppStoreSourceSchema>,
  fetchConfig: z.output<typeof FetchConfigSchema>,
  deps: ApiDeps = {},
): FeedSource {
  const path = `/${config.country}/rss/customerreviews/id=${config.appId}/sortBy=mostRecent/json`;
  return new JsonApiSource(
    {
      id: config.id,
      kind: "appstore",
      intervalMs: config.intervalMinutes * 60_000,
      url: apiUrl(config.baseUrl, path),
      schema: AppStoreFeedSchema,
      toMentions: (r) =>
        r.feed.entry.flatMap((e) => {
          const m = entryToMention(config.id, config.appId, e);
          return m ? [m] : [];
        }),
    },
    fetchConfig,
    deps,
  );
}
