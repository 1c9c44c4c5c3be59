import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { errorMessage, newErrorRef } from "../core/errors.js";
import type { Logger } from "../core/log.js";
import type { Metrics } from "../core/metrics.js";

/** Handles one request; the route table picks it by method and path. */
export type HttpHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

/** A component whose health `/healthz` reports. */
export interface HealthCheck {
  name: string;
  healthy(): Promise<boolean>;
}

export interface HttpServerConfig {
  port: number;
  host?: string;
  log: Logger;
  metrics: Metrics;
  checks: HealthCheck[];
  /** Extra routes, keyed `METHOD /path` (e.g. `POST /ingest`, `POST /slack/events`). */
  routes: Record<string, HttpHandler>;
  /** A client must have sent its headers within this; default 10 s. */
  headersTimeoutMs?: number;
  /** A client must have sent its whole request (headers and body) within this; default 20 s. */
  requestTimeoutMs?: number;
}

/** Routes the server answers itself. */
const OWN_ROUTES = ["GET /healthz", "GET /livez", "GET /metrics"];

/** Writes a JSON response. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

async function health(checks: HealthCheck[]): Promise<{ ok: boolean; down: string[] }> {
  const results = await Promise.all(
    checks.map(async (c) => {
      const ok = await Promise.race([
        c.healthy().catch(() => false),
        new Promise<boolean>((r) => setTimeout(() => r(false), 2000).unref()),
      ]);
      return { name: c.name, ok };
    }),
  );
  const down = results.filter((r) => !r.ok).map((r) => r.name);
  return { ok: down.length === 0, down };
}

/** The bot's HTTP server: /livez, /healthz, /metrics, and the routes adapters and ingest add. */
export class HttpServer {
  private server: Server | null = null;
  /** Set by `close`: new requests are answered 503 while the ones in flight finish. */
  private draining = false;
  private inFlight = 0;
  private idleWaiters: Array<() => void> = [];

  constructor(private readonly config: HttpServerConfig) {}

  /** The `route` label of a request: its route key when one exists, else `other` (one series). */
  private routeLabel(key: string): string {
    return OWN_ROUTES.includes(key) || Object.hasOwn(this.config.routes, key) ? key : "other";
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? "/").split("?")[0]!;
    const key = `${req.method} ${path}`;
    const started = performance.now();
    this.inFlight++;
    try {
      if (this.draining) {
        res.setHeader("connection", "close");
        res.setHeader("retry-after", "5");
        sendJson(res, 503, { error: "shutting down; try again shortly" });
      } else if (key === "GET /livez") sendJson(res, 200, { status: "ok" });
      else if (key === "GET /healthz") {
        const h = await health(this.config.checks);
        sendJson(res, h.ok ? 200 : 503, h.ok ? { status: "ok" } : { status: "down", down: h.down });
      } else if (key === "GET /metrics") {
        const text = await this.config.metrics.render();
        res.writeHead(200, { "content-type": this.config.metrics.contentType });
        res.end(text);
      } else {
        const route = Object.hasOwn(this.config.routes, key) ? this.config.routes[key] : undefined;
        if (route) await route(req, res);
        else sendJson(res, 404, { error: `no route for ${key.slice(0, 200)}` });
      }
    } catch (err) {
      const ref = newErrorRef();
      this.config.log.error("http request failed", {
        ref,
        route: this.routeLabel(key),
        error: errorMessage(err),
      });
      if (!res.headersSent) sendJson(res, 500, { error: `something went wrong (ref ${ref})` });
      else res.end();
    } finally {
      if (--this.inFlight === 0) for (const wake of this.idleWaiters.splice(0)) wake();
      this.config.metrics.observe(
        "orm_http_request_seconds",
        "HTTP request latency by route (unknown paths: other)",
        { route: this.routeLabel(key) },
        (performance.now() - started) / 1000,
      );
    }
  }

  /** Starts listening; resolves with the bound port (useful with port 0). */
  async listen(): Promise<number> {
    // Slow clients are cut off: headers within 10 s, the whole request within 20 s (checked every second).
    const server = createServer(
      {
        headersTimeout: Math.min(
          this.config.headersTimeoutMs ?? 10_000,
          this.config.requestTimeoutMs ?? 20_000,
        ),
        requestTimeout: this.config.requestTimeoutMs ?? 20_000,
        connectionsCheckingInterval: 1000,
      },
      (req, res) => void this.handle(req, res),
    );
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.config.port, this.config.host ?? "0.0.0.0", () => resolve());
    });
    return (server.address() as AddressInfo).port;
  }

  /**
   * Stops listening and lets the requests in flight finish, for at most `graceMs` (default 0); a request
   * that arrives meanwhile on an open connection gets 503 with `Retry-After`. Then every connection is cut.
   */
  async close(graceMs = 0): Promise<void> {
    const s = this.server;
    this.server = null;
    if (!s) return;
    this.draining = true;
    const closed = new Promise<void>((resolve) => s.close(() => resolve()));
    s.closeIdleConnections();
    if (this.inFlight > 0 && graceMs > 0) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        new Promise<void>((r) => this.idleWaiters.push(r)),
        new Promise<void>((r) => {
          timer = setTimeout(r, graceMs);
        }),
      ]);
      clearTimeout(timer);
    }
    s.closeAllConnections();
    await closed;
  }
}
