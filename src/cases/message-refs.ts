import { z } from "zod";
import type { MessageRef } from "../ports/chat.js";
import type { Store } from "../ports/store.js";
import { Collection, type CollectionSpec } from "../state/collection.js";
import { MessageRefSchema } from "../state/message-ref.js";

/** Each case's alert message, by case number. */
export const ALERT_REFS: CollectionSpec<MessageRef> = {
  name: "alert-ref",
  version: 1,
  schema: MessageRefSchema,
};

/** When the first attempt to post a case's alert began (a later attempt may find that post on the platform). */
export const ALERT_POST_ATTEMPTS: CollectionSpec<{ at: number }> = {
  name: "alert-post-attempt",
  version: 1,
  schema: z.object({ at: z.number() }),
};

/** Attempts are kept a day: a retry later than that posts without looking for an earlier message. */
const ATTEMPT_TTL_MS = 86_400_000;

/** The thread a case's card was posted in (a held case's card in a summary's or reminder's thread). */
export const ALERT_THREAD_PARENTS: CollectionSpec<MessageRef> = {
  name: "alert-thread-parent",
  version: 1,
  schema: MessageRefSchema,
};

/** Mark scope of "this history entry of this case was told in the alert's thread" (`<case>:<index>`). */
export const THREAD_MARKS = "alert-thread";

/** Where each case's alert was posted, and which of its events were told in the thread; shared by replicas. */
export class MessageRefRepo {
  private readonly refs: Collection<MessageRef>;
  private readonly attempts: Collection<{ at: number }>;
  private readonly parents: Collection<MessageRef>;

  constructor(private readonly store: Store) {
    this.refs = new Collection(store.docs, ALERT_REFS);
    this.attempts = new Collection(store.docs, ALERT_POST_ATTEMPTS);
    this.parents = new Collection(store.docs, ALERT_THREAD_PARENTS);
  }

  /**
   * Records that posting a case's alert begins now; returns when an earlier attempt began (it may have
   * reached the chat without its reference being recorded: a crash in between), or null for the first.
   */
  async beginPost(caseId: number, nowMs: number): Promise<number | null> {
    const id = String(caseId);
    if (await this.attempts.putIfAbsent(id, { at: nowMs }, { ttlMs: ATTEMPT_TTL_MS })) return null;
    return (await this.attempts.get(id))?.at ?? null;
  }

  /** Where a case's events go: the thread its card sits in, or the card's own thread. */
  async threadOf(caseId: number): Promise<MessageRef | null> {
    return (await this.parents.get(String(caseId))) ?? (await this.get(caseId));
  }

  /** Remembers that a case's card was posted inside `parent`'s thread. */
  async putParent(caseId: number, parent: MessageRef): Promise<void> {
    await this.parents.put(String(caseId), parent);
  }

  /** The alert message of a case, if it was posted. */
  async get(caseId: number): Promise<MessageRef | null> {
    return this.refs.get(String(caseId));
  }

  async put(caseId: number, ref: MessageRef): Promise<void> {
    await this.refs.put(String(caseId), ref);
  }

  /** Claims telling history entry `index` of a case in its thread; true for the first caller only (any replica). */
  async claimThreadPost(caseId: number, index: number): Promise<boolean> {
    return this.store.marks.add(THREAD_MARKS, `${caseId}:${index}`);
  }
}
