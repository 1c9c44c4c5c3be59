import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSlackAdapter, type SlackAdapter } from "../../../../src/adapters/slack/index.js";
import { silentLogger } from "../../../../src/core/log.js";
import { Metrics } from "../../../../src/core/metrics.js";
import { HttpServer } from "../../../../src/http/server.js";
import type { ChatInbound } from "../../../../src/ports/chat.js";
import { type SlackStandin, slackSignature, startSlackStandin } from "../../../helpers/slack-standin.js";

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

describe("Slack requests on /slack/events (through the adapter's route)", () => {
  it("refuses a signed request stamped an hour ahead, accepts one whose content type names a charset", async () => {
    const http = new HttpServer({
      port: 0,
      host: "127.0.0.1",
      log: silentLogger,
      metrics: new Metrics(),
      checks: [],
      routes: chat.routes(),
    });
    const url = `http://127.0.0.1:${await http.listen()}/slack/events`;
    const post = (tsS: number, type: string) => {
      const body =
        "ssl_check=0&command=%2Form&text=help&user_id=U1&channel_id=C1&team_id=T1&trigger_id=t1&response_url=http%3A%2F%2F127.0.0.1%3A9%2Fr";
      return fetch(url, {
        method: "POST",
        headers: {
          "content-type": type,
          "x-slack-request-timestamp": String(tsS),
          "x-slack-signature": slackSignature("s", tsS, body),
        },
        body,
      });
    };
    const now = Math.floor(Date.now() / 1000);
    try {
      expect((await post(now + 3600, "application/x-www-form-urlencoded")).status).toBe(401);
      expect((await post(now - 3600, "application/x-www-form-urlencoded")).status).toBe(401);
      expect((await post(now, "application/x-www-form-urlencoded; charset=utf-8")).status).toBe(200);
    } finally {
      await http.close();
    }
  });
});
