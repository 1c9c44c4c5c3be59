import { z } from "zod";

const common = {
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]*$/, "lower-case letters, digits, - and _")
    .describe("Stable id: the mention's `source`, the schedule id `poll:<id>`"),
  intervalMinutes: z.number().positive().default(15).describe("How often to poll (jitter is added)"),
  weight: z
    .number()
    .min(0)
    .max(10)
    .default(1)
    .describe("Source weight for reach (a national news site > a forum)"),
  enabled: z.boolean().default(true),
};

/** An RSS 2.0 / 0.9x, RSS 1.0, Atom or JSON Feed, by URL or local file path. */
export const FeedSourceSchema = z
  .object({
    ...common,
    type: z.literal("feed"),
    url: z.string().min(1).describe("http(s) URL, or a file path relative to the config file"),
  })
  .strict();

export const SourceConfigSchema = z.discriminatedUnion("type", [FeedSourceSchema]);
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
