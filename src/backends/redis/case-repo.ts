import { type Case, OPEN_STATUSES } from "../../core/case.js";
import type { CaseRepo } from "../../ports/store.js";
import type { RedisConnection } from "./connection.js";
import { CAS_CASE, CREATE_CASE, OPEN_CASE_ONCE } from "./scripts.js";

/**
 * Cases in Redis: a counter for sequential ids, a hash of id → JSON, a hash of id → version for
 * compare-and-set in Lua, and sorted sets by opening time (all cases, and the open ones).
 */
export class RedisCaseRepo implements CaseRepo {
  private readonly seqKey: string;
  private readonly dataKey: string;
  private readonly versionKey: string;
  private readonly openedKey: string;
  private readonly openKey: string;
  /** The mention repo's hash of mention id → case number. */
  private readonly mentionCaseKey: string;

  constructor(private readonly conn: RedisConnection) {
    this.seqKey = conn.key("case", "seq");
    this.dataKey = conn.key("case", "data");
    this.versionKey = conn.key("case", "version");
    this.openedKey = conn.key("case", "by-opened");
    this.openKey = conn.key("case", "open");
    this.mentionCaseKey = conn.key("m", "case");
  }

  async create(init: Omit<Case, "id">): Promise<Case> {
    const keys = [this.seqKey, this.dataKey, this.versionKey, this.openedKey, this.openKey];
    const args = [JSON.stringify(init), init.version, init.openedAt, isOpen(init) ? "1" : "0"];
    const id = Number(await this.conn.eval(CREATE_CASE, keys, args));
    return { ...init, id };
  }

  async openOnce(init: Omit<Case, "id">): Promise<{ case: Case; created: boolean }> {
    const keys = [
      this.seqKey,
      this.dataKey,
      this.versionKey,
      this.openedKey,
      this.openKey,
      this.mentionCaseKey,
    ];
    const args = [
      JSON.stringify(init),
      init.version,
      init.openedAt,
      isOpen(init) ? "1" : "0",
      init.mentionId,
    ];
    const [id, json, created] = (await this.conn.eval(OPEN_CASE_ONCE, keys, args)) as [
      string,
      string,
      number,
    ];
    return {
      case: { ...(JSON.parse(json) as Omit<Case, "id">), id: Number(id) },
      created: Number(created) === 1,
    };
  }

  async get(id: number): Promise<Case | null> {
    const json = (await this.conn.cmd(["HGET", this.dataKey, id])) as string | null;
    return json === null ? null : { ...(JSON.parse(json) as Omit<Case, "id">), id };
  }

  async compareAndSet(next: Case): Promise<boolean> {
    const { id, ...rest } = next;
    const keys = [this.dataKey, this.versionKey, this.openKey];
    const args = [
      id,
      next.version - 1,
      JSON.stringify(rest),
      next.version,
      next.openedAt,
      isOpen(next) ? "1" : "0",
    ];
    return Number(await this.conn.eval(CAS_CASE, keys, args)) === 1;
  }

  async listOpen(): Promise<Case[]> {
    return this.load((await this.conn.cmd(["ZRANGE", this.openKey, "0", "-1"])) as string[]);
  }

  async openedBetween(fromMs: number, toMs: number): Promise<Case[]> {
    const ids = (await this.conn.cmd(["ZRANGE", this.openedKey, fromMs, `(${toMs}`, "BYSCORE"])) as string[];
    return this.load(ids);
  }

  private async load(ids: string[]): Promise<Case[]> {
    if (ids.length === 0) return [];
    const out: Case[] = [];
    for (let i = 0; i < ids.length; i += 1_000) {
      const part = ids.slice(i, i + 1_000);
      const rows = (await this.conn.cmd(["HMGET", this.dataKey, ...part])) as Array<string | null>;
      rows.forEach((json, j) => {
        if (json !== null) out.push({ ...(JSON.parse(json) as Omit<Case, "id">), id: Number(part[j]) });
      });
    }
    return out;
  }
}

function isOpen(c: Pick<Case, "status">): boolean {
  return OPEN_STATUSES.includes(c.status);
}
