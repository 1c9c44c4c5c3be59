import type { Case } from "../core/case.js";
import type { AppDeps } from "../ports/deps.js";
import { AUTHOR_SERIES_PREFIX, hourOf } from "./counters.js";
import type { Report } from "./report-types.js";

/** How long after a detractor's case opened a positive mention by the same author still counts as converted. */
export const CONVERSION_WINDOW_MS = 30 * 24 * 3_600_000;

/** The author key of each case's opening mention (null when anonymous), by case id. */
export async function caseAuthors(deps: AppDeps, cases: Case[]): Promise<Map<number, string | null>> {
  const keys = await Promise.all(
    cases.map(async (c) => (await deps.store.mentions.get(c.mentionId))?.authorKey ?? null),
  );
  return new Map(cases.map((c, i) => [c.id, keys[i]!]));
}

/** The q-quantile (0–1) of sorted values, linear interpolation between closest ranks; null when empty. */
export function quantile(sorted: number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

function secondsStats(values: number[]): { median: number | null; p90: number | null; mean: number | null } {
  const s = [...values].sort((a, b) => a - b);
  const r = (x: number | null) => (x === null ? null : Math.round(x));
  const mean = s.length ? s.reduce((a, b) => a + b, 0) / s.length : null;
  return { median: r(quantile(s, 0.5)), p90: r(quantile(s, 0.9)), mean: r(mean) };
}

/** Case counts and response / resolution times (seconds) for the cases opened in the period. */
export function caseFigures(cases: Case[], openNow: number): Pick<Report, "cases" | "times"> {
  const byOutcome: Record<string, number> = {};
  const fr: number[] = [];
  const res: number[] = [];
  let slaBreaches = 0;
  for (const c of cases) {
    slaBreaches += c.slaBreaches;
    if (c.firstResponseAt !== null) fr.push((c.firstResponseAt - c.openedAt) / 1000);
    if (c.resolvedAt !== null) res.push((c.resolvedAt - c.openedAt) / 1000);
    if (c.outcome) byOutcome[c.outcome] = (byOutcome[c.outcome] ?? 0) + 1;
  }
  const f = secondsStats(fr);
  const r = secondsStats(res);
  return {
    cases: { opened: cases.length, answered: fr.length, closed: res.length, slaBreaches, openNow, byOutcome },
    times: {
      firstResponseMedian: f.median,
      firstResponseP90: f.p90,
      firstResponseMean: f.mean,
      resolutionMedian: r.median,
      resolutionP90: r.p90,
      resolutionMean: r.mean,
    },
  };
}

/**
 * Sentiment conversion: detractors are the authors (or, when anonymous, the cases) of cases opened in the
 * period on a negative mention; one is converted when a case of theirs was resolved as `fixed`, or when the
 * same author posted a positive mention in a later hour within 30 days of the case opening (up to `nowMs`).
 */
export async function conversion(
  deps: AppDeps,
  cases: Case[],
  authors: Map<number, string | null>,
  nowMs: number,
): Promise<Report["conversion"]> {
  const detractors = new Map<string, boolean>();
  const pending: Array<{ key: string; authorKey: string; fromMs: number; toMs: number }> = [];
  for (const c of cases) {
    if (c.openingSentiment !== "negative") continue;
    const authorKey = authors.get(c.id) ?? null;
    const key = authorKey ? `a:${authorKey}` : `c:${c.id}`;
    const converted = (detractors.get(key) ?? false) || c.outcome === "fixed";
    detractors.set(key, converted);
    const fromMs = hourOf(c.openedAt) + 3_600_000;
    const toMs = Math.min(nowMs, c.openedAt + CONVERSION_WINDOW_MS);
    if (!converted && authorKey && toMs > fromMs) pending.push({ key, authorKey, fromMs, toMs });
  }
  const later = await Promise.all(
    pending.map(async (p) => {
      const hours = await deps.store.counters.read(AUTHOR_SERIES_PREFIX + p.authorKey, p.fromMs, p.toMs);
      return hours.some((h) => (h.fields.positive ?? 0) > 0);
    }),
  );
  pending.forEach((p, i) => {
    if (later[i]) detractors.set(p.key, true);
  });
  const n = detractors.size;
  const converted = [...detractors.values()].filter(Boolean).length;
  return { detractors: n, converted, rate: n === 0 ? null : Math.round((converted / n) * 1000) / 1000 };
}
