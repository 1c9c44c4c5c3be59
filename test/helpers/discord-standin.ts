import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { DiscordInteractions } from "./discord-interactions.js";
import { type GuildMember, searchMembers } from "./discord-members.js";
import { type DiscordFile, DiscordHttpError, DiscordMessages } from "./discord-messages.js";

export type { DiscordFile, DiscordMessage } from "./discord-messages.js";

/** One REST call the stand-in received; for multipart, `body` is the decoded `payload_json`. */
export interface DiscordCall {
  method: string;
  path: string;
  /** The query string's parameters. */
  query: URLSearchParams;
  body: Record<string, unknown>;
  auth: string | undefined;
  files: DiscordFile[];
}

/** A thread created through POST /channels/{id}/threads, with the members added to it. */
export interface DiscordThread {
  id: string;
  parentId: string;
  name: string;
  type: number;
  members: string[];
}

/** A failure to answer the next matching call with: 429 (Retry-After), 5xx, or a cut connection. */
export interface DiscordFailure {
  status?: number;
  /** Seconds, as Discord sends them: the body's `retry_after` exactly, the header rounded up. */
  retryAfterS?: number;
  /** Do the work first (a message that was created but whose answer was lost). */
  afterApplying?: boolean;
  drop?: boolean;
  /** With a 429: refuse the route until Retry-After has passed, as Discord does. */
  hold?: boolean;
}

/** Discord counts a retry this much before Retry-After ends as on time (clock skew). */
const SKEW_MS = 20;

async function decodeBody(raw: Buffer, type: string | undefined) {
  if (!type?.startsWith("multipart/form-data"))
    return { body: raw.length ? JSON.parse(raw.toString("utf8")) : {}, files: [] as DiscordFile[] };
  const form = await new Response(new Uint8Array(raw), { headers: { "content-type": type } }).formData();
  const files: DiscordFile[] = [];
  let body: Record<string, unknown> = {};
  for (const [field, v] of form.entries()) {
    if (typeof v === "string") {
      if (field === "payload_json") body = JSON.parse(v) as Record<string, unknown>;
    } else
      files.push({ field, name: v.name, contentType: v.type, bytes: Buffer.from(await v.arrayBuffer()) });
  }
  return { body, files };
}

/**
 * A local stand-in for Discord's REST API on 127.0.0.1 (discord.js's REST `api` option points here):
 * records calls, keeps messages (`store`: nonces, edits, DMs, Discord's error codes), holds
 * interactions to Discord's rules (`interactions`), opens threads and adds their members, pins
 * messages it knows, points `GET /gateway/bot` at a gateway stand-in, and can be told to fail a route
 * with a 429 (Retry-After, Discord's JSON body), a 500 or a cut connection.
 */
export class DiscordStandin {
  readonly calls: DiscordCall[] = [];
  readonly threads: DiscordThread[] = [];
  /** The servers' members, for Search Guild Members. */
  members: GuildMember[] = [];
  readonly pins: Array<{ channel: string; messageId: string }> = [];
  readonly store = new DiscordMessages(() => String(++this.seq));
  readonly interactions = new DiscordInteractions(this.store);
  /** Calls that came back while a held 429's Retry-After had not yet passed. */
  earlyRetries = 0;
  /** Where `GET /gateway/bot` sends the client (set by the gateway stand-in). */
  gatewayUrl = "";
  private server: Server | null = null;
  private seq = 100_000_000_000_000_000n;
  private readonly failures: Array<{ method: string; path: RegExp; failure: DiscordFailure }> = [];
  private readonly limitedUntil = new Map<string, number>();
  url = "";

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((r) => this.server!.listen(0, "127.0.0.1", () => r()));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api`;
    return this;
  }

  /** Calls whose method and path match. */
  find(method: string, path: RegExp): DiscordCall[] {
    return this.calls.filter((c) => c.method === method && path.test(c.path));
  }

  /** The next call matching `method` and `path` fails as given. */
  failNext(method: string, path: RegExp, failure: DiscordFailure): void {
    this.failures.push({ method, path, failure });
  }

  private takeFailure(call: DiscordCall): DiscordFailure | undefined {
    const at = this.failures.findIndex((f) => f.method === call.method && f.path.test(call.path));
    return at < 0 ? undefined : this.failures.splice(at, 1)[0]!.failure;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const path = (req.url ?? "").replace(/^\/api\/v10/, "").split("?")[0]!;
    const query = new URL(req.url ?? "/", "http://standin").searchParams;
    const decoded = await decodeBody(Buffer.concat(chunks), req.headers["content-type"]);
    const call = { method: req.method ?? "", path, query, ...decoded, auth: req.headers.authorization };
    this.calls.push(call);
    const route = `${call.method} ${path}`;
    const until = this.limitedUntil.get(route) ?? 0;
    if (Date.now() < until - SKEW_MS) {
      this.earlyRetries++;
      return this.fail(res, { status: 429, retryAfterS: (until - Date.now()) / 1000 });
    }
    const failure = this.takeFailure(call);
    if (failure?.hold && failure.retryAfterS !== undefined)
      this.limitedUntil.set(route, Date.now() + failure.retryAfterS * 1000);
    if (failure && !failure.afterApplying) return this.fail(res, failure);
    try {
      const body = this.answer(call);
      if (failure) return this.fail(res, failure);
      if (body === null) {
        res.writeHead(204);
        res.end();
        return;
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    } catch (err) {
      if (!(err instanceof DiscordHttpError)) throw err;
      res.writeHead(err.status, { "content-type": "application/json" });
      res.end(JSON.stringify({ code: err.code, message: err.message }));
    }
  }

  private fail(res: ServerResponse, f: DiscordFailure): void {
    if (f.drop) {
      res.socket?.destroy();
      return;
    }
    const status = f.status ?? 500;
    if (status !== 429) {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify({ message: `${status}: Internal Server Error`, code: 0 }));
      return;
    }
    const after = f.retryAfterS ?? 1;
    res.writeHead(429, {
      "content-type": "application/json",
      "retry-after": String(Math.ceil(after)),
      "x-ratelimit-limit": "5",
      "x-ratelimit-remaining": "0",
      "x-ratelimit-reset-after": after.toFixed(3),
      "x-ratelimit-bucket": "standin-bucket",
      "x-ratelimit-scope": "user",
    });
    res.end(JSON.stringify({ message: "You are being rate limited.", retry_after: after, global: false }));
  }

  /** Threads, their members and pins; `undefined` when the call is none of those. */
  private rooms(call: DiscordCall): unknown {
    const thread = /^\/channels\/([^/]+)\/threads$/.exec(call.path);
    if (call.method === "POST" && thread) {
      const name = String(call.body.name ?? "");
      if (name.length < 1 || name.length > 100) throw new DiscordHttpError(400, 50035, "Invalid Form Body");
      const created = {
        id: String(++this.seq),
        parentId: thread[1]!,
        name,
        type: Number(call.body.type ?? 11),
        members: [],
      };
      this.threads.push(created);
      return { id: created.id, parent_id: created.parentId, name, type: created.type };
    }
    const member = /^\/channels\/([^/]+)\/thread-members\/([^/]+)$/.exec(call.path);
    if (call.method === "PUT" && member) {
      const t = this.threads.find((x) => x.id === member[1]);
      if (!t) throw new DiscordHttpError(404, 10003, "Unknown Channel");
      if (!t.members.includes(member[2]!)) t.members.push(member[2]!);
      return null;
    }
    const pin = /^\/channels\/([^/]+)\/messages\/pins\/([^/]+)$/.exec(call.path);
    if (call.method === "PUT" && pin) {
      if (!this.store.find(pin[1]!, pin[2]!)) throw new DiscordHttpError(404, 10008, "Unknown Message");
      if (!this.pins.some((p) => p.channel === pin[1] && p.messageId === pin[2]))
        this.pins.push({ channel: pin[1]!, messageId: pin[2]! });
      return null;
    }
    return undefined;
  }

  /** Interaction callbacks and webhooks, for interactions it issued; `undefined` otherwise. */
  private interaction(call: DiscordCall): unknown {
    const cb = /^\/interactions\/([^/]+)\/([^/]+)\/callback$/.exec(call.path);
    // A token that says "expired" is one Discord no longer knows (past its 3 s): 10062.
    if (cb?.[2]?.includes("expired")) throw new DiscordHttpError(404, 10062, "Unknown interaction");
    if (cb)
      return this.interactions.knows(cb[2]!) ? this.interactions.callback(cb[1]!, cb[2]!, call.body) : null;
    const hook = /^\/webhooks\/[^/]+\/([^/]+)(\/messages\/(?:@|%40)original)?$/.exec(call.path);
    if (!hook || !this.interactions.knows(hook[1]!)) return undefined;
    if (call.method === "PATCH" && hook[2]) return this.interactions.editOriginal(hook[1]!, call.body);
    if (call.method === "POST" && !hook[2])
      return this.interactions.followUp(hook[1]!, call.body, call.files);
    return undefined;
  }

  private answer(call: DiscordCall): unknown {
    const hooked = this.interaction(call);
    if (hooked !== undefined) return hooked;
    const room = this.rooms(call);
    if (room !== undefined) return room;
    const search = /^\/guilds\/([^/]+)\/members\/search$/.exec(call.path);
    if (call.method === "GET" && search) return searchMembers(this.members, search[1]!, call.query);
    if (call.method === "GET" && call.path === "/gateway/bot")
      return {
        url: this.gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
      };
    const msg = /^\/channels\/([^/]+)\/messages(?:\/([^/]+))?$/.exec(call.path);
    if (call.method === "POST" && msg && !msg[2])
      return DiscordMessages.json(this.store.create(msg[1]!, call.body, call.files));
    if (call.method === "PATCH" && msg?.[2])
      return DiscordMessages.json(this.store.edit(msg[1]!, msg[2], call.body));
    if (call.method === "POST" && call.path === "/users/@me/channels")
      return this.store.openDm(String(call.body.recipient_id));
    if (call.method === "PUT") return call.body;
    return { id: String(++this.seq) };
  }

  async stop(): Promise<void> {
    const s = this.server;
    this.server = null;
    if (s)
      await new Promise<void>((r) => {
        s.close(() => r());
        s.closeAllConnections();
      });
  }
}

/** Starts a stand-in on a free port. */
export async function startDiscordStandin(): Promise<DiscordStandin> {
  return new DiscordStandin().start();
}

export { interaction } from "./discord-payloads.js";
