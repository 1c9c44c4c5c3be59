import type { KeyValueRepo } from "../ports/store.js";
import type { CrisisRun } from "./run.js";

/** kv namespace: crisis id → its run. */
export const RUN_NS = "crisis:run";
const LOCK_NS = "crisis:lock";
const LOCK_TTL_MS = 30_000;
const LOCK_WAIT_MS = 20;
const LOCK_TRIES = 1500;

/** Crisis runs in the kv store, numbered 1, 2, 3…, with a lock per crisis so replicas take turns. */
export class CrisisRepo {
  private readonly local = new Map<number, Promise<unknown>>();

  constructor(private readonly kv: KeyValueRepo) {}

  async get(id: number): Promise<CrisisRun | null> {
    return this.kv.get<CrisisRun>(RUN_NS, String(id));
  }

  async save(run: CrisisRun): Promise<void> {
    await this.kv.set(RUN_NS, String(run.id), run);
  }

  /** Every crisis, newest first. */
  async list(): Promise<CrisisRun[]> {
    return (await this.kv.entries<CrisisRun>(RUN_NS)).map(([, r]) => r).sort((a, b) => b.id - a.id);
  }

  /** Stores `make(id)` under the next free number (atomic: two replicas never share one). */
  async create(make: (id: number) => CrisisRun): Promise<CrisisRun> {
    let id = (await this.kv.entries(RUN_NS)).reduce((m, [k]) => Math.max(m, Number(k) || 0), 0) + 1;
    for (;;) {
      const run = make(id);
      if (await this.kv.setIfAbsent(RUN_NS, String(id), run)) return run;
      id++;
    }
  }

  /** Runs `fn` holding crisis `id`'s lock: in this process one at a time, across replicas via the store. */
  async withLock<T>(id: number, fn: () => Promise<T>): Promise<T> {
    const prev = this.local.get(id) ?? Promise.resolve();
    const next = prev.catch(() => {}).then(() => this.crossProcess(id, fn));
    this.local.set(id, next);
    try {
      return await next;
    } finally {
      if (this.local.get(id) === next) this.local.delete(id);
    }
  }

  private async crossProcess<T>(id: number, fn: () => Promise<T>): Promise<T> {
    const token = `${process.pid}-${Math.random().toString(36).slice(2)}`;
    for (let i = 0; !(await this.kv.setIfAbsent(LOCK_NS, String(id), token, LOCK_TTL_MS)); i++) {
      if (i >= LOCK_TRIES) throw new Error(`crisis ${id} stayed locked`);
      await new Promise((r) => setTimeout(r, LOCK_WAIT_MS));
    }
    try {
      return await fn();
    } finally {
      if ((await this.kv.get<string>(LOCK_NS, String(id))) === token)
        await this.kv.delete(LOCK_NS, String(id));
    }
  }
}
