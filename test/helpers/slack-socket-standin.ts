import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";
import type { SlackStandin } from "./slack-standin.js";

/** A frame the bot sent back over the socket (an acknowledgement: `{ envelope_id, payload? }`). */
export type SocketFrame = Record<string, unknown>;

/**
 * A local stand-in for Slack's Socket Mode on 127.0.0.1: `apps.connections.open` on the Web API
 * stand-in answers with this server's ws:// URL; each connection gets a `hello`, and `send` pushes
 * an envelope to every connected client. Frames from the bot are kept in `received`.
 */
export class SlackSocketStandin {
  readonly received: SocketFrame[] = [];
  private server: WebSocketServer | null = null;
  private readonly sockets = new Set<WebSocket>();
  url = "";

  /** Starts listening and makes `web`'s apps.connections.open point here. */
  async start(web: SlackStandin): Promise<this> {
    const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
    await new Promise<void>((r) => server.once("listening", () => r()));
    this.server = server;
    this.url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link`;
    web.answerWith("apps.connections.open", { ok: true, url: this.url });
    server.on("connection", (socket) => {
      this.sockets.add(socket);
      socket.on("close", () => this.sockets.delete(socket));
      socket.on("message", (data) => {
        this.received.push(JSON.parse(String(data)) as SocketFrame);
      });
      socket.send(
        JSON.stringify({
          type: "hello",
          num_connections: 1,
          connection_info: { app_id: "A0ORMBOT" },
          debug_info: { host: "applink-standin", approximate_connection_time: 18060 },
        }),
      );
    });
    return this;
  }

  /** How many clients are connected. */
  get connections(): number {
    return this.sockets.size;
  }

  /** Pushes a slash command envelope (Socket Mode's `slash_commands`); returns its envelope id. */
  sendSlashCommand(payload: Record<string, string>): string {
    return this.deliver("slash_commands", payload);
  }

  /**
   * Pushes an envelope to every connected client: `slash_commands` (the form fields as an object) or
   * `interactive` (a block_actions payload). A redelivery carries `retry_attempt` and `retry_reason`
   * like Slack's, in a new envelope. Returns the envelope id.
   */
  deliver(
    type: "slash_commands" | "interactive",
    payload: Record<string, unknown>,
    retryAttempt?: number,
  ): string {
    const id = randomUUID();
    const frame = {
      envelope_id: id,
      type,
      accepts_response_payload: type === "slash_commands",
      payload,
      ...(retryAttempt ? { retry_attempt: retryAttempt, retry_reason: "timeout" } : {}),
    };
    for (const s of this.sockets) s.send(JSON.stringify(frame));
    return id;
  }

  async stop(): Promise<void> {
    const s = this.server;
    this.server = null;
    for (const socket of this.sockets) socket.terminate();
    if (s) await new Promise<void>((r) => s.close(() => r()));
  }
}

/** Starts a Socket Mode stand-in wired to the Web API stand-in `web`. */
export async function startSlackSocketStandin(web: SlackStandin): Promise<SlackSocketStandin> {
  return new SlackSocketStandin().start(web);
}
