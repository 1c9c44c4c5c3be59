import { afterEach, describe, expect, it } from "vitest";
import { BotSession, cleanEnv, tempDir } from "../helpers/cli.js";

describe("the terminal demo (npm start with nothing set)", () => {
  const sessions: BotSession[] = [];
  afterEach(async () => {
    for (const s of sessions.splice(0)) await s.stop();
  });

  function startBot(dataDir: string): BotSession {
    const s = new BotSession(["start"], { env: cleanEnv({ ORM_DATA_DIR: dataDir, LOG_LEVEL: "debug" }) });
    sessions.push(s);
    return s;
  }

  it("shows alerts from the sample feeds; claim, resolve, queue and help work; state survives a restart", async () => {
    const dataDir = tempDir();
    const bot = startBot(dataDir);
    // An alert card: case number, sentiment, source, and its actions.
    const first = await bot.waitFor(/#(\d+) negative[\s\S]*?\/orm claim (\d+)/);
    const id = first[1]!;
    expect(first[2]).toBe(id);

    let mark = bot.stdout.length;
    bot.type(`/orm claim ${id}`);
    await bot.waitFor(new RegExp(`Case #${id} claimed by`), mark);

    mark = bot.stdout.length;
    bot.type(`/orm claim ${id}`);
    await bot.waitFor(new RegExp(`Case #${id} is already yours`), mark);

    mark = bot.stdout.length;
    bot.type(`/orm resolve ${id} fixed`);
    await bot.waitFor(new RegExp(`Case #${id} resolved \\(fixed\\)`), mark);

    // The queue is compared after a restart: count it once the three sample feeds' first polls are in.
    await bot.waitForLog(/"polled"[\s\S]*"polled"[\s\S]*"polled"/);
    mark = bot.stdout.length;
    bot.type("/orm queue");
    const queue = await bot.waitFor(/(\d+) open case\(s\)/, mark);
    const openCount = Number(queue[1]);
    expect(openCount).toBeGreaterThan(0);
    expect(bot.stdout.slice(mark)).not.toMatch(new RegExp(`[│└] #${id} `));

    mark = bot.stdout.length;
    bot.type("/orm help");
    await bot.waitFor(/\/orm claim CASE — Claim a case/, mark);

    mark = bot.stdout.length;
    bot.type("/orm frobnicate");
    await bot.waitFor(/Unknown command "frobnicate"\. Type \/orm help/, mark);

    mark = bot.stdout.length;
    bot.type("/orm claim 9999");
    await bot.waitFor(/There is no case #9999\./, mark);
    expect(bot.stderr).not.toMatch(/\n\s+at /); // no stack trace

    expect(await bot.stop()).toBe(0);

    // Restart on the same data dir: the same cases, in the same states, and no alert twice.
    const again = startBot(dataDir);
    await again.waitFor(/terminal chat/);
    again.type("/orm queue");
    const q2 = await again.waitFor(/(\d+) open case\(s\)/);
    expect(Number(q2[1])).toBe(openCount);
    again.type(`/orm resolve ${id}`);
    await again.waitFor(new RegExp(`Case #${id} is already resolved`));
    expect(again.stdout).not.toMatch(/┌ 🔴/);
  });
});
