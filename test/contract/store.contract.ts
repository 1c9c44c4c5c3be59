import { beforeEach, describe, expect, it } from "vitest";
import type { Case } from "../../src/core/case.js";
import type { StoredMention } from "../../src/core/stored-mention.js";
import type { Store } from "../../src/ports/store.js";
import { useStores } from "./store-fixture.js";

/** Optional abilities of a backend that the contract then checks too. */
export interface StoreContractExtras {
  /** Another handle on the same data (a second replica); backends shared across processes have one. */
  peer?: (store: Store) => Promise<Store>;
  /** Closes `store` and opens it again on the same data (persistence). */
  reopen?: (store: Store) => Promise<Store>;
}

/** A stored mention with sensible defaults; `over` replaces any field. */
export function storedMention(id: string, over: Partial<StoredMention> = {}): StoredMention {
  return {
    id,
    source: "test-feed",
    url: `https://example.com/${id}`,
    title: null,
    text: `text of ${id}`,
    author: "alice",
    publishedAt: null,
    reach: 10,
    rating: null,
    seenAt: 1_000,
    at: 1_000,
    analysis: {
      lang: "en",
      sentiment: { label: "negative", score: -0.5 },
      topics: [],
      insult: false,
      pii: [],
      piiSpans: [],
      reachScore: 3,
      priority: 40,
    },
    authorKey: "test-feed:alice",
    dedupeKeys: [`id:${id}`],
    caseId: null,
    ...over,
  };
}

/** A new case's fields, opened at `openedAt`. */
export function caseInit(mentionId: string, openedAt: number): Omit<Case, "id"> {
  return {
    mentionId,
    status: "new",
    channel: "C1",
    team: "support",
    owner: null,
    openedAt,
    claimedAt: null,
    firstResponseAt: null,
    resolvedAt: null,
    outcome: null,
    slaBreaches: 0,
    openingSentiment: "negative",
    history: [{ at: openedAt, actor: "orm-bot", action: "open", to: "new" }],
    version: 0,
  };
}

/** Registers the store-port contract suite for a backend; every backend must pass it unchanged. */
export function describeStoreContract(
  name: string,
  factory: () => Promise<Store>,
  extras: StoreContractExtras = {},
): void {
  describe(`Store contract: ${name}`, () => {
    const fx = useStores(factory, extras);
    const track = fx.track;
    let store: Store;
    beforeEach(() => {
      store = fx.store;
    });

    describe("mentions", () => {
      it("stores a mention and reads it back unchanged", async () => {
        const m = storedMention("a", {
          rating: 2.5,
          analysis: { ...storedMention("a").analysis, topics: ["shipping"] },
        });
        expect(await store.mentions.insertMany([m])).toEqual([{ status: "accepted", id: "a" }]);
        expect(await store.mentions.get("a")).toEqual(m);
        expect(await store.mentions.get("missing")).toBeNull();
        expect(await store.mentions.count()).toBe(1);
      });

      it("drops a mention that shares any dedupe key with a stored one, naming the key and the original", async () => {
        const a = storedMention("a", { dedupeKeys: ["id:a", "url:http://x.com/1", "text:FP1"] });
        await store.mentions.insertMany([a]);
        const out = await store.mentions.insertMany([
          storedMention("b", { dedupeKeys: ["id:b", "url:http://x.com/1"] }),
          storedMention("c", { dedupeKeys: ["id:c", "text:FP1"] }),
          storedMention("a2", { dedupeKeys: ["id:a"] }),
          storedMention("d", { dedupeKeys: ["id:d", "url:http://x.com/2"] }),
        ]);
        expect(out).toEqual([
          { status: "duplicate", id: "b", duplicateOf: "a", key: "url:http://x.com/1" },
          { status: "duplicate", id: "c", duplicateOf: "a", key: "text:FP1" },
          { status: "duplicate", id: "a2", duplicateOf: "a", key: "id:a" },
          { status: "accepted", id: "d" },
        ]);
        expect(await store.mentions.count()).toBe(2);
        expect(await store.mentions.get("b")).toBeNull();
      });

      it("dedupes within one batch, keeping the first", async () => {
        const out = await store.mentions.insertMany([
          storedMention("x", { dedupeKeys: ["id:x", "text:T"] }),
          storedMention("y", { dedupeKeys: ["id:y", "text:T"] }),
        ]);
        expect(out.map((o) => o.status)).toEqual(["accepted", "duplicate"]);
      });

      it("stores an item once when concurrent inserts race on it", async () => {
        const writers = extras.peer ? [store, track(await extras.peer(store))] : [store];
        const results = await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            writers[i % writers.length]!.mentions.insertMany([
              storedMention(`r${i}`, { dedupeKeys: [`id:r${i}`, "url:http://same.example/post"] }),
            ]),
          ),
        );
        const accepted = results.flat().filter((o) => o.status === "accepted");
        expect(accepted).toHaveLength(1);
        expect(await store.mentions.count()).toBe(1);
      });

      it("sets the case number on a stored mention", async () => {
        await store.mentions.insertMany([storedMention("a")]);
        await store.mentions.setCase("a", 7);
        expect((await store.mentions.get("a"))?.caseId).toBe(7);
      });

      it("keeps the team's correction with a mention, the latest replacing an earlier one, and lists them by time", async () => {
        const a = storedMention("a");
        await store.mentions.insertMany([a, storedMention("b"), storedMention("c")]);
        const first = { label: "neutral" as const, by: "U1", at: 100 };
        expect(await store.mentions.setCorrection("missing", first)).toBe(false);
        expect(await store.mentions.get("missing")).toBeNull();
        expect(await store.mentions.listCorrected()).toEqual([]);
        expect(await store.mentions.setCorrection("a", first)).toBe(true);
        const onB = { label: "positive" as const, topics: ["praise"], by: "U2", at: 200 };
        expect(await store.mentions.setCorrection("b", onB)).toBe(true);
        const later = { label: "negative" as const, topics: ["billing", "pricing"], by: "U3", at: 300 };
        expect(await store.mentions.setCorrection("a", later)).toBe(true);
        // The analysis stays as the analyser wrote it: the correction sits beside it.
        expect(await store.mentions.get("a")).toEqual({ ...a, correction: later });
        expect((await store.mentions.get("c"))?.correction ?? null).toBeNull();
        const listed = await store.mentions.listCorrected();
        expect(listed.map((m) => [m.id, m.correction?.by])).toEqual([
          ["b", "U2"],
          ["a", "U3"],
        ]);
        if (extras.peer) {
          const other = track(await extras.peer(store));
          expect((await other.mentions.get("b"))?.correction).toEqual(onB);
        }
      });

      it("returns a time range oldest first, from inclusive, to exclusive, up to a limit", async () => {
        await store.mentions.insertMany(
          [3000, 1000, 4000, 2000, 500].map((at) => storedMention(`t${at}`, { at })),
        );
        const ids = (xs: StoredMention[]) => xs.map((m) => m.id);
        expect(ids(await store.mentions.range(1000, 4000))).toEqual(["t1000", "t2000", "t3000"]);
        expect(ids(await store.mentions.range(1000, 4001, 2))).toEqual(["t1000", "t2000"]);
        expect(ids(await store.mentions.range(5000, 9000))).toEqual([]);
      });
    });

    describe("cases", () => {
      it("creates cases with sequential ids, also when created concurrently", async () => {
        const first = await store.cases.create(caseInit("m0", 100));
        expect(first.id).toBe(1);
        const many = await Promise.all(
          Array.from({ length: 10 }, (_, i) => store.cases.create(caseInit(`m${i}`, 200))),
        );
        expect(many.map((c) => c.id).sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
        expect(await store.cases.get(1)).toEqual({ ...caseInit("m0", 100), id: 1 });
        expect(await store.cases.get(99)).toBeNull();
      });

      it("compareAndSet lets exactly one of 20 concurrent claims win", async () => {
        const c = await store.cases.create(caseInit("m", 100));
        const writers = extras.peer ? [store, track(await extras.peer(store))] : [store];
        const wins = await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            writers[i % writers.length]!.cases.compareAndSet({
              ...c,
              status: "claimed",
              owner: `U${i}`,
              claimedAt: 200,
              version: c.version + 1,
            }),
          ),
        );
        expect(wins.filter(Boolean)).toHaveLength(1);
        const winner = wins.indexOf(true);
        expect(await store.cases.get(c.id)).toMatchObject({
          owner: `U${winner}`,
          version: 1,
          status: "claimed",
        });
        expect(await store.cases.compareAndSet({ ...c, owner: "late", version: 1 })).toBe(false);
        expect(await store.cases.compareAndSet({ ...c, id: 404, version: 1 })).toBe(false);
      });

      it("lists open cases oldest first and cases opened in a range", async () => {
        const a = await store.cases.create(caseInit("a", 300));
        const b = await store.cases.create(caseInit("b", 100));
        const c = await store.cases.create(caseInit("c", 200));
        expect(
          await store.cases.compareAndSet({ ...c, status: "resolved", resolvedAt: 400, version: 1 }),
        ).toBe(true);
        expect((await store.cases.listOpen()).map((x) => x.id)).toEqual([b.id, a.id]);
        expect((await store.cases.openedBetween(100, 300)).map((x) => x.id).sort()).toEqual(
          [b.id, c.id].sort(),
        );
        expect(await store.cases.compareAndSet({ ...b, status: "claimed", owner: "U1", version: 1 })).toBe(
          true,
        );
        expect((await store.cases.listOpen()).map((x) => x.status)).toEqual(["claimed", "new"]);
      });
    });

    describe("authors", () => {
      it("records mentions by an author and keeps the history", async () => {
        expect(await store.authors.get("src:bob")).toBeNull();
        await store.authors.recordMany([{ key: "src:bob", name: "Bob", sentiment: "negative", at: 2000 }]);
        await store.authors.recordMany([{ key: "src:bob", name: "Bobby", sentiment: "positive", at: 1000 }]);
        await store.authors.recordMany([{ key: "src:bob", name: "Bobby", sentiment: "neutral", at: 3000 }]);
        const p = await store.authors.get("src:bob");
        const want = {
          key: "src:bob",
          name: "Bobby",
          mentions: 3,
          negative: 1,
          positive: 1,
          firstSeen: 1000,
          lastSeen: 3000,
          watched: false,
        };
        expect(p).toEqual(want);
        expect(await store.authors.get("src:bob")).toEqual(want);
      });

      it("counts concurrent records exactly", async () => {
        await Promise.all(
          Array.from({ length: 25 }, (_, i) =>
            store.authors.recordMany([{ key: "src:eve", name: "Eve", sentiment: "negative", at: i }]),
          ),
        );
        expect(await store.authors.get("src:eve")).toMatchObject({
          mentions: 25,
          negative: 25,
          firstSeen: 0,
          lastSeen: 24,
        });
      });

      it("records a batch the same as one by one, the same author several times included", async () => {
        await store.authors.recordMany([{ key: "src:kim", name: "Kim", sentiment: "positive", at: 500 }]);
        await store.authors.recordMany([
          { key: "src:kim", name: "Kim", sentiment: "negative", at: 700 },
          { key: "src:lou", name: "Lou", sentiment: "neutral", at: 900 },
          { key: "src:kim", name: "Kimberly", sentiment: "negative", at: 300 },
        ]);
        expect(await store.authors.get("src:kim")).toEqual({
          key: "src:kim",
          name: "Kimberly",
          mentions: 3,
          negative: 2,
          positive: 1,
          firstSeen: 300,
          lastSeen: 700,
          watched: false,
        });
        expect(await store.authors.get("src:lou")).toMatchObject({ mentions: 1, negative: 0, positive: 0 });
        await store.authors.recordMany([]);
      });

      it("watches and unwatches authors, known or not", async () => {
        await store.authors.recordMany([{ key: "src:a", name: "A", sentiment: "neutral", at: 1 }]);
        await store.authors.setWatched("src:a", "A", true, 5);
        const fresh = await store.authors.setWatched("src:new", "New", true, 9);
        expect(fresh).toMatchObject({ key: "src:new", mentions: 0, watched: true, firstSeen: 9 });
        expect((await store.authors.listWatched()).map((p) => p.key).sort()).toEqual(["src:a", "src:new"]);
        await store.authors.setWatched("src:a", "A", false, 10);
        expect((await store.authors.listWatched()).map((p) => p.key)).toEqual(["src:new"]);
        expect(await store.authors.get("src:a")).toMatchObject({ mentions: 1, watched: false });
      });
    });

    describe("counters", () => {
      it("adds increments per series, hour and field, and reads hours in range oldest first", async () => {
        const H = 3_600_000;
        await store.counters.increment([
          { series: "mentions", hourMs: 2 * H, field: "total", by: 1 },
          { series: "mentions", hourMs: 2 * H, field: "total", by: 2 },
          { series: "mentions", hourMs: 0, field: "rating_sum", by: 2.5 },
          { series: "mentions", hourMs: 5 * H, field: "total", by: 1 },
          { series: "other", hourMs: 2 * H, field: "total", by: 100 },
        ]);
        await store.counters.increment([{ series: "mentions", hourMs: 0, field: "rating_sum", by: 1.5 }]);
        await store.counters.increment([]);
        expect(await store.counters.read("mentions", 0, 5 * H)).toEqual([
          { hourMs: 0, fields: { rating_sum: 4 } },
          { hourMs: 2 * H, fields: { total: 3 } },
        ]);
        expect(await store.counters.read("nothing", 0, 10 * H)).toEqual([]);
      });
    });

    it("is healthy while open", async () => {
      expect(await store.healthy()).toBe(true);
    });

    if (extras.peer) {
      it("shares everything with another handle on the same data", async () => {
        const other = track(await extras.peer!(store));
        await store.mentions.insertMany([storedMention("p")]);
        const c = await store.cases.create(caseInit("p", 1));
        await store.docs.put("things", { id: "k", version: 1, body: "v" });
        expect(await other.mentions.get("p")).not.toBeNull();
        expect((await other.cases.create(caseInit("q", 2))).id).toBe(c.id + 1);
        expect((await other.docs.get("things", "k"))?.body).toBe("v");
      });
    }

    if (extras.reopen) {
      it("keeps everything across close and reopen", async () => {
        await store.mentions.insertMany([storedMention("a", { at: 5 }), storedMention("b", { at: 1 })]);
        await store.mentions.setCase("a", 1);
        const c = await store.cases.create(caseInit("a", 10));
        await store.cases.compareAndSet({ ...c, status: "claimed", owner: "U1", version: 1 });
        await store.authors.recordMany([{ key: "s:a", name: "A", sentiment: "negative", at: 3 }]);
        await store.counters.increment([{ series: "s", hourMs: 0, field: "f", by: 2 }]);
        await store.docs.put("things", { id: "k", version: 1, body: { v: 1 } });
        const again = track(await extras.reopen!(store));
        expect((await again.mentions.range(0, 10)).map((m) => m.id)).toEqual(["b", "a"]);
        expect((await again.mentions.get("a"))?.caseId).toBe(1);
        expect(await again.cases.get(c.id)).toMatchObject({ owner: "U1", version: 1 });
        expect((await again.cases.create(caseInit("b", 11))).id).toBe(c.id + 1);
        expect(await again.authors.get("s:a")).toMatchObject({ mentions: 1, negative: 1 });
        expect(await again.counters.read("s", 0, 1)).toEqual([{ hourMs: 0, fields: { f: 2 } }]);
        expect((await again.docs.get("things", "k"))?.body).toEqual({ v: 1 });
        expect((await again.mentions.insertMany([storedMention("a")]))[0]?.status).toBe("duplicate");
      });

      it("keeps corrections across close and reopen", async () => {
        await store.mentions.insertMany([storedMention("a"), storedMention("b")]);
        await store.mentions.setCorrection("b", { label: "neutral", by: "U1", at: 1 });
        await store.mentions.setCorrection("a", { label: "positive", topics: ["praise"], by: "U2", at: 2 });
        const again = track(await extras.reopen!(store));
        expect((await again.mentions.get("a"))?.correction).toEqual({
          label: "positive",
          topics: ["praise"],
          by: "U2",
          at: 2,
        });
        expect((await again.mentions.listCorrected()).map((m) => m.id)).toEqual(["b", "a"]);
      });
    }
  });
}
