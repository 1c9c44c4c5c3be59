import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedisStore, type RedisStore } from "../../src/backends/redis/index.js";
import { FloodRepo } from "../../src/cases/flood-repo.js";
import { MessageRefRepo } from "../../src/cases/message-refs.js";
import type { Case } from "../../src/core/case.js";
import { until } from "../contract/jobs.contract.js";
import { BotSession, cleanEnv, tempDir } from "../helpers/cli.js";
import { freePort, type RedisServer, startRedisServer } from "../helpers/redis-server.js";
import { type SlackStandin, startSlackStandin } from "../helpers/slack-standin.js";

const PER_MINUTE = 3;
const PER_REPLICA = 8;
const CHANNEL = "CALERTS";
const TOKEN = "ingest-secret";
const CONFIG = `
brand: { name: Acme Telecom, languages: [en], timezone: UTC }
routing:
  alertWhen: { sentiment: [negative] }
  floodPerMinute: ${PER_MINUTE}
`;

let redis: RedisServer;
let standin: SlackStandin;
let store: RedisStore;
const bots: BotSession[] = [];

beforeAll(async () => {
  redis = await startRedisServer();
  standin = await startSlackStandin();
  store = await createRedisStore({ url: redis.url, keyPrefix: "flood" });
});
afterAll(async () => {
  await Promise.all(bots.map((b) => b.stop()));
  await store?.close();
  await standin?.stop();
  await redis?.dispose();
});

/** Starts `orm-bot start` on the shared Redis and Slack stand-in; resolves with its HTTP port once healthy. */
async function startReplica(configPath: string): Promise<number> {
  const port = await freePort();
  const env = cleanEnv({
    REDIS_URL: redis.url,
    ORM_KEY_PREFIX: "flood",
    ORM_CONFIG: configPath,
    SLACK_BOT_TOKEN: "xoxb-test",
    SLACK_SIGNING_SECRET: "8f742231b10e8888abcd99yyyzzz85a5",
    SLACK_API_URL: `${standin.url}/api/`,
    ORM_ALERT_CHANNEL: CHANNEL,
    PORT: String(port),
    INGEST_TOKEN: TOKEN,
  });
  const bot = new BotSession(["start"], { env });
  bots.push(bot);
  await until(
    `replica on ${port} healthy (stderr: ${bot.stderr})`,
    async () => (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null))?.status === 200,
    60_000,
  );
  return port;
}

/** Pushes negative mentions, each a different story, into one replica. */
async function push(port: number, tag: string): Promise<void> {
  const mentions = Array.from({ length: PER_REPLICA }, (_, i) => ({
    id: `${tag}-${i}`,
    source: "forum",
    text: `Acme lost parcel number ${tag}${i}, terrible delivery and support never answers`,
    author: `user-${tag}-${i}`,
    reach: 10,
  }));
  const res = await fetch(`http://127.0.0.1:${port}/ingest`, {
    method: "POST",
    headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify(mentions),
  });
  expect(res.status).toBe(202);
}

const minuteOf = (c: Case) => Math.floor(c.openedAt / 60_000);

describe("two bot replicas on one Redis", () => {
  it("post at most routing.floodPerMinute single alerts per channel and minute together; the rest go to the flood summary", async () => {
    const config = join(tempDir(), "orm.config.yaml");
    writeFileSync(config, CONFIG);
    const ports = await Promise.all([startReplica(config), startReplica(config)]);
    await Promise.all(ports.map((port, i) => push(port, `r${i}`)));

    const cases = await store.cases.listOpen();
    expect(cases).toHaveLength(2 * PER_REPLICA);
    const minutes = [...new Set(cases.map(minuteOf))];
    const floods = new FloodRepo(store);
    const grouped = new Set<number>();
    for (const bucket of minutes)
      for (const id of await floods.caseIds({ channel: CHANNEL, bucket })) grouped.add(id);
    const single = cases.filter((c) => !grouped.has(c.id));
    const refs = new MessageRefRepo(store);
    await until(
      "every single alert posted",
      async () => (await Promise.all(single.map((c) => refs.get(c.id)))).every((r) => r !== null),
      30_000,
    );
    for (const bucket of minutes)
      expect(single.filter((c) => minuteOf(c) === bucket).length).toBeLessThanOrEqual(PER_MINUTE);
    expect(grouped.size).toBeGreaterThanOrEqual(2 * PER_REPLICA - PER_MINUTE * minutes.length);

    // Each minute's overflow is posted once, as one summary, when that minute has ended.
    const summaries = () =>
      standin.callsOf("chat.postMessage").filter((p) => JSON.stringify(p.args.blocks).includes("orm_flood"));
    const groups = minutes.filter((b) => cases.some((c) => minuteOf(c) === b && grouped.has(c.id)));
    await until("the flood summaries", () => summaries().length >= groups.length, 90_000);
    const singles = standin.callsOf("chat.postMessage").length - summaries().length;
    expect(singles).toBe(single.length);
    const summarised = summaries().map((p) =>
      Number(/(\d+) more alert/.exec(JSON.stringify(p.args.blocks))![1]),
    );
    expect(summarised.reduce((a, b) => a + b, 0)).toBe(grouped.size);
  }, 180_000); // a bound on a hang (the summaries wait for the minute to end), not a speed goal
});
