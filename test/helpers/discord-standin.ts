import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One REST call the stand-in received. */
export interface DiscordCall {
  method: string;
  path: string;
  body: Record<string, unknown>;
  auth: string | undefined;
}

/**
 * A local stand-in for Discord's REST API on 127.0.0.1 (discord.js's REST `api` option points here):
 * records calls, creates messages (honouring `enforce_nonce`), answers interaction callbacks.
 */
export class DiscordStandin {
  readonly calls: DiscordCall[] = [];
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
    const raw = Buffer.concat(chunks).toString("utf8");
    const path = (req.url ?? "").replace(/^\/api\/v10/, "").split("?")[0]!;
    const call = {
      method: req.method ?? "",
      path,
      body: raw ? JSON.parse(raw) : {},
      auth: req.headers.authorization,
    };
    this.calls.push(call);
    if (/^\/interactions\/[^/]+\/[^/]+\/callback$/.test(path)) {
      res.writeHead(204);
      res.end();
      return;
    }
    const body = this.answer(call);
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  }

  private answer(call: DiscordCall): unknown {
    const msg = /^\/channels\/([^/]+)\/messages$/.exec(call.path);
    if (call.method === "POST" && msg) {
      const nonce = call.body.enforce_nonce ? String(call.body.nonce) : null;
      const earlier = nonce ? this.nonces.get(nonce) : undefined;
      if (earlier) return earlier;
      const created = { id: String(++this.seq), channel_id: msg[1], ...call.body };
      if (nonce) this.nonces.set(nonce, created);
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
