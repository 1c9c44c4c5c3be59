import { beforeEach, describe, expect, it } from "vitest";
import type { Store, StoredDocument } from "../../src/ports/store.js";
import type { StoreContractExtras } from "./store.contract.js";
import { useStores } from "./store-fixture.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ids = (docs: StoredDocument[]) => docs.map((d) => d.id).sort();

/**
 * The store port's generic primitives (documents, locks, tallies, marks) for one backend; every backend
 * must pass it unchanged. With `peer`, concurrent callers are split over two handles (two replicas).
 */
export function describePrimitivesContract(
  name: string,
  factory: () => Promise<Store>,
  extras: StoreContractExtras = {},
): void {
  describe(`Store primitives contract: ${name}`, () => {
    const fx = useStores(factory, extras);
    const writers = fx.writers;
    let store: Store;
    beforeEach(() => {
      store = fx.store;
    });

    describe("documents", () => {
      it("puts, gets, lists and deletes versioned JSON documents per collection", async () => {
        const { docs } = store;
        expect(await docs.get("things", "a")).toBeNull();
        await docs.put("things", { id: "a", version: 2, body: { n: [1, 2], s: "x" } });
        await docs.put("things", { id: "b", version: 1, body: 3 });
        await docs.put("others", { id: "a", version: 1, body: true });
        expect(await docs.get("things", "a")).toEqual({ id: "a", version: 2, body: { n: [1, 2], s: "x" } });
        expect(await docs.getMany("things", ["b", "zz", "a"])).toEqual([
          { id: "b", version: 1, body: 3 },
          null,
          { id: "a", version: 2, body: { n: [1, 2], s: "x" } },
        ]);
        expect(ids(await docs.list("things"))).toEqual(["a", "b"]);
        await docs.delete("things", "a");
        expect(await docs.get("things", "a")).toBeNull();
        expect(ids(await docs.list("things"))).toEqual(["b"]);
        expect(await docs.list("empty")).toEqual([]);
        expect(await docs.getMany("things", [])).toEqual([]);
      });

      it("hands out a fresh copy on every read", async () => {
        const body = { list: [1] };
        await store.docs.put("things", { id: "a", version: 1, body });
        body.list.push(2);
        const read = (await store.docs.get("things", "a"))!.body as { list: number[] };
        read.list.push(3);
        expect((await store.docs.get("things", "a"))!.body).toEqual({ list: [1] });
      });

      it("finds documents by index value, following re-puts and deletes", async () => {
        const { docs } = store;
        const run = (id: string, status: string, room: string | null) => ({
          id,
          version: 1,
          body: { status, room },
          index: { status, room },
        });
        await docs.put("runs", run("1", "active", "C1"));
        await docs.put("runs", run("2", "active", null));
        await docs.put("runs", run("3", "closed", "C3"));
        expect(ids(await docs.find("runs", "status", "active"))).toEqual(["1", "2"]);
        expect(ids(await docs.find("runs", "room", "C1"))).toEqual(["1"]);
        await docs.put("runs", run("1", "closed", "C9"));
        expect(ids(await docs.find("runs", "status", "active"))).toEqual(["2"]);
        expect(ids(await docs.find("runs", "status", "closed"))).toEqual(["1", "3"]);
        expect(await docs.find("runs", "room", "C1")).toEqual([]);
        expect(await docs.find("runs", "room", "C9")).toEqual([
          { id: "1", version: 1, body: { status: "closed", room: "C9" } },
        ]);
        await docs.delete("runs", "3");
        expect(ids(await docs.find("runs", "status", "closed"))).toEqual(["1"]);
        await docs.put("runs", { id: "2", version: 1, body: {} });
        expect(await docs.find("runs", "status", "active")).toEqual([]);
      });

      it("putIfAbsent: exactly one of 20 concurrent writers wins", async () => {
        const ws = await writers();
        const won = await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            ws[i % ws.length]!.docs.putIfAbsent("claims", { id: "x", version: 1, body: i }),
          ),
        );
        expect(won.filter(Boolean)).toHaveLength(1);
        expect((await store.docs.get("claims", "x"))?.body).toBe(won.indexOf(true));
      });

      it("expires documents after their ttl, in reads, lists and indexes", async () => {
        const { docs } = store;
        await docs.put("t", { id: "short", version: 1, body: 1, index: { g: "x" }, ttlMs: 40 });
        await docs.put("t", { id: "long", version: 1, body: 2, index: { g: "x" }, ttlMs: 60_000 });
        await docs.put("t", { id: "forever", version: 1, body: 3, index: { g: "x" } });
        expect(ids(await docs.find("t", "g", "x"))).toEqual(["forever", "long", "short"]);
        await sleep(120);
        expect(await docs.get("t", "short")).toBeNull();
        expect(ids(await docs.list("t"))).toEqual(["forever", "long"]);
        expect(ids(await docs.find("t", "g", "x"))).toEqual(["forever", "long"]);
        expect(await docs.putIfAbsent("t", { id: "short", version: 1, body: 4 })).toBe(true);
        expect((await docs.get("t", "short"))?.body).toBe(4);
      });

      it("numbers a sequence 1, 2, 3… without gaps or repeats, also concurrently", async () => {
        expect(await store.docs.nextId("seq-a")).toBe(1);
        expect(await store.docs.nextId("seq-b")).toBe(1);
        const ws = await writers();
        const got = await Promise.all(
          Array.from({ length: 20 }, (_, i) => ws[i % ws.length]!.docs.nextId("seq-a")),
        );
        expect(got.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
      });

      it("refuses collection names that are not dashed lower-case words", async () => {
        await expect(store.docs.put("a:b", { id: "x", version: 1, body: 1 })).rejects.toThrow(/collection/);
        await expect(store.marks.add("Bad Scope", "k")).rejects.toThrow(/scope/);
      });
    });

    describe("locks", () => {
      it("never lets two holders overlap", async () => {
        const ws = await writers();
        let inside = 0;
        let most = 0;
        let done = 0;
        await Promise.all(
          Array.from({ length: 8 }, async (_, i) => {
            const locks = ws[i % ws.length]!.locks;
            for (let got = 0; got < 3; ) {
              const lease = await locks.acquire("section", 10_000);
              if (!lease) {
                await sleep(2);
                continue;
              }
              inside++;
              most = Math.max(most, inside);
              await sleep(1);
              inside--;
              done++;
              got++;
              expect(await locks.release(lease)).toBe(true);
            }
          }),
        );
        expect(done).toBe(24);
        expect(most).toBe(1);
      });

      it("ignores a release by anyone but the holder", async () => {
        const lease = (await store.locks.acquire("k", 60_000))!;
        expect(lease).not.toBeNull();
        expect(await store.locks.release({ key: "k", token: "not-the-owner" })).toBe(false);
        expect(await store.locks.acquire("k", 60_000)).toBeNull();
        expect(await store.locks.release(lease)).toBe(true);
        expect(await store.locks.release(lease)).toBe(false);
        expect(await store.locks.acquire("k", 60_000)).not.toBeNull();
      });

      it("lets an expired lock be taken, and the late holder's release then frees nothing", async () => {
        const stale = (await store.locks.acquire("k", 40))!;
        await sleep(120);
        const fresh = await store.locks.acquire("k", 60_000);
        expect(fresh).not.toBeNull();
        expect(await store.locks.release(stale)).toBe(false);
        expect(await store.locks.acquire("k", 60_000)).toBeNull();
      });
    });

    describe("tallies", () => {
      it("adds atomically and returns each new total", async () => {
        const ws = await writers();
        const totals = await Promise.all(
          Array.from({ length: 20 }, (_, i) => ws[i % ws.length]!.tallies.add("budget", "C1:7", 1, 60_000)),
        );
        expect(totals.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
        expect(await store.tallies.add("budget", "C2:7", 5, 60_000)).toBe(5);
        expect(await store.tallies.add("other", "C1:7", 1, 60_000)).toBe(1);
      });

      it("expires a tally ttl after its first add; later adds don't extend it", async () => {
        expect(await store.tallies.add("budget", "k", 1, 1_000)).toBe(1);
        await sleep(500);
        expect(await store.tallies.add("budget", "k", 1, 1_000)).toBe(2);
        await sleep(700);
        expect(await store.tallies.add("budget", "k", 1, 1_000)).toBe(1);
      });
    });

    describe("marks", () => {
      it("sets a mark once: exactly one of 20 concurrent callers", async () => {
        const ws = await writers();
        const got = await Promise.all(
          Array.from({ length: 20 }, (_, i) => ws[i % ws.length]!.marks.add("request", "r1", 60_000)),
        );
        expect(got.filter(Boolean)).toHaveLength(1);
        expect(await store.marks.has("request", "r1")).toBe(true);
        expect(await store.marks.has("request", "r2")).toBe(false);
        expect(await store.marks.has("other", "r1")).toBe(false);
      });

      it("frees a mark on delete and after its ttl", async () => {
        expect(await store.marks.add("once", "a")).toBe(true);
        await store.marks.delete("once", "a");
        expect(await store.marks.has("once", "a")).toBe(false);
        expect(await store.marks.add("once", "a")).toBe(true);
        expect(await store.marks.add("once", "b", 40)).toBe(true);
        await sleep(120);
        expect(await store.marks.has("once", "b")).toBe(false);
        expect(await store.marks.add("once", "b")).toBe(true);
        expect(await store.marks.add("once", "a")).toBe(false);
      });
    });

    if (extras.reopen) {
      it("keeps documents, sequences, marks and tallies across close and reopen", async () => {
        await store.docs.put("things", { id: "a", version: 3, body: { x: 1 }, index: { g: "v" } });
        await store.docs.put("things", { id: "gone", version: 1, body: 0 });
        await store.docs.delete("things", "gone");
        await store.docs.nextId("seq");
        await store.marks.add("once", "k", 60_000);
        await store.tallies.add("budget", "k", 4, 60_000);
        const again = fx.track(await extras.reopen!(store));
        expect(await again.docs.get("things", "a")).toEqual({ id: "a", version: 3, body: { x: 1 } });
        expect(ids(await again.docs.find("things", "g", "v"))).toEqual(["a"]);
        expect(ids(await again.docs.list("things"))).toEqual(["a"]);
        expect(await again.docs.nextId("seq")).toBe(2);
        expect(await again.marks.add("once", "k")).toBe(false);
        expect(await again.tallies.add("budget", "k", 1, 60_000)).toBe(5);
      });
    }
  });
}
