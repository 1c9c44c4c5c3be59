import { humanDuration } from "./narrative.js";
import type { Report, Surge } from "./report-types.js";

/**
 * The wording of the key figures, shared by the Markdown report, the chat message and the digest, so each
 * says the same thing the same way (and never "n/a average from 0 reviews").
 */

/** `3.49 average from 159 reviews`, or `no reviews`. */
export function ratingText(r: Report): string {
  const n = r.rating.count;
  return n === 0 ? "no reviews" : `${r.rating.average} average from ${n} review${n === 1 ? "" : "s"}`;
}

/** `median 36 min, p90 61 min`, or what is missing (`no case answered`). */
export function timesText(median: number | null, p90: number | null, none: string): string {
  return median === null ? none : `median ${humanDuration(median)}, p90 ${humanDuration(p90)}`;
}

/** First response of the period's cases, as `timesText` says it. */
export function firstResponseText(r: Report): string {
  return timesText(r.times.firstResponseMedian, r.times.firstResponseP90, "no case answered");
}

/** Resolution of the period's cases, as `timesText` says it. */
export function resolutionText(r: Report): string {
  return timesText(r.times.resolutionMedian, r.times.resolutionP90, "no case closed");
}

/** `3 of 16 detractors converted`, or `no detractors`. */
export function conversionText(r: Report): string {
  const c = r.conversion;
  return c.detractors === 0 ? "no detractors" : `${c.converted} of ${c.detractors} detractors converted`;
}

/** `18:00 (Europe/Madrid)`, or `none (no mentions)`. */
export function peakHourText(r: Report): string {
  return r.peakHour === null
    ? "none (no mentions)"
    : `${String(r.peakHour).padStart(2, "0")}:00 (${r.period.timezone})`;
}

/** A surge's significance for people: `z 8.1, p < 0.0001` (or `p 0.003`). */
export function significanceText(s: Surge): string {
  const p = s.pValue < 0.0001 ? "p < 0.0001" : `p ${s.pValue}`;
  return `z ${s.z}, ${p}`;
}
