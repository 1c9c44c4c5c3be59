import type { Step } from "./playbook.js";
import { localize } from "./playbook.js";
import type { CrisisEffect, CrisisRun, StepState, TimelineKind } from "./run.js";

/** A transition being built: the run (a private copy) and the effects so far. */
export interface Draft {
  run: CrisisRun;
  effects: CrisisEffect[];
}

const MINUTE_MS = 60_000;

/** Adds a timeline entry. */
export function log(d: Draft, at: number, actor: string, kind: TimelineKind, text: string): void {
  d.run.timeline.push({ at, actor, kind, text });
}

/** The step definition with this id. */
export function stepDef(run: CrisisRun, stepId: string): Step | undefined {
  return run.playbook.steps.find((s) => s.id === stepId);
}

/** A step's title in the playbook's first language (timeline and notes). */
export function stepTitle(run: CrisisRun, stepId: string): string {
  const s = stepDef(run, stepId);
  return s ? localize(s.title, run.playbook.languages) : stepId;
}

/** The delayed job id of a step's deadline on its n-th visit (no `:`, BullMQ-safe). */
export function stepJobId(run: CrisisRun, stepId: string, visit: number): string {
  return `crisis-${run.id}-step-${stepId}-${visit}`;
}

/** The delayed job id of a page's acknowledgement timeout. */
export function pageJobId(run: CrisisRun, pageId: string): string {
  return `crisis-${run.id}-page-${pageId}`;
}

function emptyStep(): StepState {
  return {
    status: "pending",
    visits: 0,
    startedAt: null,
    dueAt: null,
    endedAt: null,
    assignee: null,
    overdue: false,
    choice: null,
  };
}

/** Makes `stepId` the current step: owner, deadline, deadline timer, a note in the room. */
export function enterStep(d: Draft, stepId: string, at: number): void {
  const run = d.run;
  const def = stepDef(run, stepId);
  if (!def) return;
  const prev = run.steps[stepId] ?? emptyStep();
  const from = def.deadline.from === "start" ? (run.declaredAt ?? at) : at;
  const dueAt = from + def.deadline.minutes * MINUTE_MS;
  const assignee = run.roster[def.owner]?.[0] ?? null;
  const visits = prev.visits + 1;
  run.steps[stepId] = { ...emptyStep(), status: "active", visits, startedAt: at, dueAt, assignee };
  run.current = stepId;
  log(d, at, "orm-bot", "step-start", `Step "${stepTitle(run, stepId)}" started (owner: ${def.owner})`);
  d.effects.push({
    type: "schedule",
    timer: {
      jobId: stepJobId(run, stepId, visits),
      atMs: dueAt,
      event: { type: "step-overdue", at: dueAt, stepId, visit: visits },
    },
  });
  const mins = Math.round((dueAt - at) / MINUTE_MS);
  d.effects.push({
    type: "room-note",
    text: [
      "Next step: ",
      { text: stepTitle(run, stepId), bold: true },
      ` · ${def.owner} `,
      assignee ? { user: assignee } : "(no one holds this role)",
      ` · due in ${mins} min`,
    ],
  });
}

/** The step after `def` when it ends (with `choice` for a decision); null at the end. */
export function nextStepId(run: CrisisRun, def: Step, choice: string | null): string | null {
  const picked = choice ? def.choices?.find((c) => c.id === choice)?.next : undefined;
  const target = picked ?? def.next;
  if (target === "end") return null;
  if (target) return target;
  const i = run.playbook.steps.findIndex((s) => s.id === def.id);
  return run.playbook.steps[i + 1]?.id ?? null;
}

/** Ends the current step (done, skipped or decided) and enters the next one. */
export function endStep(
  d: Draft,
  stepId: string,
  at: number,
  status: "done" | "skipped",
  choice: string | null,
): void {
  const run = d.run;
  const state = run.steps[stepId];
  const def = stepDef(run, stepId);
  if (!state || !def) return;
  state.status = status;
  state.endedAt = at;
  state.choice = choice;
  d.effects.push({ type: "cancel", jobId: stepJobId(run, stepId, state.visits) });
  const next = nextStepId(run, def, choice);
  run.current = null;
  if (next) enterStep(d, next, at);
  else
    d.effects.push({
      type: "room-note",
      text: ["Every step of the playbook is behind us. When things are calm: /orm crisis close"],
    });
}

/** Pages the person at `chainIndex` of `role`'s chain: DM, room mention, pager, and an ack timer. */
export function pageRole(
  d: Draft,
  role: string,
  reason: string,
  stepId: string | null,
  at: number,
  chainIndex = 0,
): void {
  const run = d.run;
  const chain = run.roster[role] ?? [];
  const userId = chain[chainIndex];
  if (!userId) {
    const why =
      chainIndex === 0
        ? `No one holds the role ${role}: set one with /orm role set ${role} @someone`
        : `Nobody in the ${role} chain acknowledged the page (${chain.length} paged)`;
    log(d, at, "orm-bot", "page", why);
    d.effects.push({ type: "room-note", text: [why] });
    return;
  }
  const id = `p${run.pages.length + 1}`;
  run.pages.push({ id, role, userId, chainIndex, reason, stepId, at, ackedAt: null, passedOn: false });
  log(d, at, "orm-bot", "page", `Paged ${userId} as ${role}: ${reason}`);
  d.effects.push({ type: "page", pageId: id });
  const atMs = at + run.ackTimeoutMs;
  d.effects.push({
    type: "schedule",
    timer: { jobId: pageJobId(run, id), atMs, event: { type: "page-timeout", at: atMs, pageId: id } },
  });
}
