import { z } from "zod";

/** How long the raw text of mentions is kept: after that only its redacted form remains. */
export const PrivacyConfigSchema = z
  .object({
    retainRawDays: z
      .number()
      .int()
      .min(1)
      .max(36_500)
      .default(90)
      .describe(
        "Days a mention's text, title, author and link are kept as they came; older ones are replaced by their redacted form (counts stay)",
      ),
  })
  .strict();
export type PrivacyConfig = z.infer<typeof PrivacyConfigSchema>;
