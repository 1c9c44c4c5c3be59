import { type Draft, log, pageJobId, pageRole, stepDef, stepTitle } from "./engine-steps.js";
import type { CrisisEvent } from "./run.js";

/** A step deadline fired: mark it late and page the role the playbook names (stale timers do nothing). */
export function overdue(d: Draft, e: Extract<CrisisEvent, { type: "step-overdue" }>): string | undefined {
  const run = d.run;
  const state = run.steps[e.stepId];
  // A stale timer (the step ended, or this is an older visit) changes nothing.
  if (run.status !== "active" || !state || state.status !== "active" || state.visits !== e.visit) return;
  if (state.overdue) return;
  state.overdue = true;
  const def = stepDef(run, e.stepId)!;
  const title = stepTitle(run, e.stepId);
  log(d, e.at, "orm-bot", "overdue", `"${title}" is overdue`);
  if (def.overdue) pageRole(d, def.overdue.page, `"${title}" is overdue`, e.stepId, e.at);
  else
    d.effects.push({
      type: "room-note",
      text: [
        { text: title, bold: true },
        " is overdue ",
        ...(state.assignee ? [{ user: state.assignee }] : []),
      ],
    });
  d.effects.push({ type: "render-status" });
  return;
}

/** A page acknowledged: stop its timer and tell the outside pager. */
export function ack(d: Draft, e: Extract<CrisisEvent, { type: "page-ack" }>): string | undefined {
  const page = d.run.pages.find((p) => p.id === e.pageId);
  if (!page) return `Crisis #${d.run.id} has no page ${e.pageId}.`;
  if (page.ackedAt !== null) return `Page ${e.pageId} was already acknowledged.`;
  page.ackedAt = e.at;
  log(d, e.at, e.actor, "ack", `Page ${page.id} (${page.role}) acknowledged`);
  d.effects.push({ type: "cancel", jobId: pageJobId(d.run, page.id) });
  d.effects.push({ type: "page-acked", pageId: page.id });
  d.effects.push({ type: "render-status" });
  return;
}

/** A page nobody acknowledged in time goes to the next person in the role's chain. */
export function pageTimeout(d: Draft, e: Extract<CrisisEvent, { type: "page-timeout" }>): string | undefined {
  const run = d.run;
  const page = run.pages.find((p) => p.id === e.pageId);
  if (run.status !== "active" || !page || page.ackedAt !== null || page.passedOn) return;
  page.passedOn = true;
  log(
    d,
    e.at,
    "orm-bot",
    "page-timeout",
    `${page.userId} did not acknowledge page ${page.id} (${page.role})`,
  );
  pageRole(d, page.role, page.reason, page.stepId, e.at, page.chainIndex + 1);
  return;
}
