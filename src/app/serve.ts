import { createChat } from "../adapters/select.js";
import type { Config } from "../config/schema.js";
import { createFeedParser } from "../connectors/feed/parse-pool.js";
import { createSources } from "../connectors/index.js";
import { errorMessage, newErrorRef } from "../core/errors.js";
import type { Logger } from "../core/log.js";
import type { Metrics } from "../core/metrics.js";
import { PACKAGE_VERSION } from "../core/package-version.js";
import { HttpServer } from "../http/server.js";
import { createIngestHandler } from "../ingest/ingest-route.js";
import { registerPolling } from "../ingest/poller.js";
import { type Bot, buildBot, resumeOutboxSoon } from "./bot.js";
import { seedDemo } from "./demo/index.js";
import { presentSources } from "./demo/present.js";

/** The running bot of `orm-bot start`: its services, where HTTP listens, and how to stop it all. */
export interface ServedBot {
  readonly bot: Bot;
  /** The HTTP port (null when `PORT` is unset). */
  readonly port: number | null;
  /**
   * Stops gracefully: HTTP takes no new request (503) and lets those in flight finish, jobs stop being taken
   * and the running ones finish — all within `runtime.shutdownGraceMs` — then the chat and the store close.
   */
  stop(): Promise<void>;
}

/**
 * Everything `orm-bot start` runs, wired in one place: the chat from the config (Slack, Discord or the
 * terminal), the services with their schedules, HTTP (`/healthz`, `/metrics`, `/ingest`, the chat's
 * routes) when `PORT` is set, and a poll schedule per source. The terminal demo (`config.demo`) first seeds
 * its history and brings its sample feeds to the present. `onEnd` is called when the terminal's input ends.
 */
export async function serveBot(config: Config, log: Logger, onEnd?: () => void): Promise<ServedBot> {
  const { chat, routes } = await createChat(config, { mode: "start", log, ...(onEnd ? { onEnd } : {}) });
  const bot = await buildBot(config, { chat, log });
  const { deps, pipeline } = bot.services;
  boundMetrics(deps.metrics, config);
  const releaseHandlers = keepServingOnRejections(log);
  const openness = bot.services.permissions.describeOpenness();
  if (openness) log.warn(openness);
  if (config.demo === "samples") await seedDemo(deps);
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
          log,
        }),
      },
    });
    log.info("http listening", { port: await http.listen() });
  }
  // Feed documents are parsed off the event loop, each within a time cap: HTTP and chat keep answering.
  const parser = createFeedParser({ timeoutMs: config.fetch.parseTimeoutMs });
  const sources = createSources(config, { parser });
  // Mentions a killed run stored without finishing their effects are completed in the background.
  await resumeOutboxSoon(deps);
  await registerPolling(
    deps,
    pipeline,
    config.demo === "samples" ? await presentSources(sources, deps.clock.now()) : sources,
  );
  return {
    bot,
    port: config.runtime.port ?? null,
    async stop() {
      const deadline = Date.now() + config.runtime.shutdownGraceMs;
      await http?.close(config.runtime.shutdownGraceMs);
      await bot.stop({ graceMs: Math.max(0, deadline - Date.now()) });
      await parser.close();
      releaseHandlers();
    },
  };
}

/**
 * Metrics of a running bot: process metrics, `orm_build_info`, and the `source` label bounded to the
 * configured source ids (anything pushed under another name counts as `push`).
 */
function boundMetrics(metrics: Metrics, config: Config): void {
  metrics.collectProcessMetrics();
  metrics.setBuildInfo(PACKAGE_VERSION, process.version);
  metrics.boundLabel(
    "source",
    config.sources.map((s) => s.id),
    "push",
  );
}

/**
 * A promise rejected where nobody listens (a library's background call) is logged with a reference and
 * the bot goes on serving, instead of Node 20 ending the process. Returns a function that removes the handler.
 */
function keepServingOnRejections(log: Logger): () => void {
  const onRejection = (reason: unknown) => {
    log.error("unexpected rejection, still serving", { ref: newErrorRef(), error: errorMessage(reason) });
  };
  process.on("unhandledRejection", onRejection);
  return () => process.off("unhandledRejection", onRejection);
}
