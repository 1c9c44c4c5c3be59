import { stepDef, stepTitle } from "./engine-steps.js";
import { leadRole } from "./playbook.js";
import type { CrisisRun } from "./run.js";

/**
 * Who may act on a crisis. A step belongs to the holders of its role (everyone in the role's paging
 * chain: the holder and the rotation behind them), whoever it was reassigned to, the crisis lead (the
 * playbook's `lead` role) and holders of the `escalate` permission (`privileged`). A step with `allowed`
 * (a decision with legal weight) belongs only to holders of those roles and its assignee.
 */

/** The user ids holding `role` in this run (empty when nobody does). */
export function holders(run: CrisisRun, role: string): string[] {
  return run.roster[role] ?? [];
}

/** Who holds each role, for a refusal: `legal (@U1, @U2)` or `legal (nobody)`; pings nobody. */
function named(run: CrisisRun, roles: readonly string[]): string {
  return roles
    .map((r) => {
      const ids = holders(run, r);
      return `${r} (${ids.length ? ids.map((u) => `@${u}`).join(", ") : "nobody"})`;
    })
    .join(" or ");
}

const holdsAny = (run: CrisisRun, roles: readonly string[], actor: string) =>
  roles.some((r) => holders(run, r).includes(actor));

/**
 * Why `actor` may not `verb` step `stepId` (e.g. "mark done", "decide"), or undefined when they may.
 * `limited` says whether the step's `allowed` list applies (it does for finishing, deciding and
 * reassigning; asking for help stays open to the step's usual people).
 */
export function stepRefusal(
  run: CrisisRun,
  stepId: string,
  who: { actor: string; privileged?: boolean | undefined },
  verb: string,
  limited: boolean,
): string | undefined {
  const def = stepDef(run, stepId);
  if (!def) return;
  const title = stepTitle(run, stepId);
  if (run.steps[stepId]?.assignee === who.actor) return;
  if (limited && def.allowed) {
    if (holdsAny(run, def.allowed, who.actor)) return;
    const nobody = def.allowed.every((r) => holders(run, r).length === 0);
    return `Only ${named(run, def.allowed)} may ${verb} "${title}": the playbook limits it to those roles.${
      nobody ? ` No one holds them yet: /orm role set ${def.allowed[0]} @someone` : ""
    }`;
  }
  const lead = leadRole(run.playbook);
  if (who.privileged || holdsAny(run, [def.owner, lead], who.actor)) return;
  const people =
    def.owner === lead
      ? `the crisis lead ${named(run, [lead])}`
      : `${named(run, [def.owner])}, the crisis lead ${named(run, [lead])}`;
  return `Only ${people} or someone with the "escalate" permission may ${verb} "${title}".`;
}

/** Why `actor` may not acknowledge page `pageId`: it belongs to the person paged, their role, the lead and `escalate`. */
export function pageRefusal(
  run: CrisisRun,
  pageId: string,
  who: { actor: string; privileged?: boolean | undefined },
): string | undefined {
  const page = run.pages.find((p) => p.id === pageId);
  if (!page || page.userId === who.actor || who.privileged) return;
  const lead = leadRole(run.playbook);
  if (holdsAny(run, [page.role, lead], who.actor)) return;
  return `Page ${pageId} is for @${page.userId} (${page.role}): only them, ${named(run, [page.role])}, the crisis lead ${named(run, [lead])} or someone with the "escalate" permission may acknowledge it.`;
}

/** Why `actor` may not write the review: it belongs to the crisis team (any playbook role), the lead and `escalate`. */
export function reviewRefusal(
  run: CrisisRun,
  who: { actor: string; privileged?: boolean | undefined },
): string | undefined {
  const roles = Object.keys(run.playbook.roles);
  if (who.privileged || holdsAny(run, [...roles, leadRole(run.playbook)], who.actor)) return;
  return `Only the crisis team (${named(run, roles)}) or someone with the "escalate" permission may write the review of crisis #${run.id}.`;
}

/** Why `actor` may not close the crisis: that is the lead's call, or an `escalate` holder's. */
export function closeRefusal(
  run: CrisisRun,
  who: { actor: string; privileged?: boolean | undefined },
): string | undefined {
  const lead = leadRole(run.playbook);
  if (who.privileged || holdsAny(run, [lead], who.actor)) return;
  return `Only the crisis lead ${named(run, [lead])} or someone with the "escalate" permission may close crisis #${run.id}.`;
}
