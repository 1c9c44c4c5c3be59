import type { StoredDocument } from "../../ports/store.js";
import type { DocOp, StoreOp } from "./ops.js";

/** A stored document: schema version, body as JSON text (every read parses a fresh copy), index values, expiry. */
interface DocEntry {
  v: number;
  json: string;
  i: Record<string, string> | null;
  exp: number | null;
}

type Expiring = { exp: number | null };
const live = (e: Expiring | undefined, nowMs: number): boolean =>
  e !== undefined && (e.exp === null || e.exp > nowMs);

/**
 * The embedded store's documents, sequences, marks and tallies, changed only through `apply`. Expired
 * entries read as absent and are dropped at the next snapshot.
 */
export class DocState {
  private readonly docs = new Map<string, Map<string, DocEntry>>();
  /** Collection → `index\0value` → ids. */
  private readonly indexes = new Map<string, Map<string, Set<string>>>();
  private readonly seqs = new Map<string, number>();
  private readonly marks = new Map<string, Map<string, number | null>>();
  private readonly tallies = new Map<string, { n: number; exp: number }>();

  apply(op: StoreOp): void {
    switch (op.t) {
      case "doc":
        this.putDoc(op);
        break;
      case "doc_del":
        this.removeDoc(op.c, op.id);
        break;
      case "seq":
        if (op.n > (this.seqs.get(op.name) ?? 0)) this.seqs.set(op.name, op.n);
        break;
      case "mark":
        inner(this.marks, op.s).set(op.k, op.exp);
        break;
      case "mark_del":
        this.marks.get(op.s)?.delete(op.k);
        break;
      case "tally":
        this.tallies.set(`${op.s}\n${op.k}`, { n: op.n, exp: op.exp });
        break;
    }
  }

  private putDoc(op: DocOp): void {
    this.removeDoc(op.c, op.id);
    const i = op.i && Object.keys(op.i).length ? op.i : null;
    inner(this.docs, op.c).set(op.id, { v: op.v, json: JSON.stringify(op.b), i, exp: op.exp });
    for (const [name, value] of Object.entries(i ?? {})) {
      const byValue = inner(this.indexes, op.c);
      const ids = byValue.get(`${name}\0${value}`);
      if (ids) ids.add(op.id);
      else byValue.set(`${name}\0${value}`, new Set([op.id]));
    }
  }

  private removeDoc(c: string, id: string): void {
    const old = this.docs.get(c)?.get(id);
    if (!old) return;
    this.docs.get(c)!.delete(id);
    for (const [name, value] of Object.entries(old.i ?? {}))
      this.indexes.get(c)?.get(`${name}\0${value}`)?.delete(id);
  }

  /** The live document, as a fresh copy. */
  doc(c: string, id: string, nowMs: number): StoredDocument | null {
    const e = this.docs.get(c)?.get(id);
    return e && live(e, nowMs) ? { id, version: e.v, body: JSON.parse(e.json) } : null;
  }

  /** Every live document of a collection. */
  list(c: string, nowMs: number): StoredDocument[] {
    return this.docsOf(c, this.docs.get(c)?.keys() ?? [], nowMs);
  }

  /** The live documents with this index value. */
  find(c: string, index: string, value: string, nowMs: number): StoredDocument[] {
    return this.docsOf(c, this.indexes.get(c)?.get(`${index}\0${value}`) ?? [], nowMs);
  }

  private docsOf(c: string, ids: Iterable<string>, nowMs: number): StoredDocument[] {
    const out: StoredDocument[] = [];
    for (const id of ids) {
      const d = this.doc(c, id, nowMs);
      if (d) out.push(d);
    }
    return out;
  }

  /** The last number a sequence handed out (0 before the first). */
  seq(name: string): number {
    return this.seqs.get(name) ?? 0;
  }

  hasMark(s: string, k: string, nowMs: number): boolean {
    const exp = this.marks.get(s)?.get(k);
    return exp !== undefined && live({ exp }, nowMs);
  }

  /** A live tally's total (0 when absent or expired) and expiry. */
  tally(s: string, k: string, nowMs: number): { n: number; exp: number } | null {
    const t = this.tallies.get(`${s}\n${k}`);
    return t && live(t, nowMs) ? t : null;
  }

  /** Drops expired documents, marks and tallies from memory. */
  sweep(nowMs: number): void {
    for (const [c, docs] of this.docs) for (const [id, e] of docs) if (!live(e, nowMs)) this.removeDoc(c, id);
    for (const marks of this.marks.values())
      for (const [k, exp] of marks) if (!live({ exp }, nowMs)) marks.delete(k);
    for (const [key, t] of this.tallies) if (!live(t, nowMs)) this.tallies.delete(key);
  }

  /** Every op needed to rebuild the live part of this state (for snapshots). */
  *snapshotOps(nowMs: number): Generator<StoreOp> {
    for (const [name, n] of this.seqs) yield { t: "seq", name, n };
    for (const [c, docs] of this.docs)
      for (const [id, e] of docs)
        if (live(e, nowMs))
          yield { t: "doc", c, id, v: e.v, b: JSON.parse(e.json), ...(e.i ? { i: e.i } : {}), exp: e.exp };
    for (const [s, marks] of this.marks)
      for (const [k, exp] of marks) if (live({ exp }, nowMs)) yield { t: "mark", s, k, exp };
    for (const [key, t] of this.tallies) {
      const at = key.indexOf("\n");
      if (live(t, nowMs)) yield { t: "tally", s: key.slice(0, at), k: key.slice(at + 1), n: t.n, exp: t.exp };
    }
  }
}

/** The inner map of `outer` at `key`, created when missing. */
function inner<V>(outer: Map<string, Map<string, V>>, key: string): Map<string, V> {
  const m = outer.get(key);
  if (m) return m;
  const fresh = new Map<string, V>();
  outer.set(key, fresh);
  return fresh;
}
