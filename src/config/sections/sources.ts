import { z } from "zod";

const common = {
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]*$/, "must be lower-case letters, digits, - and _")
    .describe("Stable id: the mention's `source`, the schedule id `poll:<id>`"),
  intervalMinutes: z.number().positive().default(15).describe("How often to poll (jitter is added)"),
  weight: z
    .number()
    .min(0)
    .max(10)
    .default(1)
    .describe("Source weight for reach (a national news site > a forum)"),
  enabled: z.boolean().default(true),
  quietAlerts: z
    .boolean()
    .optional()
    .describe(
      "false: never report this source as gone quiet (a static file, the demo's samples); default true",
    ),
};

/** An RSS 2.0 / 0.9x, RSS 1.0, Atom or JSON Feed, by URL or local file path. */
export const FeedSourceSchema = z
  .object({
    ...common,
    type: z.literal("feed"),
    url: z.string().min(1).describe("http(s) URL, or a file path relative to the config file"),
  })
  .strict();

const baseUrl = (dflt: string) =>
  z.string().url().default(dflt).describe("API base URL (point it at a local stand-in in tests)");
const secretField = () => z.string().min(1).describe("secret");

/** Mastodon: a hashtag timeline (public) or a status search (needs a token). */
export const MastodonSourceSchema = z
  .object({
    ...common,
    type: z.literal("mastodon"),
    baseUrl: baseUrl("https://mastodon.social").describe("The instance, e.g. https://mastodon.social"),
    tag: z
      .string()
      .regex(/^[\p{L}\p{N}_]+$/u, "must be a hashtag without #")
      .optional(),
    query: z.string().min(1).optional().describe("Full-text status search (api/v2/search; needs token)"),
    token: secretField().optional(),
  })
  .strict()
  .refine((s) => Boolean(s.tag) !== Boolean(s.query), { message: "set exactly one of tag or query" });

/** Reddit `search.json`, site-wide or in one subreddit. */
export const RedditSourceSchema = z
  .object({
    ...common,
    type: z.literal("reddit"),
    baseUrl: baseUrl("https://www.reddit.com"),
    query: z.string().min(1),
    subreddit: z
      .string()
      .regex(/^[A-Za-z0-9_]+$/)
      .optional(),
  })
  .strict();

/** Hacker News through the Algolia search API (stories and comments, newest first). */
export const HackerNewsSourceSchema = z
  .object({
    ...common,
    type: z.literal("hackernews"),
    baseUrl: baseUrl("https://hn.algolia.com/api/v1"),
    query: z.string().min(1),
    tags: z.string().default("(story,comment)").describe("Algolia tags filter"),
  })
  .strict();

/** Bluesky `app.bsky.feed.searchPosts`. */
export const BlueskySourceSchema = z
  .object({
    ...common,
    type: z.literal("bluesky"),
    baseUrl: baseUrl("https://public.api.bsky.app"),
    query: z.string().min(1),
    token: secretField().optional().describe("App password session token, when the public endpoint refuses"),
  })
  .strict();

/** App Store customer reviews (the iTunes RSS JSON endpoint). */
export const AppStoreSourceSchema = z
  .object({
    ...common,
    type: z.literal("appstore"),
    baseUrl: baseUrl("https://itunes.apple.com"),
    appId: z.string().regex(/^\d+$/, "must be the numeric App Store id"),
    country: z.string().length(2).default("us"),
  })
  .strict();

/** Google Business Profile reviews of one location (My Business API v4). */
export const GoogleReviewsSourceSchema = z
  .object({
    ...common,
    type: z.literal("google-reviews"),
    baseUrl: baseUrl("https://mybusiness.googleapis.com/v4"),
    accountId: z.string().min(1),
    locationId: z.string().min(1),
    token: secretField().describe("OAuth access token (secret)"),
  })
  .strict();

/** Trustpilot reviews of one business unit. */
export const TrustpilotSourceSchema = z
  .object({
    ...common,
    type: z.literal("trustpilot"),
    baseUrl: baseUrl("https://api.trustpilot.com/v1"),
    businessUnitId: z.string().min(1),
    apiKey: secretField(),
  })
  .strict();

export const SourceConfigSchema = z.discriminatedUnion("type", [
  FeedSourceSchema,
  MastodonSourceSchema,
  RedditSourceSchema,
  HackerNewsSourceSchema,
  BlueskySourceSchema,
  AppStoreSourceSchema,
  GoogleReviewsSourceSchema,
  TrustpilotSourceSchema,
]);
export type SourceConfig = z.infer<typeof SourceConfigSchema>;

/** Limits and manners for every fetch. */
export const FetchConfigSchema = z
  .object({
    maxBytes: z
      .number()
      .int()
      .positive()
      .default(10 * 1024 * 1024)
      .describe("Body size cap per fetch"),
    timeoutMs: z.number().int().positive().default(20_000),
    maxItems: z.number().int().positive().default(1000).describe("Items kept per fetch"),
    parseTimeoutMs: z
      .number()
      .int()
      .positive()
      .default(2500)
      .describe("Time cap for parsing one document (off the event loop); past it the feed fails this poll"),
    userAgent: z.string().default("orm-bot/0.1 (+https://github.com/orm-bot/orm-bot)"),
    maxRedirects: z.number().int().min(0).max(10).default(5),
    maxPerHost: z.number().int().positive().default(2).describe("Requests in flight to one host at a time"),
    maxBackoffMinutes: z
      .number()
      .positive()
      .default(360)
      .describe("Longest wait after repeated failures (backoff doubles per failure up to this)"),
    reportFailuresAfter: z
      .number()
      .int()
      .positive()
      .default(5)
      .describe("Tell the team once a source has failed this many polls in a row"),
    quietFactor: z
      .number()
      .min(1)
      .default(4)
      .describe(
        "Tell the team once a source has had no new item for this many times its usual gap (at least a day)",
      ),
  })
  .strict();
