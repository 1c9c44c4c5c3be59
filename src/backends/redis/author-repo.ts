import {
  type AuthorMentionRecord,
  type AuthorProfile,
  type AuthorRepo,
  ONCE_SCOPES,
  ONCE_TTL_MS,
} from "../../ports/store.js";
import { hashFields, type RedisConnection } from "./connection.js";
import { RECORD_AUTHORS, WATCH_AUTHOR } from "./scripts.js";

/** Authors in Redis: one hash per author, updated by Lua, and a set of watched author keys. */
export class RedisAuthorRepo implements AuthorRepo {
  private readonly watchedKey: string;

  constructor(private readonly conn: RedisConnection) {
    this.watchedKey = conn.key("author", "watched");
  }

  private hashKey(key: string): string {
    return this.conn.key("author", "p", key);
  }

  async get(key: string): Promise<AuthorProfile | null> {
    const f = hashFields(await this.conn.cmd(["HGETALL", this.hashKey(key)]));
    return Object.keys(f).length ? toProfile(key, f) : null;
  }

  async recordMany(entries: AuthorMentionRecord[]): Promise<void> {
    // One script call per 500 entries: a batch is one round trip, not one per mention.
    for (let i = 0; i < entries.length; i += 500) {
      const part = entries.slice(i, i + 500);
      const args = part.flatMap((e) => [
        e.name,
        String(e.at),
        e.sentiment === "neutral" ? "" : e.sentiment,
        e.onceKey === undefined ? "0" : "1",
      ]);
      const marks = part.map((e) => this.conn.key("mark", ONCE_SCOPES.authors, e.onceKey ?? ""));
      await this.conn.eval(
        RECORD_AUTHORS,
        [...part.map((e) => this.hashKey(e.key)), ...marks],
        [ONCE_TTL_MS, ...args],
      );
    }
  }

  async setWatched(key: string, name: string, watched: boolean, at: number): Promise<AuthorProfile> {
    const keys = [this.hashKey(key), this.watchedKey];
    const flat = await this.conn.eval(WATCH_AUTHOR, keys, [name, at, watched ? "1" : "0", key]);
    return toProfile(key, hashFields(flat));
  }

  async delete(keys: readonly string[]): Promise<number> {
    let n = 0;
    for (const key of new Set(keys)) {
      const [deleted] = await this.conn.multi([
        ["DEL", this.hashKey(key)],
        ["SREM", this.watchedKey, key],
      ]);
      n += Number(deleted);
    }
    return n;
  }

  async listWatched(): Promise<AuthorProfile[]> {
    const keys = (await this.conn.cmd(["SMEMBERS", this.watchedKey])) as string[];
    const rows = await Promise.all(keys.map((k) => this.get(k)));
    return rows.filter((p): p is AuthorProfile => p?.watched === true);
  }
}

/** A profile from the author hash's fields. */
function toProfile(key: string, f: Record<string, string>): AuthorProfile {
  return {
    key,
    name: f.name ?? key,
    mentions: Number(f.mentions ?? 0),
    negative: Number(f.negative ?? 0),
    positive: Number(f.positive ?? 0),
    firstSeen: Number(f.firstSeen ?? 0),
    lastSeen: Number(f.lastSeen ?? 0),
    watched: f.watched === "1",
  };
}
