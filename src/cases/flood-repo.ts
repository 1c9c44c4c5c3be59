import { z } from "zod";
import type { MessageRef } from "../ports/chat.js";
import type { Store } from "../ports/store.js";
import { Collection, type CollectionSpec } from "../state/collection.js";
import { MessageRefSchema } from "../state/message-ref.js";

/** One flood group: the alerts of a channel past its per-minute limit, in one minute. */
export interface FloodGroup {
  channel: string;
  /** The minute: epoch ms / 60,000, floored. */
  bucket: number;
}

/** One case held back in a flood group. */
export interface FloodMember {
  channel: string;
  bucket: number;
  caseId: number;
}

/** Cases held in flood groups, one document each (`<channel>:<minute>:<case>`), indexed by group. */
export const FLOOD_MEMBERS: CollectionSpec<FloodMember> = {
  name: "alert-flood",
  version: 1,
  schema: z.object({ channel: z.string(), bucket: z.number().int(), caseId: z.number().int() }),
  index: (m) => ({ group: groupKey(m) }),
};

/** How a case's alert goes out, decided once: alone (`group` null) or in a flood group. */
export interface FloodDecision {
  group: FloodGroup | null;
}

/** Each case's decision, so a retry after a crash follows it instead of counting the alert again. */
export const FLOOD_DECISIONS: CollectionSpec<FloodDecision> = {
  name: "alert-flood-decision",
  version: 1,
  schema: z.object({
    group: z.object({ channel: z.string(), bucket: z.number().int() }).nullable(),
  }),
};

/** Each channel's latest flood summary (by channel id): SLA reminders thread under it. */
export const FLOOD_SUMMARIES: CollectionSpec<MessageRef> = {
  name: "alert-flood-summary",
  version: 1,
  schema: MessageRefSchema,
};

/** Tally scope of the alerts counted per channel and minute. */
export const FLOOD_TALLY = "alert-flood";

const MINUTE_MS = 60_000;
/** Members are kept a day, for "Show all". */
const MEMBER_TTL_MS = 86_400_000;

function groupKey(g: FloodGroup): string {
  return `${g.channel}:${g.bucket}`;
}

/** The flood budget and groups in the store, so every replica counts against the same per-minute limit. */
export class FloodRepo {
  private readonly members: Collection<FloodMember>;
  private readonly decisions: Collection<FloodDecision>;
  private readonly summaries: Collection<MessageRef>;

  constructor(private readonly store: Store) {
    this.members = new Collection(store.docs, FLOOD_MEMBERS);
    this.decisions = new Collection(store.docs, FLOOD_DECISIONS);
    this.summaries = new Collection(store.docs, FLOOD_SUMMARIES);
  }

  /** The decision recorded for a case, if any. */
  async decision(caseId: number): Promise<FloodDecision | null> {
    return this.decisions.get(String(caseId));
  }

  /** Records a case's decision unless one exists; the decision that holds (this one or the earlier). */
  async decide(caseId: number, d: FloodDecision): Promise<FloodDecision> {
    if (await this.decisions.putIfAbsent(String(caseId), d, { ttlMs: MEMBER_TTL_MS })) return d;
    return (await this.decision(caseId)) ?? d;
  }

  /** How many alerts the group's channel and minute have used so far, without counting one more. */
  async used(group: FloodGroup): Promise<number> {
    return this.store.tallies.add(FLOOD_TALLY, groupKey(group), 0, 2 * MINUTE_MS);
  }

  /** Remembers the latest summary posted in a channel (kept a day). */
  async setLatestSummary(channel: string, ref: MessageRef): Promise<void> {
    await this.summaries.put(channel, ref, { ttlMs: MEMBER_TTL_MS });
  }

  /** The latest summary posted in a channel within a day, if any. */
  async latestSummary(channel: string): Promise<MessageRef | null> {
    return this.summaries.get(channel);
  }

  /** Counts one more alert in the group's channel and minute; returns the count so far, this one included. */
  async count(group: FloodGroup): Promise<number> {
    return this.store.tallies.add(FLOOD_TALLY, groupKey(group), 1, 2 * MINUTE_MS);
  }

  /** Puts a case in its flood group. */
  async add(group: FloodGroup, caseId: number): Promise<void> {
    const id = `${groupKey(group)}:${caseId}`;
    await this.members.put(id, { ...group, caseId }, { ttlMs: MEMBER_TTL_MS });
  }

  /** The case numbers of a flood group, lowest first. */
  async caseIds(group: FloodGroup): Promise<number[]> {
    return (await this.members.find("group", groupKey(group))).map((e) => e.doc.caseId).sort((a, b) => a - b);
  }
}
