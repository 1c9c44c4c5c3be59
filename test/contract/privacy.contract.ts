import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import type { StoredMention } from "../../src/core/stored-mention.js";
import type { Store } from "../../src/ports/store.js";
import { type StoreContractExtras, storedMention } from "./store.contract.js";
import { useStores } from "./store-fixture.js";

/** Everything in the pages of a scan. */
async function scanAll(
  store: Store,
  fromMs: number,
  toMs: number,
  pageSize: number,
): Promise<StoredMention[][]> {
  const pages: StoredMention[][] = [];
  for await (const page of store.mentions.scan(fromMs, toMs, pageSize)) pages.push(page);
  return pages;
}

/**
 * What retention and `orm-bot forget` need of a store: scans by time, replacement in place, profiles and
 * counter series deleted, and a purge after which the raw data is gone from the store's files.
 */
export function describePrivacyContract(
  name: string,
  factory: () => Promise<Store>,
  extras: StoreContractExtras & { files?: (store: Store) => string | null } = {},
): void {
  describe(`Personal data contract: ${name}`, () => {
    const fx = useStores(factory, extras);
    let store: Store;
    beforeEach(() => {
      store = fx.store;
    });

    it("scans a time range oldest first in pages, and a scan that replaces as it goes skips nothing", async () => {
      const ms = Array.from({ length: 7 }, (_, i) =>
        storedMention(`m${i}`, { at: 1_000 + (i % 3), dedupeKeys: [`id:m${i}`] }),
      );
      await store.mentions.insertMany(ms);
      const pages = await scanAll(store, 1_000, 1_002, 2);
      expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
      expect(pages.flat().every((m) => m.at < 1_002)).toBe(true);
      let seen = 0;
      for await (const page of store.mentions.scan(0, 10_000, 3)) {
        seen += page.length;
        await store.mentions.replace(page.map((m) => ({ ...m, text: "[redacted]" })));
      }
      expect(seen).toBe(7);
      expect((await scanAll(store, 0, 10_000, 100)).flat().map((m) => m.text)).toEqual(
        Array(7).fill("[redacted]"),
      );
    });

    it("replaces a mention's fields by id, keeping its time and case, releasing the dedupe keys it drops", async () => {
      const m = storedMention("r1", {
        at: 5_000,
        author: "juan@gmail.com",
        dedupeKeys: ["id:r1", "url:http://x/?e=juan@gmail.com"],
      });
      await store.mentions.insertMany([m]);
      await store.mentions.setCase("r1", 7);
      const next = { ...m, author: "[email]", url: null, at: 1, caseId: null, dedupeKeys: ["id:r1"] };
      expect(await store.mentions.replace([next, storedMention("not-stored")])).toBe(1);
      const got = await store.mentions.get("r1");
      expect(got).toMatchObject({
        author: "[email]",
        url: null,
        at: 5_000,
        caseId: 7,
        dedupeKeys: ["id:r1"],
      });
      expect(await store.mentions.count()).toBe(1);
      // The released key takes a new mention; the kept one still refuses a copy.
      const [again, copy] = await store.mentions.insertMany([
        storedMention("r2", { dedupeKeys: ["url:http://x/?e=juan@gmail.com"] }),
        storedMention("r3", { dedupeKeys: ["id:r1"] }),
      ]);
      expect(again!.status).toBe("accepted");
      expect(copy!.status).toBe("duplicate");
    });

    it("deletes author profiles with their watch, and a counter series, saying how many there were", async () => {
      await store.authors.recordMany([{ key: "f:juan", name: "juan", sentiment: "negative", at: 1 }]);
      await store.authors.setWatched("f:juan", "juan", true, 2);
      await store.authors.recordMany([{ key: "f:ana", name: "ana", sentiment: "neutral", at: 1 }]);
      expect(await store.authors.delete(["f:juan", "f:juan", "f:nobody"])).toBe(1);
      expect(await store.authors.get("f:juan")).toBeNull();
      expect(await store.authors.listWatched()).toEqual([]);
      expect(await store.authors.get("f:ana")).not.toBeNull();
      await store.counters.increment([
        { series: "author:f:juan", hourMs: 3_600_000, field: "total", by: 2 },
        { series: "author:f:juan", hourMs: 7_200_000, field: "total", by: 1 },
        { series: "mentions", hourMs: 3_600_000, field: "total", by: 3 },
      ]);
      expect(await store.counters.deleteSeries("author:f:juan")).toBe(2);
      expect(await store.counters.read("author:f:juan", 0, 1e9)).toEqual([]);
      expect(await store.counters.read("mentions", 0, 1e9)).toHaveLength(1);
      expect(await store.counters.deleteSeries("author:f:juan")).toBe(0);
    });

    it("after a purge, what was replaced is gone from the store's files, and the store reopens with the new version", async () => {
      await store.mentions.insertMany([
        storedMention("p1", { text: "call +34 612 345 678", author: "juan@gmail.com" }),
      ]);
      await store.authors.recordMany([
        { key: "f:juan@gmail.com", name: "juan@gmail.com", sentiment: "neutral", at: 1 },
      ]);
      const m = (await store.mentions.get("p1"))!;
      await store.mentions.replace([{ ...m, text: "call [phone]", author: "[email]" }]);
      await store.authors.delete(["f:juan@gmail.com"]);
      await store.purge();
      const dir = extras.files?.(store) ?? null;
      if (dir) {
        const raw = readdirSync(dir)
          .map((f) => readFileSync(join(dir, f), "utf8"))
          .join("\n");
        expect(raw).not.toContain("612 345 678");
        expect(raw).not.toContain("juan@gmail.com");
        expect(raw).toContain("call [phone]");
      }
      if (extras.reopen) store = fx.track(await extras.reopen(store));
      expect(await store.mentions.get("p1")).toMatchObject({ text: "call [phone]", author: "[email]" });
      expect(await store.authors.get("f:juan@gmail.com")).toBeNull();
    });
  });
}
