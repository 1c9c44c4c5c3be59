import type { Case } from "./case.js";
import type { StoredMention } from "./stored-mention.js";

/**
 * The domain events and what each carries. Lower layers publish, higher ones subscribe, so nothing in
 * the kernel or in `mentions/` needs to know about cases, KPIs or crises.
 */
export interface DomainEvents {
  /** Mentions one ingest batch newly stored (duplicates left out), in input order, author profiles updated. */
  "mentions.stored": readonly StoredMention[];
  /** A case after a change was saved (claimed, assigned, answered, resolved, …; not when it was opened). */
  "case.changed": Case;
}

export type EventName = keyof DomainEvents;
export type EventHandler<K extends EventName> = (payload: DomainEvents[K]) => Promise<void>;

/**
 * Typed in-process publish/subscribe. `publish` runs the subscribers one after another in the order
 * they subscribed and resolves when all are done; a subscriber's error rejects the publish (the caller's
 * retry runs the subscribers again, so they must be idempotent).
 */
export class EventBus {
  private readonly handlers = new Map<EventName, Array<EventHandler<never>>>();

  /** Subscribes `handler` to `name` (the composition root decides the order). */
  on<K extends EventName>(name: K, handler: EventHandler<K>): void {
    const list = this.handlers.get(name) ?? [];
    list.push(handler as EventHandler<never>);
    this.handlers.set(name, list);
  }

  /** Delivers `payload` to every subscriber of `name`, in order. */
  async publish<K extends EventName>(name: K, payload: DomainEvents[K]): Promise<void> {
    for (const handler of this.handlers.get(name) ?? []) await (handler as EventHandler<K>)(payload);
  }
}
