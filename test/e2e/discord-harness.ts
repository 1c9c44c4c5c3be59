import { createDiscordAdapter, type DiscordAdapter } from "../../src/adapters/discord/index.js";
import { type Bot, buildBot } from "../../src/app/bot.js";
import { parseConfigText } from "../../src/config/load.js";
import type { Config } from "../../src/config/schema.js";
import { RuntimeConfigSchema } from "../../src/config/sections/runtime.js";
import { silentLogger } from "../../src/core/log.js";
import { ManualClock } from "../../src/ports/clock.js";
import { type DiscordStandin, startDiscordStandin } from "../helpers/discord-standin.js";
import { T0 } from "./slack-harness.js";

/** A bot on Discord (REST stand-in, no gateway: interactions are handed to the adapter), memory store. */
export interface DiscordRig {
  standin: DiscordStandin;
  chat: DiscordAdapter;
  bot: Bot;
  close(): Promise<void>;
}

/** Starts the stand-in, the adapter and the bot on `yaml`, alerting to `alertChannel`. */
export async function startDiscordRig(yaml: string, alertChannel: string): Promise<DiscordRig> {
  const standin = await startDiscordStandin();
  const runtime = RuntimeConfigSchema.parse({ slack: {}, discord: { token: "dt" }, alertChannel });
  const config: Config = {
    ...parseConfigText(yaml, "t.yaml"),
    runtime,
    configPath: null,
    baseDir: process.cwd(),
  };
  const chat = createDiscordAdapter({
    token: "dt",
    applicationId: "111111111111111111",
    guildId: "222222222222222222",
    apiUrl: standin.url,
    log: silentLogger,
    gateway: false,
  });
  const bot = await buildBot(config, { chat, dataDir: null, clock: new ManualClock(T0), log: silentLogger });
  await bot.start();
  return {
    standin,
    chat,
    bot,
    async close() {
      await bot.stop();
      await standin.stop();
    },
  };
}
