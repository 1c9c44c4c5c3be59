import { randomUUID } from "node:crypto";
import type { Clock } from "../../ports/clock.js";
import type { DocumentRepo, DocumentWrite, LockRepo, MarkRepo, TallyRepo } from "../../ports/store.js";
import { checkName, indexEntries } from "../store-names.js";
import type { DocState } from "./doc-state.js";
import type { DocOp, StoreOp } from "./ops.js";

/** What the embedded primitives share: the state, the journaled commit, and the clock for expiry. */
export interface DocRepoDeps {
  state: DocState;
  commit: (ops: StoreOp[]) => void;
  clock: Clock;
}

const expiry = (clock: Clock, ttlMs: number | undefined): number | null =>
  ttlMs ? clock.now() + Math.max(1, Math.round(ttlMs)) : null;

function docOp(clock: Clock, c: string, d: DocumentWrite): DocOp {
  const index = indexEntries(d.index);
  return {
    t: "doc",
    c: checkName("collection", c),
    id: d.id,
    v: d.version,
    b: d.body,
    ...(index.length ? { i: Object.fromEntries(index) } : {}),
    exp: expiry(clock, d.ttlMs),
  };
}

/** Documents of the embedded store: in memory, every write journaled. */
export function memoryDocumentRepo({ state, commit, clock }: DocRepoDeps): DocumentRepo {
  const coll = (c: string) => checkName("collection", c);
  return {
    get: async (c, id) => state.doc(coll(c), id, clock.now()),
    getMany: async (c, ids) => ids.map((id) => state.doc(coll(c), id, clock.now())),
    put: async (c, d) => commit([docOp(clock, c, d)]),
    putIfAbsent: async (c, d) => {
      if (state.doc(coll(c), d.id, clock.now())) return false;
      commit([docOp(clock, c, d)]);
      return true;
    },
    delete: async (c, id) => commit([{ t: "doc_del", c: coll(c), id }]),
    list: async (c) => state.list(coll(c), clock.now()),
    find: async (c, index, value) => state.find(coll(c), checkName("index", index), value, clock.now()),
    nextId: async (name) => {
      const n = state.seq(checkName("sequence", name)) + 1;
      commit([{ t: "seq", name, n }]);
      return n;
    },
  };
}

/** Marks of the embedded store. */
export function memoryMarkRepo({ state, commit, clock }: DocRepoDeps): MarkRepo {
  const scope = (s: string) => checkName("mark scope", s);
  return {
    add: async (s, k, ttlMs) => {
      if (state.hasMark(scope(s), k, clock.now())) return false;
      commit([{ t: "mark", s, k, exp: expiry(clock, ttlMs) }]);
      return true;
    },
    has: async (s, k) => state.hasMark(scope(s), k, clock.now()),
    delete: async (s, k) => commit([{ t: "mark_del", s: scope(s), k }]),
  };
}

/** Tallies of the embedded store. */
export function memoryTallyRepo({ state, commit, clock }: DocRepoDeps): TallyRepo {
  return {
    add: async (s, k, by, ttlMs) => {
      const cur = state.tally(checkName("tally scope", s), k, clock.now());
      const n = (cur?.n ?? 0) + by;
      commit([{ t: "tally", s, k, n, exp: cur?.exp ?? clock.now() + Math.max(1, Math.round(ttlMs)) }]);
      return n;
    },
  };
}

/**
 * Locks of the embedded store: in memory only, never journaled (one process owns the data dir, so a
 * restart means every holder is gone).
 */
export function memoryLockRepo(clock: Clock): LockRepo {
  const held = new Map<string, { token: string; exp: number }>();
  return {
    acquire: async (key, ttlMs) => {
      const cur = held.get(key);
      if (cur && cur.exp > clock.now()) return null;
      const lease = { key, token: randomUUID() };
      held.set(key, { token: lease.token, exp: clock.now() + Math.max(1, ttlMs) });
      return lease;
    },
    release: async (lease) => {
      const cur = held.get(lease.key);
      if (!cur || cur.token !== lease.token) return false;
      held.delete(lease.key);
      return cur.exp > clock.now();
    },
  };
}
