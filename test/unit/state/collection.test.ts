import { describe, expect, it } from "vitest";
import { z } from "zod";
import { EmbeddedStore } from "../../../src/backends/memory/store.js";
import { Collection, type CollectionSpec, StoreDataError } from "../../../src/state/collection.js";
import { LockBusyError, tryWithLock, withLock } from "../../../src/state/with-lock.js";

interface Pet {
  name: string;
  kind: "cat" | "dog";
  owner: string | null;
}

const PetSchema = z.object({ name: z.string(), kind: z.enum(["cat", "dog"]), owner: z.string().nullable() });

/** Version 2 of a pet: version 1 kept only `name` and `species`. */
const PETS: CollectionSpec<Pet> = {
  name: "pets",
  version: 2,
  schema: PetSchema,
  upgrade: (body, from) => {
    const b = body as { name?: string; species?: string };
    return from === 1 ? { name: b.name, kind: b.species, owner: null } : body;
  },
  index: (p) => ({ kind: p.kind, owner: p.owner }),
};

describe("a typed collection", () => {
  it("writes the current version and index values, and reads back checked documents", async () => {
    const store = new EmbeddedStore({ dataDir: null });
    const pets = new Collection(store.docs, PETS);
    await pets.put("rex", { name: "Rex", kind: "dog", owner: "ana" });
    await pets.put("tom", { name: "Tom", kind: "cat", owner: null });
    expect(await store.docs.get("pets", "rex")).toEqual({
      id: "rex",
      version: 2,
      body: { name: "Rex", kind: "dog", owner: "ana" },
    });
    expect(await pets.getMany(["tom", "nope"])).toEqual([{ name: "Tom", kind: "cat", owner: null }, null]);
    expect((await pets.find("owner", "ana")).map((e) => e.id)).toEqual(["rex"]);
    expect((await pets.find("kind", "cat")).map((e) => e.doc.name)).toEqual(["Tom"]);
    expect(await pets.putIfAbsent("rex", { name: "Other", kind: "cat", owner: null })).toBe(false);
    await store.close();
  });

  it("upgrades a document written at an older version before checking it", async () => {
    const store = new EmbeddedStore({ dataDir: null });
    await store.docs.put("pets", { id: "old", version: 1, body: { name: "Old", species: "cat" } });
    expect(await new Collection(store.docs, PETS).get("old")).toEqual({
      name: "Old",
      kind: "cat",
      owner: null,
    });
    await store.close();
  });

  it("refuses a damaged document and one from a newer version, naming it", async () => {
    const store = new EmbeddedStore({ dataDir: null });
    const pets = new Collection(store.docs, PETS);
    await store.docs.put("pets", { id: "bad", version: 2, body: { name: "Bad", kind: "fish", owner: null } });
    await store.docs.put("pets", { id: "new", version: 3, body: { name: "New" } });
    await expect(pets.get("bad")).rejects.toThrow(StoreDataError);
    await expect(pets.get("bad")).rejects.toThrow(/pets\/bad is damaged: kind/);
    await expect(pets.list()).rejects.toThrow(StoreDataError);
    await expect(pets.get("new")).rejects.toThrow(/version 3, newer/);
    await store.close();
  });
});

describe("holding a store lock", () => {
  it("runs callers one at a time, and frees the lock when the work throws", async () => {
    const store = new EmbeddedStore({ dataDir: null });
    const order: string[] = [];
    const work = (name: string) => async () => {
      order.push(`${name}>`);
      await new Promise((r) => setTimeout(r, 5));
      order.push(`<${name}`);
      if (name === "b") throw new Error("boom");
    };
    const opts = { ttlMs: 10_000, waitMs: 5_000, retryMs: 1 };
    const runs = ["a", "b", "c"].map((n) => withLock(store.locks, "k", opts, work(n)));
    const settled = await Promise.allSettled(runs);
    expect(settled.map((s) => s.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    for (let i = 0; i < order.length; i += 2) expect(order[i + 1]).toBe(`<${order[i]!.slice(0, -1)}`);
    expect(await store.locks.acquire("k", 1_000)).not.toBeNull();
    await store.close();
  });

  it("reports a taken lock: tryWithLock without running the work, withLock with a LockBusyError", async () => {
    const store = new EmbeddedStore({ dataDir: null });
    await store.locks.acquire("k", 60_000);
    let ran = false;
    const r = await tryWithLock(store.locks, "k", { ttlMs: 1_000 }, async () => {
      ran = true;
    });
    expect(r).toEqual({ held: false });
    expect(ran).toBe(false);
    await expect(
      withLock(store.locks, "k", { ttlMs: 1_000, waitMs: 30, retryMs: 5 }, async () => 1),
    ).rejects.toThrow(LockBusyError);
    await store.close();
  });
});
