import type { Config } from "../config/schema.js";
import type { Case } from "../core/case.js";
import type { ChatUser } from "../ports/chat.js";

/** The permissions config can restrict (config `permissions`). */
export const PERMISSIONS = ["claim", "assign", "resolve", "escalate", "mute", "configure", "label"] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** True when `user` is one of `entries`: a user id, or `group:NAME` of a group (Slack user group, Discord role) they are in. */
export function listed(user: ChatUser, entries: readonly string[]): boolean {
  return entries.some((entry) =>
    entry.startsWith("group:") ? user.groups.includes(entry.slice(6)) : entry === user.id,
  );
}

/** The part of a case its access depends on. */
export type CaseScope = Pick<Case, "id" | "team" | "owner">;

/**
 * Who may do what (config `permissions`, `teams`): user ids or `group:NAME` entries; an empty list lets
 * everyone. A case routed to a team with `members` belongs to that team: its members (and lead) act on
 * it whatever the lists say; anyone else needs to be listed under `assign` or `configure` (the admins).
 */
export class Permissions {
  constructor(
    private readonly config: Config["permissions"],
    private readonly teams: Config["teams"] = {},
  ) {}

  /** True when `user` may do `perm` (no permission needed: true; an empty list: everyone). */
  allows(user: ChatUser, perm: Permission | undefined): boolean {
    if (!perm) return true;
    const list = this.config[perm];
    return list.length === 0 || listed(user, list);
  }

  /** True only when `user` is named in the `perm` list (an empty list names nobody). */
  holds(user: ChatUser, perm: Permission): boolean {
    return listed(user, this.config[perm]);
  }

  /** True when no list restricts anything and no team owns its cases: everyone may do everything. */
  isOpen(): boolean {
    return PERMISSIONS.every((p) => this.config[p].length === 0) && this.owningTeams().length === 0;
  }

  /** The teams that own their cases (those with `members`). */
  owningTeams(): string[] {
    return Object.entries(this.teams)
      .filter(([, t]) => t.members.length > 0)
      .map(([name]) => name);
  }

  /** The members of the team that owns `c` (lead included), or null when no team owns it. */
  private ownersOf(c: CaseScope): string[] | null {
    const team = c.team ? this.teams[c.team] : undefined;
    if (!team || team.members.length === 0) return null;
    return team.lead ? [...team.members, team.lead] : team.members;
  }

  /**
   * Why `user` may not `what` case `c` (`perm` being the permission the action needs on a case no team
   * owns), or null when they may. On a team's case, its members and the case's owner may; others need
   * `assign` or `configure`.
   */
  caseRefusal(user: ChatUser, c: CaseScope, perm: Permission, what: string): string | null {
    const owners = this.ownersOf(c);
    if (owners === null)
      return this.allows(user, perm) ? null : `Sorry, you need the "${perm}" permission to ${what}.`;
    // Its owner too: whoever a member (or an `assign` holder) gave it to may work on it.
    if (c.owner === user.id || listed(user, owners)) return null;
    if (this.holds(user, "assign") || this.holds(user, "configure")) return null;
    return `Case #${c.id} belongs to team ${c.team} (${owners.map(mention).join(", ")}): only its members, or someone with the "assign" or "configure" permission, may ${what} it.`;
  }

  /**
   * Why `user` may not give case `c` back to the queue, or null. Its owner may; on someone else's case
   * the owning team's members may, and otherwise `assign` (user ids or `group:` entries) or `configure`.
   */
  unclaimRefusal(user: ChatUser, c: CaseScope): string | null {
    const base = this.caseRefusal(user, c, "claim", "unclaim");
    if (base || !c.owner || c.owner === user.id) return base;
    const owners = this.ownersOf(c);
    if (owners !== null || this.allows(user, "assign") || this.holds(user, "configure")) return null;
    return `Case #${c.id} is ${mention(c.owner)}'s; ask them, or someone with the "assign" permission.`;
  }

  /** One line for the start-up log: how open the bot is, or null when every action is restricted somewhere. */
  describeOpenness(): string | null {
    if (this.isOpen())
      return "permissions are open: everyone may claim, assign, resolve, escalate, mute, configure and label, and act on every crisis step (set permissions: and teams.*.members in the config to restrict)";
    const open = PERMISSIONS.filter((p) => this.config[p].length === 0);
    return open.length ? `permissions open to everyone: ${open.join(", ")}` : null;
  }
}

/** A user id as text that pings nobody (`@U123`), or a group entry as written. */
function mention(entry: string): string {
  return entry.startsWith("group:") ? entry : `@${entry}`;
}
