import type { AppDeps } from "../core/app.js";
import { byPrefix, change, hourProfile, mentionFigures, share, sumFields, timeline } from "./aggregate.js";
import { caseFigures, conversion } from "./case-figures.js";
import { channelOf } from "./channels.js";
import { AUTHOR_SERIES, MENTION_SERIES, utcDayOf } from "./counters.js";
import { narrate } from "./narrative.js";
import { type Period, resolvePeriod } from "./period.js";
import type { Report, TopicFigure } from "./report-types.js";
import { detectSurges } from "./surges.js";
import { formatLocalIso } from "./tz.js";

/** Top topics of the period with their count in the previous period and the relative change. */
function topTopics(cur: Map<string, number>, prev: Map<string, number>, limit: number): TopicFigure[] {
  return Object.entries(byPrefix(cur, "topic:"))
    .slice(0, limit)
    .map(([topic, count]) => {
      const previous = prev.get(`topic:${topic}`) ?? 0;
      return {
        topic,
        count,
        previous,
        change: change(count, previous),
        negative: cur.get(`negtopic:${topic}`) ?? 0,
      };
    });
}

/** Most active authors (per UTC day buckets overlapping the period) and the watched authors' activity. */
async function authorFigures(
  deps: AppDeps,
  period: Period,
): Promise<Pick<Report, "topAuthors" | "watchedAuthors">> {
  const days = await deps.store.counters.read(AUTHOR_SERIES, utcDayOf(period.fromMs), period.toMs);
  const sums = sumFields(days);
  const topAuthors = [...sums]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, deps.config.report.topAuthors)
    .map(([author, mentions]) => ({ author, mentions }));
  const watched = await deps.store.authors.listWatched();
  const watchedAuthors = watched
    .map((p) => ({
      author: p.key,
      name: p.name,
      mentions: sums.get(p.key) ?? 0,
      negative: p.negative,
      positive: p.positive,
    }))
    .sort((a, b) => b.mentions - a.mentions || a.author.localeCompare(b.author));
  return { topAuthors, watchedAuthors };
}

function shareOfVoice(deps: AppDeps, sums: Map<string, number>): Report["shareOfVoice"] {
  const competitors = deps.config.brand.competitors;
  if (competitors.length === 0) return null;
  const brand = sums.get("total") ?? 0;
  const counts = Object.fromEntries(competitors.map((c) => [c.name, sums.get(`competitor:${c.name}`) ?? 0]));
  const all = brand + Object.values(counts).reduce((a, b) => a + b, 0);
  return { brand, competitors: counts, share: all === 0 ? null : share(brand, all) };
}

/**
 * The KPI report for `period` (`day` = yesterday, `week` = last Monday–Monday week, `month` = last calendar
 * month, or `YYYY-MM-DD..YYYY-MM-DD`), in the brand's time zone, from the hourly counters and case records;
 * raw mentions are read only to explain surges. Throws a UserError for a bad period.
 */
export async function buildReport(
  deps: AppDeps,
  period: string,
  options: { now?: number } = {},
): Promise<Report> {
  const nowMs = options.now ?? deps.clock.now();
  const tz = deps.config.brand.timezone;
  const p = resolvePeriod(period, nowMs, tz);
  const { counters, cases: caseRepo } = deps.store;
  const [hours, prevHours, cases, open] = await Promise.all([
    counters.read(MENTION_SERIES, p.fromMs, p.toMs),
    counters.read(MENTION_SERIES, p.previous.fromMs, p.previous.toMs),
    caseRepo.openedBetween(p.fromMs, p.toMs),
    caseRepo.listOpen(),
  ]);
  const prevSums = sumFields(prevHours);
  const prevTotal = prevSums.get("total") ?? 0;
  const m = mentionFigures(hours, prevTotal, channelOf(deps.config.report));
  const total = m.mentions.total;
  const s = m.mentions.bySentiment;
  const report: Report = {
    period: {
      from: formatLocalIso(p.fromMs, tz),
      to: formatLocalIso(p.toMs, tz),
      timezone: tz,
      spec: p.spec,
      label: p.label,
      unit: p.unit,
      days: p.days,
    },
    previousPeriod: { from: formatLocalIso(p.previous.fromMs, tz), to: formatLocalIso(p.previous.toMs, tz) },
    generatedAt: formatLocalIso(nowMs, tz),
    mentions: m.mentions,
    shares: {
      negative: share(s.negative, total),
      positive: share(s.positive, total),
      neutral: share(s.neutral, total),
      previousNegative: share(prevSums.get("sentiment:negative") ?? 0, prevTotal),
      previousPositive: share(prevSums.get("sentiment:positive") ?? 0, prevTotal),
    },
    rating: m.rating,
    ...caseFigures(cases, open.length),
    conversion: await conversion(deps, cases, nowMs),
    ...hourProfile(hours, tz),
    ...timeline(hours, p.fromMs, p.toMs, tz),
    topTopics: topTopics(m.sums, prevSums, deps.config.report.topTopics),
    ...(await authorFigures(deps, p)),
    shareOfVoice: shareOfVoice(deps, m.sums),
    surges: await detectSurges(deps, { fromMs: p.fromMs, toMs: p.toMs }),
    summary: "",
  };
  report.summary = narrate(report, prevSums);
  return report;
}
