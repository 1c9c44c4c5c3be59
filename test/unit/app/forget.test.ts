import { describe, expect, it } from "vitest";
import { forget } from "../../../src/app/forget.js";
import { EmbeddedStore } from "../../../src/backends/memory/store.js";
import { MuteService } from "../../../src/cases/mutes.js";
import { ManualClock } from "../../../src/ports/clock.js";
import { caseInit, storedMention } from "../../contract/store.contract.js";

describe("forget", () => {
  it("scrubs the name from case notes and lifts the author's mute, leaving other cases alone", async () => {
    const clock = new ManualClock(10_000);
    const store = new EmbeddedStore({ dataDir: null, clock });
    const key = "forum:juan@gmail.com";
    await store.mentions.insertMany([storedMention("j", { author: "Juan@gmail.com", authorKey: key })]);
    const c = await store.cases.create(caseInit("j", 1_000));
    await store.mentions.setCase("j", c.id);
    const note = {
      at: 2_000,
      actor: "U1",
      action: "watch",
      note: "author JUAN@gmail.com, forum:juan@gmail.com",
    };
    await store.cases.compareAndSet({ ...c, history: [...c.history, note], version: c.version + 1 });
    const other = await store.cases.create(caseInit("x", 1_000));
    await new MuteService(store.docs, clock).mute({ kind: "author", key }, 60_000);

    const report = await forget({ store, clock }, { author: "juan@gmail.com" });

    expect(report).toEqual({ mentions: 1, authorProfiles: 0, authorCounters: 0, cases: 1, mutes: 1 });
    const scrubbed = await store.cases.get(c.id);
    expect(scrubbed!.history.at(-1)!.note).toBe("author [erased], forum:[erased]");
    expect(await store.cases.get(other.id)).toEqual(other);
    expect(await new MuteService(store.docs, clock).mutedUntil({ kind: "author", key })).toBeNull();
    expect(await store.mentions.get("j")).toMatchObject({
      text: "[erased]",
      author: null,
      authorKey: null,
      caseId: c.id,
    });
  });
});
