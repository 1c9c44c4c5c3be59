import { z } from "zod";

/** Who the bot watches for: names and aliases decide which feed items are relevant. */
export const BrandConfigSchema = z
  .object({
    name: z.string().min(1).describe("The brand's name as people write it"),
    aliases: z.array(z.string().min(1)).default([]).describe("Other names, product names, handles"),
    keywords: z.array(z.string().min(1)).default([]).describe("Extra words that make an item relevant"),
    exclude: z.array(z.string().min(1)).default([]).describe("Items containing these are dropped"),
    domains: z
      .array(
        z
          .string()
          .trim()
          .toLowerCase()
          .regex(/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, {
            message: "must be a domain name like acme.com (no scheme, no path)",
          }),
      )
      .default([])
      .describe(
        "The brand's own domains: e-mail addresses and links there (support@acme.com) are not a customer's personal data",
      ),
    languages: z
      .array(z.string().length(2))
      .min(1)
      .default(["en", "es", "ru"])
      .describe("ISO 639-1 codes the team works in; language detection is restricted to these"),
    timezone: z.string().default("UTC").describe("IANA time zone for reports, digests and quiet hours"),
    competitors: z
      .array(z.object({ name: z.string().min(1), aliases: z.array(z.string()).default([]) }).strict())
      .default([])
      .describe("For share of voice"),
  })
  .strict();
export type BrandConfig = z.infer<typeof BrandConfigSchema>;
