import { createChat } from "../adapters/select.js";
import { buildBot } from "../app/bot.js";
import type { Config } from "../config/schema.js";
import { createSources } from "../connectors/index.js";
import { createLogger } from "../core/log.js";
import { HttpServer } from "../http/server.js";
import { createIngestHandler } from "../ingest/ingest-route.js";
import { registerPolling } from "../ingest/poller.js";
import { say } from "./io.js";

/** `orm-bot start`: runs the bot until SIGINT/SIGTERM (or Ctrl-D in the terminal chat). */
export async function startVerb(config: Config): Promise<number> {
  const log = createLogger(config.runtime.logLevel);
  let end: (why: string) => void = () => {};
  const ended = new Promise<string>((r) => {
    end = r;
  });
  const interactive = Boolean(process.stdin.isTTY);
  // Piped or closed stdin (a container, a service) must not stop the bot; Ctrl-D in a terminal does.
  const { chat, routes } = await createChat(config, {
    mode: "start",
    log,
    ...(interactive ? { onEnd: () => end("end of input") } : {}),
  });
  const bot = await buildBot(config, { chat, log });
  const { deps, pipeline } = bot.services;
  await bot.start();
  let http: HttpServer | null = null;
  if (config.runtime.port !== undefined) {
    http = new HttpServer({
      port: config.runtime.port,
      log,
      metrics: deps.metrics,
      checks: [
        { name: "store", healthy: () => deps.store.healthy() },
        { name: "jobs", healthy: () => deps.jobs.healthy() },
        ...(chat ? [{ name: "chat", healthy: () => chat.healthy() }] : []),
      ],
      routes: {
        ...routes,
        "POST /ingest": createIngestHandler({
          pipeline,
          token: config.runtime.ingestToken,
          maxBytes: 5 * 1024 * 1024,
          metrics: deps.metrics,
        }),
      },
    });
    const port = await http.listen();
    log.info("http listening", { port });
  }
  await registerPolling(deps, pipeline, createSources(config));
  say(
    `orm-bot: running (${deps.store.kind} store, ${config.sources.length} source(s), config ${config.configPath})`,
  );
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.once(sig, () => end(sig));
  const why = await ended;
  log.info("shutting down", { why });
  await http?.close();
  await bot.stop();
  return 0;
}
