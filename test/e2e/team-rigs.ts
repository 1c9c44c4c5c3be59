import { createDiscordAdapter } from "../../src/adapters/discord/index.js";
import { createShellAdapter } from "../../src/adapters/shell/index.js";
import { type Bot, buildBot } from "../../src/app/bot.js";
import { parseConfigText } from "../../src/config/load.js";
import type { Config } from "../../src/config/schema.js";
import { RuntimeConfigSchema } from "../../src/config/sections/runtime.js";
import { silentLogger } from "../../src/core/log.js";
import type { ChatAdapter } from "../../src/ports/chat.js";
import { ManualClock } from "../../src/ports/clock.js";
import type { ChatDriver } from "../helpers/chat-driver.js";
import { DiscordDriver } from "../helpers/discord-driver.js";
import { startDiscordGatewayStandin } from "../helpers/discord-gateway-standin.js";
import { APPLICATION_ID, GUILD_ID } from "../helpers/discord-payloads.js";
import { startDiscordStandin } from "../helpers/discord-standin.js";
import { ShellDriver } from "../helpers/shell-driver.js";
import { startSlackOverHttp } from "../helpers/slack-http-rig.js";
import { SECRET, T0 } from "./slack-harness.js";

/** A support team's config: alerts in the driver's channel, reply templates in English and Russian only. */
function teamConfig(channel: string, runtime: Record<string, unknown>): Config {
  const yaml = `
brand: { name: Acme Telecom, languages: [en, es, ru], timezone: UTC }
routing:
  alertWhen: { sentiment: [negative], orMinReach: 95 }
  defaultChannel: "${channel}"
templates:
  - id: sorry-ru
    title: Извинение
    lang: ru
    text: "Здравствуйте, {author}! Приносим извинения. {brand}"
  - id: sorry-shipping
    title: Shipping apology
    topics: [shipping]
    lang: en
    text: "Hi {author}, sorry your parcel is late (case {case}). {brand}"
`;
  return {
    ...parseConfigText(yaml, "team.yaml"),
    runtime: RuntimeConfigSchema.parse({ slack: {}, discord: {}, alertChannel: channel, ...runtime }),
    configPath: null,
    baseDir: process.cwd(),
  };
}

/** The bot on one platform, the people acting there, and the clock the cases are timed by. */
export interface TeamRig {
  bot: Bot;
  driver: ChatDriver;
  clock: ManualClock;
  /** Slack: the next click's trigger id is issued this long ago; Discord: the next interaction is. */
  ageNextRequest?(ms: number): void;
  /** A click whose form came too late can still be answered (Slack's response_url outlives the trigger). */
  answersLateClicks?: boolean;
  close(): Promise<void>;
}

async function withBot(
  chat: ChatAdapter,
  driver: ChatDriver,
  stop: () => Promise<void>,
  age?: TeamRig["ageNextRequest"],
) {
  const clock = new ManualClock(T0);
  const bot = await buildBot(teamConfig(driver.channel, {}), {
    chat,
    dataDir: null,
    clock,
    log: silentLogger,
  });
  await bot.start();
  const rig: TeamRig = {
    bot,
    driver,
    clock,
    async close() {
      await bot.stop();
      await stop();
    },
  };
  if (age) rig.ageNextRequest = age;
  return rig;
}

/** Slack over HTTP: signed requests into Bolt, the Web API stand-in behind it. */
export async function slackTeam(): Promise<TeamRig> {
  const { adapter: chat, driver, close } = await startSlackOverHttp("xoxb-team", SECRET);
  return withBot(chat, driver, close, (ms) => {
    driver.triggerAgeMs = ms;
  }).then((rig) => Object.assign(rig, { answersLateClicks: true }));
}

/** Discord: the REST stand-in, interactions over the gateway stand-in. */
export async function discordTeam(): Promise<TeamRig> {
  const token = "discord-team-token";
  const rest = await startDiscordStandin();
  const gateway = await startDiscordGatewayStandin(rest, token);
  const driver = new DiscordDriver(rest, gateway);
  const chat = createDiscordAdapter({
    token,
    applicationId: APPLICATION_ID,
    guildId: GUILD_ID,
    apiUrl: rest.url,
    log: silentLogger,
  });
  return withBot(
    chat,
    driver,
    async () => {
      await gateway.stop();
      await rest.stop();
    },
    (ms) => {
      driver.interactionAgeMs = ms;
    },
  );
}

/** The terminal: real streams, one person at the keyboard. */
export async function terminalTeam(): Promise<TeamRig> {
  const driver = new ShellDriver();
  const chat = createShellAdapter({
    input: driver.input,
    output: driver.output,
    tty: false,
    user: { id: driver.people[0], name: "Ana", groups: [] },
    channel: driver.channel,
  });
  return withBot(chat, driver, async () => {});
}
