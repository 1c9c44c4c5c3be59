import { z } from "zod";

/** Raw engagement numbers a source reports; the analyser turns them into a 0–100 reach score. */
export const EngagementSchema = z
  .object({
    followers: z.number().int().nonnegative().nullish(),
    likes: z.number().int().nonnegative().nullish(),
    shares: z.number().int().nonnegative().nullish(),
    comments: z.number().int().nonnegative().nullish(),
    votes: z.number().int().nullish(),
  })
  .strict();
export type Engagement = z.infer<typeof EngagementSchema>;

const isoDate = z
  .string()
  .refine((s) => !Number.isNaN(Date.parse(s)), { message: "must be an ISO 8601 date" })
  .transform((s) => new Date(s).toISOString());

/** "required" for a missing field, "must be a string" for a wrong type. */
function requiredString(issue: { input?: unknown }): string {
  return issue.input === undefined || issue.input === null ? "required" : "must be a string";
}

/** A mention as pushed through `ingest` / `POST /ingest` (CONTRACT.md): `text` and `source` required. */
export const MentionInputSchema = z
  .object({
    id: z.string().min(1).max(512).nullish(),
    source: z.string({ error: requiredString }).min(1).max(200),
    url: z.string().url().max(4096).nullish(),
    title: z.string().max(10_000).nullish(),
    text: z.string({ error: requiredString }).max(1_000_000),
    author: z.string().max(500).nullish(),
    publishedAt: isoDate.nullish(),
    reach: z.number().nonnegative().nullish(),
    rating: z.number().min(1).max(5).nullish(),
    engagement: EngagementSchema.nullish(),
  })
  .strip();
export type MentionInput = z.input<typeof MentionInputSchema>;

/** A normalised mention: every contract key present, null where unknown. */
export interface Mention {
  id: string;
  source: string;
  url: string | null;
  title: string | null;
  text: string;
  author: string | null;
  publishedAt: string | null;
  reach: number | null;
  rating: number | null;
  engagement?: Engagement | null;
}

/** The contract's key order for printing a mention (parse-feed output). */
export function mentionToContractJson(m: Mention): Record<string, unknown> {
  return {
    id: m.id,
    source: m.source,
    url: m.url,
    title: m.title,
    text: m.text,
    author: m.author,
    publishedAt: m.publishedAt,
    reach: m.reach,
    rating: m.rating,
  };
}

/** Turns a validated input into a mention: id defaulted, text trimmed, every key present. */
export function normalizeMention(
  input: z.output<typeof MentionInputSchema>,
  defaultId: (source: string, url: string | null, text: string) => string,
): Mention {
  const url = input.url ?? null;
  const text = input.text.trim();
  return {
    id: input.id ?? defaultId(input.source, url, text),
    source: input.source,
    url,
    title: input.title ?? null,
    text,
    author: input.author ?? null,
    publishedAt: input.publishedAt ?? null,
    reach: input.reach ?? null,
    rating: input.rating ?? null,
    engagement: input.engagement ?? null,
  };
}
