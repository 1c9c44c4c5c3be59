import { describe, expect, it } from "vitest";
import { hourlyCount, SURGE_EXTRA } from "../../../src/app/demo/history-model.js";
import { DEFAULT_DETECTOR, findSurgeSpans } from "../../../src/kpi/surge-detect.js";

const HOUR = 3_600_000;
const TZ = "Europe/Madrid";
const MONDAY = Date.parse("2027-01-03T23:00:00Z"); // Monday 4 January, 00:00 in Madrid

/**
 * The demo's hourly counts (daily curve, quieter weekends, busy and slow days, overdispersed hours) for
 * `historyDays` days and then one checked week with a planted surge on Thursday 18:00–22:00.
 */
function week(seed: number, historyDays: number) {
  const start = MONDAY - historyDays * 24 * HOUR;
  const n = (historyDays + 7) * 24;
  const counts = new Float64Array(n);
  const surge = historyDays * 24 + 3 * 24 + 18;
  for (let i = 0; i < n; i++) {
    const k = i - surge;
    counts[i] =
      hourlyCount(start + i * HOUR, TZ, seed, start) +
      (k >= 0 && k < SURGE_EXTRA.length ? SURGE_EXTRA[k]! : 0);
  }
  return { counts, from: historyDays * 24, surge };
}

function check(seed: number, historyDays: number) {
  const w = week(seed, historyDays);
  const spans = findSurgeSpans(w.counts, w.from, w.counts.length, 0, DEFAULT_DETECTOR);
  const real = spans.filter((s) => s.start < w.surge + SURGE_EXTRA.length && s.end > w.surge);
  return { found: real.length === 1, falseAlarms: spans.length - real.length };
}

describe("surges at cold start (the one-week check)", () => {
  it("with one week of history: the planted surge, and at most one false alarm in any week", () => {
    for (let seed = 1; seed <= 12; seed++) {
      const r = check(seed, 7);
      expect(r.found, `seed ${seed}`).toBe(true);
      expect(r.falseAlarms, `seed ${seed}`).toBeLessThanOrEqual(1);
    }
  });

  it("with four weeks of history: the same", () => {
    for (let seed = 1; seed <= 12; seed++) {
      const r = check(seed, 28);
      expect(r.found, `seed ${seed}`).toBe(true);
      expect(r.falseAlarms, `seed ${seed}`).toBeLessThanOrEqual(1);
    }
  });

  it("nothing before two days of history, however odd the hour", () => {
    const counts = new Float64Array(72).fill(1);
    counts[40] = 30;
    expect(findSurgeSpans(counts, 0, 72, 0, DEFAULT_DETECTOR).filter((s) => s.start <= 40)).toEqual([]);
  });

  it("no surge from a burst under the minimum count (7 against 0.5 expected)", () => {
    const counts = new Float64Array(24 * 8);
    for (let i = 0; i < counts.length; i++) counts[i] = i % 24 === 3 ? (i % 48 === 3 ? 1 : 0) : 2;
    counts[7 * 24 + 3] = 7;
    expect(findSurgeSpans(counts, 7 * 24, counts.length, 0, DEFAULT_DETECTOR)).toEqual([]);
  });

  it("no surge from a modest excess on a thin baseline (16 against 9.8 over six hours)", () => {
    const counts = new Float64Array(24 * 8);
    for (let i = 0; i < counts.length; i++) counts[i] = [1, 2, 2, 1, 2, 2][i % 6]! + (i % 24 < 6 ? 0 : 1);
    for (let j = 0; j < 6; j++) counts[7 * 24 + j] = [3, 3, 2, 3, 2, 3][j]!;
    expect(findSurgeSpans(counts, 7 * 24, counts.length, 0, DEFAULT_DETECTOR)).toEqual([]);
  });
});
