import type { CounterIncrement, CounterRepo, HourlyCounts, KeyValueRepo } from "../../ports/store.js";
import { hashFields, type RedisConnection } from "./connection.js";
import { PRUNE_INDEX, SET_IF_ABSENT } from "./scripts.js";

/**
 * Namespaced JSON values in Redis: one string key per value (`PX` for ttls, `SET NX` for
 * setIfAbsent) and a set per namespace listing its keys; expired members are pruned on `entries`.
 */
export class RedisKeyValueRepo implements KeyValueRepo {
  constructor(private readonly conn: RedisConnection) {}

  /** The value key; the namespace's length keeps `a:b`/`c` apart from `a`/`b:c`. */
  private valueKey(ns: string, key: string): string {
    return this.conn.key("kv", ns.length, ns, key);
  }

  private indexKey(ns: string): string {
    return this.conn.key("kvi", ns);
  }

  async get<T>(ns: string, key: string): Promise<T | null> {
    const raw = (await this.conn.cmd(["GET", this.valueKey(ns, key)])) as string | null;
    return raw === null ? null : (JSON.parse(raw) as T);
  }

  async set<T>(ns: string, key: string, value: T, ttlMs?: number): Promise<void> {
    const set = ["SET", this.valueKey(ns, key), JSON.stringify(value)];
    if (ttlMs) set.push("PX", String(Math.max(1, Math.round(ttlMs))));
    await this.conn.multi([set, ["SADD", this.indexKey(ns), key]]);
  }

  async setIfAbsent<T>(ns: string, key: string, value: T, ttlMs?: number): Promise<boolean> {
    const ttl = ttlMs ? String(Math.max(1, Math.round(ttlMs))) : "";
    const keys = [this.valueKey(ns, key), this.indexKey(ns)];
    return Number(await this.conn.eval(SET_IF_ABSENT, keys, [JSON.stringify(value), ttl, key])) === 1;
  }

  async delete(ns: string, key: string): Promise<void> {
    await this.conn.multi([
      ["DEL", this.valueKey(ns, key)],
      ["SREM", this.indexKey(ns), key],
    ]);
  }

  async entries<T>(ns: string): Promise<Array<[string, T]>> {
    const keys = (await this.conn.cmd(["SMEMBERS", this.indexKey(ns)])) as string[];
    const out: Array<[string, T]> = [];
    const stale: string[] = [];
    for (let i = 0; i < keys.length; i += 1_000) {
      const part = keys.slice(i, i + 1_000);
      const values = (await this.conn.cmd(["MGET", ...part.map((k) => this.valueKey(ns, k))])) as Array<
        string | null
      >;
      values.forEach((raw, j) => {
        if (raw === null) stale.push(part[j]!);
        else out.push([part[j]!, JSON.parse(raw) as T]);
      });
    }
    if (stale.length)
      await this.conn.eval(
        PRUNE_INDEX,
        [this.indexKey(ns), ...stale.map((k) => this.valueKey(ns, k))],
        stale,
      );
    return out;
  }
}

/** Hourly counters in Redis: a hash per series and hour (HINCRBYFLOAT), and a sorted set of hours per series. */
export class RedisCounterRepo implements CounterRepo {
  constructor(private readonly conn: RedisConnection) {}

  async increment(incs: CounterIncrement[]): Promise<void> {
    const sums = new Map<string, { series: string; hourMs: number; field: string; by: number }>();
    for (const inc of incs) {
      const k = `${inc.series}\n${inc.hourMs}\n${inc.field}`;
      const cur = sums.get(k);
      if (cur) cur.by += inc.by;
      else sums.set(k, { ...inc });
    }
    const cmds: Array<Array<string | number>> = [];
    for (const s of sums.values()) {
      cmds.push(["HINCRBYFLOAT", this.conn.key("cnt", s.series, s.hourMs), s.field, s.by]);
      cmds.push(["ZADD", this.conn.key("cnt-hours", s.series), s.hourMs, s.hourMs]);
    }
    await this.conn.multi(cmds);
  }

  async read(series: string, fromMs: number, toMs: number): Promise<HourlyCounts[]> {
    const hours = (await this.conn.cmd([
      "ZRANGE",
      this.conn.key("cnt-hours", series),
      fromMs,
      `(${toMs}`,
      "BYSCORE",
    ])) as string[];
    const rows = await Promise.all(
      hours.map((h) => this.conn.cmd(["HGETALL", this.conn.key("cnt", series, h)])),
    );
    const out: HourlyCounts[] = [];
    rows.forEach((reply, i) => {
      const raw = Object.entries(hashFields(reply));
      if (raw.length)
        out.push({
          hourMs: Number(hours[i]),
          fields: Object.fromEntries(raw.map(([f, v]) => [f, Number(v)])),
        });
    });
    return out;
  }
}
