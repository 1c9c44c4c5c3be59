import { FetchError } from "../connectors/feed/fetch.js";
import { errorMessage } from "../core/errors.js";
import type { Mention } from "../core/mention.js";
import type { Pipeline } from "../mentions/pipeline.js";
import type { AppDeps } from "../ports/deps.js";
import type { FeedSource } from "../ports/feed-source.js";
import { tryWithLock } from "../state/with-lock.js";
import { createBrandFilter } from "./brand-filter.js";
import {
  afterFailure,
  isQuiet,
  jitteredIntervalMs,
  medianGapMs,
  newestItemAt,
  PollStateRepo,
  type StoredPollState,
  THROTTLED_FLOOR_MS,
} from "./poll-state.js";
import { reportSourceProblem } from "./source-report.js";

/** What one poll did, for logs and tests. */
export type PollOutcome =
  | { status: "skipped"; reason: "not_due" | "locked" }
  | { status: "not_modified" }
  | { status: "ok"; items: number; kept: number; accepted: number; duplicates: number }
  | { status: "failed"; error: string; notBefore: number };

/** Everything a poll needs; built once by registerPolling (tests build it directly). */
export interface PollContext {
  deps: AppDeps;
  pipeline: Pipeline;
  filter: ReturnType<typeof createBrandFilter>;
}

async function saveState(ctx: PollContext, id: string, state: StoredPollState): Promise<void> {
  await new PollStateRepo(ctx.deps.store).put(id, state);
}

/**
 * The mentions whose id is not stored yet: a feed without validators repeats its items on every poll, and
 * those need no second analysis. Counted apart from true duplicates (the same story from another source).
 */
async function unseen(ctx: PollContext, sourceId: string, mentions: Mention[]): Promise<Mention[]> {
  const known = await Promise.all(mentions.map((m) => ctx.deps.store.mentions.get(m.id)));
  const fresh = mentions.filter((_, i) => known[i] === null);
  const repeats = mentions.length - fresh.length;
  if (repeats > 0)
    ctx.deps.metrics.inc(
      "orm_feed_items_seen_before_total",
      "Feed items already stored, skipped",
      { source: sourceId },
      repeats,
    );
  return fresh;
}

async function onSuccess(
  ctx: PollContext,
  source: FeedSource,
  state: StoredPollState,
  r: Awaited<ReturnType<FeedSource["poll"]>>,
): Promise<PollOutcome> {
  const { clock, metrics } = ctx.deps;
  const now = clock.now();
  const kept = r.mentions.filter((m) => {
    const v = ctx.filter(m);
    if (!v.keep)
      metrics.inc("orm_feed_items_filtered_total", "Feed items dropped by the brand filter", {
        source: source.id,
        reason: v.reason,
      });
    return v.keep;
  });
  const fresh = await unseen(ctx, source.id, kept);
  const ingested = fresh.length
    ? await ctx.pipeline.ingest(fresh)
    : { accepted: 0, duplicates: 0, alerted: 0 };
  const result = { ...ingested, duplicates: ingested.duplicates + kept.length - fresh.length };
  const newest = newestItemAt(r.mentions, now);
  const gap = medianGapMs(r.mentions);
  const next: StoredPollState = {
    ...state,
    ...r.state,
    lastSuccessAt: now,
    consecutiveFailures: 0,
    lastError: null,
    lastItemAt:
      newest !== null && newest > (state.lastItemAt ?? 0)
        ? newest
        : (state.lastItemAt ?? (r.notModified ? null : now)),
    typicalGapMs: gap ?? state.typicalGapMs,
    reported: state.reported === "failing" ? null : state.reported,
  };
  if (next.reported === "quiet" && newest !== null && newest > (state.lastItemAt ?? 0)) next.reported = null;
  const watchQuiet = ctx.deps.config.sources.find((s) => s.id === source.id)?.quietAlerts !== false;
  if (watchQuiet && next.reported === null && isQuiet(next, now, ctx.deps.config.fetch.quietFactor)) {
    next.reported = "quiet";
    await reportSourceProblem(ctx.deps, source.id, "quiet", next);
  }
  await saveState(ctx, source.id, next);
  metrics.inc("orm_polls_total", "Source polls", {
    source: source.id,
    outcome: r.notModified ? "not_modified" : "ok",
  });
  if (r.notModified) return { status: "not_modified" };
  return {
    status: "ok",
    items: r.mentions.length,
    kept: kept.length,
    accepted: result.accepted,
    duplicates: result.duplicates,
  };
}

async function onFailure(
  ctx: PollContext,
  source: FeedSource,
  state: StoredPollState,
  err: unknown,
): Promise<PollOutcome> {
  const { clock, metrics, log, config } = ctx.deps;
  const msg = errorMessage(err);
  const retryAfter = err instanceof FetchError ? err.retryAfterMs : null;
  const throttled = err instanceof FetchError && (err.status === 429 || err.status === 403);
  const next = afterFailure(
    state,
    msg,
    clock.now(),
    source.intervalMs,
    config.fetch.maxBackoffMinutes * 60_000,
    retryAfter,
    throttled ? THROTTLED_FLOOR_MS : 0,
  );
  metrics.inc("orm_poll_errors_total", "Source polls that failed", { source: source.id });
  log.warn("poll failed", {
    source: source.id,
    error: msg,
    failures: next.consecutiveFailures,
    notBefore: new Date(next.notBefore!).toISOString(),
  });
  if (next.consecutiveFailures >= config.fetch.reportFailuresAfter && state.reported !== "failing") {
    next.reported = "failing";
    await reportSourceProblem(ctx.deps, source.id, "failing", next);
  }
  await saveState(ctx, source.id, next);
  return { status: "failed", error: msg, notBefore: next.notBefore! };
}

/**
 * Polls one source once: skips it while its `notBefore` lies ahead or another worker holds it, otherwise
 * fetches, filters by brand, ingests, and saves the state. Never throws: failures are counted and backed off.
 */
export async function pollOnce(
  ctx: PollContext,
  source: FeedSource,
  options: { force?: boolean } = {},
): Promise<PollOutcome> {
  const { store, clock, config } = ctx.deps;
  const state = await new PollStateRepo(store).get(source.id);
  if (!options.force && state.notBefore !== null && clock.now() < state.notBefore)
    return { status: "skipped", reason: "not_due" };
  const lock = { ttlMs: config.fetch.timeoutMs + 60_000 };
  const polled = await tryWithLock(store.locks, `poll:${source.id}`, lock, () =>
    fetchAndIngest(ctx, source, state),
  );
  return polled.held ? polled.value : { status: "skipped", reason: "locked" };
}

/** Fetches the source and ingests what is new, or backs off; never throws. */
async function fetchAndIngest(
  ctx: PollContext,
  source: FeedSource,
  state: StoredPollState,
): Promise<PollOutcome> {
  const { clock, config } = ctx.deps;
  try {
    const started = performance.now();
    const r = await source.poll(state, AbortSignal.timeout(config.fetch.timeoutMs + 5_000));
    const seconds = (performance.now() - started) / 1000;
    ctx.deps.metrics.observe(
      "orm_poll_seconds",
      "Time to fetch and parse one source",
      { source: source.id },
      seconds,
    );
    return await onSuccess(ctx, source, state, r);
  } catch (err) {
    try {
      return await onFailure(ctx, source, state, err);
    } catch (inner) {
      ctx.deps.log.error("poll bookkeeping failed", { source: source.id, error: errorMessage(inner) });
      return { status: "failed", error: errorMessage(err), notBefore: clock.now() + source.intervalMs };
    }
  }
}

/**
 * Registers the `poll` queue and one schedule per source (`poll:<id>`, every interval plus a fixed jitter),
 * and enqueues an immediate first poll of each so the demo shows alerts within seconds.
 */
export async function registerPolling(
  deps: AppDeps,
  pipeline: Pipeline,
  sources: FeedSource[],
): Promise<void> {
  const ctx: PollContext = { deps, pipeline, filter: createBrandFilter(deps.config.brand) };
  const byId = new Map(sources.map((s) => [s.id, s]));
  deps.jobs.register<{ sourceId: string }>(
    "poll",
    async (data) => {
      const source = byId.get(data?.sourceId);
      if (!source) {
        deps.log.warn("poll for an unknown source", { source: data?.sourceId });
        return;
      }
      const outcome = await pollOnce(ctx, source);
      deps.log.debug("polled", { source: source.id, ...outcome });
    },
    { concurrency: Math.max(2, Math.min(8, sources.length)) },
  );
  for (const s of sources) {
    await deps.jobs.schedule(`poll:${s.id}`, { everyMs: jitteredIntervalMs(s.id, s.intervalMs) }, "poll", {
      sourceId: s.id,
    });
    await deps.jobs.enqueue("poll", { sourceId: s.id });
  }
}
