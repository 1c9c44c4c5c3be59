import type { HourlyCounts } from "../ports/store.js";

/** A dense hourly series of one field, with the hours it came from (index 0 = `startMs`). */
export interface DenseSeries {
  startMs: number;
  counts: Float64Array;
  hours: HourlyCounts[];
  /** Index of the first hour holding any mention (history starts there). */
  firstData: number;
}

/** Tunables of the spike detector; the defaults follow FACTS.md's simulations. */
export interface DetectorOptions {
  /** Fewest mentions a window must hold to count as a surge. */
  minVolume: number;
  /** How far above the baseline, in robust standard deviations. */
  zThreshold: number;
  /** Hours of history required before any alert (the same-hour baseline needs at least 2 days). */
  minHistoryHours: number;
  /** Flagged hours closer than this merge into one surge (and `checkForNewSurge` stays quiet this long). */
  coolDownHours: number;
  /** Same-hour days the baseline looks back. */
  historyDays: number;
}

/** The detector's defaults (the config's `report.surges` overrides them): FACTS.md's figures, tightened for cold starts. */
export const DEFAULT_DETECTOR: DetectorOptions = {
  minVolume: 10,
  zThreshold: 3.7,
  minHistoryHours: 48,
  coolDownHours: 6,
  historyDays: 14,
};

/** Windows tested at each hour (hours) and the least ratio over the baseline each needs. */
const WINDOWS: Array<{ hours: number; minRatio: number }> = [
  { hours: 1, minRatio: 2 },
  { hours: 3, minRatio: 1.8 },
  { hours: 6, minRatio: 1.6 },
  { hours: 24, minRatio: 1.4 },
];

/**
 * Relative uncertainty of the baseline's level (seasonality never fits exactly, and errors in neighbouring
 * hours move together): adds (0.15 × expected)² to every window's variance.
 */
const LEVEL_ERROR = 0.15;

/** Hours of a flagged window this many deviations above their baseline are marked as the surge's hours. */
const MARK_SD = 2;
/** How much less improbable than its windows a merged span may be (in standard deviations). */
const SPAN_SLACK_SD = 0.5;

/** One-sided tail probability of a standard normal beyond `z` (Abramowitz–Stegun 26.2.17). */
function normalTail(z: number): number {
  const t = 1 / (1 + 0.2316419 * z);
  const poly =
    t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return (Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI)) * poly;
}

/**
 * The probability of a count at least `obs` for a count with this mean and variance: a normal tail for large
 * means, and for small ones (where counts are skewed and a normal tail cries wolf) the exact negative-binomial
 * upper tail. 1 when `obs` is not above the mean.
 */
export function tailProbability(obs: number, mean: number, variance: number): number {
  if (obs <= mean) return 1;
  if (mean >= 30 || obs > 20 * mean + 60) return normalTail((obs - mean) / Math.sqrt(variance));
  const v = Math.max(variance, mean * 1.0001);
  const r = (mean * mean) / (v - mean);
  const q = mean / (r + mean);
  let pmf = Math.exp(r * Math.log(r / (r + mean)));
  let cdf = 0;
  for (let k = 0; k < obs; k++) {
    cdf += pmf;
    pmf *= ((k + r) / (k + 1)) * q;
  }
  return Math.max(0, 1 - cdf);
}

/** True when `obs` is improbably high for this mean and variance: its tail probability is below that of `z` σ. */
export function significant(obs: number, mean: number, variance: number, z: number): boolean {
  return obs > mean && tailProbability(obs, mean, variance) <= normalTail(z);
}

/** A run of surge hours, as indexes into the dense hourly array: [start, end). */
export interface SurgeSpan {
  start: number;
  end: number;
  mentions: number;
  expected: number;
  /** Variance of the span's count under the baseline (noise, baseline and level uncertainty). */
  variance: number;
}

function median(v: number[]): number {
  if (v.length === 0) return 0;
  const s = [...v].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Mean of the values without their highest and lowest (when there are 5 or more): robust to one past surge. */
function trimmedMean(v: number[]): number {
  if (v.length === 0) return 0;
  const s = [...v].sort((a, b) => a - b);
  const kept = s.length >= 5 ? s.slice(1, -1) : s;
  return kept.reduce((a, b) => a + b, 0) / kept.length;
}

/**
 * The seasonal baseline of hour `i`: the trimmed mean of the same hour on up to `historyDays` previous days,
 * scaled by a weekday factor (this weekday's level against all days, from 1 and 2 weeks back), with a
 * negative-binomial variance `expected + phi × expected²` (phi pooled over the history), and at least the
 * squared robust deviation of the same-hour values. Null before `minHistoryHours` of history.
 */
export function baselineAt(
  counts: ArrayLike<number>,
  prefix: Float64Array,
  i: number,
  firstData: number,
  o: DetectorOptions,
  phi = 0,
): { expected: number; variance: number } | null {
  if (i - firstData < o.minHistoryHours) return null;
  const same: number[] = [];
  for (let d = 1; d <= o.historyDays && i - 24 * d >= firstData; d++) same.push(counts[i - 24 * d]!);
  const med = median(same);
  const mad = median(same.map((v) => Math.abs(v - med)));
  const day = (j: number) => (j - 12 >= firstData ? prefix[j + 12]! - prefix[j - 12]! : null);
  const days: number[] = [];
  for (let d = 1; d <= o.historyDays; d++) {
    const s = day(i - 24 * d);
    if (s !== null) days.push(s);
  }
  // The weekday factor needs two weeks: one same weekday is too noisy to scale a baseline by.
  const weekly = [day(i - 168), day(i - 336)].filter((x): x is number => x !== null);
  const allMed = median(days);
  const factor = weekly.length === 2 && allMed > 0 ? Math.min(2, Math.max(0.5, median(weekly) / allMed)) : 1;
  const expected = Math.max(trimmedMean(same) * factor, 0.25);
  const sd = 1.4826 * mad * factor;
  // A mean of n same-hour values is itself uncertain by variance/n: a thin history asks for more.
  const noise = Math.max(expected + phi * expected * expected, sd * sd);
  return { expected, variance: noise * (1 + 1 / Math.max(1, same.length)) };
}

/**
 * Overdispersion of the series before `fromIdx` against its own seasonal baseline, by the method of moments
 * on the hours left after trimming the 2% largest deviations (so past surges don't inflate it).
 */
export function pooledDispersion(
  counts: ArrayLike<number>,
  prefix: Float64Array,
  fromIdx: number,
  firstData: number,
  o: DetectorOptions,
): number {
  const terms: Array<{ excess: number; e2: number; score: number }> = [];
  for (let j = Math.max(firstData, fromIdx - 14 * 24); j < fromIdx; j++) {
    const b = baselineAt(counts, prefix, j, firstData, o);
    if (!b) continue;
    const r = counts[j]! - b.expected;
    terms.push({ excess: r * r - b.expected, e2: b.expected * b.expected, score: (r * r) / b.expected });
  }
  if (terms.length < 24) return 0.1;
  terms.sort((a, b) => a.score - b.score);
  const kept = terms.slice(0, Math.ceil(terms.length * 0.98));
  const num = kept.reduce((a, t) => a + t.excess, 0);
  const den = kept.reduce((a, t) => a + t.e2, 0);
  return den > 0 ? Math.min(2, Math.max(0, num / den)) : 0;
}

/**
 * Finds surges in a dense hourly series: at each hour of [fromIdx, toIdx) the 1 h, 3 h, 6 h and 24 h windows
 * ending there are tested (volume ≥ minVolume, ratio over the baseline, z ≥ zThreshold); the hours of a flagged
 * window at least one deviation above their baseline are marked, and marks closer than the cool-down merge into one surge.
 */
export function findSurgeSpans(
  counts: ArrayLike<number>,
  fromIdx: number,
  toIdx: number,
  firstData: number,
  o: DetectorOptions = DEFAULT_DETECTOR,
): SurgeSpan[] {
  const prefix = new Float64Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++) prefix[i + 1] = prefix[i]! + counts[i]!;
  const phi = pooledDispersion(counts, prefix, fromIdx, firstData, o);
  const base = new Map<number, { expected: number; variance: number } | null>();
  const at = (i: number) => {
    if (!base.has(i)) base.set(i, baselineAt(counts, prefix, i, firstData, o, phi));
    return base.get(i)!;
  };
  const marked = new Set<number>();
  for (let i = fromIdx; i < toIdx; i++) {
    for (const w of WINDOWS) {
      if (i - w.hours + 1 < 0) continue;
      let obs = 0;
      let exp = 0;
      let vr = 0;
      let ok = true;
      for (let j = i - w.hours + 1; j <= i && ok; j++) {
        const b = at(j);
        if (!b) ok = false;
        else {
          obs += counts[j]!;
          exp += b.expected;
          vr += b.variance;
        }
      }
      vr += (LEVEL_ERROR * exp) ** 2;
      if (!ok || obs < o.minVolume || obs < w.minRatio * exp || !significant(obs, exp, vr, o.zThreshold))
        continue;
      for (let j = Math.max(fromIdx, i - w.hours + 1); j <= i; j++) {
        const b = at(j)!;
        if (counts[j]! >= b.expected + MARK_SD * Math.sqrt(b.variance)) marked.add(j);
      }
    }
  }
  const spans = mergeSpans(
    [...marked].sort((a, b) => a - b),
    counts,
    at,
    { coolDownHours: o.coolDownHours, fromIdx, toIdx },
  );
  // The merged span must stand on its own: enough mentions, well over its baseline, and improbable
  // (half a deviation of slack: its windows already passed the full test).
  return spans.filter(
    (s) =>
      s.mentions >= o.minVolume &&
      s.mentions >= 1.5 * s.expected &&
      significant(s.mentions, s.expected, s.variance, o.zThreshold - SPAN_SLACK_SD),
  );
}

/**
 * Marked hours closer than the cool-down become one span, and each span grows into the neighbouring hours
 * still a deviation above their baseline (a burst's shoulders), never past [fromIdx, toIdx).
 */
function mergeSpans(
  idx: number[],
  counts: ArrayLike<number>,
  at: (i: number) => { expected: number; variance: number } | null,
  o: { coolDownHours: number; fromIdx: number; toIdx: number },
): SurgeSpan[] {
  const spans: SurgeSpan[] = [];
  for (const i of idx) {
    const last = spans[spans.length - 1];
    if (last && i - last.end < o.coolDownHours) last.end = i + 1;
    else spans.push({ start: i, end: i + 1, mentions: 0, expected: 0, variance: 0 });
  }
  const high = (j: number) => {
    const b = at(j);
    return b !== null && counts[j]! >= b.expected + Math.sqrt(b.variance);
  };
  for (const s of spans) {
    while (s.start > o.fromIdx && high(s.start - 1)) s.start--;
    while (s.end < o.toIdx && high(s.end)) s.end++;
  }
  for (const s of spans) {
    for (let j = s.start; j < s.end; j++) {
      s.mentions += counts[j]!;
      s.expected += at(j)?.expected ?? 0;
      s.variance += at(j)?.variance ?? 0;
    }
    s.variance += (LEVEL_ERROR * s.expected) ** 2;
  }
  return spans;
}
