import { beforeEach, describe, expect, it } from "vitest";
import { DelayedJobRepo } from "../../src/backends/memory/delayed-jobs.js";
import { FloodRepo } from "../../src/cases/flood-repo.js";
import { MessageRefRepo } from "../../src/cases/message-refs.js";
import { MuteService } from "../../src/cases/mutes.js";
import { PollStateRepo, readPollState } from "../../src/ingest/poll-state.js";
import { SurgeStateRepo } from "../../src/kpi/surge-state.js";
import type { Store } from "../../src/ports/store.js";
import { type StoreContractExtras, storedMention } from "./store.contract.js";
import { useStores } from "./store-fixture.js";

/** The mutes as seen at `nowMs`. */
const mutesAt = (store: Store, nowMs: number) => new MuteService(store.docs, { now: () => nowMs });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const NOW = 1_000_000;

/** The typed repositories of cases, ingest, KPIs and the in-process jobs on one store backend. */
export function describeReposContract(
  name: string,
  factory: () => Promise<Store>,
  extras: StoreContractExtras = {},
): void {
  describe(`Repositories contract: ${name}`, () => {
    const fx = useStores(factory, extras);
    const stores = fx.writers;
    let store: Store;
    beforeEach(() => {
      store = fx.store;
    });

    it("mutes and unmutes sources and authors (authors in any case) until their end", async () => {
      const m = storedMention("a", { source: "forum", authorKey: "forum:Bob" });
      expect(await mutesAt(store, NOW).isMuted(m)).toBe(false);
      const until = await mutesAt(store, NOW).mute({ kind: "author", key: "FORUM:BOB" }, 60_000);
      expect(until).toBe(NOW + 60_000);
      expect(await mutesAt(store, NOW).isMuted(m)).toBe(true);
      expect(await mutesAt(store, until).isMuted(m)).toBe(false);
      await mutesAt(store, 0).unmute({ kind: "author", key: "forum:bob" });
      expect(await mutesAt(store, NOW).isMuted(m)).toBe(false);
      await mutesAt(store, NOW).mute({ kind: "source", id: "forum" }, 60_000);
      expect(await mutesAt(store, NOW).mutedUntil({ kind: "source", id: "forum" })).toBe(NOW + 60_000);
      expect(await mutesAt(store, NOW).mutedUntil({ kind: "source", id: "news" })).toBeNull();
      expect(await mutesAt(store, NOW).isMuted({ ...m, authorKey: null })).toBe(true);
    });

    it("forgets a mute once it has run out", async () => {
      await mutesAt(store, Date.now()).mute({ kind: "source", id: "forum" }, 40);
      await sleep(120);
      expect(await store.docs.get("mute", "source:forum")).toBeNull();
    });

    it("counts one flood budget per channel and minute across replicas, and keeps each group's cases", async () => {
      const ss = await stores();
      const g = { channel: "C1", bucket: 7 };
      const counts = await Promise.all(
        Array.from({ length: 10 }, (_, i) => new FloodRepo(ss[i % ss.length]!).count(g)),
      );
      expect(counts.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(await new FloodRepo(store).count({ channel: "C1", bucket: 8 })).toBe(1);
      expect(await new FloodRepo(store).count({ channel: "C2", bucket: 7 })).toBe(1);
      await Promise.all([12, 3, 7].map((id, i) => new FloodRepo(ss[i % ss.length]!).add(g, id)));
      await new FloodRepo(store).add({ channel: "C1", bucket: 8 }, 99);
      expect(await new FloodRepo(store).caseIds(g)).toEqual([3, 7, 12]);
      expect(await new FloodRepo(store).caseIds({ channel: "C9", bucket: 7 })).toEqual([]);
    });

    it("keeps alert message refs, and lets one caller tell each thread event", async () => {
      const ss = await stores();
      const refs = new MessageRefRepo(store);
      expect(await refs.get(1)).toBeNull();
      await refs.put(1, { channel: "C1", ts: "1700000000.000100" });
      expect(await new MessageRefRepo(ss.at(-1)!).get(1)).toEqual({ channel: "C1", ts: "1700000000.000100" });
      const claims = await Promise.all(
        Array.from({ length: 6 }, (_, i) => new MessageRefRepo(ss[i % ss.length]!).claimThreadPost(1, 2)),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
      expect(await refs.claimThreadPost(1, 3)).toBe(true);
      expect(await refs.claimThreadPost(2, 2)).toBe(true);
    });

    it("keeps poll state per source, reading a missing or damaged one as empty", async () => {
      const polls = new PollStateRepo(store);
      const empty = readPollState(null);
      expect(await polls.get("foro")).toEqual(empty);
      const state = {
        ...empty,
        etag: '"abc"',
        lastSuccessAt: 5,
        consecutiveFailures: 2,
        typicalGapMs: 60_000,
      };
      await polls.put("foro", state);
      expect(await polls.get("foro")).toEqual(state);
      await store.docs.put("poll-state", { id: "bad", version: 1, body: "not a state" });
      expect(await polls.get("bad")).toEqual(empty);
    });

    it("remembers the last surge per field and reports each surge once", async () => {
      const ss = await stores();
      const surges = new SurgeStateRepo(store);
      expect(await surges.lastOf("sentiment:negative")).toBeNull();
      await surges.setLast("sentiment:negative", { startMs: 10, endMs: 20 });
      expect(await surges.lastOf("sentiment:negative")).toEqual({ startMs: 10, endMs: 20 });
      expect(await surges.lastOf("total")).toBeNull();
      const won = await Promise.all(
        Array.from({ length: 6 }, (_, i) => new SurgeStateRepo(ss[i % ss.length]!).claim("total", 10)),
      );
      expect(won.filter(Boolean)).toHaveLength(1);
      expect(await surges.claim("total", 11)).toBe(true);
    });

    it("keeps the in-process queue's delayed jobs", async () => {
      const jobs = new DelayedJobRepo(store);
      const job = {
        queue: "sla.check",
        jobId: "sla-1",
        data: { caseId: 1 },
        attempt: 1,
        attempts: 5,
        runAt: 9,
      };
      await jobs.put("sla.check:sla-1", job);
      await jobs.put("alert.post:a-2", { ...job, queue: "alert.post", jobId: "a-2", data: null });
      await jobs.delete("alert.post:a-2");
      expect(await jobs.all()).toEqual([["sla.check:sla-1", job]]);
    });

    if (extras.reopen) {
      it("keeps mutes, refs, flood groups, poll and surge state across close and reopen", async () => {
        const g = { channel: "C1", bucket: 7 };
        await mutesAt(store, Date.now()).mute({ kind: "source", id: "forum" }, 3_600_000);
        await new MessageRefRepo(store).put(4, { channel: "C1", ts: "1.1" });
        await new MessageRefRepo(store).claimThreadPost(4, 1);
        await new FloodRepo(store).add(g, 4);
        await new FloodRepo(store).count(g);
        await new PollStateRepo(store).put("foro", { ...readPollState(null), etag: "e" });
        await new SurgeStateRepo(store).setLast("total", { startMs: 1, endMs: 2 });
        const again = fx.track(await extras.reopen!(store));
        expect(await mutesAt(again, Date.now()).mutedUntil({ kind: "source", id: "forum" })).not.toBeNull();
        expect(await new MessageRefRepo(again).get(4)).toEqual({ channel: "C1", ts: "1.1" });
        expect(await new MessageRefRepo(again).claimThreadPost(4, 1)).toBe(false);
        expect(await new FloodRepo(again).caseIds(g)).toEqual([4]);
        expect(await new FloodRepo(again).count(g)).toBe(2);
        expect((await new PollStateRepo(again).get("foro")).etag).toBe("e");
        expect(await new SurgeStateRepo(again).lastOf("total")).toEqual({ startMs: 1, endMs: 2 });
      });
    }
  });
}
