import { z } from "zod";

const sentiment = z.enum(["negative", "neutral", "positive"]);

/** Which mentions a rule matches; every listed condition must hold. */
export const RouteMatchSchema = z
  .object({
    topics: z.array(z.string()).optional(),
    languages: z.array(z.string()).optional(),
    sentiment: z.array(sentiment).optional(),
    sources: z.array(z.string()).optional(),
    minPriority: z.number().min(0).max(100).optional(),
    minReach: z.number().min(0).max(100).optional(),
  })
  .strict();

/** When a mention is too important to wait: either bar is enough. */
export const LoudConfigSchema = z
  .object({
    minPriority: z
      .number()
      .min(0)
      .max(100)
      .default(85)
      .describe(
        "Priority (0–100) at or above which a mention is loud (critical: an everyday angry complaint scores 70–75; legal/safety or insults 85+)",
      ),
    minAudience: z
      .number()
      .nonnegative()
      .default(10_000)
      .describe("Raw reach (followers, views, as the feed reports it) at or above which a mention is loud"),
  })
  .strict();

export const RouteRuleSchema = z
  .object({
    name: z.string().min(1),
    when: RouteMatchSchema,
    channel: z.string().min(1).describe("Channel id the alert goes to"),
    team: z.string().optional().describe("Team that owns these mentions (for SLA leads)"),
  })
  .strict();

export const RoutingConfigSchema = z
  .object({
    alertWhen: z
      .object({
        sentiment: z.array(sentiment).default(["negative"]).describe("Alert on these sentiments…"),
        minPriority: z.number().min(0).max(100).default(0),
        orMinReach: z
          .number()
          .min(0)
          .max(100)
          .default(70)
          .describe("…or on any mention with at least this reach"),
      })
      .strict()
      .default({ sentiment: ["negative"], minPriority: 0, orMinReach: 70 }),
    rules: z.array(RouteRuleSchema).default([]).describe("First matching rule wins"),
    defaultChannel: z.string().optional().describe("Fallback channel (ORM_ALERT_CHANNEL overrides)"),
    floodPerMinute: z
      .number()
      .int()
      .positive()
      .default(10)
      .describe("Past this many alerts a minute per channel, group them"),
    loud: LoudConfigSchema.default(LoudConfigSchema.parse({})).describe(
      "A mention this loud is never grouped in a flood summary nor held by quiet hours: it gets its own card at once",
    ),
    quietHours: z
      .object({ from: z.number().int().min(0).max(23), to: z.number().int().min(0).max(23) })
      .strict()
      .optional()
      .describe("Local hours (brand time zone) during which alerts below the high-priority bar wait"),
    quietHoursMinPriority: z
      .number()
      .min(0)
      .max(100)
      .default(70)
      .describe("The high-priority bar: alerts at or above it are posted even in quiet hours"),
    privacyNotice: z
      .string()
      .default(
        "We will use your contact details only to solve this case and will not share them or use them for anything else.",
      )
      .describe("Added to every move-to-private message (data protection)"),
  })
  .strict();
export type RoutingConfig = z.infer<typeof RoutingConfigSchema>;

export const TeamSchema = z
  .object({
    lead: z.string().optional().describe("User id paged when a case sits unclaimed"),
    members: z
      .array(z.string())
      .default([])
      .describe("User ids or group: entries; when set, the team owns the cases routed to it"),
  })
  .strict();

export const SlaConfigSchema = z
  .object({
    unclaimedMinutes: z.number().positive().default(30),
    unrespondedMinutes: z.number().positive().default(120),
  })
  .strict();

export const TemplateSchema = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1),
    topics: z.array(z.string()).default([]),
    lang: z.string().default("en"),
    text: z.string().min(1).describe("Reply text; {author} and {brand} are filled in"),
  })
  .strict();
/** A canned answer ("one voice"); ids starting with `private` are the move-to-private DM texts. */
export type Template = z.infer<typeof TemplateSchema>;
