import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAnalyzer } from "../analysis/index.js";
import { InProcessJobs } from "../backends/memory/jobs.js";
import { EmbeddedStore } from "../backends/memory/store.js";
import { createRedisStore } from "../backends/redis/store.js";
import { FileConfigSchema } from "../config/schema.js";
import { RuntimeConfigSchema } from "../config/sections/runtime.js";
import { EventBus } from "../core/events.js";
import { silentLogger } from "../core/log.js";
import { Metrics } from "../core/metrics.js";
import type { StoredMention } from "../core/stored-mention.js";
import { incrementOptions, mentionIncrements } from "../kpi/counters.js";
import { buildReport } from "../kpi/report.js";
import { ManualClock } from "../ports/clock.js";
import type { AppDeps } from "../ports/deps.js";
import type { CounterIncrement, Store } from "../ports/store.js";
import { type BenchFigure, type BenchSuite, withBaseline } from "./figure.js";

const MONTH_FROM = Date.parse("2026-09-30T22:00:00Z"); // 1 Oct 2026 00:00 in Madrid
const MONTH_TO = Date.parse("2026-10-31T23:00:00Z");
const NOW = Date.parse("2026-11-05T10:00:00Z");
const SOURCES = ["google-alerts", "reddit", "trustpilot", "app-store", "forum-es", "mastodon"];
const TOPICS = ["shipping", "billing", "customer_service", "product_defect", "pricing", "praise"];
const WORDS = [
  "order",
  "late",
  "refund",
  "great",
  "support",
  "app",
  "crash",
  "price",
  "delivery",
  "thanks",
  "phone",
  "plan",
];
const LABELS = ["negative", "neutral", "positive"] as const;

/** A deterministic PRNG so every run stores the same month. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fakeMention(i: number, n: number, rand: () => number): StoredMention {
  const at = MONTH_FROM + Math.floor(((i + rand()) / n) * (MONTH_TO - MONTH_FROM));
  const source = SOURCES[Math.floor(rand() * SOURCES.length)]!;
  const author = rand() < 0.8 ? `user${Math.floor(rand() ** 2 * 20_000)}` : null;
  const id = `b${i}`;
  return {
    id,
    source,
    url: null,
    title: null,
    text: `Acme ${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]} ${WORDS[(i * 13) % WORDS.length]}`,
    author,
    publishedAt: null,
    reach: Math.floor(rand() * 1000),
    rating: source === "trustpilot" || source === "app-store" ? 1 + Math.floor(rand() * 5) : null,
    seenAt: at,
    at,
    analysis: {
      lang: rand() < 0.6 ? "en" : rand() < 0.7 ? "es" : "ru",
      sentiment: { label: LABELS[Math.floor(rand() * 3)]!, score: 0 },
      topics: rand() < 0.6 ? [TOPICS[Math.floor(rand() * TOPICS.length)]!] : [],
      insult: rand() < 0.01,
      pii: [],
      piiSpans: [],
      reachScore: 0,
      priority: 0,
    },
    authorKey: author ? `${source}:${author}` : null,
    dedupeKeys: [`id:${id}`],
    caseId: null,
  };
}

/** Stores `n` mentions of October 2026 in big batches, their counters pre-merged, plus 2,000 cases. */
async function fill(deps: AppDeps, n: number): Promise<void> {
  const rand = rng(42);
  const opts = incrementOptions(deps.config.brand);
  const batch = 50_000;
  for (let start = 0; start < n; start += batch) {
    const ms: StoredMention[] = [];
    for (let i = start; i < Math.min(n, start + batch); i++) ms.push(fakeMention(i, n, rand));
    await deps.store.mentions.insertMany(ms);
    const merged = new Map<string, CounterIncrement>();
    for (const m of ms)
      for (const inc of mentionIncrements(m, opts)) {
        const key = `${inc.series}\u0000${inc.hourMs}\u0000${inc.field}`;
        const cur = merged.get(key);
        if (cur) cur.by += inc.by;
        else merged.set(key, { ...inc });
      }
    await deps.store.counters.increment([...merged.values()]);
    for (let k = 0; k < 40 && k < ms.length; k++) {
      const m = ms[Math.floor(rand() * ms.length)]!;
      const fr = rand() < 0.9 ? m.at + Math.floor(rand() * 7_200_000) : null;
      await deps.store.cases.create({
        mentionId: m.id,
        status: fr ? "resolved" : "new",
        channel: "C1",
        team: null,
        owner: null,
        openedAt: m.at,
        claimedAt: fr,
        firstResponseAt: fr,
        resolvedAt: fr ? fr + Math.floor(rand() * 86_400_000) : null,
        outcome: fr ? "answered" : null,
        slaBreaches: rand() < 0.1 ? 1 : 0,
        openingSentiment: m.analysis.sentiment.label,
        history: [],
        version: 0,
      });
    }
  }
}

/** The report computed the naive way: one pass over every stored mention (what the counters save us from). */
async function naiveMonth(deps: AppDeps): Promise<number> {
  const all = await deps.store.mentions.range(Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY);
  const counts = new Map<string, number>();
  const add = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
  for (const m of all) {
    const inMonth = m.at >= MONTH_FROM && m.at < MONTH_TO;
    const inPrev = m.at >= MONTH_FROM - 30 * 86_400_000 && m.at < MONTH_FROM;
    if (!inMonth && !inPrev) continue;
    const p = inMonth ? "" : "prev:";
    add(`${p}total`);
    add(`${p}sentiment:${m.analysis.sentiment.label}`);
    add(`${p}source:${m.source}`);
    add(`${p}lang:${m.analysis.lang}`);
    for (const t of m.analysis.topics) add(`${p}topic:${t}`);
    if (m.rating !== null) add(`${p}rating:${m.rating}`);
    if (m.authorKey) add(`${p}author:${m.authorKey}`);
    add(`${p}hour:${new Date(m.at).getUTCHours()}`);
  }
  return counts.get("total") ?? 0;
}

async function timeMs(runs: number, f: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await f();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

/** A throw-away redis-server on a free local port (no persistence), or null when none is installed. */
async function startRedis(): Promise<{ url: string; stop: () => void } | null> {
  const port = await new Promise<number>((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const a = srv.address();
      srv.close(() => resolve(typeof a === "object" && a ? a.port : 0));
    });
  });
  const dir = mkdtempSync(join(tmpdir(), "orm-bench-redis-"));
  const args = [
    "--port",
    String(port),
    "--bind",
    "127.0.0.1",
    "--save",
    "",
    "--appendonly",
    "no",
    "--dir",
    dir,
  ];
  const child = spawn("redis-server", args, { stdio: "ignore" });
  const failed = await new Promise<boolean>((resolve) => {
    child.once("error", () => resolve(true));
    setTimeout(() => resolve(false), 300);
  });
  const stop = () => {
    child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  };
  if (failed || child.exitCode !== null) {
    stop();
    return null;
  }
  return { url: `redis://127.0.0.1:${port}`, stop };
}

function benchDeps(store: Store, clock: ManualClock): AppDeps {
  const file = FileConfigSchema.parse({ brand: { name: "Acme", timezone: "Europe/Madrid" } });
  const runtime = RuntimeConfigSchema.parse({ slack: {}, discord: {} });
  const config = { ...file, runtime, configPath: null, baseDir: "." };
  const jobs = new InProcessJobs({ store, clock, log: silentLogger });
  const analyzer = createAnalyzer({
    languages: config.brand.languages,
    analysis: config.analysis,
    brand: config.brand,
  });
  return {
    config,
    store,
    jobs,
    clock,
    log: silentLogger,
    metrics: new Metrics(),
    analyzer,
    events: new EventBus(),
    chat: null,
  };
}

/** Fills the store, checks both ways count every mention, then times the month's report against the full scan. */
async function measure(deps: AppDeps, n: number, backend: string, naiveRuns: number): Promise<BenchFigure> {
  await fill(deps, n);
  const report = await buildReport(deps, "month");
  if (report.mentions.total !== n)
    throw new Error(`report counted ${report.mentions.total} of ${n} mentions`);
  if ((await naiveMonth(deps)) !== n) throw new Error("the naive scan miscounted");
  const reportMs = await timeMs(5, () => buildReport(deps, "month"));
  const naiveMs = await timeMs(naiveRuns, () => naiveMonth(deps));
  return withBaseline(
    `report_month_${n / 1000}k_${backend}`,
    reportMs,
    "ms",
    "naive full scan",
    naiveMs,
    true,
  );
}

/**
 * A month's report over 1,000,000 stored mentions (100,000 with `quick`) against a naive full scan of the
 * same data: on the embedded backend, and on Redis when a `redis-server` binary is installed.
 */
export const reportBench: BenchSuite = async ({ quick }) => {
  const n = quick ? 100_000 : 1_000_000;
  const clock = new ManualClock(NOW);
  const figures: BenchFigure[] = [];
  const embedded = new EmbeddedStore({ dataDir: null, clock });
  try {
    figures.push(await measure(benchDeps(embedded, clock), n, "embedded", 3));
  } finally {
    await embedded.close();
  }
  const redis = await startRedis();
  if (!redis) return figures;
  try {
    const store = await createRedisStore({ url: redis.url, keyPrefix: "orm-bench", clock });
    try {
      figures.push(await measure(benchDeps(store, clock), n, "redis", 1));
    } finally {
      await store.close();
    }
  } finally {
    redis.stop();
  }
  return figures;
};
