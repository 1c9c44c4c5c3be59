import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createIngestHandler } from "../../../src/ingest/ingest-route.js";
import { buildDeps } from "./deps.js";

const built = await buildDeps();
let server: Server;
let url = "";

beforeAll(async () => {
  const handler = createIngestHandler({
    pipeline: built.pipeline,
    token: "s3cret",
    maxBytes: 4096,
    metrics: built.deps.metrics,
  });
  server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ingest`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

function post(body: string, token: string | null = "s3cret") {
  return fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
}

describe("POST /ingest", () => {
  it("refuses a request without the right bearer token", async () => {
    expect((await post("{}", null)).status).toBe(401);
    expect((await post("{}", "wrong")).status).toBe(401);
  });

  it("accepts one mention or an array, and counts a repeat as a duplicate", async () => {
    const one = {
      source: "zapier",
      text: "Acme Telecom double-billed me again",
      url: "https://x.example/a?utm_source=z",
    };
    const r1 = await post(JSON.stringify(one));
    expect(r1.status).toBe(202);
    expect(await r1.json()).toEqual({ accepted: 1, duplicates: 0 });
    const r2 = await post(
      JSON.stringify([
        { ...one, url: "https://X.example/a/" },
        { source: "zapier", text: "Love my Acme fiber", rating: 5 },
      ]),
    );
    expect(await r2.json()).toEqual({ accepted: 1, duplicates: 1 });
  });

  it("lists every validation problem with its place in a 400", async () => {
    const r = await post(
      JSON.stringify([
        { source: "x", text: "ok" },
        { text: 3, rating: 9, url: "nope" },
      ]),
    );
    expect(r.status).toBe(400);
    const body = (await r.json()) as { errors: string[] };
    expect(body.errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^1\.source: /),
        expect.stringMatching(/^1\.text: /),
        expect.stringMatching(/^1\.rating: /),
        expect.stringMatching(/^1\.url: /),
      ]),
    );
    expect(await built.store.mentions.count()).toBe(2);
  });

  it("says why a body is not JSON", async () => {
    const r = await post("{not json");
    expect(r.status).toBe(400);
    expect(((await r.json()) as { error: string }).error).toBe("body is not valid JSON");
  });

  it("answers 413 over the size limit", async () => {
    const r = await post(JSON.stringify({ source: "x", text: "a".repeat(10_000) }));
    expect(r.status).toBe(413);
  });
});

describe("POST /ingest when the pipeline fails", () => {
  it("answers 500 with a reference, and logs the internal text under it", async () => {
    const lines: string[] = [];
    const log = {
      ...built.deps.log,
      error: (msg: string, f?: Record<string, unknown>) => lines.push(JSON.stringify({ msg, ...f })),
    };
    const failing = {
      ingest: async () => {
        throw new Error("ECONNRESET redis 10.0.0.5:6379 internal detail");
      },
    } as unknown as typeof built.pipeline;
    const handler = createIngestHandler({
      pipeline: failing,
      token: "t",
      maxBytes: 4096,
      metrics: built.deps.metrics,
      log,
    });
    const s = createServer((req, res) => void handler(req, res));
    await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
    const r = await fetch(`http://127.0.0.1:${(s.address() as AddressInfo).port}/ingest`, {
      method: "POST",
      headers: { authorization: "Bearer t", "content-type": "application/json; charset=utf-8" },
      body: JSON.stringify({ source: "x", text: "Acme" }),
    });
    await new Promise<void>((res) => s.close(() => res()));
    expect(r.status).toBe(500);
    const body = (await r.json()) as { error: string };
    expect(body).toEqual({ error: expect.stringMatching(/^could not ingest \(ref [0-9a-f]{6}\)$/) });
    const ref = body.error.slice(-7, -1);
    expect(lines.some((l) => l.includes(ref) && l.includes("internal detail"))).toBe(true);
  });
});
