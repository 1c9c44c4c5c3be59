import type { SentimentLabel } from "../core/analysis.js";
import { TOPIC_SEVERITY } from "./topic-keywords.js";

/** What priority is computed from. */
export interface PriorityInput {
  label: SentimentLabel;
  score: number;
  /** Whether the mention counts as negative for alerts (P(negative) over the threshold); absent: the label. */
  negativeAlert?: boolean | undefined;
  reachScore: number;
  topics: readonly string[];
  insult: boolean;
  author?: { negative: number; mentions: number; watched: boolean } | null;
}

/**
 * Routing priority on 0–100: sentiment (negative for alerts 30 + 25·|score|, else neutral 8, positive 0)
 * + 0.25·reach + the worst topic's severity (legal_safety 25 … praise 0) + insult 5
 * + author history (watched 10, repeat detractor with 3+ negative mentions 8).
 */
export function priorityOf(p: PriorityInput): number {
  const negative = p.negativeAlert ?? p.label === "negative";
  let v = negative ? 30 + 25 * Math.abs(p.score) : p.label === "positive" ? 0 : 8;
  v += 0.25 * p.reachScore;
  let severity = 0;
  for (const t of p.topics) severity = Math.max(severity, TOPIC_SEVERITY[t] ?? 5);
  v += severity;
  if (p.insult) v += 5;
  if (p.author?.watched) v += 10;
  if (p.author && p.author.negative >= 3) v += 8;
  return Math.round(Math.min(100, Math.max(0, v)));
}
