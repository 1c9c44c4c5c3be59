import type { Config } from "../config/schema.js";
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
  const bySentiment = when.sentiment.includes(a.sentiment.label) && a.priority >= when.minPriority;
  const byReach = a.reachScore >= when.orMinReach;
  const fallback = config.runtime.alertChannel ?? config.routing.defaultChannel ?? null;
  if (!bySentiment && !byReach) {
    return { alert: false, channel: null, team: null, rule: "none", reason: "below the alert thresholds" };
  }
  const reason = bySentiment
    ? `${a.sentiment.label} (priority ${a.priority})`
    : `high reach (${a.reachScore})`;
  for (const rule of config.routing.rules) {
    const w = rule.when;
    if (w.topics && !w.topics.some((t) => a.topics.includes(t))) continue;
    if (w.languages && !w.languages.includes(a.lang)) continue;
    if (w.sentiment && !w.sentiment.includes(a.sentiment.label)) continue;
    if (w.sources && !w.sources.includes(m.source)) continue;
    if (w.minPriority !== undefined && a.priority < w.minPriority) continue;
    if (w.minReach !== undefined && a.reachScore < w.minReach) continue;
    return { alert: true, channel: rule.channel, team: rule.team ?? null, rule: rule.name, reason };
  }
  return { alert: true, channel: fallback, team: null, rule: "default", reason };
}

function localHour(ms: number, timezone: string): number {
  const h = new Intl.DateTimeFormat("en-GB", {
    hour: "numeric",
    hourCycle: "h23",
    timeZone: timezone,
  }).format(ms);
  return Number(h) % 24;
}

function inQuiet(hour: number, from: number, to: number): boolean {
  return from <= to ? hour >= from && hour < to : hour >= from || hour < to;
}

/**
 * How long an alert waits because of quiet hours: 0 outside them or at/above the high-priority bar,
 * else the milliseconds until the first local hour after the quiet window (brand time zone).
 */
export function quietDelayMs(m: StoredMention, config: Config, nowMs: number): number {
  const q = config.routing.quietHours;
  if (!q || q.from === q.to || m.analysis.priority >= config.routing.quietHoursMinPriority) return 0;
  const tz = config.brand.timezone;
  if (!inQuiet(localHour(nowMs, tz), q.from, q.to)) return 0;
  const hourMs = 3_600_000;
  let t = Math.floor(nowMs / hourMs) * hourMs;
  for (let i = 0; i < 26; i++) {
    t += hourMs;
    if (!inQuiet(localHour(t, tz), q.from, q.to)) return t - nowMs;
  }
  return 0;
}
