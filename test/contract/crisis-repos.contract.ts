import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../src/core/paths.js";
import { CrisisRepo } from "../../src/crisis/crisis-repo.js";
import { advance, proposeRun } from "../../src/crisis/engine.js";
import { loadPlaybooks } from "../../src/crisis/load.js";
import { RoleRepo } from "../../src/crisis/role-repo.js";
import type { CrisisEvent, CrisisRun } from "../../src/crisis/run.js";
import type { Store } from "../../src/ports/store.js";
import { StoreDataError } from "../../src/state/collection.js";
import type { StoreContractExtras } from "./store.contract.js";
import { useStores } from "./store-fixture.js";

const T0 = Date.parse("2026-11-20T10:00:00Z");
/** A crisis event without its time (each one's own Omit). */
type Untimed = CrisisEvent extends infer E ? (E extends CrisisEvent ? Omit<E, "at"> : never) : never;
const books = await loadPlaybooks(join(PACKAGE_ROOT, "playbooks"));

/** A crisis run as the engine makes it; `events` move it on (declare, room, posts…). */
export function crisisRun(id: number, events: Untimed[] = []): CrisisRun {
  let run = proposeRun({
    id,
    playbook: books.get("social-media-crisis")!,
    reason: "140 negative mentions in 2 h",
    trigger: {
      kind: "surge",
      mentions: 140,
      expected: 20,
      windowMs: 7_200_000,
      fromMs: T0 - 7_200_000,
      toMs: T0,
    },
    drivers: ["battery"],
    roster: { dircom: ["ana", "dan"], community: ["cm"], ceo: ["boss"] },
    ackTimeoutMs: 900_000,
    reviewAfterMs: 86_400_000,
    at: T0,
    actor: "orm-bot",
  }).run;
  events.forEach((e, i) => {
    run = advance(run, { ...e, at: T0 + (i + 1) * 1000 } as CrisisEvent).run;
  });
  return run;
}

/** Declared, with a room, a posted status message, an attached mention and a role change. */
export const busyEvents: Untimed[] = [
  { type: "declare", actor: "ana" },
  { type: "room-ready", channel: "CROOM" },
  { type: "posted", what: "status", ref: { channel: "CROOM", ts: "1.2" } },
  { type: "mention", mentionId: "m1", summary: "battery fire video" },
  { type: "roster", actor: "ana", role: "community", chain: ["cm2", "cm"] },
];

/** The crisis and role repositories on one store backend (with `peer`, across two handles). */
export function describeCrisisReposContract(
  name: string,
  factory: () => Promise<Store>,
  extras: StoreContractExtras = {},
): void {
  describe(`Crisis repositories contract: ${name}`, () => {
    const fx = useStores(factory, extras);
    const repos = async () => (await fx.writers()).map((s) => new CrisisRepo(s));
    let store: Store;
    beforeEach(() => {
      store = fx.store;
    });

    it("saves a run and reads it back whole, playbook copy and all", async () => {
      const repo = new CrisisRepo(store);
      const run = crisisRun(1, busyEvents);
      expect(run.status).toBe("active");
      expect(run.pages.length).toBeGreaterThan(0);
      await repo.save(run);
      expect(await repo.get(1)).toEqual(run);
      expect(await repo.get(2)).toBeNull();
    });

    it("numbers new crises from one sequence, also concurrently, skipping numbers already taken", async () => {
      const [a, b = a] = await repos();
      await a!.save(crisisRun(3));
      const first = await Promise.all([1, 2, 3].map(() => a!.create((id) => crisisRun(id))));
      expect(first.map((r) => r.id).sort()).toEqual([1, 2, 4]);
      const more = await Promise.all(
        Array.from({ length: 10 }, (_, i) => (i % 2 ? a! : b!).create((id) => crisisRun(id))),
      );
      expect(more.map((r) => r.id).sort((x, y) => x - y)).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
      expect((await a!.list()).map((r) => r.id)).toEqual([14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    });

    it("finds open, active and in-room crises through the indexes, following status changes", async () => {
      const repo = new CrisisRepo(store);
      const proposed = crisisRun(1);
      const active = crisisRun(2, busyEvents);
      const closed = crisisRun(3, [...busyEvents.slice(0, 1), { type: "room-ready", channel: "COLD" }]);
      await repo.save(proposed);
      await repo.save(active);
      await repo.save({ ...closed, status: "closed" });
      expect((await repo.open()).map((r) => r.id)).toEqual([2, 1]);
      expect((await repo.active()).map((r) => r.id)).toEqual([2]);
      expect((await repo.inRoom("CROOM")).map((r) => r.id)).toEqual([2]);
      expect((await repo.inRoom("COLD")).map((r) => r.status)).toEqual(["closed"]);
      await repo.save({ ...active, status: "closed", version: active.version + 1 });
      await repo.save({ ...proposed, status: "dismissed", version: proposed.version + 1 });
      expect(await repo.open()).toEqual([]);
      expect((await repo.inRoom("CROOM")).map((r) => r.status)).toEqual(["closed"]);
    });

    it("refuses a damaged run instead of handing it on", async () => {
      await store.docs.put("crisis-run", {
        id: "7",
        version: 1,
        body: { ...crisisRun(7), status: "exploded" },
      });
      await expect(new CrisisRepo(store).get(7)).rejects.toThrow(StoreDataError);
    });

    it("lets one holder at a time work on a crisis, across replicas", async () => {
      const rs = await repos();
      let inside = 0;
      let most = 0;
      await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          rs[i % rs.length]!.withLock(1, async () => {
            inside++;
            most = Math.max(most, inside);
            await new Promise((r) => setTimeout(r, 3));
            inside--;
          }),
        ),
      );
      expect(most).toBe(1);
    });

    it("keeps role holders set in chat", async () => {
      const roles = new RoleRepo(store);
      await roles.set("dircom", { userId: "dan", setBy: "ana", at: 5 });
      await roles.set("community", { userId: "cm2", setBy: "ana", at: 6 });
      await roles.set("dircom", { userId: "eve", setBy: "dan", at: 7 });
      expect(await roles.all()).toEqual(
        new Map([
          ["dircom", { userId: "eve", setBy: "dan", at: 7 }],
          ["community", { userId: "cm2", setBy: "ana", at: 6 }],
        ]),
      );
    });

    if (extras.reopen) {
      it("keeps runs, the numbering and role holders across close and reopen", async () => {
        const repo = new CrisisRepo(store);
        const run = await repo.create((id) => crisisRun(id, busyEvents));
        await new RoleRepo(store).set("ceo", { userId: "boss2", setBy: "ana", at: 1 });
        const again = fx.track(await extras.reopen!(store));
        const repo2 = new CrisisRepo(again);
        expect(await repo2.get(run.id)).toEqual(run);
        expect((await repo2.open()).map((r) => r.id)).toEqual([run.id]);
        expect((await repo2.create((id) => crisisRun(id))).id).toBe(run.id + 1);
        expect((await new RoleRepo(again).all()).get("ceo")?.userId).toBe("boss2");
      });
    }
  });
}
