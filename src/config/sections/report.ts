import { z } from "zod";

/** A daily digest posted at a local hour to one channel. */
export const DigestSchema = z
  .object({
    channel: z.string().min(1),
    hour: z.number().int().min(0).max(23).default(9),
    timezone: z.string().optional().describe("Defaults to brand.timezone"),
  })
  .strict();

export const ReportConfigSchema = z
  .object({
    digests: z.array(DigestSchema).default([]),
  })
  .strict();
