import { ack, overdue, pageTimeout } from "./engine-pages.js";
import {
  type Draft,
  endStep,
  enterStep,
  log,
  pageJobId,
  pageRole,
  stepDef,
  stepJobId,
  stepTitle,
} from "./engine-steps.js";
import type { Playbook } from "./playbook.js";
import { closeRefusal, pageRefusal, reviewRefusal, stepRefusal } from "./rights.js";
import type { CrisisEvent, CrisisRun, CrisisTrigger, Transition } from "./run.js";

/** What a new (proposed) crisis starts from. */
export interface NewCrisis {
  id: number;
  playbook: Playbook;
  reason: string;
  trigger: CrisisTrigger;
  drivers: string[];
  roster: Record<string, string[]>;
  ackTimeoutMs: number;
  reviewAfterMs: number;
  at: number;
  actor: string;
}

/** A proposed crisis, waiting for a person to declare or dismiss it. */
export function proposeRun(init: NewCrisis): Transition {
  const run: CrisisRun = {
    id: init.id,
    playbook: init.playbook,
    status: "proposed",
    reason: init.reason,
    trigger: init.trigger,
    drivers: init.drivers,
    roster: init.roster,
    ackTimeoutMs: init.ackTimeoutMs,
    reviewAfterMs: init.reviewAfterMs,
    proposedAt: init.at,
    declaredAt: null,
    closedAt: null,
    declaredBy: null,
    room: null,
    statusRef: null,
    proposalRef: null,
    reviewRef: null,
    current: null,
    steps: {},
    pages: [],
    mentionIds: [],
    firstStatementAt: null,
    review: { why: null, change: null },
    timeline: [{ at: init.at, actor: init.actor, kind: "trigger", text: init.reason }],
    version: 1,
  };
  return { run, effects: [{ type: "render-proposal" }] };
}

const refuse = (run: CrisisRun, text: string): Transition => ({ run, effects: [{ type: "whisper", text }] });

/**
 * The crisis state machine: the one entry point that moves a run. Pure: returns the next run and
 * the effects to apply, and never touches the input. Events that no longer apply (a timer for a step
 * already done, a second click) change nothing.
 */
export function advance(run: CrisisRun, event: CrisisEvent): Transition {
  const d: Draft = { run: structuredClone(run), effects: [] };
  const before = JSON.stringify(d.run);
  const refusal = apply(d, event);
  if (refusal) return refuse(run, refusal);
  if (JSON.stringify(d.run) !== before) d.run.version = run.version + 1;
  return d;
}

/** Applies one event to the draft; returns a refusal for the person when it can't apply. */
function apply(d: Draft, e: CrisisEvent): string | undefined {
  const run = d.run;
  switch (e.type) {
    case "declare":
      return declare(d, e);
    case "dismiss":
      if (run.status !== "proposed") return `Crisis #${run.id} is ${run.status}; nothing to dismiss.`;
      run.status = "dismissed";
      log(d, e.at, e.actor, "dismissed", "Proposal dismissed");
      d.effects.push({ type: "render-proposal" });
      return;
    case "room-ready":
      run.room = e.channel;
      log(d, e.at, "orm-bot", "room", `Crisis room ${e.channel} ready`);
      d.effects.push({ type: "render-status" });
      return;
    case "posted":
      if (e.what === "status") run.statusRef = e.ref;
      else if (e.what === "proposal") run.proposalRef = e.ref;
      else run.reviewRef = e.ref;
      return;
    case "step-done":
    case "step-skip":
    case "decide":
      return finish(d, e);
    case "step-help":
      return help(d, e);
    case "reassign":
      return reassign(d, e);
    case "step-overdue":
      return overdue(d, e);
    case "page-ack":
      return pageRefusal(run, e.pageId, e) ?? ack(d, e);
    case "page-timeout":
      return pageTimeout(d, e);
    case "mention":
      return attach(d, e);
    case "roster":
      return roster(d, e);
    case "review-answer": {
      const refused = reviewRefusal(run, e);
      if (refused) return refused;
      run.review[e.field] = e.text;
      log(
        d,
        e.at,
        e.actor,
        "review",
        `${e.field === "why" ? "Why it happened" : "What we change"}: ${e.text}`,
      );
      if (run.status === "closed") d.effects.push({ type: "render-review" });
      return;
    }
    case "close":
      return close(d, e);
    case "review-after":
      if (run.status === "closed") d.effects.push({ type: "render-review" });
      return;
  }
}

function declare(d: Draft, e: Extract<CrisisEvent, { type: "declare" }>): string | undefined {
  const run = d.run;
  if (run.status !== "proposed") return `Crisis #${run.id} is already ${run.status}.`;
  run.status = "active";
  run.declaredAt = e.at;
  run.declaredBy = e.actor;
  log(d, e.at, e.actor, "declared", `Crisis declared: ${run.reason}`);
  const invite = new Set<string>([e.actor]);
  for (const role of Object.keys(run.playbook.roles)) {
    const holder = run.roster[role]?.[0];
    if (holder) invite.add(holder);
  }
  d.effects.push({ type: "create-room", name: `crisis-${run.id}-${run.playbook.id}`, invite: [...invite] });
  d.effects.push({ type: "render-proposal" });
  for (const role of run.playbook.page)
    pageRole(d, role, `crisis #${run.id} declared: ${run.reason}`, null, e.at);
  const first = run.playbook.steps[0];
  if (first) enterStep(d, first.id, e.at);
  d.effects.push({ type: "render-status" });
  return;
}

type StepEvent = Extract<CrisisEvent, { type: "step-done" | "step-skip" | "decide" }>;

/** The step an event names must be the current one of an active crisis. */
function checkCurrent(run: CrisisRun, stepId: string): string | undefined {
  if (run.status !== "active") return `Crisis #${run.id} is ${run.status}.`;
  if (!stepDef(run, stepId)) return `Crisis #${run.id} has no step "${stepId}".`;
  if (run.current !== stepId) return `"${stepTitle(run, stepId)}" is not the current step.`;
  return;
}

/** How a refusal names what the person tried. */
const FINISH_VERB: Record<StepEvent["type"], string> = {
  "step-done": "mark done",
  "step-skip": "skip",
  decide: "decide",
};

function finish(d: Draft, e: StepEvent): string | undefined {
  const run = d.run;
  const bad = checkCurrent(run, e.stepId) ?? stepRefusal(run, e.stepId, e, FINISH_VERB[e.type], true);
  if (bad) return bad;
  const def = stepDef(run, e.stepId)!;
  const title = stepTitle(run, e.stepId);
  if (e.type === "decide") {
    const choice = def.choices?.find((c) => c.id === e.choice);
    if (!choice)
      return `"${title}" has no choice "${e.choice}" (${def.choices?.map((c) => c.id).join(", ") ?? "not a decision"}).`;
    log(d, e.at, e.actor, "decision", `${title}: ${choice.id}`);
    endStep(d, e.stepId, e.at, "done", choice.id);
  } else if (e.type === "step-done") {
    if (def.kind === "decision")
      return `"${title}" is a decision: pick one of ${def.choices?.map((c) => c.id).join(", ")}.`;
    log(d, e.at, e.actor, "step-done", `Done: ${title}`);
    if (def.kind === "message") {
      log(d, e.at, e.actor, "statement", `Statement published (${title})`);
      run.firstStatementAt ??= e.at;
    }
    endStep(d, e.stepId, e.at, "done", null);
  } else {
    log(d, e.at, e.actor, "step-skip", `Skipped: ${title}`);
    endStep(d, e.stepId, e.at, "skipped", null);
  }
  d.effects.push({ type: "render-status" });
  return;
}

function help(d: Draft, e: Extract<CrisisEvent, { type: "step-help" }>): string | undefined {
  const bad = checkCurrent(d.run, e.stepId) ?? stepRefusal(d.run, e.stepId, e, "ask for help on", false);
  if (bad) return bad;
  const def = stepDef(d.run, e.stepId)!;
  const role = def.overdue?.page ?? d.run.playbook.page[0]!;
  const title = stepTitle(d.run, e.stepId);
  log(d, e.at, e.actor, "help", `Help asked on "${title}"`);
  pageRole(d, role, `help needed on "${title}" (asked by ${e.actor})`, e.stepId, e.at);
  return;
}

function reassign(d: Draft, e: Extract<CrisisEvent, { type: "reassign" }>): string | undefined {
  const bad = checkCurrent(d.run, e.stepId) ?? stepRefusal(d.run, e.stepId, e, "reassign", true);
  if (bad) return bad;
  const state = d.run.steps[e.stepId]!;
  state.assignee = e.userId;
  const title = stepTitle(d.run, e.stepId);
  log(d, e.at, e.actor, "reassign", `"${title}" reassigned to ${e.userId}`);
  d.effects.push({
    type: "room-note",
    text: [{ text: title, bold: true }, " is now with ", { user: e.userId }],
  });
  d.effects.push({ type: "render-status" });
  return;
}

const STATUS_REFRESH_AT = new Set([1, 5, 10, 25, 50]);

function attach(d: Draft, e: Extract<CrisisEvent, { type: "mention" }>): string | undefined {
  const run = d.run;
  if ((run.status !== "active" && run.status !== "proposed") || run.mentionIds.includes(e.mentionId)) return;
  run.mentionIds.push(e.mentionId);
  log(d, e.at, "orm-bot", "mention", e.summary);
  const n = run.mentionIds.length;
  // Batch status edits during a flood (chat.update is rate-limited).
  if (run.status === "active" && (STATUS_REFRESH_AT.has(n) || n % 100 === 0))
    d.effects.push({ type: "render-status" });
  return;
}

function roster(d: Draft, e: Extract<CrisisEvent, { type: "roster" }>): string | undefined {
  const run = d.run;
  if (run.status === "closed" || run.status === "dismissed") return;
  const old = run.roster[e.role]?.[0] ?? null;
  run.roster[e.role] = e.chain;
  log(d, e.at, e.actor, "role", `${e.role} is now ${e.chain[0] ?? "nobody"}`);
  const cur = run.current ? run.steps[run.current] : undefined;
  const def = run.current ? stepDef(run, run.current) : undefined;
  if (cur && def?.owner === e.role && cur.assignee === old) cur.assignee = e.chain[0] ?? null;
  if (run.status === "active") d.effects.push({ type: "render-status" });
  return;
}

function close(d: Draft, e: Extract<CrisisEvent, { type: "close" }>): string | undefined {
  const run = d.run;
  if (run.status !== "active")
    return `Crisis #${run.id} is ${run.status}; only an active crisis can be closed.`;
  const refused = closeRefusal(run, e);
  if (refused) return refused;
  if (run.current) {
    const state = run.steps[run.current]!;
    d.effects.push({ type: "cancel", jobId: stepJobId(run, run.current, state.visits) });
    run.current = null;
  }
  for (const p of run.pages)
    if (p.ackedAt === null && !p.passedOn) d.effects.push({ type: "cancel", jobId: pageJobId(run, p.id) });
  run.status = "closed";
  run.closedAt = e.at;
  log(d, e.at, e.actor, "closed", "Crisis closed");
  const atMs = e.at + run.reviewAfterMs;
  d.effects.push({ type: "render-status" });
  d.effects.push({ type: "post-review" });
  d.effects.push({
    type: "schedule",
    timer: { jobId: `crisis-${run.id}-review-after`, atMs, event: { type: "review-after", at: atMs } },
  });
  return;
}
