import type { CaseAction } from "../../cases/flows.js";
import { logNormal, pick, rng } from "./random.js";

/** One thing the seeded team does to a case, at a time. */
export interface PlannedAction {
  at: number;
  caseId: number;
  action: CaseAction;
}

const MIN_MS = 60_000;
const TEAM = ["ana", "bob", "luz", "ivan"];

/**
 * What the team did with a seeded case opened at `openedAt`: most are claimed within minutes, answered,
 * and resolved within hours (fixed, answered or no action); some are dismissed; a claim later than the SLA
 * records a breach, as the SLA timer would have. Deterministic in `seed`.
 */
export function planCase(
  caseId: number,
  openedAt: number,
  seed: number,
  unclaimedMinutes: number,
): PlannedAction[] {
  const rand = rng(seed ^ 0x2545f491);
  const actor = pick(rand, TEAM);
  if (rand() < 0.08)
    return [
      {
        at: openedAt + logNormal(rand, 90, 0.8) * MIN_MS,
        caseId,
        action: { kind: "dismiss", actor, note: "spam" },
      },
    ];
  const claimAt = openedAt + Math.max(1, logNormal(rand, 11, 0.9)) * MIN_MS;
  const respondAt = claimAt + Math.max(1, logNormal(rand, 9, 0.9)) * MIN_MS;
  const resolveAt = respondAt + Math.max(5, logNormal(rand, 240, 1.1)) * MIN_MS;
  const r = rand();
  const outcome = r < 0.3 ? "fixed" : r < 0.9 ? "answered" : "no_action";
  const out: PlannedAction[] = [];
  const slaAt = openedAt + unclaimedMinutes * MIN_MS;
  if (claimAt > slaAt)
    out.push({ at: slaAt, caseId, action: { kind: "sla_breach", actor: "orm-bot", note: "unclaimed" } });
  out.push(
    { at: claimAt, caseId, action: { kind: "claim", actor } },
    { at: respondAt, caseId, action: { kind: "respond", actor, note: "replied with a template" } },
    { at: resolveAt, caseId, action: { kind: "resolve", actor, outcome } },
  );
  return out;
}
