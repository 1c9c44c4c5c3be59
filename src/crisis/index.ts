import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Services } from "../chatops/services.js";
import type { Config } from "../config/schema.js";
import { UserError } from "../core/errors.js";
import { PACKAGE_ROOT } from "../core/paths.js";
import { checkForNewSurge } from "../kpi/surges.js";
import { createPager } from "./paging/index.js";
import type { Playbook } from "./playbook.js";
import { CrisisService } from "./service.js";
import type { SurgeSignal } from "./triggers.js";

export { advance, proposeRun } from "./engine.js";
export { loadPlaybooks, parsePlaybook } from "./load.js";
export type { Playbook } from "./playbook.js";
export type { CrisisEffect, CrisisEvent, CrisisRun } from "./run.js";
export { CRISIS_PAGER_QUEUE, CRISIS_TIMER_QUEUE, CrisisService } from "./service.js";
export { type SurgeSignal, surgeReason } from "./triggers.js";

/**
 * The playbooks folder for a config: `crisis.playbooksDir` resolved against the config's folder; the
 * default `playbooks` falls back to the bundled ones when the config's folder has none.
 */
export function playbooksDirOf(config: Config): string {
  const dir = resolve(config.baseDir, config.crisis.playbooksDir);
  if (existsSync(dir) || config.crisis.playbooksDir !== "playbooks") return dir;
  return join(PACKAGE_ROOT, "playbooks");
}

/** The queue the periodic surge check runs on, and its schedule id. */
export const CRISIS_SURGE_QUEUE = "crisis.surge-check";
export const CRISIS_SURGE_SCHEDULE = "crisis:surge-check";

export interface RegisterCrisisOptions {
  /** Where new negative surges come from (default: the KPI engine's checkForNewSurge). */
  surgeSource?: () => Promise<SurgeSignal | null>;
}

/**
 * Builds the crisis service, registers its job queues and the periodic surge check (which proposes a
 * crisis to the managers), and attaches it to `services.crisis` so commands reach it. Call before
 * `jobs.start()`.
 */
export async function registerCrisis(
  services: Services,
  playbooks: ReadonlyMap<string, Playbook>,
  options: RegisterCrisisOptions = {},
): Promise<CrisisService> {
  const { deps } = services;
  const crisis = new CrisisService(deps, playbooks, createPager(deps.config.crisis.paging));
  crisis.register();
  const source = options.surgeSource ?? (() => checkForNewSurge(deps));
  deps.jobs.register(CRISIS_SURGE_QUEUE, async () => {
    const surge = await source();
    if (surge) await crisis.onSurge(surge);
  });
  await deps.jobs.schedule(
    CRISIS_SURGE_SCHEDULE,
    { everyMs: deps.config.crisis.triggers.surgeCheckMinutes * 60_000 },
    CRISIS_SURGE_QUEUE,
    {},
  );
  services.crisis = crisis;
  return crisis;
}

/**
 * Proposes a crisis from a person's Escalate on an alert (or any caller): posted to the managers with
 * Declare / Dismiss. Throws a UserError when crisis mode is not wired.
 */
export async function proposeCrisis(
  services: Services,
  input: { reason: string; caseId?: number; drivers?: string[]; actor?: string; playbookId?: string },
) {
  const crisis = requireCrisis(services);
  return crisis.propose({
    reason: input.reason,
    trigger: input.caseId !== undefined ? { kind: "escalate", caseId: input.caseId } : { kind: "manual" },
    ...(input.drivers ? { drivers: input.drivers } : {}),
    ...(input.playbookId ? { playbookId: input.playbookId } : {}),
    actor: input.actor ?? "orm-bot",
  });
}

/** The crisis service, or a UserError saying crisis mode is off. */
export function requireCrisis(services: Services): CrisisService {
  if (!services.crisis)
    throw new UserError("crisis_off", "Crisis mode is not set up on this bot (no playbooks loaded).");
  return services.crisis;
}
