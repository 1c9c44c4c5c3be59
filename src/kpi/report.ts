import { redactPii } from "../analysis/pii/detect.js";
import type { AppDeps } from "../ports/deps.js";
import { byPrefix, change, hourProfile, mentionFigures, share, sumFields, timeline } from "./aggregate.js";
import { caseAuthors, caseFigures, conversion } from "./case-figures.js";
import { channelOf } from "./channels.js";
import { AUTHOR_SERIES_PREFIX, MENTION_SERIES } from "./counters.js";
import { narrate } from "./narrative.js";
import { type Period, resolvePeriod } from "./period.js";
import type { Report, TopicFigure } from "./report-types.js";
import { detectSurges, surgeLookBackMs } from "./surges.js";
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

/** An author's mentions in [fromMs, toMs) from their hourly series. */
async function authorActivity(deps: AppDeps, key: string, p: Period) {
  const hours = await deps.store.counters.read(AUTHOR_SERIES_PREFIX + key, p.fromMs, p.toMs);
  const sums = sumFields(hours);
  return {
    mentions: sums.get("total") ?? 0,
    negative: sums.get("negative") ?? 0,
    positive: sums.get("positive") ?? 0,
  };
}

/**
 * Top authors: those with the most cases opened in the period (the people the team answered), then the most
 * mentions; watched authors: everyone on the watchlist, with their mentions in the period.
 */
async function authorFigures(
  deps: AppDeps,
  p: Period,
  authors: Map<number, string | null>,
): Promise<Pick<Report, "topAuthors" | "watchedAuthors">> {
  const limit = deps.config.report.topAuthors;
  const byAuthor = new Map<string, number>();
  for (const key of authors.values()) if (key) byAuthor.set(key, (byAuthor.get(key) ?? 0) + 1);
  const byCases = [...byAuthor].sort((a, b) => b[1] - a[1]);
  const cut = byCases[Math.min(byCases.length, limit) - 1]?.[1] ?? 0;
  const candidates = byCases.filter(([, n]) => n >= cut).slice(0, limit * 5);
  const ranked = await Promise.all(
    candidates.map(async ([author, n]) => ({ author, cases: n, ...(await authorActivity(deps, author, p)) })),
  );
  // Authors are keyed `source:handle`: what a report shows has the personal data redacted (`x:[email]`).
  const topAuthors = ranked
    .sort((a, b) => b.cases - a.cases || b.mentions - a.mentions || a.author.localeCompare(b.author))
    .slice(0, limit)
    .map((a) => ({ ...a, author: redactPii(a.author) }));
  const watched = await deps.store.authors.listWatched();
  const watchedAuthors = await Promise.all(
    watched.map(async (w) => ({ author: w.key, name: w.name, ...(await authorActivity(deps, w.key, p)) })),
  );
  watchedAuthors.sort((a, b) => b.mentions - a.mentions || a.author.localeCompare(b.author));
  const shownWatched = watchedAuthors.map((a) => ({
    ...a,
    author: redactPii(a.author),
    name: redactPii(a.name),
  }));
  return { topAuthors, watchedAuthors: shownWatched };
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
  const readFrom = Math.min(p.previous.fromMs, p.fromMs - surgeLookBackMs());
  const [all, cases, open] = await Promise.all([
    counters.read(MENTION_SERIES, readFrom, p.toMs),
    caseRepo.openedBetween(p.fromMs, p.toMs),
    caseRepo.listOpen(),
  ]);
  const hours = all.filter((h) => h.hourMs >= p.fromMs);
  const prevHours = all.filter((h) => h.hourMs >= p.previous.fromMs && h.hourMs < p.previous.toMs);
  const authors = await caseAuthors(deps, cases);
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
    conversion: await conversion(deps, cases, authors, nowMs),
    ...hourProfile(hours, tz),
    ...timeline(hours, p.fromMs, p.toMs, tz),
    topTopics: topTopics(m.sums, prevSums, deps.config.report.topTopics),
    ...(await authorFigures(deps, p, authors)),
    shareOfVoice: shareOfVoice(deps, m.sums),
    surges: await detectSurges(deps, { fromMs: p.fromMs, toMs: p.toMs, preloaded: all }),
    summary: "",
  };
  report.summary = narrate(report, prevSums);
  return report;
}
