import type { CrisisConfig } from "../config/sections/crisis.js";
import type { Clock } from "../ports/clock.js";
import type { KeyValueRepo } from "../ports/store.js";

/** kv namespace: role → the holder set by `/orm role set`. */
export const ROLE_NS = "crisis:role";

interface RoleOverride {
  userId: string;
  setBy: string;
  at: number;
}

/** One role as `/orm role list` shows it. */
export interface RoleEntry {
  role: string;
  title: string | null;
  /** User ids in paging order: the holder first, then the rest of the rotation. */
  chain: string[];
  /** Set in chat (true) or only from config. */
  setInChat: boolean;
}

/** Crisis roles: the rotation chains from config, with the holder people set in chat put first. */
export class RoleBook {
  constructor(
    private readonly config: CrisisConfig,
    private readonly kv: KeyValueRepo,
    private readonly clock: Clock,
  ) {}

  /** Makes `userId` the holder of `role` (first to be paged); returns the new chain. */
  async set(role: string, userId: string, actor: string): Promise<string[]> {
    await this.kv.set<RoleOverride>(ROLE_NS, role, { userId, setBy: actor, at: this.clock.now() });
    return (await this.roster())[role] ?? [userId];
  }

  /** Every known role (config, chat, and `extra` such as a playbook's) with its chain. */
  async list(extra: Iterable<string> = []): Promise<RoleEntry[]> {
    const overrides = new Map(await this.kv.entries<RoleOverride>(ROLE_NS));
    const names = new Set([...Object.keys(this.config.roles), ...overrides.keys(), ...extra]);
    return [...names].sort().map((role) => {
      const base = this.config.roles[role]?.chain ?? [];
      const o = overrides.get(role);
      const chain = o ? [o.userId, ...base.filter((u) => u !== o.userId)] : [...base];
      return { role, title: this.config.roles[role]?.title ?? null, chain, setInChat: Boolean(o) };
    });
  }

  /** Role → chain, for a crisis run. */
  async roster(): Promise<Record<string, string[]>> {
    const out: Record<string, string[]> = {};
    for (const e of await this.list()) out[e.role] = e.chain;
    return out;
  }
}
