import { z } from "zod";

export const CASE_STATUSES = ["new", "claimed", "responded", "resolved", "dismissed"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const OUTCOMES = ["answered", "fixed", "no_action", "spam", "insult_hidden"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const CaseEventSchema = z.object({
  at: z.number(),
  actor: z.string(),
  action: z.string(),
  from: z.enum(CASE_STATUSES).optional(),
  to: z.enum(CASE_STATUSES).optional(),
  note: z.string().optional(),
});
/** One entry of a case's history: who did what, when (epoch ms). */
export type CaseEvent = z.infer<typeof CaseEventSchema>;

export const CaseSchema = z.object({
  /** Short sequential number people type: `/orm claim 3`. */
  id: z.number().int().positive(),
  mentionId: z.string(),
  status: z.enum(CASE_STATUSES),
  /** Channel the alert went to (team channel), or null when only recorded. */
  channel: z.string().nullable(),
  team: z.string().nullable(),
  owner: z.string().nullable(),
  openedAt: z.number(),
  claimedAt: z.number().nullable(),
  firstResponseAt: z.number().nullable(),
  resolvedAt: z.number().nullable(),
  outcome: z.enum(OUTCOMES).nullable(),
  slaBreaches: z.number().int().nonnegative(),
  /** Sentiment label of the mention that opened it, for sentiment conversion. */
  openingSentiment: z.enum(["negative", "neutral", "positive"]),
  history: z.array(CaseEventSchema),
  /** Optimistic-concurrency version: bumped on every write. */
  version: z.number().int().nonnegative(),
});
/** A mention someone owns: new → claimed → responded → resolved / dismissed. */
export type Case = z.infer<typeof CaseSchema>;

export const OPEN_STATUSES: readonly CaseStatus[] = ["new", "claimed", "responded"];
