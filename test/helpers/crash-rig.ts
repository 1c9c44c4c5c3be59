import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Store } from "../../src/ports/store.js";
import { cleanEnv, runCli, tempDir } from "./cli.js";
import type { SlackStandin } from "./slack-standin.js";

/** How many mentions the crash tests ingest, and every how many one is alert-worthy. */
export const MENTIONS = 240;
export const ALERT_EVERY = 8;
const CHANNELS = 10;
export const DAY = "2026-11-20";

/** A file of `MENTIONS` mentions (one in `ALERT_EVERY` a negative complaint) and a config routing them over ten channels. */
export function crashInputs(): { file: string; config: string } {
  const dir = tempDir("orm-crash-");
  const lines: string[] = [];
  for (let i = 0; i < MENTIONS; i++) {
    const text =
      i % ALERT_EVERY === 0
        ? `Acme lost parcel ${i}, terrible delivery and support never answers`
        : `saw the new Acme store number ${i} downtown today with friends`;
    const minute = String(i % 60).padStart(2, "0");
    lines.push(
      JSON.stringify({
        id: `m${i}`,
        source: `s${i % CHANNELS}`,
        text,
        author: `u${i % 40}`,
        reach: 5,
        publishedAt: `${DAY}T1${i % 10}:${minute}:00.000Z`,
      }),
    );
  }
  const file = join(dir, "mentions.jsonl");
  writeFileSync(file, `${lines.join("\n")}\n`);
  // Ten channels: Slack takes one post a second per channel, so the alerts go out in parallel.
  const rules = Array.from(
    { length: CHANNELS },
    (_, i) => `    - { name: r${i}, when: { sources: [s${i}] }, channel: CALERT0${i} }`,
  ).join("\n");
  const config = join(dir, "orm.config.yaml");
  writeFileSync(
    config,
    `brand: { name: Acme, languages: [en], timezone: UTC }
routing:
  alertWhen: { sentiment: [negative], orMinReach: 100 }
  floodPerMinute: 1000
  rules:
${rules}
crisis:
  triggers: { reachThreshold: 100 }
`,
  );
  return { file, config };
}

/** The environment of a bot on `backend` (a data dir, or a Redis URL and key prefix) posting to `slack`. */
export function crashEnv(
  backend: { dataDir: string } | { redisUrl: string; prefix: string },
  config: string,
  slack: SlackStandin,
  extra: Record<string, string> = {},
): NodeJS.ProcessEnv {
  return cleanEnv({
    ...("dataDir" in backend
      ? { ORM_DATA_DIR: backend.dataDir }
      : { REDIS_URL: backend.redisUrl, ORM_KEY_PREFIX: backend.prefix }),
    ORM_CONFIG: config,
    SLACK_BOT_TOKEN: "xoxb-test",
    SLACK_SIGNING_SECRET: "8f742231b10e8888abcd99yyyzzz85a5",
    SLACK_API_URL: `${slack.url}/api/`,
    LOG_LEVEL: "error",
    ...extra,
  });
}

/** The report's mention figures for the day of the inputs (`orm-bot report --format json`). */
export async function reportedMentions(env: NodeJS.ProcessEnv): Promise<unknown> {
  const r = await runCli(["report", "--period", `${DAY}..${DAY}`, "--format", "json"], { env });
  if (r.code !== 0) throw new Error(`report failed: ${r.stderr}`);
  return (JSON.parse(r.stdout) as { mentions: unknown }).mentions;
}

/** What a run left in the store and in Slack, in a form two runs can be compared by. */
export interface Outcome {
  mentions: number;
  pending: number;
  /** Mention ids with a case, sorted. */
  casedMentions: string[];
  /** How many cases each mention has, when more than one. */
  extraCases: string[];
  /** Alert posts per case key (`alert-<n>`), when not exactly one. */
  postsNotOnce: Record<string, number>;
  alertPosts: number;
  authors: Record<string, unknown>;
}

/** Alert posts in the stand-in per idempotency key (`alert-<case>`, carried in the message metadata). */
export function alertPostCounts(slack: SlackStandin): Map<string, number> {
  const posts = new Map<string, number>();
  for (const m of slack.messages) {
    const key = (m.metadata as { event_payload?: { key?: string } } | undefined)?.event_payload?.key;
    if (key?.startsWith("alert-")) posts.set(key, (posts.get(key) ?? 0) + 1);
  }
  return posts;
}

/** Reads the outcome of a run from its store and the stand-in's messages. */
export async function outcomeOf(store: Store, slack: SlackStandin): Promise<Outcome> {
  const cases = await store.cases.openedBetween(0, Number.MAX_SAFE_INTEGER);
  const perMention = new Map<string, number>();
  for (const c of cases) perMention.set(c.mentionId, (perMention.get(c.mentionId) ?? 0) + 1);
  const posts = alertPostCounts(slack);
  for (const c of cases) if (!posts.has(`alert-${c.id}`)) posts.set(`alert-${c.id}`, 0);
  const authors: Record<string, unknown> = {};
  for (let i = 0; i < 40; i++) {
    const p = await store.authors.get(`s${i % 10}:u${i}`);
    if (p) authors[p.key] = { mentions: p.mentions, negative: p.negative };
  }
  return {
    mentions: await store.mentions.count(),
    pending: await store.outbox.count(),
    casedMentions: [...perMention.keys()].sort(),
    extraCases: [...perMention].filter(([, n]) => n > 1).map(([id, n]) => `${id}×${n}`),
    postsNotOnce: Object.fromEntries([...posts].filter(([, n]) => n !== 1)),
    alertPosts: [...posts.values()].reduce((a, b) => a + b, 0),
    authors,
  };
}

/** Writes `orm.config.yaml` in `dir`: an English brand in UTC that alerts negative mentions, plus `extra` YAML. */
export function writeConfig(dir: string, extra: string): string {
  const path = join(dir, "orm.config.yaml");
  writeFileSync(
    path,
    `brand: { name: Acme, languages: [en], timezone: UTC }\ncrisis:\n  triggers: { reachThreshold: 100 }\n${extra}`,
  );
  return path;
}
