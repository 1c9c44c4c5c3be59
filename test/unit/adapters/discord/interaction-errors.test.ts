import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDiscordAdapter, type DiscordAdapter } from "../../../../src/adapters/discord/index.js";
import type { Logger } from "../../../../src/core/log.js";
import type { ChatInbound } from "../../../../src/ports/chat.js";
import { type DiscordStandin, interaction, startDiscordStandin } from "../../../helpers/discord-standin.js";

let standin: DiscordStandin;
let chat: DiscordAdapter;
const warnings: string[] = [];
const log: Logger = {
  debug: () => {},
  info: () => {},
  warn: (msg, f) => warnings.push(`${msg} ${JSON.stringify(f)}`),
  error: (msg, f) => warnings.push(`${msg} ${JSON.stringify(f)}`),
  child: () => log,
};
let handled = 0;
const inbound = {
  commands: () => [],
  onCommand: async () => {
    handled++;
  },
  onAction: async () => {
    handled++;
  },
} as unknown as ChatInbound;

beforeEach(async () => {
  standin = await startDiscordStandin();
  chat = createDiscordAdapter({ token: "dt", apiUrl: standin.url, log, gateway: false });
  await chat.start(inbound);
  warnings.length = 0;
  handled = 0;
});
afterEach(async () => {
  await chat.stop();
  await standin.stop();
});

describe("Discord interaction errors", () => {
  it("logs an interaction that can no longer be acknowledged (10062) and goes on, without a rejection", async () => {
    const raw = {
      ...interaction({ kind: "command", userId: "555555555555555555", channel: "1", sub: "help" }),
    };
    raw.token = `expired-${raw.token}`;
    const rejections: unknown[] = [];
    const onRejection = (r: unknown) => rejections.push(r);
    process.on("unhandledRejection", onRejection);
    await expect(chat.handleInteraction(raw)).resolves.toBeUndefined();
    await new Promise((r) => setTimeout(r, 50));
    process.off("unhandledRejection", onRejection);
    expect(rejections).toEqual([]);
    expect(handled).toBe(0);
    expect(warnings.join("\n")).toMatch(/could not be acknowledged.*10062/);
  });

  it("still handles the next interaction", async () => {
    await chat.handleInteraction(
      interaction({ kind: "command", userId: "555555555555555555", channel: "1", sub: "help" }),
    );
    expect(handled).toBe(1);
  });
});
