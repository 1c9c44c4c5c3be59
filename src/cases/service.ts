import type { Case } from "../core/case.js";
import { UserError } from "../core/errors.js";
import type { StoredMention } from "../core/stored-mention.js";
import type { AppDeps } from "../ports/deps.js";
import { applyCaseAction, type CaseAction } from "./flows.js";

const DAY_MS = 24 * 60 * 60 * 1000;
/** How far back `/orm case` looks for an author's other cases (open ones always count). */
const AUTHOR_HISTORY_DAYS = 30;

/** Case operations with optimistic concurrency: of two people claiming at once, exactly one wins. */
export class CaseService {
  constructor(private readonly deps: Pick<AppDeps, "store" | "clock" | "events">) {}

  async get(id: number): Promise<Case> {
    const c = await this.deps.store.cases.get(id);
    if (!c) throw new UserError("no_such_case", `There is no case #${id}.`);
    return c;
  }

  /**
   * Applies an action with compare-and-set, retrying when another writer got there first, and publishes
   * `case.changed` with the saved case.
   */
  async act(id: number, action: CaseAction): Promise<Case> {
    const { store, clock, events } = this.deps;
    for (let attempt = 0; attempt < 8; attempt++) {
      const current = await this.get(id);
      const next = applyCaseAction(current, action, clock.now());
      if (await store.cases.compareAndSet(next)) {
        await events.publish("case.changed", next);
        return next;
      }
    }
    throw new UserError("busy", `Case #${id} is changing fast; try again.`);
  }

  /** The mention a case is about (null when it was erased). */
  async mentionOf(c: Case): Promise<StoredMention | null> {
    return this.deps.store.mentions.get(c.mentionId);
  }

  /**
   * The cases of an author (`source:handle`) opened in the last `days` days or still open, most recent
   * first: what `/orm case` shows as the author's history.
   */
  async ofAuthor(authorKey: string, days = AUTHOR_HISTORY_DAYS): Promise<Case[]> {
    const { store, clock } = this.deps;
    const now = clock.now();
    const [recent, open] = await Promise.all([
      store.cases.openedBetween(now - days * DAY_MS, now + 1),
      store.cases.listOpen(),
    ]);
    const byId = new Map([...recent, ...open].map((c) => [c.id, c]));
    const cases = [...byId.values()];
    const mentions = await Promise.all(cases.map((c) => this.mentionOf(c)));
    return cases
      .filter((_, i) => mentions[i]?.authorKey === authorKey)
      .sort((a, b) => b.openedAt - a.openedAt || b.id - a.id);
  }

  /** Cases still open (new, claimed, responded), oldest first. */
  async listOpen(): Promise<Case[]> {
    return this.deps.store.cases.listOpen();
  }
}
