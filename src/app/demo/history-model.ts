import { resolvePeriod } from "../../kpi/period.js";
import { addDays, daysBetween, localParts, zonedTime } from "../../kpi/tz.js";
import { gamma, logNormal, poisson, rng } from "./random.js";
import { type Tone, VOICES, type Voice } from "./texts.js";

const HOUR_MS = 3_600_000;

/** Mentions per local hour on an ordinary weekday, relative (sums to ~21.7; the evening peaks). */
const PROFILE = [
  0.15, 0.1, 0.08, 0.07, 0.08, 0.15, 0.35, 0.7, 1.0, 1.2, 1.25, 1.3, 1.35, 1.3, 1.2, 1.2, 1.25, 1.35, 1.5,
  1.6, 1.5, 1.2, 0.8, 0.4,
];
/** About 40 mentions on a weekday, 30 on a weekend day. */
const LEVEL = 40 / 21.7;
/** Gamma shape of the hour-to-hour noise (smaller = burstier) and the spread of busy and quiet days. */
const HOUR_SHAPE = 8;
const DAY_SIGMA = 0.15;
/** The planted surge: extra mentions in each of its hours (an outage in Madrid on a Thursday evening). */
export const SURGE_EXTRA = [12, 16, 12, 7];

/** One seeded mention before it has a text: when, from whom (voice), in which tone. */
export interface PlannedMention {
  id: string;
  at: number;
  voice: Voice;
  tone: Tone | "outage";
  /** A deterministic per-mention random seed (texts, authors, reach). */
  seed: number;
}

/** The demo's history: its hours, where the surge was planted, and the mentions. */
export interface HistoryPlan {
  fromMs: number;
  toMs: number;
  surgeStartMs: number;
  mentions: PlannedMention[];
}

/**
 * The usual mean of hour `hourMs` (a UTC hour start) in `tz`: the daily profile, weekends quieter, busy and
 * slow days. Draws are keyed by the local day counted from `originMs`, so a history started on another
 * Monday has the same shape.
 */
export function hourlyMean(hourMs: number, tz: string, seed: number, originMs = 0): number {
  const p = localParts(hourMs, tz);
  const day = daysBetween(localParts(originMs, tz), p);
  const dayFactor = Math.exp(DAY_SIGMA * 1.7 * (2 * rng(seed ^ (day * 7919))() - 1));
  return LEVEL * PROFILE[p.hour]! * dayFactor * (p.weekday >= 5 ? 0.75 : 1);
}

/** The usual count of hour `hourMs`: an overdispersed (gamma–Poisson) draw around its mean, keyed like hourlyMean. */
export function hourlyCount(hourMs: number, tz: string, seed: number, originMs = 0): number {
  const rand = rng(seed ^ Math.round((hourMs - originMs) / HOUR_MS));
  return poisson(rand, (gamma(rand, HOUR_SHAPE) * hourlyMean(hourMs, tz, seed, originMs)) / HOUR_SHAPE);
}

/** Thursday 18:00 local of the last complete week before `nowMs`: where the demo's surge goes. */
export function surgeStart(nowMs: number, tz: string): number {
  const week = resolvePeriod("week", nowMs, tz);
  return zonedTime(addDays(week.firstDate, 3), 18, tz);
}

function tone(rand: () => number): Tone {
  const r = rand();
  return r < 0.3 ? "neg" : r < 0.75 ? "neu" : "pos";
}

function voice(rand: () => number): Voice {
  const r = rand();
  return VOICES[r < 0.5 ? 0 : r < 0.8 ? 1 : 2]!;
}

/**
 * The seeded history over [fromMs, toMs) in `tz`: the usual hourly counts plus the planted surge's extra
 * outage mentions (English and Spanish). Deterministic in `seed` and relative to `fromMs`: every demo
 * shows the same weeks, whatever the date.
 */
export function planHistory(
  fromMs: number,
  toMs: number,
  tz: string,
  seed: number,
  surgeStartMs: number,
): HistoryPlan {
  const mentions: PlannedMention[] = [];
  for (let h = Math.floor(fromMs / HOUR_MS) * HOUR_MS; h < toMs; h += HOUR_MS) {
    const rand = rng(seed ^ Math.round((h - fromMs) / HOUR_MS) ^ 0x5bd1e995);
    const usual = hourlyCount(h, tz, seed, fromMs);
    const k = Math.round((h - surgeStartMs) / HOUR_MS);
    const extra = k >= 0 && k < SURGE_EXTRA.length ? SURGE_EXTRA[k]! : 0;
    for (let i = 0; i < usual + extra; i++) {
      const outage = i >= usual;
      const v = outage ? VOICES[rand() < 0.7 ? 0 : 1]! : voice(rand);
      mentions.push({
        id: `demo-${h / HOUR_MS}-${i}`,
        at: h + Math.floor(rand() * HOUR_MS),
        voice: v,
        tone: outage ? "outage" : tone(rand),
        seed: Math.floor(rand() * 2 ** 31),
      });
    }
  }
  mentions.sort((a, b) => a.at - b.at);
  return { fromMs, toMs, surgeStartMs, mentions };
}

/** Reach of a seeded mention: most are small, a few loud (log-normal around 60). */
export function plannedReach(rand: () => number): number {
  return Math.max(0, logNormal(rand, 60, 1.6));
}
