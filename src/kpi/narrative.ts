import type { Report } from "./report-types.js";

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** A duration in seconds for people: `45 s`, `14 min`, `2.5 h`, `3.2 d`. */
export function humanDuration(seconds: number | null): string {
  if (seconds === null) return "n/a";
  if (seconds < 90) return `${Math.round(seconds)} s`;
  if (seconds < 90 * 60) return `${Math.round(seconds / 60)} min`;
  if (seconds < 36 * 3600) return `${Math.round((seconds / 3600) * 10) / 10} h`;
  return `${Math.round((seconds / 86_400) * 10) / 10} d`;
}

/** Part of the day of a local hour: night, morning, afternoon, evening. */
export function dayPart(hour: number): string {
  if (hour < 6) return "night";
  if (hour < 12) return "morning";
  if (hour < 18) return "afternoon";
  return "evening";
}

/** A share in [0, 1] as a whole percentage: `24%`. */
export function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

function previousName(r: Report): string {
  if (r.period.unit !== "range") return `previous ${r.period.unit}`;
  return r.period.days === 1 ? "previous day" : `previous ${r.period.days} days`;
}

/** The topic whose negative mentions grew most against the previous period, if any grew. */
function negativeDriver(r: Report, prevSums: Map<string, number>): string | null {
  let best: { topic: string; delta: number } | null = null;
  for (const t of r.topTopics) {
    const delta = t.negative - (prevSums.get(`negtopic:${t.topic}`) ?? 0);
    if (delta > 0 && (!best || delta > best.delta)) best = { topic: t.topic, delta };
  }
  return best?.topic ?? null;
}

function volumeSentence(r: Report): string {
  const n = r.mentions.total;
  const c = r.mentions.change;
  const vs =
    c === null
      ? ""
      : `, ${c >= 0 ? "up" : "down"} ${Math.abs(Math.round(c * 100))}% on the ${previousName(r)}`;
  return `${n} mention${n === 1 ? "" : "s"}${vs}`;
}

function sentimentSentence(r: Report, prevSums: Map<string, number>): string {
  const points = Math.round((r.shares.negative - r.shares.previousNegative) * 100);
  const driver = negativeDriver(r, prevSums);
  const by = driver ? `, driven by ${driver.replace(/_/g, " ")}` : "";
  if (r.mentions.previousTotal === 0 || points === 0) return `negative share ${pct(r.shares.negative)}${by}`;
  return `negative share ${points > 0 ? "up" : "down"} ${Math.abs(points)} point${Math.abs(points) === 1 ? "" : "s"} to ${pct(r.shares.negative)}${points > 0 ? by : ""}`;
}

function surgeSentence(r: Report): string {
  if (r.surges.length === 0) return "no surges";
  const largest = [...r.surges].sort((a, b) => b.mentions - b.expected - (a.mentions - a.expected))[0]!;
  const when = `${WEEKDAYS[largest.peakWeekday]} ${dayPart(largest.peakHour)}`;
  const why = largest.drivers.length ? `: ${largest.drivers.slice(0, 3).join(", ")}` : "";
  const n = r.surges.length;
  const what = `${largest.mentions} vs ${Math.round(largest.expected)} expected${why}`;
  return n === 1 ? `1 surge, on ${when} (${what})` : `${n} surges, the largest on ${when} (${what})`;
}

function caseSentence(r: Report): string {
  const c = r.cases;
  if (c.opened === 0) return `no cases opened; ${c.openNow} open now`;
  const breaches = c.slaBreaches ? `, ${c.slaBreaches} SLA breach${c.slaBreaches === 1 ? "" : "es"}` : "";
  const median = r.times.firstResponseMedian;
  const first = median === null ? "" : ` (median first response ${humanDuration(median)})`;
  return `${c.answered} of ${c.opened} case${c.opened === 1 ? "" : "s"} answered${first}, ${c.closed} closed${breaches}`;
}

/** The summary above the figures: volume, negative share and its driver, surges, cases, rating, peak hour. */
export function narrate(r: Report, prevSums: Map<string, number>): string {
  if (r.mentions.total === 0 && r.cases.opened === 0)
    return `No mentions and no cases in ${r.period.label}; ${r.cases.openNow} case(s) open now.`;
  const parts = [`${volumeSentence(r)}; ${sentimentSentence(r, prevSums)} — ${surgeSentence(r)}.`];
  parts.push(`${capitalise(caseSentence(r))}.`);
  const extras: string[] = [];
  if (r.rating.count > 0) extras.push(`average rating ${r.rating.average} from ${r.rating.count} reviews`);
  if (r.peakHour !== null) extras.push(`busiest hour ${String(r.peakHour).padStart(2, "0")}:00`);
  if (r.conversion.detractors > 0)
    extras.push(`${r.conversion.converted} of ${r.conversion.detractors} detractors converted`);
  if (extras.length) parts.push(`${capitalise(extras.join("; "))}.`);
  return parts.join(" ");
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
