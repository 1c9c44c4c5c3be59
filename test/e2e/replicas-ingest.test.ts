import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedisStore, type RedisStore } from "../../src/backends/redis/index.js";
import { until } from "../contract/jobs.contract.js";
import { BIN, cleanEnv, runCli, tempDir } from "../helpers/cli.js";
import { type RedisServer, startRedisServer } from "../helpers/redis-server.js";

const LINES = 20_000;
let redis: RedisServer;
let store: RedisStore;
let file: string;

beforeAll(async () => {
  redis = await startRedisServer({ aof: true });
  store = await createRedisStore({ url: redis.url, keyPrefix: "ing" });
  file = join(tempDir(), "mentions.jsonl");
  const lines: string[] = [];
  for (let i = 0; i < LINES; i++) {
    const text =
      i % 25 === 0
        ? `order ${i} arrived broken and nobody answers my emails`
        : `saw the new store number ${i} downtown today with friends`;
    lines.push(
      JSON.stringify({ id: `line-${i}`, source: ["reddit", "news"][i % 2], text, author: `u${i % 400}` }),
    );
  }
  writeFileSync(file, `${lines.join("\n")}\n`);
});
afterAll(async () => {
  await store?.close();
  await redis?.dispose();
});

describe("orm-bot ingest by several processes on one Redis", () => {
  it("leaves exactly 20,000 mentions after one is SIGKILLed mid-way and two more run at once", async () => {
    const env = cleanEnv({ REDIS_URL: redis.url, ORM_KEY_PREFIX: "ing", LOG_LEVEL: "error" });
    const victim = spawn(process.execPath, [BIN, "ingest", "--file", file], {
      env,
      cwd: tempDir(),
      stdio: "ignore",
    });
    const victimExit = new Promise((r) => victim.once("exit", r));
    await until(
      "the first process stored some",
      async () => (await store.mentions.count()) >= 2_000,
      120_000,
    );
    victim.kill("SIGKILL");
    await victimExit;
    const before = await store.mentions.count();
    expect(before).toBeLessThan(LINES);
    const [a, b] = await Promise.all(
      [0, 1].map(() => runCli(["ingest", "--file", file], { env, timeoutMs: 280_000 })),
    );
    expect(a!.code, a!.stderr).toBe(0);
    expect(b!.code, b!.stderr).toBe(0);
    const ra = JSON.parse(a!.stdout) as { accepted: number; duplicates: number; rejected: number };
    const rb = JSON.parse(b!.stdout) as { accepted: number; duplicates: number; rejected: number };
    expect(await store.mentions.count()).toBe(LINES);
    expect(ra.accepted + ra.duplicates).toBe(LINES);
    expect(rb.accepted + rb.duplicates).toBe(LINES);
    expect(ra.accepted + rb.accepted).toBe(LINES - before);
  }, 300_000);
});
