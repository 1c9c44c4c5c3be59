import { afterEach, describe, expect, it } from "vitest";
import { BotSession, cleanEnv, tempDir } from "../helpers/cli.js";

describe("the demo on a fresh start (npm start with nothing set)", () => {
  const sessions: BotSession[] = [];
  afterEach(async () => {
    for (const s of sessions.splice(0)) await s.stop();
  });

  function startBot(dataDir: string): BotSession {
    const s = new BotSession(["start"], { env: cleanEnv({ ORM_DATA_DIR: dataDir, LOG_LEVEL: "info" }) });
    sessions.push(s);
    return s;
  }

  it("reports last week with real figures and its surge, never says gone quiet, and seeds once", async () => {
    const dataDir = tempDir();
    const bot = startBot(dataDir);
    await bot.waitFor(/┌ 🔴 #\d+ negative/); // the sample feeds' alerts, brought to the present
    const mark = bot.stdout.length;
    bot.type("/orm report week");
    const summary = await bot.waitFor(/┌ ORM report: [^\n]+\n│ ([^\n]+)/, mark, 60_000);
    expect(summary[1]).not.toMatch(/No mentions/);
    expect(summary[1]).toMatch(/^\d+ mentions, (up|down) \d+% on the previous week/);
    expect(summary[1]).toMatch(/1 surge, on Thursday evening \(\d+ vs \d+ expected: [^)]*madrid/);
    expect(summary[1]).toMatch(/\d+ of \d+ cases answered \(median first response \d+ min\)/);
    await bot.waitFor(/Charts written to/, mark, 60_000);
    expect(bot.stdout).not.toMatch(/gone quiet/);
    expect(bot.stderr).toMatch(/"msg":"demo: seeded fictional history"/);
    expect(await bot.stop()).toBe(0);

    const again = startBot(dataDir);
    await again.waitFor(/terminal chat/);
    again.type("/orm queue");
    await again.waitFor(/open case\(s\)/);
    expect(again.stderr).not.toMatch(/demo: seeded/);
    expect(again.stdout).not.toMatch(/┌ 🔴/); // nothing alerted twice
  });
});
