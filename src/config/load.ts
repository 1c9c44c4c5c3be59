import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseDocument } from "yaml";
import type { z } from "zod";
import { UserError } from "../core/errors.js";
import { PACKAGE_ROOT } from "../paths.js";
import { type Config, FileConfigSchema } from "./schema.js";
import { RuntimeConfigSchema } from "./sections/runtime.js";

/** The config shipped for the demo: sample feeds, no tokens. */
export const DEMO_CONFIG_PATH = join(PACKAGE_ROOT, "samples", "demo.config.yaml");

/** A config that failed validation: every problem as `path: message`. */
export class ConfigError extends UserError {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super("bad_config", `${file}: ${problems.length} problem(s) in the config\n${problems.join("\n")}`);
  }
}

/** Formats zod issues as `path: message` lines, paths dotted (`sources.2.url`). */
export function formatIssues(issues: z.core.$ZodIssue[], prefix = ""): string[] {
  return issues.map((i) => {
    const path = [prefix, ...i.path.map(String)].filter(Boolean).join(".") || "(root)";
    if (i.code === "unrecognized_keys")
      return `${path}: unknown key(s) ${i.keys.map((k) => `"${k}"`).join(", ")}`;
    return `${path}: ${i.message}`;
  });
}

/** Which file to read: the flag, ORM_CONFIG, ./orm.config.yaml, else the demo config. */
export function resolveConfigPath(flag: string | undefined, env: NodeJS.ProcessEnv, cwd: string): string {
  if (flag) return resolve(cwd, flag);
  if (env.ORM_CONFIG) return resolve(cwd, env.ORM_CONFIG);
  const local = resolve(cwd, "orm.config.yaml");
  return existsSync(local) ? local : DEMO_CONFIG_PATH;
}

function readRuntime(env: NodeJS.ProcessEnv): Config["runtime"] {
  const pick = (k: string) => (env[k] === undefined || env[k] === "" ? undefined : env[k]);
  const parsed = RuntimeConfigSchema.safeParse({
    redisUrl: pick("REDIS_URL"),
    dataDir: pick("ORM_DATA_DIR"),
    keyPrefix: pick("ORM_KEY_PREFIX"),
    slack: {
      botToken: pick("SLACK_BOT_TOKEN"),
      signingSecret: pick("SLACK_SIGNING_SECRET"),
      appToken: pick("SLACK_APP_TOKEN"),
      apiUrl: pick("SLACK_API_URL"),
    },
    discord: {
      token: pick("DISCORD_TOKEN"),
      applicationId: pick("DISCORD_APPLICATION_ID"),
      guildId: pick("DISCORD_GUILD_ID"),
      apiUrl: pick("DISCORD_API_URL"),
    },
    alertChannel: pick("ORM_ALERT_CHANNEL"),
    port: pick("PORT"),
    ingestToken: pick("INGEST_TOKEN"),
    logLevel: pick("LOG_LEVEL"),
  });
  if (!parsed.success) {
    // Env problems name the variable, never its value (it may be a secret).
    throw new ConfigError("environment", formatIssues(parsed.error.issues, "env"));
  }
  return parsed.data;
}

/** Parses YAML text into a validated file config, or throws ConfigError naming every problem. */
export function parseConfigText(text: string, file: string): z.infer<typeof FileConfigSchema> {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ConfigError(
      file,
      doc.errors.map((e) => `line ${e.linePos?.[0]?.line ?? "?"}: ${e.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "")}`),
    );
  }
  const parsed = FileConfigSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) throw new ConfigError(file, formatIssues(parsed.error.issues));
  return parsed.data;
}

/** Loads and validates the whole config (file + environment). The only reader of process.env. */
export function loadConfig(options: { file?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {}): Config {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const path = resolveConfigPath(options.file, env, cwd);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError("config_unreadable", `${path}: cannot read the config (${code ?? "error"})`);
  }
  const file = parseConfigText(text, path);
  const runtime = readRuntime(env);
  return {
    ...file,
    runtime: { ...runtime, dataDir: resolve(cwd, runtime.dataDir) },
    configPath: path,
    baseDir: dirname(path),
  };
}
