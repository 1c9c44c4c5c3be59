import { randomUUID } from "node:crypto";
import type { LockLease, LockRepo, MarkRepo, TallyRepo } from "../../ports/store.js";
import { checkName } from "../store-names.js";
import type { RedisConnection } from "./connection.js";
import { ADD_TALLY, RELEASE_LOCK } from "./doc-scripts.js";

const ms = (n: number) => String(Math.max(1, Math.round(n)));

/** Locks in Redis: `lock:<key>` holds the owner's token, `SET NX PX` takes it, a Lua compare-and-delete frees it. */
export class RedisLockRepo implements LockRepo {
  constructor(private readonly conn: RedisConnection) {}

  async acquire(key: string, ttlMs: number): Promise<LockLease | null> {
    const token = randomUUID();
    const ok = await this.conn.cmd(["SET", this.conn.key("lock", key), token, "NX", "PX", ms(ttlMs)]);
    return ok === null ? null : { key, token };
  }

  async release(lease: LockLease): Promise<boolean> {
    return (
      Number(await this.conn.eval(RELEASE_LOCK, [this.conn.key("lock", lease.key)], [lease.token])) === 1
    );
  }
}

/** Marks in Redis: `mark:<scope>:<key>` set with `SET NX` (and `PX` when they expire). */
export class RedisMarkRepo implements MarkRepo {
  constructor(private readonly conn: RedisConnection) {}

  private markKey(scope: string, key: string): string {
    return this.conn.key("mark", checkName("mark scope", scope), key);
  }

  async add(scope: string, key: string, ttlMs?: number): Promise<boolean> {
    const set = ["SET", this.markKey(scope, key), "1", "NX"];
    if (ttlMs) set.push("PX", ms(ttlMs));
    return (await this.conn.cmd(set)) !== null;
  }

  async has(scope: string, key: string): Promise<boolean> {
    return Number(await this.conn.cmd(["EXISTS", this.markKey(scope, key)])) === 1;
  }

  async delete(scope: string, key: string): Promise<void> {
    await this.conn.cmd(["DEL", this.markKey(scope, key)]);
  }
}

/** Tallies in Redis: `tally:<scope>:<key>`, INCRBY plus an expiry set on the first add, in one script. */
export class RedisTallyRepo implements TallyRepo {
  constructor(private readonly conn: RedisConnection) {}

  async add(scope: string, key: string, by: number, ttlMs: number): Promise<number> {
    const k = this.conn.key("tally", checkName("tally scope", scope), key);
    return Number(await this.conn.eval(ADD_TALLY, [k], [Math.round(by), ms(ttlMs)]));
  }
}
