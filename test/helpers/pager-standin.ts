import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One request the pager stand-in received. */
export interface PagerCall {
  api: "pagerduty" | "opsgenie";
  path: string;
  headers: Record<string, string | undefined>;
  body: Record<string, unknown>;
}

/**
 * A local stand-in for PagerDuty's Events API v2 (`POST /v2/enqueue`) and Opsgenie's Alert API
 * (`POST /v2/alerts`, `/v2/alerts/{alias}/acknowledge`) on 127.0.0.1: validates requests the way the
 * real APIs document (400 for an invalid event, 401/403 without a key) and records the accepted ones.
 */
export class PagerStandin {
  readonly calls: PagerCall[] = [];
  readonly rejected: PagerCall[] = [];
  private failures: number[] = [];
  private server: Server | null = null;
  url = "";

  constructor(private readonly opsgenieKey = "genie-test-key") {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((r) => this.server!.listen(0, "127.0.0.1", () => r()));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** The next requests answer with these HTTP statuses (e.g. 500, 429), in order. */
  failNext(...statuses: number[]): void {
    this.failures.push(...statuses);
  }

  /** Accepted PagerDuty events with this action. */
  events(action: string): Array<Record<string, unknown>> {
    return this.calls
      .filter((c) => c.api === "pagerduty" && c.body.event_action === action)
      .map((c) => c.body);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const path = req.url ?? "";
    let body: Record<string, unknown> = {};
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as Record<string, unknown>;
    } catch {
      return send(res, 400, {
        status: "invalid event",
        message: "Event object is invalid",
        errors: ["bad JSON"],
      });
    }
    const api = path.startsWith("/v2/enqueue") ? "pagerduty" : "opsgenie";
    const call: PagerCall = { api, path, headers: { authorization: req.headers.authorization }, body };
    const failure = this.failures.shift();
    if (failure) return send(res, failure, { status: "error", message: "stand-in failure" });
    const problem = api === "pagerduty" ? checkPagerDuty(body) : this.checkOpsgenie(call);
    if (problem) {
      this.rejected.push(call);
      return send(res, problem.status, problem.body);
    }
    this.calls.push(call);
    if (api === "pagerduty")
      return send(res, 202, { status: "success", message: "Event processed", dedup_key: body.dedup_key });
    return send(res, 202, {
      result: "Request will be processed",
      took: 0.01,
      requestId: `req-${this.calls.length}`,
    });
  }

  private checkOpsgenie(call: PagerCall): { status: number; body: unknown } | null {
    if (call.headers.authorization !== `GenieKey ${this.opsgenieKey}`)
      return { status: 401, body: { message: "Key format is not valid!", took: 0, requestId: "x" } };
    if (call.path === "/v2/alerts" && typeof call.body.message !== "string")
      return {
        status: 422,
        body: { message: "Request body is not processable", errors: { message: "required" } },
      };
    return null;
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

function checkPagerDuty(b: Record<string, unknown>): { status: number; body: unknown } | null {
  const errors: string[] = [];
  if (typeof b.routing_key !== "string" || b.routing_key.length !== 32)
    errors.push("'routing_key' must be 32 characters");
  if (!["trigger", "acknowledge", "resolve"].includes(String(b.event_action)))
    errors.push("'event_action' is invalid");
  if (b.event_action === "trigger") {
    const p = b.payload as Record<string, unknown> | undefined;
    if (!p || typeof p.summary !== "string" || typeof p.source !== "string")
      errors.push("'payload' is invalid or missing");
    else if (!["critical", "error", "warning", "info"].includes(String(p.severity)))
      errors.push("'payload.severity' is invalid");
  } else if (typeof b.dedup_key !== "string") errors.push("'dedup_key' is required");
  return errors.length
    ? { status: 400, body: { status: "invalid event", message: "Event object is invalid", errors } }
    : null;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

/** Starts a pager stand-in on a free port. */
export async function startPagerStandin(opsgenieKey?: string): Promise<PagerStandin> {
  return new PagerStandin(opsgenieKey).start();
}
