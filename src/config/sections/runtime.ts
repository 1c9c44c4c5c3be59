import { z } from "zod";
import { CRASH_POINTS, parseCrashAt } from "../../core/crash-points.js";

/** Marks a string as a secret: never logged, never echoed in errors. */
export const secret = () => z.string().min(1).describe("secret");

/** Settings that come from the environment (CONTRACT.md), never from the YAML file. */
export const RuntimeConfigSchema = z
  .object({
    redisUrl: z.string().url().optional().describe("REDIS_URL: Redis store and BullMQ jobs"),
    dataDir: z.string().default("./.orm-data").describe("ORM_DATA_DIR: embedded store files"),
    keyPrefix: z.string().default("orm").describe("ORM_KEY_PREFIX: Redis key prefix per deployment"),
    slack: z
      .object({
        botToken: secret().optional().describe("SLACK_BOT_TOKEN"),
        signingSecret: secret().optional().describe("SLACK_SIGNING_SECRET"),
        appToken: secret().optional().describe("SLACK_APP_TOKEN: Socket Mode"),
        apiUrl: z.string().url().optional().describe("SLACK_API_URL: Web API base URL"),
      })
      .strict(),
    discord: z
      .object({
        token: secret().optional().describe("DISCORD_TOKEN"),
        applicationId: z.string().optional().describe("DISCORD_APPLICATION_ID"),
        guildId: z.string().optional().describe("DISCORD_GUILD_ID: register /orm in one guild"),
        apiUrl: z.string().url().optional().describe("DISCORD_API_URL: REST base URL (tests)"),
      })
      .strict(),
    alertChannel: z.string().optional().describe("ORM_ALERT_CHANNEL"),
    port: z.coerce.number().int().min(0).max(65535).optional().describe("PORT"),
    ingestToken: secret().optional().describe("INGEST_TOKEN"),
    logLevel: z.enum(["debug", "info", "warn", "error"]).default("info").describe("LOG_LEVEL"),
    shutdownGraceMs: z.coerce
      .number()
      .int()
      .min(0)
      .max(600_000)
      .default(10_000)
      .describe("ORM_SHUTDOWN_GRACE_MS: how long a stop waits for in-flight requests and jobs"),
    crashAt: z
      .string()
      .refine((s) => parseCrashAt(s) !== null, {
        message: `must be <point>:<n>, a point of ${CRASH_POINTS.join(", ")}`,
      })
      .optional()
      .describe("ORM_CRASH_AT: test hook, SIGKILLs the process the n-th time it reaches the point"),
  })
  .strict();
export type RuntimeConfig = z.infer<typeof RuntimeConfigSchema>;
