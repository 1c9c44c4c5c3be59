import type { MessageRef, RichText } from "../ports/chat.js";
import type { Playbook } from "./playbook.js";

/** What started a crisis: a surge, one loud mention, or a person. */
export type CrisisTrigger =
  | { kind: "surge"; mentions: number; expected: number; windowMs: number; fromMs: number; toMs: number }
  | { kind: "mention"; mentionId: string; reach: number }
  | { kind: "manual" }
  | { kind: "escalate"; caseId: number };

export type CrisisStatus = "proposed" | "active" | "closed" | "dismissed";
export type StepStatus = "pending" | "active" | "done" | "skipped";

/** Where one step of the run stands. */
export interface StepState {
  status: StepStatus;
  /** How many times the step was entered (decisions can loop back); part of its timer's job id. */
  visits: number;
  startedAt: number | null;
  dueAt: number | null;
  endedAt: number | null;
  /** The user who owns it now (role holder, or whoever it was reassigned to). */
  assignee: string | null;
  overdue: boolean;
  choice: string | null;
}

/** One page of one person for one role; unacknowledged, it moves down the role's chain. */
export interface PageState {
  id: string;
  role: string;
  userId: string;
  chainIndex: number;
  reason: string;
  stepId: string | null;
  at: number;
  ackedAt: number | null;
  /** True once it timed out and went to the next person. */
  passedOn: boolean;
}

export type TimelineKind =
  | "trigger"
  | "proposed"
  | "declared"
  | "dismissed"
  | "room"
  | "page"
  | "ack"
  | "page-timeout"
  | "step-start"
  | "step-done"
  | "step-skip"
  | "decision"
  | "overdue"
  | "help"
  | "reassign"
  | "statement"
  | "mention"
  | "role"
  | "review"
  | "closed";

/** One line of the timeline: when, who, what. */
export interface TimelineEntry {
  at: number;
  actor: string;
  kind: TimelineKind;
  text: string;
}

/** A crisis from proposal to review: everything needed to resume it after a restart. */
export interface CrisisRun {
  id: number;
  /** The playbook as it was when the crisis started (edits to the file don't change a running crisis). */
  playbook: Playbook;
  status: CrisisStatus;
  reason: string;
  trigger: CrisisTrigger;
  drivers: string[];
  /** Role → user ids in paging order, as of the start (kept current by role changes). */
  roster: Record<string, string[]>;
  ackTimeoutMs: number;
  /** After close, how long the "after" window of the review lasts. */
  reviewAfterMs: number;
  proposedAt: number;
  declaredAt: number | null;
  closedAt: number | null;
  declaredBy: string | null;
  room: string | null;
  statusRef: MessageRef | null;
  proposalRef: MessageRef | null;
  reviewRef: MessageRef | null;
  current: string | null;
  steps: Record<string, StepState>;
  pages: PageState[];
  mentionIds: string[];
  firstStatementAt: number | null;
  review: { why: string | null; change: string | null };
  timeline: TimelineEntry[];
  /** Bumped on every change. */
  version: number;
}

/**
 * Set on a person's event when the actor holds the `escalate` permission: they may act on any step the
 * playbook does not limit to some roles (see `stepRefusal`).
 */
interface Privileged {
  privileged?: boolean;
}

/** Everything that can happen to a crisis; `advance` is the only thing that applies them. */
export type CrisisEvent =
  | { type: "declare"; at: number; actor: string }
  | { type: "dismiss"; at: number; actor: string }
  | { type: "room-ready"; at: number; channel: string }
  | { type: "posted"; at: number; what: "status" | "proposal" | "review"; ref: MessageRef }
  | ({ type: "step-done"; at: number; actor: string; stepId: string } & Privileged)
  | ({ type: "step-skip"; at: number; actor: string; stepId: string } & Privileged)
  | ({ type: "decide"; at: number; actor: string; stepId: string; choice: string } & Privileged)
  | ({ type: "step-help"; at: number; actor: string; stepId: string } & Privileged)
  | ({ type: "reassign"; at: number; actor: string; stepId: string; userId: string } & Privileged)
  | { type: "step-overdue"; at: number; stepId: string; visit: number }
  | ({ type: "page-ack"; at: number; actor: string; pageId: string } & Privileged)
  | { type: "page-timeout"; at: number; pageId: string }
  | { type: "mention"; at: number; mentionId: string; summary: string }
  | { type: "roster"; at: number; actor: string; role: string; chain: string[] }
  | ({ type: "review-answer"; at: number; actor: string; field: "why" | "change"; text: string } & Privileged)
  | ({ type: "close"; at: number; actor: string } & Privileged)
  | { type: "review-after"; at: number };

/** A timer the service schedules as a delayed job (never an in-memory setTimeout). */
export interface TimerSpec {
  jobId: string;
  atMs: number;
  event: Extract<CrisisEvent, { type: "step-overdue" | "page-timeout" | "review-after" }>;
}

/** What the service must do after a transition; the engine itself touches nothing. */
export type CrisisEffect =
  | { type: "create-room"; name: string; invite: string[] }
  | { type: "render-status" }
  | { type: "render-proposal" }
  | { type: "page"; pageId: string }
  | { type: "page-acked"; pageId: string }
  | { type: "room-note"; text: RichText }
  | { type: "whisper"; text: string }
  | { type: "schedule"; timer: TimerSpec }
  | { type: "cancel"; jobId: string }
  | { type: "post-review" }
  | { type: "render-review" };

/** The next state and what to do about it. */
export interface Transition {
  run: CrisisRun;
  effects: CrisisEffect[];
}

/** What proposing a crisis needs. */
export interface ProposeInput {
  reason: string;
  trigger: CrisisTrigger;
  drivers?: string[];
  playbookId?: string;
  actor: string;
}

/** Events a person causes, without the time (the service stamps it). */
export type PersonEvent = CrisisEvent extends infer E
  ? E extends { actor: string }
    ? Omit<E, "at">
    : never
  : never;

/** What an engine event did: the run after it, and what to tell the person who caused it. */
export interface ActResult {
  run: CrisisRun;
  whispers: string[];
}
