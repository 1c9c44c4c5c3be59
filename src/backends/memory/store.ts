import type { Case } from "../../core/case.js";
import { privateDir } from "../../core/private-files.js";
import type { InsertOutcome, StoredMention } from "../../core/stored-mention.js";
import { type Clock, systemClock } from "../../ports/clock.js";
import {
  type AuthorProfile,
  type AuthorRepo,
  type CaseRepo,
  type CounterRepo,
  type DocumentRepo,
  type InsertOptions,
  type LockRepo,
  type MarkRepo,
  type MentionRepo,
  ONCE_SCOPES,
  ONCE_TTL_MS,
  type OutboxRepo,
  type Store,
  type TallyRepo,
} from "../../ports/store.js";
import { memoryDocumentRepo, memoryLockRepo, memoryMarkRepo, memoryTallyRepo } from "./doc-repos.js";
import { Journal } from "./journal.js";
import { acquireDirLock } from "./lock.js";
import type { StoreOp } from "./ops.js";
import { countAuthorMention, newAuthor, summed } from "./records.js";
import { MemoryState } from "./state.js";

/** Expired documents, marks and tallies are dropped from memory once per this many commits. */
const SWEEP_EVERY_COMMITS = 10_000;

export interface EmbeddedStoreConfig {
  /** Folder for the journal and snapshots; null keeps everything in memory (tests, benchmarks). */
  dataDir: string | null;
  /** Compact the journal into a snapshot once it grows past this many bytes. */
  compactBytes?: number;
  clock?: Clock;
}

/**
 * The embedded store: state in memory, every change written ahead to a journal in `dataDir`.
 * Single process: a lock file keeps a second process off the same folder.
 */
export class EmbeddedStore implements Store {
  readonly kind;
  private readonly state = new MemoryState();
  private readonly journal: Journal | null;
  private readonly unlock: () => void;
  private readonly clock: Clock;
  private readonly compactBytes: number;
  private closed = false;
  private commitsSinceSweep = 0;
  readonly docs: DocumentRepo;
  readonly marks: MarkRepo;
  readonly tallies: TallyRepo;
  readonly locks: LockRepo;

  constructor(config: EmbeddedStoreConfig) {
    this.clock = config.clock ?? systemClock;
    this.compactBytes = config.compactBytes ?? 256 * 1024 * 1024;
    if (config.dataDir) {
      privateDir(config.dataDir);
      this.unlock = acquireDirLock(config.dataDir);
      try {
        this.journal = Journal.open(config.dataDir, (op) => this.state.apply(op));
        // Data from before the typed repositories was translated on replay: rewrite it in today's format.
        if (this.state.legacyOps > 0) this.journal.compact(this.state.snapshotOps(this.clock.now()));
      } catch (err) {
        this.unlock();
        throw err;
      }
      this.kind = "embedded" as const;
    } else {
      this.journal = null;
      this.unlock = () => {};
      this.kind = "memory" as const;
    }
    const primitives = {
      state: this.state.docs,
      commit: (ops: StoreOp[]) => this.commit(ops),
      clock: this.clock,
    };
    this.docs = memoryDocumentRepo(primitives);
    this.marks = memoryMarkRepo(primitives);
    this.tallies = memoryTallyRepo(primitives);
    this.locks = memoryLockRepo(this.clock);
  }

  private commit(ops: StoreOp[]): void {
    if (this.closed) throw new Error("store is closed");
    this.journal?.append(ops);
    for (const op of ops) this.state.apply(op);
    if (++this.commitsSinceSweep >= SWEEP_EVERY_COMMITS) {
      this.commitsSinceSweep = 0;
      this.state.docs.sweep(this.clock.now());
    }
    if (this.journal && this.journal.bytes > this.compactBytes)
      this.journal.compact(this.state.snapshotOps(this.clock.now()));
  }

  readonly mentions: MentionRepo = {
    insertMany: async (mentions: StoredMention[], options: InsertOptions = {}): Promise<InsertOutcome[]> => {
      const ops: StoreOp[] = [];
      const ob = options.outbox ? this.clock.now() : undefined;
      const out: InsertOutcome[] = [];
      const claimed = new Map<string, string>();
      for (const m of mentions) {
        let dup: { key: string; of: string } | null = null;
        for (const key of m.dedupeKeys) {
          const of = this.state.dedupe.get(key) ?? claimed.get(key);
          if (of !== undefined) {
            dup = { key, of };
            break;
          }
        }
        if (dup) {
          out.push({ status: "duplicate", id: m.id, duplicateOf: dup.of, key: dup.key });
          continue;
        }
        for (const key of m.dedupeKeys) claimed.set(key, m.id);
        ops.push(ob === undefined ? { t: "mention", m } : { t: "mention", m, ob });
        out.push({ status: "accepted", id: m.id });
      }
      this.commit(ops);
      return out;
    },
    get: async (id) => this.state.mentions.get(id) ?? null,
    setCase: async (id, caseId) => this.commit([{ t: "mention_case", id, caseId }]),
    setCorrection: async (id, c) => {
      if (!this.state.mentions.has(id)) return false;
      this.commit([{ t: "mention_correction", id, c }]);
      return true;
    },
    listCorrected: async () =>
      [...this.state.corrected]
        .map((id) => this.state.mentions.get(id))
        .filter((m): m is StoredMention => m?.correction != null)
        .sort((a, b) => a.correction!.at - b.correction!.at),
    range: async (fromMs, toMs, limit = Number.POSITIVE_INFINITY) => this.state.range(fromMs, toMs, limit),
    count: async () => this.state.mentions.size,
    scan: (fromMs, toMs, pageSize) => this.scan(fromMs, toMs, pageSize),
    replace: async (mentions) => {
      const known = mentions.filter((m) => this.state.mentions.has(m.id));
      this.commit(known.map((m) => ({ t: "mention_replace" as const, m: structuredClone(m) })));
      return known.length;
    },
  };

  /** Pages of the mentions in a time range, taken from a copy of the range: writes during the scan are safe. */
  private async *scan(fromMs: number, toMs: number, pageSize: number): AsyncGenerator<StoredMention[]> {
    const all = this.state.range(fromMs, toMs, Number.POSITIVE_INFINITY);
    for (let i = 0; i < all.length; i += pageSize)
      yield all.slice(i, i + pageSize).map((m) => structuredClone(m));
  }

  readonly cases: CaseRepo = {
    create: async (init: Omit<Case, "id">) => {
      const c: Case = { ...init, id: this.state.maxCaseId + 1 };
      this.commit([{ t: "case", c }]);
      return c;
    },
    openOnce: async (init: Omit<Case, "id">) => {
      const had = this.state.caseByMention.get(init.mentionId);
      const existing = had === undefined ? undefined : this.state.cases.get(had);
      if (existing) return { case: existing, created: false };
      const c: Case = { ...init, id: this.state.maxCaseId + 1 };
      const ops: StoreOp[] = [
        { t: "case", c },
        { t: "mention_case", id: c.mentionId, caseId: c.id },
      ];
      this.commit([{ t: "tx", ops }]);
      return { case: c, created: true };
    },
    get: async (id) => this.state.cases.get(id) ?? null,
    compareAndSet: async (next: Case) => {
      const cur = this.state.cases.get(next.id);
      if (!cur || cur.version !== next.version - 1) return false;
      this.commit([{ t: "case", c: next }]);
      return true;
    },
    listOpen: async () =>
      [...this.state.cases.values()]
        .filter((c) => c.status === "new" || c.status === "claimed" || c.status === "responded")
        .sort((a, b) => a.openedAt - b.openedAt || a.id - b.id),
    openedBetween: async (fromMs, toMs) =>
      [...this.state.cases.values()].filter((c) => c.openedAt >= fromMs && c.openedAt < toMs),
  };

  readonly authors: AuthorRepo = {
    get: async (key) => this.state.authors.get(key) ?? null,
    recordMany: async (entries) => {
      const changed = new Map<string, AuthorProfile>();
      const marks = this.onceMarks(ONCE_SCOPES.authors, entries);
      for (const e of entries) {
        if (e.onceKey !== undefined && !marks.fresh.has(e)) continue;
        changed.set(e.key, countAuthorMention(changed.get(e.key) ?? this.state.authors.get(e.key), e));
      }
      const ops = [...marks.ops, ...[...changed.values()].map((p) => ({ t: "author" as const, p }))];
      this.commit(marks.ops.length ? [{ t: "tx", ops }] : ops);
    },
    setWatched: async (key, name, watched, at) => {
      const p = this.state.authors.get(key) ?? newAuthor(key, name, at);
      const next = { ...p, watched };
      this.commit([{ t: "author", p: next }]);
      return next;
    },
    listWatched: async () => [...this.state.authors.values()].filter((p) => p.watched),
    delete: async (keys) => {
      const known = [...new Set(keys)].filter((k) => this.state.authors.has(k));
      this.commit(known.map((key) => ({ t: "author_del" as const, key })));
      return known.length;
    },
  };

  readonly counters: CounterRepo = {
    increment: async (incs) => this.commit(incs.length ? [{ t: "count", incs }] : []),
    incrementOnce: async (entries) => {
      const marks = this.onceMarks(ONCE_SCOPES.counters, entries);
      const incs = summed(entries.filter((e) => marks.fresh.has(e)).flatMap((e) => e.incs));
      if (marks.ops.length) this.commit([{ t: "tx", ops: [...marks.ops, { t: "count", incs }] }]);
    },
    read: async (series, fromMs, toMs) => this.state.readCounts(series, fromMs, toMs),
    deleteSeries: async (series) => {
      const hours = this.state.counters.get(series)?.size ?? 0;
      if (hours) this.commit([{ t: "series_del", series }]);
      return hours;
    },
  };

  async purge(): Promise<void> {
    if (this.closed) throw new Error("store is closed");
    this.journal?.compact(this.state.snapshotOps(this.clock.now()));
  }

  readonly outbox: OutboxRepo = {
    pending: async (limit, olderThanMs = Number.POSITIVE_INFINITY) => {
      const out: Array<{ id: string; at: number }> = [];
      for (const [id, at] of this.state.outbox) if (at <= olderThanMs) out.push({ id, at });
      return out.sort((a, b) => a.at - b.at).slice(0, limit);
    },
    done: async (ids) => {
      const present = ids.filter((id) => this.state.outbox.has(id));
      if (present.length) this.commit([{ t: "outbox_done", ids: present }]);
    },
    count: async () => this.state.outbox.size,
  };

  /**
   * The entries whose once-key is not applied yet (the first of repeated keys only), and the mark ops that
   * record them; entries without a key are left to the caller.
   */
  private onceMarks<E extends { onceKey?: string }>(
    scope: string,
    entries: readonly E[],
  ): { fresh: Set<E>; ops: StoreOp[] } {
    const now = this.clock.now();
    const fresh = new Set<E>();
    const keys = new Set<string>();
    const ops: StoreOp[] = [];
    for (const e of entries) {
      const k = e.onceKey;
      if (k === undefined || keys.has(k) || this.state.docs.hasMark(scope, k, now)) continue;
      keys.add(k);
      fresh.add(e);
      ops.push({ t: "mark", s: scope, k, exp: now + ONCE_TTL_MS });
    }
    return { fresh, ops };
  }

  async healthy(): Promise<boolean> {
    return !this.closed;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.journal?.close();
    this.unlock();
  }
}

/** The embedded store factory (`dataDir: null` for a memory-only store). */
export function createEmbeddedStore(config: EmbeddedStoreConfig): EmbeddedStore {
  return new EmbeddedStore(config);
}
