import { createAnalyzer } from "../../../src/analysis/index.js";
import { InProcessJobs } from "../../../src/backends/memory/jobs.js";
import { EmbeddedStore } from "../../../src/backends/memory/store.js";
import { type Config, FileConfigSchema } from "../../../src/config/schema.js";
import { RuntimeConfigSchema } from "../../../src/config/sections/runtime.js";
import type { Case } from "../../../src/core/case.js";
import { EventBus } from "../../../src/core/events.js";
import { silentLogger } from "../../../src/core/log.js";
import { Metrics } from "../../../src/core/metrics.js";
import type { StoredMention } from "../../../src/core/stored-mention.js";
import { incrementOptions, mentionIncrements } from "../../../src/kpi/counters.js";
import type { ChatAdapter } from "../../../src/ports/chat.js";
import { ManualClock } from "../../../src/ports/clock.js";
import type { AppDeps } from "../../../src/ports/deps.js";
import type { Store } from "../../../src/ports/store.js";

/** A config for KPI tests: brand Acme in `timezone`, plus whatever the test sets. */
export function kpiConfig(file: Record<string, unknown> = {}, brand: Record<string, unknown> = {}): Config {
  const parsed = FileConfigSchema.parse({
    brand: { name: "Acme", timezone: "Europe/Madrid", ...brand },
    ...file,
  });
  return {
    ...parsed,
    runtime: RuntimeConfigSchema.parse({ slack: {}, discord: {} }),
    configPath: null,
    baseDir: process.cwd(),
  };
}

/** App deps on an in-memory embedded store with a manual clock. */
export function kpiDeps(
  nowMs: number,
  config: Config = kpiConfig(),
  options: { store?: Store; chat?: ChatAdapter | null } = {},
): AppDeps & { clock: ManualClock; jobs: InProcessJobs } {
  const clock = new ManualClock(nowMs);
  const store = options.store ?? new EmbeddedStore({ dataDir: null, clock });
  const jobs = new InProcessJobs({ store, clock, log: silentLogger, retryBaseMs: 1 });
  const analyzer = createAnalyzer({ languages: config.brand.languages, analysis: config.analysis });
  return {
    config,
    store,
    jobs,
    clock,
    log: silentLogger,
    metrics: new Metrics(),
    analyzer,
    events: new EventBus(),
    chat: options.chat ?? null,
  };
}

let seq = 0;

/** A stored mention at ISO time `at` with the analysis given (defaults: neutral English, no topics). */
export function mention(
  at: string,
  o: {
    id?: string;
    source?: string;
    sentiment?: "negative" | "neutral" | "positive";
    lang?: string;
    topics?: string[];
    insult?: boolean;
    rating?: number | null;
    author?: string | null;
    text?: string;
    reach?: number | null;
  } = {},
): StoredMention {
  const id = o.id ?? `m${++seq}`;
  const source = o.source ?? "google-alerts";
  const ms = Date.parse(at);
  const author = o.author ?? null;
  return {
    id,
    source,
    url: `https://example.com/${id}`,
    title: null,
    text: o.text ?? `mention ${id}`,
    author,
    publishedAt: new Date(ms).toISOString(),
    reach: o.reach ?? null,
    rating: o.rating ?? null,
    seenAt: ms,
    at: ms,
    analysis: {
      lang: o.lang ?? "en",
      sentiment: { label: o.sentiment ?? "neutral", score: 0 },
      topics: o.topics ?? [],
      insult: o.insult ?? false,
      pii: [],
      piiSpans: [],
      reachScore: 0,
      priority: 0,
    },
    authorKey: author ? `${source}:${author.toLowerCase()}` : null,
    dedupeKeys: [`id:${id}`],
    caseId: null,
  };
}

/** Stores mentions the way the pipeline does: insert, count, record authors. */
export async function put(deps: AppDeps, mentions: StoredMention[]): Promise<void> {
  await deps.store.mentions.insertMany(mentions);
  const options = incrementOptions(deps.config.brand);
  await deps.store.counters.increment(mentions.flatMap((m) => mentionIncrements(m, options)));
  await deps.store.authors.recordMany(
    mentions.flatMap((m) =>
      m.authorKey
        ? [{ key: m.authorKey, name: m.author!, sentiment: m.analysis.sentiment.label, at: m.at }]
        : [],
    ),
  );
}

/** Creates a case opened at ISO `openedAt`, with times given in seconds after opening. */
export async function openCase(
  deps: AppDeps,
  m: StoredMention,
  openedAt: string,
  o: Partial<Pick<Case, "status" | "outcome" | "slaBreaches">> & {
    firstResponseS?: number;
    resolvedS?: number;
  } = {},
): Promise<Case> {
  const opened = Date.parse(openedAt);
  return deps.store.cases.create({
    mentionId: m.id,
    status: o.status ?? (o.resolvedS !== undefined ? "resolved" : "new"),
    channel: "C1",
    team: null,
    owner: null,
    openedAt: opened,
    claimedAt: null,
    firstResponseAt: o.firstResponseS === undefined ? null : opened + o.firstResponseS * 1000,
    resolvedAt: o.resolvedS === undefined ? null : opened + o.resolvedS * 1000,
    outcome: o.outcome ?? null,
    slaBreaches: o.slaBreaches ?? 0,
    openingSentiment: m.analysis.sentiment.label,
    history: [],
    version: 0,
  });
}
