import type { Mention } from "../core/mention.js";

/** Poll state a source keeps between runs (validators, failures), persisted in the store. */
export interface PollState {
  etag: string | null;
  lastModified: string | null;
  lastSuccessAt: number | null;
  lastItemAt: number | null;
  consecutiveFailures: number;
  /** Epoch ms before which the source must not be polled again (backoff, Retry-After, max-age). */
  notBefore: number | null;
  lastError: string | null;
  /** Whether the team has been told this source is failing or quiet (report once). */
  reported: "failing" | "quiet" | null;
}

export const EMPTY_POLL_STATE: PollState = {
  etag: null,
  lastModified: null,
  lastSuccessAt: null,
  lastItemAt: null,
  consecutiveFailures: 0,
  notBefore: null,
  lastError: null,
  reported: null,
};

export interface PollResult {
  mentions: Mention[];
  /** The state to persist for the next poll. */
  state: PollState;
  /** True when the server said nothing changed (304). */
  notModified: boolean;
}

/** A feed or API connector: fetches new items since the last poll. */
export interface FeedSource {
  readonly id: string;
  readonly kind: string;
  /** Poll interval in ms (before jitter). */
  readonly intervalMs: number;
  poll(state: PollState, signal?: AbortSignal): Promise<PollResult>;
}
