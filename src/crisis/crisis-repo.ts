import type { Store } from "../ports/store.js";
import { Collection, type CollectionSpec } from "../state/collection.js";
import { withLock } from "../state/with-lock.js";
import type { CrisisRun } from "./run.js";
import { CrisisRunSchema } from "./run-schema.js";

/** Crisis runs: one document each, by number, indexed by status and by room (channel id). */
export const CRISIS_RUNS: CollectionSpec<CrisisRun> = {
  name: "crisis-run",
  version: 1,
  schema: CrisisRunSchema,
  index: (run) => ({ status: run.status, room: run.room }),
};

/** The sequence crisis numbers come from. */
export const CRISIS_SEQUENCE = "crisis";

/** A crisis lock frees itself after 30 s should its holder die; others wait for it up to 30 s, trying every 20 ms. */
const LOCK = { ttlMs: 30_000, waitMs: 30_000, retryMs: 20 };

const newestFirst = (runs: CrisisRun[]) => runs.sort((a, b) => b.id - a.id);

/** Crisis runs in the store, numbered 1, 2, 3…, with a lock per crisis so replicas take turns. */
export class CrisisRepo {
  private readonly runs: Collection<CrisisRun>;
  private readonly local = new Map<number, Promise<unknown>>();

  constructor(private readonly store: Store) {
    this.runs = new Collection(store.docs, CRISIS_RUNS);
  }

  async get(id: number): Promise<CrisisRun | null> {
    return this.runs.get(String(id));
  }

  async save(run: CrisisRun): Promise<void> {
    await this.runs.put(String(run.id), run);
  }

  /** Every crisis ever, newest first (reads the whole history: for listings, not hot paths). */
  async list(): Promise<CrisisRun[]> {
    return newestFirst((await this.runs.list()).map((e) => e.doc));
  }

  /** Crises still running (proposed or active), newest first, through the status index. */
  async open(): Promise<CrisisRun[]> {
    const [proposed, active] = await Promise.all([
      this.runs.find("status", "proposed"),
      this.runs.find("status", "active"),
    ]);
    return newestFirst([...proposed, ...active].map((e) => e.doc));
  }

  /** Active crises, newest first, through the status index. */
  async active(): Promise<CrisisRun[]> {
    return newestFirst((await this.runs.find("status", "active")).map((e) => e.doc));
  }

  /** The crises whose room is `channel`, newest first, through the room index. */
  async inRoom(channel: string): Promise<CrisisRun[]> {
    return newestFirst((await this.runs.find("room", channel)).map((e) => e.doc));
  }

  /** Stores `make(id)` under the next number of an atomic sequence (two replicas never share one). */
  async create(make: (id: number) => CrisisRun): Promise<CrisisRun> {
    for (;;) {
      const run = make(await this.store.docs.nextId(CRISIS_SEQUENCE));
      // A number already taken (data older than the sequence) is skipped.
      if (await this.runs.putIfAbsent(String(run.id), run)) return run;
    }
  }

  /** Runs `fn` holding crisis `id`'s lock: in this process one at a time, across replicas via the store. */
  async withLock<T>(id: number, fn: () => Promise<T>): Promise<T> {
    const prev = this.local.get(id) ?? Promise.resolve();
    const next = prev.catch(() => {}).then(() => withLock(this.store.locks, `crisis:${id}`, LOCK, fn));
    this.local.set(id, next);
    try {
      return await next;
    } finally {
      if (this.local.get(id) === next) this.local.delete(id);
    }
  }
}
