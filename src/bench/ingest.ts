import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createBullmqJobs } from "../backends/bullmq/index.js";
import { createRedisStore } from "../backends/redis/index.js";
import { silentLogger } from "../core/log.js";
import type { Mention } from "../core/mention.js";
import type { StoredMention } from "../core/stored-mention.js";
import { type BenchFigure, type BenchSuite, round, withBaseline } from "./figure.js";
import { benchMention, buildBenchPipeline, ingestRange } from "./ingest-workload.js";
import { hasRedisServer, type LocalRedis, redisBenchmarkSetPerS, startLocalRedis } from "./local-redis.js";

const say = (s: string) => process.stderr.write(`bench ingest: ${s}\n`);

/** Mentions/s through analysis, dedupe and storage for one in-process pipeline (a warm-up first). */
async function perProcessRate(n: number, redis?: { url: string; prefix: string }): Promise<number> {
  const b = await buildBenchPipeline(redis);
  try {
    await ingestRange(b.pipeline, 0, 500);
    const ms = await ingestRange(b.pipeline, 500, 500 + n);
    return (n / ms) * 1000;
  } finally {
    await b.close();
  }
}

/** Two worker processes ingesting half each into one Redis: total mentions / the slower one's ingest time. */
async function twoProcessRate(url: string, n: number): Promise<number> {
  const script = fileURLToPath(new URL("./ingest-worker.js", import.meta.url));
  const run = (from: number, to: number) =>
    new Promise<number>((resolve, reject) => {
      const child = spawn(process.execPath, [script, url, "b2", String(from), String(to)], {
        stdio: ["ignore", "pipe", "inherit"],
      });
      let out = "";
      child.stdout.on("data", (d) => {
        out += d;
      });
      child.on("exit", (code) =>
        code === 0 ? resolve(JSON.parse(out).ms) : reject(new Error(`worker exit ${code}`)),
      );
    });
  const times = await Promise.all([run(0, n / 2), run(n / 2, n)]);
  return (n / Math.max(...times)) * 1000;
}

/** p99 of enqueue → stored through BullMQ at `ratePerS`, batches of 100 mentions, for `durationMs`. */
async function p99LatencyMs(url: string, ratePerS: number, durationMs: number): Promise<number> {
  const b = await buildBenchPipeline({ url, prefix: "lat" });
  const jobs = createBullmqJobs({ url, prefix: "lat-q", log: silentLogger });
  const lat: number[] = [];
  jobs.register<{ at: number; from: number }>(
    "bench.ingest",
    async ({ at, from }) => {
      const ms: Mention[] = [];
      for (let i = from; i < from + 100; i++) ms.push(benchMention(1_000_000 + i));
      await b.pipeline.ingest(ms);
      const d = Date.now() - at;
      for (let i = 0; i < 100; i++) lat.push(d);
    },
    { concurrency: 4 },
  );
  await jobs.start();
  const batches = Math.max(1, Math.round(((ratePerS / 100) * durationMs) / 1000));
  const gapMs = durationMs / batches;
  for (let k = 0; k < batches; k++) {
    await jobs.enqueue("bench.ingest", { at: Date.now(), from: k * 100 });
    await new Promise((r) => setTimeout(r, gapMs));
  }
  await jobs.drain();
  await jobs.close();
  await b.close();
  lat.sort((x, y) => x - y);
  return lat[Math.min(lat.length - 1, Math.floor(lat.length * 0.99))] ?? 0;
}

/**
 * RSS of a fresh bot process (Redis store, BullMQ, the analyzer, a month's report) on a Redis holding
 * 1,000,000 mentions; this process only writes them.
 */
async function rssWithMillionMb(url: string): Promise<number> {
  const store = await createRedisStore({ url, keyPrefix: "rss" });
  const base = benchMention(0);
  const analysis = {
    lang: "en",
    sentiment: { label: "neutral" as const, score: 0 },
    topics: [],
    insult: false,
    pii: [],
    piiSpans: [],
    reachScore: 1,
    priority: 1,
  };
  for (let i = 0; i < 1_000_000; i += 5_000) {
    const chunk: StoredMention[] = [];
    for (let j = i; j < i + 5_000; j++) {
      const m = {
        ...base,
        id: `r${j}`,
        url: `https://example.com/r/${j}`,
        text: `mention number ${j} about the brand`,
      };
      chunk.push({
        ...m,
        seenAt: j,
        at: Date.UTC(2026, 10, 1) + j * 2_500,
        analysis,
        authorKey: null,
        dedupeKeys: [`id:r${j}`, `url:${m.url}`],
        caseId: null,
      });
    }
    await store.mentions.insertMany(chunk);
  }
  await store.close();
  const script = fileURLToPath(new URL("./rss-worker.js", import.meta.url));
  return new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, [script, url, "rss"], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`rss worker exit ${code}`));
      const r = JSON.parse(out) as { rssMb: number; mentions: number };
      if (r.mentions < 1_000_000) return reject(new Error(`rss worker saw only ${r.mentions} mentions`));
      resolve(r.rssMb);
    });
  });
}

async function redisFigures(redis: LocalRedis, n: number, quick: boolean): Promise<BenchFigure[]> {
  const setRate = redisBenchmarkSetPerS(redis.port, quick ? 20_000 : 100_000);
  const base = "redis-benchmark -t set (same machine, same run)";
  const one = await perProcessRate(n, { url: redis.url, prefix: "b1" });
  const two = await twoProcessRate(redis.url, n * 2);
  const figs = [
    withBaseline("ingest_redis_1_worker", one, "per_s", base, setRate),
    withBaseline("ingest_redis_2_workers", two, "per_s", base, setRate),
  ];
  const p99 = await p99LatencyMs(redis.url, one * 0.8, quick ? 2_000 : 10_000);
  figs.push({ name: "ingest_redis_p99_enqueue_to_stored", value: round(p99), unit: "ms" });
  if (!quick)
    figs.push({
      name: "rss_with_1m_mentions_in_redis",
      value: round(await rssWithMillionMb(redis.url)),
      unit: "MB",
    });
  return figs;
}

/** End-to-end ingest throughput (analysis, dedupe, storage; no chat) on the embedded and Redis backends. */
export const ingestBench: BenchSuite = async ({ quick }) => {
  const n = quick ? 2_000 : 20_000;
  const figs: BenchFigure[] = [
    { name: "ingest_embedded", value: round(await perProcessRate(n)), unit: "per_s" },
  ];
  if (!hasRedisServer()) {
    say("redis-server not found: Redis figures skipped");
    return figs;
  }
  const redis = await startLocalRedis();
  try {
    figs.push(...(await redisFigures(redis, n, quick)));
  } finally {
    await redis.stop();
  }
  return figs;
};
