import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A file sent as a message attachment (multipart `files[n]`). */
export interface DiscordFile {
  field: string;
  name: string;
  contentType: string;
  bytes: Buffer;
}

/** One REST call the stand-in received; for multipart, `body` is the decoded `payload_json`. */
export interface DiscordCall {
  method: string;
  path: string;
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

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

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
 * records calls, creates messages (honouring `enforce_nonce`, taking multipart attachments), answers
 * interaction callbacks, opens threads and adds their members, and pins messages it knows.
 */
export class DiscordStandin {
  readonly calls: DiscordCall[] = [];
  /** Message ids by channel id. */
  readonly messages = new Map<string, Set<string>>();
  readonly threads: DiscordThread[] = [];
  readonly pins: Array<{ channel: string; messageId: string }> = [];
  private server: Server | null = null;
  private seq = 100_000_000_000_000_000n;
  private readonly nonces = new Map<string, Record<string, unknown>>();
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

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const path = (req.url ?? "").replace(/^\/api\/v10/, "").split("?")[0]!;
    const decoded = await decodeBody(Buffer.concat(chunks), req.headers["content-type"]);
    const call = { method: req.method ?? "", path, ...decoded, auth: req.headers.authorization };
    this.calls.push(call);
    try {
      const body = this.answer(call);
      if (body === null) {
        res.writeHead(204);
        res.end();
        return;
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    } catch (err) {
      if (!(err instanceof HttpError)) throw err;
      res.writeHead(err.status, { "content-type": "application/json" });
      res.end(JSON.stringify({ code: err.code, message: err.message }));
    }
  }

  private remember(channel: string, id: string): void {
    const ids = this.messages.get(channel) ?? new Set<string>();
    ids.add(id);
    this.messages.set(channel, ids);
  }

  /** Threads, their members and pins; `undefined` when the call is none of those. */
  private rooms(call: DiscordCall): unknown {
    const thread = /^\/channels\/([^/]+)\/threads$/.exec(call.path);
    if (call.method === "POST" && thread) {
      const name = String(call.body.name ?? "");
      if (name.length < 1 || name.length > 100) throw new HttpError(400, 50035, "Invalid Form Body");
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
      if (!t) throw new HttpError(404, 10003, "Unknown Channel");
      if (!t.members.includes(member[2]!)) t.members.push(member[2]!);
      return null;
    }
    const pin = /^\/channels\/([^/]+)\/messages\/pins\/([^/]+)$/.exec(call.path);
    if (call.method === "PUT" && pin) {
      if (!this.messages.get(pin[1]!)?.has(pin[2]!)) throw new HttpError(404, 10008, "Unknown Message");
      if (!this.pins.some((p) => p.channel === pin[1] && p.messageId === pin[2]))
        this.pins.push({ channel: pin[1]!, messageId: pin[2]! });
      return null;
    }
    return undefined;
  }

  private answer(call: DiscordCall): unknown {
    if (/^\/interactions\/[^/]+\/[^/]+\/callback$/.test(call.path)) {
      // An interaction whose token says "expired" is one Discord no longer knows (past its 3 s).
      if (call.path.includes("expired")) throw new HttpError(404, 10062, "Unknown interaction");
      return null;
    }
    const room = this.rooms(call);
    if (room !== undefined) return room;
    const msg = /^\/channels\/([^/]+)\/messages$/.exec(call.path);
    if (call.method === "POST" && msg) {
      const nonce = call.body.enforce_nonce ? String(call.body.nonce) : null;
      const earlier = nonce ? this.nonces.get(nonce) : undefined;
      if (earlier) return earlier;
      const attachments = call.files.map((f, n) => ({
        id: String(n),
        filename: f.name,
        size: f.bytes.length,
      }));
      const created = { id: String(++this.seq), channel_id: msg[1], ...call.body, attachments };
      if (nonce) this.nonces.set(nonce, created);
      this.remember(msg[1]!, created.id);
      return created;
    }
    if (call.method === "POST" && call.path === "/users/@me/channels")
      return { id: `9${String(call.body.recipient_id)}`, type: 1 };
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

let ids = 0;
/** A raw gateway interaction as Discord sends it: a slash command or a component click. */
export function interaction(o: {
  kind: "command" | "component";
  userId: string;
  channel: string;
  roles?: string[];
  sub?: string;
  args?: string;
  customId?: string;
  values?: string[];
  messageId?: string;
}): Record<string, unknown> {
  const id = String(900_000_000_000_000_000n + BigInt(++ids));
  const user = { id: o.userId, username: `user${o.userId.slice(-3)}`, global_name: null };
  return {
    id,
    application_id: "111111111111111111",
    type: o.kind === "command" ? 2 : 3,
    token: `token-${id}`,
    version: 1,
    guild_id: "222222222222222222",
    channel_id: o.channel,
    member: { user, roles: o.roles ?? [], permissions: "0" },
    ...(o.kind === "command"
      ? {
          data: {
            id: "333333333333333333",
            name: "orm",
            type: 1,
            options: [
              {
                name: o.sub ?? "help",
                type: 1,
                options: o.args ? [{ name: "args", type: 3, value: o.args }] : [],
              },
            ],
          },
        }
      : {
          message: { id: o.messageId ?? "1", channel_id: o.channel },
          data: {
            custom_id: o.customId,
            component_type: o.values ? 3 : 2,
            ...(o.values ? { values: o.values } : {}),
          },
        }),
  };
}
