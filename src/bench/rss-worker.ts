// Child process of the ingest benchmark: a real bot (Redis store, BullMQ jobs, no chat) on a Redis
// that already holds 1,000,000 mentions; it builds a month's report and prints {"rssMb": n}.
// Usage: node dist/src/bench/rss-worker.js URL PREFIX
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildBot } from "../app/bot.js";
import { loadConfig } from "../config/load.js";
import { silentLogger } from "../core/log.js";
import { buildReport } from "../kpi/index.js";

const [url, prefix] = process.argv.slice(2);
if (!url || !prefix) {
  process.stderr.write("usage: rss-worker URL PREFIX\n");
  process.exit(2);
}
const cwd = mkdtempSync(join(tmpdir(), "orm-rss-"));
const config = loadConfig({ env: { REDIS_URL: url, ORM_KEY_PREFIX: prefix }, cwd });
const bot = await buildBot(config, { chat: null, log: silentLogger });
await bot.start();
const { deps } = bot.services;
const mentions = await deps.store.mentions.count();
await buildReport(deps, "2026-11-01..2026-11-30");
await deps.store.mentions.range(0, Date.UTC(2026, 10, 2), 1_000);
const rssMb = process.memoryUsage().rss / 1_048_576;
await bot.stop();
rmSync(cwd, { recursive: true, force: true });
process.stdout.write(`${JSON.stringify({ rssMb, mentions })}\n`);
