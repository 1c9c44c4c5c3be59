import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../../src/core/paths.js";
import { advance, proposeRun } from "../../../src/crisis/engine.js";
import { loadPlaybooks } from "../../../src/crisis/load.js";
import type { CrisisEvent, CrisisRun } from "../../../src/crisis/run.js";

const T0 = Date.parse("2026-11-20T10:00:00Z");
const MIN = 60_000;
const books = await loadPlaybooks(join(PACKAGE_ROOT, "playbooks"));

/** A declared crisis of `playbook` with this roster (declared by an `escalate` holder). */
function declared(playbook: string, roster: Record<string, string[]>): CrisisRun {
  const run = proposeRun({
    id: 1,
    playbook: books.get(playbook)!,
    reason: "test",
    trigger: { kind: "manual" },
    drivers: [],
    roster,
    ackTimeoutMs: 15 * MIN,
    reviewAfterMs: 60 * MIN,
    at: T0,
    actor: "orm-bot",
  }).run;
  return advance(run, { type: "declare", at: T0, actor: "boss" }).run;
}

/** Feeds one event: the run after it, and what the person was told (a refusal) if anything. */
function act(run: CrisisRun, e: CrisisEvent): { run: CrisisRun; refused: string | undefined } {
  const t = advance(run, e);
  const whisper = t.effects.find((x) => x.type === "whisper");
  if (whisper) expect(t.run).toBe(run); // a refusal changes nothing
  return { run: t.run, refused: whisper?.type === "whisper" ? whisper.text : undefined };
}

const SOCIAL = { dircom: ["ana", "dan"], community: ["cm"], ceo: ["ceo"], legal: ["law"] };

describe("crisis steps belong to the step's role, the crisis lead and escalate holders", () => {
  it("refuses someone else privately, naming who may act, and changes nothing", () => {
    const run = declared("social-media-crisis", SOCIAL);
    const { refused } = act(run, { type: "step-done", at: T0, actor: "zed", stepId: "assess-reach" });
    expect(refused).toBe(
      'Only community (@cm), the crisis lead dircom (@ana, @dan) or someone with the "escalate" permission may mark done "Assess the reach of the criticism".',
    );
    for (const e of [
      { type: "step-skip", at: T0, actor: "zed", stepId: "assess-reach" },
      { type: "step-help", at: T0, actor: "zed", stepId: "assess-reach" },
      { type: "reassign", at: T0, actor: "zed", stepId: "assess-reach", userId: "zed" },
      { type: "page-ack", at: T0, actor: "zed", pageId: "p2" },
      { type: "review-answer", at: T0, actor: "zed", field: "why", text: "because" },
    ] satisfies CrisisEvent[])
      expect(act(run, e).refused, e.type).toMatch(/^(Only|Page p2 is for @cm)/);
  });

  it("lets the role's holders, anyone in its rotation, the lead, and escalate holders act", () => {
    const run = declared("social-media-crisis", SOCIAL);
    const done = (actor: string, privileged?: boolean) =>
      act(run, {
        type: "step-done",
        at: T0,
        actor,
        stepId: "assess-reach",
        ...(privileged ? { privileged } : {}),
      });
    expect(done("cm").refused).toBeUndefined();
    expect(done("cm").run.current).toBe("classify-author");
    expect(done("dan").refused).toBeUndefined(); // second in the lead role's rotation
    expect(done("zed", true).refused).toBeUndefined();
    expect(done("ceo").refused).toMatch(/^Only community/); // a crisis role, but not this step's
    expect(act(run, { type: "page-ack", at: T0, actor: "cm", pageId: "p2" }).refused).toBeUndefined();
    expect(act(run, { type: "page-ack", at: T0, actor: "ana", pageId: "p2" }).refused).toBeUndefined();
    const review = { type: "review-answer", at: T0, field: "why", text: "x" } as const;
    expect(act(run, { ...review, actor: "ceo" }).refused).toBeUndefined();
    expect(act(run, { ...review, actor: "zed", privileged: true }).refused).toBeUndefined();
  });

  it("names the lead once on a step the lead's own role owns", () => {
    let { run } = act(declared("social-media-crisis", SOCIAL), {
      type: "step-done",
      at: T0,
      actor: "cm",
      stepId: "assess-reach",
    });
    ({ run } = act(run, {
      type: "decide",
      at: T0,
      actor: "cm",
      stepId: "classify-author",
      choice: "competitor",
    }));
    ({ run } = act(run, { type: "decide", at: T0, actor: "cm", stepId: "alone-or-group", choice: "group" }));
    expect(run.current).toBe("convene-team");
    expect(act(run, { type: "step-done", at: T0, actor: "cm", stepId: "convene-team" }).refused).toBe(
      'Only the crisis lead dircom (@ana, @dan) or someone with the "escalate" permission may mark done "Agree the strategy with the crisis team".',
    );
  });

  it("closing is the lead's call or an escalate holder's", () => {
    const run = declared("social-media-crisis", SOCIAL);
    expect(act(run, { type: "close", at: T0, actor: "cm" }).refused).toBe(
      'Only the crisis lead dircom (@ana, @dan) or someone with the "escalate" permission may close crisis #1.',
    );
    expect(act(run, { type: "close", at: T0, actor: "dan" }).run.status).toBe("closed");
    expect(act(run, { type: "close", at: T0, actor: "zed", privileged: true }).run.status).toBe("closed");
  });

  it("whoever a step is reassigned to may finish it", () => {
    let { run } = act(declared("social-media-crisis", SOCIAL), {
      type: "reassign",
      at: T0,
      actor: "cm",
      stepId: "assess-reach",
      userId: "zed",
    });
    expect(run.steps["assess-reach"]!.assignee).toBe("zed");
    ({ run } = act(run, { type: "step-done", at: T0, actor: "zed", stepId: "assess-reach" }));
    expect(run.current).toBe("classify-author");
    // The next step starts with its role's holder again: zed's part is over.
    expect(
      act(run, { type: "decide", at: T0, actor: "zed", stepId: "classify-author", choice: "troll" }).refused,
    ).toMatch(/^Only community/);
  });
});

describe("a step the playbook limits (notify the authority or not)", () => {
  const DPO = { dpo: ["dp"], legal: ["law"], dircom: ["dc"], community: ["cm"] };
  const atAssessRisk = (roster: Record<string, string[]>) =>
    act(declared("data-protection-incident", roster), {
      type: "step-done",
      at: T0,
      actor: "cm",
      stepId: "contain",
    }).run;

  it("is decided only by holders of its allowed roles: not the lead's others, not escalate holders", () => {
    const run = atAssessRisk(DPO);
    expect(run.current).toBe("assess-risk");
    const decide = (actor: string, privileged?: boolean) =>
      act(run, {
        type: "decide",
        at: T0,
        actor,
        stepId: "assess-risk",
        choice: "unlikely",
        ...(privileged ? { privileged } : {}),
      });
    expect(decide("boss", true).refused).toBe(
      'Only dpo (@dp) or legal (@law) may decide "Assess the risk to the people affected": the playbook limits it to those roles.',
    );
    expect(decide("dc").refused).toMatch(/^Only dpo \(@dp\) or legal/);
    expect(decide("law").run.steps["assess-risk"]!.choice).toBe("unlikely");
    expect(decide("dp").run.current).toBe("record-only");
    // Skipping or handing it away is limited the same way; asking for help is not.
    expect(
      act(run, { type: "step-skip", at: T0, actor: "boss", privileged: true, stepId: "assess-risk" }).refused,
    ).toMatch(/may skip/);
    expect(
      act(run, {
        type: "reassign",
        at: T0,
        actor: "boss",
        privileged: true,
        stepId: "assess-risk",
        userId: "dc",
      }).refused,
    ).toMatch(/may reassign/);
    expect(
      act(run, { type: "step-help", at: T0, actor: "boss", privileged: true, stepId: "assess-risk" }).refused,
    ).toBeUndefined();
  });

  it("says how to get going when nobody holds the allowed roles", () => {
    const run = atAssessRisk({ community: ["cm"] });
    const { refused } = act(run, {
      type: "decide",
      at: T0,
      actor: "boss",
      privileged: true,
      stepId: "assess-risk",
      choice: "risk",
    });
    expect(refused).toBe(
      'Only dpo (nobody) or legal (nobody) may decide "Assess the risk to the people affected": the playbook limits it to those roles. No one holds them yet: /orm role set dpo @someone',
    );
  });

  it("a holder may hand it to someone, who may then decide", () => {
    let { run } = act(atAssessRisk(DPO), {
      type: "reassign",
      at: T0,
      actor: "dp",
      stepId: "assess-risk",
      userId: "counsel",
    });
    ({ run } = act(run, { type: "decide", at: T0, actor: "counsel", stepId: "assess-risk", choice: "risk" }));
    expect(run.current).toBe("notify-authority");
  });
});
