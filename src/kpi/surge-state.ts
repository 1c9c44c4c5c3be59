import { z } from "zod";
import type { Store } from "../ports/store.js";
import { Collection, type CollectionSpec } from "../state/collection.js";

/** The last surge reported for the crisis trigger on one counter field: its span, epoch ms. */
export interface SurgeSpan {
  startMs: number;
  endMs: number;
}

/** The last reported surge per counter field (`sentiment:negative`…), one document each. */
export const LAST_SURGES: CollectionSpec<SurgeSpan> = {
  name: "kpi-surge-last",
  version: 1,
  schema: z.object({ startMs: z.number(), endMs: z.number() }),
};

/** Mark scope of "the surge of this field that started then was reported" (`<field>:<startMs>`). */
export const SURGE_MARKS = "kpi-surge";

/** How long a reported surge's mark is kept: two weeks, the longest a surge could still be looked at. */
const REPORTED_TTL_MS = 14 * 24 * 3_600_000;

/** What the surge trigger remembers across replicas: the last surge per field, and which were reported. */
export class SurgeStateRepo {
  private readonly last: Collection<SurgeSpan>;

  constructor(private readonly store: Store) {
    this.last = new Collection(store.docs, LAST_SURGES);
  }

  /** The last surge reported on `field`, as extended since; null before the first. */
  async lastOf(field: string): Promise<SurgeSpan | null> {
    return this.last.get(field);
  }

  async setLast(field: string, span: SurgeSpan): Promise<void> {
    await this.last.put(field, span);
  }

  /** Claims reporting the surge of `field` that started at `startMs`; true for the first caller only (any replica). */
  async claim(field: string, startMs: number): Promise<boolean> {
    return this.store.marks.add(SURGE_MARKS, `${field}:${startMs}`, REPORTED_TTL_MS);
  }
}
