import { createDiscordAdapter } from "../../src/adapters/discord/index.js";
import { createShellAdapter } from "../../src/adapters/shell/index.js";
import { createSlackAdapter } from "../../src/adapters/slack/index.js";
import { silentLogger } from "../../src/core/log.js";
import { CONTRACT_COMMANDS } from "../helpers/chat-driver.js";
import { DiscordDriver } from "../helpers/discord-driver.js";
import { startDiscordGatewayStandin } from "../helpers/discord-gateway-standin.js";
import { APPLICATION_ID, GUILD_ID } from "../helpers/discord-payloads.js";
import { startDiscordStandin } from "../helpers/discord-standin.js";
import { ShellDriver } from "../helpers/shell-driver.js";
import { SlackDriver, socketTransport } from "../helpers/slack-driver.js";
import { startSlackOverHttp } from "../helpers/slack-http-rig.js";
import { startSlackSocketStandin } from "../helpers/slack-socket-standin.js";
import { startSlackStandin } from "../helpers/slack-standin.js";
import { describeChatContract } from "./chat.contract.js";

const SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

describeChatContract("Slack over HTTP (signed requests into Bolt's receiver)", () =>
  startSlackOverHttp("xoxb-contract", SIGNING_SECRET),
);

describeChatContract("Slack in Socket Mode (WebSocket stand-in)", async () => {
  const web = await startSlackStandin();
  const socket = await startSlackSocketStandin(web);
  const adapter = createSlackAdapter({
    botToken: "xoxb-contract",
    appToken: "xapp-contract",
    apiUrl: `${web.url}/api/`,
    log: silentLogger,
    minPostIntervalMs: 1,
  });
  return {
    adapter,
    driver: new SlackDriver(web, socketTransport(socket)),
    async close() {
      await socket.stop();
      await web.stop();
    },
  };
});

describeChatContract("Discord (REST stand-in, interactions over the gateway stand-in)", async () => {
  const token = "discord-contract-token";
  const rest = await startDiscordStandin();
  const gateway = await startDiscordGatewayStandin(rest, token);
  const driver = new DiscordDriver(rest, gateway);
  const adapter = createDiscordAdapter({
    token,
    applicationId: APPLICATION_ID,
    guildId: GUILD_ID,
    apiUrl: rest.url,
    log: silentLogger,
    commands: CONTRACT_COMMANDS,
    roomParentChannel: driver.channel,
  });
  return {
    adapter,
    driver,
    async close() {
      await gateway.stop();
      await rest.stop();
    },
  };
});

describeChatContract("terminal (real streams)", async () => {
  const driver = new ShellDriver();
  const adapter = createShellAdapter({
    input: driver.input,
    output: driver.output,
    tty: false,
    user: { id: driver.people[0], name: "Ana", groups: [] },
    channel: driver.channel,
  });
  return { adapter, driver, close: async () => {} };
});
