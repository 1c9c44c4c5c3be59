import { SENTIMENT_LABELS } from "../../core/analysis.js";
import type { SentimentResult } from "../sentiment/score.js";
import type { Probabilities } from "./classifier.js";

/** Odds shift per star away from 3 (a 1-star review: negative ×e^3, positive ×e^−3). */
const RATING_WEIGHT = 1.5;

/**
 * A review's star rating (1–5), which the training texts don't carry, moves the probabilities toward
 * positive or negative; other texts keep theirs.
 */
export function withRating(p: Probabilities, rating: number | null | undefined): Probabilities {
  if (rating == null || !(rating >= 1 && rating <= 5)) return p;
  const shift = (rating - 3) * RATING_WEIGHT;
  const neg = p[0] * Math.exp(-shift);
  const pos = p[2] * Math.exp(shift);
  const sum = neg + p[1] + pos;
  return [neg / sum, p[1] / sum, pos / sum];
}

/**
 * One answer from the probabilities: the label is the most probable class; the score is
 * P(positive) − P(negative), rounded, and never of the other sign than the label (a negative label
 * has P(negative) above P(positive), so only rounding could make it 0: it becomes −0.001).
 */
export function sentimentFromProbabilities(p: Probabilities): SentimentResult {
  const k = p[1] >= p[0] && p[1] >= p[2] ? 1 : p[0] >= p[2] ? 0 : 2;
  const label = SENTIMENT_LABELS[k]!;
  let score = Math.round((p[2] - p[0]) * 1000) / 1000;
  if (label === "negative" && score >= 0) score = -0.001;
  if (label === "positive" && score <= 0) score = 0.001;
  return { label, score };
}
