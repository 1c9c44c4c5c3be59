import { resolvePlaybooksDir } from "../config/check.js";
import type { Config } from "../config/schema.js";

export { CRISIS_PAGER_QUEUE, CRISIS_TIMER_QUEUE } from "./effects.js";
export { advance, proposeRun } from "./engine.js";
export { loadPlaybooks, parsePlaybook } from "./load.js";
export type { Playbook } from "./playbook.js";
export { confirmDeclare } from "./render.js";
export type { CrisisEffect, CrisisEvent, CrisisRun, PersonEvent } from "./run.js";
export { CRISIS_SURGE_QUEUE, CRISIS_SURGE_SCHEDULE, CrisisService } from "./service.js";
export { type SurgeSignal, surgeReason } from "./triggers.js";

/**
 * The playbooks folder for a config: `crisis.playbooksDir` resolved against the config's folder; the
 * default `playbooks` falls back to the bundled ones when the config's folder has none.
 */
export function playbooksDirOf(config: Config): string {
  return resolvePlaybooksDir(config);
}
