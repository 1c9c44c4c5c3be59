/** Tunables of the spike detector; the defaults follow FACTS.md's simulations. */
export interface DetectorOptions {
  /** Fewest mentions a window must hold to count as a surge. */
  minVolume: number;
  /** How far above the baseline, in robust standard deviations. */
  zThreshold: number;
  /** Hours of history required before any alert. */
  minHistoryHours: number;
  /** Flagged hours closer than this merge into one surge (and `checkForNewSurge` stays quiet this long). */
  coolDownHours: number;
  /** Same-hour days the baseline looks back. */
  historyDays: number;
}

export const DEFAULT_DETECTOR: DetectorOptions = {
  minVolume: 5,
  zThreshold: 4,
  minHistoryHours: 48,
  coolDownHours: 6,
  historyDays: 14,
};

/** Windows tested at each hour (hours) and the least ratio over the baseline each needs. */
const WINDOWS: Array<{ hours: number; minRatio: number }> = [
  { hours: 1, minRatio: 2 },
  { hours: 6, minRatio: 1.6 },
  { hours: 24, minRatio: 1.4 },
];

/** A run of surge hours, as indexes into the dense hourly array: [start, end). */
export interface SurgeSpan {
  start: number;
  end: number;
  mentions: number;
  expected: number;
}

function median(v: number[]): number {
  if (v.length === 0) return 0;
  const s = [...v].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * The seasonal baseline of hour `i`: the median of the same hour on up to `historyDays` previous days,
 * scaled by a weekday factor (this weekday's level against all days, from the same hour 1 and 2 weeks back),
 * with a variance that is the larger of Poisson's and the squared robust deviation (1.4826 × MAD).
 * Null before `minHistoryHours` of history.
 */
export function baselineAt(
  counts: ArrayLike<number>,
  prefix: Float64Array,
  i: number,
  firstData: number,
  o: DetectorOptions,
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
  const weekly = [day(i - 168), day(i - 336)].filter((x): x is number => x !== null);
  const allMed = median(days);
  const factor = weekly.length > 0 && allMed > 0 ? Math.min(2, Math.max(0.5, median(weekly) / allMed)) : 1;
  const expected = Math.max(med * factor, 0.25);
  const sd = 1.4826 * mad * factor;
  return { expected, variance: Math.max(expected, sd * sd) };
}

/**
 * Finds surges in a dense hourly series: at each hour of [fromIdx, toIdx) the 1 h, 6 h and 24 h windows
 * ending there are tested (volume ≥ minVolume, ratio over the baseline, z ≥ zThreshold); the above-baseline
 * hours of a flagged window are marked, and marks closer than the cool-down merge into one surge.
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
  const base = new Map<number, { expected: number; variance: number } | null>();
  const at = (i: number) => {
    if (!base.has(i)) base.set(i, baselineAt(counts, prefix, i, firstData, o));
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
      if (!ok || obs < o.minVolume || obs < w.minRatio * exp || (obs - exp) / Math.sqrt(vr) < o.zThreshold)
        continue;
      for (let j = Math.max(fromIdx, i - w.hours + 1); j <= i; j++)
        if (counts[j]! > at(j)!.expected) marked.add(j);
    }
  }
  const spans = mergeSpans(
    [...marked].sort((a, b) => a - b),
    counts,
    at,
    o.coolDownHours,
  );
  return spans.filter((s) => s.mentions >= o.minVolume);
}

function mergeSpans(
  idx: number[],
  counts: ArrayLike<number>,
  at: (i: number) => { expected: number } | null,
  coolDownHours: number,
): SurgeSpan[] {
  const spans: SurgeSpan[] = [];
  for (const i of idx) {
    const last = spans[spans.length - 1];
    if (last && i - last.end < coolDownHours) last.end = i + 1;
    else spans.push({ start: i, end: i + 1, mentions: 0, expected: 0 });
  }
  for (const s of spans)
    for (let j = s.start; j < s.end; j++) {
      s.mentions += counts[j]!;
      s.expected += at(j)?.expected ?? 0;
    }
  return spans;
}
