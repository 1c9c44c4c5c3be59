import { z } from "zod";
import type { Store } from "../ports/store.js";
import { Collection, type CollectionSpec } from "../state/collection.js";

/** Who holds a role because someone said so in chat (`/orm role set`). */
export interface RoleOverride {
  userId: string;
  setBy: string;
  /** Epoch ms. */
  at: number;
}

/** Role holders set in chat: one document per role name. */
export const CRISIS_ROLES: CollectionSpec<RoleOverride> = {
  name: "crisis-role",
  version: 1,
  schema: z.object({ userId: z.string(), setBy: z.string(), at: z.number() }),
};

/** The role holders people set in chat, shared by every replica. */
export class RoleRepo {
  private readonly roles: Collection<RoleOverride>;

  constructor(store: Store) {
    this.roles = new Collection(store.docs, CRISIS_ROLES);
  }

  async set(role: string, holder: RoleOverride): Promise<void> {
    await this.roles.put(role, holder);
  }

  /** Role name → its holder set in chat. */
  async all(): Promise<Map<string, RoleOverride>> {
    return new Map((await this.roles.list()).map((e) => [e.id, e.doc]));
  }
}
