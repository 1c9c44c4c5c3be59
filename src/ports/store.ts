import type { Case } from "../core/case.js";
import type { InsertOutcome, StoredMention } from "../core/stored-mention.js";

/** Mentions, stored once each. */
export interface MentionRepo {
  /**
   * Stores each mention unless one of its dedupe keys is already taken, atomically per mention
   * (two writers racing on the same item store it once). Results are in input order.
   */
  insertMany(mentions: StoredMention[]): Promise<InsertOutcome[]>;
  get(id: string): Promise<StoredMention | null>;
  /** Sets the case number on a stored mention. */
  setCase(id: string, caseId: number): Promise<void>;
  /** Mentions with `at` in [fromMs, toMs), oldest first, at most `limit`. */
  range(fromMs: number, toMs: number, limit?: number): Promise<StoredMention[]>;
  count(): Promise<number>;
}

/** Cases, with optimistic concurrency on `version`. */
export interface CaseRepo {
  /** Creates a case with the next sequential id; `init` carries everything but the id. */
  create(init: Omit<Case, "id">): Promise<Case>;
  get(id: number): Promise<Case | null>;
  /** Writes `next` only if the stored version is still `next.version - 1`; false when someone else won. */
  compareAndSet(next: Case): Promise<boolean>;
  /** Cases still open (new, claimed, responded), oldest first. */
  listOpen(): Promise<Case[]>;
  /** Cases opened in [fromMs, toMs). */
  openedBetween(fromMs: number, toMs: number): Promise<Case[]>;
}

/** What the bot knows about one author (`source:handle`). */
export interface AuthorProfile {
  key: string;
  name: string;
  mentions: number;
  negative: number;
  positive: number;
  firstSeen: number;
  lastSeen: number;
  watched: boolean;
}

/** One mention to count on an author's profile. */
export interface AuthorMentionRecord {
  key: string;
  name: string;
  sentiment: "negative" | "neutral" | "positive";
  at: number;
}

export interface AuthorRepo {
  get(key: string): Promise<AuthorProfile | null>;
  /** Counts one mention by this author; returns the updated profile. */
  record(
    key: string,
    name: string,
    sentiment: "negative" | "neutral" | "positive",
    at: number,
  ): Promise<AuthorProfile>;
  /** Counts many mentions at once (one write per batch); same result as `record` for each, in order. */
  recordMany(entries: AuthorMentionRecord[]): Promise<void>;
  setWatched(key: string, name: string, watched: boolean, at: number): Promise<AuthorProfile>;
  listWatched(): Promise<AuthorProfile[]>;
}

/** One increment of an hourly counter series, e.g. series `mentions`, field `sentiment:negative`. */
export interface CounterIncrement {
  series: string;
  /** Epoch ms of the start of the UTC hour. */
  hourMs: number;
  field: string;
  by: number;
}

export interface HourlyCounts {
  hourMs: number;
  fields: Record<string, number>;
}

/** Pre-aggregated hourly counters: what KPIs read instead of scanning mentions. */
export interface CounterRepo {
  increment(incs: CounterIncrement[]): Promise<void>;
  /** Hours of `series` in [fromMs, toMs), oldest first; hours with no counts are left out. */
  read(series: string, fromMs: number, toMs: number): Promise<HourlyCounts[]>;
}

/** Namespaced JSON values: poll state, message refs, roles, crises, idempotency keys, locks. */
export interface KeyValueRepo {
  get<T>(ns: string, key: string): Promise<T | null>;
  set<T>(ns: string, key: string, value: T, ttlMs?: number): Promise<void>;
  /** Sets only when absent (or expired); true when this call set it. Atomic across replicas. */
  setIfAbsent<T>(ns: string, key: string, value: T, ttlMs?: number): Promise<boolean>;
  delete(ns: string, key: string): Promise<void>;
  /** Every live key/value in a namespace. */
  entries<T>(ns: string): Promise<Array<[string, T]>>;
}

/** The store port: the embedded (file-backed) and the Redis backends implement it. */
export interface Store {
  readonly kind: "embedded" | "redis" | "memory";
  readonly mentions: MentionRepo;
  readonly cases: CaseRepo;
  readonly authors: AuthorRepo;
  readonly counters: CounterRepo;
  readonly kv: KeyValueRepo;
  /** True when the store can be read and written. */
  healthy(): Promise<boolean>;
  /** Flushes and closes; the store is unusable afterwards. */
  close(): Promise<void>;
}
