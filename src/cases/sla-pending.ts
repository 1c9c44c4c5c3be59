import { z } from "zod";
import type { Store } from "../ports/store.js";
import { Collection, type CollectionSpec } from "../state/collection.js";

/** A breach recorded but not yet told: kept until its channel's reminder is posted. */
export interface PendingBreach {
  channel: string;
  caseId: number;
  kind: "unclaimed" | "unresponded";
  /** When the wait began (opened, or the owner got the case). */
  since: number;
}

/** Breaches waiting for their reminder, one document each, indexed by channel; kept a day at most. */
export const SLA_PENDING: CollectionSpec<PendingBreach> = {
  name: "sla-pending",
  version: 1,
  schema: z.object({
    channel: z.string(),
    caseId: z.number().int(),
    kind: z.enum(["unclaimed", "unresponded"]),
    since: z.number(),
  }),
  index: (p) => ({ channel: p.channel }),
};

const TTL_MS = 86_400_000;

/**
 * Breaches between being recorded and being told: a reminder that fails to post is posted by the job's
 * retry (the breach itself is recorded once), and a reminder posted is forgotten.
 */
export class PendingBreaches {
  private readonly docs: Collection<PendingBreach>;

  constructor(store: Store) {
    this.docs = new Collection(store.docs, SLA_PENDING);
  }

  private static id(p: PendingBreach): string {
    return `${p.channel}:${p.caseId}:${p.kind}:${p.since}`;
  }

  async add(p: PendingBreach): Promise<void> {
    await this.docs.put(PendingBreaches.id(p), p, { ttlMs: TTL_MS });
  }

  /** The channel's untold breaches, oldest wait first. */
  async of(channel: string): Promise<PendingBreach[]> {
    return (await this.docs.find("channel", channel)).map((e) => e.doc).sort((a, b) => a.since - b.since);
  }

  async done(ps: readonly PendingBreach[]): Promise<void> {
    for (const p of ps) await this.docs.delete(PendingBreaches.id(p));
  }
}
