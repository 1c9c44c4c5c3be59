import { afterEach, describe, expect, it } from "vitest";
import { CaseService } from "../../../src/cases/service.js";
import { type SlaBreach, SlaTimers } from "../../../src/cases/sla.js";
import type { Case } from "../../../src/core/case.js";
import { ManualClock } from "../../../src/ports/clock.js";
import { caseInit } from "../../contract/store.contract.js";
import { acmeConfig, bareDeps } from "../ingest/deps.js";

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

const MIN = 60_000;

/** Real embedded store and in-process jobs; the reminders SLA checks hand over are recorded per channel. */
async function rig(failFirst = false) {
  const config = acmeConfig({ sla: { unclaimedMinutes: 30, unrespondedMinutes: 60 } });
  const clock = new ManualClock(Date.parse("2026-11-22T12:00:00Z"));
  const { deps, jobs } = bareDeps(config, clock);

  const told: Array<{ channel: string; breaches: SlaBreach[] }> = [];
  let failures = failFirst ? 1 : 0;
  const cases = new CaseService(deps);
  const sla = new SlaTimers(deps, cases, async (channel, breaches) => {
    if (failures-- > 0) throw new Error("chat down");
    told.push({ channel, breaches });
  });
  sla.register();
  await jobs.start();
  closers.push(() => jobs.close());
  const open = async (channel: string): Promise<Case> => {
    const mentionId = `m-${channel}-${clock.now()}-${Math.random()}`;
    const c = await deps.store.cases.create({ ...caseInit(mentionId, clock.now()), channel, team: null });
    await sla.onOpened(c);
    return c;
  };
  const later = async (ms: number) => {
    clock.advance(ms);
    await jobs.runDue();
    await jobs.drain();
  };
  return { deps, cases, sla, told, open, later };
}

describe("SLA checks", () => {
  it("tell each channel its breaches in one reminder per check, and skip a case claimed in time", async () => {
    const { told, open, later, cases } = await rig();
    const a = [await open("CA"), await open("CA"), await open("CA")];
    const b = await open("CB");
    await cases.act(a[1]!.id, { kind: "claim", actor: "UANA" });
    await later(31 * MIN);
    expect(told.map((t) => t.channel).sort()).toEqual(["CA", "CB"]);
    const inA = told.find((t) => t.channel === "CA")!.breaches;
    expect(inA.map((x) => x.c.id).sort()).toEqual([a[0]!.id, a[2]!.id].sort());
    expect(inA.every((x) => x.kind === "unclaimed" && x.waitedMin === 31)).toBe(true);
    expect(told.find((t) => t.channel === "CB")!.breaches.map((x) => x.c.id)).toEqual([b.id]);
    // Checked again later: nothing new, nothing told twice.
    await later(10 * MIN);
    expect(told).toHaveLength(2);
  });

  it("posts the reminder on the retry when the chat failed, and records each breach once", async () => {
    const { told, open, later, cases } = await rig(true);
    const c = await open("CA");
    await later(31 * MIN);
    expect(told).toHaveLength(0);
    await later(5_000);
    expect(told).toHaveLength(1);
    expect(told[0]!.breaches.map((x) => x.c.id)).toEqual([c.id]);
    expect((await cases.get(c.id)).slaBreaches).toBe(1);
  });
});
