import { z } from "zod";

/** A brand-specific topic: keywords per language (or `any`). */
export const CustomTopicSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_]*$/, "must be lower-case snake_case"),
    keywords: z
      .record(z.string(), z.array(z.string().min(1)))
      .describe("language code (or `any`) → keywords"),
  })
  .strict();

export const AnalysisConfigSchema = z
  .object({
    highReachThreshold: z
      .number()
      .min(0)
      .max(100)
      .default(60)
      .describe("Reach score (0–100) counted as high reach"),
    topics: z.array(CustomTopicSchema).default([]).describe("Extra topics on top of the built-in taxonomy"),
    maxTextChars: z.number().int().positive().default(5000).describe("Longer texts are cut before analysis"),
    sentimentModel: z
      .enum(["learned", "rules"])
      .default("learned")
      .describe(
        "learned: sentiment from the trained models in models/ (en, es, ru; the rules elsewhere); rules: the lexicon and rules alone",
      ),
    negativeThreshold: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe(
        "Probability of negative (0–1) from which a mention counts as negative for alerts; lower: more recall, higher: quieter. Default: each model's own, chosen on development data (models/README.md)",
      ),
  })
  .strict();
export type AnalysisConfig = z.infer<typeof AnalysisConfigSchema>;
