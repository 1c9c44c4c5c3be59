import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import { UserError } from "../core/errors.js";
import { PACKAGE_ROOT } from "../core/paths.js";
import { meaningProblems } from "./check.js";
import { describeIssues, formatPath, valueAt } from "./issues.js";
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

/**
 * Parses one YAML data file (a playbook, a rules file) and validates it with `schema`; throws a UserError
 * with `code` naming `path` and every problem (YAML errors by line, schema issues by path), and checks
 * that the field `idField` matches the file name.
 */
export function parseYamlFile<T extends Record<string, unknown>>(
  text: string,
  path: string,
  options: { schema: z.ZodType<T>; code: string; what: string; idField: keyof T & string },
): T {
  const { schema, code, what, idField } = options;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, lineCounter });
  if (doc.errors.length > 0) {
    const lines = doc.errors.map(
      (e) => `line ${lineCounter.linePos(e.pos[0]).line}: ${e.message.split("\n")[0] ?? e.message}`,
    );
    throw new UserError(code, `${path}: not valid YAML\n${lines.join("\n")}`);
  }
  const parsed = schema.safeParse(doc.toJS() ?? {});
  if (!parsed.success)
    throw new UserError(code, `${path}: invalid ${what}\n${formatIssues(parsed.error.issues).join("\n")}`);
  const expected = basename(path).replace(/\.ya?ml$/, "");
  if (parsed.data[idField] !== expected)
    throw new UserError(code, `${path}: ${idField}: must match the file name ("${expected}")`);
  return parsed.data;
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
    shutdownGraceMs: pick("ORM_SHUTDOWN_GRACE_MS"),
    crashAt: pick("ORM_CRASH_AT"),
  });
  if (!parsed.success) {
    // Env problems name the variable, never its value (it may be a secret).
    throw new ConfigError("environment", formatIssues(parsed.error.issues, "env"));
  }
  return parsed.data;
}

const ENV_REF = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/**
 * Replaces `${VAR}` in every string with the environment's value; a missing variable calls `missing` with
 * the value's path (and the reference is left in place).
 */
export function interpolateEnv(
  value: unknown,
  env: NodeJS.ProcessEnv,
  path: PropertyKey[],
  missing: (path: PropertyKey[], name: string) => void,
): unknown {
  if (typeof value === "string")
    return value.replace(ENV_REF, (ref: string, name: string) => {
      const v = env[name];
      if (v === undefined) missing(path, name);
      return v ?? ref;
    });
  if (Array.isArray(value)) return value.map((v, i) => interpolateEnv(v, env, [...path, i], missing));
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, interpolateEnv(v, env, [...path, k], missing)]),
    );
  return value;
}

/** True for a path inside a source marked `enabled: false` (its secrets are not needed). */
function inDisabledSource(raw: unknown, path: PropertyKey[]): boolean {
  if (path[0] !== "sources" || typeof path[1] !== "number") return false;
  return (valueAt(raw, ["sources", path[1], "enabled"]) as unknown) === false;
}

/** The YAML text as written (for paths by id) and validated (defaults applied), or a ConfigError. */
function parseConfigDoc(
  text: string,
  file: string,
  env: NodeJS.ProcessEnv,
): { raw: unknown; data: z.infer<typeof FileConfigSchema> } {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ConfigError(
      file,
      doc.errors.map(
        (e) =>
          `line ${e.linePos?.[0]?.line ?? "?"}: ${e.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "")}`,
      ),
    );
  }
  const raw: unknown = doc.toJS() ?? {};
  const problems: string[] = [];
  const interpolated = interpolateEnv(raw, env, [], (path, name) => {
    if (!inDisabledSource(raw, path))
      problems.push(`${formatPath(raw, path)}: environment variable ${name} is not set`);
  });
  const parsed = FileConfigSchema.safeParse(interpolated);
  if (!parsed.success) problems.push(...describeIssues(parsed.error.issues, raw, FileConfigSchema));
  if (problems.length > 0 || !parsed.success) throw new ConfigError(file, problems);
  return { raw, data: parsed.data };
}

/**
 * Parses YAML text into a validated file config, or throws ConfigError naming every problem.
 * `${VAR}` in a value is read from `env` (secrets stay out of the file; sources with `enabled: false`
 * need none of theirs).
 */
export function parseConfigText(
  text: string,
  file: string,
  env: NodeJS.ProcessEnv = {},
): z.infer<typeof FileConfigSchema> {
  return parseConfigDoc(text, file, env).data;
}

/** What the bot says when chat tokens are set but no config file: the demo's sample feeds stay off. */
export const PUSH_ONLY_NOTICE =
  "no config file: with chat tokens the bot starts with no sources (push only: POST /ingest, orm-bot ingest); the demo's sample feeds run only in the terminal. Copy orm.config.example.yaml to orm.config.yaml (or set ORM_CONFIG) to poll your feeds.";

/** True when the environment sets up Slack or Discord (a real workspace, not the terminal). */
export function hasChatTokens(runtime: Config["runtime"]): boolean {
  return Boolean(runtime.slack.botToken || runtime.discord.token);
}

/**
 * The demo config with chat tokens set: no sample sources (their fictional mentions must never reach a real
 * workspace) and no `terminal` channel or digest; mentions come only by push (`POST /ingest`, `orm-bot ingest`).
 */
function pushOnly(file: z.infer<typeof FileConfigSchema>): z.infer<typeof FileConfigSchema> {
  const { defaultChannel: _terminal, ...routing } = file.routing;
  return { ...file, sources: [], routing, report: { ...file.report, digests: [] } };
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
  const { raw, data } = parseConfigDoc(text, path, env);
  const runtime = readRuntime(env);
  const demo = path === DEMO_CONFIG_PATH;
  const demoWithChat = demo && hasChatTokens(runtime);
  const config: Config = {
    ...(demoWithChat ? pushOnly(data) : data),
    runtime: { ...runtime, dataDir: resolve(cwd, runtime.dataDir) },
    configPath: path,
    baseDir: dirname(path),
    demo: demo ? (demoWithChat ? "push-only" : "samples") : null,
  };
  const problems = meaningProblems(config, raw);
  if (problems.length > 0) throw new ConfigError(path, problems);
  return config;
}
