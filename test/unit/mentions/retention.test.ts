import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBot } from "../../../src/app/bot.js";
import { parseConfigText } from "../../../src/config/load.js";
import type { Config } from "../../../src/config/schema.js";
import { RuntimeConfigSchema } from "../../../src/config/sections/runtime.js";
import { silentLogger } from "../../../src/core/log.js";
import { applyRetention, RETENTION_QUEUE } from "../../../src/mentions/retention.js";
import { ManualClock } from "../../../src/ports/clock.js";
import { tempDir } from "../../helpers/cli.js";
import { type RedisServer, startRedisServer } from "../../helpers/redis-server.js";

const T0 = Date.parse("2026-11-20T10:00:00.000Z");
const DAY = 86_400_000;

function config(redisUrl?: string): Config {
  const yaml = "brand: { name: Acme, languages: [en, es] }\nprivacy: { retainRawDays: 30 }\n";
  const runtime = RuntimeConfigSchema.parse({ slack: {}, discord: {}, ...(redisUrl ? { redisUrl } : {}) });
  return { ...parseConfigText(yaml, "t.yaml"), runtime, configPath: null, baseDir: process.cwd() };
}

const old = {
  id: "old",
  source: "forum",
  url: "https://forum.example/t/1?from=juan.perez@gmail.com",
  title: "Acme, call me on +34 612 345 678",
  text: "Acme billed me twice. Write to juan.perez@gmail.com or IBAN es91 2100 0418 4502 0005 1332",
  author: "juan.perez@gmail.com",
  publishedAt: new Date(T0 - 40 * DAY).toISOString(),
  reach: 10,
  rating: null,
};
const recent = {
  ...old,
  id: "recent",
  url: null,
  title: null,
  text: "Acme: ring me on +34 699 111 222",
  publishedAt: new Date(T0 - DAY).toISOString(),
};

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  await redis?.dispose();
});

describe.each(["embedded", "redis"] as const)("retention on the %s backend", (backend) => {
  it("redacts text, title, author and link of mentions past retainRawDays, counts and cases untouched", async () => {
    const dir = tempDir();
    const clock = new ManualClock(T0);
    const cfg = config(backend === "redis" ? redis.url : undefined);
    const bot = await buildBot(cfg, { chat: null, clock, log: silentLogger, dataDir: dir, schedules: false });
    await bot.start();
    try {
      const { store } = bot.services.deps;
      await bot.services.pipeline.ingest([old, recent]);
      const counts = async () => ({
        mentions: await store.mentions.count(),
        hours: await store.counters.read("mentions", T0 - 60 * DAY, T0 + DAY),
      });
      const before = await counts();
      const caseOfOld = (await store.mentions.get("old"))!.caseId;

      // Through the job queue, as the daily schedule runs it.
      await bot.services.deps.jobs.enqueue(RETENTION_QUEUE, {});
      await bot.services.deps.jobs.drain();

      const gone = (await store.mentions.get("old"))!;
      expect(gone.text).toBe("Acme billed me twice. Write to [email] or IBAN [iban]");
      expect(gone.title).toBe("Acme, call me on [phone]");
      expect(gone.author).toBe("[email]");
      expect(gone.url).toBeNull();
      expect(gone.caseId).toBe(caseOfOld);
      expect(gone.analysis.pii.sort()).toEqual(["email", "iban", "phone"]);
      expect((await store.mentions.get("recent"))!.text).toBe(recent.text);
      expect(await counts()).toEqual(before);
      if (backend === "embedded") {
        const files = readdirSync(dir)
          .map((f) => readFileSync(join(dir, f), "utf8"))
          .join("\n");
        expect(files).not.toContain("es91 2100");
        expect(files).toContain("699 111 222"); // the recent one is kept as it came
      }
      // A later run starts where this one stopped; a month on, the recent one goes too.
      expect(await applyRetention(bot.services.deps)).toBe(0);
      clock.advance(30 * DAY);
      expect(await applyRetention(bot.services.deps)).toBe(1);
      expect((await store.mentions.get("recent"))!.text).toBe("Acme: ring me on [phone]");
    } finally {
      await bot.stop();
    }
  }, 60_000);
});
