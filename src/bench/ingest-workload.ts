import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAnalyzer } from "../analysis/index.js";
import { wireServices } from "../app/bot.js";
import { createBullmqJobs } from "../backends/bullmq/index.js";
import { createInProcessJobs } from "../backends/memory/jobs.js";
import { EmbeddedStore } from "../backends/memory/store.js";
import { createRedisStore } from "../backends/redis/index.js";
import { loadConfig } from "../config/load.js";
import { EventBus } from "../core/events.js";
import { silentLogger } from "../core/log.js";
import type { Mention } from "../core/mention.js";
import { Metrics } from "../core/metrics.js";
import type { Pipeline } from "../mentions/pipeline.js";
import { systemClock } from "../ports/clock.js";
import type { AppDeps } from "../ports/deps.js";

const NEGATIVE = [
  "my order {n} arrived two weeks late and support never answered",
  "el pedido {n} llegó roto y nadie responde, muy mal servicio",
  "заказ {n} пришёл с опозданием, поддержка не отвечает",
];
const OTHER = [
  "just tried the new plan {n}, works fine so far and the app is quick",
  "la tienda nueva {n} del centro abre el sábado con descuentos",
  "the store {n} downtown opened today, nice music and friendly staff",
  "сегодня открылся новый магазин {n} в центре города",
];

/** Mention `i` of the benchmark workload: ~10% complaints, three languages, 300 authors, 5% repeats. */
export function benchMention(i: number): Mention {
  const n = i % 20 === 19 ? i - 1 : i; // every 20th repeats its predecessor: dedupe has work
  const pool = n % 10 === 0 ? NEGATIVE : OTHER;
  return {
    id: `bench-${n}`,
    source: ["reddit", "news", "forum", "reviews"][n % 4]!,
    url: `https://example.com/post/${n}`,
    title: null,
    text: pool[n % pool.length]!.replace("{n}", String(n)),
    author: `user${n % 300}`,
    publishedAt: new Date(Date.UTC(2026, 10, 1) + n * 1_000).toISOString(),
    reach: (n * 37) % 5_000,
    rating: null,
  };
}

/** A pipeline as the bot builds it, without chat: the real analyzer, alert service, and the given backend. */
export interface BenchPipeline {
  pipeline: Pipeline;
  deps: AppDeps;
  close(): Promise<void>;
}

/** The pipeline on the embedded store (journal in a temp dir) or, with `redis`, on Redis + BullMQ. */
export async function buildBenchPipeline(redis?: { url: string; prefix: string }): Promise<BenchPipeline> {
  const cwd = mkdtempSync(join(tmpdir(), "orm-bench-"));
  const config = loadConfig({ env: {}, cwd });
  const store = redis
    ? await createRedisStore({ url: redis.url, keyPrefix: redis.prefix })
    : new EmbeddedStore({ dataDir: join(cwd, "data") });
  const jobs = redis
    ? createBullmqJobs({ url: redis.url, prefix: redis.prefix, log: silentLogger })
    : createInProcessJobs({ store, log: silentLogger });
  const analyzer = createAnalyzer({
    languages: config.brand.languages,
    analysis: config.analysis,
    brand: config.brand,
  });
  const deps: AppDeps = {
    config,
    store,
    jobs,
    clock: systemClock,
    log: silentLogger,
    metrics: new Metrics(),
    analyzer,
    events: new EventBus(),
    chat: null,
  };
  const { services } = await wireServices(deps, { schedules: false });
  return {
    pipeline: services.pipeline,
    deps,
    close: async () => {
      await jobs.close();
      await store.close();
      rmSync(cwd, { recursive: true, force: true });
    },
  };
}

/** Ingests mentions [from, to) in batches of `batch`; returns the elapsed ms. */
export async function ingestRange(p: Pipeline, from: number, to: number, batch = 500): Promise<number> {
  const t0 = performance.now();
  for (let i = from; i < to; i += batch) {
    const ms: Mention[] = [];
    for (let j = i; j < Math.min(to, i + batch); j++) ms.push(benchMention(j));
    await p.ingest(ms);
  }
  return performance.now() - t0;
}
