import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";
import { APPLICATION_ID } from "./discord-payloads.js";
import type { DiscordStandin } from "./discord-standin.js";

const OP = { dispatch: 0, heartbeat: 1, identify: 2, resume: 6, hello: 10, heartbeatAck: 11 } as const;
/** Discord's close code for a token it doesn't accept. */
const AUTHENTICATION_FAILED = 4004;
/** The bot's own user id, as READY tells the client. */
export const BOT_USER_ID = "100000000000000001";

/**
 * A local stand-in for Discord's gateway on 127.0.0.1 (JSON encoding, no compression): `GET
 * /gateway/bot` on the REST stand-in points here; each connection gets HELLO, an IDENTIFY with the
 * right token gets READY (no guilds, so the client is ready at once; a wrong one is closed with 4004),
 * heartbeats are acknowledged, and `dispatch` sends an event with the next sequence number.
 */
export class DiscordGatewayStandin {
  /** Payloads the client sent (identify, heartbeats, resumes). */
  readonly received: Array<{ op: number; d: unknown }> = [];
  private server: WebSocketServer | null = null;
  private readonly sockets = new Set<WebSocket>();
  private readonly open = new Set<WebSocket>();
  private seq = 0;
  url = "";

  constructor(private readonly token: string) {}

  /** Starts listening and makes `rest`'s `GET /gateway/bot` point here. */
  async start(rest: DiscordStandin): Promise<this> {
    const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
    await new Promise<void>((r) => server.once("listening", () => r()));
    this.server = server;
    this.url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
    rest.gatewayUrl = this.url;
    server.on("connection", (socket) => {
      this.open.add(socket);
      socket.on("close", () => {
        this.open.delete(socket);
        this.sockets.delete(socket);
      });
      socket.on("message", (data) => this.onPayload(socket, JSON.parse(String(data))));
      socket.send(JSON.stringify({ op: OP.hello, d: { heartbeat_interval: 41_250 }, s: null, t: null }));
    });
    return this;
  }

  /** How many clients are connected (identified or not). */
  get connections(): number {
    return this.open.size;
  }

  private onPayload(socket: WebSocket, p: { op: number; d: Record<string, unknown> }): void {
    this.received.push(p);
    if (p.op === OP.heartbeat)
      socket.send(JSON.stringify({ op: OP.heartbeatAck, d: null, s: null, t: null }));
    if (p.op === OP.identify) {
      if (p.d.token !== this.token) {
        socket.close(AUTHENTICATION_FAILED, "Authentication failed.");
        return;
      }
      this.sockets.add(socket);
      this.send(socket, "READY", {
        v: 10,
        user: { id: BOT_USER_ID, username: "orm-bot", discriminator: "0", global_name: null, bot: true },
        guilds: [],
        session_id: randomUUID().replace(/-/g, ""),
        resume_gateway_url: this.url,
        shard: [0, 1],
        application: { id: APPLICATION_ID, flags: 0 },
      });
    }
  }

  private send(socket: WebSocket, t: string, d: unknown): void {
    socket.send(JSON.stringify({ op: OP.dispatch, t, s: ++this.seq, d }));
  }

  /** Sends a dispatch event (e.g. INTERACTION_CREATE) to every identified client. */
  dispatch(t: string, d: unknown): void {
    for (const s of this.sockets) this.send(s, t, d);
  }

  async stop(): Promise<void> {
    const s = this.server;
    this.server = null;
    for (const socket of this.open) socket.terminate();
    if (s) await new Promise<void>((r) => s.close(() => r()));
  }
}

/** Starts a gateway stand-in wired to the REST stand-in `rest`, accepting `token`. */
export async function startDiscordGatewayStandin(
  rest: DiscordStandin,
  token: string,
): Promise<DiscordGatewayStandin> {
  return new DiscordGatewayStandin(token).start(rest);
}
