import { DateTime } from "luxon";
import type { Config } from "../config/schema.js";
import type { FullAnalysis, SentimentLabel } from "../core/analysis.js";
import type { StoredMention } from "../core/stored-mention.js";

/** Where (and whether) a mention is alerted. */
export interface RouteDecision {
  alert: boolean;
  channel: string | null;
  team: string | null;
  /** The rule that matched, or `default`. */
  rule: string;
  reason: string;
}

/** Decides whether a stored mention is alerted and to which team channel (first matching rule wins). */
export function routeMention(m: StoredMention, config: Config): RouteDecision {
  const a = m.analysis;
  const when = config.routing.alertWhen;
  const sentiment = alertSentiment(a);
  const bySentiment = when.sentiment.includes(sentiment) && a.priority >= when.minPriority;
  const byReach = a.reachScore >= when.orMinReach;
  const fallback = config.runtime.alertChannel ?? config.routing.defaultChannel ?? null;
  if (!bySentiment && !byReach) {
    return { alert: false, channel: null, team: null, rule: "none", reason: "below the alert thresholds" };
  }
  const reason = bySentiment ? `${sentiment} (priority ${a.priority})` : `high reach (${a.reachScore})`;
  for (const rule of config.routing.rules) {
    const w = rule.when;
    if (w.topics && !w.topics.some((t) => a.topics.includes(t))) continue;
    if (w.languages && !w.languages.includes(a.lang)) continue;
    if (w.sentiment && !w.sentiment.includes(sentiment)) continue;
    if (w.sources && !w.sources.includes(m.source)) continue;
    if (w.minPriority !== undefined && a.priority < w.minPriority) continue;
    if (w.minReach !== undefined && a.reachScore < w.minReach) continue;
    return { alert: true, channel: rule.channel, team: rule.team ?? null, rule: rule.name, reason };
  }
  return { alert: true, channel: fallback, team: null, rule: "default", reason };
}

/**
 * The sentiment alerts go by: the label, except that with a learned model "negative" means P(negative)
 * at or above `analysis.negativeThreshold` (`negativeAlert`), so a team trades recall for quiet there.
 */
export function alertSentiment(a: FullAnalysis): SentimentLabel {
  if (a.negativeAlert === undefined) return a.sentiment.label;
  if (a.negativeAlert) return "negative";
  return a.sentiment.label === "negative" ? "neutral" : a.sentiment.label;
}

/**
 * A loud mention (priority or raw reach at the `routing.loud` bars) is never held back: not grouped in a
 * flood summary, not delayed by quiet hours.
 */
export function isLoud(m: StoredMention, config: Config): boolean {
  const loud = config.routing.loud;
  return m.analysis.priority >= loud.minPriority || (m.reach ?? 0) >= loud.minAudience;
}

function inQuiet(hour: number, from: number, to: number): boolean {
  return from <= to ? hour >= from && hour < to : hour >= from || hour < to;
}

/**
 * How long an alert waits because of quiet hours: 0 outside them, at/above the high-priority bar or loud,
 * else the milliseconds until the quiet window ends (local hour `to`:00 in the brand's time zone, found by
 * Luxon, so a night shortened or lengthened by a daylight-saving change still ends at 07:00 local).
 */
export function quietDelayMs(m: StoredMention, config: Config, nowMs: number): number {
  const q = config.routing.quietHours;
  if (!q || q.from === q.to || m.analysis.priority >= config.routing.quietHoursMinPriority) return 0;
  if (isLoud(m, config)) return 0;
  const now = DateTime.fromMillis(nowMs, { zone: config.brand.timezone });
  if (!inQuiet(now.hour, q.from, q.to)) return 0;
  let end = now.set({ hour: q.to, minute: 0, second: 0, millisecond: 0 });
  if (end.toMillis() <= nowMs) end = end.plus({ days: 1 }).set({ hour: q.to });
  return end.toMillis() - nowMs;
}
