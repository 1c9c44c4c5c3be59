import { describe, expect, it } from "vitest";
import { applyCaseAction } from "../../../src/cases/flows.js";
import type { Case } from "../../../src/core/case.js";
import { UserError } from "../../../src/core/errors.js";
import { caseInit } from "../../contract/store.contract.js";

const base: Case = { id: 7, ...caseInit("m1", 1_000), team: null, history: [] };

describe("the case state machine", () => {
  it("claim → respond → resolve records who and when at each step", () => {
    const claimed = applyCaseAction(base, { kind: "claim", actor: "ana" }, 2_000);
    expect(claimed).toMatchObject({ status: "claimed", owner: "ana", claimedAt: 2_000, version: 1 });
    const responded = applyCaseAction(claimed, { kind: "respond", actor: "ana" }, 3_000);
    expect(responded).toMatchObject({ status: "responded", firstResponseAt: 3_000 });
    const resolved = applyCaseAction(responded, { kind: "resolve", actor: "ana", outcome: "fixed" }, 4_000);
    expect(resolved).toMatchObject({
      status: "resolved",
      outcome: "fixed",
      resolvedAt: 4_000,
      firstResponseAt: 3_000,
      version: 3,
    });
    expect(resolved.history.map((h) => [h.action, h.from, h.to, h.actor, h.at])).toEqual([
      ["claim", "new", "claimed", "ana", 2_000],
      ["respond", "claimed", "responded", "ana", 3_000],
      ["resolve", "responded", "resolved", "ana", 4_000],
    ]);
  });

  it("a second claimant is told who owns the case", () => {
    const claimed = applyCaseAction(base, { kind: "claim", actor: "ana" }, 2_000);
    expect(() => applyCaseAction(claimed, { kind: "claim", actor: "bob" }, 2_001)).toThrow(
      "Case #7 is already claimed by ana.",
    );
  });

  it("resolving as answered counts as the first response; a closed case refuses more work", () => {
    const resolved = applyCaseAction(base, { kind: "resolve", actor: "bob", outcome: "answered" }, 5_000);
    expect(resolved).toMatchObject({ owner: "bob", claimedAt: 5_000, firstResponseAt: 5_000 });
    expect(() => applyCaseAction(resolved, { kind: "claim", actor: "ana" }, 6_000)).toThrow(UserError);
    const reopened = applyCaseAction(resolved, { kind: "reopen", actor: "ana" }, 7_000);
    expect(reopened).toMatchObject({ status: "claimed", resolvedAt: null, outcome: null });
  });

  it("unclaim returns the case to the queue; an SLA breach is counted without changing state", () => {
    const claimed = applyCaseAction(base, { kind: "claim", actor: "ana" }, 2_000);
    expect(applyCaseAction(claimed, { kind: "unclaim", actor: "ana" }, 3_000)).toMatchObject({
      status: "new",
      owner: null,
    });
    const breached = applyCaseAction(
      claimed,
      { kind: "sla_breach", actor: "orm-bot", note: "unanswered 2 h" },
      9_000,
    );
    expect(breached).toMatchObject({ status: "claimed", slaBreaches: 1 });
  });
});
