import { createHash } from "node:crypto";
import { createClient, type RedisClientType } from "redis";
import { errorMessage, UserError } from "../../core/errors.js";
import type { Logger } from "../../core/log.js";

/** One Redis reply, as sent back raw by `sendCommand` (RESP2). */
export type Reply = string | number | null | Reply[];

/** A Lua script with its SHA1, run by EVALSHA and re-sent with EVAL after a Redis restart (NOSCRIPT). */
export interface LuaScript {
  readonly src: string;
  readonly sha: string;
}

/** Wraps Lua source as a script. */
export function lua(src: string): LuaScript {
  return { src, sha: createHash("sha1").update(src).digest("hex") };
}

/** Thrown when Redis stays unreachable for longer than the store is willing to wait. */
export class RedisUnavailableError extends Error {
  override readonly name = "RedisUnavailableError";
}

export interface RedisConnectionOptions {
  url: string;
  /** Every key starts with `${keyPrefix}:`, one prefix per deployment. */
  keyPrefix: string;
  /** How long a command waits for a lost connection to come back before failing. */
  offlineWaitMs: number;
  /** How long start-up waits for the first connection. */
  connectTimeoutMs: number;
  log: Logger;
}

/** Reconnect delay: exponential from 50 ms up to 5 s, with jitter so replicas don't stampede. */
export function reconnectDelayMs(retries: number): number {
  return Math.min(50 * 2 ** Math.min(retries, 10), 5_000) + Math.floor(Math.random() * 100);
}

/**
 * One node-redis client for the store: reconnects forever with backoff, fails commands fast while
 * down (after waiting up to `offlineWaitMs` for the link to return), and never throws on an outage.
 */
export class RedisConnection {
  private readonly client: RedisClientType;
  private closed = false;
  private wasDown = false;

  private constructor(private readonly opts: RedisConnectionOptions) {
    this.client = createClient({
      url: opts.url,
      disableOfflineQueue: true,
      socket: { connectTimeout: 5_000, reconnectStrategy: (retries) => reconnectDelayMs(retries) },
    }) as RedisClientType;
    this.client.on("error", (err: unknown) => {
      if (!this.wasDown) opts.log.warn("redis connection lost, reconnecting", { error: errorMessage(err) });
      this.wasDown = true;
    });
    this.client.on("ready", () => {
      if (this.wasDown) opts.log.info("redis connection back");
      this.wasDown = false;
    });
  }

  /** Connects, waiting up to `connectTimeoutMs`; a UserError names the URL's host when Redis can't be reached. */
  static async open(opts: RedisConnectionOptions): Promise<RedisConnection> {
    const conn = new RedisConnection(opts);
    conn.client.connect().catch(() => {});
    try {
      await conn.waitReady(opts.connectTimeoutMs);
    } catch {
      conn.closed = true;
      conn.client.destroy();
      throw new UserError("redis_unreachable", `cannot reach Redis at ${redactUrl(opts.url)} (REDIS_URL)`);
    }
    return conn;
  }

  /** The full key for `parts` under this deployment's prefix. */
  key(...parts: Array<string | number>): string {
    return `${this.opts.keyPrefix}:${parts.join(":")}`;
  }

  private waitReady(timeoutMs: number): Promise<void> {
    if (this.client.isReady) return Promise.resolve();
    if (this.closed) return Promise.reject(new Error("redis store is closed"));
    return new Promise((resolve, reject) => {
      const onReady = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.client.off("ready", onReady);
        reject(new RedisUnavailableError(`redis unavailable for ${timeoutMs} ms`));
      }, timeoutMs);
      this.client.once("ready", onReady);
    });
  }

  /** Sends one command, waiting for a reconnect first if the link is down. */
  async cmd(args: Array<string | number>): Promise<Reply> {
    await this.waitReady(this.opts.offlineWaitMs);
    return (await this.client.sendCommand(args.map(String))) as Reply;
  }

  /** Runs commands in one MULTI/EXEC transaction; returns their replies. */
  async multi(commands: Array<Array<string | number>>): Promise<Reply[]> {
    if (commands.length === 0) return [];
    await this.waitReady(this.opts.offlineWaitMs);
    const m = this.client.multi();
    for (const c of commands) m.addCommand(c.map(String));
    return (await m.exec()) as unknown as Reply[];
  }

  /** Runs a Lua script atomically (EVALSHA, falling back to EVAL when Redis lost its script cache). */
  async eval(script: LuaScript, keys: string[], args: Array<string | number>): Promise<Reply> {
    const tail = [String(keys.length), ...keys, ...args.map(String)];
    try {
      return await this.cmd(["EVALSHA", script.sha, ...tail]);
    } catch (err) {
      if (!errorMessage(err).startsWith("NOSCRIPT")) throw err;
      return this.cmd(["EVAL", script.src, ...tail]);
    }
  }

  /** True when connected and Redis answers PING within a second. */
  async healthy(): Promise<boolean> {
    if (this.closed || !this.client.isReady) return false;
    const timeout = new Promise<false>((r) => setTimeout(() => r(false), 1_000).unref());
    const ping = this.client
      .sendCommand(["PING"])
      .then((r) => String(r) === "PONG")
      .catch(() => false);
    return Promise.race([ping, timeout]);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.client.isReady) await this.client.close().catch(() => this.client.destroy());
    else this.client.destroy();
  }
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(invalid URL)";
  }
}

/** A hash reply as a record: HGETALL comes back as an object, the same from Lua as a flat list. */
export function hashFields(reply: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (Array.isArray(reply)) {
    for (let i = 0; i + 1 < reply.length; i += 2) out[String(reply[i])] = String(reply[i + 1]);
  } else if (reply && typeof reply === "object") {
    for (const [k, v] of Object.entries(reply)) out[k] = String(v);
  }
  return out;
}
