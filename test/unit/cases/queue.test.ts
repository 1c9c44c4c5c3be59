import { describe, expect, it } from "vitest";
import { queueEntries, slaText } from "../../../src/cases/case-list.js";
import { applyCaseAction } from "../../../src/cases/flows.js";
import type { CaseService } from "../../../src/cases/service.js";
import { slaLeftMs } from "../../../src/cases/sla.js";
import type { Case } from "../../../src/core/case.js";
import type { StoredMention } from "../../../src/core/stored-mention.js";
import { caseInit, storedMention } from "../../contract/store.contract.js";

const MIN = 60_000;
const SLA = { unclaimedMinutes: 30, unrespondedMinutes: 60 };
const NOW = 1_000 * MIN;

function kase(id: number, openedAt: number, over: Partial<Case> = {}): Case {
  return { ...caseInit(`m${id}`, openedAt), id, ...over };
}

/** The mentions of the cases, by mention id, through the one method the queue reads. */
function casesReading(mentions: StoredMention[]): CaseService {
  const byId = new Map(mentions.map((m) => [m.id, m]));
  return { mentionOf: async (c: Case) => byId.get(c.mentionId) ?? null } as unknown as CaseService;
}

function withPriority(id: string, priority: number): StoredMention {
  const m = storedMention(id);
  return { ...m, analysis: { ...m.analysis, priority } };
}

describe("the queue's order", () => {
  it("puts the highest priority first, then the least SLA time left, then the oldest", async () => {
    const cases = [
      kase(1, NOW - 5 * MIN), // priority 40, 25 min left
      kase(2, NOW - 20 * MIN), // priority 40, 10 min left
      kase(3, NOW - 1 * MIN), // priority 90
      kase(4, NOW - 50 * MIN, {
        status: "responded",
        owner: "U1",
        claimedAt: NOW - 49 * MIN,
        firstResponseAt: NOW - 40 * MIN,
      }), // priority 40, answered: no timer
      kase(5, NOW - 45 * MIN), // priority 40, overdue 15 min
    ];
    const service = casesReading([
      withPriority("m1", 40),
      withPriority("m2", 40),
      withPriority("m3", 90),
      withPriority("m4", 40),
      withPriority("m5", 40),
    ]);
    const entries = await queueEntries(service, cases, SLA, NOW);
    expect(entries.map((e) => e.c.id)).toEqual([3, 5, 2, 1, 4]);
    expect(entries.map((e) => slaText(e.slaLeftMs))).toEqual([
      "SLA 29 min left",
      "SLA overdue 15 min",
      "SLA 10 min left",
      "SLA 25 min left",
      "",
    ]);
  });

  it("a case whose mention is gone sorts last and still shows", async () => {
    const entries = await queueEntries(
      casesReading([withPriority("m1", 10)]),
      [kase(2, NOW), kase(1, NOW)],
      SLA,
      NOW,
    );
    expect(entries.map((e) => [e.c.id, e.m?.id ?? null])).toEqual([
      [1, "m1"],
      [2, null],
    ]);
  });
});

describe("SLA time left", () => {
  it("runs from the claim for an unanswered claimed case, and from the reopening after a reopen", () => {
    let c = kase(1, 0);
    expect(slaLeftMs(c, SLA, 10 * MIN)).toBe(20 * MIN);
    c = applyCaseAction(c, { kind: "claim", actor: "U1" }, 5 * MIN);
    expect(slaLeftMs(c, SLA, 10 * MIN)).toBe(55 * MIN);
    c = applyCaseAction(c, { kind: "resolve", actor: "U1", outcome: "fixed" }, 20 * MIN);
    expect(slaLeftMs(c, SLA, 30 * MIN)).toBeNull();
    c = applyCaseAction(c, { kind: "reopen", actor: "U2" }, 100 * MIN);
    expect(c.status).toBe("claimed");
    expect(c.history.at(-1)).toMatchObject({
      action: "reopen",
      actor: "U2",
      from: "resolved",
      to: "claimed",
    });
    expect(slaLeftMs(c, SLA, 110 * MIN)).toBe(50 * MIN);
    expect(() => applyCaseAction(c, { kind: "reopen", actor: "U2" }, 120 * MIN)).toThrow(/already open/);
  });
});
