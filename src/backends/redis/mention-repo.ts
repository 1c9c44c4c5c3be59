import { type MentionCorrection, MentionCorrectionSchema } from "../../core/correction.js";
import type { InsertOutcome, StoredMention } from "../../core/stored-mention.js";
import { type Clock, systemClock } from "../../ports/clock.js";
import type { InsertOptions, MentionRepo, OutboxEntry, OutboxRepo } from "../../ports/store.js";
import type { RedisConnection, Reply } from "./connection.js";
import { INSERT_MENTIONS, REPLACE_MENTION, SET_CORRECTION } from "./scripts.js";

/** Mentions per Lua call: big enough to amortise round trips, small enough not to stall Redis. */
const INSERT_CHUNK = 250;
/** Ids per HMGET when reading many mentions. */
const READ_CHUNK = 1_000;

/**
 * Mentions in Redis: a hash of id → JSON, a hash of dedupe key → id, a sorted set by `at` for
 * ranges, a hash of id → case number, and the team's corrections (a hash of id → JSON and a sorted set
 * by correction time). Inserts run as one Lua script per chunk.
 */
export class RedisMentionRepo implements MentionRepo {
  private readonly dedupeKey: string;
  private readonly byAtKey: string;
  private readonly dataKey: string;
  private readonly caseKey: string;
  private readonly correctionKey: string;
  private readonly correctedKey: string;

  constructor(
    private readonly conn: RedisConnection,
    private readonly clock: Clock = systemClock,
  ) {
    this.dedupeKey = conn.key("m", "dedupe");
    this.byAtKey = conn.key("m", "by-at");
    this.dataKey = conn.key("m", "data");
    this.caseKey = conn.key("m", "case");
    this.correctionKey = conn.key("m", "correction");
    this.correctedKey = conn.key("m", "corrected");
  }

  async insertMany(mentions: StoredMention[], options: InsertOptions = {}): Promise<InsertOutcome[]> {
    const chunks: StoredMention[][] = [];
    for (let i = 0; i < mentions.length; i += INSERT_CHUNK) chunks.push(mentions.slice(i, i + INSERT_CHUNK));
    const outboxAt = options.outbox ? String(this.clock.now()) : "";
    const replies = await Promise.all(chunks.map((c) => this.insertChunk(c, outboxAt)));
    return replies.flat();
  }

  private async insertChunk(chunk: StoredMention[], outboxAt: string): Promise<InsertOutcome[]> {
    const args: Array<string | number> = [outboxAt];
    for (const m of chunk) {
      args.push(m.id, m.at, JSON.stringify({ ...m, caseId: null }), m.dedupeKeys.length, ...m.dedupeKeys);
    }
    const keys = [this.dedupeKey, this.byAtKey, this.dataKey, outboxKey(this.conn)];
    const reply = (await this.conn.eval(INSERT_MENTIONS, keys, args)) as Reply[];
    return chunk.map((m, i): InsertOutcome => {
      const r = reply[i];
      if (Array.isArray(r))
        return { status: "duplicate", id: m.id, duplicateOf: String(r[1]), key: String(r[0]) };
      return { status: "accepted", id: m.id };
    });
  }

  async get(id: string): Promise<StoredMention | null> {
    const [one] = await this.getMany([id]);
    return one ?? null;
  }

  /** The mentions with these ids, in order, skipping any that are gone. */
  private async getMany(ids: string[]): Promise<StoredMention[]> {
    const out: StoredMention[] = [];
    for (let i = 0; i < ids.length; i += READ_CHUNK) {
      const part = ids.slice(i, i + READ_CHUNK);
      const [data, cases, corrections] = await Promise.all([
        this.conn.cmd(["HMGET", this.dataKey, ...part]) as Promise<Array<string | null>>,
        this.conn.cmd(["HMGET", this.caseKey, ...part]) as Promise<Array<string | null>>,
        this.conn.cmd(["HMGET", this.correctionKey, ...part]) as Promise<Array<string | null>>,
      ]);
      data.forEach((json, j) => {
        if (json === null) return;
        const m = JSON.parse(json) as StoredMention;
        const c = cases[j];
        const correction = readCorrection(corrections[j]);
        out.push({
          ...m,
          caseId: c === null || c === undefined ? null : Number(c),
          ...(correction ? { correction } : {}),
        });
      });
    }
    return out;
  }

  async setCase(id: string, caseId: number): Promise<void> {
    await this.conn.cmd(["HSET", this.caseKey, id, caseId]);
  }

  async setCorrection(id: string, correction: MentionCorrection): Promise<boolean> {
    const keys = [this.dataKey, this.correctionKey, this.correctedKey];
    const reply = await this.conn.eval(SET_CORRECTION, keys, [id, JSON.stringify(correction), correction.at]);
    return Number(reply) === 1;
  }

  async listCorrected(): Promise<StoredMention[]> {
    const ids = (await this.conn.cmd(["ZRANGE", this.correctedKey, "0", "-1"])) as string[];
    return (await this.getMany(ids)).filter((m) => m.correction);
  }

  async range(fromMs: number, toMs: number, limit?: number): Promise<StoredMention[]> {
    const args = ["ZRANGE", this.byAtKey, String(fromMs), `(${toMs}`, "BYSCORE"];
    if (limit !== undefined && Number.isFinite(limit)) args.push("LIMIT", "0", String(limit));
    const ids = (await this.conn.cmd(args)) as string[];
    return this.getMany(ids);
  }

  async count(): Promise<number> {
    return Number(await this.conn.cmd(["ZCARD", this.byAtKey]));
  }

  /** Pages by rank within the time range: `replace` keeps `at`, so a scan that rewrites as it goes skips nothing. */
  async *scan(fromMs: number, toMs: number, pageSize: number): AsyncGenerator<StoredMention[]> {
    for (let offset = 0; ; offset += pageSize) {
      const args = ["ZRANGE", this.byAtKey, String(fromMs), `(${toMs}`, "BYSCORE", "LIMIT", String(offset)];
      const ids = (await this.conn.cmd([...args, String(pageSize)])) as string[];
      if (ids.length === 0) return;
      yield await this.getMany(ids);
      if (ids.length < pageSize) return;
    }
  }

  async replace(mentions: StoredMention[]): Promise<number> {
    const current = await this.getMany(mentions.map((m) => m.id));
    const byId = new Map(current.map((m) => [m.id, m]));
    let n = 0;
    for (const m of mentions) {
      const cur = byId.get(m.id);
      if (!cur) continue;
      const kept = new Set(m.dedupeKeys);
      const released = cur.dedupeKeys.filter((k) => !kept.has(k));
      const json = JSON.stringify({ ...m, at: cur.at, caseId: null });
      const keys = [this.dataKey, this.dedupeKey];
      n += Number(await this.conn.eval(REPLACE_MENTION, keys, [m.id, json, ...released]));
    }
    return n;
  }
}

/** The outbox zset: ids of mentions whose effects are not confirmed done, scored by when they were stored. */
function outboxKey(conn: RedisConnection): string {
  return conn.key("m", "outbox");
}

/** The outbox in Redis: a sorted set that `INSERT_MENTIONS` adds to in the same script as the mention. */
export class RedisOutboxRepo implements OutboxRepo {
  private readonly key: string;

  constructor(private readonly conn: RedisConnection) {
    this.key = outboxKey(conn);
  }

  async pending(limit: number, olderThanMs?: number): Promise<OutboxEntry[]> {
    const max = olderThanMs === undefined ? "+inf" : String(olderThanMs);
    const args = ["ZRANGE", this.key, "-inf", max, "BYSCORE", "LIMIT", "0", String(limit), "WITHSCORES"];
    const reply = (await this.conn.cmd(args)) as Reply[];
    // RESP3 answers [member, score] pairs, RESP2 one flat list.
    const flat = reply.flatMap((r) => (Array.isArray(r) ? r : [r]));
    const out: OutboxEntry[] = [];
    for (let i = 0; i + 1 < flat.length; i += 2) out.push({ id: String(flat[i]), at: Number(flat[i + 1]) });
    return out;
  }

  async done(ids: readonly string[]): Promise<void> {
    for (let i = 0; i < ids.length; i += READ_CHUNK)
      await this.conn.cmd(["ZREM", this.key, ...ids.slice(i, i + READ_CHUNK)]);
  }

  async count(): Promise<number> {
    return Number(await this.conn.cmd(["ZCARD", this.key]));
  }
}

/** A stored correction, or null when there is none or it no longer reads as one (never throws on a read). */
function readCorrection(json: string | null | undefined): MentionCorrection | null {
  if (json === null || json === undefined) return null;
  try {
    const parsed = MentionCorrectionSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
