import type { AlertService } from "../cases/alerts.js";
import type { CaseService } from "../cases/service.js";
import type { CrisisService } from "../crisis/service.js";
import type { Pipeline } from "../mentions/pipeline.js";
import type { AppDeps } from "../ports/deps.js";
import type { CommandDefinition } from "./command.js";

/** The services commands and handlers use, built once by the composition root. */
export interface Services {
  readonly deps: AppDeps;
  readonly pipeline: Pipeline;
  readonly alerts: AlertService;
  readonly cases: CaseService;
  /** Every loaded command, by name (for `/orm help`). */
  readonly commands: ReadonlyMap<string, CommandDefinition>;
  /** Crisis mode, once `registerCrisis` has run (src/crisis/index.ts). */
  crisis?: CrisisService;
}
