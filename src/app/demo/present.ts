import type { Mention } from "../../core/mention.js";
import { EMPTY_POLL_STATE, type FeedSource } from "../../ports/feed-source.js";

/** How far the newest sample mention lands before now. */
const NEWEST_AGO_MS = 20 * 60_000;

function shifted(m: Mention, shiftMs: number): Mention {
  if (!m.publishedAt) return m;
  return { ...m, publishedAt: new Date(Date.parse(m.publishedAt) + shiftMs).toISOString() };
}

/**
 * The demo's sample sources with their dates brought to the present: every item moves by the same amount,
 * so the newest one is 20 minutes old at start and the story keeps its shape (read once from each source).
 */
export async function presentSources(sources: FeedSource[], nowMs: number): Promise<FeedSource[]> {
  let newest = Number.NEGATIVE_INFINITY;
  for (const s of sources) {
    const r = await s.poll(EMPTY_POLL_STATE).catch(() => null);
    for (const m of r?.mentions ?? [])
      if (m.publishedAt) newest = Math.max(newest, Date.parse(m.publishedAt));
  }
  const shiftMs = Number.isFinite(newest) ? nowMs - NEWEST_AGO_MS - newest : 0;
  return sources.map((s) => ({
    id: s.id,
    kind: s.kind,
    intervalMs: s.intervalMs,
    async poll(state, signal) {
      const r = await s.poll(state, signal);
      return { ...r, mentions: r.mentions.map((m) => shifted(m, shiftMs)) };
    },
  }));
}
