import { legacyTargets } from "../legacy-kv.js";
import { indexEntries } from "../store-names.js";
import type { StoreOp } from "./ops.js";

type LegacyOp = Extract<StoreOp, { t: "kv_set" | "kv_del" }>;

/**
 * What an old `kv_set` or `kv_del` op of a journal or snapshot means now: document, mark and sequence
 * ops (see legacy-kv.ts); empty for what is dropped (locks, unknown namespaces). Expiry is kept.
 */
export function translateLegacyOp(op: LegacyOp): StoreOp[] {
  if (op.t === "kv_del")
    return legacyTargets(op.ns, op.k, null).flatMap((t): StoreOp[] => {
      if (t.kind === "doc") return [{ t: "doc_del", c: t.collection, id: t.id }];
      return t.kind === "mark" ? [{ t: "mark_del", s: t.scope, k: t.key }] : [];
    });
  return legacyTargets(op.ns, op.k, op.v).map((t): StoreOp => {
    if (t.kind === "sequence") return { t: "seq", name: t.name, n: t.atLeast };
    if (t.kind === "mark") return { t: "mark", s: t.scope, k: t.key, exp: op.exp };
    const index = indexEntries(t.index);
    return {
      t: "doc",
      c: t.collection,
      id: t.id,
      v: t.version,
      b: t.body,
      ...(index.length ? { i: Object.fromEntries(index) } : {}),
      exp: op.exp,
    };
  });
}
