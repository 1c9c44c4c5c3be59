import { readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FetchError, fetchFeed } from "../../../../src/connectors/feed/fetch.js";
import { HostLimiter } from "../../../../src/connectors/feed/host-limiter.js";
import { parseFeed } from "../../../../src/connectors/feed/parse.js";
import { PACKAGE_ROOT } from "../../../../src/core/paths.js";
import { FeedServer } from "./feed-server.js";

const RSS = readFileSync(join(PACKAGE_ROOT, "samples", "feeds", "foro-es.rss.xml"));
const server = new FeedServer();

beforeAll(async () => {
  await server.start();
  server.route("/etag", (req, res) => {
    if (req.headers["if-none-match"] === '"v1"') return void res.writeHead(304).end();
    res.writeHead(200, { etag: '"v1"', "content-type": "application/rss+xml" }).end(RSS);
  });
  server.route("/lm", (req, res) => {
    const lm = "Sun, 22 Nov 2026 08:00:00 GMT";
    if (req.headers["if-modified-since"] === lm) return void res.writeHead(304).end();
    res.writeHead(200, { "last-modified": lm, "cache-control": "public, max-age=600" }).end(RSS);
  });
  server.route("/500", (_q, res) => void res.writeHead(500).end("boom"));
  server.route("/429", (_q, res) => void res.writeHead(429, { "retry-after": "120" }).end());
  server.route("/slow", (_q, res) => {
    res.writeHead(200, { "content-type": "application/rss+xml" });
    res.write("<rss>");
    setTimeout(() => res.end("</rss>"), 5_000).unref();
  });
  server.route("/loop", (_q, res) => void res.writeHead(302, { location: "/loop2" }).end());
  server.route("/loop2", (_q, res) => void res.writeHead(302, { location: "/loop" }).end());
  server.route("/hop", (_q, res) => void res.writeHead(301, { location: "/etag" }).end());
  server.route(
    "/gzip",
    (_q, res) => void res.writeHead(200, { "content-encoding": "gzip" }).end(gzipSync(RSS)),
  );
  server.route(
    "/br",
    (_q, res) => void res.writeHead(200, { "content-encoding": "br" }).end(brotliCompressSync(RSS)),
  );
  server.route("/html-type", (_q, res) => void res.writeHead(200, { "content-type": "text/html" }).end(RSS));
  server.route("/truncated", (_q, res) => {
    res.writeHead(200, { "content-length": String(RSS.length) });
    res.write(RSS.subarray(0, 2000));
    setTimeout(() => res.destroy(), 20);
  });
  server.route("/huge", (_q, res) => {
    res.writeHead(200, { "content-type": "application/rss+xml" });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    const pump = () => {
      while (sent < 50 * 1024 * 1024) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once("drain", pump);
      }
      res.end();
    };
    res.on("close", () => {
      sent = Number.POSITIVE_INFINITY;
    });
    pump();
  });
  const koi = iconv.encode(
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Пример RSS ленты</title><item><title>Привет мир</title><link>http://x.example/1</link></item></channel></rss>',
    "koi8-r",
  );
  server.route(
    "/koi8",
    (_q, res) => void res.writeHead(200, { "content-type": "text/xml; charset=KOI8-R" }).end(koi),
  );
});
afterAll(() => server.stop());

describe("fetchFeed against a real local server", () => {
  it("sends the ETag back and gets a 304 with an empty body", async () => {
    const first = await fetchFeed(`${server.url}/etag`);
    expect(first.status).toBe(200);
    expect(first.etag).toBe('"v1"');
    const second = await fetchFeed(`${server.url}/etag`, { etag: first.etag });
    expect(second).toMatchObject({ status: 304, notModified: true });
    expect(second.body.length).toBe(0);
  });

  it("uses Last-Modified and reads Cache-Control max-age", async () => {
    const first = await fetchFeed(`${server.url}/lm`);
    expect(first.maxAgeMs).toBe(600_000);
    const second = await fetchFeed(`${server.url}/lm`, { lastModified: first.lastModified });
    expect(second.notModified).toBe(true);
  });

  it("sends a clear User-Agent and asks for compressed bodies", async () => {
    await fetchFeed(`${server.url}/etag`);
    const req = server.requests.at(-1)!;
    expect(req.headers["user-agent"]).toMatch(/^orm-bot\//);
    expect(req.headers["accept-encoding"]).toContain("gzip");
  });

  it("turns a 500 into a FetchError with the status", async () => {
    await expect(fetchFeed(`${server.url}/500`)).rejects.toMatchObject({
      status: 500,
      message: expect.stringContaining("HTTP 500"),
    });
  });

  it("carries Retry-After of a 429 in ms", async () => {
    const err = await fetchFeed(`${server.url}/429`).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FetchError);
    expect(err).toMatchObject({ status: 429, retryAfterMs: 120_000 });
  });

  it("gives up on a slow response at the time cap", async () => {
    await expect(fetchFeed(`${server.url}/slow`, { timeoutMs: 200 })).rejects.toThrow(
      /timed out after 200 ms/,
    );
  });

  it("follows a redirect and stops a redirect loop after 5 hops", async () => {
    const r = await fetchFeed(`${server.url}/hop`);
    expect(r.url).toBe(`${server.url}/etag`);
    await expect(fetchFeed(`${server.url}/loop`)).rejects.toThrow(/more than 5 redirects/);
  });

  it("decompresses gzip and brotli", async () => {
    for (const path of ["/gzip", "/br"]) {
      const r = await fetchFeed(`${server.url}${path}`);
      expect(r.body.equals(RSS)).toBe(true);
    }
  });

  it("parses a feed served with a wrong content-type", async () => {
    const r = await fetchFeed(`${server.url}/html-type`);
    expect(
      parseFeed(r.body, { sourceId: "x", contentType: r.contentType ?? undefined }).mentions,
    ).toHaveLength(12);
  });

  it("reports a body cut short", async () => {
    await expect(fetchFeed(`${server.url}/truncated`)).rejects.toThrow(FetchError);
  });

  it("stops reading a 50 MB body at the size cap", async () => {
    const before = process.memoryUsage().arrayBuffers;
    await expect(fetchFeed(`${server.url}/huge`, { maxBytes: 1024 * 1024 })).rejects.toThrow(
      /over the 1048576-byte cap/,
    );
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(40 * 1024 * 1024);
  });

  it("decodes with a charset given only in the Content-Type header", async () => {
    const r = await fetchFeed(`${server.url}/koi8`);
    const feed = parseFeed(r.body, { sourceId: "x", contentType: r.contentType ?? undefined });
    expect(feed.title).toBe("Пример RSS ленты");
    expect(feed.mentions[0]!.title).toBe("Привет мир");
  });

  it("keeps at most maxPerHost requests in flight to one host", async () => {
    const limiter = new HostLimiter(1);
    let peak = 0;
    const host = new URL(server.url).host;
    const watch = setInterval(() => {
      peak = Math.max(peak, limiter.inFlight(host));
    }, 1);
    await Promise.all([1, 2, 3].map(() => fetchFeed(`${server.url}/etag`, { limiter })));
    clearInterval(watch);
    expect(peak).toBeLessThanOrEqual(1);
    expect(limiter.inFlight(host)).toBe(0);
  });
});
