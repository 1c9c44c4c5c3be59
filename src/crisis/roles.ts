import type { CrisisConfig } from "../config/sections/crisis.js";
import type { Clock } from "../ports/clock.js";
import type { Store } from "../ports/store.js";
import { RoleRepo } from "./role-repo.js";

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
  private readonly holders: RoleRepo;

  constructor(
    private readonly config: CrisisConfig,
    store: Store,
    private readonly clock: Clock,
  ) {
    this.holders = new RoleRepo(store);
  }

  /** Makes `userId` the holder of `role` (first to be paged); returns the new chain. */
  async set(role: string, userId: string, actor: string): Promise<string[]> {
    await this.holders.set(role, { userId, setBy: actor, at: this.clock.now() });
    return (await this.roster())[role] ?? [userId];
  }

  /** Every known role (config, chat, and `extra` such as a playbook's) with its chain. */
  async list(extra: Iterable<string> = []): Promise<RoleEntry[]> {
    const overrides = await this.holders.all();
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
