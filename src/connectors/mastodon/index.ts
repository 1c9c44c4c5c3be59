import { z } from "zod";
import type { FetchConfigSchema, MastodonSourceSchema } from "../../config/sections/sources.js";
import type { Mention } from "../../core/mention.js";
import type { FeedSource } from "../../ports/feed-source.js";
import { type ApiDeps, apiUrl, isoFrom, JsonApiSource } from "../api-source.js";
import { guidToId } from "../feed/item.js";
import { htmlToText } from "../feed/text.js";

/** A Mastodon status (https://docs.joinmastodon.org/entities/Status/), the fields we read. */
export const MastodonStatusSchema = z.looseObject({
  id: z.string(),
  uri: z.string(),
  url: z.string().nullish(),
  created_at: z.string(),
  content: z.string(),
  spoiler_text: z.string().nullish(),
  reblogs_count: z.number().int().nonnegative(),
  favourites_count: z.number().int().nonnegative(),
  replies_count: z.number().int().nonnegative().nullish(),
  account: z.looseObject({
    acct: z.string(),
    display_name: z.string().nullish(),
    followers_count: z.number().int().nonnegative().nullish(),
  }),
});
type Status = z.infer<typeof MastodonStatusSchema>;

/** `GET /api/v1/timelines/tag/:tag` answers an array; `GET /api/v2/search` an object with `statuses`. */
export const MastodonResponseSchema = z.union([
  z.array(MastodonStatusSchema),
  z.looseObject({ statuses: z.array(MastodonStatusSchema) }).transform((r) => r.statuses),
]);

/** A status as a mention: reach kept raw (followers, boosts, favourites, replies). */
export function statusToMention(sourceId: string, s: Status): Mention {
  const text = htmlToText(s.content) || htmlToText(s.spoiler_text ?? "");
  return {
    id: guidToId(sourceId, s.uri),
    source: sourceId,
    url: s.url ?? (/^https?:/.test(s.uri) ? s.uri : null),
    title: null,
    text,
    author: `@${s.account.acct}`,
    publishedAt: isoFrom(s.created_at),
    reach: null,
    rating: null,
    engagement: {
      followers: s.account.followers_count ?? null,
      likes: s.favourites_count,
      shares: s.reblogs_count,
      comments: s.replies_count ?? null,
    },
  };
}

/** A Mastodon hashtag timeline or status search as a FeedSource. */
export function createMastodonSource(
  config: z.output<typeof MastodonSourceSchema>,
  fetchConfig: z.output<typeof FetchConfigSchema>,
  deps: ApiDeps = {},
): FeedSource {
  const url = config.tag
    ? apiUrl(config.baseUrl, `/api/v1/timelines/tag/${encodeURIComponent(config.tag)}`, { limit: 40 })
    : apiUrl(config.baseUrl, "/api/v2/search", { q: config.query, type: "statuses", limit: 40 });
  return new JsonApiSource(
    {
      id: config.id,
      kind: "mastodon",
      intervalMs: config.intervalMinutes * 60_000,
      url,
      headers: config.token ? { authorization: `Bearer ${config.token}` } : undefined,
      schema: MastodonResponseSchema,
      toMentions: (statuses) => statuses.map((s) => statusToMention(config.id, s)),
    },
    fetchConfig,
    deps,
  );
}
