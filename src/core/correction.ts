import { z } from "zod";
import { SENTIMENT_LABELS } from "./analysis.js";

/** Topic ids as typed in chat or config: lower-case words joined by `_` or `-`. */
const TOPIC_ID = /^[a-z][a-z0-9_-]{0,39}$/;

/**
 * A person's correction of a mention's analysis (`/orm label`, the card's Label control): the right
 * sentiment label, optionally the right topics, who said so and when. Kept with the mention, exported by
 * `orm-bot corrections` for training.
 */
export const MentionCorrectionSchema = z
  .object({
    label: z.enum(SENTIMENT_LABELS),
    /** The topics the person named; absent when they only corrected the label. */
    topics: z.array(z.string().regex(TOPIC_ID, "a topic id")).max(20).optional(),
    /** Chat user id of who corrected it. */
    by: z.string().min(1).max(200),
    /** Epoch ms. */
    at: z.number().int().nonnegative(),
  })
  .strict();
export type MentionCorrection = z.infer<typeof MentionCorrectionSchema>;
