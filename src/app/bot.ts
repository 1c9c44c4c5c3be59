import { createAnalyzer } from "../analysis/index.js";
import { createBackend } from "../backends/select.js";
import { AlertService } from "../cases/alerts.js";
import { MuteService } from "../cases/mutes.js";
import { CaseService } from "../cases/service.js";
import { specOf } from "../chatops/command.js";
import { loadCommands } from "../chatops/command-loader.js";
import { Dispatcher } from "../chatops/dispatcher.js";
import { Permissions } from "../chatops/permissions.js";
import type { Services } from "../chatops/services.js";
import type { Config } from "../config/schema.js";
import { armCrashPoint } from "../core/crash-points.js";
import { EventBus } from "../core/events.js";
import { createLogger, type Logger } from "../core/log.js";
import { Metrics } from "../core/metrics.js";
import { COMMANDS_DIR } from "../core/paths.js";
import { CrisisService, loadPlaybooks, playbooksDirOf } from "../crisis/index.js";
import { createPager } from "../crisis/paging/index.js";
import { registerKpi } from "../kpi/register.js";
import { ReportService } from "../kpi/reports.js";
import { AuthorService } from "../mentions/authors.js";
import { CorrectionService } from "../mentions/corrections.js";
import { Pipeline } from "../mentions/pipeline.js";
import { registerRetention } from "../mentions/retention.js";
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
  /** Registers the recurring schedules (digests, surge check); one-shot verbs say false. Default true. */
  schedules?: boolean;
}

/** Everything the composition root built: what commands get, plus the pipeline and the ports. */
export interface AppServices extends Services {
  readonly deps: AppDeps;
  readonly pipeline: Pipeline;
}

/** A wired bot: its services, and start/stop in the right order. */
export interface Bot {
  readonly services: AppServices;
  readonly dispatcher: Dispatcher;
  /** Starts jobs and the chat; does not poll feeds (see `serveBot`). */
  start(): Promise<void>;
  /**
   * Stops: commands and clicks first (new ones are told the bot is restarting, running ones finish), then
   * jobs (no new ones; running ones finish and may still post) — both within `graceMs`, default as long as
   * they take — then the chat, then the store.
   */
  stop(options?: { graceMs?: number }): Promise<void>;
}

/**
 * Builds the services on ready ports and wires them: the order of the `mentions.stored` subscribers is
 * the order below (cases route and alert, crises attach, KPI counters count). With `schedules`, the
 * digests and the surge check are scheduled too.
 */
export async function wireServices(
  deps: AppDeps,
  options: { schedules: boolean },
): Promise<{ services: AppServices; dispatcher: Dispatcher }> {
  const { config, store, clock, log } = deps;
  const cases = new CaseService(deps);
  const mutes = new MuteService(store.docs, clock);
  const alerts = new AlertService(deps, cases, mutes);
  alerts.register();
  const playbooks = await loadPlaybooks(playbooksDirOf(config));
  const crisis = new CrisisService(deps, playbooks, createPager(config.crisis.paging));
  await crisis.register(options);
  await registerKpi(deps, options);
  await registerRetention(deps, options);
  const defs = await loadCommands(COMMANDS_DIR);
  const pipeline = new Pipeline(deps);
  await registerOutboxResume(deps, pipeline, options);
  const services: AppServices = {
    deps,
    pipeline,
    cases,
    alerts,
    mutes,
    authors: new AuthorService(store.authors, clock),
    corrections: new CorrectionService(
      store.mentions,
      clock,
      config.analysis.topics.map((t) => t.id),
    ),
    crisis,
    reports: new ReportService(deps),
    permissions: new Permissions(config.permissions, config.teams),
    chat: deps.chat,
    config,
    clock,
    commands: [...defs.values()].map(specOf).sort((a, b) => a.name.localeCompare(b.name)),
  };
  return { services, dispatcher: new Dispatcher(services, defs, { marks: store.marks, log }) };
}

export const OUTBOX_QUEUE = "outbox.resume";
const OUTBOX_SCHEDULE = "outbox:resume";
/** Entries younger than this are left to the run that wrote them; older ones any replica completes. */
const OUTBOX_STALE_MS = 60_000;

/** A round of outbox completion: entries written at or before `before` (default: a minute ago). */
interface OutboxJob {
  before?: number;
}

/** Queues the completion of every outbox entry written before now: what a long-running bot does at start. */
export async function resumeOutboxSoon(deps: AppDeps): Promise<void> {
  await deps.jobs.enqueue<OutboxJob>(OUTBOX_QUEUE, { before: deps.clock.now() });
}

/**
 * Every minute (with `schedules`), completes the outbox entries a crashed run or replica left behind: the
 * effects of mentions stored more than a minute ago and never confirmed done.
 */
async function registerOutboxResume(
  deps: AppDeps,
  pipeline: Pipeline,
  options: { schedules: boolean },
): Promise<void> {
  const { jobs, clock, log } = deps;
  jobs.register<OutboxJob>(OUTBOX_QUEUE, async (job) => {
    const n = await pipeline.resume({ olderThanMs: job.before ?? clock.now() - OUTBOX_STALE_MS });
    if (n) log.info("outbox: completed the effects of mentions a stopped run left", { mentions: n });
  });
  if (options.schedules) await jobs.schedule(OUTBOX_SCHEDULE, { everyMs: OUTBOX_STALE_MS }, OUTBOX_QUEUE, {});
}

/** The composition root: config → backend and analyser → services → start/stop in order. */
export async function buildBot(config: Config, options: BotOptions): Promise<Bot> {
  const clock = options.clock ?? systemClock;
  const log = options.log ?? createLogger(config.runtime.logLevel);
  armCrashPoint(config.runtime.crashAt);
  const metrics = new Metrics();
  const backendOptions = options.dataDir === undefined ? {} : { dataDir: options.dataDir };
  const { store, jobs } = await createBackend(config, log, clock, backendOptions);
  const analyzer = createAnalyzer({
    languages: config.brand.languages,
    analysis: config.analysis,
    sources: config.sources.map(({ id, weight }) => ({ id, weight })),
    brand: config.brand,
    brandDomains: config.brand.domains,
  });
  const chat = options.chat;
  const events = new EventBus();
  const deps: AppDeps = { config, store, jobs, clock, log, metrics, analyzer, events, chat };
  const { services, dispatcher } = await wireServices(deps, { schedules: options.schedules ?? true });
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
      await chat?.start(dispatcher);
    },
    async stop(stopOptions: { graceMs?: number } = {}) {
      if (stopped) return;
      stopped = true;
      const { graceMs } = stopOptions;
      const deadline = Date.now() + (graceMs ?? 0);
      // Commands in flight finish first (they may queue jobs), then the jobs; the store closes under neither.
      await dispatcher.quiesce(graceMs);
      await jobs.close(graceMs === undefined ? {} : { graceMs: Math.max(0, deadline - Date.now()) });
      await chat?.stop();
      await store.close();
    },
  };
}
