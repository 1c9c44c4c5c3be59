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
  })
  .strict();
export type ReportConfig = z.infer<typeof ReportConfigSchema>;
