import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSlackAdapter, type SlackAdapter } from "../../src/adapters/slack/index.js";
import { type Bot, buildBot } from "../../src/app/bot.js";
import { parseConfigText } from "../../src/config/load.js";
import type { Config } from "../../src/config/schema.js";
import { RuntimeConfigSchema } from "../../src/config/sections/runtime.js";
import { silentLogger } from "../../src/core/log.js";
import { ManualClock } from "../../src/ports/clock.js";
import { slashCommand } from "../helpers/slack-payloads.js";
import { type SlackSocketStandin, startSlackSocketStandin } from "../helpers/slack-socket-standin.js";
import { eventually, type SlackStandin, startSlackStandin } from "../helpers/slack-standin.js";
import { CONFIG_YAML, lostParcel, T0 } from "./slack-harness.js";

let web: SlackStandin;
let socket: SlackSocketStandin;
let chat: SlackAdapter;
let bot: Bot;

beforeEach(async () => {
  web = await startSlackStandin();
  socket = await startSlackSocketStandin(web);
  const apiUrl = `${web.url}/api/`;
  const runtime = RuntimeConfigSchema.parse({
    slack: { botToken: "xoxb-test", appToken: "xapp-test", apiUrl },
    discord: {},
    alertChannel: "CALERTS",
  });
  const config: Config = {
    ...parseConfigText(CONFIG_YAML, "test.yaml"),
    runtime,
    configPath: null,
    baseDir: process.cwd(),
  };
  chat = createSlackAdapter({
    botToken: "xoxb-test",
    appToken: "xapp-test",
    apiUrl,
    log: silentLogger,
    minPostIntervalMs: 1,
  });
  bot = await buildBot(config, { chat, dataDir: null, clock: new ManualClock(T0), log: silentLogger });
  await bot.start();
});
afterEach(async () => {
  await bot.stop();
  await socket.stop();
  await web.stop();
});

const json = (v: unknown) => JSON.stringify(v);

describe("Slack in Socket Mode (WebSocket stand-in)", () => {
  it("opens the connection through apps.connections.open and serves no HTTP route", async () => {
    const open = web.callsOf("apps.connections.open");
    expect(open.length).toBeGreaterThan(0);
    expect(chat.routes()).toEqual({});
    await eventually(() => socket.connections > 0, "the socket connection");
    expect(await chat.healthy()).toBe(true);
  });

  it("acknowledges a slash command envelope and answers through response_url", async () => {
    await eventually(() => socket.connections > 0, "the socket connection");
    const envelope = socket.sendSlashCommand(
      slashCommand({
        text: "help",
        userId: "UANA",
        channel: "CSHIP",
        responseUrl: web.responseUrl("sock-help"),
        triggerId: "t.sock",
      }),
    );
    const ack = await eventually(
      () => socket.received.find((f) => f.envelope_id === envelope),
      "the envelope's acknowledgement",
    );
    expect(ack.envelope_id).toBe(envelope);
    const answer = await eventually(
      () => web.callsOf("response_url").find((c) => json(c.args).includes("claim")),
      "the help answer",
    );
    expect(answer.args.response_type).toBe("ephemeral");
  });

  it("escalates a case from a command sent over the socket, once per envelope", async () => {
    await bot.services.pipeline.ingest([lostParcel("s1")]);
    await bot.services.deps.jobs.drain();
    await eventually(() => socket.connections > 0, "the socket connection");
    const caseId = (await bot.services.cases.listOpen())[0]!.id;
    const envelope = socket.sendSlashCommand(
      slashCommand({
        text: `escalate ${caseId} loud`,
        userId: "UANA",
        channel: "CSHIP",
        responseUrl: web.responseUrl("sock-esc"),
        triggerId: "t.esc",
      }),
    );
    await eventually(
      () => web.callsOf("response_url").find((c) => json(c.args).includes(`escalated case #${caseId}`)),
      "the escalation answer",
    );
    expect(socket.received.filter((f) => f.envelope_id === envelope)).toHaveLength(1);
  });
});
