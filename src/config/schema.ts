import { z } from "zod";
import { AnalysisConfigSchema } from "./sections/analysis.js";
import { BrandConfigSchema } from "./sections/brand.js";
import { CrisisConfigSchema } from "./sections/crisis.js";
import { PrivacyConfigSchema } from "./sections/privacy.js";
import { ReportConfigSchema } from "./sections/report.js";
import { RoutingConfigSchema, SlaConfigSchema, TeamSchema, TemplateSchema } from "./sections/routing.js";
import type { RuntimeConfigSchema } from "./sections/runtime.js";
import { FetchConfigSchema, SourceConfigSchema } from "./sections/sources.js";

/** Who may do what: user ids, or Slack user groups / Discord roles prefixed with `group:`. Empty = everyone. */
export const PermissionsSchema = z
  .object({
    claim: z.array(z.string()).default([]),
    assign: z.array(z.string()).default([]),
    resolve: z.array(z.string()).default([]),
    escalate: z.array(z.string()).default([]),
    mute: z.array(z.string()).default([]),
    configure: z.array(z.string()).default([]),
    /** Who may correct a mention's sentiment and topics (`/orm label`, the card's Label control). */
    label: z.array(z.string()).default([]),
  })
  .strict();

/** The YAML config file (ORM_CONFIG or ./orm.config.yaml). Unknown keys are errors. */
export const FileConfigSchema = z
  .object({
    brand: BrandConfigSchema,
    sources: z.array(SourceConfigSchema).default([]),
    fetch: FetchConfigSchema.default(FetchConfigSchema.parse({})),
    analysis: AnalysisConfigSchema.default(AnalysisConfigSchema.parse({})),
    routing: RoutingConfigSchema.default(RoutingConfigSchema.parse({})),
    teams: z.record(z.string(), TeamSchema).default({}),
    sla: SlaConfigSchema.default(SlaConfigSchema.parse({})),
    templates: z.array(TemplateSchema).default([]),
    permissions: PermissionsSchema.default(PermissionsSchema.parse({})),
    report: ReportConfigSchema.default(ReportConfigSchema.parse({})),
    crisis: CrisisConfigSchema.default(CrisisConfigSchema.parse({})),
    privacy: PrivacyConfigSchema.default(PrivacyConfigSchema.parse({})),
  })
  .strict();
export type FileConfig = z.infer<typeof FileConfigSchema>;

/** The whole configuration: the file's settings plus the environment's. */
export interface Config extends FileConfig {
  runtime: z.infer<typeof RuntimeConfigSchema>;
  /** Absolute path of the config file, or null for the built-in demo config. */
  configPath: string | null;
  /** Folder relative paths in the config resolve against. */
  baseDir: string;
  /**
   * Set when no config file was found and the bundled demo config runs: `samples` (terminal demo: sample
   * feeds brought to the present, a few weeks of seeded history) or `push-only` (chat tokens set: no sample
   * sources, nothing seeded). Null for an operator's config.
   */
  demo?: "samples" | "push-only" | null;
}
