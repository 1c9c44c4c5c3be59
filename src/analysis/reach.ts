import type { Engagement } from "../core/mention.js";

/** Inputs of the reach score: audience, engagement and the source's weight (0–10, 1 = ordinary). */
export interface ReachInput {
  /** Audience size: the author's followers or the source's reported reach (whichever is larger). */
  audience: number;
  engagement: Engagement | null | undefined;
  sourceWeight: number;
}

/** Weighted interactions: shares spread furthest, then comments, then likes and votes. */
export function engagementCount(e: Engagement | null | undefined): number {
  if (!e) return 0;
  return (e.likes ?? 0) + 3 * (e.shares ?? 0) + 2 * (e.comments ?? 0) + Math.max(0, e.votes ?? 0);
}

/**
 * Reach on 0–100: `10·w + 10·log10(1 + audience) + 12·log10(1 + engagement)`, capped at 100,
 * where w is the source weight (a forum 1, a national news site 5+). 10k followers and 100
 * interactions on an ordinary source give 10 + 40 + 24 = 74.
 */
export function reachScore(input: ReachInput): number {
  const w = Number.isFinite(input.sourceWeight) ? Math.min(10, Math.max(0, input.sourceWeight)) : 1;
  const audience = Number.isFinite(input.audience) ? Math.max(0, input.audience) : 0;
  const eng = engagementCount(input.engagement);
  const raw = 10 * w + 10 * Math.log10(1 + audience) + 12 * Math.log10(1 + (Number.isFinite(eng) ? eng : 0));
  return Math.round(Math.min(100, Math.max(0, raw)));
}
