import type { SlackAdapter } from "../../src/adapters/slack/index.js";
import { createSlackAdapter } from "../../src/adapters/slack/index.js";
import { silentLogger } from "../../src/core/log.js";
import { Metrics } from "../../src/core/metrics.js";
import { HttpServer } from "../../src/http/server.js";
import { httpTransport, SlackDriver } from "./slack-driver.js";
import { type SlackStandin, startSlackStandin } from "./slack-standin.js";

/** The Slack adapter over HTTP: the Web API stand-in behind it, signed requests into Bolt's receiver. */
export interface SlackHttpRig {
  web: SlackStandin;
  adapter: SlackAdapter;
  driver: SlackDriver;
  close(): Promise<void>;
}

export async function startSlackOverHttp(botToken: string, signingSecret: string): Promise<SlackHttpRig> {
  const web = await startSlackStandin();
  const adapter = createSlackAdapter({
    botToken,
    signingSecret,
    apiUrl: `${web.url}/api/`,
    log: silentLogger,
    minPostIntervalMs: 1,
  });
  const http = new HttpServer({
    port: 0,
    host: "127.0.0.1",
    log: silentLogger,
    metrics: new Metrics(),
    checks: [],
    routes: adapter.routes(),
  });
  const port = await http.listen();
  const driver = new SlackDriver(web, httpTransport(`http://127.0.0.1:${port}/slack/events`, signingSecret));
  return {
    web,
    adapter,
    driver,
    async close() {
      await http.close();
      await web.stop();
    },
  };
}
