import type { Case } from "../../core/case.js";
import type { StoredMention } from "../../core/stored-mention.js";
import type { AuthorProfile, HourlyCounts } from "../../ports/store.js";
import { DocState } from "./doc-state.js";
import { translateLegacyOp } from "./legacy-ops.js";
import type { StoreOp } from "./ops.js";

/** The embedded store's whole state, in memory; changed only through `apply`. */
export class MemoryState {
  readonly mentions = new Map<string, StoredMention>();
  readonly dedupe = new Map<string, string>();
  /** Ids of the mentions that carry a correction (no scan of every mention to export them). */
  readonly corrected = new Set<string>();
  readonly cases = new Map<number, Case>();
  /** Mention id → the number of its case (the first case opened for it). */
  readonly caseByMention = new Map<string, number>();
  /** Outbox: mention id → when it was put there (its effects are not confirmed done). */
  readonly outbox = new Map<string, number>();
  readonly authors = new Map<string, AuthorProfile>();
  readonly counters = new Map<string, Map<number, Record<string, number>>>();
  /** Documents, sequences, marks and tallies. */
  readonly docs = new DocState();
  /** Mentions ordered by `at`; re-sorted lazily after out-of-order inserts. */
  private byTime: StoredMention[] = [];
  private byTimeSorted = true;
  maxCaseId = 0;
  /** Ops of the old key-value format replayed (translated) since start: the files want rewriting. */
  legacyOps = 0;

  apply(op: StoreOp): void {
    switch (op.t) {
      case "mention": {
        this.mentions.set(op.m.id, op.m);
        for (const k of op.m.dedupeKeys) if (!this.dedupe.has(k)) this.dedupe.set(k, op.m.id);
        const last = this.byTime[this.byTime.length - 1];
        if (last && last.at > op.m.at) this.byTimeSorted = false;
        this.byTime.push(op.m);
        if (op.m.correction) this.corrected.add(op.m.id);
        if (op.ob !== undefined) this.outbox.set(op.m.id, op.ob);
        if (op.m.caseId !== null) this.caseByMention.set(op.m.id, op.m.caseId);
        return;
      }
      case "outbox_done":
        for (const id of op.ids) this.outbox.delete(id);
        return;
      case "tx":
        for (const o of op.ops) this.apply(o);
        return;
      case "mention_case": {
        const m = this.mentions.get(op.id);
        if (m) m.caseId = op.caseId;
        this.caseByMention.set(op.id, op.caseId);
        return;
      }
      case "mention_correction": {
        const m = this.mentions.get(op.id);
        if (!m) return;
        m.correction = op.c;
        this.corrected.add(op.id);
        return;
      }
      case "mention_replace":
        this.replaceMention(op.m);
        return;
      case "author_del":
        this.authors.delete(op.key);
        return;
      case "series_del":
        this.counters.delete(op.series);
        return;
      case "case":
        this.cases.set(op.c.id, op.c);
        if (op.c.id > this.maxCaseId) this.maxCaseId = op.c.id;
        if (!this.caseByMention.has(op.c.mentionId)) this.caseByMention.set(op.c.mentionId, op.c.id);
        return;
      case "author":
        this.authors.set(op.p.key, op.p);
        return;
      case "count":
        for (const inc of op.incs) {
          let series = this.counters.get(inc.series);
          if (!series) {
            series = new Map();
            this.counters.set(inc.series, series);
          }
          let fields = series.get(inc.hourMs);
          if (!fields) {
            fields = {};
            series.set(inc.hourMs, fields);
          }
          fields[inc.field] = (fields[inc.field] ?? 0) + inc.by;
        }
        return;
      case "kv_set":
      case "kv_del":
        this.legacyOps++;
        for (const o of translateLegacyOp(op)) this.docs.apply(o);
        return;
      default:
        this.docs.apply(op);
    }
  }

  /** Rewrites a stored mention in place (the time index holds the same object), releasing dropped dedupe keys. */
  private replaceMention(next: StoredMention): void {
    const cur = this.mentions.get(next.id);
    if (!cur) return;
    const kept = new Set(next.dedupeKeys);
    for (const k of cur.dedupeKeys) if (!kept.has(k) && this.dedupe.get(k) === cur.id) this.dedupe.delete(k);
    Object.assign(cur, next, { at: cur.at, caseId: cur.caseId });
  }

  /** Mentions with `at` in [fromMs, toMs), by binary search over the time index. */
  range(fromMs: number, toMs: number, limit: number): StoredMention[] {
    if (!this.byTimeSorted) {
      this.byTime.sort((a, b) => a.at - b.at);
      this.byTimeSorted = true;
    }
    const arr = this.byTime;
    let lo = 0;
    let hi = arr.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (arr[mid]!.at < fromMs) lo = mid + 1;
      else hi = mid;
    }
    const out: StoredMention[] = [];
    for (let i = lo; i < arr.length && out.length < limit; i++) {
      const m = arr[i]!;
      if (m.at >= toMs) break;
      out.push(m);
    }
    return out;
  }

  readCounts(series: string, fromMs: number, toMs: number): HourlyCounts[] {
    const s = this.counters.get(series);
    if (!s) return [];
    const out: HourlyCounts[] = [];
    for (const [hourMs, fields] of s)
      if (hourMs >= fromMs && hourMs < toMs) out.push({ hourMs, fields: { ...fields } });
    return out.sort((a, b) => a.hourMs - b.hourMs);
  }

  /** Every op needed to rebuild this state (for snapshots). */
  *snapshotOps(now: number): Generator<StoreOp> {
    for (const m of this.byTime) {
      const ob = this.outbox.get(m.id);
      yield ob === undefined ? { t: "mention", m } : { t: "mention", m, ob };
    }
    for (const c of this.cases.values()) yield { t: "case", c };
    for (const p of this.authors.values()) yield { t: "author", p };
    for (const [series, hours] of this.counters)
      for (const [hourMs, fields] of hours)
        yield {
          t: "count",
          incs: Object.entries(fields).map(([field, by]) => ({ series, hourMs, field, by })),
        };
    yield* this.docs.snapshotOps(now);
  }
}
