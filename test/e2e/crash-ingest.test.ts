import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedStore } from "../../src/backends/memory/store.js";
import { createRedisStore } from "../../src/backends/redis/index.js";
import type { Store } from "../../src/ports/store.js";
import { runCli, tempDir } from "../helpers/cli.js";
import {
  ALERT_EVERY,
  crashEnv,
  crashInputs,
  MENTIONS,
  type Outcome,
  outcomeOf,
  reportedMentions,
} from "../helpers/crash-rig.js";
import { type RedisServer, startRedisServer } from "../helpers/redis-server.js";
import { type SlackStandin, startSlackStandin } from "../helpers/slack-standin.js";

let redis: RedisServer;
const standins: SlackStandin[] = [];
let inputs: { file: string; config: string };

beforeAll(async () => {
  redis = await startRedisServer();
  inputs = crashInputs();
});
afterAll(async () => {
  await Promise.all(standins.map((s) => s.stop()));
  await redis?.dispose();
});

type Backend = { dataDir: string } | { redisUrl: string; prefix: string };

async function openStore(b: Backend): Promise<Store> {
  return "dataDir" in b
    ? new EmbeddedStore({ dataDir: b.dataDir })
    : createRedisStore({ url: b.redisUrl, keyPrefix: b.prefix });
}

/**
 * Runs `orm-bot ingest` of the inputs on a fresh backend and Slack stand-in: first once per crash point
 * (each run must be killed there), then to completion; returns the report's figures and the outcome.
 */
async function ingestWithCrashes(
  backend: Backend,
  crashes: string[],
): Promise<{ report: unknown; outcome: Outcome }> {
  const slack = await startSlackStandin();
  standins.push(slack);
  for (const at of crashes) {
    const env = crashEnv(backend, inputs.config, slack, { ORM_CRASH_AT: at });
    const r = await runCli(["ingest", "--file", inputs.file], { env, timeoutMs: 120_000 });
    expect(r.code, `a run armed to crash at ${at} ended by itself: ${r.stdout} ${r.stderr}`).toBeNull();
  }
  const env = crashEnv(backend, inputs.config, slack);
  const done = await runCli(["ingest", "--file", inputs.file], { env, timeoutMs: 120_000 });
  expect(done.code, done.stderr).toBe(0);
  const totals = JSON.parse(done.stdout) as { accepted: number; duplicates: number };
  expect(totals.accepted + totals.duplicates).toBe(MENTIONS);
  const report = await reportedMentions(env);
  const store = await openStore(backend);
  try {
    return { report, outcome: await outcomeOf(store, slack) };
  } finally {
    await store.close();
  }
}

const ALERTS = MENTIONS / ALERT_EVERY;

/** Checks a run against the clean one: same figures, same cases, each alert posted once, nothing pending. */
function expectSameAsClean(
  clean: { report: unknown; outcome: Outcome },
  run: { report: unknown; outcome: Outcome },
): void {
  expect(run.outcome.mentions).toBe(MENTIONS);
  expect(run.outcome.pending).toBe(0);
  expect(run.outcome.extraCases).toEqual([]);
  expect(run.outcome.postsNotOnce).toEqual({});
  expect(run.outcome.casedMentions).toEqual(clean.outcome.casedMentions);
  expect(run.outcome.alertPosts).toBe(ALERTS);
  expect(run.outcome.authors).toEqual(clean.outcome.authors);
  expect(run.report).toEqual(clean.report);
}

const CASES: Array<{ name: string; backend: () => Backend; crashes: [string, string] }> = [
  {
    name: "embedded",
    backend: () => ({ dataDir: join(tempDir(), "data") }),
    // Killed with alerts queued but not posted (kept in the journal), then between a post and its record.
    crashes: ["case-opened:9", "after-post:4"],
  },
  {
    name: "Redis",
    backend: () => ({ redisUrl: redis.url, prefix: `crash${Math.random().toString(36).slice(2, 8)}` }),
    // Killed with every mention stored and no effect applied, then with the counters written but the
    // outbox not yet cleared (the last run applies every effect again: each must count once).
    crashes: ["mentions-stored:1", "counters-counted:1"],
  },
];

describe("orm-bot ingest killed twice, then run to completion", () => {
  for (const { name, backend, crashes } of CASES)
    it(`${name}: ends with the counts, cases and alerts of a clean run (killed at ${crashes.join(", ")})`, async () => {
      const clean = await ingestWithCrashes(backend(), []);
      expect(clean.outcome.casedMentions).toHaveLength(ALERTS);
      expect(clean.outcome.postsNotOnce).toEqual({});
      expect(clean.report).toMatchObject({ total: MENTIONS });
      const crashed = await ingestWithCrashes(backend(), crashes);
      expectSameAsClean(clean, crashed);
    }, 400_000); // a bound on a hang: eight bot processes on a loaded machine, not a speed goal
});
