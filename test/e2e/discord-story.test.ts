import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDiscordAdapter } from "../../src/adapters/discord/index.js";
import { type Bot, buildBot } from "../../src/app/bot.js";
import { silentLogger } from "../../src/core/log.js";
import { ManualClock } from "../../src/ports/clock.js";
import type { Seen } from "../helpers/chat-driver.js";
import { DiscordDriver } from "../helpers/discord-driver.js";
import {
  type DiscordGatewayStandin,
  startDiscordGatewayStandin,
} from "../helpers/discord-gateway-standin.js";
import { DiscordMessages } from "../helpers/discord-messages.js";
import { APPLICATION_ID, GUILD_ID, interaction, interactionToken } from "../helpers/discord-payloads.js";
import { type DiscordStandin, startDiscordStandin } from "../helpers/discord-standin.js";
import { eventually } from "../helpers/eventually.js";
import { lostParcel, T0 } from "./slack-harness.js";
import { Agent, caseOf, configOf, expectTimeline, loudAndOlder, settles } from "./story-scenarios.js";

const TOKEN = "discord-story-token";
let rest: DiscordStandin;
let gateway: DiscordGatewayStandin;
let driver: DiscordDriver;
let bot: Bot;
let clock: ManualClock;
let ana: Agent;

beforeEach(async () => {
  rest = await startDiscordStandin();
  gateway = await startDiscordGatewayStandin(rest, TOKEN);
  driver = new DiscordDriver(rest, gateway);
  const runtime = {
    slack: {},
    discord: { token: TOKEN },
    alertChannel: driver.channel,
  };
  const yaml = `brand: { name: Acme Telecom, timezone: UTC }\npermissions: { label: ["${driver.people[0]}"] }\n`;
  const config = configOf(yaml, runtime);
  const chat = createDiscordAdapter({
    token: TOKEN,
    applicationId: APPLICATION_ID,
    guildId: GUILD_ID,
    apiUrl: rest.url,
    log: silentLogger,
  });
  clock = new ManualClock(T0);
  bot = await buildBot(config, { chat, dataDir: null, clock, log: silentLogger });
  await bot.start();
  ana = new Agent(driver, driver.people[0], driver.channel);
});
afterEach(async () => {
  await bot.stop();
  await gateway.stop();
  await rest.stop();
});

/** Picks `value` in the select `customId` on a card, as Discord delivers it (over the gateway). */
async function pick(person: string, card: Seen, customId: string, value: string): Promise<void> {
  const m = rest.store.all.find((x) => x.id === card.ref?.ts)!;
  const raw = interaction({
    kind: "component",
    userId: person,
    channel: m.channel_id,
    customId,
    values: [value],
    message: DiscordMessages.json(m),
    token: interactionToken,
  });
  const issued = rest.interactions.issue(raw);
  gateway.dispatch("INTERACTION_CREATE", raw);
  await eventually(() => issued.callback, "the select's callback");
}

describe("Discord: a case's story, manners and labels, through the REST and gateway stand-ins", () => {
  it("asks before Escalate, corrects a label from the card, reopens, and tells the story", async () => {
    const { loud, older } = await loudAndOlder(bot);

    const help = await ana.says("help reopen", /\/orm reopen CASE/);
    expect(help.onlyFor).toBe(ana.id);
    expect(help.text).toMatch(/Examples[^\n]*\n\/orm reopen 419\n\/orm reopen #12/);
    // Discord offers only registered subcommands: typos happen in the words after them.
    const typo = await ana.says("help reopne", /No command/);
    expect(typo.text).toContain('No command "reopne". Did you mean /orm help reopen?');
    const sub = await ana.says("crisis strat", /Unknown crisis subcommand/);
    expect(sub.text).toContain("Did you mean /orm crisis start?");

    // Escalate asks in an ephemeral follow-up; Cancel changes nothing, the red button goes ahead.
    const card = await ana.sees(new RegExp(`#${loud} negative`));
    const askCount = () => driver.seen(driver.channel, ana.id).filter((s) => /Escalate case #/.test(s.text));
    await driver.click(ana.id, card, "Escalate");
    const ask = await eventually(() => askCount()[0], "the confirm question");
    expect(ask.onlyFor).toBe(ana.id);
    expect(ask.text).toContain(`Escalate case #${loud}?`);
    expect(ask.buttons).toEqual(["Escalate", "Cancel"]);
    await driver.click(ana.id, ask, "Cancel");
    await eventually(
      () =>
        driver
          .seen(driver.channel, ana.id)
          .find((s) => /Cancelled: nothing changed/.test(s.text) && s.edited),
      "the question closed as cancelled",
    );
    expect((await bot.services.cases.get(loud)).history.some((h) => h.action === "escalate")).toBe(false);
    await driver.click(ana.id, card, "Escalate");
    const again = await eventually(
      () => askCount().find((s) => s.buttons.length === 2),
      "the question again",
    );
    await driver.click(ana.id, again, "Escalate");
    await settles(
      async () => (await bot.services.cases.get(loud)).history.some((h) => h.action === "escalate"),
      "the escalation recorded",
    );
    await eventually(
      () =>
        driver
          .seen(driver.channel, ana.id)
          .find((s) => /^Confirmed\./.test(s.text) && s.buttons.length === 0),
      "the question closed as confirmed, its buttons gone",
    );

    // The Label select on the card: the correction is kept and shown on the card.
    clock.advance(2 * 60_000);
    await pick(ana.id, card, `orm_label|${loud}`, "neutral");
    await bot.services.deps.jobs.drain();
    await ana.sees(
      new RegExp(`label corrected to neutral by <?@?${ana.id}>?`),
      "the card showing the correction",
    );
    expect((await bot.services.corrections.lines()).map((l) => [l.mentionId, l.label])).toEqual([
      ["loud", "neutral"],
    ]);

    await ana.says(`resolve ${loud} fixed`, /resolved \(fixed\)/);
    clock.advance(30 * 60_000);
    // A resolved card offers one action: Reopen (the customer came back).
    const closed = await ana.sees(new RegExp(`#${loud} negative[\\s\\S]*Resolved`), "the resolved card");
    expect(closed.buttons).toEqual(["Reopen"]);
    await driver.click(ana.id, closed, "Reopen");
    await eventually(
      () =>
        driver.seen(driver.channel, ana.id).find((s) => s.onlyFor === ana.id && /open again/.test(s.text)),
      "the reopen answered privately",
    );
    expect((await bot.services.cases.get(loud)).status).toBe("claimed");

    const story = await ana.says(`case ${loud}`, new RegExp(`Case #${loud}`));
    expect(story.onlyFor).toBe(ana.id);
    expect(story.text).toContain("[phone]");
    expect(story.text).not.toContain("612 345");
    expect(story.text).toMatch(new RegExp(`Other cases \\(1\\): \\**#${older}\\** new`));
    expectTimeline(story, [
      /10:00 · ORM Bot opened/,
      /10:00 · <?@?\d+>? escalated/,
      /10:02 · <?@?\d+>? corrected the label — negative → neutral/,
      /10:02 · <?@?\d+>? resolved — fixed/,
      /10:32 · <?@?\d+>? reopened/,
    ]);

    // The queue: the loud case (higher priority) first.
    const queue = await ana.says("queue", /open case\(s\)/);
    expect(queue.text.indexOf(`#${loud}`)).toBeGreaterThan(-1);
    expect(queue.text.indexOf(`#${loud}`)).toBeLessThan(queue.text.indexOf(`#${older}`));
  });

  it("refuses the Label select to someone without the label permission", async () => {
    await bot.services.pipeline.ingest([lostParcel("p1")]);
    await bot.services.deps.jobs.drain();
    const id = await caseOf(bot, "p1");
    const card = await ana.sees(new RegExp(`#${id} negative`));
    const ben = driver.people[1];
    await pick(ben, card, `orm_label|${id}`, "positive");
    await eventually(
      () =>
        driver.seen(driver.channel, ben).find((s) => s.onlyFor === ben && /"label" permission/.test(s.text)),
      "a private refusal",
    );
    expect(await bot.services.corrections.lines()).toEqual([]);
  });
});
