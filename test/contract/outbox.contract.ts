import { beforeEach, describe, expect, it } from "vitest";
import { ONCE_SCOPES, type Store } from "../../src/ports/store.js";
import { caseInit, type StoreContractExtras, storedMention } from "./store.contract.js";
import { useStores } from "./store-fixture.js";

const inc = (field: string, by = 1) => ({ series: "mentions", hourMs: 0, field, by });

/**
 * The outbox and the "once" operations every store must offer for exactly-once effects across crashes:
 * a mention and its outbox entry are written together, each effect applies once per key, a mention gets
 * one case however many runs or replicas open it.
 */
export function describeOutboxContract(
  name: string,
  factory: () => Promise<Store>,
  extras: StoreContractExtras = {},
): void {
  describe(`Store contract, outbox and once-effects: ${name}`, () => {
    const fx = useStores(factory, extras);
    let store: Store;
    beforeEach(() => {
      store = fx.store;
    });

    it("puts accepted mentions (never duplicates) in the outbox with the insert, and only when asked", async () => {
      await store.mentions.insertMany([storedMention("plain")]);
      expect(await store.outbox.count()).toBe(0);
      const out = await store.mentions.insertMany(
        [
          storedMention("a", { dedupeKeys: ["id:a", "text:T"] }),
          storedMention("dup", { dedupeKeys: ["id:dup", "text:T"] }),
          storedMention("plain"),
          storedMention("b"),
        ],
        { outbox: true },
      );
      expect(out.map((o) => o.status)).toEqual(["accepted", "duplicate", "duplicate", "accepted"]);
      expect((await store.outbox.pending(10)).map((e) => e.id).sort()).toEqual(["a", "b"]);
      expect(await store.outbox.count()).toBe(2);
    });

    it("lists pending entries oldest first, up to a limit and an age, and forgets the done ones", async () => {
      await store.mentions.insertMany([storedMention("first")], { outbox: true });
      const [first] = await store.outbox.pending(10);
      await new Promise((r) => setTimeout(r, 5)); // a later stamp for the second batch
      await store.mentions.insertMany([storedMention("second"), storedMention("third")], { outbox: true });
      const all = await store.outbox.pending(10);
      expect(all[0]).toEqual({ id: "first", at: first!.at });
      expect(
        all
          .map((e) => e.id)
          .slice(1)
          .sort(),
      ).toEqual(["second", "third"]);
      expect(await store.outbox.pending(1)).toHaveLength(1);
      expect((await store.outbox.pending(10, first!.at)).map((e) => e.id)).toEqual(["first"]);
      await store.outbox.done(["first", "never-there"]);
      await store.outbox.done([]);
      expect((await store.outbox.pending(10)).map((e) => e.id).sort()).toEqual(["second", "third"]);
      expect(await store.mentions.get("first")).not.toBeNull();
    });

    it("counts each once-key once, within one call, across calls and across writers", async () => {
      await store.counters.incrementOnce([
        { onceKey: "m1", incs: [inc("total"), inc("rating_sum", 2.5)] },
        { onceKey: "m1", incs: [inc("total")] },
        { onceKey: "m2", incs: [inc("total")] },
      ]);
      const writers = await fx.writers();
      await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          writers[i % writers.length]!.counters.incrementOnce([
            { onceKey: "m2", incs: [inc("total")] },
            { onceKey: "m3", incs: [inc("total"), inc("total")] },
          ]),
        ),
      );
      await store.counters.incrementOnce([]);
      expect(await store.counters.read("mentions", 0, 1)).toEqual([
        { hourMs: 0, fields: { total: 4, rating_sum: 2.5 } },
      ]);
      expect(await store.marks.has(ONCE_SCOPES.counters, "m3")).toBe(true);
    });

    it("records an author's mention once per once-key, and every time without one", async () => {
      const rec = (onceKey?: string) => ({
        key: "src:kim",
        name: "Kim",
        sentiment: "negative" as const,
        at: 100,
        ...(onceKey ? { onceKey } : {}),
      });
      await store.authors.recordMany([rec("m1"), rec("m1"), rec("m2")]);
      const writers = await fx.writers();
      await Promise.all(
        Array.from({ length: 6 }, (_, i) => writers[i % writers.length]!.authors.recordMany([rec("m2")])),
      );
      expect(await store.authors.get("src:kim")).toMatchObject({ mentions: 2, negative: 2 });
      await store.authors.recordMany([rec(), rec()]);
      expect(await store.authors.get("src:kim")).toMatchObject({ mentions: 4, negative: 4 });
    });

    it("opens one case per mention, however often and by however many writers, and sets the mention's case", async () => {
      await store.mentions.insertMany([storedMention("m")]);
      const writers = await fx.writers();
      const opened = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          writers[i % writers.length]!.cases.openOnce(caseInit("m", 100 + i)),
        ),
      );
      expect(opened.filter((o) => o.created)).toHaveLength(1);
      const id = opened.find((o) => o.created)!.case.id;
      expect(new Set(opened.map((o) => o.case.id))).toEqual(new Set([id]));
      expect(opened.find((o) => !o.created)!.case).toEqual(await store.cases.get(id));
      expect((await store.mentions.get("m"))?.caseId).toBe(id);
      const other = await store.cases.openOnce(caseInit("n", 5));
      expect(other).toMatchObject({ created: true, case: { id: id + 1, mentionId: "n" } });
      expect(await store.cases.listOpen()).toHaveLength(2);
    });

    if (extras.reopen) {
      it("keeps pending entries, once-keys and the mention's case across close and reopen", async () => {
        await store.mentions.insertMany([storedMention("a"), storedMention("b")], { outbox: true });
        await store.outbox.done(["b"]);
        await store.counters.incrementOnce([{ onceKey: "a", incs: [inc("total")] }]);
        await store.authors.recordMany([
          { key: "s:a", name: "A", sentiment: "neutral", at: 1, onceKey: "a" },
        ]);
        const c = await store.cases.openOnce(caseInit("a", 10));
        const again = fx.track(await extras.reopen!(store));
        expect((await again.outbox.pending(10)).map((e) => e.id)).toEqual(["a"]);
        await again.counters.incrementOnce([{ onceKey: "a", incs: [inc("total")] }]);
        await again.authors.recordMany([
          { key: "s:a", name: "A", sentiment: "neutral", at: 1, onceKey: "a" },
        ]);
        expect(await again.counters.read("mentions", 0, 1)).toEqual([{ hourMs: 0, fields: { total: 1 } }]);
        expect(await again.authors.get("s:a")).toMatchObject({ mentions: 1 });
        expect(await again.cases.openOnce(caseInit("a", 20))).toEqual({ case: c.case, created: false });
      });
    }
  });
}
