import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type SlackMember, usersListPage } from "./slack-directory.js";
import { type ResponseContext, SlackMessages, type StoredMessage } from "./slack-messages.js";
import { SlackViews } from "./slack-views.js";
import { SlackWorkspace } from "./slack-workspace.js";

export type { StoredMessage } from "./slack-messages.js";

/** One Web API call (or response_url post) the stand-in received, with its decoded arguments. */
export interface RecordedCall {
  method: string;
  args: Record<string, unknown>;
  atMs: number;
}

interface Failure {
  status: number;
  retryAfterS?: number;
  /** Do the work, then answer with the failure (a post that landed but whose answer was lost). */
  afterApplying?: boolean;
  /** Instead of answering, cut the connection (after the work when `afterApplying`). */
  drop?: boolean;
  /** With a 429: refuse every call of the method until Retry-After has passed, as Slack does. */
  hold?: boolean;
}

/** Slack counts a retry that comes back this much before Retry-After ends as on time (clock skew). */
const SKEW_MS = 20;

function decodeArgs(raw: string, type: string | undefined): Record<string, unknown> {
  if (type?.includes("application/json")) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    out[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
  }
  return out;
}

/**
 * A local stand-in for Slack's Web API on 127.0.0.1: records every call, keeps posted messages
 * (with metadata) for history, and can be told to answer 429 with Retry-After or 500. Channels,
 * invites, pins and file uploads (served on `/upload/{file id}`) live in `workspace`.
 */
export class SlackStandin {
  readonly calls: RecordedCall[] = [];
  readonly store = new SlackMessages();
  /** Trigger ids and the modals opened with them (views.open). */
  readonly views = new SlackViews();
  /** Calls that came back while a held 429's Retry-After had not yet passed. */
  earlyRetries = 0;
  private readonly failures = new Map<string, Failure[]>();
  private readonly fixed = new Map<string, Record<string, unknown>>();
  private readonly limitedUntil = new Map<string, number>();
  private readonly responseContexts = new Map<string, ResponseContext>();
  private server: Server | null = null;
  url = "";
  usergroups: Array<{ id: string; handle: string; users: string[] }> = [];
  /** The workspace's people, as users.list pages them. */
  users: SlackMember[] = [];
  readonly workspace = new SlackWorkspace(
    () => this.url,
    (channel, ts) => this.messages.some((m) => m.channel === channel && m.ts === ts),
  );

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((r) => this.server!.listen(0, "127.0.0.1", () => r()));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** The next call(s) of `method` fail as given, in order. */
  failNext(method: string, ...failures: Failure[]): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...failures]);
  }

  /** Every later call of `method` gets `body` (e.g. `{ ok: false, error: "invalid_auth" }`). */
  answerWith(method: string, body: Record<string, unknown>): void {
    this.fixed.set(method, body);
  }

  /** Calls of one method, in arrival order. */
  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Messages posted with chat.postMessage, in order. */
  get messages(): StoredMessage[] {
    return this.store.messages;
  }

  /**
   * A response_url the bot can answer through (recorded as method `response_url`); with `ctx`, what
   * it posts shows in that channel (ephemeral ones to that user only), as Slack shows it.
   */
  responseUrl(id: string, ctx?: ResponseContext): string {
    if (ctx) this.responseContexts.set(id, ctx);
    return `${this.url}/response/${id}`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const path = (req.url ?? "").split("?")[0]!;
    if (path.startsWith("/upload/")) return this.upload(path.slice(8), raw, req, res);
    const args = decodeArgs(raw.toString("utf8"), req.headers["content-type"]);
    const response = path.startsWith("/response/") ? path.slice("/response/".length) : null;
    const method = response !== null ? "response_url" : path.replace(/^\/api\//, "");
    this.calls.push({ method, args, atMs: Date.now() });
    const until = this.limitedUntil.get(method) ?? 0;
    if (Date.now() < until - SKEW_MS) {
      this.earlyRetries++;
      return this.fail(res, { status: 429, retryAfterS: Math.ceil((until - Date.now()) / 1000) });
    }
    const failure = this.failures.get(method)?.shift();
    if (failure?.hold && failure.retryAfterS !== undefined)
      this.limitedUntil.set(method, Date.now() + failure.retryAfterS * 1000);
    if (failure && !failure.afterApplying) return this.fail(res, failure);
    const ctx = response !== null ? this.responseContexts.get(response) : undefined;
    const body = this.fixed.get(method) ?? (ctx ? this.store.respond(ctx, args) : this.answer(method, args));
    if (failure) return this.fail(res, failure);
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  }

  /** The upload URL: takes a file's bytes (recorded as method `upload`). */
  private async upload(id: string, raw: Buffer, req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.calls.push({ method: "upload", args: { fileId: id, size: raw.length }, atMs: Date.now() });
    const failure = this.failures.get("upload")?.shift();
    if (failure) return this.fail(res, failure);
    const status = await this.workspace.receive(id, raw, req.headers["content-type"]);
    res.writeHead(status, { "content-type": "text/plain" });
    res.end(status === 200 ? `OK - ${raw.length}` : "bad upload");
  }

  private fail(res: ServerResponse, f: Failure): void {
    if (f.drop) {
      res.socket?.destroy();
      return;
    }
    res.writeHead(f.status, {
      "content-type": "application/json",
      ...(f.retryAfterS !== undefined ? { "retry-after": String(f.retryAfterS) } : {}),
    });
    res.end(JSON.stringify({ ok: false, error: f.status === 429 ? "ratelimited" : "internal_error" }));
  }

  private answer(method: string, a: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case "auth.test":
        return { ok: true, user_id: "UBOT", bot_id: "BBOT", team_id: "T111", user: "orm-bot" };
      case "usergroups.list":
        return { ok: true, usergroups: this.usergroups };
      case "users.list":
        return usersListPage(this.users, a);
      default:
        return (
          this.store.answer(method, a) ??
          this.views.answer(method, a) ??
          this.workspace.answer(method, a) ?? { ok: true }
        );
    }
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
export async function startSlackStandin(): Promise<SlackStandin> {
  return new SlackStandin().start();
}

/** Slack's request signature: `v0=` + HMAC-SHA256 of `v0:{timestamp}:{body}`. */
export function slackSignature(secret: string, timestampS: number, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestampS}:${body}`).digest("hex")}`;
}

export interface SignedPostOptions {
  /** Seconds since the epoch written in the header (default: now). */
  timestampS?: number;
  /** Sign with this secret instead (a forgery). */
  secret?: string;
  retryNum?: number;
}

/** POSTs a form body to the bot's `/slack/events`, signed like Slack signs it. */
export async function postSigned(
  url: string,
  secret: string,
  form: Record<string, string>,
  options: SignedPostOptions = {},
): Promise<Response> {
  const body = new URLSearchParams(form).toString();
  const ts = options.timestampS ?? Math.floor(Date.now() / 1000);
  return fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "x-slack-request-timestamp": String(ts),
      "x-slack-signature": slackSignature(options.secret ?? secret, ts, body),
      ...(options.retryNum !== undefined
        ? { "x-slack-retry-num": String(options.retryNum), "x-slack-retry-reason": "http_timeout" }
        : {}),
    },
    body,
  });
}

export { eventually } from "./eventually.js";
