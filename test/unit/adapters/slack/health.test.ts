import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSlackAdapter, type SlackAdapter } from "../../../../src/adapters/slack/index.js";
import { silentLogger } from "../../../../src/core/log.js";
import type { ChatInbound } from "../../../../src/ports/chat.js";
import { type SlackStandin, startSlackStandin } from "../../../helpers/slack-standin.js";

let standin: SlackStandin;
let chat: SlackAdapter;
const inbound = {
  commands: () => [],
  onCommand: async () => {},
  onAction: async () => {},
} as unknown as ChatInbound;

beforeEach(async () => {
  standin = await startSlackStandin();
  chat = createSlackAdapter({
    botToken: "xoxb-test",
    signingSecret: "s",
    apiUrl: `${standin.url}/api/`,
    log: silentLogger,
  });
  await chat.start(inbound);
});
afterEach(async () => {
  await chat.stop();
  await standin.stop();
});

describe("Slack health for /healthz", () => {
  it("asks auth.test at most once per 30 s however often /healthz is called", async () => {
    const before = standin.callsOf("auth.test").length;
    const answers = await Promise.all(Array.from({ length: 20 }, () => chat.healthy()));
    for (let i = 0; i < 20; i++) answers.push(await chat.healthy());
    expect(answers.every(Boolean)).toBe(true);
    expect(standin.callsOf("auth.test").length - before).toBe(1);
  });
});
