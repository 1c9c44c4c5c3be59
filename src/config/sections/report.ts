import { z } from "zod";

/** A daily digest posted at a local hour to one channel. */
export const DigestSchema = z
  .object({
    channel: z.string().min(1).describe("Channel id the digest is posted to"),
    hour: z.number().int().min(0).max(23).default(9).describe("Local hour (0–23) it is posted at"),
    timezone: z.string().optional().describe("IANA time zone of `hour`; defaults to brand.timezone"),
  })
  .strict();
export type DigestConfig = z.infer<typeof DigestSchema>;

/** When a burst counts as a surge (reports, digests and the crisis trigger); defaults follow FACTS.md's simulations. */
export const SurgeConfigSchema = z
  .object({
    minMentions: z
      .number()
      .int()
      .min(1)
      .default(10)
      .describe("Fewest mentions a surge must hold (smaller bursts are never surges, however unusual)"),
    minHistoryDays: z
      .number()
      .min(1)
      .default(2)
      .describe("Days of history the same-hour baseline needs before any surge is reported"),
    historyDays: z.number().int().min(2).max(60).default(14).describe("Same-hour days the baseline reads"),
    zThreshold: z
      .number()
      .positive()
      .default(3.7)
      .describe("How improbable a window must be, in standard deviations (3.7 ≈ p < 0.0001)"),
    coolDownHours: z
      .number()
      .int()
      .min(1)
      .default(6)
      .describe("Surge hours closer than this merge into one surge"),
  })
  .strict();
/** The surge detector's settings, defaults applied. */
export type SurgeConfig = z.infer<typeof SurgeConfigSchema>;

/** Reports: daily digests, channel groups, list lengths and surge detection. */
export const ReportConfigSchema = z
  .object({
    digests: z.array(DigestSchema).default([]),
    channels: z
      .record(z.string().min(1), z.array(z.string().min(1)))
      .default({})
      .describe(
        "Volume by channel: channel name → source ids (a trailing * matches a prefix), e.g. reviews: [trustpilot, app-store*]; unlisted sources are grouped by their id's kind",
      ),
    topTopics: z.number().int().min(1).max(50).default(10).describe("Topics listed in a report"),
    topAuthors: z.number().int().min(1).max(50).default(10).describe("Authors listed in a report"),
    surges: SurgeConfigSchema.default(SurgeConfigSchema.parse({})),
  })
  .strict();
export type ReportConfig = z.infer<typeof ReportConfigSchema>;
