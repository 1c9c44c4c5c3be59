import { createAnalyzer } from "../analysis/index.js";
import { createBackend } from "../backends/select.js";
import { AlertService } from "../cases/alerts.js";
import { CaseService } from "../cases/service.js";
import { loadCommands } from "../chatops/command-loader.js";
import { Dispatcher } from "../chatops/dispatcher.js";
import type { Services } from "../chatops/services.js";
import type { Config } from "../config/schema.js";
import { createLogger, type Logger } from "../core/log.js";
import { Metrics } from "../core/metrics.js";
import { COMMANDS_DIR } from "../core/paths.js";
import { loadPlaybooks, playbooksDirOf, registerCrisis } from "../crisis/index.js";
import { registerDigests } from "../kpi/index.js";
import { Pipeline } from "../mentions/pipeline.js";
import type { ChatAdapter } from "../ports/chat.js";
import { type Clock, systemClock } from "../ports/clock.js";
import type { AppDeps } from "../ports/deps.js";

export interface BotOptions {
  /** The chat to talk in (null: alerts are only recorded). */
  chat: ChatAdapter | null;
  clock?: Clock;
  log?: Logger;
  /** Overrides the data dir (null: memory only). */
  dataDir?: string | null;
}

/** A wired bot: its services, and start/stop in the right order. */
export interface Bot {
  readonly services: Services;
  readonly dispatcher: Dispatcher;
  /** Starts jobs and the chat; does not poll feeds (see startPolling). */
  start(): Promise<void>;
  /** Stops in reverse order: chat, jobs, store. */
  stop(): Promise<void>;
}

/** The composition root: config → backend → services → commands. */
export async function buildBot(config: Config, options: BotOptions): Promise<Bot> {
  const clock = options.clock ?? systemClock;
  const log = options.log ?? createLogger(config.runtime.logLevel);
  const metrics = new Metrics();
  const { store, jobs } = await createBackend(
    config,
    log,
    clock,
    options.dataDir === undefined ? {} : { dataDir: options.dataDir },
  );
  const analyzer = createAnalyzer({
    languages: config.brand.languages,
    analysis: config.analysis,
    sources: config.sources.map(({ id, weight }) => ({ id, weight })),
  });
  const deps: AppDeps = { config, store, jobs, clock, log, metrics, analyzer, chat: options.chat };
  const alerts = new AlertService(deps);
  alerts.register();
  const services: Services = {
    deps,
    pipeline: new Pipeline(deps, alerts),
    alerts,
    cases: new CaseService(deps),
    commands: await loadCommands(COMMANDS_DIR),
  };
  const crisis = await registerCrisis(services, await loadPlaybooks(playbooksDirOf(config)));
  services.pipeline.onStored((ms) => crisis.onMentions(ms));
  await registerDigests(deps);
  const dispatcher = new Dispatcher(services);
  metrics.addCollector(async () => {
    for (const [queue, n] of Object.entries(await jobs.depths()))
      metrics.set("orm_queue_depth", "Jobs waiting per queue", { queue }, n);
  });
  let stopped = false;
  return {
    services,
    dispatcher,
    async start() {
      await jobs.start();
      await options.chat?.start(dispatcher);
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await options.chat?.stop();
      await jobs.close();
      await store.close();
    },
  };
}
