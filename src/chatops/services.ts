import type { AlertService } from "../cases/alerts.js";
import type { MuteService } from "../cases/mutes.js";
import type { CaseService } from "../cases/service.js";
import type { Config } from "../config/schema.js";
import type { CrisisService } from "../crisis/service.js";
import type { ReportService } from "../kpi/reports.js";
import type { AuthorService } from "../mentions/authors.js";
import type { CorrectionService } from "../mentions/corrections.js";
import type { ChatAdapter, CommandSpec } from "../ports/chat.js";
import type { Clock } from "../ports/clock.js";
import type { Permissions } from "./permissions.js";

/** What commands and buttons get: the domain services they act through, never the store. */
export interface Services {
  readonly cases: CaseService;
  /** Alert cards and flood groups. */
  readonly alerts: AlertService;
  readonly mutes: MuteService;
  readonly authors: AuthorService;
  /** The team's corrections of the analysis (`/orm label`). */
  readonly corrections: CorrectionService;
  readonly crisis: CrisisService;
  readonly reports: ReportService;
  readonly permissions: Permissions;
  /** The chat the bot talks in (for files), or null when alerts are only recorded. */
  readonly chat: ChatAdapter | null;
  readonly config: Config;
  readonly clock: Clock;
  /** Every loaded command, sorted by name (for `/orm help`). */
  readonly commands: readonly CommandSpec[];
}
