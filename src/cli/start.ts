import { serveBot } from "../app/serve.js";
import type { Config } from "../config/schema.js";
import { createLogger } from "../core/log.js";
import { say } from "./io.js";

/** `orm-bot start`: runs the bot until SIGINT/SIGTERM (or Ctrl-D in the terminal chat). */
export async function startVerb(config: Config): Promise<number> {
  const log = createLogger(config.runtime.logLevel);
  let end: (why: string) => void = () => {};
  const ended = new Promise<string>((r) => {
    end = r;
  });
  // Piped or closed stdin (a container, a service) must not stop the bot; Ctrl-D in a terminal does.
  const interactive = Boolean(process.stdin.isTTY);
  const served = await serveBot(config, log, interactive ? () => end("end of input") : undefined);
  const store = served.bot.services.deps.store;
  say(
    `orm-bot: running (${store.kind} store, ${config.sources.length} source(s), config ${config.configPath})`,
  );
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.once(sig, () => end(sig));
  const why = await ended;
  log.info("shutting down", { why });
  await served.stop();
  return 0;
}
