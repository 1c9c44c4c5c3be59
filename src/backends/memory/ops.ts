import type { Case } from "../../core/case.js";
import type { MentionCorrection } from "../../core/correction.js";
import type { StoredMention } from "../../core/stored-mention.js";
import type { AuthorProfile, CounterIncrement } from "../../ports/store.js";

/** A document write as journaled: collection, id, schema version, body, index values, expiry (epoch ms). */
export interface DocOp {
  t: "doc";
  c: string;
  id: string;
  v: number;
  b: unknown;
  i?: Record<string, string>;
  exp: number | null;
}

/** One state change of the embedded store: what the journal records and replay applies. */
export type StoreOp =
  /** A mention stored; `ob`: also put in the outbox at that time (epoch ms), in the same line. */
  | { t: "mention"; m: StoredMention; ob?: number }
  /** Outbox entries whose effects are done. */
  | { t: "outbox_done"; ids: string[] }
  /** Ops that apply together or not at all: one journal line, so a torn write drops all of them. */
  | { t: "tx"; ops: StoreOp[] }
  | { t: "mention_case"; id: string; caseId: number }
  /** A person's correction of a stored mention's analysis (replaces an earlier one). */
  | { t: "mention_correction"; id: string; c: MentionCorrection }
  /** A stored mention's new version (retention, `forget`): `at` and the case link stay. */
  | { t: "mention_replace"; m: StoredMention }
  | { t: "author_del"; key: string }
  | { t: "series_del"; series: string }
  | { t: "case"; c: Case }
  | { t: "author"; p: AuthorProfile }
  | { t: "count"; incs: CounterIncrement[] }
  | DocOp
  | { t: "doc_del"; c: string; id: string }
  /** A sequence moved up to `n` (never down). */
  | { t: "seq"; name: string; n: number }
  | { t: "mark"; s: string; k: string; exp: number | null }
  | { t: "mark_del"; s: string; k: string }
  /** A tally's new total. */
  | { t: "tally"; s: string; k: string; n: number; exp: number }
  /** Written by versions before the typed repositories; replay translates them (legacy-kv.ts). */
  | { t: "kv_set"; ns: string; k: string; v: unknown; exp: number | null }
  | { t: "kv_del"; ns: string; k: string };
