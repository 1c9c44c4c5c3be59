import type { Case } from "../../core/case.js";
import type { StoredMention } from "../../core/stored-mention.js";
import type { AuthorProfile, CounterIncrement } from "../../ports/store.js";

/** One state change of the embedded store: what the journal records and replay applies. */
export type StoreOp =
  | { t: "mention"; m: StoredMention }
  | { t: "mention_case"; id: string; caseId: number }
  | { t: "case"; c: Case }
  | { t: "author"; p: AuthorProfile }
  | { t: "count"; incs: CounterIncrement[] }
  | { t: "kv_set"; ns: string; k: string; v: unknown; exp: number | null }
  | { t: "kv_del"; ns: string; k: string };
