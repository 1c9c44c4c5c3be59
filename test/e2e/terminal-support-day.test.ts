import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { peopleOf } from "../../src/adapters/select.js";
import { createShellAdapter } from "../../src/adapters/shell/index.js";
import { type Bot, buildBot } from "../../src/app/bot.js";
import { parseConfigText } from "../../src/config/load.js";
import type { Config } from "../../src/config/schema.js";
import { RuntimeConfigSchema } from "../../src/config/sections/runtime.js";
import { silentLogger } from "../../src/core/log.js";
import { ManualClock } from "../../src/ports/clock.js";
import { eventually } from "../helpers/eventually.js";
import { lostParcel, T0 } from "./slack-harness.js";
import { complaints, loudMention } from "./support-day-fixtures.js";

/** A support team's day in the terminal chat (issue 15, points 1–3): typed commands, printed cards. */
const MIN = 60_000;
const YAML = `
brand: { name: Acme Telecom }
routing:
  floodPerMinute: 5
  rules: [{ name: all, when: {}, channel: terminal, team: support }]
teams: { support: { lead: lena, members: [ana, bob] } }
`;

let bot: Bot;
let out = "";
let input: PassThrough;
let clock: ManualClock;

type DueJobs = { runDue(): Promise<void>; drain(): Promise<void> };
const jobs = () => bot.services.deps.jobs as unknown as DueJobs;

async function boot(): Promise<void> {
  out = "";
  input = new PassThrough();
  const output = new PassThrough();
  output.on("data", (b: Buffer) => {
    out += b.toString("utf8");
  });
  const runtime = RuntimeConfigSchema.parse({ slack: {}, discord: {} });
  const config: Config = {
    ...parseConfigText(YAML, "t.yaml"),
    runtime,
    configPath: null,
    baseDir: process.cwd(),
  };
  const chat = createShellAdapter({
    input,
    output,
    tty: false,
    user: { id: "ana", name: "Ana", groups: [] },
    channel: "terminal",
    people: peopleOf(config),
  });
  clock = new ManualClock(T0);
  bot = await buildBot(config, { chat, dataDir: null, clock, log: silentLogger });
  await bot.start();
}

afterEach(async () => {
  await bot.stop();
});

/** Types a line and returns what was printed after it once `expectText` shows up. */
async function type(line: string, expectText: RegExp): Promise<string> {
  const mark = out.length;
  input.write(`${line}\n`);
  return eventually(
    () => (expectText.test(out.slice(mark)) ? out.slice(mark) : null),
    `${expectText} after ${line}`,
  );
}

describe("a support team's day in the terminal", () => {
  it("assigns to a configured person typed as @name or name; refuses an unknown name and changes nothing", async () => {
    await boot();
    await bot.services.pipeline.ingest([lostParcel("p1")]);
    await jobs().drain();
    await type("/orm assign 1 @bob", /Case #1 assigned to @bob/);
    expect((await bot.services.cases.get(1)).owner).toBe("bob");
    const refused = await type(
      "/orm assign 1 @nobody",
      /I can't find "@nobody" here\. Nothing was changed\./,
    );
    expect(refused).not.toMatch(/assigned to/);
    expect((await bot.services.cases.get(1)).owner).toBe("bob");
    await type("/orm role set legal Lena", /legal is now @lena/);
  });

  it("prints the loud card at once, a summary that says how to act on each grouped case, and one reminder for 25", async () => {
    await boot();
    await bot.services.pipeline.ingest([...complaints(10), loudMention, ...complaints(14, 10)]);
    await jobs().drain();
    expect(out).toContain("famous_reviewer");
    clock.advance(61_000);
    await jobs().drain();
    const summary = out.slice(out.indexOf("more alert(s) in one minute"));
    expect(summary).toContain("/orm claim …");
    expect(summary).toContain("/orm card …");
    const grouped = await bot.services.alerts.floods.cases({
      channel: "terminal",
      bucket: Math.floor(T0 / MIN),
    });
    expect(grouped).toHaveLength(19);
    await type(`/orm card ${grouped[0]!.id}`, new RegExp(`Case #${grouped[0]!.id} now has its own card`));
    expect(await bot.services.alerts.refOf(grouped[0]!.id)).not.toBeNull();

    const mark = out.length;
    clock.advance(30 * MIN);
    await jobs().runDue();
    await jobs().drain();
    const printed = out.slice(mark);
    expect(printed.match(/waiting without an owner/g)).toHaveLength(1);
    expect(printed).toContain("25 cases waiting without an owner: #");
    expect(printed).toContain("@lena");
    expect(printed).toContain("Acme lost parcel number 23, terrible delivery");
  });
});
