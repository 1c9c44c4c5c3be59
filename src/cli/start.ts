import { fstatSync } from "node:fs";
import { serveBot } from "../app/serve.js";
import { hasChatTokens, PUSH_ONLY_NOTICE } from "../config/load.js";
import type { Config } from "../config/schema.js";
import { createLogger } from "../core/log.js";
import { say } from "./io.js";

/** Why `start` stopped when its standard input closed with nothing else to serve. */
export const STDIN_CLOSED =
  "standard input closed and nothing else to serve (no Slack or Discord tokens, no PORT): run it in a terminal for the terminal chat, or set PORT or chat tokens to run it as a service";

/** True when standard input is a device that is not a terminal (`</dev/null`): closed before it starts. */
function stdinIsNull(): boolean {
  try {
    return fstatSync(0).isCharacterDevice();
  } catch {
    return true;
  }
}

/**
 * `orm-bot start`: runs the bot until SIGINT/SIGTERM. In the terminal chat, Ctrl-D at a terminal stops it
 * (exit 0); piped input that ends keeps it running when there is something else to serve (Slack, Discord or
 * HTTP on PORT), else it stops with a one-line reason and exit 1.
 */
export async function startVerb(config: Config): Promise<number> {
  const log = createLogger(config.runtime.logLevel);
  let end: (why: string) => void = () => {};
  const ended = new Promise<string>((r) => {
    end = r;
  });
  const interactive = Boolean(process.stdin.isTTY);
  const serving = config.runtime.port !== undefined || hasChatTokens(config.runtime);
  const onEnd = () => {
    if (interactive) end("end of input");
    else if (!serving) end("stdin closed");
    else log.info("standard input closed; still serving");
  };
  if (!interactive && !serving && stdinIsNull()) {
    say(`orm-bot: ${STDIN_CLOSED}`);
    return 1;
  }
  if (config.demo === "push-only") say(`orm-bot: ${PUSH_ONLY_NOTICE}`);
  const served = await serveBot(config, log, onEnd);
  const store = served.bot.services.deps.store;
  say(
    `orm-bot: running (${store.kind} store, ${config.sources.length} source(s), config ${config.configPath})`,
  );
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.once(sig, () => end(sig));
  // Held open until one of the ends above: a bot polling only on timers must not exit on an empty loop.
  const keepAlive = setInterval(() => {}, 3_600_000);
  const why = await ended;
  clearInterval(keepAlive);
  log.info("shutting down", { why });
  await served.stop();
  if (why !== "stdin closed") return 0;
  say(`orm-bot: ${STDIN_CLOSED}`);
  return 1;
}
