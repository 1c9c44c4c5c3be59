import { appendFileSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EmbeddedStore } from "../../../src/backends/memory/store.js";
import type { StoredMention } from "../../../src/core/stored-mention.js";
import { tempDir } from "../../helpers/cli.js";

function mention(id: string, at: number): StoredMention {
  return {
    id,
    source: "s",
    url: null,
    title: null,
    text: `text ${id}`,
    author: null,
    publishedAt: null,
    reach: null,
    rating: null,
    seenAt: at,
    at,
    analysis: {
      lang: "en",
      sentiment: { label: "negative", score: -0.5 },
      topics: [],
      insult: false,
      pii: [],
      piiSpans: [],
      reachScore: 0,
      priority: 50,
    },
    authorKey: null,
    dedupeKeys: [`id:${id}`],
    caseId: null,
  };
}

describe("the embedded store's journal", () => {
  it("replays after a restart and drops a torn last line", async () => {
    const dir = tempDir();
    const a = new EmbeddedStore({ dataDir: dir });
    await a.mentions.insertMany([mention("m1", 1), mention("m2", 2)]);
    await a.docs.put("things", { id: "k", version: 1, body: { v: 1 } });
    await a.close();
    const journal = readdirSync(dir).find((f) => f.startsWith("journal-"))!;
    appendFileSync(join(dir, journal), '{"t":"mention","m":{"id":"half'); // a crash mid-write
    const b = new EmbeddedStore({ dataDir: dir });
    expect(await b.mentions.count()).toBe(2);
    expect((await b.docs.get("things", "k"))?.body).toEqual({ v: 1 });
    await b.mentions.insertMany([mention("m3", 3)]);
    await b.close();
    expect(readFileSync(join(dir, journal), "utf8")).not.toContain("half");
    const c = new EmbeddedStore({ dataDir: dir });
    expect((await c.mentions.range(0, 10)).map((m) => m.id)).toEqual(["m1", "m2", "m3"]);
    await c.close();
  });

  it("compacts into a snapshot and keeps every record", async () => {
    const dir = tempDir();
    const a = new EmbeddedStore({ dataDir: dir, compactBytes: 2_000 });
    for (let i = 0; i < 20; i++) await a.mentions.insertMany([mention(`m${i}`, i)]);
    await a.close();
    expect(readdirSync(dir).some((f) => /^snapshot-\d+\.jsonl$/.test(f))).toBe(true);
    const b = new EmbeddedStore({ dataDir: dir });
    expect(await b.mentions.count()).toBe(20);
    expect((await b.mentions.insertMany([mention("m5", 5)]))[0]!.status).toBe("duplicate");
    await b.close();
  });

  it("keeps a second process off the same data dir", async () => {
    const dir = tempDir();
    const a = new EmbeddedStore({ dataDir: dir });
    // Same pid holds it: a second store in this process may reopen only after close.
    await a.close();
    const b = new EmbeddedStore({ dataDir: dir });
    await b.close();
  });
  it("journals a batch's counter increments summed per series, hour and field, and replays the same counts", async () => {
    const dir = tempDir();
    const a = new EmbeddedStore({ dataDir: dir });
    const hour = Date.UTC(2026, 11, 8, 9);
    const entries = Array.from({ length: 300 }, (_, i) => ({
      onceKey: `m${i}`,
      incs: [
        { series: "mentions", hourMs: hour, field: "total", by: 1 },
        {
          series: "mentions",
          hourMs: hour,
          field: i % 3 ? "sentiment:neutral" : "sentiment:negative",
          by: 1,
        },
        { series: `author:a${i % 2}`, hourMs: hour, field: "total", by: 1 },
      ],
    }));
    await a.counters.incrementOnce(entries);
    await a.counters.incrementOnce(entries.slice(0, 10)); // counted already: nothing more
    await a.close();
    const journal = readdirSync(dir).find((f) => f.startsWith("journal-"))!;
    const counts = readFileSync(join(dir, journal), "utf8")
      .split("\n")
      .filter(Boolean)
      .flatMap((line) => (JSON.parse(line) as { ops?: { t: string; incs?: unknown[] }[] }).ops ?? [])
      .filter((op) => op.t === "count");
    expect(counts.map((op) => op.incs?.length)).toEqual([5]); // not 900
    const b = new EmbeddedStore({ dataDir: dir });
    expect((await b.counters.read("mentions", hour, hour + 1))[0]?.fields).toEqual({
      total: 300,
      "sentiment:negative": 100,
      "sentiment:neutral": 200,
    });
    expect((await b.counters.read("author:a1", hour, hour + 1))[0]?.fields).toEqual({ total: 150 });
    await b.close();
  });
});
