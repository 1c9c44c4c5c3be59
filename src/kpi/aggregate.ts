import type { HourlyCounts } from "../ports/store.js";
import type { Report, TimelinePoint } from "./report-types.js";
import { formatLocalIso, localizer, nextLocalMidnight } from "./tz.js";

/** Sums of every counter field over a set of hours. */
export function sumFields(hours: HourlyCounts[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const h of hours) for (const f in h.fields) out.set(f, (out.get(f) ?? 0) + h.fields[f]!);
  return out;
}

/** The fields starting with `prefix`, keyed by the rest of the name. */
export function byPrefix(sums: Map<string, number>, prefix: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [f, n] of sums) if (f.startsWith(prefix) && n !== 0) out[f.slice(prefix.length)] = n;
  return sortDesc(out);
}

/** The record with its keys ordered by value, largest first (ties by key). */
export function sortDesc(r: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(r).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}

/** `n / d`, rounded to 4 decimals; 0 when d is 0. */
export function share(n: number, d: number): number {
  return d === 0 ? 0 : Math.round((n / d) * 10_000) / 10_000;
}

/** Relative change from `prev` to `cur`, 3 decimals; null when prev is 0. */
export function change(cur: number, prev: number): number | null {
  return prev === 0 ? null : Math.round(((cur - prev) / prev) * 1000) / 1000;
}

type MentionFigures = Pick<Report, "mentions" | "rating"> & { sums: Map<string, number> };

/** Mention totals, breakdowns and ratings of a period from its hourly counters. */
export function mentionFigures(
  hours: HourlyCounts[],
  previousTotal: number,
  channels: (s: string) => string,
): MentionFigures {
  const sums = sumFields(hours);
  const get = (f: string) => sums.get(f) ?? 0;
  const total = get("total");
  const bySource = byPrefix(sums, "source:");
  const byChannel: Record<string, number> = {};
  for (const [src, n] of Object.entries(bySource))
    byChannel[channels(src)] = (byChannel[channels(src)] ?? 0) + n;
  const bySourceSentiment: Report["mentions"]["bySourceSentiment"] = {};
  for (const src of Object.keys(bySource)) {
    const of = (l: string) => get(`srcsent:${src}:${l}`);
    bySourceSentiment[src] = { negative: of("negative"), neutral: of("neutral"), positive: of("positive") };
  }
  const distribution = {
    "1": get("rating:1"),
    "2": get("rating:2"),
    "3": get("rating:3"),
    "4": get("rating:4"),
    "5": get("rating:5"),
  };
  const count = Object.values(distribution).reduce((a, b) => a + b, 0);
  return {
    sums,
    mentions: {
      total,
      previousTotal,
      change: change(total, previousTotal),
      bySentiment: {
        negative: get("sentiment:negative"),
        neutral: get("sentiment:neutral"),
        positive: get("sentiment:positive"),
      },
      bySource,
      byLanguage: byPrefix(sums, "lang:"),
      byChannel: sortDesc(byChannel),
      bySourceSentiment,
      insults: get("insult"),
    },
    rating: {
      average: count === 0 ? null : Math.round((get("rating_sum") / count) * 100) / 100,
      count,
      distribution,
    },
  };
}

/** Mentions by local hour of day, by local weekday × hour, and the peak hour, in time zone `tz`. */
export function hourProfile(
  hours: HourlyCounts[],
  tz: string,
): Pick<Report, "hourly" | "heatmap" | "peakHour"> {
  const local = localizer(tz);
  const hourly = new Array<number>(24).fill(0);
  const heatmap = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  for (const h of hours) {
    const n = h.fields.total ?? 0;
    if (!n) continue;
    const p = local(h.hourMs);
    hourly[p.hour]! += n;
    heatmap[p.weekday]![p.hour]! += n;
  }
  let peak: number | null = null;
  for (let i = 0; i < 24; i++) if (hourly[i]! > 0 && (peak === null || hourly[i]! > hourly[peak]!)) peak = i;
  return { hourly, heatmap, peakHour: peak };
}

/** Volume by sentiment per local day (per hour when the period is one day or shorter). */
export function timeline(
  hours: HourlyCounts[],
  fromMs: number,
  toMs: number,
  tz: string,
): { timeline: TimelinePoint[]; timelineUnit: "hour" | "day" } {
  const unit = toMs - fromMs <= 26 * 3_600_000 ? "hour" : "day";
  const starts: number[] = [];
  if (unit === "hour") for (let t = fromMs; t < toMs; t += 3_600_000) starts.push(t);
  else for (let t = fromMs; t < toMs; t = nextLocalMidnight(t, tz)) starts.push(t);
  const points = starts.map((s) => ({
    start: formatLocalIso(s, tz),
    total: 0,
    negative: 0,
    neutral: 0,
    positive: 0,
  }));
  let i = 0;
  for (const h of hours) {
    while (i + 1 < starts.length && starts[i + 1]! <= h.hourMs) i++;
    const pt = points[i];
    if (!pt || h.hourMs < starts[0]!) continue;
    pt.total += h.fields.total ?? 0;
    pt.negative += h.fields["sentiment:negative"] ?? 0;
    pt.neutral += h.fields["sentiment:neutral"] ?? 0;
    pt.positive += h.fields["sentiment:positive"] ?? 0;
  }
  return { timeline: points, timelineUnit: unit };
}
