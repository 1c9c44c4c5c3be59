import { describe, expect, it } from "vitest";
import { wireServices } from "../../../src/app/bot.js";
import { storedMention } from "../../contract/store.contract.js";
import { kpiDeps } from "../kpi/fixtures.js";

const HOUR = Date.parse("2026-11-25T09:00:00Z");

describe("completing the outbox (Pipeline.resume)", () => {
  it("applies the effects of pending mentions once, and leaves only a failing one pending", async () => {
    const deps = kpiDeps(Date.parse("2026-11-25T10:00:00Z"));
    const { services } = await wireServices(deps, { schedules: false });
    // A run killed right after storing: three mentions in the outbox, no effect applied.
    const stored = ["a", "b", "bad"].map((id) => storedMention(id, { at: HOUR, authorKey: `src:${id}` }));
    await deps.store.mentions.insertMany(stored, { outbox: true });
    deps.events.on("mentions.stored", async (ms) => {
      if (ms.some((m) => m.id === "bad")) throw new Error("this one cannot be applied");
    });

    expect(await services.pipeline.resume()).toBe(2);
    expect((await deps.store.outbox.pending(10)).map((e) => e.id)).toEqual(["bad"]);
    const counted = async () => (await deps.store.counters.read("mentions", HOUR, HOUR + 1))[0]?.fields.total;
    // "bad" failed after the counters of its first (whole-batch) attempt: counted once all the same.
    expect(await counted()).toBe(3);
    expect(await deps.store.authors.get("src:a")).toMatchObject({ mentions: 1 });

    // A later round tries the failing one again and counts nothing twice.
    expect(await services.pipeline.resume()).toBe(0);
    expect(await counted()).toBe(3);
    expect(await deps.store.authors.get("src:a")).toMatchObject({ mentions: 1 });
    expect(await deps.store.outbox.count()).toBe(1);
    await deps.store.close();
  });
});
