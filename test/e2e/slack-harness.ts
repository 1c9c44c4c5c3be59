import { createSlackAdapter, type SlackAdapter } from "../../src/adapters/slack/index.js";
import { type Bot, buildBot } from "../../src/app/bot.js";
import { parseConfigText } from "../../src/config/load.js";
import type { Config } from "../../src/config/schema.js";
import { RuntimeConfigSchema } from "../../src/config/sections/runtime.js";
import { type Logger, silentLogger } from "../../src/core/log.js";
import type { Mention } from "../../src/core/mention.js";
import { HttpServer } from "../../src/http/server.js";
import { ManualClock } from "../../src/ports/clock.js";
import { type SlackStandin, startSlackStandin } from "../helpers/slack-standin.js";

export const SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
export const T0 = Date.parse("2026-11-20T10:00:00.000Z");

export const CONFIG_YAML = `
brand: { name: Acme Telecom, languages: [en, es, ru], timezone: UTC }
routing:
  alertWhen: { sentiment: [negative], orMinReach: 95 }
  floodPerMinute: 5
  rules:
    - name: shipping
      when: { topics: [shipping] }
      channel: CSHIP
      team: logistics
teams: { logistics: { lead: ULEAD } }
templates:
  - id: sorry-shipping
    title: Shipping apology
    topics: [shipping]
    lang: en
    text: "Hi {author}, sorry your parcel is late. We are on it. {brand}"
sla: { unclaimedMinutes: 30, unrespondedMinutes: 60 }
`;

/** A bot wired to Slack over HTTP, a Web API stand-in, and a manual clock. */
export interface SlackRig {
  standin: SlackStandin;
  chat: SlackAdapter;
  bot: Bot;
  clock: ManualClock;
  eventsUrl: string;
  config: Config;
  close(): Promise<void>;
}

/** Builds the whole thing: stand-in → Slack adapter → bot → HttpServer with `POST /slack/events`. */
export async function startSlackRig(yaml = CONFIG_YAML, log: Logger = silentLogger): Promise<SlackRig> {
  const standin = await startSlackStandin();
  const runtime = RuntimeConfigSchema.parse({
    slack: { botToken: "xoxb-test", signingSecret: SECRET, apiUrl: `${standin.url}/api/` },
    discord: {},
    alertChannel: "CALERTS",
  });
  const config: Config = {
    ...parseConfigText(yaml, "test.yaml"),
    runtime,
    configPath: null,
    baseDir: process.cwd(),
  };
  const clock = new ManualClock(T0);
  const chat = createSlackAdapter({
    botToken: "xoxb-test",
    signingSecret: SECRET,
    apiUrl: `${standin.url}/api/`,
    log,
    minPostIntervalMs: 10,
  });
  const bot = await buildBot(config, { chat, dataDir: null, clock, log });
  await bot.start();
  const http = new HttpServer({
    port: 0,
    host: "127.0.0.1",
    log: silentLogger,
    metrics: bot.services.deps.metrics,
    checks: [],
    routes: chat.routes(),
  });
  const port = await http.listen();
  return {
    standin,
    chat,
    bot,
    clock,
    config,
    eventsUrl: `http://127.0.0.1:${port}/slack/events`,
    async close() {
      await http.close();
      await bot.stop();
      await standin.stop();
    },
  };
}

/** A negative mention about a lost parcel. */
export function lostParcel(id: string, extra: Partial<Mention> = {}): Mention {
  return {
    id,
    source: "google-alerts",
    url: `https://forum.example/t/${id}`,
    title: null,
    text: "Acme lost my package again. Terrible delivery, the parcel never arrived and support ignores me.",
    author: "angry_bob",
    publishedAt: null,
    reach: 500,
    rating: null,
    ...extra,
  };
}
