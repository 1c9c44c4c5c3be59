import { createAnalyzer } from "../../../src/analysis/index.js";
import { wireServices } from "../../../src/app/bot.js";
import { InProcessJobs } from "../../../src/backends/memory/jobs.js";
import { EmbeddedStore } from "../../../src/backends/memory/store.js";
import { type Config, FileConfigSchema } from "../../../src/config/schema.js";
import { RuntimeConfigSchema } from "../../../src/config/sections/runtime.js";
import { EventBus } from "../../../src/core/events.js";
import { silentLogger } from "../../../src/core/log.js";
import { Metrics } from "../../../src/core/metrics.js";
import type { ChatAdapter } from "../../../src/ports/chat.js";
import { ManualClock } from "../../../src/ports/clock.js";
import type { AppDeps } from "../../../src/ports/deps.js";

/** A config for Acme Telecom with the given file settings merged in. */
export function acmeConfig(file: Record<string, unknown> = {}): Config {
  const parsed = FileConfigSchema.parse({
    brand: { name: "Acme Telecom", aliases: ["Acme", "@acmetelecom"], exclude: ["Acme Corp cartoon"] },
    ...file,
  });
  const runtime = RuntimeConfigSchema.parse({ slack: {}, discord: {} });
  return { ...parsed, runtime: { ...runtime, dataDir: "" }, configPath: null, baseDir: process.cwd() };
}

/** Real embedded store (memory only), real in-process jobs, real analyser and a manual clock; nothing wired. */
export function bareDeps(config: Config, clock: ManualClock, chat: ChatAdapter | null = null) {
  const store = new EmbeddedStore({ dataDir: null, clock });
  const jobs = new InProcessJobs({ store, clock, log: silentLogger });
  const analyzer = createAnalyzer({ languages: config.brand.languages, analysis: config.analysis });
  const deps: AppDeps = {
    config,
    store,
    jobs,
    clock,
    log: silentLogger,
    metrics: new Metrics(),
    analyzer,
    events: new EventBus(),
    chat,
  };
  return { deps, store, jobs };
}

/** Real embedded store (memory only), real in-process jobs, real analyser, a manual clock, wired services. */
export async function buildDeps(
  options: { config?: Config; chat?: ChatAdapter | null; nowMs?: number } = {},
) {
  const clock = new ManualClock(options.nowMs ?? Date.parse("2026-11-22T12:00:00Z"));
  const config = options.config ?? acmeConfig();
  const { deps, store, jobs } = bareDeps(config, clock, options.chat ?? null);
  const { services } = await wireServices(deps, { schedules: false });
  return { deps, clock, store, jobs, pipeline: services.pipeline };
}
