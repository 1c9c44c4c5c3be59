import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../../src/core/paths.js";
import { advance, proposeRun } from "../../../src/crisis/engine.js";
import { loadPlaybooks } from "../../../src/crisis/load.js";
import type { CrisisEffect, CrisisEvent, CrisisRun } from "../../../src/crisis/run.js";

const T0 = Date.parse("2026-11-20T10:00:00Z");
const MIN = 60_000;
const books = await loadPlaybooks(join(PACKAGE_ROOT, "playbooks"));

function proposed(): CrisisRun {
  return proposeRun({
    id: 1,
    playbook: books.get("social-media-crisis")!,
    reason: "140 negative mentions in 2 h",
    trigger: { kind: "manual" },
    drivers: ["battery"],
    roster: { dircom: ["ana", "dan"], community: ["cm"], ceo: ["boss"] },
    ackTimeoutMs: 15 * MIN,
    reviewAfterMs: 24 * 60 * MIN,
    at: T0,
    actor: "orm-bot",
  }).run;
}

/** Feeds events in order; returns the last run and every effect. */
function feed(run: CrisisRun, events: CrisisEvent[]): { run: CrisisRun; effects: CrisisEffect[] } {
  const effects: CrisisEffect[] = [];
  for (const e of events) {
    const t = advance(run, e);
    run = t.run;
    effects.push(...t.effects);
  }
  return { run, effects };
}

const of = <T extends CrisisEffect["type"]>(effects: CrisisEffect[], type: T) =>
  effects.filter((e): e is Extract<CrisisEffect, { type: T }> => e.type === type);

describe("advance", () => {
  it("declaring creates the room, pages the playbook's roles and starts the first step with a timer", () => {
    const before = proposed();
    const { run, effects } = advance(before, { type: "declare", at: T0, actor: "ana" });
    expect(before.status).toBe("proposed");
    expect(run.status).toBe("active");
    expect(of(effects, "create-room")[0]!.invite.sort()).toEqual(["ana", "boss", "cm"]);
    expect(run.pages.map((p) => [p.role, p.userId])).toEqual([
      ["dircom", "ana"],
      ["community", "cm"],
    ]);
    expect(run.current).toBe("assess-reach");
    const timers = of(effects, "schedule").map((s) => s.timer);
    expect(timers).toContainEqual(
      expect.objectContaining({ jobId: "crisis-1-step-assess-reach-1", atMs: T0 + 30 * MIN }),
    );
    expect(timers).toContainEqual(
      expect.objectContaining({ jobId: "crisis-1-page-p1", atMs: T0 + 15 * MIN }),
    );
  });

  it("branches on decisions, cancels the deadline of a finished step, and ignores its stale timer", () => {
    const { run } = feed(proposed(), [
      { type: "declare", at: T0, actor: "ana" },
      { type: "step-done", at: T0 + 5 * MIN, actor: "cm", stepId: "assess-reach" },
      { type: "decide", at: T0 + 6 * MIN, actor: "cm", stepId: "classify-author", choice: "troll" },
    ]);
    expect(run.current).toBe("handle-troll");
    expect(run.steps["classify-author"]!.choice).toBe("troll");
    const stale = advance(run, { type: "step-overdue", at: T0 + 30 * MIN, stepId: "assess-reach", visit: 1 });
    expect(stale.run).toEqual(run);
    expect(stale.effects).toEqual([]);
  });

  it("an overdue step pages the role the playbook names; a page nobody acks moves down the chain", () => {
    let { run } = feed(proposed(), [{ type: "declare", at: T0, actor: "ana" }]);
    const over = advance(run, { type: "step-overdue", at: T0 + 30 * MIN, stepId: "assess-reach", visit: 1 });
    run = over.run;
    expect(run.steps["assess-reach"]!.overdue).toBe(true);
    expect(run.pages.at(-1)).toMatchObject({ role: "dircom", userId: "ana", stepId: "assess-reach" });
    const timeout = advance(run, { type: "page-timeout", at: T0 + 15 * MIN, pageId: "p1" });
    expect(timeout.run.pages.at(-1)).toMatchObject({ role: "dircom", userId: "dan", chainIndex: 1 });
    const acked = advance(timeout.run, { type: "page-ack", at: T0 + 16 * MIN, actor: "dan", pageId: "p4" });
    expect(of(acked.effects, "cancel")[0]!.jobId).toBe("crisis-1-page-p4");
    const again = advance(acked.run, { type: "page-ack", at: T0 + 17 * MIN, actor: "dan", pageId: "p4" });
    expect(of(again.effects, "whisper")[0]!.text).toMatch(/already acknowledged/);
  });

  it("refuses a step that is not current, a decision without its choice, and a close of a proposal", () => {
    const p = proposed();
    expect(of(advance(p, { type: "close", at: T0, actor: "ana" }).effects, "whisper")).toHaveLength(1);
    const { run } = feed(p, [{ type: "declare", at: T0, actor: "ana" }]);
    expect(
      of(advance(run, { type: "step-done", at: T0, actor: "cm", stepId: "monitor" }).effects, "whisper")[0]!
        .text,
    ).toMatch(/not the current step/);
    const { run: r2 } = feed(run, [{ type: "step-done", at: T0, actor: "cm", stepId: "assess-reach" }]);
    expect(
      of(
        advance(r2, { type: "decide", at: T0, actor: "cm", stepId: "classify-author", choice: "alien" })
          .effects,
        "whisper",
      )[0]!.text,
    ).toMatch(/no choice "alien"/);
  });

  it("records the first statement, cancels every timer on close and schedules the review's after-window", () => {
    const { run, effects } = feed(proposed(), [
      { type: "declare", at: T0, actor: "ana" },
      { type: "step-done", at: T0 + 5 * MIN, actor: "cm", stepId: "assess-reach" },
      {
        type: "decide",
        at: T0 + 6 * MIN,
        actor: "cm",
        stepId: "classify-author",
        choice: "unhappy-customer",
      },
      { type: "decide", at: T0 + 7 * MIN, actor: "cm", stepId: "alone-or-group", choice: "alone" },
      { type: "step-done", at: T0 + 40 * MIN, actor: "ana", stepId: "holding-statement" },
      { type: "close", at: T0 + 90 * MIN, actor: "ana" },
    ]);
    expect(run.firstStatementAt).toBe(T0 + 40 * MIN);
    expect(run.status).toBe("closed");
    const cancelled = of(effects, "cancel").map((c) => c.jobId);
    expect(cancelled).toEqual(
      expect.arrayContaining(["crisis-1-page-p1", "crisis-1-page-p2", "crisis-1-step-legal-check-1"]),
    );
    expect(of(effects, "post-review")).toHaveLength(1);
    expect(run.timeline.map((t) => t.kind)).toEqual(
      expect.arrayContaining(["declared", "decision", "statement", "closed"]),
    );
  });
});
