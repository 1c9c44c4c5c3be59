import type { Case } from "../core/case.js";
import { UserError } from "../core/errors.js";
import type { AppDeps } from "../ports/deps.js";
import { ALERT_UPDATE_QUEUE } from "./alerts.js";
import { applyCaseAction, type CaseAction } from "./flows.js";

/** Case operations with optimistic concurrency: of two people claiming at once, exactly one wins. */
export class CaseService {
  constructor(private readonly deps: AppDeps) {}

  async get(id: number): Promise<Case> {
    const c = await this.deps.store.cases.get(id);
    if (!c) throw new UserError("no_such_case", `There is no case #${id}.`);
    return c;
  }

  /** Applies an action with compare-and-set, retrying when another writer got there first. */
  async act(id: number, action: CaseAction): Promise<Case> {
    const { store, clock, jobs } = this.deps;
    for (let attempt = 0; attempt < 8; attempt++) {
      const current = await this.get(id);
      const next = applyCaseAction(current, action, clock.now());
      if (await store.cases.compareAndSet(next)) {
        await jobs.enqueue(ALERT_UPDATE_QUEUE, { caseId: id }, { jobId: `update-${id}-${next.version}` });
        return next;
      }
    }
    throw new UserError("busy", `Case #${id} is changing fast; try again.`);
  }

  async listOpen(): Promise<Case[]> {
    return this.deps.store.cases.listOpen();
  }
}
