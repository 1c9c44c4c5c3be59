import { createHash } from "node:crypto";
import { z } from "zod";
import type { Mention } from "../core/mention.js";
import { EMPTY_POLL_STATE, type PollState } from "../ports/feed-source.js";
import type { Store } from "../ports/store.js";
import { Collection, type CollectionSpec } from "../state/collection.js";

/** Poll state as stored: the port's PollState plus the usual gap between items (for "gone quiet"). */
export interface StoredPollState extends PollState {
  typicalGapMs: number | null;
}

const StoredPollStateSchema = z.object({
  etag: z.string().nullable().catch(null),
  lastModified: z.string().nullable().catch(null),
  lastSuccessAt: z.number().nullable().catch(null),
  lastItemAt: z.number().nullable().catch(null),
  consecutiveFailures: z.number().int().nonnegative().catch(0),
  notBefore: z.number().nullable().catch(null),
  lastError: z.string().nullable().catch(null),
  reported: z.enum(["failing", "quiet"]).nullable().catch(null),
  typicalGapMs: z.number().positive().nullable().catch(null),
});

/** Reads a stored state, tolerating older or damaged records (unknown → empty). */
export function readPollState(raw: unknown): StoredPollState {
  const parsed = StoredPollStateSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : { ...EMPTY_POLL_STATE, typicalGapMs: null };
}

/** Poll state, one document per source id; read leniently (a damaged field reads as unknown). */
export const POLL_STATES: CollectionSpec<StoredPollState> = {
  name: "poll-state",
  version: 1,
  schema: z.unknown().transform(readPollState),
};

/** Each source's poll state (validators, back-off, what was reported), shared by every replica. */
export class PollStateRepo {
  private readonly states: Collection<StoredPollState>;

  constructor(store: Store) {
    this.states = new Collection(store.docs, POLL_STATES);
  }

  /** The source's state; the empty state for a source never polled. */
  async get(sourceId: string): Promise<StoredPollState> {
    return (await this.states.get(sourceId)) ?? readPollState(null);
  }

  async put(sourceId: string, state: StoredPollState): Promise<void> {
    await this.states.put(sourceId, state);
  }
}

/** A fixed per-source offset of up to 10% (at most 5 min) added to the interval, so feeds don't all poll at once. */
export function jitteredIntervalMs(id: string, intervalMs: number): number {
  const h = createHash("sha1").update(id).digest().readUInt32BE(0) / 0xffffffff;
  return Math.round(intervalMs + h * Math.min(intervalMs * 0.1, 300_000));
}

/** Wait after `failures` failures in a row: the interval doubled per extra failure, capped at `maxMs`. */
export function backoffMs(failures: number, intervalMs: number, maxMs: number): number {
  if (failures <= 0) return 0;
  return Math.min(maxMs, intervalMs * 2 ** Math.min(failures - 1, 30));
}

/** The median gap between the items' publication dates, or null with fewer than 3 dated items. */
export function medianGapMs(mentions: Mention[]): number | null {
  const ts = mentions
    .map((m) => (m.publishedAt ? Date.parse(m.publishedAt) : Number.NaN))
    .filter((t) => Number.isFinite(t))
    .sort((a, b) => a - b);
  if (ts.length < 3) return null;
  const gaps = ts
    .slice(1)
    .map((t, i) => t - ts[i]!)
    .filter((g) => g > 0)
    .sort((a, b) => a - b);
  return gaps.length ? gaps[Math.floor(gaps.length / 2)]! : null;
}

/** The newest publication time among the mentions, not after `nowMs`; null when none is dated. */
export function newestItemAt(mentions: Mention[], nowMs: number): number | null {
  let max: number | null = null;
  for (const m of mentions) {
    const t = m.publishedAt ? Date.parse(m.publishedAt) : Number.NaN;
    if (Number.isFinite(t) && t <= nowMs && (max === null || t > max)) max = t;
  }
  return max;
}

/** After a 429 or 403 with no Retry-After, wait at least this long: the server wants fewer requests. */
export const THROTTLED_FLOOR_MS = 3_600_000;

/** State after a failed poll: one more failure, the error kept, the next poll pushed back (Retry-After wins if longer). */
export function afterFailure(
  state: StoredPollState,
  error: string,
  nowMs: number,
  intervalMs: number,
  maxBackoffMs: number,
  retryAfter: number | null,
  throttledFloorMs = 0,
): StoredPollState {
  const failures = state.consecutiveFailures + 1;
  const wait = Math.max(backoffMs(failures, intervalMs, maxBackoffMs), retryAfter ?? 0, throttledFloorMs);
  return { ...state, consecutiveFailures: failures, lastError: error, notBefore: nowMs + wait };
}

/** Whether a source has had no new item for longer than usual (`factor` × its usual gap, at least a day). */
export function isQuiet(state: StoredPollState, nowMs: number, factor: number): boolean {
  if (state.lastItemAt === null || state.typicalGapMs === null) return false;
  return nowMs - state.lastItemAt > Math.max(86_400_000, factor * state.typicalGapMs);
}
