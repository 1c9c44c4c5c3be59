import {
  type CounterIncrement,
  type CounterRepo,
  type HourlyCounts,
  ONCE_SCOPES,
  ONCE_TTL_MS,
} from "../../ports/store.js";
import { hashFields, type RedisConnection } from "./connection.js";
import { INCREMENT_ONCE } from "./scripts.js";

/** Entries per script call of `incrementOnce`. */
const ONCE_CHUNK = 250;

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

  async deleteSeries(series: string): Promise<number> {
    const hoursKey = this.conn.key("cnt-hours", series);
    const hours = (await this.conn.cmd(["ZRANGE", hoursKey, 0, -1])) as string[];
    for (let i = 0; i < hours.length; i += 500)
      await this.conn.cmd(["DEL", ...hours.slice(i, i + 500).map((h) => this.conn.key("cnt", series, h))]);
    await this.conn.cmd(["DEL", hoursKey]);
    return hours.length;
  }

  async incrementOnce(entries: ReadonlyArray<{ onceKey: string; incs: CounterIncrement[] }>): Promise<void> {
    for (let i = 0; i < entries.length; i += ONCE_CHUNK)
      await this.onceChunk(entries.slice(i, i + ONCE_CHUNK));
  }

  private async onceChunk(
    entries: ReadonlyArray<{ onceKey: string; incs: CounterIncrement[] }>,
  ): Promise<void> {
    if (entries.length === 0) return;
    const keys = entries.map((e) => this.conn.key("mark", ONCE_SCOPES.counters, e.onceKey));
    const index = new Map<string, number>();
    const at = (k: string) => {
      let i = index.get(k);
      if (i === undefined) {
        keys.push(k);
        i = keys.length;
        index.set(k, i);
      }
      return i;
    };
    const args: Array<string | number> = [ONCE_TTL_MS, entries.length];
    for (const e of entries) {
      args.push(e.incs.length);
      for (const inc of e.incs)
        args.push(
          at(this.conn.key("cnt", inc.series, inc.hourMs)),
          at(this.conn.key("cnt-hours", inc.series)),
          inc.hourMs,
          inc.field,
          inc.by,
        );
    }
    await this.conn.eval(INCREMENT_ONCE, keys, args);
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
