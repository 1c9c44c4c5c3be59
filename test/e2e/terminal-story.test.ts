import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createShellAdapter } from "../../src/adapters/shell/index.js";
import { type Bot, buildBot } from "../../src/app/bot.js";
import { silentLogger } from "../../src/core/log.js";
import { ManualClock } from "../../src/ports/clock.js";
import { eventually } from "../helpers/eventually.js";
import { ShellDriver } from "../helpers/shell-driver.js";
import { T0 } from "./slack-harness.js";
import { Agent, configOf, expectTimeline, loudAndOlder } from "./story-scenarios.js";

let driver: ShellDriver;
let bot: Bot;
let clock: ManualClock;
let ana: Agent;

beforeEach(async () => {
  driver = new ShellDriver();
  const runtime = { slack: {}, discord: {}, alertChannel: driver.channel };
  const yaml = "brand: { name: Acme Telecom, timezone: UTC }\n";
  const config = configOf(yaml, runtime);
  const chat = createShellAdapter({
    input: driver.input,
    output: driver.output,
    tty: false,
    user: { id: "ana", name: "Ana", groups: [] },
    channel: driver.channel,
  });
  clock = new ManualClock(T0);
  bot = await buildBot(config, { chat, dataDir: null, clock, log: silentLogger });
  await bot.start();
  ana = new Agent(driver, "ana", driver.channel);
});
afterEach(async () => {
  await bot.stop();
});

/** Types a bare line (an answer to a y/N question) and waits for what it prints next. */
async function answer(line: string, expectSeen: RegExp): Promise<void> {
  const before = ana.seen().length;
  driver.input.write(`${line}\n`);
  await eventually(
    () =>
      ana
        .seen()
        .slice(before)
        .find((s) => expectSeen.test(s.text)),
    `the answer to "${line}"`,
  );
}

describe("the terminal: a case's story, manners and labels, typed as a person would", () => {
  it("asks y/N before Escalate, relabels, reopens and tells the story; help, typos and the queue", async () => {
    const { loud, older } = await loudAndOlder(bot);
    const card = await ana.sees(new RegExp(`#${loud} negative`));
    // The card names the command each control stands for, the Label control included.
    expect(card.text).toContain(`[Escalate] /orm escalate ${loud}`);
    expect(card.buttons).toContain("Label…");
    expect(card.text).toContain(`[Label…] /orm label ${loud} negative|neutral|positive`);
    expect(card.text).toContain(
      `[Resolve as…] /orm resolve ${loud} answered|fixed|no_action|spam|insult_hidden`,
    );
    expect(card.text).toContain(`[Assign…] /orm assign ${loud} @user`);

    const help = await ana.says("help label", /\/orm label CASE/);
    expect(help.text).toMatch(/Examples\n\/orm label 419 neutral\n\/orm label 419 negative billing pricing/);
    const typo = await ana.says(`resolv ${loud}`, /Unknown command/);
    expect(typo.text).toContain('Unknown command "resolv". Did you mean /orm resolve?');

    // Escalate typed is the red button: it asks y/N, and anything but y changes nothing.
    await ana.says(`escalate ${loud}`, new RegExp(`Escalate case #${loud}\\? .*\\[y/N\\]`));
    await answer("n", /Cancelled: nothing changed/);
    expect((await bot.services.cases.get(loud)).history.some((h) => h.action === "escalate")).toBe(false);
    await ana.says(`escalate ${loud} the press is asking`, /\[y\/N\]/);
    await answer("y", new RegExp(`escalated case #${loud}: the press is asking`));
    expect((await bot.services.cases.get(loud)).history.some((h) => h.action === "escalate")).toBe(true);

    await ana.says(`claim ${loud}`, /claimed by/);
    clock.advance(4 * 60_000);
    await ana.says(`label ${loud} neutral`, /label corrected to neutral/);
    await ana.sees(/label corrected to neutral by @Ana/, "the card restated with the correction");
    await ana.says(`resolve ${loud} answered`, /resolved \(answered\)/);
    clock.advance(20 * 60_000);
    await ana.says(`reopen ${loud}`, /open again/);

    const story = await ana.says(`case ${loud}`, new RegExp(`Case #${loud} · claimed`));
    expect(story.text).toContain("[phone]");
    expect(story.text).not.toContain("612 345");
    expect(story.text).toMatch(new RegExp(`Other cases \\(1\\): #${older} new`));
    expectTimeline(story, [
      /10:00 · ORM Bot opened/,
      /10:00 · @Ana escalated — the press is asking/,
      /10:00 · @Ana claimed/,
      /10:04 · @Ana corrected the label — negative → neutral/,
      /10:04 · @Ana resolved — answered/,
      /10:24 · @Ana reopened/,
    ]);

    const queue = await ana.says("queue all", /2 open case\(s\)/);
    expect(queue.text.indexOf(`#${loud}`)).toBeLessThan(queue.text.indexOf(`#${older}`));
    const mine = await ana.says("queue mine", /1 open case\(s\) \(mine\)/);
    expect(mine.text).not.toContain(`#${older}`);
    const wrong = await ana.says("queue theirs", /Unknown queue/);
    expect(wrong.text).toContain("Usage: /orm queue [mine|team|all]");
  });
});
