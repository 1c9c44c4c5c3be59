import type { Config } from "../config/schema.js";
import type { ChatUser } from "../ports/chat.js";

/** The permissions config can restrict (config `permissions`). */
export const PERMISSIONS = ["claim", "assign", "resolve", "escalate", "mute", "configure", "label"] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Who may do what (config `permissions`): user ids or `group:NAME` entries; an empty list lets everyone. */
export class Permissions {
  constructor(private readonly config: Config["permissions"]) {}

  /** True when `user` may do `perm` (no permission needed: true). */
  allows(user: ChatUser, perm: Permission | undefined): boolean {
    if (!perm) return true;
    const list = this.config[perm];
    if (list.length === 0) return true;
    return list.some((entry) =>
      entry.startsWith("group:") ? user.groups.includes(entry.slice(6)) : entry === user.id,
    );
  }
}
