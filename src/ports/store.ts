import type { Case } from "../core/case.js";
import type { MentionCorrection } from "../core/correction.js";
import type { InsertOutcome, StoredMention } from "../core/stored-mention.js";

/** How `insertMany` stores. */
export interface InsertOptions {
  /**
   * Also puts each accepted mention in the outbox (its effects still to apply), in the same atomic write as
   * the mention: a crash right after the insert leaves the mention pending, never silently done.
   */
  outbox?: boolean;
}

/**
 * How long the keys of applied "once" effects are remembered (a counted mention, a profile update): far
 * longer than any outbox entry waits for its retry.
 */
export const ONCE_TTL_MS = 7 * 86_400_000;

/** Mark scopes (see `MarkRepo`) where the backends keep the keys of applied "once" effects. */
export const ONCE_SCOPES = { counters: "once-counters", authors: "once-authors" } as const;

/** One mention waiting in the outbox: its id and when it was put there (epoch ms). */
export interface OutboxEntry {
  id: string;
  at: number;
}

/**
 * Mentions stored whose effects (counters, author profile, case, alert job, crisis attachment) are not yet
 * confirmed done. Entries are written with the mention (`insertMany` with `outbox`) and removed once every
 * effect is applied; any later run or replica completes what a crash left pending.
 */
export interface OutboxRepo {
  /** Pending entries put there at or before `olderThanMs` (default: all), oldest first, at most `limit`. */
  pending(limit: number, olderThanMs?: number): Promise<OutboxEntry[]>;
  /** Removes entries whose effects are done (unknown ids are ignored). */
  done(ids: readonly string[]): Promise<void>;
  count(): Promise<number>;
}

/** Mentions, stored once each. */
export interface MentionRepo {
  /**
   * Stores each mention unless one of its dedupe keys is already taken, atomically per mention
   * (two writers racing on the same item store it once). Results are in input order.
   */
  insertMany(mentions: StoredMention[], options?: InsertOptions): Promise<InsertOutcome[]>;
  get(id: string): Promise<StoredMention | null>;
  /** Sets the case number on a stored mention. */
  setCase(id: string, caseId: number): Promise<void>;
  /**
   * Keeps a person's correction with a stored mention, replacing an earlier one (the latest word counts);
   * false when no such mention is stored.
   */
  setCorrection(id: string, correction: MentionCorrection): Promise<boolean>;
  /** Every mention that carries a correction, oldest correction first. */
  listCorrected(): Promise<StoredMention[]>;
  /** Mentions with `at` in [fromMs, toMs), oldest first, at most `limit`. */
  range(fromMs: number, toMs: number, limit?: number): Promise<StoredMention[]>;
  count(): Promise<number>;
  /**
   * Every mention with `at` in [fromMs, toMs), oldest first, in pages of at most `pageSize`: a full
   * scan, for maintenance (retention, `forget`), never for a request.
   */
  scan(fromMs: number, toMs: number, pageSize: number): AsyncIterable<StoredMention[]>;
  /**
   * Replaces stored mentions by these versions, matched by id (retention, `forget`): `at` and the case
   * link stay; a dedupe key the new version no longer lists is released. Ids not stored are skipped.
   * Returns how many were replaced.
   */
  replace(mentions: StoredMention[]): Promise<number>;
}

/** Cases, with optimistic concurrency on `version`. */
export interface CaseRepo {
  /** Creates a case with the next sequential id; `init` carries everything but the id. */
  create(init: Omit<Case, "id">): Promise<Case>;
  /**
   * The case of mention `init.mentionId`: creates it (next id, and the mention's case number set in the same
   * atomic write) unless the mention already has one, which is returned instead. Atomic across replicas.
   */
  openOnce(init: Omit<Case, "id">): Promise<{ case: Case; created: boolean }>;
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
  /** When set, the record counts once per key however often it is given (kept `ONCE_TTL_MS`). */
  onceKey?: string;
}

export interface AuthorRepo {
  get(key: string): Promise<AuthorProfile | null>;
  /** Counts mentions by their authors, in order (one write per batch; an author may appear several times). */
  recordMany(entries: AuthorMentionRecord[]): Promise<void>;
  setWatched(key: string, name: string, watched: boolean, at: number): Promise<AuthorProfile>;
  listWatched(): Promise<AuthorProfile[]>;
  /** Deletes these profiles, watch included (`forget`); returns how many existed. */
  delete(keys: readonly string[]): Promise<number>;
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
  /**
   * Applies each entry's increments unless its `onceKey` was applied before (kept `ONCE_TTL_MS`), each entry
   * atomically with its key: a retry after a crash or a second replica never counts twice.
   */
  incrementOnce(entries: ReadonlyArray<{ onceKey: string; incs: CounterIncrement[] }>): Promise<void>;
  /** Hours of `series` in [fromMs, toMs), oldest first; hours with no counts are left out. */
  read(series: string, fromMs: number, toMs: number): Promise<HourlyCounts[]>;
  /** Deletes a whole series (a person's own counts, on `forget`); returns how many hours it had. */
  deleteSeries(series: string): Promise<number>;
}

/** A document as stored: its id, the schema version its body was written with, and the JSON body. */
export interface StoredDocument {
  id: string;
  version: number;
  body: unknown;
}

/** A document to write into a collection. */
export interface DocumentWrite {
  id: string;
  /** Schema version of `body`; readers upgrade older versions and refuse newer ones. */
  version: number;
  /** Any JSON-serialisable value; stored as JSON, so every read returns a fresh copy. */
  body: unknown;
  /** Secondary index values (`status` → `active`); a null or absent value leaves the document out of that index. */
  index?: Readonly<Record<string, string | null>>;
  /** The document is gone this many ms after the write; absent: kept until deleted. */
  ttlMs?: number;
}

/**
 * Versioned JSON documents in named collections (names: lower-case words joined by dashes). Reads
 * never see an expired document; every write is atomic on its own.
 */
export interface DocumentRepo {
  get(collection: string, id: string): Promise<StoredDocument | null>;
  /** The documents with these ids, in the same order (null where missing), batched: no round trip per id. */
  getMany(collection: string, ids: readonly string[]): Promise<Array<StoredDocument | null>>;
  /** Writes (replaces) a document and moves it in the indexes. */
  put(collection: string, doc: DocumentWrite): Promise<void>;
  /** Writes only when no live document has this id; true when this call wrote it. Atomic across replicas. */
  putIfAbsent(collection: string, doc: DocumentWrite): Promise<boolean>;
  delete(collection: string, id: string): Promise<void>;
  /** Every live document of a collection, in no particular order. */
  list(collection: string): Promise<StoredDocument[]>;
  /** The live documents whose `index` value is `value`, in no particular order; no scan of the collection. */
  find(collection: string, index: string, value: string): Promise<StoredDocument[]>;
  /** The next number of a sequence: 1, 2, 3…; atomic across replicas, never handed out twice. */
  nextId(sequence: string): Promise<number>;
}

/** Proof of holding a lock: the lock's key and this holder's random token. */
export interface LockLease {
  readonly key: string;
  readonly token: string;
}

/** Named locks with an owner token and an expiry, shared by every replica. */
export interface LockRepo {
  /** Takes lock `key` for `ttlMs` when it is free or expired; the lease, or null while another holder has it. */
  acquire(key: string, ttlMs: number): Promise<LockLease | null>;
  /** Frees the lock only if `lease` still owns it (atomic compare-and-delete); true when this call freed it. */
  release(lease: LockLease): Promise<boolean>;
}

/** Counters that expire: what a budget per time window needs. */
export interface TallyRepo {
  /**
   * Adds `by` (a whole number) to tally `key` in `scope` and returns the new total, atomically across replicas. A new tally
   * expires `ttlMs` after its first add (later adds don't extend it).
   */
  add(scope: string, key: string, by: number, ttlMs: number): Promise<number>;
}

/** Set-once keys without a value, for idempotency and "done once" markers (scopes are dashed names). */
export interface MarkRepo {
  /** Sets the mark unless it is set and live; true when this call set it. Atomic across replicas. */
  add(scope: string, key: string, ttlMs?: number): Promise<boolean>;
  /** True while the mark is set and not expired. */
  has(scope: string, key: string): Promise<boolean>;
  delete(scope: string, key: string): Promise<void>;
}

/** The store port: the embedded (file-backed) and the Redis backends implement it. */
export interface Store {
  readonly kind: "embedded" | "redis" | "memory";
  readonly mentions: MentionRepo;
  readonly cases: CaseRepo;
  readonly authors: AuthorRepo;
  readonly counters: CounterRepo;
  readonly docs: DocumentRepo;
  readonly locks: LockRepo;
  readonly tallies: TallyRepo;
  readonly marks: MarkRepo;
  readonly outbox: OutboxRepo;
  /** True when the store can be read and written. */
  healthy(): Promise<boolean>;
  /**
   * Makes what was replaced or deleted unrecoverable from the store's own files: the embedded store
   * rewrites its journal into a fresh snapshot; Redis has nothing to do (its persistence is the operator's).
   */
  purge(): Promise<void>;
  /** Flushes and closes; the store is unusable afterwards. */
  close(): Promise<void>;
}
