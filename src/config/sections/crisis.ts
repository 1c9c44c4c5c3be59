import { z } from "zod";
import { secret } from "./runtime.js";

/** Who holds a crisis role: a chain of user ids paged in order. */
export const RoleSchema = z
  .object({
    title: z.string().optional().describe("How the role is shown, e.g. Communications director"),
    chain: z.array(z.string().min(1)).default([]).describe("User ids, paged in order until one acknowledges"),
  })
  .strict();

/** An outside pager for crisis pages: PagerDuty Events API v2 or Opsgenie, or none (chat only). */
export const PagingConfigSchema = z
  .object({
    provider: z.enum(["none", "pagerduty", "opsgenie"]).default("none"),
    baseUrl: z
      .string()
      .url()
      .optional()
      .describe("API base URL (default the provider's own; a local stand-in in tests)"),
    routingKey: secret().optional().describe("PagerDuty integration (routing) key"),
    apiKey: secret().optional().describe("Opsgenie API key (GenieKey)"),
    users: z
      .record(z.string(), z.string())
      .default({})
      .describe("Chat user id → pager user (Opsgenie username) to page them directly"),
    timeoutMs: z.number().int().positive().default(10_000),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.provider === "pagerduty" && !p.routingKey)
      ctx.addIssue({ code: "custom", path: ["routingKey"], message: "required with provider pagerduty" });
    if (p.provider === "opsgenie" && !p.apiKey)
      ctx.addIssue({ code: "custom", path: ["apiKey"], message: "required with provider opsgenie" });
  });
export type PagingConfig = z.infer<typeof PagingConfigSchema>;

/** What proposes a crisis by itself (a person always decides). */
export const CrisisTriggersSchema = z
  .object({
    reachThreshold: z
      .number()
      .min(0)
      .max(100)
      .default(85)
      .describe("A negative mention with at least this reach score proposes a crisis"),
    surgeCheckMinutes: z
      .number()
      .positive()
      .default(15)
      .describe("How often the surge detector is asked for a new negative surge"),
    cooldownMinutes: z
      .number()
      .nonnegative()
      .default(120)
      .describe("After a proposal, automatic triggers stay quiet this long"),
  })
  .strict();

/** The room a declared crisis opens. */
export const CrisisRoomsSchema = z
  .object({
    private: z
      .boolean()
      .default(true)
      .describe(
        "true: only the invited crisis roles see the room (legal advice, data-protection incidents); false: a public channel",
      ),
  })
  .strict();

export const CrisisConfigSchema = z
  .object({
    playbooksDir: z.string().default("playbooks").describe("Folder of playbook YAML files"),
    defaultPlaybook: z.string().default("social-media-crisis"),
    managersChannel: z
      .string()
      .optional()
      .describe("Where crisis proposals go (defaults to the alert channel)"),
    proposeTo: z
      .array(z.string())
      .default(["dircom", "ceo"])
      .describe("Roles whose holders are mentioned on a crisis proposal"),
    roles: z.record(z.string(), RoleSchema).default({}),
    ackTimeoutMinutes: z
      .number()
      .positive()
      .default(15)
      .describe("A page not acknowledged within this goes to the next person in the role's chain"),
    languages: z
      .array(z.string().length(2))
      .optional()
      .describe("Languages playbook instructions are shown in (default: the brand's languages)"),
    reviewAfterHours: z
      .number()
      .positive()
      .default(24)
      .describe("After close, the review adds the volume and sentiment of this many hours"),
    triggers: CrisisTriggersSchema.default(CrisisTriggersSchema.parse({})),
    rooms: CrisisRoomsSchema.default({ private: true }),
    paging: PagingConfigSchema.default({ provider: "none", users: {}, timeoutMs: 10_000 }),
  })
  .strict();
export type CrisisConfig = z.infer<typeof CrisisConfigSchema>;
