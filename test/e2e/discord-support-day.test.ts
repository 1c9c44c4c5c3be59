import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDiscordAdapter, type DiscordAdapter } from "../../src/adapters/discord/index.js";
import { type Bot, buildBot } from "../../src/app/bot.js";
import { parseConfigText } from "../../src/config/load.js";
import type { Config } from "../../src/config/schema.js";
import { RuntimeConfigSchema } from "../../src/config/sections/runtime.js";
import { silentLogger } from "../../src/core/log.js";
import { ManualClock } from "../../src/ports/clock.js";
import { GUILD_ID } from "../helpers/discord-payloads.js";
import { type DiscordStandin, interaction, startDiscordStandin } from "../helpers/discord-standin.js";
import { lostParcel, T0 } from "./slack-harness.js";
import { complaints, loudMention } from "./support-day-fixtures.js";

/** A support team's day in Discord (issue 15, points 1–3 and 8), through the REST stand-in. */
const CHANNEL = "444444444444444444";
const ANA = "555555555555555555";
const BOB = "666666666666666666";
const BOBBY = "676767676767676767";
const LEAD = "888888888888888888";
const MIN = 60_000;

let standin: DiscordStandin;
let chat: DiscordAdapter;
let bot: Bot;
let clock: ManualClock;

type DueJobs = { runDue(): Promise<void>; drain(): Promise<void> };
const jobs = () => bot.services.deps.jobs as unknown as DueJobs;

beforeEach(async () => {
  standin = await startDiscordStandin();
  standin.members = [
    { guildId: GUILD_ID, user: { id: BOB, username: "bob", global_name: "Bob Stone" } },
    { guildId: GUILD_ID, user: { id: BOBBY, username: "bobby" } },
    { guildId: GUILD_ID, user: { id: ANA, username: "ana" }, nick: "Ana (support)" },
    { guildId: "999999999999999999", user: { id: "123123123123123123", username: "ghost" } },
  ];
  const runtime = RuntimeConfigSchema.parse({ slack: {}, discord: { token: "dt" }, alertChannel: CHANNEL });
  const yaml = `brand: { name: Acme Telecom }
routing:
  floodPerMinute: 5
  rules: [{ name: all, when: {}, channel: "${CHANNEL}", team: support }]
teams: { support: { lead: "${LEAD}" } }
`;
  const config: Config = {
    ...parseConfigText(yaml, "t.yaml"),
    runtime,
    configPath: null,
    baseDir: process.cwd(),
  };
  clock = new ManualClock(T0);
  chat = createDiscordAdapter({
    token: "dt",
    applicationId: "111111111111111111",
    apiUrl: standin.url,
    log: silentLogger,
    gateway: false,
    roomParentChannel: CHANNEL,
  });
  bot = await buildBot(config, { chat, dataDir: null, clock, log: silentLogger });
  await bot.start();
});
afterEach(async () => {
  await bot.stop();
  await standin.stop();
});

const json = (v: unknown) => JSON.stringify(v);
const channelPosts = () => standin.find("POST", new RegExp(`^/channels/${CHANNEL}/messages$`));

async function command(sub: string, args: string, userId = ANA): Promise<string> {
  const before = standin.find("PATCH", /(@|%40)original$/).length;
  await chat.handleInteraction(interaction({ kind: "command", userId, channel: CHANNEL, sub, args }));
  await jobs().drain();
  return json(standin.find("PATCH", /(@|%40)original$/)[before]?.body ?? null);
}

async function select(customId: string, value: string, userId = ANA, messageId = "m1") {
  await chat.handleInteraction(
    interaction({ kind: "component", userId, channel: CHANNEL, customId, values: [value], messageId }),
  );
  await jobs().drain();
}

describe("a support team's day in Discord", () => {
  it("assigns by <@id>, <@!id> or a plain name found by member search; unknown or other-server names change nothing", async () => {
    await bot.services.pipeline.ingest([lostParcel("p1")]);
    await jobs().drain();
    await command("assign", "1 @bob");
    expect((await bot.services.cases.get(1)).owner).toBe(BOB);
    const search = standin.find("GET", new RegExp(`^/guilds/${GUILD_ID}/members/search$`));
    expect(search).toHaveLength(1);
    expect(search[0]!.query.get("query")).toBe("bob");

    await command("assign", `1 <@!${ANA}>`);
    expect((await bot.services.cases.get(1)).owner).toBe(ANA);
    await command("assign", `1 <@${BOB}>`);
    expect((await bot.services.cases.get(1)).owner).toBe(BOB);
    await command("assign", "1 ana");
    expect((await bot.services.cases.get(1)).owner).toBe(ANA);

    const unknown = await command("assign", "1 @ghost");
    expect(unknown).toContain('\\"@ghost\\"');
    expect(unknown).toContain("Nothing was changed");
    expect(unknown).toContain('"flags":64');
    expect((await bot.services.cases.get(1)).owner).toBe(ANA);

    await command("role", "set legal bobby");
    expect((await bot.services.crisis.roles()).find((r) => r.role === "legal")?.chain).toEqual([BOBBY]);
  });

  it("cards the loud mention at once; the summary's menus claim and show grouped cases", async () => {
    await bot.services.pipeline.ingest([...complaints(9), loudMention]);
    await jobs().drain();
    const loudCase = (await bot.services.deps.store.mentions.get("loud"))!.caseId!;
    expect(await bot.services.alerts.refOf(loudCase)).not.toBeNull();
    expect(channelPosts()).toHaveLength(6);

    clock.advance(61_000);
    await jobs().drain();
    const summary = channelPosts().find((p) => String(p.body.content).includes("more alert(s)"))!;
    const components = json(summary.body.components);
    expect(components).toContain('"custom_id":"orm_claim"');
    expect(components).toContain('"custom_id":"orm_card"');
    expect(components).toContain('"custom_id":"orm_resolve"');
    const grouped = (
      await bot.services.alerts.floods.cases({ channel: CHANNEL, bucket: Math.floor(T0 / MIN) })
    ).map((c) => c.id);
    expect(grouped).toHaveLength(4);
    await select("orm_claim", String(grouped[0]), BOB);
    expect((await bot.services.cases.get(grouped[0]!)).owner).toBe(BOB);
    await select("orm_card", String(grouped[1]));
    expect(await bot.services.alerts.refOf(grouped[1]!)).not.toBeNull();
  });

  it("reminds about 25 unclaimed cases in one message naming the lead, with a menu to claim each", async () => {
    await bot.services.pipeline.ingest([...complaints(24), loudMention]);
    await jobs().drain();
    clock.advance(61_000);
    await jobs().drain();
    const mark = channelPosts().length;
    clock.advance(30 * MIN);
    await jobs().runDue();
    await jobs().drain();
    const after = channelPosts().slice(mark);
    const reminders = after.filter((p) => String(p.body.content).includes("waiting without an owner"));
    expect(reminders).toHaveLength(1);
    expect(after.length).toBeLessThanOrEqual(3);
    const r = reminders[0]!.body;
    expect(String(r.content)).toContain("25 cases waiting without an owner");
    expect(String(r.content)).toContain(`<@${LEAD}>`);
    expect(r.allowed_mentions).toEqual({ parse: [], users: [LEAD] });
    expect(json(r.components)).toContain('"custom_id":"orm_claim"');
  });

  it("opens crisis rooms as private threads by default, public ones when asked", async () => {
    const room = await chat.createRoom("Crisis 1", [ANA]);
    const open = await chat.createRoom("Crisis 2", [ANA], { private: false });
    const byId = (id: string) => standin.threads.find((t) => t.id === id)!;
    expect(byId(room).type).toBe(12);
    expect(byId(room).members).toEqual([ANA]);
    expect(byId(open).type).toBe(11);
  });
});
