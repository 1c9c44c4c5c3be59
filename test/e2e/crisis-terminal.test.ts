import { rmSync } from "node:fs";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createShellAdapter } from "../../src/adapters/shell/index.js";
import type { Bot } from "../../src/app/bot.js";
import type { Config } from "../../src/config/schema.js";
import { CRISIS_SURGE_QUEUE, type CrisisService } from "../../src/crisis/index.js";
import { ManualClock } from "../../src/ports/clock.js";
import { type PagerStandin, startPagerStandin } from "../helpers/pager-standin.js";
import {
  crisisConfig,
  HOUR,
  MIN,
  runWhere,
  startCrisisBot,
  surgeHistory,
  T0,
  tempDataDir,
  until,
} from "./crisis-rig.js";

let pager: PagerStandin;
let config: Config;
let dataDir: string;
const clock = new ManualClock(T0);
let out = "";
let current: { bot: Bot; crisis: CrisisService; input: PassThrough } | null = null;

/** A terminal chat on in-memory streams: the person at the keyboard is UDIR. */
async function boot(): Promise<NonNullable<typeof current>> {
  const input = new PassThrough();
  const output = new PassThrough();
  output.on("data", (b: Buffer) => {
    out += b.toString("utf8");
  });
  const chat = createShellAdapter({
    input,
    output,
    tty: false,
    user: { id: "UDIR", name: "Dana", groups: [] },
  });
  const { bot, crisis } = await startCrisisBot(config, chat, clock, dataDir);
  current = { bot, crisis, input };
  return current;
}

/** Types a command and waits for `expect` to show up in what the terminal printed after it. */
async function type(line: string, expectText: RegExp): Promise<string> {
  const mark = out.length;
  current!.input.write(`${line}\n`);
  return until(async () => {
    const m = expectText.exec(out.slice(mark));
    return m ? out.slice(mark) : null;
  }, `"${expectText.source}" after ${line}`);
}

beforeAll(async () => {
  pager = await startPagerStandin();
  config = crisisConfig(pager.url);
  dataDir = tempDataDir();
});
afterAll(async () => {
  await current?.bot.stop();
  await pager.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("crisis mode in the terminal chat, with a restart in the middle", () => {
  it("runs the same flow by typed commands", async () => {
    let { bot, crisis } = await boot();
    await bot.services.pipeline.ingest(surgeHistory());
    await bot.services.deps.jobs.enqueue(CRISIS_SURGE_QUEUE, {});
    await bot.services.deps.jobs.drain();
    await until(async () => /Declare a crisis\?[\s\S]*\/orm crisis declare 1/.test(out), "the proposal card");
    expect(out).toMatch(/140 negative mentions in 2 h, \d+× normal — drivers: [^\n]*battery/);

    // No rooms in a terminal: the crisis runs where the managers are; pages print as direct messages.
    const declared = await type("/orm crisis declare 1", /Crisis declared\./);
    expect(declared).toMatch(/\(direct message to UDIR\)[\s\S]*You are paged as Communications director/);
    expect(declared).toMatch(/Assess the reach of the criticism[\s\S]*\/orm crisis done 1 assess-reach/);
    await runWhere(crisis, 1, (r) => r.mentionIds.length > 100, "the attached surge mentions");
    await until(async () => pager.events("trigger").length >= 2, "PagerDuty triggers");

    await type("/orm crisis ack 1 p2", /Acknowledged: thank you\./);
    clock.advance(5 * MIN);
    await type("/orm crisis done 1 assess-reach", /Who is behind it\?/);
    await type("/orm crisis decide 1 classify-author unhappy-customer", /Alone or in a group\?/);
    await type("/orm crisis decide 1 alone-or-group group", /Agree the strategy with the crisis team/);
    await type("/orm crisis decide 1 alone-or-group alone", /is not the current step/);

    clock.advance(11 * MIN);
    await bot.services.deps.jobs.drain();
    await until(async () => out.includes("(direct message to UDIR2)"), "the page passed on to UDIR2");

    // Restart on the same data dir: the step deadline fires from the stored timer.
    await bot.stop();
    ({ bot, crisis } = await boot());
    clock.advance(20 * MIN);
    await bot.services.deps.jobs.drain();
    await until(
      async () => /\(direct message to UCEO\)[\s\S]*overdue/.test(out),
      "the CEO paged for the overdue step",
    );

    const status = await type("/orm crisis status", /Step 5\/11: Agree the strategy/);
    expect(status).toMatch(/OVERDUE by/);
    await type("/orm crisis done 1 convene-team", /Publish a holding statement/);
    clock.advance(6 * MIN);
    await type("/orm crisis done 1 holding-statement", /Urgent and delicate\?/);
    await type("/orm role set legal @ULAW", /legal is now @ULAW/);
    await type("/orm role list", /legal: @ULAW → @ULEGAL/);
    await type("/orm crisis review 1 why A supplier batch overheated", /Noted in the review\./);
    await type("/orm crisis review 1 change Recall faster", /Noted in the review\./);
    clock.advance(2 * HOUR);
    const review = await type("/orm crisis close", /Post-crisis review[\s\S]*Timeline[\s\S]*Crisis closed/);
    expect(review).toContain("Time to first statement: 42 min after the declaration");
    expect(review).toMatch(/Agree the strategy with the crisis team: \d+ min late/);
    expect(review).toContain("Why did it happen? A supplier batch overheated");
    expect(review).toMatch(/legal is now ULAW/);
    await type("/orm crisis close 1", /only an active crisis can be closed/);
  });
});
