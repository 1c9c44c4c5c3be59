import type { Case, CaseStatus, Outcome } from "../core/case.js";
import { OPEN_STATUSES } from "../core/case.js";
import { UserError } from "../core/errors.js";

/** Something a person (or the SLA timer) does to a case. */
export type CaseAction =
  | { kind: "claim"; actor: string }
  | { kind: "assign"; actor: string; owner: string; note?: string }
  | { kind: "unclaim"; actor: string }
  | { kind: "respond"; actor: string; note?: string }
  | { kind: "resolve"; actor: string; outcome: Outcome; note?: string }
  | { kind: "dismiss"; actor: string; note?: string }
  | { kind: "reopen"; actor: string }
  | { kind: "sla_breach"; actor: string; note: string }
  /** Records something done around the case (escalated, watched, moved to private) without moving it. */
  | { kind: "note"; actor: string; label: string; note: string };

/** True while a case still needs work. */
export function isOpen(c: Case): boolean {
  return OPEN_STATUSES.includes(c.status);
}

/**
 * Applies one action to a case and returns the next version, or throws a UserError that says why not.
 * Pure: the caller stores the result with a compare-and-set on `version`.
 */
export function applyCaseAction(c: Case, action: CaseAction, now: number): Case {
  const next: Case = { ...c, history: [...c.history], version: c.version + 1 };
  const log = (to: CaseStatus | undefined, note?: string) =>
    next.history.push({
      at: now,
      actor: action.actor,
      action: action.kind,
      from: c.status,
      ...(to ? { to } : {}),
      ...(note ? { note } : {}),
    });
  switch (action.kind) {
    case "claim":
      requireOpen(c);
      if (c.owner && c.owner !== action.actor)
        throw new UserError("already_claimed", `Case #${c.id} is already claimed by ${c.owner}.`);
      if (c.owner === action.actor) throw new UserError("already_yours", `Case #${c.id} is already yours.`);
      next.owner = action.actor;
      next.status = c.status === "new" ? "claimed" : c.status;
      next.claimedAt = c.claimedAt ?? now;
      log(next.status);
      return next;
    case "assign":
      requireOpen(c);
      next.owner = action.owner;
      next.status = c.status === "new" ? "claimed" : c.status;
      next.claimedAt = c.claimedAt ?? now;
      log(next.status, `assigned to ${action.owner}${action.note ? ` — ${action.note}` : ""}`);
      return next;
    case "unclaim":
      requireOpen(c);
      if (!c.owner) throw new UserError("not_claimed", `Case #${c.id} has no owner.`);
      next.owner = null;
      next.status = c.firstResponseAt ? "responded" : "new";
      log(next.status);
      return next;
    case "respond":
      requireOpen(c);
      next.owner = c.owner ?? action.actor;
      next.claimedAt = c.claimedAt ?? now;
      next.firstResponseAt = c.firstResponseAt ?? now;
      next.status = "responded";
      log("responded", action.note);
      return next;
    case "resolve":
      requireOpen(c);
      next.owner = c.owner ?? action.actor;
      next.claimedAt = c.claimedAt ?? now;
      next.status = "resolved";
      next.resolvedAt = now;
      next.outcome = action.outcome;
      if (action.outcome === "answered") next.firstResponseAt = c.firstResponseAt ?? now;
      log("resolved", action.note ?? action.outcome);
      return next;
    case "dismiss":
      requireOpen(c);
      next.status = "dismissed";
      next.resolvedAt = now;
      next.outcome = "no_action";
      log("dismissed", action.note);
      return next;
    case "reopen":
      if (isOpen(c)) throw new UserError("already_open", `Case #${c.id} is already open.`);
      next.status = c.owner ? "claimed" : "new";
      next.resolvedAt = null;
      next.outcome = null;
      log(next.status);
      return next;
    case "note":
      next.history[next.history.length] = {
        at: now,
        actor: action.actor,
        action: action.label,
        note: action.note,
      };
      return next;
    case "sla_breach":
      requireOpen(c);
      next.slaBreaches = c.slaBreaches + 1;
      log(undefined, action.note);
      return next;
  }
}

function requireOpen(c: Case): void {
  if (!isOpen(c)) throw new UserError("case_closed", `Case #${c.id} is already ${c.status}.`);
}
