import type { AppDeps } from "../ports/deps.js";
import type { HourlyCounts } from "../ports/store.js";
import { hourOf, MENTION_SERIES } from "./counters.js";
import type { Surge } from "./report-types.js";
import {
  DEFAULT_DETECTOR,
  type DenseSeries,
  type DetectorOptions,
  findSurgeSpans,
  tailProbability,
} from "./surge-detect.js";
import { surgeDetails } from "./surge-drivers.js";
import { SurgeStateRepo } from "./surge-state.js";
import { formatLocalIso, localParts } from "./tz.js";

const HOUR_MS = 3_600_000;

/** What to look at: [fromMs, toMs), the counter field (`total`, `sentiment:negative`), detector tunables. */
export interface SurgeQuery {
  fromMs: number;
  toMs: number;
  field?: string;
  /** Most surges described (largest excess first, then back in time order). */
  limit?: number;
  detector?: Partial<DetectorOptions>;
  /** The `mentions` hours already read by the caller, covering at least the look-back before `fromMs`. */
  preloaded?: HourlyCounts[];
}

/** The detector's settings: the defaults, then the config's `report.surges`, then the caller's overrides. */
export function detectorOptions(deps: AppDeps, overrides: Partial<DetectorOptions> = {}): DetectorOptions {
  const c = deps.config.report.surges;
  const fromConfig: Partial<DetectorOptions> = c
    ? {
        minVolume: c.minMentions,
        minHistoryHours: c.minHistoryDays * 24,
        historyDays: c.historyDays,
        zThreshold: c.zThreshold,
        coolDownHours: c.coolDownHours,
      }
    : {};
  return { ...DEFAULT_DETECTOR, ...fromConfig, ...overrides };
}

/** How far before the window the baseline reads: the history days plus one for centred day sums. */
export function surgeLookBackMs(detector: Partial<DetectorOptions> = {}): number {
  return ((detector.historyDays ?? DEFAULT_DETECTOR.historyDays) * 24 + 24) * HOUR_MS;
}

/** Reads the `mentions` series over [fromMs, toMs) as a dense per-hour array of `field`. */
export async function readDense(
  deps: AppDeps,
  fromMs: number,
  toMs: number,
  field: string,
  preloaded?: HourlyCounts[],
): Promise<DenseSeries> {
  const startMs = hourOf(fromMs);
  const n = Math.max(0, Math.ceil((toMs - startMs) / HOUR_MS));
  const endMs = startMs + n * HOUR_MS;
  const hours = preloaded
    ? preloaded.filter((h) => h.hourMs >= startMs && h.hourMs < endMs)
    : await deps.store.counters.read(MENTION_SERIES, startMs, endMs);
  const counts = new Float64Array(n);
  let firstData = n;
  for (const h of hours) {
    const i = (h.hourMs - startMs) / HOUR_MS;
    if (i < 0 || i >= n) continue;
    counts[i] = h.fields[field] ?? 0;
    if ((h.fields.total ?? 0) > 0 && i < firstData) firstData = i;
  }
  return { startMs, counts, hours, firstData };
}

/**
 * Surges in [fromMs, toMs) on hourly counts of `field` (default `total`), against a seasonal baseline of the
 * previous 14 days (daily and weekly seasonality, robust deviation), each with its drivers: over-represented
 * terms and topics, sources and the loudest mentions. Times are in the brand's time zone.
 */
export async function detectSurges(deps: AppDeps, query: SurgeQuery): Promise<Surge[]> {
  const o = detectorOptions(deps, query.detector);
  const field = query.field ?? "total";
  const series = await readDense(deps, query.fromMs - surgeLookBackMs(o), query.toMs, field, query.preloaded);
  const fromIdx = Math.max(0, Math.ceil((query.fromMs - series.startMs) / HOUR_MS));
  const spans = findSurgeSpans(series.counts, fromIdx, series.counts.length, series.firstData, o);
  const chosen = [...spans]
    .sort((a, b) => b.mentions - b.expected - (a.mentions - a.expected))
    .slice(0, query.limit ?? 10)
    .sort((a, b) => a.start - b.start);
  const tz = deps.config.brand.timezone;
  const out: Surge[] = [];
  for (const span of chosen) {
    const startMs = series.startMs + span.start * HOUR_MS;
    const endMs = series.startMs + span.end * HOUR_MS;
    let peak = span.start;
    for (let j = span.start; j < span.end; j++) if (series.counts[j]! > series.counts[peak]!) peak = j;
    const peakLocal = localParts(series.startMs + peak * HOUR_MS, tz);
    const details = await surgeDetails(deps, series, span, field);
    out.push({
      start: formatLocalIso(startMs, tz),
      end: formatLocalIso(endMs, tz),
      startMs,
      endMs,
      mentions: span.mentions,
      expected: Math.round(span.expected * 10) / 10,
      ratio: Math.round((span.mentions / Math.max(span.expected, 0.25)) * 10) / 10,
      z: Math.round(((span.mentions - span.expected) / Math.sqrt(span.variance)) * 10) / 10,
      pValue: Number(tailProbability(span.mentions, span.expected, span.variance).toPrecision(2)),
      peakHour: peakLocal.hour,
      peakWeekday: peakLocal.weekday,
      ...details,
    });
  }
  return out;
}

/**
 * For the crisis trigger: the surge that includes the last complete hour, once per surge. Returns it the
 * first time it is seen (atomic across replicas), then null until the surge has ended and the cool-down
 * has passed; a surge of `field` (default `sentiment:negative`).
 */
export async function checkForNewSurge(
  deps: AppDeps,
  options: { field?: string; nowMs?: number; detector?: Partial<DetectorOptions> } = {},
): Promise<Surge | null> {
  const field = options.field ?? "sentiment:negative";
  const o = detectorOptions(deps, options.detector);
  const toMs = hourOf(options.nowMs ?? deps.clock.now());
  const surges = await detectSurges(deps, { fromMs: toMs - 24 * HOUR_MS, toMs, field, detector: o });
  const current = surges.find((s) => s.endMs === toMs);
  if (!current) return null;
  const coolMs = o.coolDownHours * HOUR_MS;
  const state = new SurgeStateRepo(deps.store);
  const last = await state.lastOf(field);
  if (last && current.startMs < last.endMs + coolMs) {
    await state.setLast(field, { startMs: last.startMs, endMs: current.endMs });
    return null;
  }
  if (!(await state.claim(field, current.startMs))) return null;
  await state.setLast(field, { startMs: current.startMs, endMs: current.endMs });
  return current;
}
