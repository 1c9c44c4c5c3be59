import { connect } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { guardSlackRequest } from "../../../src/adapters/slack/http-guard.js";
import { silentLogger } from "../../../src/core/log.js";
import { Metrics } from "../../../src/core/metrics.js";
import { HttpServer, sendJson } from "../../../src/http/server.js";

let server: HttpServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function start(extra: Partial<ConstructorParameters<typeof HttpServer>[0]> = {}) {
  const lines: string[] = [];
  const log = {
    ...silentLogger,
    error: (msg: string, f?: Record<string, unknown>) => lines.push(JSON.stringify({ msg, ...f })),
  };
  const metrics = new Metrics();
  server = new HttpServer({ port: 0, host: "127.0.0.1", log, metrics, checks: [], routes: {}, ...extra });
  const port = await server.listen();
  return { base: `http://127.0.0.1:${port}`, metrics, lines };
}

describe("HTTP server", () => {
  it("answers /livez and /healthz", async () => {
    const { base } = await start({ checks: [{ name: "store", healthy: async () => false }] });
    expect((await fetch(`${base}/livez`)).status).toBe(200);
    const h = await fetch(`${base}/healthz`);
    expect(h.status).toBe(503);
    expect(await h.json()).toEqual({ status: "down", down: ["store"] });
  });

  it("keeps /metrics small under thousands of unknown paths: one `other` route series", async () => {
    const { base } = await start();
    for (let i = 0; i < 2000; i++) await (await fetch(`${base}/nope/${i}?k=${i}`)).arrayBuffer();
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toContain('orm_http_request_seconds_count{route="other"} 2000');
    expect(text.length).toBeLessThan(20_000);
  });

  it("answers a failing route with a reference, never the internal text", async () => {
    const { base, lines } = await start({
      routes: {
        "GET /boom": () => {
          throw new Error("secret internals at /var/lib/x");
        },
      },
    });
    const r = await fetch(`${base}/boom`);
    expect(r.status).toBe(500);
    const body = (await r.json()) as { error: string };
    expect(body.error).toMatch(/^something went wrong \(ref [0-9a-f]{6}\)$/);
    expect(JSON.stringify(body)).not.toContain("secret");
    expect(lines.join("\n")).toContain(body.error.slice(-7, -1));
  });

  it("cuts off a client that trickles its body", async () => {
    const { base } = await start({
      requestTimeoutMs: 1500,
      headersTimeoutMs: 1000,
      routes: {
        "POST /slow": async (req, res) => {
          for await (const _ of req);
          sendJson(res, 200, {});
        },
      },
    });
    const { port } = new URL(base);
    const t0 = Date.now();
    const answer = await new Promise<string>((resolve) => {
      const sock = connect(Number(port), "127.0.0.1");
      let got = "";
      sock.on("data", (d) => {
        got += d;
      });
      sock.on("close", () => resolve(got));
      sock.on("error", () => resolve(got));
      sock.write("POST /slow HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n");
      const drip = setInterval(() => sock.writable && sock.write("a"), 200);
      sock.on("close", () => clearInterval(drip));
    });
    expect(Date.now() - t0).toBeLessThan(6000);
    expect(answer).toMatch(/^HTTP\/1.1 408|^$/);
  });
});

describe("Slack request guard", () => {
  it("refuses timestamps more than 5 minutes in the future and accepts a charset in the content type", async () => {
    const seen: string[] = [];
    const now = 1_800_000_000_000;
    const { base } = await start({
      routes: {
        "POST /slack/events": guardSlackRequest(
          (req, res) => {
            seen.push(String(req.headers["content-type"]));
            sendJson(res, 200, {});
          },
          () => now,
        ),
      },
    });
    const post = (ts: number, type: string) =>
      fetch(`${base}/slack/events`, {
        method: "POST",
        headers: { "x-slack-request-timestamp": String(Math.floor(ts / 1000)), "content-type": type },
        body: "a=1",
      });
    expect((await post(now + 3_600_000, "application/x-www-form-urlencoded")).status).toBe(401);
    expect((await post(now + 60_000, "application/x-www-form-urlencoded; charset=utf-8")).status).toBe(200);
    expect(seen).toEqual(["application/x-www-form-urlencoded"]);
  });
});
