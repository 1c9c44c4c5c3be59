import type { Config } from "../config/schema.js";
import type { StoredMention } from "./stored-mention.js";

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
