import { FLOOD_MEMBERS } from "../cases/flood-repo.js";
import { ALERT_REFS, THREAD_MARKS } from "../cases/message-refs.js";
import { MUTES } from "../cases/mutes.js";
import { SLA_DONE_MARKS } from "../cases/sla.js";
import { CRISIS_RUNS, CRISIS_SEQUENCE } from "../crisis/crisis-repo.js";
import { CRISIS_ROLES } from "../crisis/role-repo.js";
import { COOLDOWN_MARKS } from "../crisis/triggers.js";
import { POLL_STATES } from "../ingest/poll-state.js";
import { DIGEST_MARKS } from "../kpi/digest.js";
import { LAST_SURGES, SURGE_MARKS } from "../kpi/surge-state.js";
import type { CollectionSpec } from "../state/collection.js";
import { DELAYED_JOBS } from "./memory/delayed-jobs.js";

/**
 * Where one entry of the old generic key-value store goes: a document (old values have the shapes of
 * each collection's version 1), a mark, or a sequence that must start above the numbers already used.
 * Expiry is the caller's: an entry keeps the time it had left.
 */
export type LegacyTarget =
  | {
      kind: "doc";
      collection: string;
      id: string;
      version: 1;
      body: unknown;
      index: Record<string, string | null> | undefined;
    }
  | { kind: "mark"; scope: string; key: string }
  | { kind: "sequence"; name: string; atLeast: number };

/** Scope of the dispatcher's request idempotency marks (its `REQUEST_NS`, the same word as the old namespace). */
const REQUEST_MARKS = "request";

/** The old namespaces whose entries become marks, and their scopes. */
const MARK_SCOPES: Record<string, string> = {
  request: REQUEST_MARKS,
  "sla:done": SLA_DONE_MARKS,
  "alert:thread": THREAD_MARKS,
  digest: DIGEST_MARKS,
  "crisis:cooldown": COOLDOWN_MARKS,
};

/** A document target, with its index values when the body passes the collection's schema. */
function doc<T>(spec: CollectionSpec<T>, id: string, body: unknown): LegacyTarget {
  const parsed = spec.index ? spec.schema.safeParse(body) : null;
  const index = parsed?.success && spec.index ? spec.index(parsed.data) : undefined;
  return { kind: "doc", collection: spec.name, id, version: 1, body, index };
}

/** The old namespaces whose entries become documents, and how (`key` and `value` of the old entry). */
const DOCS: Record<string, (key: string, value: unknown) => LegacyTarget[]> = {
  "crisis:run": (k, v) => [
    doc(CRISIS_RUNS, k, v),
    { kind: "sequence", name: CRISIS_SEQUENCE, atLeast: Number(k) || 0 },
  ],
  "crisis:role": (k, v) => [doc(CRISIS_ROLES, k, v)],
  poll: (k, v) => [doc(POLL_STATES, k, v)],
  "alert:ref": (k, v) => [doc(ALERT_REFS, k, v)],
  "jobs:delayed": (k, v) => [doc(DELAYED_JOBS, k, v)],
  mute: (k, v) => [doc(MUTES, k, { until: v })],
  "kpi:surge": (k, v) =>
    k.startsWith("last:")
      ? [doc(LAST_SURGES, k.slice("last:".length), v)]
      : [{ kind: "mark", scope: SURGE_MARKS, key: k }],
};

/** An old flood group member (namespace `alert:flood:<channel>:<minute>`, key = value = case number). */
function floodMember(ns: string, key: string): LegacyTarget {
  const group = ns.slice("alert:flood:".length);
  const at = group.lastIndexOf(":");
  const member = { channel: group.slice(0, at), bucket: Number(group.slice(at + 1)), caseId: Number(key) };
  return doc(FLOOD_MEMBERS, `${group}:${key}`, member);
}

/**
 * The new home of old entry `key` = `value` in namespace `ns`; empty for what is dropped: locks (their
 * holders are gone after an upgrade) and namespaces this version does not know.
 */
export function legacyTargets(ns: string, key: string, value: unknown): LegacyTarget[] {
  const scope = MARK_SCOPES[ns];
  if (scope) return [{ kind: "mark", scope, key }];
  const toDocs = DOCS[ns];
  if (toDocs) return toDocs(key, value);
  return ns.startsWith("alert:flood:") ? [floodMember(ns, key)] : [];
}

/** True for old namespaces that are dropped on purpose (locks), as opposed to unknown ones. */
export function isLegacyLock(ns: string): boolean {
  return ns === "crisis:lock" || ns === "poll-lock";
}
