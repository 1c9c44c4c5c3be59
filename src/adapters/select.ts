import type { Readable, Writable } from "node:stream";
import type { Config } from "../config/schema.js";
import type { Logger } from "../core/log.js";
import type { HttpHandler } from "../http/server.js";
import type { ChatAdapter } from "../ports/chat.js";

export interface CreateChatOptions {
  /** `start` falls back to the terminal chat; `cli` (one-shot verbs) to no chat. */
  mode: "start" | "cli";
  log: Logger;
  stdin?: Readable;
  stdout?: Writable;
  tty?: boolean;
  /** Called when the terminal's input ends (Ctrl-D). */
  onEnd?: () => void;
}

/** The chat adapter and the HTTP routes it serves. */
export interface ChatSelection {
  chat: ChatAdapter | null;
  routes: Record<string, HttpHandler>;
}

/**
 * Picks the chat from the config: Slack when its bot token is set (Socket Mode with SLACK_APP_TOKEN,
 * else HTTP with a `POST /slack/events` route), else Discord with DISCORD_TOKEN, else the terminal in
 * `start` and nothing in `cli`. SDKs are loaded only when used.
 */
export async function createChat(config: Config, options: CreateChatOptions): Promise<ChatSelection> {
  const { slack, discord } = config.runtime;
  if (slack.botToken && (slack.appToken || slack.signingSecret)) {
    const { createSlackAdapter } = await import("./slack/index.js");
    const chat = createSlackAdapter({
      botToken: slack.botToken,
      ...(slack.signingSecret ? { signingSecret: slack.signingSecret } : {}),
      ...(slack.appToken ? { appToken: slack.appToken } : {}),
      ...(slack.apiUrl ? { apiUrl: slack.apiUrl } : {}),
      log: options.log,
    });
    return { chat, routes: chat.routes() };
  }
  if (slack.botToken)
    options.log.warn("SLACK_BOT_TOKEN is set without SLACK_SIGNING_SECRET or SLACK_APP_TOKEN");
  if (discord.token) {
    const { createDiscordAdapter } = await import("./discord/index.js");
    const chat = createDiscordAdapter({
      token: discord.token,
      ...(discord.applicationId ? { applicationId: discord.applicationId } : {}),
      ...(discord.guildId ? { guildId: discord.guildId } : {}),
      ...(discord.apiUrl ? { apiUrl: discord.apiUrl } : {}),
      ...(config.runtime.alertChannel ? { roomParentChannel: config.runtime.alertChannel } : {}),
      log: options.log,
    });
    return { chat, routes: {} };
  }
  if (options.mode === "cli") return { chat: null, routes: {} };
  const { createShellAdapter } = await import("./shell/index.js");
  return {
    chat: createShellAdapter({
      input: options.stdin ?? process.stdin,
      output: options.stdout ?? process.stdout,
      tty: options.tty ?? Boolean(process.stdin.isTTY),
      ...(options.onEnd ? { onEnd: options.onEnd } : {}),
      people: peopleOf(config),
    }),
    routes: {},
  };
}

/** Everyone the config names: team leads and members, crisis role chains (the terminal's directory). */
export function peopleOf(config: Config): string[] {
  const teams = Object.values(config.teams).flatMap((t) => [...(t.lead ? [t.lead] : []), ...t.members]);
  const roles = Object.values(config.crisis.roles).flatMap((r) => r.chain);
  return [...new Set([...teams, ...roles])];
}
