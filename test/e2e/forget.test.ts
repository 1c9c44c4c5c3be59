import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanEnv, runCli, tempDir } from "../helpers/cli.js";
import { type RedisServer, startRedisServer } from "../helpers/redis-server.js";

const CONFIG =
  "brand: { name: Acme, languages: [en, es], timezone: UTC }\nrouting: { alertWhen: { sentiment: [negative] } }\n";
const AT = "2026-11-10T10:00:00.000Z";

/** Two mentions by Juan (on two sources, one with his address in the link), one by Ana, one by Juan's watcher. */
const MENTIONS = [
  {
    id: "j1",
    source: "forum",
    author: "juan.perez@gmail.com",
    url: "https://forum.example/t/1?from=juan.perez@gmail.com",
    text: "Acme charged me twice, terrible billing. Call me on +34 612 345 678",
    publishedAt: AT,
  },
  {
    id: "j2",
    source: "reviews",
    author: "Juan.Perez@gmail.com",
    title: "Refund still missing",
    text: "Acme still has not refunded my order, awful service",
    publishedAt: AT,
  },
  {
    id: "a1",
    source: "forum",
    author: "ana_r",
    text: "Acme support fixed my router in minutes, great job",
    publishedAt: AT,
  },
];

/** Everything in a Redis database as text: every key and every value. */
async function redisDump(url: string): Promise<string> {
  const client = createClient({ url });
  await client.connect();
  try {
    const parts: string[] = [];
    for (const key of await client.keys("*")) {
      const type = await client.type(key);
      const value =
        type === "hash"
          ? await client.hGetAll(key)
          : type === "string"
            ? await client.get(key)
            : type === "zset"
              ? await client.zRange(key, 0, -1)
              : type === "set"
                ? await client.sMembers(key)
                : type === "list"
                  ? await client.lRange(key, 0, -1)
                  : type;
      parts.push(key, JSON.stringify(value));
    }
    return parts.join("\n");
  } finally {
    await client.quit();
  }
}

/** Everything in a data dir's files as text. */
const dirDump = (dir: string) =>
  readdirSync(dir)
    .map((f) => readFileSync(join(dir, f), "utf8"))
    .join("\n");

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  await redis?.dispose();
});

describe.each(["embedded", "redis"] as const)("orm-bot forget on the %s backend", (backend) => {
  it("erases an author across mentions, profiles and files, prints what it removed, and keeps the counts", async () => {
    const dir = tempDir();
    const configPath = join(dir, "orm.config.yaml");
    writeFileSync(configPath, CONFIG);
    const input = join(dir, "mentions.jsonl");
    writeFileSync(input, `${MENTIONS.map((m) => JSON.stringify(m)).join("\n")}\n`);
    const env = cleanEnv({
      ORM_CONFIG: configPath,
      ORM_DATA_DIR: join(dir, "data"),
      ...(backend === "redis" ? { REDIS_URL: redis.url, ORM_KEY_PREFIX: "forget" } : {}),
    });
    const dump = () =>
      backend === "redis" ? redisDump(redis.url) : Promise.resolve(dirDump(join(dir, "data")));
    const run = (args: string[]) => runCli(args, { env, cwd: dir, timeoutMs: 120_000 });

    const ingested = await run(["ingest", "--file", input]);
    expect(ingested.code, ingested.stderr).toBe(0);
    expect(JSON.parse(ingested.stdout)).toMatchObject({ accepted: 3 });
    expect(await dump()).toContain("juan.perez@gmail.com");
    const reportBefore = await run(["report", "--period", "2026-11-01..2026-11-30", "--format", "json"]);

    const forgot = await run(["forget", "--author", "JUAN.PEREZ@gmail.com"]);
    expect(forgot.code, forgot.stderr).toBe(0);
    expect(JSON.parse(forgot.stdout)).toEqual({
      mentions: 2,
      authorProfiles: 2,
      authorCounters: 2,
      cases: 0,
      mutes: 0,
    });
    expect(forgot.stderr).toMatch(/2 mention\(s\) erased, 2 author profile\(s\)/);
    const after = (await dump()).toLowerCase();
    for (const raw of ["juan.perez", "612 345 678", "charged me twice", "refund still missing"])
      expect(after, `the store still holds "${raw}"`).not.toContain(raw);
    expect(after).toContain("fixed my router"); // Ana is untouched

    const reportAfter = await run(["report", "--period", "2026-11-01..2026-11-30", "--format", "json"]);
    expect(JSON.parse(reportAfter.stdout).mentions).toEqual(JSON.parse(reportBefore.stdout).mentions);
    expect(JSON.parse(reportAfter.stdout).cases).toEqual(JSON.parse(reportBefore.stdout).cases);

    const one = await run(["forget", "--mention", "a1"]);
    expect(one.code, one.stderr).toBe(0);
    expect(JSON.parse(one.stdout)).toMatchObject({ mentions: 1, authorProfiles: 0 });
    expect((await dump()).toLowerCase()).not.toContain("fixed my router");

    const missing = await run(["forget", "--mention", "nope"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no mention with id "nope"/);
    expect((await run(["forget"])).code).toBe(2);
    expect((await run(["forget", "--author", "x", "--mention", "y"])).code).toBe(2);
  }, 300_000); // a bound on a hang (six bot processes in a row), not a speed goal
});
