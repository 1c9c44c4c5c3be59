import { z } from "zod";
import { MessageRefSchema } from "../state/message-ref.js";
import { PlaybookShape } from "./playbook.js";
import type { CrisisRun, TimelineKind } from "./run.js";

const TriggerSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("surge"),
    mentions: z.number(),
    expected: z.number(),
    windowMs: z.number(),
    fromMs: z.number(),
    toMs: z.number(),
  }),
  z.object({ kind: z.literal("mention"), mentionId: z.string(), reach: z.number() }),
  z.object({ kind: z.literal("manual") }),
  z.object({ kind: z.literal("escalate"), caseId: z.number() }),
]);

const StepStateSchema = z.object({
  status: z.enum(["pending", "active", "done", "skipped"]),
  visits: z.number().int(),
  startedAt: z.number().nullable(),
  dueAt: z.number().nullable(),
  endedAt: z.number().nullable(),
  assignee: z.string().nullable(),
  overdue: z.boolean(),
  choice: z.string().nullable(),
});

const PageStateSchema = z.object({
  id: z.string(),
  role: z.string(),
  userId: z.string(),
  chainIndex: z.number().int(),
  reason: z.string(),
  stepId: z.string().nullable(),
  at: z.number(),
  ackedAt: z.number().nullable(),
  passedOn: z.boolean(),
});

/** Every timeline kind (a record, so the compiler notices one missing). */
const TIMELINE_KINDS: Record<TimelineKind, true> = {
  trigger: true,
  proposed: true,
  declared: true,
  dismissed: true,
  room: true,
  page: true,
  ack: true,
  "page-timeout": true,
  "step-start": true,
  "step-done": true,
  "step-skip": true,
  decision: true,
  overdue: true,
  help: true,
  reassign: true,
  statement: true,
  mention: true,
  role: true,
  review: true,
  closed: true,
};

const TimelineEntrySchema = z.object({
  at: z.number(),
  actor: z.string(),
  kind: z.enum(Object.keys(TIMELINE_KINDS) as [TimelineKind, ...TimelineKind[]]),
  text: z.string(),
});

/** A stored crisis run, as every read checks it (the playbook copy included). */
export const CrisisRunSchema: z.ZodType<CrisisRun> = z.object({
  id: z.number().int().positive(),
  playbook: PlaybookShape,
  status: z.enum(["proposed", "active", "closed", "dismissed"]),
  reason: z.string(),
  trigger: TriggerSchema,
  drivers: z.array(z.string()),
  roster: z.record(z.string(), z.array(z.string())),
  ackTimeoutMs: z.number(),
  reviewAfterMs: z.number(),
  proposedAt: z.number(),
  declaredAt: z.number().nullable(),
  closedAt: z.number().nullable(),
  declaredBy: z.string().nullable(),
  room: z.string().nullable(),
  statusRef: MessageRefSchema.nullable(),
  proposalRef: MessageRefSchema.nullable(),
  reviewRef: MessageRefSchema.nullable(),
  current: z.string().nullable(),
  steps: z.record(z.string(), StepStateSchema),
  pages: z.array(PageStateSchema),
  mentionIds: z.array(z.string()),
  firstStatementAt: z.number().nullable(),
  review: z.object({ why: z.string().nullable(), change: z.string().nullable() }),
  timeline: z.array(TimelineEntrySchema),
  version: z.number().int(),
});
