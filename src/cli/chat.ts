import type { Config } from "../config/schema.js";
import type { Logger } from "../core/log.js";
import type { HttpHandler } from "../http/server.js";
import type { ChatAdapter } from "../ports/chat.js";
import { createShellAdapter } from "../adapters/shell/index.js";

/** The chat for a CLI run: in `start` the terminal when no platform is configured; in other verbs none. */
export async function openChat(
  config: Config,
  mode: "start" | "cli",
  log: Logger,
  onEnd?: () => void,
): Promise<{ chat: ChatAdapter | null; routes: Record<string, HttpHandler> }> {
  void config;
  void log;
  if (mode === "cli") return { chat: null, routes: {} };
  return {
    chat: createShellAdapter({ input: process.stdin, output: process.stdout, tty: Boolean(process.stdin.isTTY), ...(onEnd ? { onEnd } : {}) }),
    routes: {},
  };
}
