import { existsSync, readdirSync, readFileSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { DateTime, IANAZone } from "luxon";
import { parse as parseYaml } from "yaml";
import { BASE_TOPICS } from "../core/analysis.js";
import { PACKAGE_ROOT } from "../core/paths.js";
import { formatPath } from "./issues.js";
import { didYouMean, nearest } from "./nearest.js";
import type { Config } from "./schema.js";

type Path = ReadonlyArray<PropertyKey>;

/** What the meaning checks read: the validated config and the file as written (for paths by id). */
interface CheckContext {
  config: Config;
  raw: unknown;
  problems: string[];
}

function report(ctx: CheckContext, path: Path, message: string): void {
  ctx.problems.push(`${formatPath(ctx.raw, path)}: ${message}`);
}

/**
 * The playbooks folder for a config: `crisis.playbooksDir` resolved against the config's folder; the
 * default `playbooks` falls back to the bundled ones when the config's folder has none.
 */
export function resolvePlaybooksDir(config: Pick<Config, "baseDir" | "crisis">): string {
  const dir = resolve(config.baseDir, config.crisis.playbooksDir);
  if (existsSync(dir) || config.crisis.playbooksDir !== "playbooks") return dir;
  return join(PACKAGE_ROOT, "playbooks");
}

let zoneNames: string[] | null = null;
function timeZoneNames(): string[] {
  zoneNames ??= Intl.supportedValuesOf("timeZone");
  return zoneNames;
}

function checkTimeZone(ctx: CheckContext, path: Path, tz: string | undefined): void {
  if (tz === undefined || (IANAZone.isValidZone(tz) && DateTime.now().setZone(tz).isValid)) return;
  const names = timeZoneNames();
  const city = tz.split("/").pop() ?? tz;
  const byCity = nearest(
    city,
    names.map((n) => n.split("/").pop() ?? n),
  );
  const guess = nearest(tz, names) ?? (byCity ? (names.find((n) => n.endsWith(`/${byCity}`)) ?? null) : null);
  const hint = guess ? ` — did you mean "${guess}"?` : " (use an IANA name like Europe/Madrid)";
  report(ctx, path, `unknown time zone "${tz}"${hint}`);
}

/** Ids and role names of the playbooks in the folder, read loosely (the playbook loader validates them fully). */
function playbookIndex(dir: string): { ids: string[]; roles: Set<string> } | string {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
  } catch (err) {
    return (err as NodeJS.ErrnoException).code ?? "error";
  }
  const roles = new Set<string>();
  for (const f of files) {
    try {
      const doc = parseYaml(readFileSync(join(dir, f), "utf8")) as { roles?: Record<string, unknown> } | null;
      for (const r of Object.keys(doc?.roles ?? {})) roles.add(r);
    } catch {
      // A broken playbook is reported by the playbook loader, with its line.
    }
  }
  return { ids: files.map((f) => f.replace(/\.ya?ml$/, "")), roles };
}

function checkCrisis(ctx: CheckContext): void {
  const c = ctx.config.crisis;
  const dir = resolvePlaybooksDir(ctx.config);
  const index = playbookIndex(dir);
  if (typeof index === "string") {
    report(ctx, ["crisis", "playbooksDir"], `cannot read the playbooks folder "${dir}" (${index})`);
    return;
  }
  if (!index.ids.includes(c.defaultPlaybook))
    report(
      ctx,
      ["crisis", "defaultPlaybook"],
      `no playbook "${c.defaultPlaybook}" in ${dir}${didYouMean(c.defaultPlaybook, index.ids)} (playbooks: ${index.ids.join(", ") || "none"})`,
    );
  const known = [...index.roles];
  c.proposeTo.forEach((role, i) => {
    if (!index.roles.has(role))
      report(ctx, ["crisis", "proposeTo", i], `no playbook has a role "${role}"${didYouMean(role, known)}`);
  });
  for (const role of Object.keys(c.roles))
    if (!index.roles.has(role))
      report(ctx, ["crisis", "roles", role], `no playbook has a role "${role}"${didYouMean(role, known)}`);
}

/** Channel ids the configured chat accepts; with no chat, any plain name works (the terminal). */
function channelProblem(id: string, chat: "slack" | "discord" | null): string | null {
  if (id.startsWith("#") || id.startsWith("@"))
    return `"${id}" is a channel name, not an id: use the channel's id (Slack C0123ABCD, Discord 17–20 digits)`;
  if (chat === "slack" && !/^[CGD][A-Z0-9]{6,}$/.test(id))
    return `"${id}" is not a Slack channel id (like C0123ABCD: channel details → bottom of the About tab)`;
  if (chat === "discord" && !/^\d{17,20}$/.test(id))
    return `"${id}" is not a Discord channel id (17–20 digits: right-click the channel → Copy Channel ID)`;
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(id)) return `"${id}" is not a channel id`;
  return null;
}

function checkChannels(ctx: CheckContext): void {
  const { config } = ctx;
  const rt = config.runtime;
  const chat = rt.slack.botToken ? "slack" : rt.discord.token ? "discord" : null;
  const check = (path: Path, id: string | undefined) => {
    const p = id === undefined ? null : channelProblem(id, chat);
    if (p) report(ctx, path, p);
  };
  config.routing.rules.forEach((r, i) => {
    check(["routing", "rules", i, "channel"], r.channel);
  });
  check(["routing", "defaultChannel"], config.routing.defaultChannel);
  config.report.digests.forEach((d, i) => {
    check(["report", "digests", i, "channel"], d.channel);
  });
  check(["crisis", "managersChannel"], config.crisis.managersChannel);
  const env = rt.alertChannel === undefined ? null : channelProblem(rt.alertChannel, chat);
  if (env) ctx.problems.push(`env.ORM_ALERT_CHANNEL: ${env}`);
}

function checkReferences(ctx: CheckContext): void {
  const { config } = ctx;
  const topics = [...BASE_TOPICS, ...config.analysis.topics.map((t) => t.id)];
  const langs = config.brand.languages;
  const teams = Object.keys(config.teams);
  const sources = config.sources.map((s) => s.id);
  const topic = (path: Path, t: string) => {
    if (!topics.includes(t)) report(ctx, path, `unknown topic "${t}"${didYouMean(t, topics)}`);
  };
  const lang = (path: Path, l: string) => {
    if (!langs.includes(l))
      report(ctx, path, `"${l}" is not one of brand.languages (${langs.join(", ")})${didYouMean(l, langs)}`);
  };
  config.routing.rules.forEach((r, i) => {
    const at = ["routing", "rules", i];
    if (r.team !== undefined && !teams.includes(r.team))
      report(ctx, [...at, "team"], `no team "${r.team}" under teams${didYouMean(r.team, teams)}`);
    r.when.topics?.forEach((t, j) => {
      topic([...at, "when", "topics", j], t);
    });
    r.when.languages?.forEach((l, j) => {
      lang([...at, "when", "languages", j], l);
    });
    // A source id not configured may be a pushed one (POST /ingest); one a typo away from a configured id is not.
    r.when.sources?.forEach((s, j) => {
      const near = sources.includes(s) ? null : nearest(s, sources);
      if (near) report(ctx, [...at, "when", "sources", j], `no source "${s}" — did you mean "${near}"?`);
    });
  });
  config.templates.forEach((t, i) => {
    t.topics.forEach((x, j) => {
      topic(["templates", i, "topics", j], x);
    });
    lang(["templates", i, "lang"], t.lang);
  });
}

function checkDuplicates(ctx: CheckContext): void {
  const seen = (list: string[], path: (i: number) => Path, what: string) => {
    const first = new Map<string, number>();
    list.forEach((id, i) => {
      if (first.has(id))
        report(ctx, path(i), `${what} "${id}" is used twice (also item ${first.get(id)! + 1})`);
      else first.set(id, i);
    });
  };
  seen(
    ctx.config.sources.map((s) => s.id),
    (i) => ["sources", i, "id"],
    "source id",
  );
  seen(
    ctx.config.templates.map((t) => t.id),
    (i) => ["templates", i, "id"],
    "template id",
  );
}

function checkFeedFiles(ctx: CheckContext): void {
  ctx.config.sources.forEach((s, i) => {
    if (s.type !== "feed" || !s.enabled || /^https?:\/\//i.test(s.url)) return;
    const file = isAbsolute(s.url) ? s.url : resolve(ctx.config.baseDir, s.url);
    if (!existsSync(file)) report(ctx, ["sources", i, "url"], `no such file "${s.url}" (looked for ${file})`);
  });
}

/**
 * What the schema cannot see: time zones that resolve, playbooks, roles, teams, topics and languages that
 * exist, local feed files, channel ids the chat accepts, ids used once. Each problem is one `path: message`
 * line naming the value and, for a typo, the nearest valid one. `start` and `check-config` both refuse on it.
 */
export function meaningProblems(config: Config, raw: unknown): string[] {
  const ctx: CheckContext = { config, raw, problems: [] };
  checkTimeZone(ctx, ["brand", "timezone"], config.brand.timezone);
  for (const [i, d] of config.report.digests.entries())
    checkTimeZone(ctx, ["report", "digests", i, "timezone"], d.timezone);
  checkDuplicates(ctx);
  checkFeedFiles(ctx);
  checkReferences(ctx);
  checkChannels(ctx);
  checkCrisis(ctx);
  return ctx.problems;
}
